"""`hasty export` and `hasty upload`, end to end in a subprocess against the simulator."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from tests.cli.conftest import Cli, Sim
from vision_api_sims import hasty
from vision_api_sims.server import serve

KEY = "hasty-key-owner"


@pytest.fixture
def hasty_sim() -> Iterator[Sim]:
    app = hasty.create_app(export_init_seconds=0.1, export_seconds=0.3)
    storage_app = hasty.create_storage_app(app.state.storage)
    with serve(storage_app) as storage, serve(app) as api:
        app.state.storage_app = storage_app
        app.state.storage_base_url = storage.base_url
        yield Sim([api, storage], {"api": app, "storage": storage_app}, {})


@pytest.fixture
def hasty_cli(hasty_sim: Sim, tmp_path: Path) -> Cli:
    return Cli("hasty_client", {"HASTY_BASE_URL": hasty_sim.url, "HASTY_API_KEY": KEY}, tmp_path)


def _project(sim: Sim) -> hasty.Project:
    world: hasty.World = sim.apps["api"].state.hasty.world  # app.state is untyped
    return max(world.projects.values(), key=lambda p: len(p.images))


def test_export_downloads_the_archive(hasty_cli: Cli, hasty_sim: Sim, tmp_path: Path) -> None:
    project = _project(hasty_sim)
    result = hasty_cli("export", project.record["id"], "--format", "json_coco", "--out", "export.zip")
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(tmp_path / "export.zip") as archive:
        assert any(name.endswith(".json") for name in archive.namelist())
    assert not (tmp_path / "export.zip.resume.json").exists()
    assert KEY not in result.stdout + result.stderr


def test_upload_creates_the_images(hasty_cli: Cli, hasty_sim: Sim, tmp_path: Path) -> None:
    project = _project(hasty_sim)
    files = []
    for n in range(3):
        buffer = io.BytesIO()
        Image.new("RGB", (16, 16), (n * 60, 0, 0)).save(buffer, "JPEG")
        (tmp_path / f"i{n}.jpg").write_bytes(buffer.getvalue())
        files.append(f"i{n}.jpg")
    result = hasty_cli("upload", project.record["id"], next(iter(project.datasets)), *files)
    assert result.returncode == 0, result.stderr
    assert [line.split("\t")[1] for line in result.stdout.splitlines()] == files


def test_usage_and_api_errors_have_their_exit_codes(hasty_cli: Cli, hasty_sim: Sim) -> None:
    project = _project(hasty_sim)
    assert hasty_cli.inproc("export", project.record["id"], "--format", "csv", "--out", "x.zip").returncode == 2
    assert hasty_cli.inproc("export", "not-an-id", "--format", "yolo", "--out", "x.zip").returncode == 2
    wrong = hasty_cli.inproc(
        "export", project.record["id"], "--format", "yolo", "--out", "x.zip", env={"HASTY_API_KEY": "nope"}
    )
    assert wrong.returncode == 3 and "HASTY_API_KEY" in wrong.stderr and "nope" not in wrong.stderr
    help_text = hasty_cli.inproc("export", "--help").stdout
    assert "Examples:" in help_text and "--resume" in help_text


def test_projects_and_datasets_show_the_ids_the_other_commands_take(hasty_cli: Cli, hasty_sim: Sim) -> None:
    world = hasty_sim.apps["api"].state.hasty.world
    listed = hasty_cli("projects")
    assert listed.returncode == 0, listed.stderr
    assert sorted(listed.stdout.splitlines()) == sorted(f"{p.id}\t{p.record['name']}" for p in world.projects.values())
    project = _project(hasty_sim)
    datasets = hasty_cli("datasets", project.record["id"])
    assert datasets.returncode == 0, datasets.stderr
    assert [line.split("\t")[0] for line in datasets.stdout.splitlines()] == list(project.datasets)
    assert hasty_cli.inproc("datasets", "not-an-id").returncode == 2


def test_sync_pulls_the_images_of_each_upload_day_once(hasty_cli: Cli, hasty_sim: Sim, tmp_path: Path) -> None:
    import pyarrow.dataset as ds  # type: ignore[import-untyped]

    project = _project(hasty_sim).record["id"]
    first = hasty_cli.inproc("sync", project, "pulled", "--since", "2024-03-01", "--until", "2024-03-02")
    assert first.returncode == 0, first.stderr
    rows = int(ds.dataset(tmp_path / "pulled" / "images", partitioning="hive").count_rows())
    assert rows > 0 and first.stdout.startswith(f"{rows} rows pulled into pulled")
    again = hasty_cli.inproc("sync", project, "pulled", "--until", "2024-03-02")
    assert again.returncode == 0 and again.stdout.startswith("0 rows pulled"), again.stderr
