"""Answers that some servers wrap: `{"data": {...}}`, `{"export": {...}}`.

A spec lists the keys under which servers wrap an operation's record in `x-envelope` on
its success answer; the generated parse reads the record from the first of those keys
holding an object, else the body itself (a bare record), and then reads it as strictly
as any other: a malformed record is a `ResponseValidationError` naming its field. The
declared record must have none of those keys as a field of its own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


def unwrap(body: Any, keys: Sequence[str]) -> Any:
    """The record of `body`: under the first of `keys` holding an object, else `body`."""
    if isinstance(body, Mapping):
        return next((body[key] for key in keys if isinstance(body.get(key), Mapping)), body)
    return body
