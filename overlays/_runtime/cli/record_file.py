"""The records of a page walk written to a JSONL, CSV or Parquet file, resumably.

Records go to `<out>.part`; `--resume` truncates `.part` to the bytes the resume state
says hold complete records and carries on from the position saved with them, so
nothing is lost or written twice, even after a kill. At the end the `.part` file
becomes `<out>` by a rename (Parquet: the staged JSONL is converted into a temporary
file that is renamed).
"""

from __future__ import annotations

import csv
import enum
import io
import os
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import IO, Any, Protocol

from ..durable import fsync_dir
from .atomic_files import part_of
from .console import note
from .exit_codes import CommandError, Interrupted
from .interrupts import GUARD
from .json_text import dumps
from .output_format import OutputFormat
from .parquet_file import jsonl_to_parquet
from .resume_state import ResumeState


class _Item(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


class Walk(Protocol):
    """An `iter_*` walk: its items, and the offset of the next one."""

    @property
    def position(self) -> int: ...

    def __iter__(self) -> Iterator[_Item]: ...


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list | tuple):
        return dumps(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


def _flatten(record: Mapping[str, Any], nested: Collection[str]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in record.items():
        if key in nested and isinstance(value, Mapping):
            for inner, item in value.items():
                flat[f"{key}.{inner}"] = item
        else:
            flat[key] = value
    return flat


class RecordFile:
    """The records of a page walk, resumable: see the module docstring.

    Use as a context manager around the walk: `position` is where to start (None:
    from the beginning); `write(record, position)` takes each record with the position
    just after it; `commit()` puts the file in place. Leaving the block by Ctrl-C saves
    the state and raises `Interrupted`; by an error, saves it and notes `--resume`.

    CSV: columns are `columns`, or the first record's keys; objects named in `flatten`
    become dotted columns (`bbox.width`), other objects and lists JSON cells.
    """

    def __init__(
        self,
        out: Path,
        fmt: OutputFormat,
        *,
        command: str,
        params: Mapping[str, object],
        resume: bool,
        overwrite: bool,
        columns: Sequence[str] | None = None,
        flatten: Collection[str] = (),
        checkpoint_every: int = 1000,
        label: str = "records",
    ) -> None:
        self.out = out
        self.fmt = fmt
        self.part = part_of(out)
        self.state = ResumeState(out, command, {**params, "format": fmt})
        self.resume = resume
        self.overwrite = overwrite
        self.columns: list[str] | None = None if columns is None else list(columns)
        self.flatten = frozenset(flatten)
        self.checkpoint_every = max(1, checkpoint_every)
        self.label = label
        self.position: Any = None
        """Where the saved run stopped (None: start from the beginning)."""
        self.extra: dict[str, Any] = {}
        """Command-specific values kept in the state (e.g. locations refused so far)."""
        self.records = 0
        self._bytes = 0
        self._since_checkpoint = 0
        self._mark: tuple[Any, int, int] = (None, 0, 0)  # (position, bytes, records): one consistent point
        self._file: IO[bytes] | None = None
        self._committed = False

    # The position, as the walks need it.
    @property
    def start_offset(self) -> int:
        """For offset walks: the offset of the next record (0 on a fresh start)."""
        if self.position is None:
            return 0
        if not isinstance(self.position, int) or isinstance(self.position, bool):
            raise CommandError(f"{self.state.path}: position {self.position!r} is not an offset")
        return self.position

    @property
    def start_marker(self) -> tuple[Any, int]:
        """For walks of pages or requests: (the page's key, items of it already written)."""
        if self.position is None:
            return None, 0
        if not isinstance(self.position, list) or len(self.position) != 2 or not isinstance(self.position[1], int):
            raise CommandError(f"{self.state.path}: position {self.position!r} is not [key, count]")
        return self.position[0], self.position[1]

    def __enter__(self) -> RecordFile:
        resumed = self.state.open(resume=self.resume, overwrite=self.overwrite, leftovers=[self.part])
        if resumed:
            data = self.state.data
            self.position = data.get("position")
            self.records = int(data.get("records", 0))
            self._bytes = int(data.get("bytes", 0))
            self.columns = data.get("columns", self.columns)
            self.extra = dict(data.get("extra") or {})
            size = self.part.stat().st_size if self.part.exists() else -1
            if size < self._bytes:
                raise CommandError(
                    f"{self.part} is shorter than {self.state.path} says; pass --overwrite to start over"
                )
            os.truncate(self.part, self._bytes)  # drop a record half-written when the run was killed
            note(f"resuming {self.out}: {self.records} {self.label} already written")
        self._mark = (self.position, self._bytes, self.records)
        self.part.parent.mkdir(parents=True, exist_ok=True)
        self._file = open(self.part, "ab")
        if self.fmt == "csv" and self.columns is not None and self._bytes == 0:
            self._append(self._csv_line(self.columns))
        return self

    def _append(self, data: bytes) -> None:
        assert self._file is not None
        self._file.write(data)
        self._bytes += len(data)

    def _csv_line(self, values: Iterable[str]) -> bytes:
        buffer = io.StringIO()
        csv.writer(buffer).writerow(list(values))
        return buffer.getvalue().encode("utf-8")

    def _encode(self, record: Mapping[str, Any]) -> bytes:
        if self.fmt != "csv":  # parquet is staged as JSONL and converted at commit
            return (dumps(record) + "\n").encode("utf-8")
        flat = _flatten(record, self.flatten)
        if self.columns is None:
            self.columns = list(flat)
            self._append(self._csv_line(self.columns))
        unknown = [key for key in flat if key not in self.columns]
        if unknown:
            raise CommandError(
                f"record {self.records + 1} has fields the CSV header lacks ({', '.join(unknown)}); "
                "write .jsonl instead"
            )
        return self._csv_line(_cell(flat.get(column)) for column in self.columns)

    def write(self, record: Mapping[str, Any], position: object) -> None:
        """Append `record`; `position` is where the walk resumes after it."""
        self.write_many([record], position)

    def write_many(self, records: Iterable[Mapping[str, Any]], position: object) -> None:
        """Append `records` as one unit: after Ctrl-C or a kill, all of them are kept or none."""
        with GUARD.critical():
            for record in records:
                self._append(self._encode(record))
                self.records += 1
                self._since_checkpoint += 1
            self._mark = (position, self._bytes, self.records)
            if self._since_checkpoint >= self.checkpoint_every:
                self.checkpoint()

    def write_walk(self, walk: Walk) -> None:
        """Append every item of an `iter_*` walk (started at `start_offset`)."""
        for item in walk:
            # `position` is this item's offset until the next is asked for.
            self.write(item.to_dict(), walk.position + 1)

    def checkpoint(self) -> None:
        """Make what is written durable, then record it in the state file."""
        with GUARD.critical():
            position, size, records = self._mark
            if self._file is not None:
                self._file.flush()
                os.fsync(self._file.fileno())
            self.state.save(position=position, records=records, bytes=size, columns=self.columns, extra=self.extra)
            self._since_checkpoint = 0

    def commit(self) -> Path:
        """The walk is complete: put the file at `out` and forget the state."""
        with GUARD.critical():
            self._close()
            if self.fmt == "parquet":
                jsonl_to_parquet(self.part, self.out, self.records)
                self.part.unlink()
            else:
                os.replace(self.part, self.out)
                fsync_dir(self.out.parent)
            self.state.clear()
            self._committed = True
        return self.out

    def _close(self) -> None:
        if self._file is not None:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()
            self._file = None

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> bool:
        if self._committed:
            # A Ctrl-C held back while committing came too late to stop anything: the file is whole.
            return isinstance(error, KeyboardInterrupt)
        # Whatever stopped the walk, the records written so far stay resumable, up to the
        # last whole one; a run that wrote nothing leaves nothing behind.
        _, size, records = self._mark
        if records == 0 and not self.state.data:
            self._close()
            self.part.unlink(missing_ok=True)
            self.state.clear()
            if isinstance(error, KeyboardInterrupt):
                raise Interrupted("nothing was written yet") from None
            return False
        self.checkpoint()
        self._close()
        os.truncate(self.part, size)
        hint = "run the same command with --resume to continue"
        if isinstance(error, KeyboardInterrupt):
            raise Interrupted(f"{records} {self.label} kept in {self.part}; {hint}") from None
        if error is not None and records:
            error.add_note(f"{records} {self.label} kept in {self.part}; {hint}")
        return False
