"""The spec's constraints on each operation's parameters, as data the runtime checks a
walk's filters against before any request (`_runtime/parameters.py`): bounds, lengths,
patterns, item counts, comma-separated lists, local times and order between two
parameters. Written into each package's `_operations.py`."""

from __future__ import annotations

from typing import Any

from operation_signatures import HTTP_METHODS
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


def parameter_rules(document: Document) -> dict[str, dict[str, dict[str, Any]]]:
    """operationId -> parameter name -> its rule, for operations with any rule."""
    rules: dict[str, dict[str, dict[str, Any]]] = {}
    for item in document.contents.get("paths", {}).values():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not operation:
                continue
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
