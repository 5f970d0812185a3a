"""Spec data for servers that differ from the page (`_runtime/moved.py`, `envelope.py`,
`segments.py`, walks' item key alternatives and `unique`): Pictograph's generations,
here against an in-process server."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import pictograph_client as pg
from hasty_client.api.projects import get_project
from pictograph_client import aio
from pictograph_client.api.exports import get_export

EXPORT = {"id": "e1", "name": "n", "status": "completed", "include_images": False, "created_at": "2024-01-15T10:30:00Z"}
Handler = Callable[[httpx.Request], httpx.Response]


def _server(answer: Callable[[httpx.Request], Any], log: list[httpx.Request]) -> Handler:
    def handle(request: httpx.Request) -> httpx.Response:
        log.append(request)
        body = answer(request)
        if body is None:
            return httpx.Response(404, json={"detail": "Not Found"})
        return httpx.Response(200, content=body if isinstance(body, bytes) else json.dumps(body).encode())

    return handle


def _current(request: httpx.Request) -> Any:
    """A current server: the page's two-segment path is gone, the answer is `{"data"}`."""
    return {"data": EXPORT} if request.url.params.get("dataset") == "ds" else None


def test_a_moved_path_is_found_once_and_kept_to() -> None:
    log: list[httpx.Request] = []
    transport = httpx.MockTransport(_server(_current, log))
    with pg.connect("pk_live_x", base_url="https://api.test", transport=transport) as client:
        assert get_export.sync("ds", "n", client=client).id == "e1"
        assert pg.get_export(client, "ds", "n").id == "e1"
        assert pg.get_export(client.with_options(timeout=5), "ds", "n").id == "e1"  # a copy knows it too
    assert [r.url.path for r in log] == ["/api/v1/developer/exports/ds/n"] + ["/api/v1/developer/exports/n"] * 3


async def test_the_async_operation_moves_as_the_sync_one() -> None:
    log: list[httpx.Request] = []
    transport = httpx.MockTransport(_server(_current, log))
    async with aio.connect("pk_live_x", base_url="https://api.test", async_transport=transport) as client:
        assert (await get_export.asyncio("ds", "n", client=client)).id == "e1"
        with pytest.raises(pg.NotFoundError):
            await get_export.asyncio("other", "n", client=client)  # the moved form, known: its 404 is the answer
    assert len(log) == 3


def test_a_path_neither_form_knows_is_the_first_404() -> None:
    log: list[httpx.Request] = []
    with (
        pg.connect(
            "pk_live_x", base_url="https://api.test", transport=httpx.MockTransport(_server(lambda r: None, log))
        ) as client,
        pytest.raises(pg.NotFoundError) as caught,
    ):
        get_export.sync("ds", "n", client=client)
    assert caught.value.url is not None and caught.value.url.endswith("/ds/n")
    assert len(log) == 2


@pytest.mark.parametrize("body", [EXPORT, {"export": EXPORT}, {"data": EXPORT}])
def test_every_envelope_reads_as_the_record(body: dict[str, Any]) -> None:
    transport = httpx.MockTransport(_server(lambda r: body, []))
    with pg.connect("pk_live_x", base_url="https://api.test", transport=transport) as client:
        assert get_export.sync("ds", "n", client=client) == pg.models.Export.from_dict(EXPORT)


def test_a_malformed_record_in_an_envelope_names_the_operation_and_field() -> None:
    transport = httpx.MockTransport(_server(lambda r: {"data": {**EXPORT, "include_images": "yes"}}, []))
    with (
        pg.connect("pk_live_x", base_url="https://api.test", transport=transport) as client,
        pytest.raises(pg.ResponseValidationError) as caught,
    ):
        get_export.sync("ds", "n", client=client)
    assert caught.value.operation == "get_export" and "include_images" in str(caught.value)


@pytest.mark.parametrize("value", [".", ".."])
def test_a_dot_segment_is_refused_by_any_operation_before_any_request(value: str) -> None:
    log: list[httpx.Request] = []
    with pytest.raises(pg.ParameterError, match="dot segment"):
        get_export.request_kwargs("ds", value)
    import hasty_client

    with (
        hasty_client.connect(
            "k", base_url="https://api.test", transport=httpx.MockTransport(_server(lambda r: {}, log))
        ) as hasty,
        pytest.raises(hasty_client.ParameterError, match="dot segment"),
    ):
        get_project.sync(value, client=hasty)  # type: ignore[arg-type]
    assert log == []


def _summary(i: int) -> dict[str, Any]:
    return {
        "id": f"e{i}",
        "name": f"n{i}",
        "dataset_name": "ds",
        "status": "pending",
        "created_at": "2024-01-15T10:30:00Z",
    }


def test_a_server_that_ignores_the_offset_lists_each_export_once() -> None:
    log: list[httpx.Request] = []
    everything = {"data": [_summary(i) for i in range(3)], "pagination": {"has_more": True}}
    transport = httpx.MockTransport(_server(lambda r: everything, log))
    with pg.connect("pk_live_x", base_url="https://api.test", transport=transport) as client:
        assert [e.id for e in pg.iter_exports(client, page_size=2)] == ["e0", "e1", "e2"]
    assert [r.url.params["offset"] for r in log] == ["0", "3"]  # the repeats count for the offset


@pytest.mark.parametrize(
    ("body", "requests"),
    [([_summary(0), _summary(1)], 1), ({"exports": [_summary(0), _summary(1)]}, 2)],
)
def test_a_bare_list_is_the_whole_list_and_the_legacy_key_is_read(body: Any, requests: int) -> None:
    log: list[httpx.Request] = []
    answers = iter([body, {"exports": []}])
    with pg.connect(
        "pk_live_x", base_url="https://api.test", transport=httpx.MockTransport(_server(lambda r: next(answers), log))
    ) as client:
        assert [e.id for e in pg.iter_exports(client)] == ["e0", "e1"]
    assert len(log) == requests


@pytest.mark.parametrize(
    ("arguments", "refused"), [(("ds", "done"), "status"), ((5,), "dataset_name"), (("",), "dataset_name")]
)
def test_a_filter_the_spec_refuses_is_refused_before_any_request(arguments: tuple[Any, ...], refused: str) -> None:
    log: list[httpx.Request] = []
    transport = httpx.MockTransport(_server(lambda r: [], log))
    with (
        pg.connect("pk_live_x", base_url="https://api.test", transport=transport) as client,
        pytest.raises(pg.ParameterError) as caught,
    ):
        pg.iter_exports(client, *arguments)
    assert caught.value.parameter == refused and log == []
