"""Parquet output (the `[parquet]` extra): records are staged as JSONL and converted once
the walk is complete, so a walk stays resumable whatever the format."""

from __future__ import annotations

import importlib
import importlib.util
import json
from pathlib import Path

from .atomic_files import atomic_output


def distribution() -> str:
    """This package's distribution name (`citylens_client._runtime...` -> `citylens-client`)."""
    return __name__.split(".", 1)[0].replace("_", "-")


def parquet_missing() -> str | None:
    """Why Parquet cannot be written here, or None when pyarrow is installed."""
    if importlib.util.find_spec("pyarrow") is not None:
        return None
    return f"writing Parquet needs pyarrow: pip install '{distribution()}[parquet]'; or write .jsonl or .csv"


def jsonl_to_parquet(source: Path, out: Path, records: int) -> None:
    pyarrow = importlib.import_module("pyarrow")
    parquet = importlib.import_module("pyarrow.parquet")
    # An empty file is no JSON pyarrow can read: an empty table then.
    table = importlib.import_module("pyarrow.json").read_json(str(source)) if records else pyarrow.table({})
    if records:
        # pyarrow reads `...Z` as a timestamp without zone: say it is UTC (naive times stay naive, local).
        with open(source, encoding="utf-8") as file:
            first = json.loads(file.readline())
        for index, name in enumerate(table.column_names):
            kind = table.schema.field(name).type
            value = first.get(name)
            if pyarrow.types.is_timestamp(kind) and kind.tz is None and isinstance(value, str) and value.endswith("Z"):
                utc = table.column(name).cast(pyarrow.timestamp(kind.unit, tz="UTC"))
                table = table.set_column(index, name, utc)
    with atomic_output(out) as file:
        parquet.write_table(table, file)
