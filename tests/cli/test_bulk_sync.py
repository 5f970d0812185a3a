"""`scopix sync` and `analytiks sync`: incremental pulls into Parquet from the command line."""

from __future__ import annotations

from pathlib import Path

import pyarrow.dataset as ds  # type: ignore[import-untyped]

from tests.cli.conftest import Cli, Sim


def _rows(folder: Path) -> int:
    return int(ds.dataset(folder, partitioning="hive").count_rows())


def test_scopix_sync_then_nothing_new(scopix_cli: Cli, scopix_sim: Sim, tmp_path: Path) -> None:
    first = scopix_cli.inproc("sync", "pulled", "--since", "2025-01-01", "--until", "2025-01-03")
    assert first.returncode == 0, first.stderr
    rows = _rows(tmp_path / "pulled" / "descriptions")
    assert rows > 0 and first.stdout.startswith(f"{rows} rows pulled into pulled")
    again = scopix_cli.inproc("sync", "pulled", "--until", "2025-01-03")
    assert again.returncode == 0 and again.stdout.startswith("0 rows pulled"), again.stderr


def test_analytiks_sync_writes_the_long_table(analytiks_cli: Cli, analytiks_sim: Sim, tmp_path: Path) -> None:
    args = ["sync", "pulled", "--since", "2023-06-01T00:00:00Z", "--until", "2023-06-08T00:00:00Z"]
    result = analytiks_cli.inproc(*args, "--locations", "1-60")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{_rows(tmp_path / 'pulled' / 'camera_data')} rows pulled into pulled")


def test_pictograph_sync_pulls_a_snapshot_once(pictograph_cli: Cli, pictograph_sim: Sim, tmp_path: Path) -> None:
    first = pictograph_cli.inproc("sync", "street-scenes", "pulled", "--snapshot", "s1")
    assert first.returncode == 0, first.stderr
    assert _rows(tmp_path / "pulled" / "annotations") > 0
    again = pictograph_cli.inproc("sync", "street-scenes", "pulled", "--snapshot", "s1")
    assert again.returncode == 0 and again.stdout.startswith("0 rows pulled"), again.stderr
