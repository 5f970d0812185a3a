"""Requests checked against the spec's constraints on them, before they are sent.

Generation writes each operation's constraints into the package's `_operations.py`
(scripts/request_rules.py): `PARAMETER_RULES` for query parameters (bounds, lengths,
patterns, item counts, comma-joined lists, local times, and `x-at-least`: a parameter
that may not be below another, as a period's end below its start) and `BODY_RULES` for
JSON bodies (types, nulls, required fields or one of several, bounds, lengths, patterns,
item counts and their multiples, RFC 3339 times, down the body's structure). A value
the server would refuse, or read otherwise than meant, is refused first with an error
naming the parameter or the body's field; a constraint the spec does not state is not
invented.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Callable, Mapping
from datetime import datetime
from enum import Enum
from typing import Any

from .errors import ParameterError, ParameterTypeError
from .validate import check_aware_datetime, check_int, check_number, naive_datetime

__all__ = ["check", "check_body"]

_PACKAGE = __name__.split(".")[0]

Rule = Mapping[str, Any]

# A JSON value of each schema type (a bool is no number here, as in JSON).
_IS: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list | tuple),
    "object": lambda v: isinstance(v, Mapping),
}


@functools.cache
def _table(name: str) -> Mapping[str, Any]:
    table: Mapping[str, Any] = getattr(importlib.import_module(f"{_PACKAGE}._operations"), name, {})
    return table


def check(operation_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """Query parameters as they are sent (a local time as its text, a lone term as a
    list of one), each checked against its rule; None means not sent."""
    rules: Mapping[str, Rule] = _table("PARAMETER_RULES").get(operation_id, {})
    checked = {name: _parameter(name, value, rules.get(name, {})) for name, value in values.items()}
    for name, rule in rules.items():
        low_name = rule.get("at_least")
        high, low = checked.get(name), checked.get(low_name) if low_name else None
        if high is not None and low is not None and high < low:
            raise ParameterError(name, f"{high} is below {low_name} {low}")
    return checked


def check_body(operation_id: str, body: Any, name: str = "body") -> None:
    """Check a JSON body (a model, a list of them, or their `to_dict()`) against the
    operation's rule; errors name the field from `name` on (`labels[3].bbox`)."""
    rule: Rule | None = _table("BODY_RULES").get(operation_id)
    if rule:
        _json_value(name, _as_json(body, name), rule)


def _as_json(body: Any, name: str) -> Any:
    if isinstance(body, list | tuple):
        return [_as_json(item, f"{name}[{n}]") for n, item in enumerate(body)]
    try:
        return body.to_dict() if hasattr(body, "to_dict") else body
    except (AttributeError, TypeError, ValueError) as error:  # a field set to a value of another type
        raise ParameterTypeError(name, f"cannot be sent as JSON: {error}") from None


def _parameter(name: str, value: Any, rule: Rule) -> Any:
    if value is None:
        if rule.get("required"):
            raise ParameterError(name, "is required")
        return None
    if rule.get("x-local-time"):
        return naive_datetime(name, value)  # the same fixed-width text: text order is time order
    if rule.get("format") == "date-time":
        return check_aware_datetime(name, value)  # a naive time would be read in a zone we never chose
    kind = rule.get("type")
    if kind == "array":
        return _list(name, value, rule)
    if kind in ("integer", "number"):
        return _bounded(name, value, rule, check_int if kind == "integer" else check_number)
    if kind == "string":
        if not isinstance(value, str):
            raise ParameterTypeError(name, f"expected a str, got {type(value).__name__}")
        return _text(name, value, rule)
    return value


def _list(name: str, value: Any, rule: Rule) -> list[Any]:
    lone = isinstance(value, str | Enum) or not hasattr(value, "__iter__")
    items = [value] if lone else list(value)  # one term is a list of one, never its letters
    _count(name, len(items), rule, "Items", "items")
    checked = [_parameter(f"{name}[{n}]", item, rule.get("items", {})) for n, item in enumerate(items)]
    separator: str = rule.get("separator") or ""
    for item in checked if separator else ():
        text = str(getattr(item, "value", item))
        if separator in text or not text:  # joined, it would read as two values, or as none
            joined = f"the values are sent {separator!r}-joined: none may be empty or hold one"
            raise ParameterError(name, f"{item!r}: {joined}")
    return checked


def _json_value(name: str, value: Any, rule: Rule) -> None:
    declared = rule.get("type")
    types = [declared] if isinstance(declared, str) else list(declared or [])
    if value is None:
        if types and "null" not in types:
            raise ParameterError(name, "may not be null")
        return
    kinds = [t for t in types if t in _IS and _IS[t](value)]
    if types and not kinds:
        wanted = " or ".join(t for t in types if t != "null")
        raise ParameterTypeError(name, f"expected {wanted}, got {type(value).__name__}")
    if _IS["array"](value):
        _count(name, len(value), rule, "Items", "items")
        multiple = rule.get("multiple_of_items")
        if multiple and len(value) % multiple:
            raise ParameterError(name, f"takes items in groups of {multiple}, got {len(value)}")
        for n, item in enumerate(value):
            _json_value(f"{name}[{n}]", item, rule.get("items", {}))
    elif _IS["object"](value):
        missing = [field for field in rule.get("required", ()) if field not in value]
        if missing:
            raise ParameterError(f"{name}.{missing[0]}", "is required")
        named = rule.get("required_any", ())
        if named and all(value.get(field) is None for field in named):
            raise ParameterError(f"{name}.{named[0]}", f"is required (or {' or '.join(named[1:])})")
        for field, sub in rule.get("properties", {}).items():
            if field in value:
                _json_value(f"{name}.{field}", value[field], sub)
    elif _IS["number"](value):
        _bounded(name, value, rule, check_number)
    elif isinstance(value, str):
        _text(name, value, rule)
        if rule.get("format") == "date-time":
            _offset_time(name, value)


def _offset_time(name: str, value: str) -> None:
    """RFC 3339 times carry their offset: one without would be read in a zone we never chose."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise ParameterError(name, f"expected an RFC 3339 time, got {value!r}") from None
    check_aware_datetime(name, parsed)


def _bounded(name: str, value: Any, rule: Rule, check: Callable[..., Any]) -> Any:
    number = check(name, value, minimum=rule.get("minimum"), maximum=rule.get("maximum"))
    if "exclusiveMinimum" in rule and number <= rule["exclusiveMinimum"]:
        raise ParameterError(name, f"must be > {rule['exclusiveMinimum']}, got {number}")
    if "exclusiveMaximum" in rule and number >= rule["exclusiveMaximum"]:
        raise ParameterError(name, f"must be < {rule['exclusiveMaximum']}, got {number}")
    return number


def _text(name: str, value: str, rule: Rule) -> str:
    _count(name, len(value), rule, "Length", "characters")
    pattern = rule.get("pattern")
    if pattern and not re.search(pattern, value):  # JSON Schema patterns are unanchored searches
        expected = rule.get("description") or f"text matching {pattern}"
        raise ParameterError(name, f"expected {expected[0].lower()}{expected[1:].rstrip('.')}; got {value!r}")
    return value


def _count(name: str, count: int, rule: Rule, keyword: str, unit: str) -> None:
    least, most = rule.get(f"min{keyword}"), rule.get(f"max{keyword}")
    if least is not None and count < least:
        raise ParameterError(name, f"needs at least {least} {unit}, got {count}")
    if most is not None and count > most:
        raise ParameterError(name, f"takes at most {most} {unit}, got {count}")
