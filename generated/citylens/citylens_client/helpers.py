"""The CityLens helpers (sync). Their async twins, same names, are in `citylens_client.aio`."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from . import _common
from ._runtime.download import download
from ._runtime.errors import expect
from ._runtime.pagination import OffsetIterator, Page
from ._runtime.progress import Progress, resolve
from .api.detections import list_detected_objects
from .api.frames import list_frames
from .client import AuthenticatedClient
from .models import DetectedObject, DetectedObjectsPage, Frame, FramesPage

__all__ = ["download_frame", "iter_detected_objects", "iter_frames"]


def iter_detected_objects(
    client: AuthenticatedClient,
    from_dt: datetime | str,
    to_dt: datetime | str,
    *,
    detector_name: str | None = None,
    locale: str | None = None,
    page_size: int = _common.DEFAULT_PAGE_SIZE,
    start_offset: int = 0,
    progress: Progress = None,
) -> OffsetIterator[DetectedObject]:
    """Every object detected in frames captured from `from_dt` to `to_dt`.

    Dates are naive local times (a `datetime` without tzinfo, or
    `"YYYY-MM-DDTHH:MM:SS"`); an aware datetime is refused. Pages of `page_size` are
    fetched as you iterate. The iterator's `position` is the offset of the next
    object: pass it as `start_offset` to resume an interrupted walk, losing nothing.
    `progress` is a callback `(done, total)` or True for a bar on stderr.
    """
    query = _common.detections_query(from_dt, to_dt, detector_name, locale)
    page_size, start_offset = _common.paging(page_size, start_offset)

    def fetch(offset: int, limit: int) -> Page[DetectedObject]:
        page = expect(
            list_detected_objects.sync(client=client, offset=offset, limit=limit, **query),
            DetectedObjectsPage,
            "list_detected_objects",
        )
        return Page(page.detected_objects, page.total_count)

    return OffsetIterator(
        fetch, page_size=page_size, start_offset=start_offset, progress=resolve(progress, "detections")
    )


def iter_frames(
    client: AuthenticatedClient,
    from_dt: datetime | str,
    to_dt: datetime | str,
    *,
    page_size: int = _common.DEFAULT_PAGE_SIZE,
    start_offset: int = 0,
    progress: Progress = None,
) -> OffsetIterator[Frame]:
    """Every frame captured from `from_dt` to `to_dt`; as `iter_detected_objects`."""
    query = _common.period(from_dt, to_dt)
    page_size, start_offset = _common.paging(page_size, start_offset)

    def fetch(offset: int, limit: int) -> Page[Frame]:
        page = expect(list_frames.sync(client=client, offset=offset, limit=limit, **query), FramesPage, "list_frames")
        return Page(page.frames, page.total_count)

    return OffsetIterator(fetch, page_size=page_size, start_offset=start_offset, progress=resolve(progress, "frames"))


def download_frame(
    client: AuthenticatedClient,
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
