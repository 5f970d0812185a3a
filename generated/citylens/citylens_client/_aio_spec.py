"""The async helpers the spec declares on its operations (`x-walk`, `x-wait`, `x-batch`),
written by scripts/spec_helpers.py at generation: edit the spec, not this."""

from __future__ import annotations

import datetime
from typing import Any, Unpack

from . import models
from ._runtime import filters
from ._runtime.flags import PageFlag
from ._runtime.pagination import AsyncOffsetIterator
from ._runtime.walks import OffsetList, WalkOptions
from .api.detections import list_detected_objects
from .api.frames import list_frames
from .client import Client

__all__ = ["iter_detected_objects", "iter_frames", "AsyncDetectionWalk"]

_DETECTED_OBJECTS: OffsetList[models.DetectedObject] = OffsetList(
    list_detected_objects, items="detected_objects", total="total_count", unit="detections"
)
_FRAMES: OffsetList[models.Frame] = OffsetList(list_frames, items="frames", total="total_count", unit="frames")


class AsyncDetectionWalk(AsyncOffsetIterator[models.DetectedObject]):
    """The walk of `iter_detected_objects`, which also tells `processed`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._flag = PageFlag(
            "processed",
            "CityLens is still processing this period (processed: false): the objects walked so far may be incomplete; walk it again later for the full result",
        )

    def observe(self, answer: Any) -> None:
        self._flag.note(answer)

    @property
    def processed(self) -> bool | None:
        """None until a page says; False if any page said `processed: false` (the result may be partial:
        CityLens was still computing it); True if every page said true."""
        return self._flag.value


def iter_detected_objects(
    client: Client,
    from_dt: datetime.datetime | str,
    to_dt: datetime.datetime | str,
    *,
    detector_name: str | None = None,
    locale: str | None = None,
    **options: Unpack[WalkOptions],
) -> AsyncDetectionWalk:
    """Every object detected in frames captured from `from_dt` to `to_dt`: naive local times (a `datetime`
    without tzinfo, or `"YYYY-MM-DDTHH:MM:SS"`); an aware datetime is refused. The walk's `position` is
    the offset of the next object: pass it as `start_offset` to resume an interrupted walk, losing
    nothing. A page saying `processed: false` means CityLens was still computing results for the period:
    the walk then issues a `PartialResultsWarning` (once) and its `processed` is False.

    `list_detected_objects`, page by page; `options`: those of every walk (`WalkOptions`).

    Filters:
        from_dt: Start of the capture period, naive local time `YYYY-MM-DDTHH:MM:SS`.
        to_dt: End of the capture period, naive local time `YYYY-MM-DDTHH:MM:SS`.
        detector_name: Name of the detector (category of detectable objects) to filter by, for example `signs`
            (road signs).
        locale: Language of detected object names in the response, for example `en_AE`.
    """
    return _DETECTED_OBJECTS.awalk(
        client,
        query=filters.coerce(
            list_detected_objects,
            {"from_dt": from_dt, "to_dt": to_dt, "detector_name": detector_name, "locale": locale},
        ),
        options=options,
        walk_type=AsyncDetectionWalk,
    )


def iter_frames(
    client: Client,
    from_dt: datetime.datetime | str,
    to_dt: datetime.datetime | str,
    **options: Unpack[WalkOptions],
) -> AsyncOffsetIterator[models.Frame]:
    """Every frame captured from `from_dt` to `to_dt`; as `iter_detected_objects`.

    `list_frames`, page by page; `options`: those of every walk (`WalkOptions`).

    Filters:
        from_dt: Start of the capture period, naive local time `YYYY-MM-DDTHH:MM:SS`.
        to_dt: End of the capture period, naive local time `YYYY-MM-DDTHH:MM:SS`.
    """
    return _FRAMES.awalk(
        client, query=filters.coerce(list_frames, {"from_dt": from_dt, "to_dt": to_dt}), options=options
    )
