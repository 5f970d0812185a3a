"""Page walks: offset with total or has_more, cursors, resumption."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from citylens_client._runtime.pagination import (
    AsyncCursorIterator,
    AsyncOffsetIterator,
    CursorIterator,
    CursorPage,
    OffsetIterator,
    Page,
)

DATA = list(range(23))


def _offset_fetch(
    calls: list[tuple[int, int]], *, with_total: bool = True, with_more: bool = False
) -> Callable[[int, int], Page[int]]:
    def fetch(offset: int, limit: int) -> Page[int]:
        calls.append((offset, limit))
        items = DATA[offset : offset + limit]
        return Page(
            items,
            total=len(DATA) if with_total else None,
            has_more=(offset + len(items) < len(DATA)) if with_more else None,
        )

    return fetch


@pytest.mark.parametrize(("with_total", "with_more"), [(True, False), (False, True), (True, True)])
def test_offset_walk_stops_on_total_or_has_more(with_total: bool, with_more: bool) -> None:
    calls: list[tuple[int, int]] = []
    walk = OffsetIterator(_offset_fetch(calls, with_total=with_total, with_more=with_more), page_size=10)
    assert list(walk) == DATA
    assert calls == [(0, 10), (10, 10), (20, 10)]


def test_offset_walk_without_total_stops_on_an_empty_page() -> None:
    calls: list[tuple[int, int]] = []
    assert list(OffsetIterator(_offset_fetch(calls, with_total=False), page_size=10)) == DATA
    assert calls[-1] == (23, 10)  # a short page may be a server cap: only an empty one ends the walk


async def test_async_offset_walk_resumes_from_position() -> None:
    calls: list[tuple[int, int]] = []
    sync_fetch = _offset_fetch(calls)

    async def fetch(offset: int, limit: int) -> Page[int]:
        return sync_fetch(offset, limit)

    walk = AsyncOffsetIterator(fetch, page_size=5, start_offset=7)
    assert [i async for i in walk] == DATA[7:]
    assert walk.position == len(DATA)


def _cursor_fetch(seen: list[str | None]) -> Callable[[str | None], CursorPage[int]]:
    def fetch(cursor: str | None) -> CursorPage[int]:
        seen.append(cursor)
        start = int(cursor or 0)
        end = min(start + 10, len(DATA))
        return CursorPage(DATA[start:end], str(end) if end < len(DATA) else None)

    return fetch


def test_cursor_walk_follows_cursors_until_null() -> None:
    seen: list[str | None] = []
    progress: list[int] = []
    walk = CursorIterator(_cursor_fetch(seen), progress=lambda d, _t: progress.append(d))
    assert list(walk) == DATA
    assert seen == [None, "10", "20"]
    assert progress == [10, 20, 23]


def test_cursor_walk_resumes_from_the_page_being_handed_out() -> None:
    seen: list[str | None] = []
    walk = CursorIterator(_cursor_fetch(seen))
    got = []
    for item in walk:
        got.append(item)
        if item == 14:
            break
    resumed = list(CursorIterator(_cursor_fetch(seen), cursor=walk.cursor))
    assert walk.cursor == "10"
    assert sorted(set(got) | set(resumed)) == DATA


async def test_async_cursor_walk() -> None:
    seen: list[str | None] = []
    sync_fetch = _cursor_fetch(seen)

    async def fetch(cursor: str | None) -> CursorPage[int]:
        return sync_fetch(cursor)

    assert [i async for i in AsyncCursorIterator(fetch)] == DATA


async def test_prefetch_keeps_order_and_bounds_pages_in_flight() -> None:
    import asyncio

    data = list(range(1003))
    in_flight = peak = 0

    async def fetch(offset: int, limit: int) -> Page[int]:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        await asyncio.sleep(0.001 * ((offset // limit) % 3))  # answers arrive out of order
        in_flight -= 1
        return Page(data[offset : offset + limit], total=len(data))

    walk = AsyncOffsetIterator(fetch, page_size=10, prefetch=8)
    assert [i async for i in walk] == data
    assert peak == 8
    assert walk.position == len(data)


async def test_prefetch_stops_when_the_list_shrinks() -> None:
    async def fetch(offset: int, limit: int) -> Page[int]:
        items = list(range(offset, min(offset + limit, 35)))  # total says 100, data ends at 35
        return Page(items, total=100)

    assert [i async for i in AsyncOffsetIterator(fetch, page_size=10, prefetch=4)] == list(range(35))


async def test_prefetch_fills_pages_a_server_clamps_below_the_page_size() -> None:
    # A server that never sends more than 7 items, whatever the limit: the window plans
    # pages 10 apart, and the 3 items each page leaves out are fetched before going on.
    data = list(range(95))

    async def fetch(offset: int, limit: int) -> Page[int]:
        return Page(data[offset : offset + min(limit, 7)], total=len(data))

    walk = AsyncOffsetIterator(fetch, page_size=10, prefetch=4)
    assert [i async for i in walk] == data
    assert walk.position == len(data)


def test_sync_prefetch_keeps_order_and_bounds_pages_in_flight() -> None:
    import threading
    import time

    data = list(range(1003))
    lock = threading.Lock()
    in_flight = peak = 0

    def fetch(offset: int, limit: int) -> Page[int]:
        nonlocal in_flight, peak
        with lock:
            in_flight += 1
            peak = max(peak, in_flight)
        time.sleep(0.001 * ((offset // limit) % 3))  # answers arrive out of order
        with lock:
            in_flight -= 1
        return Page(data[offset : offset + limit], total=len(data))

    walk = OffsetIterator(fetch, page_size=10, prefetch=8)
    assert list(walk) == data
    assert 1 < peak <= 8
    assert walk.position == len(data)


def test_sync_prefetch_fills_clamped_pages_and_stops_when_the_list_shrinks() -> None:
    def clamped(offset: int, limit: int) -> Page[int]:
        return Page(list(range(95))[offset : offset + min(limit, 7)], total=95)

    def shrunk(offset: int, limit: int) -> Page[int]:
        return Page(list(range(offset, min(offset + limit, 35))), total=100)

    assert list(OffsetIterator(clamped, page_size=10, prefetch=4)) == list(range(95))
    assert list(OffsetIterator(shrunk, page_size=10, prefetch=4)) == list(range(35))


def test_sync_prefetch_abandoned_walk_leaves_no_thread_behind() -> None:
    import threading

    walk = iter(OffsetIterator(_offset_fetch([]), page_size=2, prefetch=4))
    assert [next(walk) for _ in range(5)] == [0, 1, 2, 3, 4]
    walk.close()  # type: ignore[attr-defined]
    assert not [t for t in threading.enumerate() if t.name.startswith("prefetch")]


def test_prefetch_must_be_positive() -> None:
    from citylens_client._runtime.errors import VisionAPIError

    with pytest.raises(VisionAPIError):
        OffsetIterator(_offset_fetch([]), page_size=2, prefetch=0)


async def test_prefetch_for_a_slow_consumer_keeps_every_item_and_bounds_the_pages_held() -> None:
    import asyncio

    data = list(range(2000))
    fetched = handed_out = held = 0

    async def fetch(offset: int, limit: int) -> Page[int]:
        nonlocal fetched, held
        await asyncio.sleep(0.0005 * ((offset // limit) % 3))
        fetched += 1
        held = max(held, fetched - handed_out)
        return Page(data[offset : offset + limit], total=len(data))

    out = []
    async for item in AsyncOffsetIterator(fetch, page_size=10, prefetch=4):
        if item % 10 == 0:
            handed_out += 1
            if item in (10, 1000):  # now and then far slower than the network, then fast again
                await asyncio.sleep(0.02)
        out.append(item)
    assert out == data
    assert held <= 2 * 4 + 1  # pages ready or in flight besides the one handed out


def test_sync_prefetch_for_a_slow_consumer_keeps_every_item_and_bounds_the_pages_held() -> None:
    import threading
    import time

    data = list(range(2000))
    lock = threading.Lock()
    fetched = handed_out = held = 0

    def fetch(offset: int, limit: int) -> Page[int]:
        nonlocal fetched, held
        time.sleep(0.0005 * ((offset // limit) % 3))
        with lock:
            fetched += 1
            held = max(held, fetched - handed_out)
        return Page(data[offset : offset + limit], total=len(data))

    out = []
    for item in OffsetIterator(fetch, page_size=10, prefetch=4):
        if item % 10 == 0:
            with lock:
                handed_out += 1
            if item in (10, 1000):
                time.sleep(0.02)
        out.append(item)
    assert out == data
    assert held <= 2 * 4 + 1
