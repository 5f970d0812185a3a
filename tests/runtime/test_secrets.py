"""The key goes to the API's origin only, and shows up nowhere else."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

import citylens_client as cl
from citylens_client._runtime.redact import redact_url
from citylens_client._runtime.transport import APITransport
from tests.conftest import FakeClock
from tests.faults.server import FaultServer, Redirect, Status

KEY = "ck_live_0123456789abcdef"


def test_key_is_sent_to_the_api_origin(faults: FaultServer, clock: FakeClock) -> None:
    faults.route("/x")
    with cl.connect(KEY, base_url=faults.base_url, clock=clock) as client:
        client.get_httpx_client().get("/x")
    assert faults.hits("/x")[0].headers["x-api-key"] == KEY


def test_cross_origin_redirect_drops_the_key(faults: FaultServer, storage: FaultServer, clock: FakeClock) -> None:
    storage.route("/landing", body=b'{"ok": true}')
    faults.route("/x", faults=[Redirect(storage.url("/landing"))])
    with cl.connect(KEY, base_url=faults.base_url, clock=clock) as client:
        assert client.get_httpx_client().get("/x").json() == {"ok": True}
    assert "x-api-key" not in storage.hits("/landing")[0].headers
    assert faults.hits("/x")[0].headers["x-api-key"] == KEY


def test_same_origin_redirect_keeps_the_key(faults: FaultServer, clock: FakeClock) -> None:
    faults.route("/new")
    faults.route("/old", faults=[Redirect(faults.url("/new"), code=307)])
    with cl.connect(KEY, base_url=faults.base_url, clock=clock) as client:
        client.get_httpx_client().get("/old")
    assert faults.hits("/new")[0].headers["x-api-key"] == KEY


def test_signed_url_host_never_gets_the_key_even_with_a_caller_header(
    faults: FaultServer, storage: FaultServer, clock: FakeClock
) -> None:
    storage.route("/obj", refuse_credentials=True)
    with cl.connect(KEY, base_url=faults.base_url, clock=clock, headers={"Authorization": "Bearer leak"}) as client:
        assert client.get_httpx_client().get(storage.url("/obj")).status_code == 200


def test_key_is_not_in_reprs(faults: FaultServer, clock: FakeClock) -> None:
    with cl.connect(KEY, base_url=faults.base_url, clock=clock) as client:
        http = client.get_httpx_client()
        transport = http._transport
        assert isinstance(transport, APITransport)
        texts = [repr(client), repr(http), repr(http.headers), repr(transport), repr(transport._credential)]
    assert not any(KEY in t for t in texts)


def test_key_is_not_in_error_messages_even_when_the_server_echoes_it(faults: FaultServer, clock: FakeClock) -> None:
    faults.route("/x", faults=[Status(401, body=f'{{"detail": "bad key {KEY}"}}'.encode())])
    with (
        cl.connect(KEY, base_url=faults.base_url, clock=clock) as client,
        pytest.raises(cl.AuthenticationError) as caught,
    ):
        client.get_httpx_client().get("/x", params={"api_key": KEY})
    assert KEY not in str(caught.value) and KEY not in repr(caught.value)
    assert "bad key [redacted]" in caught.value.message


def test_debug_logging_redacts_headers(faults: FaultServer, clock: FakeClock, caplog: pytest.LogCaptureFixture) -> None:
    faults.route("/x", faults=[Status(503)])
    caplog.set_level(logging.DEBUG, logger="citylens_client")
    with cl.connect(KEY, base_url=faults.base_url, clock=clock) as client:
        client.get_httpx_client().get("/x")
    assert "retrying GET" in caplog.text and "x-api-key" in caplog.text.lower()
    assert KEY not in caplog.text


def test_logging_is_off_by_default_and_on_by_environment(faults: FaultServer, tmp_path: Path) -> None:
    faults.route("/x")
    script = (
        f"import citylens_client as cl; cl.connect({KEY!r}, base_url={faults.base_url!r}).get_httpx_client().get('/x')"
    )
    quiet = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    env = {**os.environ, "CITYLENS_LOG": "debug"}
    loud = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env)
    assert quiet.stderr == ""
    assert "response GET" in loud.stderr and KEY not in loud.stderr


def test_redact_url_hides_signatures_and_userinfo() -> None:
    url = "https://user:pw@store.example/o?X-Amz-Signature=abc&X-Amz-Credential=k&sig=s&part=1"
    redacted = redact_url(url)
    assert all(s not in redacted for s in ("abc", "pw@", "sig=s", "Credential=k"))
    assert "part=1" in redacted
