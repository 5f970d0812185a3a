"""Arrow schemas of a spec's object schemas, written into each package as `_arrow_schemas.py`.

The columnar walks (`overlays/_runtime/columnar/`) must know each column's type before
they see a value: a page of nulls, an empty walk or a new enum member must not change
a dataset's schema. So the types come from the spec, here, at generation time, written
as plain literals (the package imports no pyarrow until a user asks for a table):

    "int64" "float64" "bool" "string" "binary" "date"
    "timestamp"        naive local time (a patterned string without an offset)
    "timestamp[UTC]"   an RFC 3339 `date-time` (any offset, stored as UTC)
    "dictionary"       a string enum: dictionary-encoded, new members still accepted
    "json"             free-form or mixed values, kept as JSON text
    ["struct", [[name, type, nullable], ...]]   ["list", type]
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from spec import Document, load

Field = list[Any]  # [name, type, nullable]
_NAIVE = re.compile(r"^\^?\\?[\[\]0-9d{}\\-]*T")  # a date-time pattern...
_OFFSET = re.compile(r"Z|\\\+|\[+-\]")  # ...that allows an offset (Z, \+hh, [+-]) is not naive
_MAX_DEPTH = 6  # deeper (or recursive) schemas are kept as JSON text


def normalize(name: str) -> str:
    """The key a model is found by: its schema name or its generated class name, both
    folded the same way (`DetectedObject`, `detected_object` -> `detectedobject`)."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


class _Spec:
    """The schemas of one document, read through `spec.Document` (refs and allOf)."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.document = Document(spec)

    def resolve(self, node: dict[str, Any]) -> dict[str, Any]:
        resolved: dict[str, Any] = self.document.resolve(node)
        return resolved

    def arrow_type(self, node: dict[str, Any], depth: int = 0) -> tuple[Any, bool]:
        """The column type of a schema, and whether the schema itself allows null."""
        node = self.resolve(node)
        if depth > _MAX_DEPTH:
            return "json", True
        nullable = node.get("nullable") is True
        kinds = node.get("type")
        if isinstance(kinds, list):
            nullable = nullable or "null" in kinds
            kinds = [k for k in kinds if k != "null"]
            kinds = kinds[0] if len(kinds) == 1 else (kinds or None)
        if kinds is None and "allOf" in node:
            merged: tuple[Any, bool] = self._object(self._merged(node["allOf"]), depth), nullable
            return merged
        for key in ("oneOf", "anyOf"):
            if kinds is None and key in node:
                variants = [self.resolve(v) for v in node[key]]
                real = [v for v in variants if v.get("type") != "null"]
                nullable = nullable or len(real) < len(variants)
                if len(real) == 1:
                    inner, inner_null = self.arrow_type(real[0], depth)
                    return inner, nullable or inner_null
                types = {repr(self.arrow_type(v, depth)[0]) for v in real}
                if len(types) == 1:
                    return self.arrow_type(real[0], depth)[0], nullable
                return "json", True
        if isinstance(kinds, list):  # e.g. [string, integer]: no one column type fits both
            return "json", True
        return self._typed(node, kinds, depth), nullable

    def _typed(self, node: dict[str, Any], kind: str | None, depth: int) -> Any:
        if kind == "integer":
            return "int64"
        if kind == "number":
            return "float64"
        if kind == "boolean":
            return "bool"
        if kind == "string":
            fmt = node.get("format")
            if fmt == "date-time":
                return "timestamp[UTC]"
            if fmt == "date":
                return "date"
            if fmt in ("binary", "byte"):
                return "binary"
            if "enum" in node:
                return "dictionary"
            pattern = node.get("pattern", "")
            if _NAIVE.match(pattern) and not _OFFSET.search(pattern.split("T", 1)[1]):
                return "timestamp"
            return "string"
        if kind == "array":
            item, _ = self.arrow_type(node.get("items", {}), depth + 1)
            return ["list", item]
        if kind == "object" or "properties" in node:
            return self._object(node, depth)
        return "json"

    def _merged(self, parts: list[dict[str, Any]]) -> dict[str, Any]:
        return self.document.flatten({"type": "object", "allOf": parts})

    def _object(self, node: dict[str, Any], depth: int) -> Any:
        fields = self.fields(node, depth + 1)
        return ["struct", fields] if fields else "json"  # a map of free keys: JSON text

    def fields(self, node: dict[str, Any], depth: int = 0) -> list[Field]:
        node = self.resolve(node)
        if "allOf" in node:
            node = self._merged(node["allOf"])
        required = set(node.get("required", []))
        out: list[Field] = []
        for name, prop in node.get("properties", {}).items():
            kind, nullable = self.arrow_type(prop, depth)
            out.append([name, kind, nullable or name not in required])
        return out


def schemas(spec_path: Path, record_schemas: tuple[Path, ...] = ()) -> dict[str, list[Field]]:
    """Every object schema of the spec with properties, by normalized name, and the
    JSON Schemas of the vendor's export records (by their title: the model's name)."""
    spec = load(spec_path)
    reader = _Spec(spec)
    out: dict[str, list[Field]] = {}
    for name, node in sorted(spec.get("components", {}).get("schemas", {}).items()):
        fields = reader.fields(node)
        if fields:
            out[normalize(name)] = fields
    for path in record_schemas:
        document = load(path)  # JSON is YAML
        out[normalize(document["title"])] = _Spec(document).fields(document)
    return out


def render(spec_path: Path, record_schemas: tuple[Path, ...] = ()) -> str:
    lines = [
        f'"""Arrow schemas of specs/{spec_path.name}\'s object schemas and its export records',
        "(written by scripts/arrow_schemas.py).",
        "",
        "By normalized model name: [column, type, nullable] per property, types as",
        'described in `_runtime/columnar/schema.py`. No pyarrow here: it is imported only when asked for."""',
        "",
        "from typing import Any",
        "",
        f"SCHEMAS: dict[str, list[list[Any]]] = {schemas(spec_path, record_schemas)!r}",
        "",
    ]
    return "\n".join(lines)
