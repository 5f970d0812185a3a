"""CityLens argument checks and request shapes, for the helpers and the CLI."""

from __future__ import annotations

import re
import warnings
from datetime import datetime
from pathlib import Path
from typing import Any

from ._runtime.errors import ParameterError
from ._runtime.validate import check_int, check_optional_str, naive_datetime
from .api.frames import get_frame_image, get_frame_predictions_image
from .models import DetectedObjectsPage
from .types import Unset

_LOCALE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")
_JPEG_SOI = b"\xff\xd8"


def period(from_dt: datetime | str, to_dt: datetime | str) -> dict[str, str]:
    start, end = naive_datetime("from_dt", from_dt), naive_datetime("to_dt", to_dt)
    if start > end:  # same fixed-width format, so text order is time order
        raise ParameterError("to_dt", f"{end} is before from_dt {start}")
    return {"from_dt": start, "to_dt": end}


def locale(value: str | None) -> str | None:
    text = check_optional_str("locale", value)
    if text is not None and not _LOCALE.match(text):
        raise ParameterError("locale", f"expected a locale like 'en_AE', got {text!r}")
    return text


def detections_query(
    from_dt: datetime | str, to_dt: datetime | str, detector_name: str | None, locale_: str | None
) -> dict[str, Any]:
    query: dict[str, Any] = period(from_dt, to_dt)
    name = check_optional_str("detector_name", detector_name)
    if name is not None:
        query["detector_name"] = name
    checked_locale = locale(locale_)
    if checked_locale is not None:
        query["locale"] = checked_locale
    return query


def frame_url(frame_id: int, with_detections: bool) -> str:
    check_int("frame_id", frame_id, minimum=0)
    module = get_frame_predictions_image if with_detections else get_frame_image
    url: str = module.request_kwargs(frame_id=frame_id)["url"]
    return url


def verify_jpeg(path: Path) -> str | None:
    with open(path, "rb") as file:
        head = file.read(2)
    return None if head == _JPEG_SOI else f"not a JPEG (starts with {head.hex() or 'nothing'})"


class PartialResultsWarning(UserWarning):
    """A page of detected objects said `processed: false`: CityLens was still computing
    results for the period, so the walk may miss objects a later walk will find."""


class ProcessedFlag:
    """What the pages of one walk said about `processed`, for `walk.processed`.

    None until a page says; False as soon as any page says false (the walk's result is
    then partial, and a `PartialResultsWarning` is issued, once per walk); True when
    every page that said anything said true.
    """

    processed: bool | None

    def __init__(self) -> None:
        self.processed = None

    def note(self, page: DetectedObjectsPage) -> None:
        said = page.processed
        if isinstance(said, Unset) or said is None or self.processed is False:
            return
        if said:
            self.processed = True
            return
        self.processed = False
        warnings.warn(
            "CityLens is still processing this period (processed: false): the objects "
            "walked so far may be incomplete; walk it again later for the full result",
            PartialResultsWarning,
            stacklevel=5,  # the user's loop: warn < note < observe < fetch < the walk
        )
