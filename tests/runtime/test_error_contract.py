"""One error contract: whatever a server answers, every public helper either works or
raises a `VisionAPIError`.

Hypothesis plays the server: each request gets a status drawn from the ones servers
really send and a body that is a vendor's real answer (from `tests/fixtures/`) with
fields dropped, nulled or retyped, random JSON, random bytes, or nothing. The helpers
are called sync and async, their walks consumed, their downloads written to disk.
Anything that escapes outside the hierarchy (a KeyError, a TypeError, a zipfile error)
fails the test with the answers that caused it.

`VISION_FUZZ_EXAMPLES=500` explores further than CI's default.
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analytiks_client
import citylens_client
import hasty_client
import pictograph_client
import scopix_client
from tests.conftest import FakeClock

FIXTURES = Path(__file__).parents[1] / "fixtures"
EXAMPLES = int(os.environ.get("VISION_FUZZ_EXAMPLES", "30"))
# Enough requests for a helper to get past its first page or poll; after that the
# server answers 404, so every run ends.
MAX_REQUESTS = 12
STATUSES = (200, 200, 200, 200, 201, 202, 204, 206, 400, 401, 402, 403, 404, 409, 410, 416, 422, 429, 500, 503)
BINARY_TYPES = ("application/octet-stream", "application/zip", "image/jpeg")
PROJECT = "5d6e7f80-0000-4000-8000-000000000001"
OTHER = "5d6e7f80-0000-4000-8000-000000000002"


def _fixtures(vendor: str) -> list[Any]:
    return [json.loads(p.read_text()) for p in sorted((FIXTURES / vendor).glob("*.200.json"))]


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**40), 2**40)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def _mutate(value: Any, draw: Callable[[st.SearchStrategy[Any]], Any], depth: int = 0) -> Any:
    """A real answer with some of its parts dropped, nulled or replaced."""
    if depth > 4:
        return value
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            fate = draw(st.sampled_from(["keep", "keep", "keep", "keep", "drop", "null", "retype", "recurse"]))
            if fate == "drop":
                continue
            out[key] = (
                None
                if fate == "null"
                else draw(json_values)
                if fate == "retype"
                else _mutate(item, draw, depth + 1)
                if fate == "recurse"
                else item
            )
        return out
    if isinstance(value, list) and value:
        return [_mutate(item, draw, depth + 1) for item in value[: draw(st.integers(0, len(value)))]]
    return value


class ChaosServer:
    """Answers every request with a drawn status and body (and 404 after `MAX_REQUESTS`).

    The answers are drawn up front, in the test's thread: helpers send from worker
    threads too (concurrent windows, uploads), and Hypothesis draws only in the test's.
    """

    def __init__(self, draw: Callable[[st.SearchStrategy[Any]], Any], fixtures: list[Any]) -> None:
        self.draw = draw
        self.fixtures = fixtures
        self.requests = 0
        self._lock = threading.Lock()
        self._script = [self._drawn() for _ in range(MAX_REQUESTS)]

    def answer(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.requests += 1
            if self.requests > MAX_REQUESTS:
                return _response(404, {"Content-Type": "application/json"}, b'{"detail": "enough"}')
            return _response(*self._script[self.requests - 1])

    async def aanswer(self, request: httpx.Request) -> httpx.Response:
        return self.answer(request)

    def _drawn(self) -> tuple[int, dict[str, str], bytes]:
        status = self.draw(st.sampled_from(STATUSES))
        kind = self.draw(st.sampled_from(["fixture", "fixture", "fixture", "json", "bytes", "empty"]))
        headers: dict[str, str] = {}
        if status in (429, 503) and self.draw(st.booleans()):
            headers["Retry-After"] = self.draw(st.sampled_from(["0", "1", "soon", "-3"]))
        if kind == "empty":
            return status, headers, b""
        if kind == "bytes":
            headers["Content-Type"] = self.draw(
                st.sampled_from(["application/octet-stream", "application/zip", "image/jpeg"])
            )
            return status, headers, self.draw(st.binary(max_size=64))
        body = (
            _mutate(self.draw(st.sampled_from(self.fixtures)), self.draw)
            if kind == "fixture" and self.fixtures
            else self.draw(json_values)
        )
        return status, {**headers, "Content-Type": "application/json"}, json.dumps(body).encode()


def _response(status: int, headers: dict[str, str], content: bytes) -> httpx.Response:
    # A stream, as from the network: helpers that stream (downloads) read it as they would a socket.
    headers = {**headers, "Content-Length": str(len(content))}
    return httpx.Response(status, headers=headers, stream=httpx.ByteStream(content))


Call = Callable[[Path], tuple[tuple[Any, ...], dict[str, Any]]]


_DAY1, _DAY3 = datetime(2023, 6, 1, tzinfo=UTC), datetime(2023, 6, 3, tzinfo=UTC)


def _walk_dates() -> tuple[tuple[Any, ...], dict[str, Any]]:
    return ("2025-11-01T00:00:00", "2025-11-02T00:00:00"), {}


# name -> the arguments after the client. Every public helper of every package is here;
# `test_every_public_helper_is_fuzzed` fails when one is added without an entry.
CALLS: dict[str, dict[str, Call]] = {
    "citylens": {
        "iter_detected_objects": lambda tmp: _walk_dates(),
        "iter_frames": lambda tmp: _walk_dates(),
        "download_frame": lambda tmp: ((10256311, tmp / "f.jpg"), {}),
        "bulk.sync": lambda tmp: (
            (tmp / "dataset",),
            {"since": "2025-11-01T00:00:00", "until": "2025-11-03T00:00:00"},
        ),
    },
    "scopix": {
        "bulk.sync": lambda tmp: ((tmp / "d",), {"since": _DAY1, "until": _DAY3}),
        "iter_descriptions": lambda tmp: ((), {}),
        "get_export": lambda tmp: ((PROJECT,), {}),
        "wait_for_export": lambda tmp: ((PROJECT,), {"timeout": 60}),
        "download_export": lambda tmp: ((PROJECT, tmp / "e.jsonl"), {}),
        "create_export": lambda tmp: ((_scopix_request(),), {}),
        "export": lambda tmp: ((_scopix_request(), tmp / "x.jsonl"), {"timeout": 60}),
    },
    "analytiks": {
        "bulk.sync": lambda tmp: ((tmp / "d",), {"locations": [1, 2], "since": _DAY1, "until": _DAY3}),
        "fetch_camera_data": lambda tmp: (
            (datetime(2023, 6, 1, tzinfo=UTC), datetime(2023, 6, 3, tzinfo=UTC)),
            {"locations": [1, 2]},
        ),
        "iter_camera_data": lambda tmp: ((datetime(2023, 6, 1, tzinfo=UTC), datetime(2023, 6, 3, tzinfo=UTC), 1), {}),
    },
    "pictograph": {
        "bulk.sync": lambda tmp: ((tmp / "d", "street-scenes"), {"snapshot": "s1", "timeout": 60}),
        "iter_exports": lambda tmp: ((), {}),
        "get_export": lambda tmp: (("streets", "v1"), {}),
        "create_export": lambda tmp: (("streets", "v1"), {}),
        "wait_for_export": lambda tmp: (("streets", "v1"), {"timeout": 60}),
        "download_export": lambda tmp: (("streets", "v1", tmp / "e.zip"), {}),
        "delete_export": lambda tmp: (("streets", "v1"), {}),
        "export": lambda tmp: (("streets", "v1", tmp / "x.zip"), {"timeout": 60}),
    },
    "hasty": {
        "bulk.sync": lambda tmp: ((PROJECT, tmp / "d"), {"since": _DAY1, "until": _DAY3}),
        "iter_projects": lambda tmp: ((), {}),
        "iter_items": lambda tmp: ((_hasty_operation("list_projects"),), {}),
        "iter_datasets": lambda tmp: ((PROJECT,), {}),
        "iter_images": lambda tmp: ((PROJECT,), {}),
        "iter_labels": lambda tmp: ((PROJECT, OTHER), {}),
        "iter_label_classes": lambda tmp: ((PROJECT,), {}),
        "iter_attributes": lambda tmp: ((PROJECT,), {}),
        "iter_tag_classes": lambda tmp: ((PROJECT,), {}),
        "iter_videos": lambda tmp: ((PROJECT,), {}),
        "iter_segments": lambda tmp: ((PROJECT, OTHER), {}),
        "wait_for_export": lambda tmp: ((PROJECT, OTHER), {"timeout": 60}),
        "wait_for_automated_labeling": lambda tmp: ((PROJECT, OTHER), {"timeout": 60}),
        "download_export": lambda tmp: ((PROJECT, OTHER, tmp / "e.zip"), {}),
        "export_project": lambda tmp: ((PROJECT, "json_coco", tmp / "x.zip"), {"timeout": 60}),
        "upload_image": lambda tmp: ((PROJECT, OTHER, _jpeg(tmp)), {}),
        "upload_images": lambda tmp: ((PROJECT, OTHER, [_jpeg(tmp)]), {"concurrency": 1}),
        "create_labels": lambda tmp: ((PROJECT, OTHER, [_label()]), {}),
        "update_labels": lambda tmp: ((PROJECT, OTHER, [_label_update()]), {}),
        "delete_labels": lambda tmp: ((PROJECT, OTHER, [PROJECT]), {}),
        "create_image_from_url": lambda tmp: ((PROJECT, OTHER, "https://images.example/a.jpg"), {}),
        "create_image_from_bucket": lambda tmp: ((PROJECT, OTHER, PROJECT, "folder/a.jpg"), {}),
        "run_automated_labeling": lambda tmp: ((PROJECT, OTHER), {"timeout": 60}),
    },
}
# Helpers that take no client, fuzzed through their own inputs elsewhere
# (tests/runtime/test_archive.py, tests/runtime/test_records.py).
NO_CLIENT = {"extract_export", "iter_export_records"}
PACKAGES: dict[str, ModuleType] = {
    "citylens": citylens_client,
    "scopix": scopix_client,
    "analytiks": analytiks_client,
    "pictograph": pictograph_client,
    "hasty": hasty_client,
}


def _scopix_request() -> Any:
    from scopix_client.models import ExportDataType, ExportFormat, ExportRequest

    return ExportRequest(data_type=ExportDataType.DESCRIPTIONS, format_=ExportFormat.JSONL)


def _hasty_operation(name: str) -> ModuleType:
    from hasty_client.api import projects

    return importlib.import_module(f"{projects.__name__}.{name}")


def _label() -> Any:
    from hasty_client.models import CreateLabelRequest

    return CreateLabelRequest(class_id=PROJECT, bbox=[1, 2, 3, 4])  # type: ignore[arg-type]


def _label_update() -> Any:
    from hasty_client.models import UpdateLabelRequest

    return UpdateLabelRequest(id=OTHER, bbox=[1, 2, 3, 4])  # type: ignore[arg-type]


def _jpeg(tmp: Path) -> Path:
    path = tmp / "a.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
    return path


def _connect(vendor: str, server: ChaosServer, clock: FakeClock) -> Any:
    options: dict[str, Any] = {
        "transport": httpx.MockTransport(server.answer),
        "async_transport": httpx.MockTransport(server.aanswer),
        "clock": clock,
        "retries": 1,
    }
    package = PACKAGES[vendor]
    if vendor == "citylens":
        return package.connect("key-1234567", base_url="https://citylens.test", **options)
    if vendor == "analytiks":
        return package.connect("client-id", "client-secret-123", **options)
    return package.connect("key-1234567", **options)


def _consume(result: Any) -> None:
    if isinstance(result, Iterator) or (hasattr(result, "__iter__") and hasattr(result, "position")):
        for _ in result:
            pass


async def _aconsume(result: Any) -> None:
    if inspect.isawaitable(result):
        result = await result
    if hasattr(result, "__aiter__"):
        async for _ in result:
            pass


CASES = [(vendor, name) for vendor, calls in CALLS.items() for name in calls]


def test_every_public_helper_is_fuzzed() -> None:
    for vendor, package in PACKAGES.items():
        helpers = {
            name
            for name in package.__all__
            if inspect.isfunction(getattr(package, name)) and name != "connect" and name not in NO_CLIENT
        }
        assert helpers <= set(CALLS[vendor]), f"{vendor}: no fuzz entry for {sorted(helpers - set(CALLS[vendor]))}"


@pytest.mark.filterwarnings("ignore")  # warnings about odd fields are the point here, not a failure
@pytest.mark.parametrize(("vendor", "name"), CASES, ids=[f"{v}.{n}" for v, n in CASES])
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data(), use_async=st.booleans())
def test_whatever_the_server_answers_only_vision_api_errors_escape(
    tmp_path: Path, vendor: str, name: str, data: st.DataObject, use_async: bool
) -> None:
    run = Path(tempfile.mkdtemp(dir=tmp_path))
    server = ChaosServer(data.draw, _fixtures(vendor))
    clock = FakeClock()
    package = PACKAGES[vendor]
    args, kwargs = CALLS[vendor][name](run)
    client = _connect(vendor, server, clock)
    try:
        module, _, function = name.rpartition(".")
        if module:  # a helper of a submodule: `bulk.sync` (bulk pulls have no async form)
            _consume(
                getattr(importlib.import_module(f"{package.__name__}.{module}"), function)(client, *args, **kwargs)
            )
        elif use_async:
            helper = getattr(importlib.import_module(f"{package.__name__}.aio"), name)
            asyncio.run(_aconsume(helper(client, *args, **kwargs)))
        else:
            _consume(getattr(package, name)(client, *args, **kwargs))
    except package.VisionAPIError:
        pass
    finally:
        client.get_httpx_client().close()
