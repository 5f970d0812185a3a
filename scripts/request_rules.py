"""The spec's constraints on each operation's requests, as data the runtime checks
against before any request (`_runtime/request_rules.py`): for query parameters, bounds,
lengths, patterns, item counts, comma-separated lists, local times and order between
two parameters; for JSON bodies, types, nulls, required fields (`x-required-any`: one of
several), bounds, lengths, patterns and item counts (`x-multiple-of-items`: in whole
pairs, or triples...), down the body's structure. Written into each package's
`_operations.py`."""

from __future__ import annotations

from typing import Any

from operation_signatures import operations
from spec import Document

# The schema keywords a check reads; the rest (descriptions, examples) stay in the spec.
_KEPT = (
    "type",
    "format",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
    "x-local-time",
)


# How deep a body's rules go: deeper (or recursive) schemas are left to the server.
_MAX_DEPTH = 6


def parameter_rules(document: Document) -> dict[str, dict[str, dict[str, Any]]]:
    """operationId -> parameter name -> its rule, for operations with any rule."""
    rules: dict[str, dict[str, dict[str, Any]]] = {}
    for _, operation in operations(document.contents):
        found = {}
        for raw in operation.get("parameters", []):
            parameter = document.resolve(raw)
            if parameter.get("in") != "query":  # path ids are checked by the helpers' signatures
                continue
            rule = _rule(document, parameter)
            if rule:
                found[parameter["name"]] = rule
        if found:
            rules[operation["operationId"]] = found
    return rules


def _rule(document: Document, parameter: dict[str, Any]) -> dict[str, Any]:
    schema = _schema(document, parameter.get("schema", {}))
    rule = {key: schema[key] for key in _KEPT if key in schema}
    if "pattern" in rule and schema.get("description"):
        rule["description"] = " ".join(str(schema["description"]).split())
    if schema.get("type") == "array":
        items = _schema(document, schema.get("items", {}))
        kept = {key: items[key] for key in _KEPT if key in items}
        if kept:
            rule["items"] = kept
        if parameter.get("explode") is False:
            rule["separator"] = ","  # form style, not exploded: one comma-joined value
    if parameter.get("required"):
        rule["required"] = True
    if "x-at-least" in parameter:
        rule["at_least"] = parameter["x-at-least"]
    return rule if set(rule) - {"type"} else {}


def _schema(document: Document, schema: Any) -> dict[str, Any]:
    resolved = document.resolve(schema)
    return dict(document.flatten(resolved)) if isinstance(resolved, dict) else {}


def body_rules(document: Document) -> dict[str, dict[str, Any]]:
    """operationId -> the rule of its JSON body, for operations whose body has any."""
    rules = {}
    for _, operation in operations(document.contents):
        body = document.resolve(operation.get("requestBody", {}))
        schema = ((body.get("content") or {}).get("application/json") or {}).get("schema")
        rule = _body_rule(document, schema, 0) if schema is not None else {}
        if rule:
            rules[operation["operationId"]] = rule
    return rules


def _body_rule(document: Document, raw: Any, depth: int) -> dict[str, Any]:
    """The constraints of one body schema and what it holds; {} when there are none
    (a bare type is the generated model's to keep)."""
    schema = _schema(document, raw)
    if depth > _MAX_DEPTH or not schema:
        return {}
    rule: dict[str, Any] = {key: schema[key] for key in _KEPT if key in schema and key != "format"}
    if schema.get("format") == "date-time":
        rule["format"] = "date-time"  # RFC 3339: with its offset
    if "pattern" in rule and schema.get("description"):
        rule["description"] = " ".join(str(schema["description"]).split())
    items = _body_rule(document, schema["items"], depth + 1) if "items" in schema else {}
    if items:
        rule["items"] = items
    properties = {
        name: sub
        for name, value in (schema.get("properties") or {}).items()
        if (sub := _body_rule(document, value, depth + 1))
    }
    if properties:
        rule["properties"] = properties
    if schema.get("required"):
        rule["required"] = list(schema["required"])
    if schema.get("x-required-any"):
        rule["required_any"] = list(schema["x-required-any"])  # at least one of these fields
    if schema.get("x-multiple-of-items"):
        rule["multiple_of_items"] = int(schema["x-multiple-of-items"])  # pairs, as an RLE mask's
    return rule if set(rule) - {"type"} else {}
