"""One walk over every image of a Hasty project; prints seconds, client CPU and items.

    python walk_hasty.py KIND BASE KEY PROJECT PAGE_SIZE

KIND: orjson (httpx + orjson.loads), json (httpx + json.loads), ours (iter_images,
typed), sdk (the vendor's SDK `hasty`: `Project.get_images()`, page size fixed at 100).
"""

from __future__ import annotations

import functools
import json
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any


def raw(base: str, key: str, project: str, size: int, loads: Callable[[bytes], Any]) -> Iterator[Any]:
    import httpx

    with httpx.Client(base_url=base, headers={"X-Api-Key": key}) as http:
        offset = 0
        while True:
            page = loads(http.get(f"/v1/projects/{project}/images", params={"offset": offset, "limit": size}).content)
            yield from page["items"]
            offset += len(page["items"])
            if not page["items"] or offset >= page["meta"]["total"]:
                return


def ours(base: str, key: str, project: str, size: int) -> Iterator[Any]:
    import hasty_client as hc

    with hc.connect(key, base_url=base) as client:
        yield from hc.iter_images(client, project, page_size=size)


def sdk(base: str, key: str, project: str, size: int) -> Iterator[Any]:
    import hasty  # type: ignore[import-not-found]

    client = hasty.Client(key, base_url=base)
    images = client.get_project(project).get_images()
    for index in range(len(images)):
        yield images[index]


def main() -> None:
    kind, base, key, project, size = sys.argv[1:6]
    walks: dict[str, Callable[[str, str, str, int], Iterator[Any]]] = {
        "json": functools.partial(raw, loads=json.loads),
        "orjson": functools.partial(raw, loads=__import__("orjson").loads),
        "ours": ours,
        "sdk": sdk,
    }
    # Imports are not the walk's cost; the package imports its exports on first use.
    modules = {"ours": ["hasty_client.helpers"], "sdk": ["hasty"]}
    for module in ["httpx", "orjson", *modules.get(kind, [])]:
        __import__(module)
    cpu, began = time.process_time(), time.perf_counter()
    items = sum(1 for _ in walks[kind](base, key, project, int(size)))
    seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
    print(json.dumps({"seconds": seconds, "cpu": cpu, "items": items}))


if __name__ == "__main__":
    main()
