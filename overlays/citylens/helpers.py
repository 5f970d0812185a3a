"""The CityLens helpers (sync). Their async twins, same names, are in `citylens_client.aio`."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from . import _common
from ._runtime.download import download
from ._runtime.errors import expect
from ._runtime.pagination import OffsetIterator, Page
from ._runtime.progress import Progress, ProgressCallback, resolve
from .api.detections import list_detected_objects
from .api.frames import list_frames
from .client import AuthenticatedClient
from .models import DetectedObject, DetectedObjectsPage, Frame, FramesPage

__all__ = ["DetectionWalk", "download_frame", "iter_detected_objects", "iter_frames"]


class DetectionWalk(OffsetIterator[DetectedObject]):
    """The walk of `iter_detected_objects`: an `OffsetIterator` that also tells whether
    CityLens had finished processing the period (`processed`)."""

    def __init__(
        self,
        fetch: Callable[[int, int], DetectedObjectsPage],
        *,
        page_size: int,
        start_offset: int,
        progress: ProgressCallback | None,
    ) -> None:
        self._flag = _common.ProcessedFlag()

        def page(offset: int, limit: int) -> Page[DetectedObject]:
            answer = fetch(offset, limit)
            self._flag.note(answer)
            return Page(answer.detected_objects, answer.total_count)

        super().__init__(page, page_size=page_size, start_offset=start_offset, progress=progress)

    @property
    def processed(self) -> bool | None:
        """None until a page says; False if any page said `processed: false` (the result
        may be partial: CityLens was still computing it); True if every page said true."""
        return self._flag.processed


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
) -> DetectionWalk:
    """Every object detected in frames captured from `from_dt` to `to_dt`.

    Dates are naive local times (a `datetime` without tzinfo, or
    `"YYYY-MM-DDTHH:MM:SS"`); an aware datetime is refused. Pages of up to `page_size`
    are fetched as you iterate (a server may send fewer; the walk follows what it gets).
    The iterator's `position` is the offset of the next object: pass it as
    `start_offset` to resume an interrupted walk, losing nothing. `progress` is a
    callback `(done, total)` or True for a bar on stderr.

    Complete or partial: a page saying `processed: false` means CityLens was still
    computing results for the period. The walk then issues a `PartialResultsWarning`
    (once) and its `processed` is False; it is True when every page said true, None
    while no page has said.
    """
    query = _common.detections_query(from_dt, to_dt, detector_name, locale)
    page_size, start_offset = _common.paging(page_size, start_offset)

    def fetch(offset: int, limit: int) -> DetectedObjectsPage:
        return expect(
            list_detected_objects.sync(client=client, offset=offset, limit=limit, **query),
            DetectedObjectsPage,
            "list_detected_objects",
        )

    return DetectionWalk(
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
