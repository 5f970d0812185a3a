"""`citylens sync`: incremental pulls into a Parquet dataset from the command line."""

from __future__ import annotations

from pathlib import Path

import pyarrow.dataset as ds  # type: ignore[import-untyped]

from tests.cli.conftest import Cli, Sim


def test_sync_pulls_new_days_once(citylens_cli: Cli, citylens_sim: Sim, tmp_path: Path) -> None:
    first = citylens_cli.inproc("sync", "pulled", "--since", "2025-11-01", "--until", "2025-11-03")
    assert first.returncode == 0, first.stderr
    rows = ds.dataset(tmp_path / "pulled" / "detections", partitioning="hive").count_rows()
    assert rows > 0 and first.stdout.startswith(f"{rows + _frames(tmp_path)} rows pulled into pulled")

    again = citylens_cli.inproc("sync", "pulled", "--until", "2025-11-03")
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("0 rows pulled")  # nothing new: the watermark is at --until


def test_the_first_sync_without_since_is_a_usage_error(citylens_cli: Cli, citylens_sim: Sim) -> None:
    result = citylens_cli.inproc("sync", "fresh", "--until", "2025-11-03")
    assert result.returncode != 0
    assert "since" in result.stderr


def _frames(tmp_path: Path) -> int:
    return int(ds.dataset(tmp_path / "pulled" / "frames", partitioning="hive").count_rows())
