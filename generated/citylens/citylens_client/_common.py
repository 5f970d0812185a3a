"""CityLens request shapes and checks, for the helpers and the CLI."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from ._runtime import filters
from ._runtime.validate import check_int
from .api.detections import list_detected_objects
from .api.frames import get_frame_image, get_frame_predictions_image

_JPEG_SOI = b"\xff\xd8"


def detections_query(
    from_dt: datetime | str, to_dt: datetime | str, detector_name: str | None, locale: str | None
) -> dict[str, Any]:
    """The filters of `iter_detected_objects`, checked as the walk checks them."""
    given = {"from_dt": from_dt, "to_dt": to_dt, "detector_name": detector_name, "locale": locale}
    return filters.coerce(list_detected_objects, given)


def frame_url(frame_id: int, with_detections: bool) -> str:
    check_int("frame_id", frame_id, minimum=0)
    module = get_frame_predictions_image if with_detections else get_frame_image
    url: str = module.request_kwargs(frame_id=frame_id)["url"]
    return url


def verify_jpeg(path: Path) -> str | None:
    with open(path, "rb") as file:
        head = file.read(2)
    return None if head == _JPEG_SOI else f"not a JPEG (starts with {head.hex() or 'nothing'})"
