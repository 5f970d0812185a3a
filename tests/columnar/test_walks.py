"""Columnar output of walks: the same rows and values as the typed walk, streamed."""

from __future__ import annotations

import asyncio
import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.dataset as ds  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]

import citylens_client as cl
from citylens_client import aio
from citylens_client.models import DetectedObject
from tests.columnar.conftest import API_KEY, FROM, TO
from vision_api_sims.server import RunningServer


def _fetch(relation: duckdb.DuckDBPyRelation | None) -> list[Any]:
    assert relation is not None  # a select always gives a relation
    return relation.fetchall()


def _typed_rows(objects: list[DetectedObject]) -> list[dict[str, Any]]:
    """The typed walk's objects as the table should show them: dates as datetimes."""
    rows = []
    for obj in objects:
        row = obj.to_dict()
        for key in ("first_seen_datetime", "last_seen_datetime"):
            row[key] = dt.datetime.fromisoformat(row[key])
        rows.append(row)
    return rows


def test_a_table_holds_exactly_the_typed_walks_objects(citylens_server: RunningServer) -> None:
    with cl.connect(API_KEY, base_url=citylens_server.base_url) as client:
        typed = list(cl.iter_detected_objects(client, FROM, TO, page_size=300))
        walk = cl.iter_detected_objects(client, FROM, TO, page_size=300)
        table = walk.to_arrow()

    assert table.num_rows == len(typed) > 600  # several pages, read typed and raw
    assert table.to_pylist() == _typed_rows(typed)
    assert walk.position == len(typed)
    assert table.schema.field("first_seen_datetime").type == pa.timestamp("us")  # naive local stays naive


def test_a_resumed_walk_tables_only_the_rest(citylens_server: RunningServer) -> None:
    with cl.connect(API_KEY, base_url=citylens_server.base_url) as client:
        typed = list(cl.iter_detected_objects(client, FROM, TO, page_size=250))
        rest = cl.iter_detected_objects(client, FROM, TO, page_size=250, start_offset=400).to_arrow()
    assert rest.column("id").to_pylist() == [o.id for o in typed[400:]]


def test_frames_have_their_own_columns(citylens_server: RunningServer) -> None:
    with cl.connect(API_KEY, base_url=citylens_server.base_url) as client:
        typed = list(cl.iter_frames(client, FROM, TO, page_size=500))
        table = cl.iter_frames(client, FROM, TO, page_size=500).to_arrow()
    assert table.column("id").to_pylist() == [f.id for f in typed]
    assert table.num_rows == len(typed)


def test_the_async_walk_gives_the_same_table(citylens_server: RunningServer) -> None:
    async def run() -> pa.Table:
        async with aio.connect(API_KEY, base_url=citylens_server.base_url) as client:
            return await aio.iter_detected_objects(client, FROM, TO, page_size=300).to_arrow()

    with cl.connect(API_KEY, base_url=citylens_server.base_url) as client:
        expected = cl.iter_detected_objects(client, FROM, TO, page_size=300).to_arrow()
    assert asyncio.run(run()).equals(expected)


def test_engines_read_the_stream_and_the_frames(citylens_server: RunningServer) -> None:
    with cl.connect(API_KEY, base_url=citylens_server.base_url) as client:
        typed = list(cl.iter_detected_objects(client, FROM, TO))
        reader = cl.iter_detected_objects(client, FROM, TO).record_batches()  # noqa: F841 - DuckDB finds it by name
        counts = dict(_fetch(duckdb.sql("select type, count(*) from reader group by 1")))
        polars = cl.iter_detected_objects(client, FROM, TO).to_polars()
        pandas = cl.iter_detected_objects(client, FROM, TO).to_pandas()

    expected: dict[str, int] = {}
    for obj in typed:
        expected[obj.type_] = expected.get(obj.type_, 0) + 1
    assert counts == expected
    assert isinstance(polars, pl.DataFrame) and polars.height == len(typed)
    assert polars["bbox"].struct.field("width").to_list() == [o.bbox.width for o in typed]
    assert isinstance(pandas, pd.DataFrame) and list(pandas["id"]) == [o.id for o in typed]


def test_parquet_file_and_hive_dataset(citylens_server: RunningServer, tmp_path: Path) -> None:
    with cl.connect(API_KEY, base_url=citylens_server.base_url) as client:
        detections = cl.iter_detected_objects(client, FROM, TO, page_size=400).to_arrow()
        single = cl.iter_detected_objects(client, FROM, TO, page_size=400).write_parquet(tmp_path / "d.parquet")
        folder = cl.iter_detected_objects(client, FROM, TO, page_size=400).write_parquet(
            tmp_path / "ds", partition_by=["type", "first_seen_datetime"]
        )

    assert pq.read_table(single).equals(detections)
    days = sorted(p.name for p in (folder / "type=signs").iterdir())
    assert days == ["first_seen_datetime_date=2025-11-01", "first_seen_datetime_date=2025-11-02",
                    "first_seen_datetime_date=2025-11-03"]  # fmt: skip
    scan = f"read_parquet('{folder}/**/*.parquet', hive_partitioning=true)"
    back = _fetch(duckdb.sql(f"select type, count(*) from {scan} group by 1"))
    assert dict(back) == dict(_fetch(duckdb.sql("select type, count(*) from detections group by 1")))
    assert ds.dataset(folder, partitioning="hive").count_rows() == detections.num_rows


def test_without_pyarrow_the_error_says_how_to_install_it(tmp_path: Path) -> None:
    # A fresh interpreter where pyarrow cannot be imported: the package itself still works.
    script = (
        "import sys; sys.modules['pyarrow'] = None\n"
        "import citylens_client as cl\n"
        "from citylens_client._runtime.errors import VisionAPIError\n"
        "from citylens_client._runtime.pagination import OffsetIterator, Page\n"
        "walk = OffsetIterator(lambda o, n: Page([], 0), page_size=10)\n"
        "try:\n    walk.to_arrow()\nexcept VisionAPIError as e:\n    print(e)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert "pip install 'citylens-client[arrow]'" in out


def test_the_async_walk_writes_a_partitioned_dataset(citylens_server: RunningServer, tmp_path: Path) -> None:
    async def run() -> Path:
        async with aio.connect(API_KEY, base_url=citylens_server.base_url) as client:
            walk = aio.iter_detected_objects(client, FROM, TO, page_size=500)
            return await walk.write_parquet(tmp_path / "ds", partition_by=["type"])

    folder = asyncio.run(run())
    with cl.connect(API_KEY, base_url=citylens_server.base_url) as client:
        expected = sorted(o.id for o in cl.iter_detected_objects(client, FROM, TO))
    back = ds.dataset(folder, partitioning="hive").to_table()
    assert sorted(back.column("id").to_pylist()) == expected
    assert sorted(p.name for p in folder.iterdir()) == [
        f"type={t}" for t in sorted(set(back.column("type").to_pylist()))
    ]
