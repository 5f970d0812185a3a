"""A command that writes records to a file: its options (`--out`, `--format`,
`--resume`, `--overwrite`, `--progress`) gathered into one `RecordOutput`, whose `save`
fills the resumable `RecordFile`, puts it in place and says how many records went where."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import attrs

from .connection import CC, Opener
from .console import echo
from .options import (
    FC,
    format_option,
    gathered,
    out_option,
    overwrite_option,
    progress_option,
    resume_option,
    show_progress,
)
from .output_format import OutputFormat, output_format
from .record_file import RecordFile, Walk


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

    def save(
        self,
        open_client: Opener[CC],
        write: Callable[[RecordFile, CC], None],
        *,
        command: str,
        params: Mapping[str, object],
        label: str,
        **options: Any,
    ) -> RecordFile:
        """`write(file, client)` into the record file, which is then put in place, and
        the result line: how many `label` went where. `command`, `params` and the
        connection's settings are what `--resume` must find unchanged; `options`: those
        of `RecordFile`."""
        with (
            self.open(command, {**params, **open_client.settings()}, label=label, **options) as sink,
            open_client() as client,
        ):
            write(sink, client)
            path = sink.commit()
        echo(f"{sink.records} {label} written to {path}")
        return sink

    def save_walk(self, open_client: Opener[CC], walk: Callable[[CC, int], Walk], **save: Any) -> RecordFile:
        """Every item of `walk(client, start_offset)` (an `iter_*` walk from where a
        resumed file stopped), as `save` does (`save`: its keywords)."""
        return self.save(open_client, lambda sink, client: sink.write_walk(walk(client, sink.start_offset)), **save)


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
