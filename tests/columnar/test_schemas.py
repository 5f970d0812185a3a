"""The Arrow schema of every walk's items is the spec's schema of those items."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pyarrow as pa  # type: ignore[import-untyped]
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]

# (package, spec schema of the items) for every `iter_*` walk with typed items.
WALKS = [
    ("citylens_client", "DetectedObject"),
    ("citylens_client", "Frame"),
    ("scopix_client", "Description"),
    ("hasty_client", "Project"),
    ("hasty_client", "Dataset"),
    ("hasty_client", "Image"),
    ("hasty_client", "Label"),
    ("hasty_client", "LabelClass"),
    ("hasty_client", "Attribute"),
    ("hasty_client", "TagClass"),
    ("hasty_client", "Video"),
    ("hasty_client", "Segment"),
    ("pictograph_client", "ExportSummary"),
]


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _expected(spec: dict[str, Any], node: dict[str, Any]) -> str:
    """What a user reading the spec expects a column to be, in words."""
    node = _resolve(spec, node)
    for key in ("oneOf", "anyOf"):
        variants = [_resolve(spec, v) for v in node.get(key, []) if _resolve(spec, v).get("type") != "null"]
        if len(variants) == 1:
            return _expected(spec, variants[0])
    kind = node.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else "mixed"
    if kind == "string" and node.get("format") == "date-time":
        return "timestamp UTC"
    if kind == "string" and "enum" in node:
        return "dictionary"
    if kind == "string" and "T" in node.get("pattern", "") and "Z" not in node["pattern"]:
        return "timestamp naive"
    return {"integer": "int64", "number": "double", "boolean": "bool", "array": "list"}.get(str(kind), str(kind))


def _actual(arrow: pa.DataType) -> str:
    if pa.types.is_timestamp(arrow):
        return "timestamp UTC" if arrow.tz == "UTC" else "timestamp naive"
    if pa.types.is_dictionary(arrow):
        return "dictionary"
    if pa.types.is_struct(arrow):
        return "object"
    if pa.types.is_list(arrow):
        return "list"
    return str(arrow)


@pytest.mark.parametrize(("package", "model"), WALKS, ids=[f"{p}.{m}" for p, m in WALKS])
def test_columns_follow_the_spec(package: str, model: str) -> None:
    from citylens_client._runtime.columnar.schema import arrow_schema

    spec = yaml.safe_load((ROOT / "specs" / f"{package.removesuffix('_client')}.yaml").read_text())
    node = _resolve(spec, spec["components"]["schemas"][model])
    generated = importlib.import_module(f"{package}._arrow_schemas").SCHEMAS
    schema = arrow_schema(generated[model.lower()])

    assert schema.names == list(node["properties"])
    required = set(node.get("required", []))
    for name, prop in node["properties"].items():
        field = schema.field(name)
        expected = _expected(spec, prop)
        if expected not in ("mixed", "None", "object") or pa.types.is_struct(field.type):
            assert _actual(field.type) == expected or (expected == "string" and field.type == pa.string()), name
        node_of_prop = _resolve(spec, prop)
        variants = [_resolve(spec, v) for v in node_of_prop.get("anyOf", []) + node_of_prop.get("oneOf", [])]
        spec_nullable = (
            name not in required
            or "null" in str(node_of_prop.get("type"))
            or any(v.get("type") == "null" for v in variants)
        )
        described = next(f for f in generated[model.lower()] if f[0] == name)
        assert described[2] == spec_nullable, name  # what the spec promises is kept, for the warning
        assert field.nullable, name  # yet every column takes a null a server sends


def test_a_bounding_box_is_a_struct_of_four_integers() -> None:
    from citylens_client._arrow_schemas import SCHEMAS
    from citylens_client._runtime.columnar.schema import arrow_schema

    bbox = arrow_schema(SCHEMAS["detectedobject"]).field("bbox").type
    assert bbox == pa.struct([pa.field(n, pa.int64()) for n in ("x_from", "y_from", "width", "height")])


def test_an_enum_column_still_takes_a_member_the_spec_does_not_list() -> None:
    from citylens_client._runtime.columnar.convert import BatchMaker

    maker = BatchMaker([["status", "dictionary", False]])
    batch = maker.from_rows([{"status": "done"}, {"status": "added-later"}])
    assert batch.column("status").to_pylist() == ["done", "added-later"]
    assert pa.types.is_dictionary(batch.schema.field("status").type)
