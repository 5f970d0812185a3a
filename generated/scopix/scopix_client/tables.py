"""Downloaded Scopix exports (CSV, JSON, JSONL) as Arrow tables (needs the `[arrow]` extra).

    from scopix_client import tables
    table = tables.export_table("export.jsonl")       # a pyarrow.Table
    reader = tables.export_record_batches("export.csv")  # streamed, for DuckDB or Polars

The columns are the export record's JSON Schema (`specs/scopix-export-record.schema.json`),
the same as `iter_descriptions(...).to_arrow()` gives for the API's descriptions.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from ._arrow_schemas import SCHEMAS
from ._runtime.columnar.annotations import ExportFormatError
from ._runtime.columnar.batches import Converter
from ._runtime.columnar.sink import reader_of
from ._runtime.errors import ResponseValidationError
from ._runtime.records import RecordFormatError
from .records import ExportFormatName, iter_export_records

__all__ = ["export_record_batches", "export_table"]
_CHUNK = 10_000


def _batches(path: str | os.PathLike[str], format: ExportFormatName | None) -> Iterator[Any]:
    converter = Converter(SCHEMAS["scopixexportrecord"])
    chunk: list[Any] = []
    try:
        for record in iter_export_records(path, format):
            chunk.append(record)
            if len(chunk) >= _CHUNK:
                yield converter.batch(chunk)
                chunk = []
        yield converter.batch(chunk)
    except (RecordFormatError, ResponseValidationError) as error:
        raise ExportFormatError(str(error)) from None


def export_record_batches(path: str | os.PathLike[str], format: ExportFormatName | None = None) -> Any:
    """The records of a downloaded export as a `pyarrow.RecordBatchReader`, read from
    disk as it is consumed (memory stays flat). The format comes from the suffix unless given."""
    return reader_of(_batches(path, format))


def export_table(path: str | os.PathLike[str], format: ExportFormatName | None = None) -> Any:
    """Every record of a downloaded export as one `pyarrow.Table`."""
    return export_record_batches(path, format).read_all()
