# Written from aio.py at generation (scripts/sync_twins.py): edit that, not this.
"""The CityLens helpers: `citylens_client.helpers` has them sync, `citylens_client.aio`
async, with the same names and behaviour."""

# The one source of both forms: generation writes helpers.py from this file.

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Any, Unpack

from . import _common
from ._client import connect
from ._common import PartialResultsWarning
from ._runtime.download import download
from ._runtime.pagination import OffsetIterator
from ._runtime.progress import Progress
from ._runtime.walks import OffsetList, WalkOptions
from .api.detections import list_detected_objects
from .api.frames import list_frames
from .client import Client
from .models import DetectedObject, Frame

__all__ = [
    "DetectionWalk",
    "PartialResultsWarning",
    "connect",
    "download_frame",
    "iter_detected_objects",
    "iter_frames",
]

DETECTIONS: OffsetList[DetectedObject] = OffsetList(
    list_detected_objects, items="detected_objects", total="total_count", unit="detections"
)
FRAMES: OffsetList[Frame] = OffsetList(list_frames, items="frames", total="total_count", unit="frames")


class DetectionWalk(OffsetIterator[DetectedObject]):
    """The walk of `iter_detected_objects`, which also tells whether CityLens had
    finished processing the period (`processed`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._flag = _common.ProcessedFlag()

    def observe(self, answer: Any) -> None:
        self._flag.note(answer)

    @property
    def processed(self) -> bool | None:
        """None until a page says; False if any page said `processed: false` (the result
        may be partial: CityLens was still computing it); True if every page said true."""
        return self._flag.processed


def iter_detected_objects(
    client: Client,
    from_dt: datetime | str,
    to_dt: datetime | str,
    *,
    detector_name: str | None = None,
    locale: str | None = None,
    **options: Unpack[WalkOptions],
) -> DetectionWalk:
    """Every object detected in frames captured from `from_dt` to `to_dt`.

    Dates are naive local times (a `datetime` without tzinfo, or
    `"YYYY-MM-DDTHH:MM:SS"`); an aware datetime is refused. Pages of `page_size` (100)
    are fetched as you iterate; `options` are those of every walk (`WalkOptions`). The
    walk's `position` is the offset of the next object: pass it as `start_offset` to
    resume an interrupted walk, losing nothing.

    Complete or partial: a page saying `processed: false` means CityLens was still
    computing results for the period. The walk then issues a `PartialResultsWarning`
    (once) and its `processed` is False; it is True when every page said true, None
    while no page has said.
    """
    query = _common.detections_query(from_dt, to_dt, detector_name, locale)
    return DETECTIONS.walk(client, query=query, options=options, walk_type=DetectionWalk)


def iter_frames(
    client: Client, from_dt: datetime | str, to_dt: datetime | str, **options: Unpack[WalkOptions]
) -> OffsetIterator[Frame]:
    """Every frame captured from `from_dt` to `to_dt`; as `iter_detected_objects`."""
    return FRAMES.walk(client, query=_common.period(from_dt, to_dt), options=options)


def download_frame(
    client: Client,
    frame_id: int,
    dest: str | os.PathLike[str],
    *,
    with_detections: bool = False,
    overwrite: bool = False,
    progress: Progress = None,
) -> Path:
    """Save a frame's JPEG (with the detected objects drawn when `with_detections`) to
    `dest` and return the path. The file appears only once complete and verified (size
    against Content-Length, JPEG signature); a failure leaves nothing at `dest`."""
    return download(
        client.get_httpx_client(),
        _common.frame_url(frame_id, with_detections),
        dest,
        overwrite=overwrite,
        progress=progress,
        verify=_common.verify_jpeg,
    )
