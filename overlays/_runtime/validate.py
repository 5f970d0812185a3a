"""Checks on arguments, made before any request, with errors naming the parameter."""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Mapping
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import TypeVar
from uuid import UUID

import httpx

from .errors import ParameterError, ParameterTypeError
from .retry import RetryPolicy

NAIVE_FORMAT = "%Y-%m-%dT%H:%M:%S"
E = TypeVar("E", bound=Enum)


def check_int(name: str, value: object, *, minimum: int | None = None, maximum: int | None = None) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ParameterTypeError(name, f"expected an int, got {type(value).__name__} {value!r}")
    if minimum is not None and value < minimum:
        raise ParameterError(name, f"must be >= {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise ParameterError(name, f"must be <= {maximum}, got {value}")
    return value


def check_number(name: str, value: object, *, minimum: float | None = None, maximum: float | None = None) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise ParameterTypeError(name, f"expected a number, got {type(value).__name__} {value!r}")
    if minimum is not None and value < minimum:
        raise ParameterError(name, f"must be >= {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise ParameterError(name, f"must be <= {maximum}, got {value}")
    return float(value)


def check_str(name: str, value: object, *, allow_empty: bool = False) -> str:
    if not isinstance(value, str):
        raise ParameterTypeError(name, f"expected a str, got {type(value).__name__}")
    if not allow_empty and not value.strip():
        raise ParameterError(name, "must not be empty")
    return value


def check_choice(name: str, value: object, choices: Collection[str]) -> str:
    text = check_str(name, value)
    if text not in choices:
        raise ParameterError(name, f"must be one of {', '.join(sorted(choices))}; got {text!r}")
    return text


def check_member(name: str, value: object, kind: type[E]) -> E:
    """A value of a documented set sent to the API: one the spec does not list (even as
    a pseudo-member of the open enum, which answers may carry) is refused, not sent."""
    known = [member.value for member in kind]
    if value not in known:
        raise ParameterError(name, f"expected one of {', '.join(map(str, known))}, got {value!r}")
    return kind(value)


def check_optional_str(name: str, value: object) -> str | None:
    return None if value is None else check_str(name, value)


def check_base_url(name: str, value: object) -> str:
    text = check_str(name, value)
    try:
        url = httpx.URL(text)
    except httpx.InvalidURL as error:
        raise ParameterError(name, f"not a valid URL: {error}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ParameterError(name, f"must be an absolute http(s) URL, got {text!r}")
    return text


def check_timeout(name: str, value: object) -> httpx.Timeout:
    if isinstance(value, httpx.Timeout):
        return value
    if value is None:
        return httpx.Timeout(None)
    seconds = check_number(name, value)
    if seconds <= 0:
        raise ParameterError(name, f"must be > 0 seconds, got {value}")
    return httpx.Timeout(seconds)


def check_retries(name: str, value: object) -> RetryPolicy:
    """A `RetryPolicy`, True or None (the default policy), False (off) or a number of retries."""
    if isinstance(value, RetryPolicy):
        return value
    if value is None or value is True:
        return RetryPolicy()
    if value is False:
        return RetryPolicy.disabled()
    if isinstance(value, int) and value >= 0:
        return RetryPolicy(max_retries=value)
    raise ParameterError(name, f"expected a RetryPolicy, a bool or a number of retries >= 0, got {value!r}")


def check_headers(name: str, value: object) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, Mapping) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise ParameterTypeError(name, f"expected a mapping of header names to str values, got {value!r}")
    return dict(value)


def check_optional_positive(name: str, value: object) -> float | None:
    if value is None:
        return None
    seconds = check_number(name, value)
    if seconds <= 0:
        raise ParameterError(name, f"must be > 0, got {value}")
    return seconds


def naive_datetime(name: str, value: object) -> str:
    """`YYYY-MM-DDTHH:MM:SS` for APIs that take naive local times.

    A timezone-aware datetime is refused: converting it would silently pick a zone
    the API does not know about.
    """
    if isinstance(value, str):
        try:
            value = datetime.strptime(value, NAIVE_FORMAT)
        except ValueError:
            raise ParameterError(name, f"expected YYYY-MM-DDTHH:MM:SS, got {value!r}") from None
    if not isinstance(value, datetime):
        raise ParameterTypeError(name, f"expected a datetime, got {type(value).__name__}")
    if value.tzinfo is not None and value.utcoffset() is not None:
        raise ParameterError(
            name,
            "must be a naive local time, a datetime without tzinfo or a string YYYY-MM-DDTHH:MM:SS "
            f"(e.g. {value.replace(tzinfo=None).strftime(NAIVE_FORMAT)!r}); got {value.isoformat()}. "
            "Convert it yourself, e.g. value.astimezone(zone).replace(tzinfo=None)",
        )
    return value.strftime(NAIVE_FORMAT)


def check_dest(name: str, value: object) -> Path:
    if not isinstance(value, str | os.PathLike):
        raise ParameterTypeError(name, f"expected a path, got {type(value).__name__}")
    path = Path(value)
    if path.is_dir():
        raise ParameterError(name, f"{path} is a directory; give the file path to write")
    return path


def check_uuid(name: str, value: object) -> UUID:
    """An id given as a `UUID` or its text."""
    if isinstance(value, UUID):
        return value
    if isinstance(value, str):
        try:
            return UUID(value)
        except ValueError:
            raise ParameterError(name, f"not an id: {value!r}") from None
    raise ParameterTypeError(name, f"expected a UUID or str, got {type(value).__name__}")


def check_aware_datetime(name: str, value: object) -> datetime:
    """A timezone-aware datetime: a naive one is refused, as we never guess a zone."""
    if not isinstance(value, datetime):
        raise ParameterTypeError(name, f"expected a datetime, got {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ParameterError(name, "must be timezone-aware (e.g. datetime(..., tzinfo=UTC)); we never guess a zone")
    return value


def check_option_names(given: Iterable[str], known: Iterable[str], what: str) -> None:
    """Refuse a keyword option that `what` does not take, naming it and the known ones:
    `**options` typed as a TypedDict accepts any name at run time."""
    names = list(known)
    unknown = sorted(set(given) - set(names))
    if unknown:
        raise ParameterError(unknown[0], f"not an option of {what}; the options are {', '.join(names)}")
