"""Which record format a command writes: `--format`, or the `--out` file's suffix."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from .exit_codes import UsageError
from .parquet_file import parquet_missing

OutputFormat = Literal["jsonl", "csv", "parquet"]
_SUFFIXES: dict[str, OutputFormat] = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}


def output_format(out: Path, given: str | None) -> OutputFormat:
    """The record format: `given`, or from the file's suffix (.jsonl/.ndjson, .csv, .parquet)."""
    if given is not None:
        fmt = _SUFFIXES.get(f".{given}")
        if fmt is None:
            raise UsageError(f"--format: expected jsonl, csv or parquet, got {given!r}")
    else:
        found = _SUFFIXES.get(out.suffix.lower())
        if found is None:
            raise UsageError(f"--out: cannot tell the format of {out.name}: use .jsonl, .csv or .parquet, or --format")
        fmt = found
    if fmt == "parquet" and (missing := parquet_missing()) is not None:
        raise UsageError(missing)
    return fmt
