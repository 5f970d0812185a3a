"""One request budget for every process pulling with the same API key.

Workers of one pull (threads, processes, machines sharing a folder) each have their own
client, but the API counts requests per key: without coordination, doubling the
workers doubles the rate and a rate limit answers with a storm of 429s, each retried.
Here the budget is a token bucket kept in SQLite (by default the pull's manifest file),
so every worker takes its tokens from the same bucket:

- each request reserves a token first; when none is left it waits for the refill, its
  place kept (reservations queue, nobody polls);
- a 429 empties the bucket, halves the rate, and with `Retry-After` holds every worker
  until then; successes earn the rate back a little at a time, up to the configured one.

Attach it to a client with `share_budget(client, path, rate=...)`. Standard library
only: it works without the `[arrow]` extra.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from ..client import APIClient
from ..errors import ParameterError
from .store import open_store, store_errors

_SCHEMA = """
create table if not exists budget (
    key text primary key, tokens real not null, updated real not null, rate real not null,
    max_rate real not null, capacity real not null, blocked_until real not null);
"""
_MIN_RATE_SHARE = 1 / 64  # a rate never falls below this share of the configured one
_RECOVERY = 0.02  # the share of the configured rate each success earns back


def retry_after_seconds(value: str | None, now: float) -> float | None:
    """A `Retry-After` header as seconds from `now` (delta seconds or an HTTP date)."""
    if not value:
        return None
    text = value.strip()
    if text.isdigit():
        return float(text)
    try:
        return max(0.0, parsedate_to_datetime(text).timestamp() - now)
    except (TypeError, ValueError):
        return None


class SharedBudget:
    """A token bucket of `rate` requests per second (bursts up to `burst`), shared by
    every process opening the same `path` with the same `key`."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        rate: float,
        burst: float | None = None,
        key: str = "default",
        now: Callable[[], float] = time.time,
    ) -> None:
        if rate <= 0:
            raise ParameterError("rate", f"must be above 0 requests per second, got {rate}")
        self.path = Path(path)
        self.key = key
        self._now = now  # wall time: the one clock every process on the machine shares
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = open_store(self.path, shared_between_threads=True)
        self._db.executescript(_SCHEMA)
        capacity = max(1.0, burst if burst is not None else rate)
        self._db.execute(
            "insert into budget values (?, ?, ?, ?, ?, ?, 0) on conflict(key) do update set "
            "max_rate = excluded.max_rate, capacity = excluded.capacity",
            (key, capacity, now(), rate, rate, capacity),
        )

    def close(self) -> None:
        self._db.close()

    @store_errors
    def _update(self, change: Callable[[dict[str, float], float], float]) -> float:
        """Apply `change` to the bucket (refilled to now) in one transaction."""
        self._db.execute("begin immediate")  # one process at a time: the reservation is exact
        try:
            row = self._db.execute(
                "select tokens, updated, rate, max_rate, capacity, blocked_until from budget where key = ?",
                (self.key,),
            ).fetchone()
            state = dict(zip(("tokens", "updated", "rate", "max_rate", "capacity", "blocked_until"), row, strict=True))
            now = self._now()
            elapsed = max(0.0, now - state["updated"])
            state["tokens"] = min(state["capacity"], state["tokens"] + elapsed * state["rate"])
            state["updated"] = now
            result = change(state, now)
            self._db.execute(
                "update budget set tokens = ?, updated = ?, rate = ?, blocked_until = ? where key = ?",
                (state["tokens"], state["updated"], state["rate"], state["blocked_until"], self.key),
            )
        except BaseException:
            self._db.execute("rollback")
            raise
        self._db.execute("commit")
        return result

    def reserve(self) -> float:
        """Take a token; the seconds to wait before sending (0 when one was free)."""

        def take(state: dict[str, float], now: float) -> float:
            state["tokens"] -= 1
            wait = 0.0 if state["tokens"] >= 0 else -state["tokens"] / state["rate"]
            return max(wait, state["blocked_until"] - now)

        return self._update(take)

    def observe(self, status: int, retry_after: str | None) -> None:
        """Learn from a response: a 429 slows every sharer down, a success speeds up."""

        def learn(state: dict[str, float], now: float) -> float:
            if status == 429:
                state["rate"] = max(state["max_rate"] * _MIN_RATE_SHARE, state["rate"] / 2)
                state["tokens"] = min(state["tokens"], 0.0)
                pause = retry_after_seconds(retry_after, now)
                if pause is not None:
                    state["blocked_until"] = max(state["blocked_until"], now + pause)
            elif status < 400:
                state["rate"] = min(state["max_rate"], state["rate"] + state["max_rate"] * _RECOVERY)
            return 0.0

        self._update(learn)


def share_budget(client: Any, path: str | os.PathLike[str], *, rate: float, burst: float | None = None) -> SharedBudget:
    """Make every request of `client` (from `connect`, sync and async alike) take its
    turn from the budget in the SQLite file `path`: give every worker's client the same
    path (the pull's manifest, `<dataset>/_manifest.sqlite`, is a good one) and rate."""
    if not isinstance(client, APIClient):
        raise ParameterError("client", "expected a client made by connect()")
    budget = SharedBudget(path, rate=rate, burst=burst)
    client._use_budget(budget)
    return budget
