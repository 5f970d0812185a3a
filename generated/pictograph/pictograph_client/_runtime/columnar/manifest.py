"""The record of an incremental pull, in a SQLite file beside its Parquet dataset.

What it holds, so that a pull killed at any point continues without gaps or duplicates:

- `streams`: the watermark per stream, the point up to which everything is in the
  dataset (the next pull starts there);
- `units`: the work units a pull planned (a day of detections, a window of series) and
  whether each is done;
- `pages`: every page written, with the file it went to, its rows, size and sha256;
- `jobs`: export jobs started for a unit, so a rerun waits for the same job rather
  than starting another.

Files are written under a temporary name and renamed before their page is recorded,
and a page's file name is fixed by its unit and offset: a page written but not yet
recorded when the pull died is fetched again and replaces the same file. Several
processes may share one manifest (SQLite's own locking, WAL journal).

Standard library only: it works without the `[arrow]` extra.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import attrs

from .store import open_store

MANIFEST_NAME = "_manifest.sqlite"
_SCHEMA = """
create table if not exists streams (stream text primary key, watermark text not null);
create table if not exists units (
    stream text not null, unit text not null, done integer not null default 0, rows integer,
    primary key (stream, unit));
create table if not exists pages (
    stream text not null, unit text not null, offset integer not null, rows integer not null,
    file text not null, size integer not null, sha256 text not null, next_offset integer,
    primary key (stream, unit, offset));
create table if not exists jobs (
    stream text not null, unit text not null, job_id text not null, primary key (stream, unit));
"""


@attrs.frozen
class PageRecord:
    offset: int
    rows: int
    file: str
    size: int
    sha256: str
    next_offset: int | None


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class Manifest:
    """The manifest of the dataset in `folder` (made on first use)."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.path = self.folder / MANIFEST_NAME
        # A generous busy timeout: workers of one pull wait for each other's commits.
        self._db = open_store(self.path)
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self._db.execute("begin immediate")
        try:
            yield self._db
        except BaseException:
            self._db.execute("rollback")
            raise
        self._db.execute("commit")

    # -- watermarks -----------------------------------------------------------------

    def watermark(self, stream: str) -> str | None:
        row = self._db.execute("select watermark from streams where stream = ?", (stream,)).fetchone()
        return None if row is None else str(row[0])

    def set_watermark(self, stream: str, value: str) -> None:
        with self.transaction() as db:
            db.execute(
                "insert into streams values (?, ?) on conflict(stream) do update set watermark = excluded.watermark",
                (stream, value),
            )

    # -- units and pages ------------------------------------------------------------

    def plan(self, units: list[tuple[str, str]]) -> None:
        """Record the (stream, unit) pairs of a pull (units already known keep their state)."""
        with self.transaction() as db:
            db.executemany("insert or ignore into units (stream, unit) values (?, ?)", units)

    def pending(self, stream: str) -> list[str]:
        rows = self._db.execute("select unit from units where stream = ? and done = 0 order by unit", (stream,))
        return [str(r[0]) for r in rows]

    def is_done(self, stream: str, unit: str) -> bool:
        row = self._db.execute("select done from units where stream = ? and unit = ?", (stream, unit)).fetchone()
        return bool(row and row[0])

    def pages(self, stream: str, unit: str) -> list[PageRecord]:
        rows = self._db.execute(
            "select offset, rows, file, size, sha256, next_offset from pages where stream = ? and unit = ? "
            "order by offset",
            (stream, unit),
        )
        return [PageRecord(*r) for r in rows]

    def page_done(self, stream: str, unit: str, record: PageRecord) -> None:
        with self.transaction() as db:
            db.execute(
                "insert or replace into pages values (?, ?, ?, ?, ?, ?, ?, ?)",
                (stream, unit, record.offset, record.rows, record.file, record.size, record.sha256, record.next_offset),
            )

    def unit_done(self, stream: str, unit: str) -> None:
        with self.transaction() as db:
            total = db.execute(
                "select coalesce(sum(rows), 0) from pages where stream = ? and unit = ?", (stream, unit)
            ).fetchone()[0]
            db.execute("update units set done = 1, rows = ? where stream = ? and unit = ?", (total, stream, unit))

    # -- export jobs ----------------------------------------------------------------

    def job(self, stream: str, unit: str) -> str | None:
        row = self._db.execute("select job_id from jobs where stream = ? and unit = ?", (stream, unit)).fetchone()
        return None if row is None else str(row[0])

    def set_job(self, stream: str, unit: str, job_id: str) -> None:
        with self.transaction() as db:
            db.execute("insert or replace into jobs values (?, ?, ?)", (stream, unit, job_id))
