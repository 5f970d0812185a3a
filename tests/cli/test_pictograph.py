"""`pictograph export ...`, end to end against the simulator and its storage host."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from tests.cli.conftest import PICTOGRAPH_KEY, Cli, Sim, grew, interrupt_when
from vision_api_sims import pictograph

DATASET = "street-scenes"
FAST = ("--poll-interval", "0.05")


def stored_archive(sim: Sim, dataset: str, name: str) -> bytes:
    store: pictograph.ExportStore = sim.apps["api"].state.exports
    job = store.get(dataset, name)
    assert job is not None
    return sim.apps["api"].state.storage.objects[job.storage_key].produce()  # type: ignore[no-any-return]


def test_help(pictograph_cli: Cli) -> None:
    result = pictograph_cli("export", "download", "--help")
    assert result.returncode == 0
    assert "PICTOGRAPH_API_KEY" in result.stdout and "pictograph export download" in result.stdout
    assert PICTOGRAPH_KEY not in result.stdout
    for command in ("create", "wait", "extract", "list", "delete", "get"):
        assert "Examples:" in pictograph_cli.inproc("export", command, "--help").stdout


def test_create_wait_download_extract_list_delete(pictograph_cli: Cli, pictograph_sim: Sim, tmp_path: Path) -> None:
    name = "Training v1 / cars #1 ü"
    created = pictograph_cli("export", "create", DATASET, name, "--include-images", "--classes", "car,person")
    assert created.returncode == 0, created.stderr
    job = json.loads(created.stdout)
    assert job["name"] == name and job["status"] in ("pending", "processing")

    waited = pictograph_cli.inproc("export", "wait", DATASET, name, *FAST)
    assert waited.returncode == 0, waited.stderr
    done = json.loads(waited.stdout)
    assert done["status"] == "completed" and done["id"] == job["id"]

    downloaded = pictograph_cli("export", "download", DATASET, name, "--out", "train.zip")
    assert downloaded.returncode == 0, downloaded.stderr
    archive = tmp_path / "train.zip"
    assert archive.read_bytes() == stored_archive(pictograph_sim, DATASET, name)
    assert archive.stat().st_size == done["file_size"]

    extracted = pictograph_cli.inproc("export", "extract", "train.zip", "train")
    assert extracted.returncode == 0, extracted.stderr
    with zipfile.ZipFile(archive) as zf:
        assert sorted(
            p.relative_to(tmp_path / "train").as_posix() for p in (tmp_path / "train").rglob("*.*")
        ) == sorted(zf.namelist())
    coco = json.loads((tmp_path / "train" / "annotations.json").read_text())
    assert {c["name"] for c in coco["categories"]} == {"car", "person"}
    again = pictograph_cli.inproc("export", "extract", "train.zip", "train")
    assert again.returncode == 1 and "--overwrite" in again.stderr

    listed = pictograph_cli.inproc("export", "list", "--dataset", DATASET, "--status", "completed")
    assert name in [json.loads(line)["name"] for line in listed.stdout.splitlines()]

    refused = pictograph_cli.inproc("export", "delete", DATASET, name)
    assert refused.returncode == 2 and "--yes" in refused.stderr  # no terminal to confirm on
    deleted = pictograph_cli.inproc("export", "delete", DATASET, name, "--yes")
    assert deleted.returncode == 0, deleted.stderr
    gone = pictograph_cli.inproc("export", "get", DATASET, name)
    assert gone.returncode == 3 and "404" in gone.stderr


def test_create_with_wait_prints_the_completed_export(pictograph_cli: Cli) -> None:
    result = pictograph_cli.inproc("export", "create", DATASET, "waited", "--wait", *FAST)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["status"] == "completed"
    assert "completed" in result.stderr


def test_a_wrong_key_exits_3_without_showing_it(pictograph_cli: Cli) -> None:
    wrong = "pk_live_wrong_77aa11"
    result = pictograph_cli("export", "list", env={"PICTOGRAPH_API_KEY": wrong})
    assert result.returncode == 3
    assert "401" in result.stderr and "PICTOGRAPH_API_KEY" in result.stderr
    assert wrong not in result.stdout + result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "create", DATASET], "NAME"),
        (["export", "create", DATASET, ".."], "NAME"),
        (["export", "list", "--status", "done"], "--status"),
        (["export", "wait", DATASET, "x", "--timeout", "0"], "--timeout"),
        (["export", "extract", "missing.zip", "out"], "ARCHIVE"),
        (["export", "frobnicate"], "frobnicate"),
    ],
)
def test_usage_errors_exit_2(pictograph_cli: Cli, args: list[str], message: str) -> None:
    result = pictograph_cli.inproc(*args)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr


def test_ctrl_c_during_download_then_resume_continues_from_the_bytes(
    pictograph_cli: Cli, pictograph_sim: Sim, tmp_path: Path
) -> None:
    name = "big with images"
    created = pictograph_cli.inproc("export", "create", DATASET, name, "--include-images", "--wait", *FAST)
    assert created.returncode == 0, created.stderr
    expected = stored_archive(pictograph_sim, DATASET, name)
    throttle = pictograph_sim.throttles["storage"]
    throttle.chunk, throttle.pause = 1024, 0.01  # ~70 pieces: most of a second to interrupt in

    args = ["export", "download", DATASET, name, "--out", "big.zip"]
    part = tmp_path / "big.zip.part"
    stopped = interrupt_when(pictograph_cli.start(*args), grew(part, 16 * 1024))
    assert stopped.returncode == 130, stopped.stderr
    assert "--resume" in stopped.stderr
    kept = part.stat().st_size
    assert 0 < kept < len(expected)
    assert not (tmp_path / "big.zip").exists()

    again = pictograph_cli.inproc(*args)
    assert again.returncode == 1 and "--resume" in again.stderr
    throttle.reset()
    storage_log = pictograph_sim.apps["storage"].state.request_log
    before = len(storage_log)
    resumed = pictograph_cli(*args, "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert (tmp_path / "big.zip").read_bytes() == expected
    assert not part.exists()
    assert [r.headers.get("range") for r in storage_log[before:]] == [f"bytes={kept}-"]
