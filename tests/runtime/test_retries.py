"""Retries over real HTTP against the fault server, with a fake clock."""

from __future__ import annotations

import email.utils

import httpx
import pytest

import citylens_client as cl
from citylens_client._runtime.retry import RetryPolicy
from tests.conftest import FakeClock
from tests.faults.server import FaultServer, Redirect, Reset, Stall, Status

KEY = "secret-key-123456"


def _client(server: FaultServer, clock: FakeClock, **options: object) -> cl.AuthenticatedClient:
    return cl.connect(KEY, base_url=server.base_url, clock=clock, **options)  # type: ignore[arg-type]


def _get(client: cl.AuthenticatedClient, path: str = "/x") -> bytes:
    return client.get_httpx_client().get(path).content


def test_429_with_retry_after_seconds_waits_that_long(faults: FaultServer, clock: FakeClock) -> None:
    faults.route("/x", body=b'{"ok": 1}', faults=[Status(429, {"Retry-After": "7"})])
    with _client(faults, clock) as client:
        assert _get(client) == b'{"ok": 1}'
    assert clock.sleeps == [7.0]
    assert len(faults.hits("/x")) == 2


def test_retry_after_http_date_is_measured_from_the_clock(faults: FaultServer, clock: FakeClock) -> None:
    when = email.utils.format_datetime(
        clock.now().replace(microsecond=0) + __import__("datetime").timedelta(seconds=12)
    )
    faults.route("/x", faults=[Status(503, {"Retry-After": when})])
    with _client(faults, clock) as client:
        _get(client)
    assert clock.sleeps == [12.0]


def test_retry_after_is_bounded(faults: FaultServer, clock: FakeClock) -> None:
    faults.route("/x", faults=[Status(429, {"Retry-After": "100000"})])
    with _client(faults, clock, retries=RetryPolicy(max_retry_after=60, max_total=1000)) as client:
        _get(client)
    assert clock.sleeps == [60.0]


def test_fails_n_times_then_succeeds_with_growing_jittered_delays(faults: FaultServer, clock: FakeClock) -> None:
    faults.route("/x", body=b"[]", faults=[Status(503), Status(502), Status(500), Status(408)])
    policy = RetryPolicy(max_retries=4, initial_delay=1, backoff_factor=2, jitter=0.25)
    with _client(faults, clock, retries=policy) as client:
        assert _get(client) == b"[]"
    assert len(faults.hits("/x")) == 5
    for n, delay in enumerate(clock.sleeps):
        assert 0.75 * 2**n <= delay <= 1.25 * 2**n


def test_gives_up_with_a_typed_error_after_the_last_retry(faults: FaultServer, clock: FakeClock) -> None:
    faults.route("/x", faults=[Status(503, body=b'{"detail": "down for maintenance"}')] * 10)
    with _client(faults, clock, retries=2) as client, pytest.raises(cl.InternalServerError) as caught:
        _get(client)
    error = caught.value
    assert (error.status_code, error.message, error.method) == (503, "down for maintenance", "GET")
    assert error.url.endswith("/x")
    assert len(faults.hits("/x")) == 3


def test_delay_cap_and_total_time_cap(faults: FaultServer, clock: FakeClock) -> None:
    faults.route("/x", faults=[Status(503)] * 10)
    policy = RetryPolicy(max_retries=10, initial_delay=10, backoff_factor=10, max_delay=15, max_total=40, jitter=0)
    with _client(faults, clock, retries=policy) as client, pytest.raises(cl.InternalServerError):
        _get(client)
    assert clock.sleeps == [10.0, 15.0, 15.0]  # a fourth wait would pass 40 s


def test_post_is_not_retried_unless_marked_safe(faults: FaultServer, clock: FakeClock) -> None:
    faults.route("/x", faults=[Status(503), Status(503)])
    with _client(faults, clock) as client:
        http = client.get_httpx_client()
        with pytest.raises(cl.InternalServerError):
            http.post("/x", json={})
        assert len(faults.hits("/x")) == 1
        assert http.post("/x", json={}, headers={"Idempotency-Key": "abc"}).status_code == 200
    assert len(faults.hits("/x")) == 3


def test_retries_switch_off(faults: FaultServer, clock: FakeClock) -> None:
    faults.route("/x", faults=[Status(503)])
    with _client(faults, clock, retries=False) as client, pytest.raises(cl.InternalServerError):
        _get(client)
    assert len(faults.hits("/x")) == 1 and clock.sleeps == []


def test_4xx_other_than_408_and_429_is_not_retried(faults: FaultServer, clock: FakeClock) -> None:
    faults.route("/x", faults=[Status(404, body=b'{"detail": "Frame not found"}')])
    with _client(faults, clock) as client, pytest.raises(cl.NotFoundError, match="Frame not found"):
        _get(client)
    assert len(faults.hits("/x")) == 1


def test_connection_refused_becomes_a_connection_error(clock: FakeClock) -> None:
    server = FaultServer()  # bound but never serving: connections are refused once closed
    url = server.base_url
    server.stop()
    with (
        cl.connect(KEY, base_url=url, clock=clock, retries=3) as client,
        pytest.raises(cl.APIConnectionError) as caught,
    ):
        client.get_httpx_client().get("/x")
    assert caught.value.attempts == 4
    assert len(clock.sleeps) == 3
    assert "connection refused" in str(caught.value) and "127.0.0.1" in str(caught.value)


def test_a_host_name_that_does_not_resolve_says_so(clock: FakeClock) -> None:
    # The resolver's failure as httpcore reports it; no lookup leaves this machine.
    def unresolvable(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno -2] Name or service not known", request=request)

    transport = httpx.MockTransport(unresolvable)
    with (
        cl.connect(KEY, base_url="https://no-such-host.invalid", clock=clock, transport=transport) as client,
        pytest.raises(cl.APIConnectionError) as caught,
    ):
        client.get_httpx_client().get("/x")
    assert "does not resolve" in str(caught.value) and "no-such-host.invalid" in str(caught.value)


def test_a_stalled_server_times_out(faults: FaultServer, clock: FakeClock) -> None:
    faults.route("/x", faults=[Stall(2), Stall(2)])
    with _client(faults, clock, timeout=0.2, retries=1) as client, pytest.raises(cl.APITimeoutError) as caught:
        _get(client)
    assert caught.value.attempts == 2
    assert isinstance(caught.value, cl.APIConnectionError)
    assert "read timeout" in str(caught.value)


def test_reset_before_the_body_is_read_is_retried(faults: FaultServer, clock: FakeClock) -> None:
    faults.route("/x", body=b'{"a": 1}', faults=[Reset(0)])
    with _client(faults, clock) as client:
        assert _get(client) == b'{"a": 1}'
    assert len(faults.hits("/x")) == 2


async def test_async_client_retries_the_same_way(faults: FaultServer, clock: FakeClock) -> None:
    faults.route("/x", body=b"[1]", faults=[Status(429, {"Retry-After": "3"}), Status(503)])
    async with _client(faults, clock, retries=RetryPolicy(initial_delay=1, jitter=0)) as client:
        response = await client.get_async_httpx_client().get("/x")
    assert response.content == b"[1]"
    assert clock.sleeps == [3.0, 2.0]


class _RotatingToken:
    """A credential that gets a new value each time the old one is refused."""

    header_name = "Authorization"

    def __init__(self) -> None:
        self.generation = 1
        self.invalidated: list[str] = []

    def header_value(self) -> str:
        return f"Bearer token-{self.generation}"

    async def aheader_value(self) -> str:
        return self.header_value()

    def secrets(self) -> list[str]:
        return [f"token-{self.generation}"]

    def invalidate(self, value: str, response: object) -> bool:
        self.invalidated.append(value)
        self.generation += 1
        return True


def _with_credential(server: FaultServer, clock: FakeClock, credential: _RotatingToken) -> cl.AuthenticatedClient:
    client = cl.connect(KEY, base_url=server.base_url, clock=clock)
    client.get_httpx_client()._transport._credential = credential  # type: ignore[attr-defined]
    return client


def test_a_refused_token_is_renewed_once_and_the_request_sent_again(faults: FaultServer, clock: FakeClock) -> None:
    faults.route("/x", body=b"{}", faults=[Status(401)])
    credential = _RotatingToken()
    with _with_credential(faults, clock, credential) as client:
        assert client.get_httpx_client().post("/x", json={}).status_code == 200
    assert [h.headers["authorization"] for h in faults.hits("/x")] == ["Bearer token-1", "Bearer token-2"]
    assert credential.invalidated == ["Bearer token-1"]
    assert clock.sleeps == []


def test_a_second_401_is_an_authentication_error(faults: FaultServer, clock: FakeClock) -> None:
    faults.route("/x", faults=[Status(401), Status(401), Status(401)])
    credential = _RotatingToken()
    with _with_credential(faults, clock, credential) as client, pytest.raises(cl.AuthenticationError):
        client.get_httpx_client().get("/x")
    assert len(faults.hits("/x")) == 2


def test_retry_after_is_a_floor_and_repeated_refusals_still_back_off(faults: FaultServer, clock: FakeClock) -> None:
    # A server answering 503 with `Retry-After: 1` again and again: the waits start at the
    # server's second and grow past it, rather than a flat 1 s beat.
    faults.route("/x", faults=[Status(503, {"Retry-After": "1"})] * 4)
    policy = RetryPolicy(max_retries=4, initial_delay=0.5, backoff_factor=2, jitter=0)
    with _client(faults, clock, retries=policy) as client:
        _get(client)
    assert clock.sleeps == [1.0, 1.0, 2.0, 4.0]


def test_a_redirect_loop_is_a_connection_error_in_the_hierarchy(faults: FaultServer, clock: FakeClock) -> None:
    faults.route("/loop", faults=[Redirect("/loop")] * 30)
    with _client(faults, clock) as client, pytest.raises(cl.APIConnectionError, match="too many redirects"):
        _get(client, "/loop")
