"""Columnar output of walks: the methods every `iter_*` walk has (through the walk base
classes in `pagination.py`), and the same as functions for any iterable of items."""

from __future__ import annotations

import os
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from .deps import need

# The batch and sink modules are imported when output is first asked for: every walk
# class inherits these methods, and importing a package must stay as quick as without.


def _pages_itself(walk: Any) -> bool:
    """Offset walks are read a page at a time by the columnar pass itself."""
    return all(hasattr(walk, name) for name in ("_fetch", "page_size", "position", "_report", "_finish"))


def batches_of(items: Iterable[Any]) -> Iterator[Any]:
    """Record batches of items (typed models of the spec, or dicts), a page at a time."""
    from .batches import item_batches, offset_batches

    return offset_batches(items) if _pages_itself(items) else item_batches(items)


def write_parquet(
    batches: Iterator[Any], path: str | os.PathLike[str], partition_by: Sequence[str] | None = None
) -> Path:
    from .sink import ParquetSink

    sink = ParquetSink(path, partition_by)
    try:
        for batch in batches:
            sink.add(batch)
    except BaseException:
        sink.abort()
        raise
    return sink.close()


class ColumnarWalk:
    """Arrow, Polars, pandas and Parquet output of a walk (needs the `[arrow]` extra).

    Items stream a page at a time: memory holds a few pages whatever the walk's length.
    Columns and types come from the API spec: nested objects are structs, enums
    dictionary-encoded strings, date-times timestamps (UTC when the API sends offsets,
    naive when it sends naive local time). The walk's `position` moves as the pages
    are read, as when iterating it.
    """

    def record_batches(self) -> Any:
        """A `pyarrow.RecordBatchReader`, read as it is consumed: DuckDB and Polars
        scan it without copying (`duckdb.sql("select type, count(*) from reader group by 1")`)."""
        from .sink import reader_of

        return reader_of(batches_of(self))  # type: ignore[arg-type]

    def to_arrow(self) -> Any:
        """Every item as one `pyarrow.Table`."""
        return self.record_batches().read_all()

    def to_pandas(self) -> Any:
        """Every item as a `pandas.DataFrame` (needs pandas)."""
        need("pandas")
        return self.to_arrow().to_pandas()

    def to_polars(self) -> Any:
        """Every item as a `polars.DataFrame` (needs polars)."""
        return need("polars").from_arrow(self.to_arrow())

    def write_parquet(self, path: str | os.PathLike[str], *, partition_by: Sequence[str] | None = None) -> Path:
        """Write every item to a Parquet file at `path`, or with `partition_by` (column
        names; a timestamp column partitions by its day) a Hive-partitioned dataset in
        the folder `path` that DuckDB, Polars, Spark and pandas read."""
        return write_parquet(batches_of(self), path, partition_by)  # type: ignore[arg-type]


def abatches_of(items: AsyncIterable[Any]) -> AsyncIterator[Any]:
    from .batches import aitem_batches, aoffset_batches

    return aoffset_batches(items) if _pages_itself(items) else aitem_batches(items)


class AsyncColumnarWalk:
    """The columnar output of async walks: the same methods, awaited; `record_batches`
    is an async iterator of `pyarrow.RecordBatch`."""

    def record_batches(self) -> AsyncIterator[Any]:
        return abatches_of(self)  # type: ignore[arg-type]

    async def to_arrow(self) -> Any:
        from .sink import table_of

        return table_of([batch async for batch in self.record_batches()])

    async def to_pandas(self) -> Any:
        need("pandas")
        return (await self.to_arrow()).to_pandas()

    async def to_polars(self) -> Any:
        return need("polars").from_arrow(await self.to_arrow())

    async def write_parquet(self, path: str | os.PathLike[str], *, partition_by: Sequence[str] | None = None) -> Path:
        from .sink import ParquetSink

        sink = ParquetSink(path, partition_by)
        try:
            async for batch in self.record_batches():
                sink.add(batch)
        except BaseException:
            sink.abort()
            raise
        return sink.close()
