"""A walk's pages: each requested exactly as its operation requests it (the request is
built once and only its offset and limit change), and each page let go so that the
cyclic collector never has to look at it."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import citylens_client as cl
from citylens_client import aio
from vision_api_sims import citylens
from vision_api_sims.server import RunningServer, serve

KEY = "ck_walk_requests_test"
FROM, TO = "2025-11-01T00:00:00", "2025-11-01T12:00:00"  # about 900 detections
PAGE = 100


@pytest.fixture(scope="module")
def server() -> Iterator[RunningServer]:
    with serve(citylens.create_app(api_key=KEY)) as running:
        yield running


class Recording(httpx.HTTPTransport):
    """The network transport, keeping what each request looked like on the wire."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[tuple[str, str, list[tuple[str, str]]]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        headers = [(k, v) for k, v in request.headers.multi_items() if k.lower() != "cookie"]
        self.sent.append((request.method, str(request.url), headers))
        return super().handle_request(request)


def _walk(server: RunningServer, *, cookie: bool) -> tuple[list[int], Recording]:
    recording = Recording()
    with cl.connect(KEY, base_url=server.base_url, transport=recording) as client:
        if cookie:
            # A cookie in the jar: httpx adds it to every request it builds, so the walk
            # lets the operation build each page's (the request of every page before
            # this change).
            client.get_httpx_client().cookies.set("session", "s1")
        ids = [o.id for o in cl.iter_detected_objects(client, FROM, TO, page_size=PAGE)]
    return ids, recording


def test_each_page_is_requested_as_its_operation_requests_it(server: RunningServer) -> None:
    built_once, fast = _walk(server, cookie=False)
    built_per_page, slow = _walk(server, cookie=True)
    assert built_once == built_per_page and len(built_once) > 3 * PAGE
    assert fast.sent == slow.sent  # same URLs (query order included), same headers
    assert all(("x-api-key", KEY) in [(k.lower(), v) for k, v in headers] for _, _, headers in fast.sent)
    offsets = [httpx.URL(url).params["offset"] for _, url, _ in fast.sent]
    assert offsets == [str(PAGE * n) for n in range(len(fast.sent))]


async def test_an_async_walk_requests_the_same_pages(server: RunningServer) -> None:
    _, expected = _walk(server, cookie=False)
    seen: list[str] = []

    async def record(request: httpx.Request) -> None:
        seen.append(str(request.url))

    async with aio.connect(KEY, base_url=server.base_url) as client:
        client.get_async_httpx_client().event_hooks["request"].append(record)
        walk = aio.iter_detected_objects(client, FROM, TO, page_size=PAGE)
        assert len([o async for o in walk]) > 3 * PAGE
    assert seen == [url for _, url, _ in expected.sent]


class SettingCookies(httpx.HTTPTransport):
    """A server that sets a cookie on every answer (a load balancer's affinity)."""

    def __init__(self) -> None:
        super().__init__()
        self.cookies: list[str | None] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.cookies.append(request.headers.get("cookie"))
        response = super().handle_request(request)
        response.headers["set-cookie"] = "affinity=node-2; Path=/"
        return response


def test_the_cookies_a_server_sets_go_with_the_next_pages(server: RunningServer) -> None:
    transport = SettingCookies()
    with cl.connect(KEY, base_url=server.base_url, transport=transport) as client:
        assert len(list(cl.iter_detected_objects(client, FROM, TO, page_size=PAGE))) > 3 * PAGE
    assert transport.cookies[0] is None
    assert transport.cookies[1:] and all(c == "affinity=node-2" for c in transport.cookies[1:])


def test_a_page_handed_out_was_never_looked_at_by_the_collector(server: RunningServer) -> None:
    # A page lives while it is handed out; were a collection to come due then, it would
    # move every object of the page to an older generation, and each such move brings a
    # full collection (of every object of the program) closer. The walk lets the page
    # before go right after building the next, with the collector paused, so the count
    # that makes a collection due does not grow by a page.
    if not gc.isenabled():
        pytest.skip("the collector is off")
    young: list[bool] = []
    with cl.connect(KEY, base_url=server.base_url) as client:
        walk = cl.iter_detected_objects(client, FROM, TO, page_size=PAGE)
        for index, item in enumerate(walk):
            if index % PAGE == PAGE - 1 and index > PAGE:  # the last item of each page but the first
                young.append(_in_youngest_generation(item))
    assert len(young) >= 3 and all(young)


def _in_youngest_generation(item: Any) -> bool:
    return any(o is item for o in gc.get_objects(generation=0))
