"""The options of a command that writes records to a file (`--out`, `--format`,
`--resume`, `--overwrite`, `--progress`), gathered into one `RecordOutput`."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import attrs

from .options import (
    format_option,
    gathered,
    out_option,
    overwrite_option,
    progress_option,
    resume_option,
    show_progress,
)
from .output_format import OutputFormat, output_format
from .record_file import RecordFile

FC = TypeVar("FC", bound=Callable[..., Any])


@attrs.frozen
class RecordOutput:
    """Where and how a command writes its records; the format is known (from
    `--format` or the file's suffix) before the command does anything else."""

    out: Path
    format: OutputFormat
    resume: bool
    overwrite: bool
    progress: bool

    def open(self, command: str, params: Mapping[str, object], **options: Any) -> RecordFile:
        """The record file, resumed when `--resume` was given (`options`: those of `RecordFile`)."""
        return RecordFile(
            self.out,
            self.format,
            command=command,
            params=params,
            resume=self.resume,
            overwrite=self.overwrite,
            **options,
        )


def _gather(out: Path, fmt: str | None, resume: bool, overwrite: bool, progress: bool | None) -> RecordOutput:
    return RecordOutput(out, output_format(out, fmt), resume, overwrite, show_progress(progress))


def record_options() -> Callable[[FC], FC]:
    """The options of a command writing records; the command gets `output`."""
    return gathered(
        "output",
        ["out", "fmt", "resume", "overwrite", "progress"],
        _gather,
        out_option("The file to write: .jsonl, .csv or .parquet (Parquet needs pyarrow)."),
        format_option(["jsonl", "csv", "parquet"], "The file format (default: from the --out suffix)."),
        resume_option(),
        overwrite_option(),
        progress_option(),
    )
