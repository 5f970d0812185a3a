"""The client `connect()` returns owns its settings: copies keep them, closing closes all."""

from __future__ import annotations

import asyncio

import httpx
import pytest

import citylens_client as cl
from tests.conftest import FakeClock
from tests.faults.server import FaultServer, Status

KEY = "ck_live_0123456789abcdef"


def test_a_copy_with_other_options_keeps_the_key_retries_and_error_mapping(
    faults: FaultServer, clock: FakeClock
) -> None:
    faults.route("/x", faults=[Status(503)])
    with cl.connect(KEY, base_url=faults.base_url, clock=clock) as client:
        copy = client.with_options(timeout=5, headers={"X-Trace": "t1"})
        assert copy.get_httpx_client().get("/x").status_code == 200  # the 503 was retried
        seen = faults.hits("/x")
        assert [h.headers["x-api-key"] for h in seen] == [KEY, KEY]
        assert seen[-1].headers["x-trace"] == "t1"
        assert copy.timeout == httpx.Timeout(5) and client.timeout == httpx.Timeout(30)
        faults.route("/missing", faults=[Status(404)] * 3)
        with pytest.raises(cl.NotFoundError):
            copy.with_options(retries=False).get_httpx_client().get("/missing")


def test_with_options_checks_what_it_is_given() -> None:
    client = cl.connect(KEY, base_url="https://citylens.example.org")
    with pytest.raises(cl.ParameterError, match="timeout"):
        client.with_options(timeout=0)
    with pytest.raises(cl.ParameterError, match="retries"):
        client.with_options(retries=-1)
    with pytest.raises(cl.ParameterError, match="base_url"):
        client.with_options(base_url="citylens.example.org")


def test_connect_refuses_an_unknown_option_by_name() -> None:
    with pytest.raises(cl.ParameterError, match="timout"):
        cl.connect(KEY, base_url="https://citylens.example.org", timout=3)  # type: ignore[call-arg]


def test_the_repr_shows_the_settings_in_force_and_never_the_key() -> None:
    client = cl.connect(KEY, base_url="https://citylens.example.org", timeout=12, retries=2)
    text = repr(client.with_options(headers={"Authorization": "Bearer leak-123456"}))
    assert "base_url='https://citylens.example.org'" in text and "timeout=12.0" in text and "retries=2" in text
    assert KEY not in text and "leak-123456" not in text


def test_a_used_client_can_still_be_entered_and_closing_closes_its_connections(
    faults: FaultServer, clock: FakeClock
) -> None:
    faults.route("/x")
    client = cl.connect(KEY, base_url=faults.base_url, clock=clock)
    client.get_httpx_client().get("/x")
    with client:
        client.get_httpx_client().get("/x")
    assert client.get_httpx_client().is_closed


def test_async_with_closes_both_the_async_and_the_sync_connections(faults: FaultServer, clock: FakeClock) -> None:
    faults.route("/x")
    client = cl.connect(KEY, base_url=faults.base_url, clock=clock)
    client.get_httpx_client().get("/x")

    async def use() -> None:
        async with client:
            await client.get_async_httpx_client().get("/x")

    asyncio.run(use())
    assert client.get_httpx_client().is_closed and client.get_async_httpx_client().is_closed
