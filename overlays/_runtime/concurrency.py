"""Running blocking calls beside async code, one call per item a few at a time, and a
window of calls running ahead of their results (threads for sync code, tasks for async).

Each pair has the same shape, so code written async (the one source of both forms)
calls `amap_limited` or `AsyncAhead` and its generated sync twin calls `map_limited` or
`Ahead`.
"""

from __future__ import annotations

import functools
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import Future, ThreadPoolExecutor

X = TypeVar("X")
R = TypeVar("R")
P = ParamSpec("P")


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


def in_thread(call: Callable[[], R]) -> R:
    """`call()`: the sync twin of `ain_thread`, where blocking is the caller's to choose."""
    return call()


async def ain_thread(call: Callable[[], R]) -> R:
    """`call()` in a worker thread, so disk or parsing never blocks the event loop."""
    import asyncio

    return await asyncio.to_thread(call)


def threaded(function: Callable[P, R]) -> Callable[P, Awaitable[R]]:
    """The async form of a blocking `function`: the same call, run by `ain_thread`."""

    async def run(*args: P.args, **kwargs: P.kwargs) -> R:
        return await ain_thread(functools.partial(function, *args, **kwargs))

    return run


class Ahead(Generic[R]):
    """Calls started ahead of their results on up to `size` threads, results taken in
    the order the calls were started (the sync twin of `AsyncAhead`)."""

    def __init__(self, size: int, name: str = "ahead") -> None:
        from concurrent.futures import ThreadPoolExecutor  # only prefetching walks need it

        self._pool: ThreadPoolExecutor = ThreadPoolExecutor(max_workers=size, thread_name_prefix=name)
        self._started: deque[Future[R]] = deque()

    def start(self, call: Callable[..., R], *args: Any) -> None:
        self._started.append(self._pool.submit(call, *args))

    def __len__(self) -> int:
        return len(self._started)

    def take(self) -> R:
        """The result of the oldest call not taken yet (waiting for it), or its error."""
        return self._started.popleft().result()

    def close(self) -> None:
        """Drop the calls not begun; wait for those running (an abandoned walk leaves no thread)."""
        self._started.clear()
        self._pool.shutdown(wait=True, cancel_futures=True)


class AsyncAhead(Generic[R]):
    """Calls started ahead of their results as tasks, at most as many as the caller
    starts; results taken in the order the calls were started."""

    def __init__(self, size: int, name: str = "ahead") -> None:
        self._started: deque[asyncio.Future[R]] = deque()

    def start(self, call: Callable[..., Awaitable[R]], *args: Any) -> None:
        import asyncio  # only async walks need it, and it is slow to import

        self._started.append(asyncio.ensure_future(call(*args)))

    def __len__(self) -> int:
        return len(self._started)

    async def take(self) -> R:
        """The result of the oldest call not taken yet (waiting for it), or its error."""
        return await self._started.popleft()

    async def close(self) -> None:
        """Cancel the calls not taken, and wait for them to end."""
        import asyncio

        started, self._started = list(self._started), deque()
        for task in started:
            task.cancel()
        await asyncio.gather(*started, return_exceptions=True)
