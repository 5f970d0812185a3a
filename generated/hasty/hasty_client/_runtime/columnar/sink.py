"""Where batches go: one Arrow table, a stream, a Parquet file or a Hive-partitioned
Parquet dataset; every writer holds at most a bounded number of rows."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator, Sequence
from itertools import chain
from pathlib import Path
from typing import Any

from ..errors import ParameterError
from .deps import need

FLUSH_ROWS = 256_000  # rows buffered per partitioned write: bounded memory, few files
ROW_GROUP_ROWS = 64_000  # rows per row group of a single file


def reader_of(batches: Iterator[Any]) -> Any:
    """A `pyarrow.RecordBatchReader` over batches (the schema is the first batch's; an
    empty walk gives an empty reader without columns)."""
    pa = need("pyarrow")
    first = next(batches, None)
    if first is None:
        return pa.RecordBatchReader.from_batches(pa.schema([]), iter(()))
    return pa.RecordBatchReader.from_batches(first.schema, chain([first], batches))


def table_of(batches: list[Any]) -> Any:
    pa = need("pyarrow")
    return pa.Table.from_batches(batches) if batches else pa.table({})


def _partition_columns(batch: Any, partition_by: Sequence[str]) -> tuple[Any, list[str]]:
    """The batch with what it is partitioned by: a timestamp column partitions by its
    day (a `<column>_date` column is added, as engines expect dates in paths), a
    dictionary column by its values."""
    pa, pc = need("pyarrow"), need("pyarrow.compute")
    names: list[str] = []
    for name in partition_by:
        if name not in batch.schema.names:
            raise ParameterError("partition_by", f"no column {name!r}; columns: {', '.join(batch.schema.names)}")
        column = batch.column(name)
        if pa.types.is_timestamp(column.type):
            date_name = f"{name}_date"
            batch = batch.append_column(date_name, pc.cast(column, pa.date32()))
            names.append(date_name)
        else:
            if pa.types.is_dictionary(column.type):
                batch = batch.set_column(batch.schema.get_field_index(name), name, column.cast(pa.string()))
            names.append(name)
    return batch, names


class ParquetSink:
    """Batches into `path`: one Parquet file, or with `partition_by` a Hive-partitioned
    dataset (`path/type=signs/first_seen_datetime_date=2025-11-01/part-....parquet`).

    A single file appears only once complete (written beside it, then renamed)."""

    def __init__(self, path: str | os.PathLike[str], partition_by: Sequence[str] | None = None) -> None:
        self.path = Path(path)
        self.partition_by = list(partition_by or [])
        self.prefix = f"part-{uuid.uuid4().hex[:12]}"
        self._writer: Any = None
        self._buffer: list[Any] = []
        self._names: list[str] = []
        self._rows = 0
        self._flushes = 0
        self._partial = self.path.with_name(self.path.name + ".partial")

    def add(self, batch: Any) -> None:
        if self.partition_by:
            batch, self._names = _partition_columns(batch, self.partition_by)
        self._buffer.append(batch)
        self._rows += batch.num_rows
        # Pages are small; a row group per page would make a slow file to write and read.
        if self._rows >= (FLUSH_ROWS if self.partition_by else ROW_GROUP_ROWS):
            self._flush()

    def _flush(self) -> None:
        if not self._buffer:
            return
        pa = need("pyarrow")
        if not self.partition_by:
            if self._writer is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._writer = need("pyarrow.parquet").ParquetWriter(self._partial, self._buffer[0].schema)
            self._writer.write_table(pa.Table.from_batches(self._buffer))
            self._buffer, self._rows = [], 0
            return
        need("pyarrow.dataset").write_dataset(  # imports pandas (seconds): only when partitioning
            pa.Table.from_batches(self._buffer),
            self.path,
            format="parquet",
            partitioning=self._names,
            partitioning_flavor="hive",
            basename_template=f"{self.prefix}-{self._flushes}-{{i}}.parquet",
            existing_data_behavior="overwrite_or_ignore",
        )
        self._flushes += 1
        self._buffer, self._rows = [], 0

    def close(self, empty_schema: Any = None) -> Path:
        self._flush()
        if self.partition_by:
            self.path.mkdir(parents=True, exist_ok=True)
            return self.path
        if self._writer is None:  # an empty walk still leaves a readable file
            self.path.parent.mkdir(parents=True, exist_ok=True)
            schema = empty_schema if empty_schema is not None else need("pyarrow").schema([])
            self._writer = need("pyarrow.parquet").ParquetWriter(self._partial, schema)
        self._writer.close()
        os.replace(self._partial, self.path)
        return self.path

    def abort(self) -> None:
        if self._writer is not None:
            self._writer.close()
        self._partial.unlink(missing_ok=True)
