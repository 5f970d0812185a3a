"""A CityLens walk with `prefetch` pages in flight; prints seconds, items, whether the
IDs came out in order, and a checksum of them.

    python walk_prefetch.py MODE BASE KEY FROM TO PAGE_SIZE PREFETCH

MODE: async (`aio.iter_detected_objects`) or sync (the runtime's `OffsetIterator` over
the generated sync call, on threads).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import sys
import time


async def walk_async(base: str, key: str, start: str, end: str, size: int, prefetch: int) -> list[int]:
    from citylens_client import aio

    async with aio.connect(key, base_url=base) as client:
        walk = aio.iter_detected_objects(client, start, end, page_size=size, prefetch=prefetch)
        return [o.id async for o in walk]


def walk_sync(base: str, key: str, start: str, end: str, size: int, prefetch: int) -> list[int]:
    import citylens_client as cl

    with cl.connect(key, base_url=base) as client:
        walk = cl.iter_detected_objects(client, start, end, page_size=size, prefetch=prefetch)
        return [o.id for o in walk]


def main() -> None:
    mode, base, key, start, end, size, prefetch = sys.argv[1:8]
    # Imports are not the walk's cost; the package imports its exports on first use.
    import citylens_client.aio
    import citylens_client.helpers  # noqa: F401

    # Nor are those httpx makes at its first request (httpcore, h11, h2, anyio: 30 to
    # 170 ms in a fresh process). Inside the clock they would count once in every walk,
    # weighing eight times as much on the walk with eight pages in flight as on the
    # sequential one, and the speed-up is prefetch's alone.
    for module in ("httpcore", "h11", "h2.connection", "anyio", "anyio._backends._asyncio", "certifi"):
        __import__(module)

    began = time.perf_counter()
    if mode == "async":
        ids = asyncio.run(walk_async(base, key, start, end, int(size), int(prefetch)))
    else:
        ids = walk_sync(base, key, start, end, int(size), int(prefetch))
    seconds = time.perf_counter() - began
    ordered = all(a < b for a, b in itertools.pairwise(ids))
    print(json.dumps({"seconds": seconds, "items": len(ids), "ordered": ordered, "checksum": sum(ids) % 1000003}))


if __name__ == "__main__":
    main()
