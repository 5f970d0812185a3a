"""Client-credentials tokens: renewed on any 401, and early enough to cover latency."""

from __future__ import annotations

import math
from types import SimpleNamespace

import httpx
import pytest

from citylens_client import ResponseValidationError
from citylens_client._runtime.oauth import ClientCredentialsToken, TokenGrant, grant_of
from tests.conftest import FakeClock


def _token(clock: FakeClock, lifetime: float, latency: float = 0.0) -> tuple[ClientCredentialsToken, list[str]]:
    issued: list[str] = []

    def fetch() -> TokenGrant:
        clock.t += latency  # the token endpoint's round trip
        issued.append(f"t{len(issued) + 1}")
        return issued[-1], lifetime

    async def afetch() -> TokenGrant:
        return fetch()

    return ClientCredentialsToken(fetch, afetch, clock=clock, client_secret="s3cret"), issued


def _refusal(www_authenticate: str | None) -> httpx.Response:
    headers = {"WWW-Authenticate": www_authenticate} if www_authenticate else {}
    return httpx.Response(401, headers=headers, request=httpx.Request("GET", "https://api.example/x"))


def test_a_plain_401_renews_the_token() -> None:
    # Servers do not all say `error="invalid_token"` when a token expired.
    clock = FakeClock()
    token, issued = _token(clock, 3600)
    first = token.header_value()
    assert token.invalidate(first, _refusal(None)) is True
    assert token.header_value() == "Bearer t2"
    assert issued == ["t1", "t2"]


def test_a_short_token_is_renewed_before_latency_can_let_it_expire_in_flight() -> None:
    # A 2 s token fetched over a 0.4 s round trip: the old margin (a tenth, 0.2 s) let a
    # request leave with 0.1 s of life left and arrive with none.
    clock = FakeClock()
    token, issued = _token(clock, lifetime=2.0, latency=0.4)
    token.header_value()  # asked at 0, answered at 0.4: valid until 2.0 from the asking
    clock.t = 1.25  # 0.75 s of life left: less than two round trips (the old rule renewed at 2.2)
    token.header_value()
    assert issued == ["t1", "t2"]


def test_a_long_token_is_kept_until_close_to_its_expiry() -> None:
    clock = FakeClock()
    token, issued = _token(clock, lifetime=3600, latency=0.4)
    token.header_value()
    clock.t = 3500  # more than the 60 s margin left
    token.header_value()
    assert issued == ["t1"]
    clock.t = 3545
    token.header_value()
    assert issued == ["t1", "t2"]


@pytest.mark.parametrize(
    ("expires_in", "lifetime"), [(3600, 3600.0), ("3600", 3600.0), (None, math.inf), ("soon", math.inf), (-5, 0.0)]
)
def test_a_token_answer_without_a_readable_lifetime_is_kept_until_refused(expires_in: object, lifetime: float) -> None:
    # RFC 6749 only recommends `expires_in`; such a token is renewed by the first 401.
    assert grant_of("create_token", SimpleNamespace(access_token="t", expires_in=expires_in)) == ("t", lifetime)


@pytest.mark.parametrize("access_token", [None, "", 42])
def test_a_token_answer_without_a_token_is_a_malformed_response(access_token: object) -> None:
    # Not "Bearer None" sent to the API, nor a TypeError: the operation and field named.
    with pytest.raises(ResponseValidationError, match="create_token: malformed response at access_token"):
        grant_of("create_token", SimpleNamespace(access_token=access_token, expires_in=60))


def test_a_token_kept_until_refused_is_fetched_once() -> None:
    clock = FakeClock()
    token, issued = _token(clock, lifetime=math.inf)
    first = token.header_value()
    clock.t = 10**9
    assert token.header_value() == first and issued == ["t1"]
    token.invalidate(first, _refusal(None))
    assert token.header_value() == "Bearer t2"
