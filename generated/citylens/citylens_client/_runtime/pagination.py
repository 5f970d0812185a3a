"""Walking paged lists: offset/limit with a total, and cursors."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, TypeVar

import attrs

# Modules, not names: the sync twins written at generation name their sync classes.
from . import concurrency, tracing
from .columnar import walk as columnar
from .progress import ProgressCallback, finish
from .validate import check_int

T = TypeVar("T")


@attrs.frozen
class Page(Generic[T]):
    items: list[T]
    total: int | None = None
    has_more: bool | None = None
    skipped: int = 0
    """Items the server sent that could not be read at all (a null), or that repeat one
    handed out already (a walk's `unique`): they count for where the next page starts
    and for `position`, but are not handed out."""

    @property
    def sent(self) -> int:
        return len(self.items) + self.skipped


@attrs.frozen
class CursorPage(Generic[T]):
    items: list[T]
    next_cursor: str | None


def _next_offset(offset: int, page: Page[T]) -> int | None:
    """Where the next page starts, or None when the walk is over."""
    if not page.sent or page.has_more is False:
        return None
    following = offset + page.sent
    if page.total is not None and following >= page.total and page.has_more is not True:
        return None
    return following


class _OffsetWalk:
    def __init__(
        self, *, page_size: int, start_offset: int, progress: ProgressCallback | None, prefetch: int = 1
    ) -> None:
        self.page_size = page_size
        self.position = start_offset
        """Offset of the next item to hand out: pass it as `start_offset` to resume."""
        self.total: int | None = None
        self._progress = progress
        self.prefetch = check_int("prefetch", prefetch, minimum=1)

    def _can_prefetch(self, offset: int | None, page: Page[Any]) -> bool:
        """Whether the pages after this one can be planned: only a total says where the
        list ends, and a `has_more` flag means the server decides page by page."""
        return offset is not None and self.prefetch > 1 and page.total is not None and page.has_more is None

    def _planned(self, start: int, total: int) -> Iterator[int]:
        return iter(range(start, total, self.page_size))

    def _gap(self, offset: int, page: Page[Any], span_end: int) -> tuple[int, int]:
        """After a planned page was handed out: where its span goes on, and how many items
        are missing before `span_end` (a clamp the page does not document), or 0."""
        self._report()
        offset += page.sent
        return offset, (0 if not page.sent or offset >= span_end else span_end - offset)

    def _report(self) -> None:
        if self._progress is not None:
            self._progress(self.position, self.total)

    def _finish(self) -> None:
        finish(self._progress)


class AsyncOffsetIterator(_OffsetWalk, columnar.AsyncColumnarWalk, Generic[T]):
    """Every item of an offset-paged list, fetching one page at a time.

    `position` is the offset of the next item: an item counts as consumed once the
    next one is asked for, so a walk resumed from `position` loses nothing.

    With `prefetch` > 1, once the first page has told the total, up to `prefetch` pages
    are fetched at once (on tasks; the sync `OffsetIterator` uses threads, the HTTP
    client being thread-safe); items still come out in order, and memory holds at most
    `2 * prefetch` pages besides the one being handed out.

    `send` and `read`, when given, are `fetch` in its two steps: the request, and the
    page made of its answer. A prefetching walk then reads each answer as its page is
    handed out, so every request goes out as soon as the one before it is answered,
    not once that answer is parsed too.
    """

    def __init__(
        self,
        fetch: Callable[[int, int], Awaitable[Page[T]]],
        *,
        page_size: int,
        start_offset: int = 0,
        progress: ProgressCallback | None = None,
        prefetch: int = 1,
        send: Callable[[int, int], Awaitable[Any]] | None = None,
        read: Callable[[Any], Page[T]] | None = None,
    ) -> None:
        super().__init__(page_size=page_size, start_offset=start_offset, progress=progress, prefetch=prefetch)
        self._fetch = fetch
        self._steps = None if send is None or read is None else (send, read)

    async def __aiter__(self) -> AsyncIterator[T]:
        # One generator, not one per stage: every item passes through each level.
        offset: int | None = self.position
        window: concurrency.AsyncAhead[int, tuple[int, Callable[[], Page[T]]]] | None = None
        total = 0  # once there is a window: the total the first page told
        try:
            while offset is not None and window is None:
                page = await tracing.atraced_page(self._fetch, offset, self.page_size)
                self.total = page.total
                self._report()
                offset = _next_offset(offset, page)
                if offset is not None and page.total is not None and self._can_prefetch(offset, page):
                    total = page.total
                    window = self._window(offset, total)  # before this page is handed out
                for item in page.items:
                    yield item
                    self.position += 1
                self.position += page.skipped
                # Not held while the next is fetched: the walk's reader lets it go right
                # after building the next (see walks._Reader.page), not this loop once
                # the next is handed to it.
                del page
                self._report()
            if window is not None:
                async for offset, take in window:
                    page = take()
                    span_end = min(offset + self.page_size, total)
                    while True:
                        for item in page.items:
                            yield item
                            self.position += 1
                        self.position += page.skipped
                        offset, missing = self._gap(offset, page, span_end)
                        if not missing:
                            break
                        page = await tracing.atraced_page(self._fetch, offset, missing)  # the gap a clamp left
                    if not page.sent:
                        break  # the list shrank while we walked it
        finally:
            if window is not None:
                # An abandoned walk: drop the pages not started, end those in flight.
                await window.aclose()
        self._finish()

    def _window(self, start: int, total: int) -> concurrency.AsyncAhead[int, tuple[int, Callable[[], Page[T]]]]:
        """The pages from `start` to `total`, `prefetch` requests in flight at a time,
        handed out in order.

        The requests start before the page that told the total is handed out, and each
        as soon as another ends (see `concurrency.Ahead`), so they wait on the
        network together rather than behind the consumer. Pages are planned `page_size`
        apart; a server that sends fewer items than asked for (a clamp the page does not
        document) leaves a gap, which the walk fetches before the next planned page is
        handed out, so no item is skipped. Each comes out as the way to its page: read
        when handed out, where the walk has `send` and `read` (and no span wants to show
        the page's items).
        """

        async def fetch(offset: int) -> tuple[int, Callable[[], Page[T]]]:
            if self._steps is None or tracing.recording():
                page = await tracing.atraced_page(self._fetch, offset, self.page_size)
                return offset, lambda: page
            send, read = self._steps
            return offset, functools.partial(read, await send(offset, self.page_size))

        return concurrency.AsyncAhead(fetch, self._planned(start, total), self.prefetch, "prefetch")


# Written from the async form above at generation (scripts/sync_twins.py): edit that, not this.
class OffsetIterator(_OffsetWalk, columnar.ColumnarWalk, Generic[T]):
    """Every item of an offset-paged list, fetching one page at a time.

    `position` is the offset of the next item: an item counts as consumed once the
    next one is asked for, so a walk resumed from `position` loses nothing.

    With `prefetch` > 1, once the first page has told the total, up to `prefetch` pages
    are fetched at once (on tasks; the sync `OffsetIterator` uses threads, the HTTP
    client being thread-safe); items still come out in order, and memory holds at most
    `2 * prefetch` pages besides the one being handed out.

    `send` and `read`, when given, are `fetch` in its two steps: the request, and the
    page made of its answer. A prefetching walk then reads each answer as its page is
    handed out, so every request goes out as soon as the one before it is answered,
    not once that answer is parsed too.
    """

    def __init__(
        self,
        fetch: Callable[[int, int], Page[T]],
        *,
        page_size: int,
        start_offset: int = 0,
        progress: ProgressCallback | None = None,
        prefetch: int = 1,
        send: Callable[[int, int], Any] | None = None,
        read: Callable[[Any], Page[T]] | None = None,
    ) -> None:
        super().__init__(page_size=page_size, start_offset=start_offset, progress=progress, prefetch=prefetch)
        self._fetch = fetch
        self._steps = None if send is None or read is None else (send, read)

    def __iter__(self) -> Iterator[T]:
        # One generator, not one per stage: every item passes through each level.
        offset: int | None = self.position
        window: concurrency.Ahead[int, tuple[int, Callable[[], Page[T]]]] | None = None
        total = 0  # once there is a window: the total the first page told
        try:
            while offset is not None and window is None:
                page = tracing.traced_page(self._fetch, offset, self.page_size)
                self.total = page.total
                self._report()
                offset = _next_offset(offset, page)
                if offset is not None and page.total is not None and self._can_prefetch(offset, page):
                    total = page.total
                    window = self._window(offset, total)  # before this page is handed out
                for item in page.items:
                    yield item
                    self.position += 1
                self.position += page.skipped
                # Not held while the next is fetched: the walk's reader lets it go right
                # after building the next (see walks._Reader.page), not this loop once
                # the next is handed to it.
                del page
                self._report()
            if window is not None:
                for offset, take in window:
                    page = take()
                    span_end = min(offset + self.page_size, total)
                    while True:
                        for item in page.items:
                            yield item
                            self.position += 1
                        self.position += page.skipped
                        offset, missing = self._gap(offset, page, span_end)
                        if not missing:
                            break
                        page = tracing.traced_page(self._fetch, offset, missing)  # the gap a clamp left
                    if not page.sent:
                        break  # the list shrank while we walked it
        finally:
            if window is not None:
                # An abandoned walk: drop the pages not started, end those in flight.
                window.close()
        self._finish()

    def _window(self, start: int, total: int) -> concurrency.Ahead[int, tuple[int, Callable[[], Page[T]]]]:
        """The pages from `start` to `total`, `prefetch` requests in flight at a time,
        handed out in order.

        The requests start before the page that told the total is handed out, and each
        as soon as another ends (see `concurrency.Ahead`), so they wait on the
        network together rather than behind the consumer. Pages are planned `page_size`
        apart; a server that sends fewer items than asked for (a clamp the page does not
        document) leaves a gap, which the walk fetches before the next planned page is
        handed out, so no item is skipped. Each comes out as the way to its page: read
        when handed out, where the walk has `send` and `read` (and no span wants to show
        the page's items).
        """

        def fetch(offset: int) -> tuple[int, Callable[[], Page[T]]]:
            if self._steps is None or tracing.recording():
                page = tracing.traced_page(self._fetch, offset, self.page_size)
                return offset, lambda: page
            send, read = self._steps
            return offset, functools.partial(read, send(offset, self.page_size))

        return concurrency.Ahead(fetch, self._planned(start, total), self.prefetch, "prefetch")


class _CursorWalk:
    def __init__(self, *, cursor: str | None, progress: ProgressCallback | None) -> None:
        self.cursor = cursor
        """Cursor of the page being handed out (None: the first): pass it as `cursor` to resume."""
        self.done = 0
        self._progress = progress

    def _advance(self, page: CursorPage[Any]) -> bool:
        """Move to the next page; False when the walk is over."""
        if page.next_cursor is None or not page.items:
            return False
        self.cursor = page.next_cursor
        return True

    def _report(self) -> None:
        if self._progress is not None:
            self._progress(self.done, None)


class AsyncCursorIterator(_CursorWalk, columnar.AsyncColumnarWalk, Generic[T]):
    """Every item of a cursor-paged list. Resuming from `cursor` repeats at most the
    page that was being handed out, never skips one."""

    def __init__(
        self,
        fetch: Callable[[str | None], Awaitable[CursorPage[T]]],
        *,
        cursor: str | None = None,
        progress: ProgressCallback | None = None,
    ) -> None:
        super().__init__(cursor=cursor, progress=progress)
        self._fetch = fetch

    async def __aiter__(self) -> AsyncIterator[T]:
        while True:
            page = await tracing.atraced_page(self._fetch, self.cursor)
            for item in page.items:
                yield item
                self.done += 1
            self._report()
            if not self._advance(page):
                break
        finish(self._progress)


# Written from the async form above at generation (scripts/sync_twins.py): edit that, not this.
class CursorIterator(_CursorWalk, columnar.ColumnarWalk, Generic[T]):
    """Every item of a cursor-paged list. Resuming from `cursor` repeats at most the
    page that was being handed out, never skips one."""

    def __init__(
        self,
        fetch: Callable[[str | None], CursorPage[T]],
        *,
        cursor: str | None = None,
        progress: ProgressCallback | None = None,
    ) -> None:
        super().__init__(cursor=cursor, progress=progress)
        self._fetch = fetch

    def __iter__(self) -> Iterator[T]:
        while True:
            page = tracing.traced_page(self._fetch, self.cursor)
            for item in page.items:
                yield item
                self.done += 1
            self._report()
            if not self._advance(page):
                break
        finish(self._progress)
