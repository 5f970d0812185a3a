"""The transport every API request goes through: credentials for the API's origins
only, retries with backoff, and redacted logging of each attempt."""

from __future__ import annotations

import logging
import random
from typing import NoReturn, Protocol

import attrs
import httpx

from . import progress, tracing
from .clock import Clock
from .credentials import Credential, Origin, origin_of, strip_and_apply
from .errors import APIConnectionError, APITimeoutError
from .redact import redact_headers, redact_url
from .retry import Attempts, RetryPolicy
from .routing import Route, apply_route

ATTEMPTS_EXTENSION = "vision_api.attempts"


class RequestBudget(Protocol):
    def reserve(self) -> float: ...  # seconds to wait before sending
    def observe(self, status: int, retry_after: str | None) -> None: ...


@attrs.define
class BudgetSlot:
    """Where a client and its copies find the request budget they share with other
    workers (`columnar/budget.py`), if one is set."""

    budget: RequestBudget | None = None


# Set on a request whose body the caller streams itself (downloads): never preloaded.
STREAM_EXTENSION = "vision_api.stream"
_PRELOAD_LIMIT = 64 << 20


def should_preload(response: httpx.Response) -> bool:
    """Read API answers (JSON, text) inside the retry loop, so that a connection lost
    mid-body is retried like one lost before the headers."""
    if response.request.extensions.get(STREAM_EXTENSION):
        return False
    content_type = response.headers.get("content-type", "")
    if "json" not in content_type and not content_type.startswith("text/"):
        return False
    length = response.headers.get("content-length")
    return length is None or (length.isdigit() and int(length) <= _PRELOAD_LIMIT)


def connection_failure(error: httpx.TransportError) -> str:
    """What went wrong, in words a user can act on: which kind of timeout, a name that
    does not resolve, a refused connection, a TLS failure, a dropped connection."""
    if isinstance(error, httpx.ConnectTimeout):
        return "timed out connecting"
    if isinstance(error, httpx.ReadTimeout):
        return "connected, but the server did not answer in time (read timeout)"
    if isinstance(error, httpx.WriteTimeout):
        return "timed out sending the request"
    if isinstance(error, httpx.PoolTimeout):
        return "timed out waiting for a free connection from the pool"
    text = " ".join(str(e) for e in _chain(error)).lower()
    if any(m in text for m in ("name or service not known", "nodename nor servname", "getaddrinfo", "name resolution")):
        return "host name does not resolve (DNS)"
    if "connection refused" in text or "errno 111" in text:
        return "connection refused (nothing listening on that port?)"
    if "ssl" in text or "certificate" in text or "tls" in text:
        return f"TLS handshake failed: {error}"
    if isinstance(error, httpx.RemoteProtocolError | httpx.ReadError):
        return "the server closed the connection before answering"
    return f"connection failed: {type(error).__name__}: {error}"


def _chain(error: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in seen and len(seen) < 8:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


@attrs.frozen
class TransportSettings:
    credential: Credential | None
    origins: frozenset[Origin]
    policy: RetryPolicy
    clock: Clock
    logger: logging.Logger
    base_url: httpx.URL = attrs.field(factory=httpx.URL)
    routes: tuple[Route, ...] = ()
    rng: random.Random = attrs.field(factory=random.Random)


class _APITransportBase:
    def __init__(self, settings: TransportSettings, slot: BudgetSlot) -> None:
        self.settings = settings
        self._credential = settings.credential
        self._origins = settings.origins
        self._policy = settings.policy
        self._clock = settings.clock
        self._logger = settings.logger
        self._rng = settings.rng
        self._slot = slot

    def _observed(self, response: httpx.Response) -> None:
        if self._slot.budget is not None:
            self._slot.budget.observe(response.status_code, response.headers.get("retry-after"))

    def _credential_for(self, request: httpx.Request) -> Credential | None:
        return self._credential if origin_of(request.url) in self._origins else None

    def _sent(self, request: httpx.Request, value: str | None, attempts: Attempts) -> None:
        strip_and_apply(request, self._credential, self._origins, value)
        if self._logger.isEnabledFor(logging.DEBUG):
            self._logger.debug(
                "request %s %s attempt=%d headers=%s",
                request.method,
                redact_url(request.url),
                attempts.attempts,
                redact_headers(request.headers),
            )

    def _refreshed(self, response: httpx.Response, value: str | None, attempts: Attempts) -> bool:
        """After a 401, True when the credential was renewed and the request should go again (once)."""
        if response.status_code != 401 or value is None or attempts.refreshed or self._credential is None:
            return False
        attempts.refreshed = self._credential.invalidate(value, response)
        if attempts.refreshed:
            self._logger.info("credential refused; renewed it, sending %s again", response.request.method)
        return attempts.refreshed

    def _after_response(self, response: httpx.Response, attempts: Attempts) -> float | None:
        request = response.request
        delay = attempts.after_response(response)
        if delay is None:
            response.extensions = {**response.extensions, ATTEMPTS_EXTENSION: attempts.attempts}
            if self._logger.isEnabledFor(logging.DEBUG):  # redacting a URL for a dropped line costs
                self._logger.debug(
                    "response %s %s -> %d", request.method, redact_url(request.url), response.status_code
                )
        else:
            asked = response.status_code == 429 or "retry-after" in response.headers
            hinted = " (Retry-After)" if "retry-after" in response.headers else ""
            reason = f"HTTP {response.status_code}{hinted}"
            self._retrying(request, reason, f"http_{response.status_code}", delay, attempts, asked=asked)
        return delay

    def _after_error(self, request: httpx.Request, error: httpx.TransportError, attempts: Attempts) -> float:
        delay = attempts.after_error(error)
        if delay is None:
            self._give_up(request, error, attempts)
        self._retrying(request, connection_failure(error), type(error).__name__, delay, attempts, asked=False)
        return delay

    def _retrying(
        self, request: httpx.Request, reason: str, kind: str, delay: float, attempts: Attempts, *, asked: bool
    ) -> None:
        """Say so while it happens: a log line, and a notice on any progress bar shown."""
        retry = f"retry {attempts.retries} of {self._policy.max_retries}"
        self._logger.info(
            "retrying %s %s in %.1fs (%s): %s", request.method, redact_url(request.url), delay, retry, reason
        )
        progress.notice(f"{reason}; {retry} in {delay:.1f}s")
        tracing.retrying(request, reason, kind, delay, asked=asked)

    def _give_up(self, request: httpx.Request, error: httpx.TransportError, attempts: Attempts) -> NoReturn:
        kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
        what = f"{request.url.host}: {connection_failure(error)}"
        raise kind(what, method=request.method, url=redact_url(request.url), attempts=attempts.attempts) from error


class APITransport(_APITransportBase, httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, settings: TransportSettings, slot: BudgetSlot) -> None:
        super().__init__(settings, slot)
        self._inner = inner

    @tracing.traced_request
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        apply_route(request, self.settings.base_url, self.settings.routes)
        attempts = Attempts(request, self._policy, self._clock, self._rng)
        while True:
            credential = self._credential_for(request)
            value = credential.header_value() if credential else None
            self._sent(request, value, attempts)
            if (budget := self._slot.budget) is not None:
                self._clock.sleep(budget.reserve())
            try:
                response = self._inner.handle_request(request)
            except httpx.TransportError as error:
                self._clock.sleep(self._after_error(request, error, attempts))
                continue
            response.request = request
            self._observed(response)
            if self._refreshed(response, value, attempts):
                response.close()
                continue
            delay = self._after_response(response, attempts)
            if delay is None:
                try:
                    if should_preload(response):
                        response.read()
                except httpx.TransportError as error:
                    response.close()
                    self._clock.sleep(self._after_error(request, error, attempts))
                    continue
                return response
            response.close()
            self._clock.sleep(delay)

    def close(self) -> None:
        self._inner.close()


class AsyncAPITransport(_APITransportBase, httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, settings: TransportSettings, slot: BudgetSlot) -> None:
        super().__init__(settings, slot)
        self._inner = inner

    @tracing.atraced_request
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        apply_route(request, self.settings.base_url, self.settings.routes)
        attempts = Attempts(request, self._policy, self._clock, self._rng)
        while True:
            credential = self._credential_for(request)
            value = await credential.aheader_value() if credential else None
            self._sent(request, value, attempts)
            if (budget := self._slot.budget) is not None:
                await self._clock.asleep(budget.reserve())
            try:
                response = await self._inner.handle_async_request(request)
            except httpx.TransportError as error:
                await self._clock.asleep(self._after_error(request, error, attempts))
                continue
            response.request = request
            self._observed(response)
            if self._refreshed(response, value, attempts):
                await response.aclose()
                continue
            delay = self._after_response(response, attempts)
            if delay is None:
                try:
                    if should_preload(response):
                        await response.aread()
                except httpx.TransportError as error:
                    await response.aclose()
                    await self._clock.asleep(self._after_error(request, error, attempts))
                    continue
                return response
            await response.aclose()
            await self._clock.asleep(delay)

    async def aclose(self) -> None:
        await self._inner.aclose()
