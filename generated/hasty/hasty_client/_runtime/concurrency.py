"""Running one call per item, a few at a time: threads for sync helpers, tasks for async.

The two have the same shape, so a helper written async (the one source of both forms)
calls `amap_limited` and its generated sync twin calls `map_limited`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from typing import TypeVar

X = TypeVar("X")
R = TypeVar("R")


def map_limited(call: Callable[[X], R], items: Iterable[X], limit: int) -> list[R]:
    """`call` on every item, at most `limit` at a time, results in item order; the first
    failure is raised once every started call has ended."""
    from concurrent.futures import ThreadPoolExecutor  # only uploads need it

    with ThreadPoolExecutor(max_workers=limit) as pool:
        return list(pool.map(call, items))


async def amap_limited(call: Callable[[X], Awaitable[R]], items: Iterable[X], limit: int) -> list[R]:
    """The async form of `map_limited`."""
    import asyncio  # only async uploads need it, and it is slow to import

    gate = asyncio.Semaphore(limit)

    async def one(item: X) -> R:
        async with gate:
            return await call(item)

    results = await asyncio.gather(*(one(item) for item in items), return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException):
            raise result
    return results  # type: ignore[return-value]  # no exceptions left: all are R
