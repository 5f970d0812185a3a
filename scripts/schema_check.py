"""Checking a JSON value against a schema of a spec, each difference classified by what it
means for a client: an addition it ignores, a break it fails on, or a note.

The validation is jsonschema's (through scripts/spec.py); this module only closes the
schemas that list their fields, so that an undocumented one is found, and turns
jsonschema's errors into findings with a JSON path a reader can follow.
"""

from __future__ import annotations

import functools
import json
import re
import uuid
from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any

import jsonschema
from spec import Document

__all__ = ["Finding", "Kind", "SchemaChecker", "Severity", "json_type"]


class Severity(StrEnum):
    BREAKING = "breaking"
    ADDITION = "addition"
    NOTE = "note"


class Kind(StrEnum):
    UNDOCUMENTED_FIELD = "undocumented field"
    UNKNOWN_ENUM_VALUE = "unknown enum value"
    UNDOCUMENTED_STATUS = "undocumented status"
    MISSING_FIELD = "missing required field"
    TYPE_MISMATCH = "type mismatch"
    UNPARSEABLE = "unparseable value"
    MEDIA_TYPE = "undocumented media type"
    CONSTRAINT = "outside documented constraint"

    @property
    def severity(self) -> Severity:
        if self in (Kind.UNDOCUMENTED_FIELD, Kind.UNKNOWN_ENUM_VALUE, Kind.UNDOCUMENTED_STATUS):
            return Severity.ADDITION
        return Severity.NOTE if self is Kind.CONSTRAINT else Severity.BREAKING


@dataclass(frozen=True)
class Finding:
    kind: Kind
    where: str
    """JSON path of the value, array items as `[*]` and map values as `.*`."""
    detail: str


# Formats the generated clients parse into Python values: a value they cannot parse breaks them.
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _parses(fmt: str, value: str) -> bool:
    try:
        if fmt == "date-time":
            if not _DATE_TIME.match(value):
                return False
            datetime.fromisoformat(re.sub(r"[Zz]$", "+00:00", value).replace("t", "T"))
        elif fmt == "date":
            if not _DATE.match(value):
                return False
            date.fromisoformat(value)
        elif fmt == "uuid":
            uuid.UUID(value)
    except ValueError:
        return False
    return True


_PARSED_FORMATS = ("date-time", "date", "uuid")


def _format_checker() -> jsonschema.FormatChecker:
    """Only the formats the clients parse, checked as the clients parse them; other formats
    (uri, email) are not read by a client, so a value outside them breaks nothing."""
    checker = jsonschema.FormatChecker(formats=())
    for fmt in _PARSED_FORMATS:
        checker.checks(fmt)(
            functools.partial(lambda fmt, value: not isinstance(value, str) or _parses(fmt, value), fmt)
        )
    return checker


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object" if isinstance(value, dict) else type(value).__name__


def _child(path: str, key: str) -> str:
    return f"{path}.{key}" if _IDENTIFIER.match(key) else f"{path}[{json.dumps(key)}]"


# Schema keywords whose subschemas describe the whole value (a value position), and those
# that only add to the schema beside them; each followed, in an error's schema path, by a
# property name or an index.
_ONE_VALUE = ("items", "additionalProperties", "contains", "unevaluatedItems")
_NAMED_VALUES = ("properties", "patternProperties")
_ALTERNATIVES = ("anyOf", "oneOf")
_PARTS = ("allOf",)
_FOLLOWED_BY_NAME = {*_NAMED_VALUES, *_ALTERNATIVES, *_PARTS, "prefixItems", "dependentSchemas"}
_BOUNDS = {
    "minLength": "fewer than {} characters",
    "maxLength": "more than {} characters",
    "minItems": "fewer than {} items",
    "maxItems": "more than {} items",
    "minimum": "outside minimum {}",
    "maximum": "outside maximum {}",
    "exclusiveMinimum": "outside exclusiveMinimum {}",
    "exclusiveMaximum": "outside exclusiveMaximum {}",
    "pattern": "does not match the pattern {}",
}


def _where(error: jsonschema.ValidationError) -> str:
    """The JSON path of the value `error` is about: array items as `[*]`, map values as `.*`."""
    words = deque(error.absolute_schema_path)
    steps = deque(error.absolute_path)
    path = "$"
    while words and steps:
        word = words.popleft()
        name = words.popleft() if word in _FOLLOWED_BY_NAME and words else None
        if word == "properties":
            steps.popleft()
            path = _child(path, str(name))
        elif word in ("patternProperties", "additionalProperties"):
            steps.popleft()
            path += ".*"
        elif word in ("items", "prefixItems", "unevaluatedItems"):
            steps.popleft()
            path += "[*]"
    return path


def _position(value: Any, path: Iterable[str | int]) -> list[int]:
    """Where the value at `path` is within `value`: the index of each key or item on the way."""
    position: list[int] = []
    for step in path:
        if isinstance(value, dict):
            position.append(list(value).index(step) if step in value else len(value))
            value = value.get(step) if isinstance(step, str) else None
        elif isinstance(value, list) and isinstance(step, int):
            position.append(step)
            value = value[step] if step < len(value) else None
    return position


def _mismatch(error: jsonschema.ValidationError) -> bool:
    """A value of a type the schema does not allow (`false` schemas, jsonschema names no keyword for)."""
    return error.validator == "type" or not isinstance(error.validator, str)


class SchemaChecker:
    """Checks a JSON value against a schema of the spec with jsonschema, and classifies
    each error by what it means for a client (see Kind).

    A field the spec does not name is an error only where the spec lists properties and
    says nothing about others: such schemas are closed with `unevaluatedProperties: false`
    where a value is described (a body, a property, an item, one of several variants),
    never on a part of an `allOf`, whose siblings name the other fields."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.document = Document(spec)
        components = dict(spec.get("components") or {})
        schemas = components.get("schemas") or {}
        components["schemas"] = {name: self._closed(schema, False) for name, schema in schemas.items()}
        self._closed_document = Document({**spec, "components": components})
        self._formats = _format_checker()

    def check(self, schema: Any, value: Any) -> list[Finding]:
        validator = self._closed_document.validator(self._closed(schema, True), format_checker=self._formats)
        # In the order of the value (jsonschema goes through some keys as a set): the same report every run.
        return self._findings(sorted(validator.iter_errors(value), key=lambda e: _position(value, e.absolute_path)))

    # closing schemas

    def _closed(self, schema: Any, value_position: bool) -> Any:
        if not isinstance(schema, dict):
            return schema
        out: dict[str, Any] = {}
        for key, sub in schema.items():
            if key in _NAMED_VALUES and isinstance(sub, dict):
                out[key] = {name: self._closed(s, True) for name, s in sub.items()}
            elif key in _ONE_VALUE:
                out[key] = self._closed(sub, True)
            elif key in (*_ALTERNATIVES, *_PARTS, "prefixItems") and isinstance(sub, list):
                out[key] = [self._closed(s, key != "allOf") for s in sub]
            else:
                out[key] = sub
        if value_position and self._lists_only_properties(schema):
            return {"allOf": [out], "unevaluatedProperties": False}
        return out

    def _lists_only_properties(self, schema: dict[str, Any]) -> bool:
        flat = self.document.flatten(self.document.resolve(schema))
        return "properties" in flat and "additionalProperties" not in flat and "unevaluatedProperties" not in flat

    def _named(self, schema: Any, depth: int = 0) -> tuple[set[str], list[str]]:
        """The property names and name patterns `schema` documents, in any of its parts or variants."""
        schema = self.document.resolve(schema)
        names: set[str] = set()
        patterns: list[str] = []
        if not isinstance(schema, dict) or depth > 32:  # deeper means an allOf that contains itself
            return names, patterns
        names |= set(schema.get("properties") or {})
        patterns += list(schema.get("patternProperties") or {})
        for word in (*_ALTERNATIVES, *_PARTS):
            for part in schema.get(word) or []:
                more_names, more_patterns = self._named(part, depth + 1)
                names |= more_names
                patterns += more_patterns
        return names, patterns

    # classifying errors

    def _findings(self, errors: list[jsonschema.ValidationError]) -> list[Finding]:
        # A value of the wrong type is reported for that alone, as a client fails on it first.
        mismatched = {tuple(e.absolute_path) for e in errors if _mismatch(e)}
        # jsonschema yields one `required` error per missing name; the first reports them all.
        required: set[tuple[tuple[Any, ...], tuple[Any, ...]]] = set()
        found: list[Finding] = []
        for error in errors:
            if error.validator == "required":
                application = (tuple(error.absolute_path), tuple(error.absolute_schema_path))
                if application in required:
                    continue
                required.add(application)
            if _mismatch(error) or tuple(error.absolute_path) not in mismatched:
                found += self._classify(error)
        return found

    def _classify(self, error: jsonschema.ValidationError) -> list[Finding]:
        where, keyword = _where(error), error.validator
        # Set on every error jsonschema yields; the types say "unset" only for errors made by hand.
        value: Any = error.instance
        rule: Any = error.validator_value
        if keyword in _ALTERNATIVES:
            return self._best_variant(error)
        if not isinstance(keyword, str):  # a `false` schema: jsonschema names no keyword
            return [Finding(Kind.TYPE_MISMATCH, where, "no value is allowed here")]
        if keyword == "type":
            expected = "/".join(t for t in ([rule] if isinstance(rule, str) else rule) if t != "null")
            return [Finding(Kind.TYPE_MISMATCH, where, f"expected {expected}, got {json_type(value)}")]
        if keyword == "required":
            return [Finding(Kind.MISSING_FIELD, _child(where, name), "") for name in rule if name not in value]
        if keyword in ("enum", "const"):
            allowed = rule if keyword == "enum" else [rule]
            if all(json_type(a) == json_type(value) or a is None for a in allowed):
                shown = json.dumps(value, ensure_ascii=False)[:80]
                return [Finding(Kind.UNKNOWN_ENUM_VALUE, where, f"{shown} is not one of {json.dumps(allowed)}")]
            return [Finding(Kind.TYPE_MISMATCH, where, f"{json_type(value)} where the spec lists values")]
        if keyword == "format":
            return [Finding(Kind.UNPARSEABLE, where, f"not a {rule}")]
        if keyword in ("additionalProperties", "unevaluatedProperties"):
            names, patterns = self._named(error.schema)
            return [
                Finding(Kind.UNDOCUMENTED_FIELD, _child(where, key), f"{json_type(item)} value")
                for key, item in value.items()
                if key not in names and not any(re.search(p, key) for p in patterns)
            ]
        if "propertyNames" in error.absolute_schema_path:
            return [Finding(Kind.CONSTRAINT, f"{where}.*", f"key does not match {rule}")]
        if keyword in _BOUNDS:
            return [Finding(Kind.CONSTRAINT, where, _BOUNDS[keyword].format(rule))]
        return [Finding(Kind.CONSTRAINT, where, f"outside {keyword} {json.dumps(rule)}")]

    def _best_variant(self, error: jsonschema.ValidationError) -> list[Finding]:
        """The differences from the variant the value comes closest to: fewest breaking, then fewest.
        No context means `oneOf` matched more than once, which a client reads all the same."""
        by_variant: dict[Any, list[jsonschema.ValidationError]] = {}
        for sub in error.context or []:
            by_variant.setdefault(sub.relative_schema_path[0], []).append(sub)
        candidates = [self._findings(errors) for errors in by_variant.values()]
        return min(
            candidates,
            key=lambda found: (sum(f.kind.severity is Severity.BREAKING for f in found), len(found)),
            default=[],
        )
