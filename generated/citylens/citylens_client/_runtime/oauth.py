"""Bearer tokens from an OAuth 2 client-credentials endpoint.

Fetched on first use, cached until shortly before `expires_in`, renewed once when the
API refuses one (401); one fetch however many threads or tasks ask at the same time.
The token request is an ordinary operation of the package (so it gets retries and
routing), made by the callables given here.
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING

import httpx

from .clock import Clock

if TYPE_CHECKING:
    import asyncio

# (access token, lifetime in seconds)
TokenGrant = tuple[str, float]


def any_refusal(_response: httpx.Response) -> bool:
    return True


def rfc6750_refusal(response: httpx.Response) -> bool:
    """A 401 that says the token itself was refused (`error="invalid_token"`), as opposed
    to a 401 about what was asked for."""
    return "invalid_token" in response.headers.get("www-authenticate", "")


class ClientCredentialsToken:
    """A `Credential` for `Authorization: Bearer <token>`."""

    header_name = "Authorization"

    def __init__(
        self,
        fetch: Callable[[], TokenGrant],
        afetch: Callable[[], Awaitable[TokenGrant]],
        *,
        clock: Clock,
        client_secret: str,
        margin: float = 60.0,
        is_refusal: Callable[[httpx.Response], bool] = any_refusal,
    ) -> None:
        self._fetch = fetch
        self._afetch = afetch
        self._clock = clock
        self._client_secret = client_secret
        self._margin = margin
        self._is_refusal = is_refusal
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()
        self._alock: asyncio.Lock | None = None
        self.fetches = 0

    def _current(self) -> str | None:
        if self._token is not None and self._clock.monotonic() < self._expires_at:
            return f"Bearer {self._token}"
        return None

    def _store(self, grant: TokenGrant) -> str:
        token, lifetime = grant
        self.fetches += 1
        self._token = token
        # Renew a little early (a tenth of the lifetime, at most `margin`), so a token
        # does not expire between being attached and reaching the API.
        self._expires_at = self._clock.monotonic() + lifetime - min(self._margin, lifetime / 10)
        return f"Bearer {token}"

    def header_value(self) -> str:
        with self._lock:
            return self._current() or self._store(self._fetch())

    async def aheader_value(self) -> str:
        current = self._current()
        if current is not None:
            return current
        if self._alock is None:
            import asyncio

            self._alock = asyncio.Lock()
        async with self._alock:
            return self._current() or self._store(await self._afetch())

    def invalidate(self, value: str, response: httpx.Response) -> bool:
        if not self._is_refusal(response):
            return False
        with self._lock:
            if self._token is not None and value == f"Bearer {self._token}":
                self._token = None
            # Either we dropped the refused token, or another request already renewed it.
            return True

    def secrets(self) -> Iterable[str]:
        return tuple(s for s in (self._client_secret, self._token) if s)

    def __repr__(self) -> str:
        return "ClientCredentialsToken([redacted])"
