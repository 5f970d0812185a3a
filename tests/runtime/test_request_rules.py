"""A walk's filters checked against the spec's constraints (`_runtime/request_rules.py`)
before any request: the client here points at a port nothing listens on, so a check
that let a bad value through would show up as a connection error, not a ParameterError."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from uuid import UUID

import pytest

import citylens_client as cl
import hasty_client as hy
import scopix_client as sx
from citylens_client._common import detections_query
from hasty_client._runtime import filters
from hasty_client._runtime.request_rules import check_body
from hasty_client.api.images import list_images
from hasty_client.api.labels import create_labels_batch
from hasty_client.models import CreateLabelRequest, DefaultStatus
from scopix_client._common import check_request, descriptions_query
from scopix_client.models import ExportDataType, ExportFormat, ExportRequest

NOWHERE = "http://127.0.0.1:9"
PROJECT = "4c9b159b-4b59-492e-a8f9-ca4c2c5cf3ad"


@pytest.fixture
def citylens() -> Iterator[cl.AuthenticatedClient]:
    with cl.connect("key", base_url=NOWHERE) as client:
        yield client


@pytest.mark.parametrize(
    ("kwargs", "parameter", "message"),
    [
        ({"locale": "english"}, "locale", "a locale such as `en_AE`"),  # the spec's pattern, in its words
        ({"detector_name": ""}, "detector_name", "at least 1 characters"),
        ({"to_dt": "2025-10-31T00:00:00"}, "to_dt", "below from_dt 2025-11-01T00:00:00"),
        ({"from_dt": datetime(2025, 11, 1, tzinfo=UTC)}, "from_dt", "naive local time"),
        ({"from_dt": "2025-11-01 00:00"}, "from_dt", "YYYY-MM-DDTHH:MM:SS"),
    ],
)
def test_citylens_filters_the_spec_refuses_are_refused_naming_them(
    citylens: cl.AuthenticatedClient, kwargs: dict[str, object], parameter: str, message: str
) -> None:
    given: dict[str, object] = {"from_dt": "2025-11-01T00:00:00", "to_dt": "2025-11-02T00:00:00", **kwargs}
    with pytest.raises(cl.ParameterError, match=message) as caught:
        cl.iter_detected_objects(citylens, **given)  # type: ignore[arg-type]
    assert caught.value.parameter == parameter


def test_a_local_time_is_sent_as_its_text_and_filters_not_given_are_not_sent() -> None:
    query = detections_query(datetime(2025, 11, 1), "2025-11-01T00:00:00", None, "en_AE")
    assert query == {"from_dt": "2025-11-01T00:00:00", "to_dt": "2025-11-01T00:00:00", "locale": "en_AE"}


def test_scopix_one_term_is_a_list_of_one_and_bounds_come_from_the_spec() -> None:
    assert descriptions_query(search="street", source_types=["single"]) == {
        "search": ["street"],
        "source_types": ["single"],
    }
    with pytest.raises(sx.ParameterError, match="<= 1") as caught:
        descriptions_query(max_confidence=1.5)
    assert caught.value.parameter == "max_confidence"
    with pytest.raises(sx.ParameterError, match="none may be empty or hold one"):
        descriptions_query(search=["street", "a,b"])
    with pytest.raises(sx.ParameterError, match="timezone-aware"):
        descriptions_query(start_date=datetime(2025, 1, 1))


def test_an_enum_list_filter_takes_one_name_alone() -> None:
    assert filters.coerce(list_images, {"image_status": "DONE"}) == {"image_status": [DefaultStatus.DONE]}


def test_a_required_filter_given_as_none_is_refused(citylens: cl.AuthenticatedClient) -> None:
    with pytest.raises(cl.ParameterError, match="is required") as caught:
        cl.iter_frames(citylens, None, "2025-11-02T00:00:00")  # type: ignore[arg-type]
    assert caught.value.parameter == "from_dt"


def test_hasty_walks_check_their_filters_too() -> None:
    with hy.connect("key", base_url=NOWHERE) as client, pytest.raises(hy.ParameterError) as caught:
        hy.iter_images(client, PROJECT, image_status=["NOT A STATUS", 3])  # type: ignore[list-item]
    assert caught.value.parameter == "image_status"


def test_a_body_is_checked_against_the_spec_down_its_structure_naming_the_field() -> None:
    good = CreateLabelRequest(class_id=UUID(PROJECT), bbox=[1, 2, 3, 4], polygon=[[1, 2], [3, 4]])
    check_body("create_labels_batch", [good], "labels")  # nothing to say
    short_point = CreateLabelRequest(class_id=UUID(PROJECT), polygon=[[1, 2], [3]])
    with pytest.raises(hy.ParameterError, match="at least 2 items") as caught:
        check_body("create_labels_batch", [good, short_point], "labels")
    assert caught.value.parameter == "labels[1].polygon[1]"


def test_a_body_time_without_its_offset_and_a_field_of_another_type_are_refused_before_sending() -> None:
    request = ExportRequest(data_type=ExportDataType.DESCRIPTIONS, format_=ExportFormat.CSV)
    request.start_date = datetime(2025, 1, 1)  # naive: the server would pick the zone
    with pytest.raises(sx.ParameterError, match="timezone-aware") as caught:
        check_request(request)
    assert caught.value.parameter == "request.start_date"
    request.start_date = "2025-01-01"  # type: ignore[assignment]  # the model would fail writing it
    with pytest.raises(sx.ParameterTypeError, match="cannot be sent as JSON"):
        check_request(request)
    request.start_date = datetime(2025, 1, 1, tzinfo=UTC)
    request.limit = 100_001
    with pytest.raises(sx.ParameterError, match="<= 100000") as caught:
        check_request(request)
    assert caught.value.parameter == "request.limit"


def test_a_generated_operation_checks_its_body_before_sending_it() -> None:
    bad = CreateLabelRequest(class_id=UUID(PROJECT), bbox=[1, 2, 3])
    with hy.connect("key", base_url=NOWHERE) as client, pytest.raises(hy.ParameterError) as caught:
        create_labels_batch.sync(UUID(PROJECT), UUID(PROJECT), client=client, body=[bad])
    assert caught.value.parameter == "body[0].bbox"  # refused here: nothing listens at NOWHERE
