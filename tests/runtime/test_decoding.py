"""The fast paths of model decoding read what the slow ones did: IDs, enum values known
and unknown, unknown keys, nested models, and the lenient fallback."""

from __future__ import annotations

import uuid

import pytest

from hasty_client._runtime import lenient
from hasty_client._runtime.lenient import ResponseFieldWarning
from hasty_client.models import DefaultStatus, Image, ImageList
from hasty_client.types import parse_uuid

DATASET = "5f2dd97f-1cfb-40f6-a827-688de6a16a3b"


def _image(**changes: object) -> dict[str, object]:
    image: dict[str, object] = {
        "dataset_id": DATASET,
        "id": str(uuid.uuid4()),
        "name": "frame.jpg",
        "status": "DONE",
        "updated_by": None,
        "exif": {"orientation": "1"},
        "uploaded_on": "2024-03-01T09:00:00Z",
    }
    image.update(changes)
    return image


def test_a_page_reads_ids_enums_dates_and_nested_models() -> None:
    page = ImageList.from_dict({"items": [_image(), _image(status="TO REVIEW")], "meta": {"total": 2}})
    first, second = page.items
    assert first.dataset_id == second.dataset_id == uuid.UUID(DATASET)
    assert first.status is DefaultStatus.DONE
    assert second.status == "TO REVIEW"
    assert first.uploaded_on.year == 2024  # type: ignore[union-attr]
    assert first.exif is not None and first.exif.to_dict() == {"orientation": "1"}  # type: ignore[union-attr]
    assert first.unparsed == {}


def test_unknown_keys_and_enum_values_are_kept() -> None:
    image = Image.from_dict(_image(status="ARCHIVED", colour_space="sRGB"))
    assert image.status == "ARCHIVED"
    assert not image.status.is_known
    assert image.additional_properties == {"colour_space": "sRGB"}
    assert image.to_dict()["colour_space"] == "sRGB"


@pytest.mark.parametrize(
    "text", [DATASET, DATASET.upper(), "{" + DATASET + "}", "urn:uuid:" + DATASET, DATASET.replace("-", "")]
)
def test_every_form_uuid_takes_is_read_and_repeats_give_the_same_value(text: str) -> None:
    assert parse_uuid(text) == uuid.UUID(text) == parse_uuid(text)


@pytest.mark.parametrize("bad", ["not-a-uuid", 12, None, ["x"]])
def test_a_bad_id_fails_like_uuid_does(bad: object) -> None:
    with pytest.raises((ValueError, TypeError, AttributeError)):
        parse_uuid(bad)


def test_a_bad_field_falls_back_to_the_lenient_read() -> None:
    lenient._warned.clear()  # warnings are once per process: an earlier test may have had this one
    with pytest.warns(ResponseFieldWarning):
        image = Image.from_dict(_image(id="not-a-uuid", status=["odd"]))
    assert {name: field.raw for name, field in image.unparsed.items()} == {"id": "not-a-uuid", "status": ["odd"]}
    assert image.name == "frame.jpg"


@pytest.mark.parametrize("enabled", [True, False])
def test_the_garbage_collector_is_left_as_it_was_even_when_a_page_is_read_leniently(enabled: bool) -> None:
    import gc
    import warnings

    page = {"items": [_image(), _image(id=["not", "an", "id"])], "meta": {"total": 2}}
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = ImageList.from_dict(page)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
    assert len(parsed.items) == 2
