"""When to retry a request, and how long to wait before the next attempt."""

from __future__ import annotations

import random
from email.utils import parsedate_to_datetime

import attrs
import httpx

from .clock import Clock

RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
# Set on a request (`extensions={RETRY_SAFE: True}`) when an operation is known to be
# safe to repeat although its method is not idempotent.
RETRY_SAFE = "vision_api.retry_safe"
IDEMPOTENCY_HEADER = "idempotency-key"

# Errors after which the request may have reached the server: retried only when
# repeating it is safe.
_RETRYABLE_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
# Errors where the request never left: always safe to try again.
_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def _non_negative(_instance: object, attribute: attrs.Attribute[float], value: float | int) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value!r}")


@attrs.frozen
class RetryPolicy:
    """How requests are retried. `RetryPolicy.disabled()` turns retries off.

    Delays grow as `initial_delay * backoff_factor**n` with +-`jitter` (a fraction),
    each capped at `max_delay`; a `Retry-After` header (seconds or HTTP date) is a floor
    under that delay, honoured up to `max_retry_after`. No retry starts once `max_total` seconds have
    passed since the first attempt.
    """

    max_retries: int = attrs.field(default=4, validator=attrs.validators.ge(0))
    initial_delay: float = attrs.field(default=0.5, validator=_non_negative)
    backoff_factor: float = attrs.field(default=2.0, validator=_non_negative)
    max_delay: float = attrs.field(default=30.0, validator=_non_negative)
    max_total: float = attrs.field(default=120.0, validator=_non_negative)
    max_retry_after: float = attrs.field(default=120.0, validator=_non_negative)
    jitter: float = attrs.field(default=0.25, validator=_non_negative)
    statuses: frozenset[int] = RETRY_STATUSES

    @classmethod
    def disabled(cls) -> RetryPolicy:
        return cls(max_retries=0)

    def backoff(self, retry_number: int, rng: random.Random) -> float:
        base = self.initial_delay * self.backoff_factor ** (retry_number - 1)
        spread = 1 + self.jitter * (2 * rng.random() - 1)
        return min(self.max_delay, base * spread)

    def retry_after(self, response: httpx.Response, clock: Clock) -> float | None:
        value = response.headers.get("retry-after")
        if value is None:
            return None
        value = value.strip()
        try:
            seconds = float(value)
        except ValueError:
            try:
                when = parsedate_to_datetime(value)
            except (TypeError, ValueError):
                return None
            seconds = (when - clock.now()).total_seconds()
        return min(max(seconds, 0.0), self.max_retry_after)


def request_is_repeatable(request: httpx.Request) -> bool:
    return (
        request.method in IDEMPOTENT_METHODS
        or IDEMPOTENCY_HEADER in request.headers
        or bool(request.extensions.get(RETRY_SAFE))
    )


class Attempts:
    """The retry decisions for one request, shared by the sync and async transports."""

    def __init__(self, request: httpx.Request, policy: RetryPolicy, clock: Clock, rng: random.Random) -> None:
        self.request = request
        self.policy = policy
        self.clock = clock
        self.rng = rng
        self.started = clock.monotonic()
        self.retries = 0
        self.refreshed = False
        self.repeatable = request_is_repeatable(request)

    @property
    def attempts(self) -> int:
        return self.retries + 1

    def after_error(self, error: Exception) -> float | None:
        """Seconds to wait before retrying after `error`, or None to give up."""
        if isinstance(error, _NOT_SENT_ERRORS) or (self.repeatable and isinstance(error, _RETRYABLE_ERRORS)):
            return self._next(None)
        return None

    def after_response(self, response: httpx.Response) -> float | None:
        """Seconds to wait before retrying after `response`, or None to return it."""
        if response.status_code not in self.policy.statuses or not self.repeatable:
            return None
        return self._next(self.policy.retry_after(response, self.clock))

    def _next(self, hinted: float | None) -> float | None:
        if self.retries >= self.policy.max_retries:
            return None
        delay = self.policy.backoff(self.retries + 1, self.rng)
        if hinted is not None:
            # Retry-After is the least the server asks us to wait; repeated refusals still
            # back off beyond it, so a fleet of clients does not return in lockstep.
            delay = max(delay, hinted)
        if self.clock.monotonic() - self.started + delay > self.policy.max_total:
            return None
        self.retries += 1
        return delay
