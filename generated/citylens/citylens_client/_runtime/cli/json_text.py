"""JSON as the commands write it: records, resume states, `--json` output."""

from __future__ import annotations

import enum
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast
from uuid import UUID


def _json_default(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, UUID | Path):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def dumps(value: object, indent: int | None = None) -> str:
    """Compact JSON (or indented), non-ASCII kept; datetimes, UUIDs and enums as text."""
    separators = None if indent else (",", ":")
    return json.dumps(value, ensure_ascii=False, separators=separators, indent=indent, default=_json_default)


def normalised(value: object) -> Any:
    """`value` as it reads back from JSON, so that stored and current options compare."""
    return json.loads(dumps(value))


def as_dict(value: object) -> dict[str, Any]:
    """A generated model as JSON-ready data (its `to_dict()`)."""
    to_dict = getattr(value, "to_dict", None)
    if to_dict is None:
        raise TypeError(f"{type(value).__name__} has no to_dict()")
    return cast(dict[str, Any], to_dict())
