"""Reading a downloaded Scopix export as typed records, streamed from disk."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import msgspec

from ._runtime.errors import ParameterError
from ._runtime.records import RecordFormatError, iter_csv, iter_json_array
from .export_records import ScopixExportRecord

ExportFormatName = Literal["csv", "json", "jsonl"]
_FORMATS: dict[str, ExportFormatName] = {".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}
# CSV cells holding JSON-encoded objects (see specs/scopix-export-record.schema.json).
_JSON_CELLS = ("metadata", "verification")
_DECODER = msgspec.json.Decoder(ScopixExportRecord)


def iter_export_records(
    path: str | os.PathLike[str], format: ExportFormatName | None = None
) -> Iterator[ScopixExportRecord]:
    """Every record of a downloaded export, typed (`ScopixExportRecord`) and validated,
    one at a time: memory stays flat whatever the file's size. The format comes from
    the file's suffix unless given."""
    source = Path(path)
    kind = format or _FORMATS.get(source.suffix.lower())
    if kind not in ("csv", "json", "jsonl"):
        raise ParameterError("format", f"cannot tell the format of {source.name}: pass csv, json or jsonl")
    try:
        if kind == "jsonl":
            with open(source, "rb") as file:
                for line in file:
                    if line.strip():
                        yield _DECODER.decode(line)
        elif kind == "json":
            for value in iter_json_array(source):
                yield msgspec.convert(value, ScopixExportRecord)
        else:
            for row in iter_csv(source):
                yield msgspec.convert(_from_csv(row), ScopixExportRecord, strict=False)
    except msgspec.ValidationError as error:
        raise RecordFormatError(f"{source.name}: record does not match the export schema: {error}") from None


def _from_csv(row: dict[str, str]) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for key, cell in row.items():
        if cell == "":
            record[key] = None
        elif key in _JSON_CELLS:
            record[key] = json.loads(cell)
        else:
            record[key] = cell
    return record
