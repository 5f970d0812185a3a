"""One CityLens detections walk; prints seconds, client CPU seconds and items.

    python walk_citylens.py KIND BASE KEY FROM TO PAGE_SIZE

KIND: json (httpx + json.loads), orjson (httpx + orjson.loads), socket (a bare
keep-alive socket + orjson.loads: the floor), ours (iter_detected_objects, typed),
stock (a stock openapi-python-client build of the same spec).
"""

from __future__ import annotations

import functools
import json
import socket
import sys
import time
from collections.abc import Callable, Iterator
from typing import Any

PATH = "/export-api/v1/detections/objects"


def raw(base: str, key: str, start: str, end: str, size: int, loads: Callable[[bytes], Any]) -> Iterator[Any]:
    import httpx

    with httpx.Client(base_url=base, headers={"X-API-Key": key}, timeout=600) as http:
        offset = 0
        while True:
            params: dict[str, str | int] = {"from_dt": start, "to_dt": end, "limit": size, "offset": offset}
            page = loads(http.get(PATH, params=params).content)
            yield from page["detected_objects"]
            offset += len(page["detected_objects"])
            if not page["detected_objects"] or offset >= page["total_count"]:
                return


def bare_socket(base: str, key: str, start: str, end: str, size: int) -> Iterator[Any]:
    """HTTP/1.1 by hand: what the transfer and the parse cost with no client at all."""
    import orjson

    host, port = base.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)))
    stream = sock.makefile("rb", buffering=1 << 16)
    offset = 0
    while True:
        target = f"{PATH}?from_dt={start}&to_dt={end}&limit={size}&offset={offset}"
        sock.sendall(f"GET {target} HTTP/1.1\r\nHost: {host}\r\nX-API-Key: {key}\r\n\r\n".encode())
        length = 0
        while (line := stream.readline()) not in (b"\r\n", b""):
            name, _, value = line.partition(b":")
            if name.lower() == b"content-length":
                length = int(value)
        page = orjson.loads(stream.read(length))
        yield from page["detected_objects"]
        offset += len(page["detected_objects"])
        if not page["detected_objects"] or offset >= page["total_count"]:
            sock.close()
            return


def ours(base: str, key: str, start: str, end: str, size: int) -> Iterator[Any]:
    import citylens_client as cl

    with cl.connect(key, base_url=base) as client:
        yield from cl.iter_detected_objects(client, start, end, page_size=size)


def stock(base: str, key: str, start: str, end: str, size: int) -> Iterator[Any]:
    from city_lens_export_api_client import AuthenticatedClient  # type: ignore[import-not-found]
    from city_lens_export_api_client.api.detections import list_detected_objects  # type: ignore[import-not-found]

    client = AuthenticatedClient(base_url=base, token=key, prefix="", auth_header_name="X-API-Key")
    with client:
        offset = 0
        while True:
            page = list_detected_objects.sync(client=client, from_dt=start, to_dt=end, limit=size, offset=offset)
            yield from page.detected_objects
            offset += len(page.detected_objects)
            if not page.detected_objects or offset >= page.total_count:
                return


def main() -> None:
    kind, base, key, start, end, size = sys.argv[1:7]
    walks: dict[str, Callable[[str, str, str, str, int], Iterator[Any]]] = {
        "json": functools.partial(raw, loads=json.loads),
        "orjson": functools.partial(raw, loads=__import__("orjson").loads),
        "socket": bare_socket,
        "ours": ours,
        "stock": stock,
    }
    walk = walks[kind]
    # Imports are not the walk's cost (the import-time section measures them). The package
    # imports its exports on first use: its helpers module holds the walk and what it uses.
    modules = {"ours": ["citylens_client.helpers"], "stock": ["city_lens_export_api_client.api.detections"]}
    for module in ["httpx", "orjson", *modules.get(kind, [])]:
        __import__(module)
    cpu, began = time.process_time(), time.perf_counter()
    items = sum(1 for _ in walk(base, key, start, end, int(size)))
    seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
    print(json.dumps({"seconds": seconds, "cpu": cpu, "items": items}))


if __name__ == "__main__":
    main()
