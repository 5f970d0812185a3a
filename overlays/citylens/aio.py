"""The async twins of the CityLens helpers: same names, same behaviour."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from datetime import datetime
from pathlib import Path

from . import _common
from ._client import connect
from ._runtime.download import adownload
from ._runtime.errors import expect
from ._runtime.pagination import AsyncOffsetIterator, Page
from ._runtime.progress import Progress, ProgressCallback, resolve
from .api.detections import list_detected_objects
from .api.frames import list_frames
from .client import AuthenticatedClient
from .models import DetectedObject, DetectedObjectsPage, Frame, FramesPage

__all__ = ["AsyncDetectionWalk", "connect", "download_frame", "iter_detected_objects", "iter_frames"]


class AsyncDetectionWalk(AsyncOffsetIterator[DetectedObject]):
    """The walk of `aio.iter_detected_objects`; `processed` as on the sync `DetectionWalk`."""

    def __init__(
        self,
        fetch: Callable[[int, int], Awaitable[DetectedObjectsPage]],
        *,
        page_size: int,
        start_offset: int,
        progress: ProgressCallback | None,
        prefetch: int,
    ) -> None:
        self._flag = _common.ProcessedFlag()

        async def page(offset: int, limit: int) -> Page[DetectedObject]:
            answer = await fetch(offset, limit)
            self._flag.note(answer)
            return Page(answer.detected_objects, answer.total_count)

        super().__init__(page, page_size=page_size, start_offset=start_offset, progress=progress, prefetch=prefetch)

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
    prefetch: int = 1,
) -> AsyncDetectionWalk:
    """Every object detected from `from_dt` to `to_dt` (`async for`); see the sync form.

    `prefetch`: how many pages to fetch at once once the total is known (items still come
    in order; memory holds at most that many pages). 8 walks a long range several times
    faster over a slow link."""
    query = _common.detections_query(from_dt, to_dt, detector_name, locale)
    page_size, start_offset = _common.paging(page_size, start_offset)

    async def fetch(offset: int, limit: int) -> DetectedObjectsPage:
        return expect(
            await list_detected_objects.asyncio(client=client, offset=offset, limit=limit, **query),
            DetectedObjectsPage,
            "list_detected_objects",
        )

    return AsyncDetectionWalk(
        fetch,
        page_size=page_size,
        start_offset=start_offset,
        progress=resolve(progress, "detections"),
        prefetch=_common.prefetch(prefetch),
    )


def iter_frames(
    client: AuthenticatedClient,
    from_dt: datetime | str,
    to_dt: datetime | str,
    *,
    page_size: int = _common.DEFAULT_PAGE_SIZE,
    start_offset: int = 0,
    progress: Progress = None,
) -> AsyncOffsetIterator[Frame]:
    """Every frame captured from `from_dt` to `to_dt` (`async for`); see the sync form."""
    query = _common.period(from_dt, to_dt)
    page_size, start_offset = _common.paging(page_size, start_offset)

    async def fetch(offset: int, limit: int) -> Page[Frame]:
        page = expect(
            await list_frames.asyncio(client=client, offset=offset, limit=limit, **query), FramesPage, "list_frames"
        )
        return Page(page.frames, page.total_count)

    return AsyncOffsetIterator(
        fetch, page_size=page_size, start_offset=start_offset, progress=resolve(progress, "frames")
    )


async def download_frame(
    client: AuthenticatedClient,
    frame_id: int,
    dest: str | os.PathLike[str],
    *,
    with_detections: bool = False,
    overwrite: bool = False,
    progress: Progress = None,
) -> Path:
    """Save a frame's JPEG to `dest`; see the sync form."""
    return await adownload(
        client.get_async_httpx_client(),
        _common.frame_url(frame_id, with_detections),
        dest,
        overwrite=overwrite,
        progress=progress,
        verify=_common.verify_jpeg,
    )
