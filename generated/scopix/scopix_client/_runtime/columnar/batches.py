"""The record batches of a walk, a page at a time: what every columnar output reads.

Offset walks read their pages themselves: the first page typed (to learn which model
the items are), the following ones straight from their JSON when the spec gives the
page's shape (`capture.py`). Other walks (cursors, generators) hand their typed items
over in chunks. Either way at most one page of items is held at once.
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from itertools import islice
from typing import Any

from .capture import RawBody, capture
from .convert import BatchMaker, inferred
from .misfits import warn_once
from .models import PACKAGE, description_of, envelope_of, row_of
from .raw import PageReader
from .schema import Description, has_json

CHUNK = 1000  # items per batch for walks that do not page by offset


class Converter:
    """Typed items into batches of one schema, chosen by the first item seen."""

    def __init__(self, description: Description | None = None) -> None:
        """`description`: the items' schema when the caller knows it (a pull does), so
        that odd or missing items cannot change it."""
        self.maker = None if description is None else BatchMaker(description)
        self._explode: Any = None
        self._ready = description is not None

    @property
    def exploding(self) -> bool:
        return self._explode is not None

    def _choose(self, first: Any) -> None:
        self._ready = True
        explode = _exploder(first)
        if explode is not None:  # a vendor's own table shape (Analytiks series: long rows)
            description, _ = explode(first)
            self._explode = explode
            self.maker = BatchMaker(description)
            return
        description = description_of(first)
        self.maker = None if description is None else BatchMaker(description)

    def batch(self, items: list[Any]) -> Any:
        if not self._ready and items:
            self._choose(items[0])
        if self._explode is not None:
            rows = [row for item in items for row in self._explode(item)[1]]
        else:
            rows = [row for row in map(row_of, items) if row is not None]
            if len(rows) < len(items):
                warn_once("(item)", "an item that is null or cannot be read has no row; left out")
        return inferred(rows) if self.maker is None else self.maker.from_rows(rows)


def _exploder(item: Any) -> Any:
    """`EXPLODE[model]` of the package's `_columnar` module, for items whose table is not
    one row per item: a function item -> (description, rows)."""
    try:
        module = importlib.import_module(f"{PACKAGE}._columnar")
    except ModuleNotFoundError:
        return None
    return module.EXPLODE.get(type(item).__name__)


def item_batches(items: Iterable[Any], size: int = CHUNK) -> Iterator[Any]:
    converter = Converter()
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield converter.batch(chunk)


class OffsetPages:
    """What an offset walk's columnar pass does with each page it fetched, shared by the
    sync and async drivers (which only differ in awaiting the fetch)."""

    def __init__(self, walk: Any, description: Description | None = None) -> None:
        self.walk = walk
        self.offset: int | None = walk.position
        self.converter = Converter(description)
        self.reader: PageReader | None = None

    @property
    def raw(self) -> bool:
        """Whether the next fetch should hand over its body (see `capture.py`)."""
        return self.reader is not None

    def take(self, fetched: Any) -> Any:
        """A fetched page (a typed `Page`, or the `RawBody` of one) as a batch; moves
        the walk's position, total and progress as iterating it would."""
        from ..pagination import Page, _next_offset  # pagination imports this module's users

        if isinstance(fetched, RawBody):
            assert self.reader is not None
            batch, count, total, more = self.reader.read(fetched.content)
        else:
            batch = self.converter.batch(fetched.items)
            total, more, count = fetched.total, fetched.has_more, len(fetched.items)
            self._learn()
        walk = self.walk
        walk.total = total
        walk.position += count
        walk._report()
        assert self.offset is not None
        self.offset = _next_offset(self.offset, Page([None] * count, total, more))
        return batch

    def _learn(self) -> None:
        maker = self.converter.maker
        if self.reader is not None or maker is None or self.converter.exploding:
            return
        envelope = envelope_of(maker.description)
        if envelope is not None and not has_json(maker.description):
            self.reader = PageReader(envelope, maker)


def _raw_fetch(walk: Any, offset: int) -> Any:
    """A page's body (a `RawBody`), or the typed page when the fetch decoded none."""
    with capture():
        try:
            return walk._fetch(offset, walk.page_size)
        except RawBody as body:
            return body


def offset_pages(walk: Any, description: Description | None = None) -> Iterator[tuple[int, Any, int | None]]:
    """The sync driver of `OffsetPages`: (offset, batch, next offset or None) per page.

    While a page is read into Arrow (C++, without the GIL), the next one is already
    being fetched on a second thread: reading and waiting for the server overlap, and
    still at most two pages are held. The guess of where the next page starts is
    checked; a server that sent fewer items than asked for costs one discarded fetch.
    """
    from concurrent.futures import Future, ThreadPoolExecutor

    pages = OffsetPages(walk, description)
    ahead: tuple[int, Future[Any]] | None = None
    with ThreadPoolExecutor(1, thread_name_prefix="columnar-prefetch") as pool:
        while pages.offset is not None:
            offset = pages.offset
            fetched: Any
            if not pages.raw:
                fetched = walk._fetch(offset, walk.page_size)
            elif ahead is not None and ahead[0] == offset:
                fetched = ahead[1].result()
            else:
                fetched = _raw_fetch(walk, offset)
            ahead = None
            following = offset + walk.page_size
            if pages.raw and walk.total is not None and following < walk.total:
                ahead = (following, pool.submit(_raw_fetch, walk, following))
            batch = pages.take(fetched)
            yield offset, batch, pages.offset
    walk._finish()


def offset_batches(walk: Any) -> Iterator[Any]:
    return (batch for _, batch, _ in offset_pages(walk))


async def aoffset_batches(walk: Any) -> AsyncIterator[Any]:
    """The async driver of `OffsetPages` (pages one after another: the batches are
    what is held in memory, so prefetching would only hold more of them)."""
    pages = OffsetPages(walk)
    while pages.offset is not None:
        fetched: Any
        if pages.raw:
            with capture():
                try:
                    fetched = await walk._fetch(pages.offset, walk.page_size)
                except RawBody as body:
                    fetched = body
        else:
            fetched = await walk._fetch(pages.offset, walk.page_size)
        yield pages.take(fetched)
    walk._finish()


async def aitem_batches(items: AsyncIterable[Any], size: int = CHUNK) -> AsyncIterator[Any]:
    converter = Converter()
    chunk: list[Any] = []
    async for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield converter.batch(chunk)
            chunk = []
    if chunk:
        yield converter.batch(chunk)
