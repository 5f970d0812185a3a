"""`scopix export` and `scopix history`, end to end against the simulator and its storage host."""

from __future__ import annotations

import csv
import json
import re
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.cli.conftest import SCOPIX_KEY, Cli, Sim, interrupt_when
from vision_api_sims import scopix

FAST = ("--poll-interval", "0.05")


def job_of(sim: Sim, stdout: str) -> scopix.ExportJob:
    match = re.search(r"export ([0-9a-f-]{36})", stdout)
    assert match, stdout
    exports: scopix.ExportStore = sim.apps["api"].state.exports
    return exports.jobs[uuid.UUID(match.group(1))]


def test_help(scopix_cli: Cli) -> None:
    result = scopix_cli("export", "--help")
    assert result.returncode == 0
    assert "SCOPIX_API_KEY" in result.stdout and "scopix export --format jsonl" in result.stdout
    assert SCOPIX_KEY not in result.stdout
    for args in ([], ["history"]):
        assert "Examples:" in scopix_cli.inproc(*args, "--help").stdout


def test_export_downloads_the_exports_file(scopix_cli: Cli, scopix_sim: Sim, tmp_path: Path) -> None:
    jobs = len(scopix_sim.apps["api"].state.exports.jobs)
    result = scopix_cli("export", "--format", "jsonl", "--search", "street", *FAST, "--out", "street.jsonl")
    assert result.returncode == 0, result.stderr
    job = job_of(scopix_sim, result.stdout)
    assert len(scopix_sim.apps["api"].state.exports.jobs) == jobs + 1
    assert (tmp_path / "street.jsonl").read_bytes() == job.file().content()
    assert f"{job.record_count} records (jsonl) written to street.jsonl" in result.stdout
    assert "completed" in result.stderr  # the statuses seen while waiting
    assert sorted(p.name for p in tmp_path.iterdir()) == ["street.jsonl"]
    assert SCOPIX_KEY not in result.stdout + result.stderr


def test_export_filters_and_format_from_the_suffix(scopix_cli: Cli, scopix_sim: Sim, tmp_path: Path) -> None:
    args = ["export", "--from", "2025-01-10", "--to", "2025-02-01T00:00:00Z", "--min-confidence", "0.5"]
    result = scopix_cli.inproc(*args, "--limit", "25", "--fields", "id,description", *FAST, "--out", "jan.csv")
    assert result.returncode == 0, result.stderr
    job = job_of(scopix_sim, result.stdout)
    assert job.format == "csv" and job.fields == ("id", "description") and job.record_count == 25
    assert all(
        datetime(2025, 1, 10, tzinfo=UTC) <= e.created_at <= datetime(2025, 2, 1, tzinfo=UTC) for e in job.entries
    )
    assert (tmp_path / "jan.csv").read_bytes() == job.file().content()


def test_history_walks_every_matching_description(scopix_cli: Cli, scopix_sim: Sim, tmp_path: Path) -> None:
    result = scopix_cli.inproc("history", "--search", "mountain", "--page-size", "100", "--out", "h.csv")
    assert result.returncode == 0, result.stderr
    history: scopix.History = scopix_sim.apps["api"].state.history
    expected = history.select(scopix.Filters(search=("mountain",)))
    with open(tmp_path / "h.csv", encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [r["id"] for r in rows] == [e.id for e in expected]
    assert json.loads(rows[0]["metadata"]) == expected[0].metadata  # objects as JSON cells
    assert result.stdout.strip() == f"{len(expected)} descriptions written to h.csv"


def test_a_wrong_key_exits_3_without_showing_it(scopix_cli: Cli, tmp_path: Path) -> None:
    wrong = "scopix_wrong_5e6f7a8b9c"
    result = scopix_cli("export", "--out", "x.jsonl", env={"SCOPIX_API_KEY": wrong})
    assert result.returncode == 3
    assert "401" in result.stderr and "SCOPIX_API_KEY" in result.stderr
    assert wrong not in result.stdout + result.stderr
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["export", "--min-confidence", "2", "--out", "x.jsonl"], "--min-confidence"),
        (["export", "--format", "xml", "--out", "x.xml"], "--format"),
        (["export", "--limit", "0", "--out", "x.jsonl"], "--limit"),
        (["history", "--from", "yesterday", "--out", "x.jsonl"], "--from"),
        (["history", "--from", "2025-02-01", "--to", "2025-01-01", "--out", "x.jsonl"], "--to"),
        (["history", "--min-confidence", "0.9", "--max-confidence", "0.1", "--out", "x.jsonl"], "--max-confidence"),
    ],
)
def test_usage_errors_exit_2(scopix_cli: Cli, tmp_path: Path, args: list[str], message: str) -> None:
    result = scopix_cli.inproc(*args)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert not list(tmp_path.iterdir())


def test_a_failed_export_exits_3_and_leaves_nothing_to_resume(scopix_cli: Cli, tmp_path: Path) -> None:
    result = scopix_cli.inproc("export", "--search", scopix.FAIL_TERM, *FAST, "--out", "x.jsonl")
    assert result.returncode == 3
    assert scopix.SIMULATED_FAILURE in result.stderr
    assert not list(tmp_path.iterdir())


def test_ctrl_c_while_waiting_then_resume_downloads_the_same_export(
    scopix_cli: Cli, scopix_sim: Sim, tmp_path: Path
) -> None:
    exports: scopix.ExportStore = scopix_sim.apps["api"].state.exports
    jobs = len(exports.jobs)
    exports.export_seconds = 30.0
    try:
        args = ["export", "--search", "helmet", *FAST, "--out", "helmets.jsonl"]
        state = tmp_path / "helmets.jsonl.resume.json"
        stopped = interrupt_when(scopix_cli.start(*args), state.exists)
    finally:
        exports.export_seconds = 0.3  # the job was made with this store: it is completed now
    assert stopped.returncode == 130, stopped.stderr
    export_id = json.loads(state.read_text())["export_id"]
    assert f"export {export_id} goes on" in stopped.stderr and "--resume" in stopped.stderr

    resumed = scopix_cli(*args, "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert f"resuming export {export_id}" in resumed.stderr
    job = job_of(scopix_sim, resumed.stdout)
    assert str(job.export_id) == export_id
    assert len(exports.jobs) == jobs + 1  # no second export was made
    assert (tmp_path / "helmets.jsonl").read_bytes() == job.file().content()
    assert not state.exists()
