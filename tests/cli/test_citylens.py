"""`citylens detections` and `citylens frame`, end to end against the simulator."""

from __future__ import annotations

import csv
import importlib
import importlib.util
import json
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest

from tests.cli.conftest import CITYLENS_KEY, Cli, Sim, grew, interrupt_when
from vision_api_sims import citylens

FROM, TO = "2025-11-01T00:00:00", "2025-11-02T00:00:00"


def expected_records(sim: Sim, start: str = FROM, end: str = TO, detector: str | None = None) -> list[dict[str, Any]]:
    dataset: citylens.Dataset = sim.apps["api"].state.dataset
    found = dataset.detections_in(datetime.fromisoformat(start), datetime.fromisoformat(end), detector)
    return [d.to_record() for d in found]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_help_lists_examples_and_environment_without_the_key(citylens_cli: Cli) -> None:
    result = citylens_cli("detections", "--help")
    assert result.returncode == 0, result.stderr
    assert "CITYLENS_API_KEY" in result.stdout and "CITYLENS_BASE_URL" in result.stdout
    assert "citylens detections --from" in result.stdout
    for args in ([], ["frame"]):
        result = citylens_cli.inproc(*args, "--help")
        assert result.returncode == 0, result.stderr
        assert "Examples:" in result.stdout
        assert "Exit codes:" in result.stdout
        assert CITYLENS_KEY not in result.stdout + result.stderr


def test_detections_to_jsonl_are_the_api_objects(citylens_cli: Cli, citylens_sim: Sim, tmp_path: Path) -> None:
    result = citylens_cli("detections", "--from", FROM, "--to", TO, "--page-size", "500", "--out", "d.jsonl")
    assert result.returncode == 0, result.stderr
    expected = expected_records(citylens_sim)
    assert len(expected) > 1000
    assert read_jsonl(tmp_path / "d.jsonl") == expected
    assert result.stdout.strip() == f"{len(expected)} detected objects written to d.jsonl"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.jsonl"]  # no .part, no state left
    assert CITYLENS_KEY not in result.stdout + result.stderr


def test_detections_to_csv_flatten_the_box(citylens_cli: Cli, citylens_sim: Sim, tmp_path: Path) -> None:
    args = ["detections", "--from", FROM, "--to", "2025-11-01T12:00:00", "--detector", "signs", "--locale", "ru_RU"]
    result = citylens_cli.inproc(*args, "--out", "signs.csv")
    assert result.returncode == 0, result.stderr
    with open(tmp_path / "signs.csv", encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    dataset: citylens.Dataset = citylens_sim.apps["api"].state.dataset
    wanted = dataset.detections_in(datetime(2025, 11, 1), datetime(2025, 11, 1, 12), "signs")
    assert [int(r["id"]) for r in rows] == [d.id for d in wanted]
    first, record = rows[0], wanted[0].to_record("ru_RU")
    assert first["name"] == record["name"]  # localized, non-ASCII kept
    assert [int(first[f"bbox.{k}"]) for k in ("x_from", "y_from", "width", "height")] == list(wanted[0].bbox)
    assert first["value"] == ("" if record["value"] is None else str(record["value"]))
    assert first["is_tmp"] in ("true", "false")


def test_parquet_needs_pyarrow_or_writes_the_same_records(citylens_cli: Cli, citylens_sim: Sim, tmp_path: Path) -> None:
    result = citylens_cli.inproc("detections", "--from", FROM, "--to", "2025-11-01T08:00:00", "--out", "d.parquet")
    if importlib.util.find_spec("pyarrow") is None:
        assert result.returncode == 2
        assert "pyarrow" in result.stderr
        assert not list(tmp_path.iterdir())
        return
    assert result.returncode == 0, result.stderr
    table = importlib.import_module("pyarrow.parquet").read_table(tmp_path / "d.parquet")
    assert table.column("id").to_pylist() == [
        r["id"] for r in expected_records(citylens_sim, FROM, "2025-11-01T08:00:00")
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["detections", "--from", "2025-11-01 00:00", "--to", TO, "--out", "d.jsonl"], "--from"),
        (["detections", "--from", FROM, "--to", TO], "--out"),
        (["detections", "--from", TO, "--to", FROM, "--out", "d.jsonl"], "--to"),
        (["detections", "--from", FROM, "--to", TO, "--locale", "english", "--out", "d.jsonl"], "--locale"),
        (["detections", "--from", FROM, "--to", TO, "--out", "d.txt"], "--format"),
        (["frame", "not-a-number"], "FRAME_ID"),
    ],
)
def test_usage_errors_exit_2_before_any_request(
    citylens_cli: Cli, citylens_sim: Sim, tmp_path: Path, args: list[str], message: str
) -> None:
    requests = len(citylens_sim.apps["api"].state.requests)
    result = citylens_cli.inproc(*args)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert len(citylens_sim.apps["api"].state.requests) == requests
    assert not list(tmp_path.iterdir())


def test_missing_credentials_are_a_usage_error(citylens_cli: Cli) -> None:
    result = citylens_cli.inproc(
        "detections", "--from", FROM, "--to", TO, "--out", "d.jsonl", env={"CITYLENS_API_KEY": ""}
    )
    assert result.returncode == 2
    assert "--api-key" in result.stderr and "CITYLENS_API_KEY" in result.stderr


def test_a_wrong_key_exits_3_without_showing_it(citylens_cli: Cli, tmp_path: Path) -> None:
    wrong = "ck_wrong_0d1e2f3a4b"
    result = citylens_cli("detections", "--from", FROM, "--to", TO, "--out", "d.jsonl", env={"CITYLENS_API_KEY": wrong})
    assert result.returncode == 3
    assert "401" in result.stderr and "--api-key" in result.stderr
    assert wrong not in result.stdout + result.stderr
    assert not list(tmp_path.iterdir())  # nothing written, nothing to resume
    # Given as an option, it is not shown either.
    result = citylens_cli.inproc("frame", "10250002", "--api-key", wrong)
    assert result.returncode == 3
    assert wrong not in result.stdout + result.stderr


def test_an_existing_output_is_kept_unless_overwrite(citylens_cli: Cli, citylens_sim: Sim, tmp_path: Path) -> None:
    (tmp_path / "d.jsonl").write_text("precious\n")
    args = ["detections", "--from", FROM, "--to", "2025-11-01T07:00:00", "--out", "d.jsonl"]
    result = citylens_cli.inproc(*args)
    assert result.returncode == 1
    assert "--overwrite" in result.stderr
    assert (tmp_path / "d.jsonl").read_text() == "precious\n"
    assert citylens_cli.inproc(*args, "--overwrite").returncode == 0
    assert read_jsonl(tmp_path / "d.jsonl") == expected_records(citylens_sim, FROM, "2025-11-01T07:00:00")


def test_frame_downloads_the_jpeg(citylens_cli: Cli, citylens_sim: Sim, tmp_path: Path) -> None:
    dataset: citylens.Dataset = citylens_sim.apps["api"].state.dataset
    frame_id = dataset.detections[0].frame_id
    result = citylens_cli("frame", str(frame_id), "--with-detections")
    assert result.returncode == 0, result.stderr
    saved = tmp_path / f"frame-{frame_id}-detections.jpg"
    assert saved.read_bytes() == citylens.frame_jpeg(dataset, frame_id, True)
    assert citylens_cli.inproc("frame", str(frame_id), "--out", "plain.jpg").returncode == 0
    assert (tmp_path / "plain.jpg").read_bytes() == citylens.frame_jpeg(dataset, frame_id, False)
    missing = citylens_cli.inproc("frame", "1", "--out", "none.jpg")
    assert missing.returncode == 3 and "404" in missing.stderr
    assert not (tmp_path / "none.jpg").exists()


def test_ctrl_c_then_resume_gives_every_object_once(citylens_cli: Cli, citylens_sim: Sim, tmp_path: Path) -> None:
    citylens_sim.throttles["api"].delay = 0.03  # ~50 pages of 50: more than a second to interrupt in
    args = ["detections", "--from", FROM, "--to", TO, "--page-size", "50", "--out", "d.csv"]
    part, state = tmp_path / "d.csv.part", tmp_path / "d.csv.resume.json"
    stopped = interrupt_when(citylens_cli.start(*args), grew(part, 20_000))
    assert stopped.returncode == 130, stopped.stderr
    assert "--resume" in stopped.stderr
    assert not (tmp_path / "d.csv").exists()
    saved = json.loads(state.read_text())
    assert 0 < saved["records"] < len(expected_records(citylens_sim))
    assert saved["position"] == saved["records"]
    citylens_sim.throttles["api"].delay = 0.0

    again = citylens_cli.inproc(*args)
    assert again.returncode == 1 and "--resume" in again.stderr  # a rerun does not clobber it
    other = citylens_cli.inproc(*args[:-2], "--detector", "signs", "--out", "d.csv", "--resume")
    assert other.returncode == 1 and "detector" in other.stderr  # nor does one with other options

    log = citylens_sim.apps["api"].state.request_log
    before = len(log)
    resumed = citylens_cli(*args, "--resume")
    assert resumed.returncode == 0, resumed.stderr
    with open(tmp_path / "d.csv", encoding="utf-8", newline="") as file:
        ids = [int(row["id"]) for row in csv.DictReader(file)]
    assert ids == [r["id"] for r in expected_records(citylens_sim)]
    assert not part.exists() and not state.exists()
    # The resumed run went on from the saved offset, not from the start.
    offsets = [int(parse_qs(r.query)["offset"][0]) for r in log[before:]]
    assert offsets[0] == saved["position"]
