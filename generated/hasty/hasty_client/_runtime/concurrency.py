"""Running blocking calls beside async code, one call per item a few at a time, and a
window of calls running ahead of their results (threads for sync code, tasks for async).

Each pair has the same shape, so code written async (the one source of both forms)
calls `amap_limited` or `AsyncAhead` and its generated sync twin calls `map_limited` or
`Ahead`.
"""

from __future__ import annotations

import functools
import itertools
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Generic, ParamSpec, Self, TypeVar

if TYPE_CHECKING:
    import asyncio
    from concurrent.futures import Future

X = TypeVar("X")
A = TypeVar("A")
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


class Ahead(Generic[A, R]):
    """`call(argument)` for each of `arguments`, up to `size` running at a time on
    threads, ahead of the caller, who iterates over the results in argument order.

    A call starts as soon as another ends, not when the caller takes a result: calls
    ending together would otherwise wait for the caller to take each in turn, and the
    next ones would all start at once. At most `2 * size` results are held (running, or
    ended and not taken yet), so a slow caller bounds the memory.
    """

    def __init__(self, call: Callable[[A], R], arguments: Iterable[A], size: int, name: str = "ahead") -> None:
        import threading
        from concurrent.futures import ThreadPoolExecutor  # only prefetching walks need it

        self._call = call
        self._arguments = iter(arguments)
        self._size = size
        self._pool = ThreadPoolExecutor(max_workers=size, thread_name_prefix=name)
        self._lock = threading.Lock()
        self._held: deque[Future[R]] = deque()
        self._running = 0
        self._closed = False
        with self._lock:
            self._start()

    def _start(self) -> None:
        """Start calls while there is room (the lock held)."""
        while not self._closed and self._running < self._size and len(self._held) < 2 * self._size:
            try:
                argument = next(self._arguments)
            except StopIteration:
                return
            self._running += 1
            self._held.append(self._pool.submit(self._run, argument))

    def _run(self, argument: A) -> R:
        try:
            return self._call(argument)
        finally:
            with self._lock:
                self._running -= 1
                self._start()

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> R:
        with self._lock:
            if not self._held:
                raise StopIteration
            oldest = self._held.popleft()
        result = oldest.result()
        with self._lock:
            self._start()
        return result

    def close(self) -> None:
        """Drop the calls not begun; wait for those running (an abandoned walk leaves no thread)."""
        with self._lock:
            self._closed = True
            self._held.clear()
        self._pool.shutdown(wait=True, cancel_futures=True)


class AsyncAhead(Generic[A, R]):
    """`call(argument)` for each of `arguments`, up to `size` running at a time, ahead
    of the caller, who iterates over the results in argument order; see `Ahead`. Made
    inside a running event loop: the first calls start at once.

    `size` workers each run one call after another: a worker that ends a call starts
    the next one in the same step. A new task would take its first step only after the
    tasks whose answers arrived beside this one have each run (a page's parse each),
    and the requests would go out in bursts, every one of them waiting on the network
    again before the next burst.
    """

    def __init__(
        self, call: Callable[[A], Awaitable[R]], arguments: Iterable[A], size: int, name: str = "ahead"
    ) -> None:
        import asyncio  # only async walks need it, and it is slow to import

        self._call = call
        self._arguments = iter(arguments)
        self._size = size
        self._held: deque[asyncio.Future[R]] = deque()  # one a claimed argument, in order, until taken
        self._claimed = 0  # arguments claimed so far: the index of the next
        self._wanted = 0  # the index of the result the caller waits for, or takes next
        self._done = 0  # results ready and not taken
        self._room = asyncio.Event()
        self._workers = [asyncio.ensure_future(self._work(self._claim())) for _ in range(size)]

    def _claim(self) -> tuple[int, A, asyncio.Future[R]] | None:
        """The next argument, its index and the future of its result (held in order), or
        None at the end."""
        import asyncio

        for argument in itertools.islice(self._arguments, 1):
            self._held.append(asyncio.get_running_loop().create_future())
            self._claimed += 1
            return self._claimed - 1, argument, self._held[-1]
        return None

    async def _work(self, claim: tuple[int, A, asyncio.Future[R]] | None) -> None:
        import asyncio

        while claim is not None:
            index, argument, result = claim
            # A slow caller: wait with it, `size` results ready at most, but never with
            # the one it waits for.
            while self._done >= self._size and index != self._wanted:
                self._room.clear()
                await self._room.wait()
            try:
                value = await self._call(argument)
            except asyncio.CancelledError:
                result.cancel()
                raise
            except BaseException as error:  # the caller meets it in order; this worker stops
                if not result.done():
                    result.set_exception(error)
                    self._done += 1
                return
            if not result.done():  # a caller cancelled while waiting for it cancels it too
                result.set_result(value)
                self._done += 1
            claim = self._claim()

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> R:
        # Empty only once every argument is claimed and taken: a worker claims the next
        # argument in the step that ends its call.
        if not self._held:
            raise StopAsyncIteration
        oldest = self._held.popleft()
        self._room.set()  # its worker may be waiting for room: it is the one wanted now
        try:
            return await oldest
        finally:
            if oldest.done() and not oldest.cancelled():
                self._done -= 1
            self._wanted += 1
            self._room.set()

    async def aclose(self) -> None:
        """Cancel the calls not taken, and wait for them to end."""
        import asyncio

        for worker in self._workers:
            worker.cancel()
        await asyncio.gather(*self._workers, return_exceptions=True)
        for result in self._held:  # read, so that asyncio does not report an error nobody will take
            if result.done() and not result.cancelled():
                result.exception()
            result.cancel()
        self._held.clear()
