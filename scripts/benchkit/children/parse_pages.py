"""Parsing alone: CPU per 1000 items to decode pages already in memory, each way in turn.

    python parse_pages.py VENDOR BASE KEY ARG PAGES PAGE_SIZE

VENDOR citylens (ARG: FROM,TO dates) or hasty (ARG: project ID). Prints, per 1000 items,
`json`, `orjson` (the loads alone) and `typed` (what our client does with a body: the
page model's `from_json`, decoded in C when the page fits, `from_dict(loads_json(...))`
when it does not).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from typing import Any

import httpx
import orjson


def bodies(vendor: str, base: str, key: str, arg: str, pages: int, size: int) -> list[bytes]:
    if vendor == "citylens":
        start, end = arg.split(",")
        path, header = "/export-api/v1/detections/objects", "X-API-Key"
        params: dict[str, Any] = {"from_dt": start, "to_dt": end}
    else:
        path, header, params = f"/v1/projects/{arg}/images", "X-Api-Key", {}
    with httpx.Client(base_url=base, headers={header: key}) as http:
        return [http.get(path, params={**params, "limit": size, "offset": i * size}).content for i in range(pages)]


def main() -> None:
    vendor, base, key, arg, pages, size = sys.argv[1:7]
    data = bodies(vendor, base, key, arg, int(pages), int(size))
    if vendor == "citylens":
        from citylens_client.models import DetectedObjectsPage as Page

        items = sum(len(orjson.loads(b)["detected_objects"]) for b in data)
    else:
        from hasty_client.models import ImageList as Page  # type: ignore[assignment]

        items = sum(len(orjson.loads(b)["items"]) for b in data)
    ways: dict[str, Callable[[bytes], Any]] = {
        "json": json.loads,
        "orjson": orjson.loads,
        "typed": Page.from_json,
    }
    spent = {name: [] for name in ways}  # type: dict[str, list[float]]
    for _ in range(7):  # alternate the ways, keep each one's least disturbed round
        for name, way in ways.items():
            began = time.process_time()
            for body in data:
                way(body)
            spent[name].append(time.process_time() - began)
    print(json.dumps({name: min(times) / items * 1000 * 1000 for name, times in spent.items()} | {"items": items}))


if __name__ == "__main__":
    main()
