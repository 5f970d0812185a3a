"""List operations as data: one table entry per paged list drives its `iter_*` walk.

A vendor declares each list once, e.g.

    FRAMES: OffsetList[Frame] = OffsetList(list_frames, items="frames", total="total_count", unit="frames")

and its `iter_frames` checks its own filters and returns `FRAMES.walk(client, query=..., options=options)`.
So every walk of every vendor takes the same `page_size`, `start_offset`, `progress` and
`prefetch`, checked the same way, before any request.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Awaitable, Callable, Mapping
from types import ModuleType
from typing import Any, Generic, Protocol, TypedDict, TypeVar, runtime_checkable

import attrs

from .pagination import AsyncOffsetIterator, OffsetIterator, Page
from .progress import Progress, resolve
from .validate import check_int, check_option_names

T = TypeVar("T")
WalkT = TypeVar("WalkT", bound=OffsetIterator[Any])
AsyncWalkT = TypeVar("AsyncWalkT", bound=AsyncOffsetIterator[Any])
V = TypeVar("V")

MAX_PREFETCH = 64


class WalkOptions(TypedDict, total=False):
    """What every `iter_*` walk takes.

    page_size: items asked for per page (a server may send fewer; the walk follows it).
    start_offset: where to start: a walk's `position`, to resume it losing nothing.
    progress: a callback `(done, total)`, or True for a bar on stderr.
    prefetch: pages fetched at once once the total is known (items still come in order;
        memory holds at most twice that many pages, for a consumer slower than the
        network). 8 walks a long list several times faster over a slow link.
    """

    page_size: int
    start_offset: int
    progress: Progress
    prefetch: int


@runtime_checkable
class PageObserver(Protocol):
    """A walk that wants to see each page as the server sent it (e.g. a status flag)."""

    def observe(self, answer: Any) -> None: ...


@attrs.frozen
class Paging:
    """The checked walk options."""

    page_size: int
    start_offset: int
    prefetch: int


@attrs.frozen
class OffsetList(Generic[T]):
    """An offset-paged list operation.

    items / total / has_more: attribute paths in the page model (`"meta.total"`) of the
    items, the total count and a has-more flag (those the page has).
    max_page_size: only when the vendor's page documents one; otherwise the server's
    own clamp is followed.
    """

    operation: ModuleType  # a generated operation: its `sync` and `asyncio` functions
    items: str
    total: str | None = None
    has_more: str | None = None
    unit: str = "items"
    page_size: int = 100
    max_page_size: int | None = None
    offset_param: str = "offset"
    limit_param: str = "limit"

    def paging(self, options: WalkOptions) -> Paging:
        check_option_names(options, WalkOptions.__annotations__, "a walk")
        return Paging(
            page_size=check_int(
                "page_size", options.get("page_size", self.page_size), minimum=1, maximum=self.max_page_size
            ),
            start_offset=check_int("start_offset", options.get("start_offset", 0), minimum=0),
            prefetch=check_int("prefetch", options.get("prefetch", 1), minimum=1, maximum=MAX_PREFETCH),
        )

    def page(self, answer: Any) -> Page[T]:
        """The runtime `Page` of one answer of the operation."""
        total = _get(answer, self.total)
        more = _get(answer, self.has_more)
        return Page(
            list(_get(answer, self.items) or ()),
            total if isinstance(total, int) and not isinstance(total, bool) else None,
            more if isinstance(more, bool) else None,
        )

    def _arguments(self, offset: int, limit: int, query: Mapping[str, Any]) -> dict[str, Any]:
        return {**query, self.offset_param: offset, self.limit_param: limit}

    def awalk(
        self,
        client: object,
        *path: Any,
        query: Mapping[str, Any] | None = None,
        options: WalkOptions,
        walk_type: Callable[..., AsyncWalkT] = AsyncOffsetIterator,  # type: ignore[assignment]
        fetch: Callable[..., Awaitable[Any]] | None = None,
    ) -> AsyncWalkT:
        """The walk of this list for `client` (`walk` for a sync client, `awalk` for an
        async one), with `path` parameters and `query` filters.

        `fetch(*path, **arguments)`, when given, answers in place of the operation (with
        an answer `items`/`total`/`has_more` can read): for a list the generated parser
        cannot read, such as one whose servers wrap it in different envelopes.
        """
        reader = _Reader(self)
        send = fetch or functools.partial(self.operation.asyncio, client=client)

        async def fetch_page(offset: int, limit: int) -> Page[T]:
            return reader.page(await send(*path, **self._arguments(offset, limit, query or {})))

        return reader.start(walk_type, fetch_page, options)

    # Written from the async form above at generation (scripts/sync_twins.py): edit that, not this.
    def walk(
        self,
        client: object,
        *path: Any,
        query: Mapping[str, Any] | None = None,
        options: WalkOptions,
        walk_type: Callable[..., WalkT] = OffsetIterator,  # type: ignore[assignment]
        fetch: Callable[..., Any] | None = None,
    ) -> WalkT:
        """The walk of this list for `client` (`walk` for a sync client, `awalk` for an
        async one), with `path` parameters and `query` filters.

        `fetch(*path, **arguments)`, when given, answers in place of the operation (with
        an answer `items`/`total`/`has_more` can read): for a list the generated parser
        cannot read, such as one whose servers wrap it in different envelopes.
        """
        reader = _Reader(self)
        send = fetch or functools.partial(self.operation.sync, client=client)

        def fetch_page(offset: int, limit: int) -> Page[T]:
            return reader.page(send(*path, **self._arguments(offset, limit, query or {})))

        return reader.start(walk_type, fetch_page, options)


class _Reader(Generic[T]):
    """Reads a walk's answers into pages, showing each to the walk if it observes them."""

    def __init__(self, entry: OffsetList[T]) -> None:
        self._entry = entry
        self._observer: PageObserver | None = None

    def start(self, walk_type: Callable[..., V], fetch_page: Callable[[int, int], Any], options: WalkOptions) -> V:
        paging = self._entry.paging(options)  # checked here: before any request
        walk = walk_type(
            fetch_page,
            page_size=paging.page_size,
            start_offset=paging.start_offset,
            progress=resolve(options.get("progress"), self._entry.unit),
            prefetch=paging.prefetch,
        )
        self._observer = _observer(walk)
        return walk

    def page(self, answer: Any) -> Page[T]:
        if self._observer is not None:
            self._observer.observe(answer)
        return self._entry.page(answer)


def _observer(walk: object) -> PageObserver | None:
    return walk if isinstance(walk, PageObserver) else None


def _get(answer: Any, path: str | None) -> Any:
    if path is None:
        return None
    try:
        return operator.attrgetter(path)(answer)
    except AttributeError:
        return None
