"""List operations as data: one table entry per paged list drives its `iter_*` walk.

A vendor declares each list once, e.g.

    FRAMES: OffsetList[Frame] = OffsetList(list_frames, items="frames", total="total_count", unit="frames")

and its `iter_frames` checks its own filters and returns `FRAMES.walk(client, query=..., options=options)`.
So every walk of every vendor takes the same `page_size`, `start_offset`, `progress` and
`prefetch`, checked the same way, before any request.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypedDict, TypeVar, runtime_checkable

import attrs

from .errors import ResponseValidationError
from .fastdecode import CollectorPaused
from .lenient import field
from .pagination import AsyncOffsetIterator, OffsetIterator, Page
from .progress import Progress, resolve
from .validate import check_int, check_option_names

if TYPE_CHECKING:
    import httpx  # imported by the first page's request: not at the package's import

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
    items, the total count and a has-more flag (those the page has). `items` may name
    alternatives, for servers that key the list differently (`("data", "exports")`):
    the first holding a list is read, and a page with none of them is malformed. An
    answer that is a bare list is the whole list at once (a server that does not page).
    unique: an item field whose value identifies an item: one already handed out is
    dropped (counted for offsets), and a page of none new ends the walk (a server that
    ignores the offset answers the same items again).
    max_page_size: only when the vendor's page documents one; otherwise the server's
    own clamp is followed.
    """

    operation: ModuleType  # a generated operation: its `sync` and `asyncio` functions
    items: str | tuple[str, ...]
    total: str | None = None
    has_more: str | None = None
    unit: str = "items"
    page_size: int = 100
    max_page_size: int | None = None
    offset_param: str = "offset"
    limit_param: str = "limit"
    unique: str | None = None

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
        if isinstance(answer, list):  # not paged: the whole list
            return Page(answer, has_more=False)
        total = field(answer, self.total)
        more = field(answer, self.has_more)
        path = self._items_path(answer)
        items = list(field(answer, path) or ())
        return Page(
            items,
            total if isinstance(total, int) and not isinstance(total, bool) else None,
            more if isinstance(more, bool) else None,
            _skipped(answer, path, len(items)),
        )

    def _items_path(self, answer: Any) -> str:
        if isinstance(self.items, str):
            return self.items
        found = next((path for path in self.items if isinstance(field(answer, path), list)), None)
        if found is None:
            operation = self.operation.__name__.rsplit(".", 1)[-1]
            wanted = " or ".join(repr(path) for path in self.items)
            raise ResponseValidationError(operation, "", f"expected a list of {self.unit}, bare or under {wanted}")
        return found

    def _arguments(self, offset: int | None, limit: int | None, query: Mapping[str, Any]) -> dict[str, Any]:
        return {**query, self.offset_param: offset, self.limit_param: limit}

    def awalk(
        self,
        client: object,
        *path: Any,
        query: Mapping[str, Any] | None = None,
        options: WalkOptions,
        walk_type: Callable[..., AsyncWalkT] = AsyncOffsetIterator,  # type: ignore[assignment]
    ) -> AsyncWalkT:
        """The walk of this list for `client` (`walk` for a sync client, `awalk` for an
        async one), with `path` parameters and `query` filters."""
        reader = _Reader(self)
        send = functools.partial(self.operation.asyncio, client=client)
        arguments = functools.partial(self._arguments, query=query or {})
        prepared = PageRequests.of(self.operation, client, path, arguments)

        async def send_page(offset: int, limit: int) -> Any:
            if prepared is not None:
                http = prepared.client.get_async_httpx_client()
                request = prepared.request(http, offset, limit)
                if request is not None:
                    return _Sent(await http.send(request))
            return await send(*path, **arguments(offset, limit))

        def read_page(answer: Any) -> Page[T]:
            if isinstance(answer, _Sent):
                with CollectorPaused():  # see `_Reader.page`
                    return reader.page(self.operation.parse_response(answer.response))
            return reader.page(answer)

        async def fetch_page(offset: int, limit: int) -> Page[T]:
            return read_page(await send_page(offset, limit))

        return reader.start(walk_type, fetch_page, options, send=send_page, read=read_page)

    # Written from the async form above at generation (scripts/sync_twins.py): edit that, not this.
    def walk(
        self,
        client: object,
        *path: Any,
        query: Mapping[str, Any] | None = None,
        options: WalkOptions,
        walk_type: Callable[..., WalkT] = OffsetIterator,  # type: ignore[assignment]
    ) -> WalkT:
        """The walk of this list for `client` (`walk` for a sync client, `awalk` for an
        async one), with `path` parameters and `query` filters."""
        reader = _Reader(self)
        send = functools.partial(self.operation.sync, client=client)
        arguments = functools.partial(self._arguments, query=query or {})
        prepared = PageRequests.of(self.operation, client, path, arguments)

        def send_page(offset: int, limit: int) -> Any:
            if prepared is not None:
                http = prepared.client.get_httpx_client()
                request = prepared.request(http, offset, limit)
                if request is not None:
                    return _Sent(http.send(request))
            return send(*path, **arguments(offset, limit))

        def read_page(answer: Any) -> Page[T]:
            if isinstance(answer, _Sent):
                with CollectorPaused():  # see `_Reader.page`
                    return reader.page(self.operation.parse_response(answer.response))
            return reader.page(answer)

        def fetch_page(offset: int, limit: int) -> Page[T]:
            return read_page(send_page(offset, limit))

        return reader.start(walk_type, fetch_page, options, send=send_page, read=read_page)


@runtime_checkable
class _Connected(Protocol):
    """A client whose httpx clients the walk can send with (the package's `Client`)."""

    def get_httpx_client(self) -> httpx.Client: ...
    def get_async_httpx_client(self) -> httpx.AsyncClient: ...


class PageRequests:
    """The requests for the pages of one walk, built through httpx once: each page's is
    a copy with its own offset and limit in the query.

    The operation's own `request_kwargs` and httpx's `build_request` (merging the base
    URL, the parameters, the headers and the cookies, parsing the URL three times) cost
    about a tenth of a typed Hasty walk's CPU when run for every page. The request sent
    is the one the operation would send (same method, headers, timeout and query, in the
    same order); it goes through the same `send` (credential, retries, redirects, error
    mapping, tracing) and its answer through the operation's own `parse_response`.
    """

    def __init__(self, client: _Connected, template: Callable[[int | None, int | None], dict[str, Any]]) -> None:
        self.client = client
        self._template = template  # the operation's request arguments for (offset, limit)
        self._built: tuple[httpx.Request, str] | None = None
        self._unusable = False

    @classmethod
    def of(
        cls,
        operation: ModuleType,
        client: object,
        path: tuple[Any, ...],
        arguments: Callable[[int | None, int | None], dict[str, Any]],
    ) -> PageRequests | None:
        """For a generated operation (it has `request_kwargs` and `parse_response`) and a
        package client; otherwise None, and each page is the operation's call."""
        if not (hasattr(operation, "request_kwargs") and hasattr(operation, "parse_response")):
            return None
        if not isinstance(client, _Connected):
            return None
        return cls(client, lambda offset, limit: operation.request_kwargs(*path, **arguments(offset, limit)))

    def request(self, http: httpx.Client | httpx.AsyncClient, offset: int, limit: int) -> httpx.Request | None:
        """The request for one page, or None when the operation must build it: the query
        does not show the offset and limit as plain parameters, or the server has set
        cookies (httpx adds the client's current ones to each request it builds)."""
        if self._unusable or http.cookies:
            return None
        if self._built is None:
            self._built = self._build(http)
            if self._built is None:
                self._unusable = True
                return None
        import httpx  # loaded already: the client is open

        template, url = self._built
        return httpx.Request(
            template.method,
            httpx.URL(url.format(offset=offset, limit=limit)),
            headers=template.headers,
            extensions=dict(template.extensions),
        )

    def _build(self, http: httpx.Client | httpx.AsyncClient) -> tuple[httpx.Request, str] | None:
        # Two probes, without and with distinct values, tell which query items the offset
        # and limit are; everything else must be the same in both.
        bare = http.build_request(**self._template(None, None))
        probe = http.build_request(**self._template(1, 2))
        if bare.method != probe.method or bare.headers.raw != probe.headers.raw or probe.url.fragment:
            return None
        before, probed = bare.url.query.decode("ascii").split("&"), probe.url.query.decode("ascii").split("&")
        before = [item for item in before if item]
        pattern = []
        found = {"offset": 0, "limit": 0}
        rest = list(before)
        for item in probed:
            if rest and item == rest[0]:
                rest.pop(0)
                pattern.append(item.replace("{", "{{").replace("}", "}}"))
                continue
            name, _, value = item.partition("=")
            which = {"1": "offset", "2": "limit"}.get(value)
            if which is None or found[which]:
                return None
            found[which] += 1
            pattern.append(name.replace("{", "{{").replace("}", "}}") + "={" + which + "}")
        if rest or not all(found.values()):
            return None
        text = str(probe.url)
        base = text[: text.index("?")].replace("{", "{{").replace("}", "}}")
        return probe, base + "?" + "&".join(pattern)


class _Sent:
    """A page's response, sent by the walk itself (`PageRequests`), to be read by the
    operation's `parse_response`."""

    __slots__ = ("response",)

    def __init__(self, response: httpx.Response) -> None:
        self.response = response


class _Reader(Generic[T]):
    """Reads a walk's answers into pages, showing each to the walk if it observes them."""

    def __init__(self, entry: OffsetList[T]) -> None:
        self._entry = entry
        self._observer: PageObserver | None = None
        self._last: Page[T] | None = None
        self._seen: set[Any] = set()  # the `unique` values handed out

    def start(
        self,
        walk_type: Callable[..., V],
        fetch_page: Callable[[int, int], Any],
        options: WalkOptions,
        *,
        send: Callable[[int, int], Any],
        read: Callable[[Any], Page[T]],
    ) -> V:
        paging = self._entry.paging(options)  # checked here: before any request
        walk = walk_type(
            fetch_page,
            page_size=paging.page_size,
            start_offset=paging.start_offset,
            progress=resolve(options.get("progress"), self._entry.unit),
            prefetch=paging.prefetch,
            send=send,
            read=read,
        )
        self._observer = _observer(walk)
        return walk

    def page(self, answer: Any) -> Page[T]:
        if self._observer is not None:
            self._observer.observe(answer)
        page = self._fresh(self._entry.page(answer))
        # The page before is let go here, not before the request: a walk that reads it
        # with the collector paused frees it after building this one, so the collector's
        # count of new objects goes back down and no collection comes due. Otherwise every
        # page would be collected once while alive, and the pages a collection of the
        # middle generation meets be moved to the oldest, each move bringing a full
        # collection closer (about a sixth of the CPU of a typed Hasty walk).
        self._last = page
        return page

    def _fresh(self, page: Page[T]) -> Page[T]:
        """The page without the items already handed out (by the entry's `unique` field)."""
        if self._entry.unique is None:
            return page
        fresh = []
        for item in page.items:
            key = field(item, self._entry.unique)
            if key is None or key not in self._seen:
                self._seen.add(key)
                fresh.append(item)
        more = False if page.items and not fresh else page.has_more
        return Page(fresh, page.total, more, page.skipped + len(page.items) - len(fresh))


def _observer(walk: object) -> PageObserver | None:
    return walk if isinstance(walk, PageObserver) else None


def _skipped(answer: Any, items: str, kept: int) -> int:
    """How many items of the page were left out as no objects at all (the model keeps
    the list the server sent in `unparsed`; see `lenient.items_that_are_objects`)."""
    holder, _, leaf = items.rpartition(".")
    kept_raw = getattr(field(answer, holder), "unparsed", None)
    record = kept_raw.get(leaf) if isinstance(kept_raw, Mapping) else None
    raw = getattr(record, "raw", None)
    return max(len(raw) - kept, 0) if isinstance(raw, list) and not getattr(record, "required", True) else 0
