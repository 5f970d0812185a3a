"""Requests over a longer period, or longer lists, than an API takes at once, split into
the requests it does take, as the spec says: a body schema's `x-period` (its start and
end fields, the longest span one request covers, the step of its buckets) and its
`x-split` lists (at most their `maxItems` a request), written into the package's
`_operations.SPLIT_RULES` by scripts/split_rules.py.

A period is two datetimes, both naive (local time, sent with no offset) or both aware
(sent in UTC, with `Z`), to the millisecond. Its end is included: a window ends one
step before the next begins, so no bucket is counted in two windows, nor cut in two.
"""

from __future__ import annotations

import functools
import importlib
import itertools
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import attrs

from .batching import chunks
from .errors import ParameterError, ParameterTypeError

__all__ = ["Split", "bodies", "one", "period", "unique_items", "wire_time"]

B = TypeVar("B")
T = TypeVar("T")
Window = tuple[datetime, datetime]


def _datetime(name: str, value: object) -> datetime:
    if not isinstance(value, datetime):
        raise ParameterTypeError(name, f"expected a datetime, got {type(value).__name__}")
    return value


def period(start_arg: object, end_arg: object) -> Window:
    """`start` and `end`, both naive (local time) or both aware (then in UTC); mixing
    them is refused, and so is an end before the start."""
    start, end = _datetime("start", start_arg), _datetime("end", end_arg)
    if (start.tzinfo is None) != (end.tzinfo is None):
        raise ParameterError(
            "end", "start and end must both be naive (local time) or both aware (UTC); the API cannot mix them"
        )
    if start.tzinfo is not None:
        start, end = start.astimezone(UTC), end.astimezone(UTC)
    if start > end:
        raise ParameterError("end", f"{end.isoformat()} is before start {start.isoformat()}")
    return start, end


def wire_time(value: datetime) -> str:
    """ISO 8601 to the millisecond: `...Z` for UTC, no suffix for local time."""
    text = value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}"
    return text + "Z" if value.tzinfo is not None else text


def unique_items(name: str, values: Iterable[Any] | None, check: Callable[[str, object], T], what: str) -> list[T]:
    """A list argument to be sent in batches: not empty, each item checked, repeats left
    out (a repeat would be asked for twice, in two batches)."""
    if isinstance(values, str | bytes) or not values:
        raise ParameterError(name, f"expected a non-empty list of {what}")
    return list(dict.fromkeys(check(name, value) for value in values))


@functools.cache
def _rules() -> dict[str, dict[str, Any]]:
    operations = importlib.import_module(f"{__name__.split('.')[0]}._operations")
    rules: dict[str, dict[str, Any]] = getattr(operations, "SPLIT_RULES", {})
    return rules


def _span_text(span: timedelta) -> str:
    days = span / timedelta(days=1)
    return f"{days:g} days" if days.is_integer() else str(span)


@attrs.frozen
class Split:
    """How the spec splits the requests of one body model (see the module)."""

    start: str
    end: str
    max_span: timedelta
    step: timedelta
    batched: dict[str, int]

    @classmethod
    def of(cls, kind: Callable[..., Any]) -> Split:
        rule = _rules()[getattr(kind, "__name__", "")]
        return cls(
            rule["start"],
            rule["end"],
            timedelta(seconds=rule["max_span"]),
            timedelta(seconds=rule["step"]),
            dict(rule["batched"]),
        )

    def windows(self, start: datetime, end: datetime) -> list[Window]:
        """The windows covering `start` to `end` (both included), in order."""
        spans = []
        cursor = start
        while cursor <= end:
            spans.append((cursor, min(cursor + self.max_span - self.step, end)))
            cursor += self.max_span
        return spans

    def batches(self, fields: dict[str, Any]) -> list[dict[str, Any]]:
        """`fields` once per batch of its batched lists (each at most its `maxItems`)."""
        lists = [
            [(name, batch) for batch in chunks(fields[name], size)]
            for name, size in self.batched.items()
            if name in fields
        ]
        return [{**fields, **dict(combination)} for combination in itertools.product(*lists)]


def bodies(kind: Callable[..., B], start: object, end: object, **fields: Any) -> list[B]:
    """The bodies of model `kind` that together cover the period (see `period`) and the
    batched lists of `fields`: one per window and per batch, window by window."""
    first, last = period(start, end)
    split = Split.of(kind)
    return [
        kind(**{split.start: wire_time(lo), split.end: wire_time(hi)}, **batch)
        for lo, hi in split.windows(first, last)
        for batch in split.batches(fields)
    ]


def one(kind: Callable[..., B], start: object, end: object, longer: str, **fields: Any) -> B:
    """The one body of model `kind` for a period that must fit in one request; `longer`
    says what to do for a longer one."""
    first, last = period(start, end)
    split = Split.of(kind)
    if last - first > split.max_span:
        raise ParameterError("end", f"one request covers at most {_span_text(split.max_span)}; {longer}")
    return kind(**{split.start: wire_time(first), split.end: wire_time(last)}, **fields)
