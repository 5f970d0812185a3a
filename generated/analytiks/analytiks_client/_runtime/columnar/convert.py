"""Rows (the JSON of typed items) into Arrow record batches of the spec's schema."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import Any

from ..errors import ResponseValidationError
from .deps import need
from .misfits import cast_each, cleaned, warn_once
from .schema import Description, arrow_schema, has_json


def _jsonify(kind: Any) -> Callable[[Any], Any] | None:
    """A function putting a value of this type into its wire form (free-form values as
    JSON text), or None when the value already is."""
    if kind == "json":
        return lambda v: v if v is None or isinstance(v, str) else json.dumps(v, sort_keys=True, default=str)
    if isinstance(kind, list) and kind[0] == "list":
        inner = _jsonify(kind[1])
        return None if inner is None else (lambda v: v if v is None else [inner(x) for x in v])
    if isinstance(kind, list) and kind[0] == "struct":
        fix = _fixer(kind[1])
        return None if fix is None else (lambda v: v if v is None else fix(v))
    return None


def _fixer(description: Description) -> Callable[[dict[str, Any]], dict[str, Any]] | None:
    if not has_json(description):
        return None
    steps = [(f[0], fn) for f in description if (fn := _jsonify(f[1])) is not None]

    def fix(row: dict[str, Any]) -> dict[str, Any]:
        out = dict(row)
        for name, fn in steps:
            if name in out:
                out[name] = fn(out[name])
        return out

    return fix


def _dumps(row: dict[str, Any]) -> bytes:
    """A row as a JSON line; dates and UUIDs as their ISO text."""
    try:
        try:
            import orjson  # a dependency of every package, 5x faster than json here
        except ImportError:  # pragma: no cover - kept working without it, like types.loads_json
            return json.dumps(row, default=str).encode()
        return orjson.dumps(row, default=str)
    except (TypeError, ValueError) as error:  # orjson.JSONEncodeError is a TypeError
        raise _mismatch(error) from error


class BatchMaker:
    """Record batches of one description: rows in wire form, then one cast."""

    def __init__(self, description: Description) -> None:
        self.description = description
        self.schema = arrow_schema(description)
        self.wire = arrow_schema(description, wire=True)
        self._fix = _fixer(description)
        self.required = frozenset(name for name, _, nullable in description if not nullable)

    def from_rows(self, rows: list[dict[str, Any]]) -> Any:
        """A batch of rows (JSON-shaped dicts). They are written out as JSON lines and
        read back by pyarrow's JSON reader: measured 10x faster than `pyarrow.array` on
        dicts, which also imports pandas (seconds) on first use."""
        pa = need("pyarrow")
        if not rows:
            return pa.RecordBatch.from_arrays([pa.nulls(0, f.type) for f in self.schema], schema=self.schema)
        if self._fix is not None:
            rows = [self._fix(r) for r in rows]
        try:
            wire = self._read(rows)
        except _Unreadable:  # a value of another type than its column's: made null, warned about
            try:
                wire = self._read(cleaned(rows, self.description))
            except _Unreadable as error:
                raise _mismatch(error) from error
        return self.cast(wire)

    def _read(self, rows: list[dict[str, Any]]) -> Any:
        pa, pj = need("pyarrow"), need("pyarrow.json")
        body = b"\n".join(_dumps(r) for r in rows)
        read = pj.ReadOptions(block_size=len(body) + 64, use_threads=False)
        # Fields beyond the spec's are read and dropped ("infer"); when they defeat
        # inference (one field, two types), skipped ("ignore", slower).
        for extras in ("infer", "ignore"):
            options = pj.ParseOptions(explicit_schema=self.wire, unexpected_field_behavior=extras)
            try:
                table = pj.read_json(io.BytesIO(body), parse_options=options, read_options=read)
                return table.combine_chunks().to_batches()[0]
            except pa.ArrowException as error:
                if extras == "ignore":
                    raise _Unreadable(error) from error
        raise AssertionError("unreachable")  # pragma: no cover

    def cast(self, wire: Any) -> Any:
        """A batch of wire columns as the schema's columns: a value the cast refuses
        becomes null (warned about), and so does a column the page lacks."""
        pa = need("pyarrow")
        columns = []
        for field in self.schema:
            try:
                column = wire.column(field.name)
            except KeyError:  # every item left it out
                columns.append(pa.nulls(wire.num_rows, field.type))
                continue
            try:
                columns.append(_cast(column, field.type))
            except pa.ArrowException:
                columns.append(cast_each(column, field.type, field.name))
        for name, column in zip(self.schema.names, columns, strict=True):
            if name in self.required and column.null_count:
                warn_once(name, "null where the spec says a value is always there; kept as null")
        return pa.RecordBatch.from_arrays(columns, schema=self.schema)


class _Unreadable(Exception):
    """pyarrow's JSON reader refused the rows: some value does not fit its column."""


def _cast(array: Any, target: Any) -> Any:
    """`array.cast(target)`, child by child through structs and lists: a plain cast also
    parses the values under null structs (empty strings, which no timestamp parses)."""
    pa = need("pyarrow")
    if pa.types.is_struct(target) and array.type != target:
        children = [_cast(child, field.type) for child, field in zip(array.flatten(), target, strict=True)]
        mask = array.is_null() if array.null_count else None
        return pa.StructArray.from_arrays(children, fields=list(target), mask=mask)
    if pa.types.is_list(target) and array.type != target:
        pc = need("pyarrow.compute")
        values = _cast(array.flatten(), target.value_type)
        offsets = pc.subtract(array.offsets, array.offsets[0])  # flatten() starts at the first offset
        if array.null_count:  # a null offset marks a null list
            offsets = pc.if_else(pa.concat_arrays([array.is_null(), pa.array([False])]), None, offsets)
        return pa.ListArray.from_arrays(offsets, values, type=target)
    return array.cast(target)


def inferred(rows: list[dict[str, Any]]) -> Any:
    """A batch of items the spec gives no schema for (untyped `iter_items`)."""
    return need("pyarrow").RecordBatch.from_pylist(rows)


def _mismatch(error: Exception) -> ResponseValidationError:
    problem = f"a value does not fit the column type the spec gives it: {error}"
    return ResponseValidationError("columnar output", "", problem)
