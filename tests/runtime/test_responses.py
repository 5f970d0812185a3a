"""What the generated operations make of success answers a real server may give: any
2xx, empty bodies, malformed bodies, one odd field among many good ones."""

from __future__ import annotations

import copy
import json
import warnings
from pathlib import Path
from typing import Any

import pytest

import citylens_client as cl
from citylens_client._runtime import lenient
from citylens_client._runtime.lenient import ResponseFieldWarning
from citylens_client.api.detections import list_detected_objects
from citylens_client.models import DetectedObjectsPage
from tests.conftest import FakeClock
from tests.faults.server import FaultServer, Status

PAGE: dict[str, Any] = json.loads(
    (Path(__file__).parents[1] / "fixtures" / "citylens" / "list_detected_objects.200.json").read_text()
)
PATH = "/export-api/v1/detections/objects"


def _list(server: FaultServer, clock: FakeClock, status: int, body: bytes) -> DetectedObjectsPage:
    server.route(PATH, faults=[Status(status, {}, body)])
    with cl.connect("key-123456", base_url=server.base_url, clock=clock, retries=False) as client:
        return list_detected_objects.sync(client=client, from_dt="2025-11-01T00:00:00", to_dt="2025-11-02T00:00:00")


@pytest.mark.parametrize("status", [200, 201, 202, 203, 206, 299])  # 299: a status HTTPStatus does not name
def test_any_2xx_is_success_read_with_the_documented_schema(faults: FaultServer, clock: FakeClock, status: int) -> None:
    page = _list(faults, clock, status, json.dumps(PAGE).encode())
    assert isinstance(page, DetectedObjectsPage)
    assert [o.id for o in page.detected_objects] == [o["id"] for o in PAGE["detected_objects"]]


def test_an_empty_success_where_a_body_is_documented_names_the_operation(faults: FaultServer, clock: FakeClock) -> None:
    with pytest.raises(cl.ResponseValidationError, match=r"list_detected_objects: .*HTTP 204.*empty body") as caught:
        _list(faults, clock, 204, b"")
    assert caught.value.operation == "list_detected_objects"
    assert caught.value.status_code == 204


@pytest.mark.parametrize(
    ("body", "field"),
    [
        (b"<html>Gateway</html>", ""),
        (b"[]", ""),
        (json.dumps({"total_count": 3, "limit": 100, "offset": 0}).encode(), "detected_objects"),
        (json.dumps({**PAGE, "detected_objects": "none"}).encode(), "detected_objects"),
    ],
)
def test_a_body_the_client_cannot_use_is_a_response_validation_error(
    faults: FaultServer, clock: FakeClock, body: bytes, field: str
) -> None:
    with pytest.raises(cl.ResponseValidationError) as caught:
        _list(faults, clock, 200, body)
    assert isinstance(caught.value, cl.VisionAPIError)
    assert caught.value.operation == "list_detected_objects"
    assert caught.value.field == field


def test_one_odd_field_keeps_the_other_fields_and_items(faults: FaultServer, clock: FakeClock) -> None:
    lenient._warned.clear()  # warnings are once per process; this test counts them
    page = copy.deepcopy(PAGE)
    odd = page["detected_objects"][1]
    odd["bbox"] = "70x79"  # not the documented object: the warning is given once per field, not per item
    page["detected_objects"][3]["bbox"] = None
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        parsed = _list(faults, clock, 200, json.dumps(page).encode())
    assert len(parsed.detected_objects) == len(page["detected_objects"])
    item = parsed.detected_objects[1]
    assert item.id == odd["id"] and item.name == odd["name"]  # the rest of the item is read
    kept: object = item.bbox  # typed as the documented object, which this value is not
    assert kept == "70x79"  # the raw value is kept ...
    assert set(item.unparsed) == {"bbox"}  # ... and says why
    assert parsed.detected_objects[0].unparsed == {}
    assert parsed.detected_objects[2].bbox.width == page["detected_objects"][2]["bbox"]["width"]
    nulled: object = parsed.detected_objects[3].bbox  # typed as the documented object, which null is not
    assert nulled is None and "bbox" in parsed.detected_objects[3].unparsed
    assert [str(w.message).split(":")[0] for w in seen if issubclass(w.category, ResponseFieldWarning)] == [
        "DetectedObject.bbox"
    ]


def test_null_optional_fields_read_as_absent_and_unknown_fields_are_kept(faults: FaultServer, clock: FakeClock) -> None:
    page = copy.deepcopy(PAGE)
    page["processed"] = None  # optional: null means absent
    page["next_cursor"] = "abc"  # a field added after the page was written
    page["detected_objects"][0]["confidence"] = 0.93
    parsed = _list(faults, clock, 200, json.dumps(page).encode())
    assert not parsed.processed
    assert parsed.unparsed == {}
    assert parsed.additional_properties == {"next_cursor": "abc"}
    assert parsed.detected_objects[0].additional_properties == {"confidence": 0.93}


def test_an_odd_location_or_metric_costs_itself_not_the_camera_data() -> None:
    from analytiks_client import ResponseFieldWarning as AnalytiksFieldWarning
    from analytiks_client._common import CameraData
    from analytiks_client.models import ExportV2Response

    good = {"locationId": 1, "visits": {"2023-06-08T20:30:00Z": 1, "yesterday": 2, "2023-06-08T20:45:00Z": "many"}}
    answer = ExportV2Response.from_dict({"successes": [None, good], "failures": {"locations": [7, None]}})
    data = CameraData()
    with warnings.catch_warnings():  # each is said once per process: not what this test is about
        warnings.simplefilter("ignore", AnalytiksFieldWarning)
        data.add(answer)
    assert list(data.locations) == [1] and data.failed_locations == [7]
    assert [key.isoformat() for key in data.locations[1].metrics["visits"]] == ["2023-06-08T20:30:00+00:00"]
