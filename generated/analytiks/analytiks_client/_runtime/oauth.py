"""Bearer tokens from an OAuth 2 client-credentials endpoint.

Fetched on first use, cached until shortly before `expires_in`, renewed once when the
API refuses one (any 401); one fetch however many threads or tasks ask at the same time.
The token request is an ordinary operation of the package (so it gets retries and
routing), made by the callables given here; `with_client_credentials` makes them from
the spec's token operation (the generated `connect()` of an `oauth2` scheme).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Any, Protocol, Self, TypeVar

import httpx

from .clock import Clock
from .errors import ResponseValidationError

if TYPE_CHECKING:
    import asyncio

# (access token, lifetime in seconds)
TokenGrant = tuple[str, float]


class _Client(Protocol):
    @property
    def clock(self) -> Clock: ...

    def _evolve(self, **changes: Any) -> Self: ...


C = TypeVar("C", bound=_Client)


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
    ) -> None:
        self._fetch = fetch
        self._afetch = afetch
        self._clock = clock
        self._client_secret = client_secret
        self._margin = margin
        self._token: str | None = None
        self._expires_at = 0.0
        self._lock = threading.Lock()
        self._alock: asyncio.Lock | None = None
        self.fetches = 0

    def _current(self) -> str | None:
        if self._token is not None and self._clock.monotonic() < self._expires_at:
            return f"Bearer {self._token}"
        return None

    def _store(self, grant: TokenGrant, asked_at: float) -> str:
        token, lifetime = grant
        now = self._clock.monotonic()
        self.fetches += 1
        self._token = token
        # Renew early, so a token does not expire between being attached and being
        # checked: a quarter of its lifetime (at most `margin`), or twice the time the
        # token endpoint took to answer (what a round trip costs here), whichever is more,
        # but never more than half the lifetime. The lifetime counts from the request.
        early = min(max(min(self._margin, lifetime / 4), 2 * (now - asked_at)), lifetime / 2)
        self._expires_at = asked_at + lifetime - early
        return f"Bearer {token}"

    def header_value(self) -> str:
        with self._lock:
            current = self._current()
            if current is not None:
                return current
            asked_at = self._clock.monotonic()
            return self._store(self._fetch(), asked_at)

    async def aheader_value(self) -> str:
        current = self._current()
        if current is not None:
            return current
        if self._alock is None:
            import asyncio

            self._alock = asyncio.Lock()
        async with self._alock:
            current = self._current()
            if current is not None:
                return current
            asked_at = self._clock.monotonic()
            return self._store(await self._afetch(), asked_at)

    def invalidate(self, value: str, response: httpx.Response) -> bool:
        # Any 401 to a request that carried a token renews it once: servers do not all say
        # `WWW-Authenticate: Bearer error="invalid_token"` when a token expired, and a
        # 401 that was about something else comes back again after one renewal.
        with self._lock:
            if self._token is not None and value == f"Bearer {self._token}":
                self._token = None
            # Either we dropped the refused token, or another request already renewed it.
            return True

    def secrets(self) -> Iterable[str]:
        return tuple(s for s in (self._client_secret, self._token) if s)

    def __repr__(self) -> str:
        return "ClientCredentialsToken([redacted])"


def grant_of(operation: str, answer: Any) -> TokenGrant:
    """The token and its lifetime in an answer's `access_token` and `expires_in` (RFC 6749).
    No token is a `ResponseValidationError`; a lifetime absent, null or unreadable (RFC
    6749 only recommends one) keeps the token until a request is refused (any 401 renews it)."""
    token: object = getattr(answer, "access_token", None)
    lifetime: Any = getattr(answer, "expires_in", None)
    if not isinstance(token, str) or not token:
        raise ResponseValidationError(operation, "access_token", f"expected the token, got {type(token).__name__}")
    try:
        seconds = math.inf if isinstance(lifetime, bool) else max(0.0, float(lifetime))
    except (TypeError, ValueError):
        seconds = math.inf
    return token, seconds


def with_client_credentials(client: C, operation: Any, body: Any, client_secret: str) -> C:
    """A copy of `client` sending a bearer token that `operation` (the generated token
    request: `sync`/`asyncio` taking `client` and `body`) fetches with `client` itself
    (read by `grant_of`)."""
    name = operation.__name__.rpartition(".")[2]

    def grant(answer: Any) -> TokenGrant:
        return grant_of(name, answer)

    def fetch() -> TokenGrant:
        return grant(operation.sync(client=client, body=body))

    async def afetch() -> TokenGrant:
        return grant(await operation.asyncio(client=client, body=body))

    credential = ClientCredentialsToken(fetch, afetch, clock=client.clock, client_secret=client_secret)
    return client._evolve(credential=credential)
