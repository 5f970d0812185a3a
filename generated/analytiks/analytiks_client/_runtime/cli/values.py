"""click callbacks that turn option text into values: (ctx, param, value) -> value,
raising click's BadParameter with what was expected."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import click

NAIVE_FORMAT = "%Y-%m-%dT%H:%M:%S"


def _bad(message: str) -> Exception:
    import click

    return click.BadParameter(message)


def naive_datetime(ctx: click.Context, param: click.Parameter, value: str | None) -> datetime | None:
    """`YYYY-MM-DDTHH:MM:SS` (or a date), a local time without zone."""
    if value is None:
        return None
    for fmt in (NAIVE_FORMAT, "%Y-%m-%d"):
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    raise _bad(f"expected YYYY-MM-DDTHH:MM:SS (local time, no zone), got {value!r}")


def _iso(value: str) -> datetime:
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise _bad(f"expected an ISO 8601 date or date-time, e.g. 2025-01-31T12:00:00Z, got {value!r}") from None


def utc_datetime(ctx: click.Context, param: click.Parameter, value: str | None) -> datetime | None:
    """An ISO 8601 date-time; one without a zone is taken as UTC."""
    if value is None:
        return None
    moment = _iso(value)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def utc_or_local_datetime(ctx: click.Context, param: click.Parameter, value: str) -> datetime:
    """An ISO 8601 date-time: with `Z` or an offset it is UTC; without, local time (naive)."""
    moment = _iso(value)
    return moment.astimezone(UTC) if moment.tzinfo is not None else moment


def optional_utc_or_local_datetime(ctx: click.Context, param: click.Parameter, value: str | None) -> datetime | None:
    return None if value is None else utc_or_local_datetime(ctx, param, value)


def comma_list(ctx: click.Context, param: click.Parameter, value: str | None) -> list[str] | None:
    """`a,b,c` -> ["a", "b", "c"] (blank items dropped)."""
    if value is None:
        return None
    items = [item.strip() for item in value.split(",") if item.strip()]
    if not items:
        raise _bad("expected a comma-separated list")
    return items


def int_list(ctx: click.Context, param: click.Parameter, value: str | None) -> list[int] | None:
    """`1,2,3` or ranges `1-40,45` -> [1, 2, 3] / [1, ..., 40, 45]."""
    items = comma_list(ctx, param, value)
    if items is None:
        return None
    numbers: list[int] = []
    for item in items:
        low, dash, high = item.partition("-")
        try:
            numbers.extend(range(int(low), int(high) + 1) if dash else [int(item)])
        except ValueError:
            raise _bad(f"expected numbers or ranges like 1-40, got {item!r}") from None
    return numbers
