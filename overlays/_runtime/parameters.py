"""Query parameters checked against the spec's constraints on them, before any request.

Generation writes each operation's constraints into the package's `_operations.py`
(`PARAMETER_RULES`, from scripts/parameter_rules.py): bounds, lengths, patterns, item
counts, comma-joined lists, local times, and `x-at-least` (a parameter that may not be
below another, as a period's end below its start). A walk's filters pass through here,
so a value the server would refuse, or read otherwise than meant, is refused first with
an error naming the parameter; a constraint the spec does not state is not invented.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Mapping
from enum import Enum
from typing import Any

from .errors import ParameterError, ParameterTypeError
from .validate import check_aware_datetime, check_int, check_number, naive_datetime

__all__ = ["check"]

_PACKAGE = __name__.split(".")[0]

Rule = Mapping[str, Any]


@functools.cache
def _rules(operation_id: str) -> Mapping[str, Rule]:
    table: Mapping[str, Mapping[str, Rule]] = getattr(
        importlib.import_module(f"{_PACKAGE}._operations"), "PARAMETER_RULES", {}
    )
    return table.get(operation_id, {})


def check(operation_id: str, values: Mapping[str, Any]) -> dict[str, Any]:
    """`values` as they are sent (a local time as its text, a lone term as a list of
    one), each checked against its rule; None means not sent."""
    rules = _rules(operation_id)
    checked = {name: _checked(name, value, rules.get(name, {})) for name, value in values.items()}
    for name, rule in rules.items():
        low_name = rule.get("at_least")
        high, low = checked.get(name), checked.get(low_name) if low_name else None
        if high is not None and low is not None and high < low:
            raise ParameterError(name, f"{high} is below {low_name} {low}")
    return checked


def _checked(name: str, value: Any, rule: Rule) -> Any:
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
    if kind == "integer":
        return _bounded(check_int, name, value, rule)
    if kind == "number":
        return _bounded(check_number, name, value, rule)
    if kind == "string":
        return _text(name, value, rule)
    return value


def _list(name: str, value: Any, rule: Rule) -> list[Any]:
    lone = isinstance(value, str | Enum) or not hasattr(value, "__iter__")
    items = [value] if lone else list(value)  # one term is a list of one, never its letters
    _count(name, len(items), rule.get("minItems"), rule.get("maxItems"), "items")
    checked = [_checked(f"{name}[{n}]", item, rule.get("items", {})) for n, item in enumerate(items)]
    separator: str = rule.get("separator") or ""
    for item in checked if separator else ():
        text = str(getattr(item, "value", item))
        if separator in text or not text:  # joined, it would read as two values, or as none
            raise ParameterError(
                name, f"{item!r}: the values are sent {separator!r}-joined: none may be empty or hold one"
            )
    return checked


def _bounded(check: Any, name: str, value: Any, rule: Rule) -> Any:
    number = check(name, value, minimum=rule.get("minimum"), maximum=rule.get("maximum"))
    if "exclusiveMinimum" in rule and number <= rule["exclusiveMinimum"]:
        raise ParameterError(name, f"must be > {rule['exclusiveMinimum']}, got {number}")
    if "exclusiveMaximum" in rule and number >= rule["exclusiveMaximum"]:
        raise ParameterError(name, f"must be < {rule['exclusiveMaximum']}, got {number}")
    return number


def _text(name: str, value: Any, rule: Rule) -> str:
    if not isinstance(value, str):
        raise ParameterTypeError(name, f"expected a str, got {type(value).__name__}")
    _count(name, len(value), rule.get("minLength"), rule.get("maxLength"), "characters")
    pattern = rule.get("pattern")
    if pattern and not re.search(pattern, value):  # JSON Schema patterns are unanchored searches
        expected = rule.get("description") or f"text matching {pattern}"
        raise ParameterError(name, f"expected {expected[0].lower()}{expected[1:].rstrip('.')}; got {value!r}")
    return value


def _count(name: str, count: int, least: int | None, most: int | None, unit: str) -> None:
    if least is not None and count < least:
        raise ParameterError(name, f"needs at least {least} {unit}, got {count}")
    if most is not None and count > most:
        raise ParameterError(name, f"takes at most {most} {unit}, got {count}")
