"""Log lines, the package's and httpx's own, never show a signature or a key."""

from __future__ import annotations

import logging

import pytest

import citylens_client as cl
from tests.conftest import FakeClock
from tests.faults.server import FaultServer

KEY = "ck_live_0123456789abcdef"


def test_httpx_request_lines_lose_the_signature(
    faults: FaultServer, storage: FaultServer, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    storage.route("/obj", body=b"data", content_type="application/octet-stream")
    signed = storage.url("/obj") + "?X-Amz-Signature=deadbeef1234&X-Amz-Expires=900&part=7"
    caplog.set_level(logging.INFO, logger="httpx")
    with cl.connect(KEY, base_url=faults.base_url, clock=clock) as client:
        client.get_httpx_client().get(signed)
    lines = [r.getMessage() for r in caplog.records if r.name == "httpx"]
    assert any("/obj" in line and "part=7" in line for line in lines)
    assert not any("deadbeef1234" in line for line in lines)


def test_package_lines_name_the_host_but_not_the_query_secrets(
    faults: FaultServer, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    faults.route("/x")
    caplog.set_level(logging.DEBUG, logger="citylens_client")
    with cl.connect(KEY, base_url=faults.base_url, clock=clock) as client:
        client.get_httpx_client().get("/x", params={"token": "tok-secret-value", "page": "2"})
    assert "page=2" in caplog.text and faults.base_url in caplog.text
    assert "tok-secret-value" not in caplog.text
