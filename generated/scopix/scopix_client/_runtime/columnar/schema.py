"""Arrow types from the descriptions `scripts/arrow_schemas.py` writes into each package.

A description is plain data, so the package imports pyarrow only when a table is made:
"int64" "float64" "bool" "string" "binary" "date" "json", "timestamp" (naive local),
"timestamp[UTC]" (an RFC 3339 date-time, stored in UTC), "dictionary" (a string enum,
dictionary-encoded so that members the spec does not list still fit),
["struct", [[name, type, nullable], ...]] and ["list", type].

Each description gives two schemas: the column types users get, and the "wire" types
the JSON arrives in (timestamps and enums as strings), which pyarrow's JSON reader and
`from_pylist` can fill; one cast turns the second into the first.
"""

from __future__ import annotations

from typing import Any

from .deps import need

Description = list[list[Any]]
_SCALARS = {"int64", "float64", "bool", "string", "binary", "date", "json", "timestamp", "timestamp[UTC]", "dictionary"}


def _type(kind: Any, wire: bool) -> Any:
    pa = need("pyarrow")
    if isinstance(kind, list) and kind[0] == "struct":
        return pa.struct([_field(f, wire) for f in kind[1]])
    if isinstance(kind, list) and kind[0] == "list":
        return pa.list_(_type(kind[1], wire))
    if kind not in _SCALARS:
        raise ValueError(f"unknown column type {kind!r}")  # a generator bug, not a user error
    if kind in ("string", "json") or (wire and kind in ("timestamp", "timestamp[UTC]", "dictionary", "date")):
        return pa.string()
    return {
        "int64": pa.int64(),
        "float64": pa.float64(),
        "bool": pa.bool_(),
        "binary": pa.binary(),
        "date": pa.date32(),
        "timestamp": pa.timestamp("us"),
        "timestamp[UTC]": pa.timestamp("us", tz="UTC"),
        "dictionary": pa.dictionary(pa.int32(), pa.string()),
    }[kind]


def _field(spec: list[Any], wire: bool) -> Any:
    name, kind, _ = spec
    # Every column takes nulls, even one the spec says always has a value: a server that
    # sends null there must not cost the pull (misfits.py warns instead), and every batch
    # of a table has the same schema, so the schema cannot depend on what a page held.
    return need("pyarrow").field(name, _type(kind, wire), nullable=True)


def arrow_schema(description: Description, *, wire: bool = False) -> Any:
    """The `pyarrow.Schema` of a description (`wire`: as the JSON arrives)."""
    return need("pyarrow").schema([_field(f, wire) for f in description])


def has_json(description: Description) -> bool:
    """Whether any column, at any depth, is kept as JSON text (pyarrow's JSON reader
    cannot turn a free-form value into text, so such models take the row path)."""

    def walk(kind: Any) -> bool:
        if isinstance(kind, list):
            return walk(kind[1]) if kind[0] == "list" else any(walk(f[1]) for f in kind[1])
        return bool(kind == "json")

    return any(walk(f[1]) for f in description)
