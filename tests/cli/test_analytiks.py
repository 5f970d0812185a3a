"""`analytiks fetch`, end to end against the token host and the exports host."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import analytiks_client as ak
from tests.cli.conftest import ANALYTIKS_ID, ANALYTIKS_SECRET, Cli, Sim, grew, interrupt_when
from vision_api_sims import analytiks

Value = tuple[int, str, str, str, int]  # location, point of interest ("": none), metric, time, value


def values_of(series: Iterable[ak.LocationSeries]) -> list[Value]:
    """What the library says, as the command's records (times as the API writes them)."""

    def text(moment: datetime) -> str:
        return moment.strftime("%Y-%m-%dT%H:%M:%S") + ("Z" if moment.tzinfo else "")

    found: list[Value] = []
    for s in series:
        groups = [("", s.metrics)] + [(str(p.id), p.metrics) for p in s.points_of_interest.values()]
        for poi, metrics in groups:
            for metric, points in metrics.items():
                found.extend((s.location_id, poi, metric, text(t), v) for t, v in points.items())
    return found


def records(path: Path) -> list[dict[str, Any]]:
    if path.suffix == ".csv":
        with open(path, encoding="utf-8", newline="") as file:
            return list(csv.DictReader(file))
    return [json.loads(line) for line in path.read_text().splitlines()]


def as_values(rows: list[dict[str, Any]]) -> list[Value]:
    return [
        (int(r["location_id"]), r["point_of_interest"] or "", r["metric"], r["time"], int(r["value"])) for r in rows
    ]


def connect(sim: Sim) -> ak.AuthenticatedClient:
    return ak.connect(
        ANALYTIKS_ID, ANALYTIKS_SECRET, exports_url=sim.servers[0].base_url, token_url=sim.servers[1].base_url
    )


def test_help(analytiks_cli: Cli) -> None:
    result = analytiks_cli("fetch", "--help")
    assert result.returncode == 0
    assert "ANALYTIKS_CLIENT_SECRET" in result.stdout and "analytiks fetch --from" in result.stdout
    assert ANALYTIKS_SECRET not in result.stdout
    assert "Examples:" in analytiks_cli.inproc("--help").stdout


def test_fetch_writes_one_record_per_value(analytiks_cli: Cli, analytiks_sim: Sim, tmp_path: Path) -> None:
    start, end = "2023-06-01T00:00:00Z", "2023-06-08T00:00:00Z"
    result = analytiks_cli("fetch", "--from", start, "--to", end, "--locations", "1-55", "--out", "data.jsonl")
    assert result.returncode == 0, result.stderr
    rows = records(tmp_path / "data.jsonl")
    with connect(analytiks_sim) as client:
        data = ak.fetch_camera_data(
            client, datetime(2023, 6, 1, tzinfo=UTC), datetime(2023, 6, 8, tzinfo=UTC), locations=range(1, 56)
        )
    expected = values_of(data.locations.values())
    assert sorted(as_values(rows)) == sorted(expected)
    assert len(set(as_values(rows))) == len(rows)
    assert result.stdout.strip() == f"{len(rows)} values written to data.jsonl"
    assert ANALYTIKS_SECRET not in result.stdout + result.stderr


def test_reference_numbers_in_local_time_to_csv(analytiks_cli: Cli, analytiks_sim: Sim, tmp_path: Path) -> None:
    args = ["fetch", "--from", "2023-06-01T00:00:00", "--to", "2023-06-02T23:59:59", "--brand-id", "1234"]
    result = analytiks_cli.inproc(
        *args, "--reference-numbers", "US0658,FR2561", "--interval", "15min", "--out", "r.csv"
    )
    assert result.returncode == 0, result.stderr
    rows = records(tmp_path / "r.csv")
    assert {r["reference_number"] for r in rows} == {"US0658", "FR2561"}
    assert not any(r["time"].endswith("Z") for r in rows)  # local time asked, local time given
    assert {r["time"][14:16] for r in rows} > {"00"}  # quarter hours
    with connect(analytiks_sim) as client:
        data = ak.fetch_camera_data(
            client,
            datetime(2023, 6, 1),
            datetime(2023, 6, 2, 23, 59, 59),
            brand_id=1234,
            reference_numbers=["US0658", "FR2561"],
            interval="15min",
        )
    assert sorted(as_values(rows)) == sorted(values_of(data.locations.values()))


def test_brand_alone_walks_every_location_of_it(analytiks_cli: Cli, analytiks_sim: Sim, tmp_path: Path) -> None:
    args = ["fetch", "--from", "2023-06-01T00:00:00Z", "--to", "2023-06-02T00:00:00Z", "--brand-id", "2048"]
    result = analytiks_cli.inproc(*args, "--out", "brand.jsonl")
    assert result.returncode == 0, result.stderr
    with connect(analytiks_sim) as client:
        walk = ak.iter_camera_data(
            client, datetime(2023, 6, 1, tzinfo=UTC), datetime(2023, 6, 2, tzinfo=UTC), brand_id=2048
        )
        expected = values_of(walk)
    assert sorted(as_values(records(tmp_path / "brand.jsonl"))) == sorted(expected)


def test_locations_refused_to_the_credentials_are_listed(analytiks_cli: Cli, tmp_path: Path) -> None:
    client_id, secret = analytiks.PARTIAL_ACCESS
    env = {"ANALYTIKS_CLIENT_ID": client_id, "ANALYTIKS_CLIENT_SECRET": secret}
    args = ["fetch", "--from", "2023-06-01T00:00:00Z", "--to", "2023-06-01T12:00:00Z", "--locations", "1-10"]
    result = analytiks_cli.inproc(*args, "--out", "d.jsonl", env=env)
    assert result.returncode == 0, result.stderr
    assert "locations refused to these credentials: 4, 5" in result.stderr
    assert 5 not in {r["location_id"] for r in records(tmp_path / "d.jsonl")}


def test_a_wrong_secret_exits_3_without_showing_it(analytiks_cli: Cli, tmp_path: Path) -> None:
    wrong = "not-the-secret-31415"
    args = ["fetch", "--from", "2023-06-01T00:00:00Z", "--to", "2023-06-02T00:00:00Z", "--locations", "1"]
    result = analytiks_cli(*args, "--out", "d.jsonl", env={"ANALYTIKS_CLIENT_SECRET": wrong})
    assert result.returncode == 3
    assert "401" in result.stderr and "ANALYTIKS_CLIENT_SECRET" in result.stderr
    assert wrong not in result.stdout + result.stderr
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ([], "--locations"),
        (["--locations", "1", "--reference-numbers", "US0658"], "--locations"),
        (["--locations", "1-x"], "--locations"),
        (["--locations", "1", "--interval", "5min"], "--interval"),
        (["--brand-id", "1234", "--to", "2023-06-20T00:00:00Z"], "5 days"),
        (["--locations", "1", "--to", "2023-06-02T00:00:00"], "--to"),
    ],
)
def test_usage_errors_exit_2(analytiks_cli: Cli, tmp_path: Path, extra: list[str], message: str) -> None:
    args = ["fetch", "--from", "2023-06-01T00:00:00Z", "--out", "d.jsonl"]
    if "--to" not in extra:
        extra = [*extra, "--to", "2023-06-02T00:00:00Z"]
    result = analytiks_cli.inproc(*args, *extra)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr
    assert not list(tmp_path.iterdir())


def test_ctrl_c_then_resume_gives_every_value_once(analytiks_cli: Cli, analytiks_sim: Sim, tmp_path: Path) -> None:
    # 6 days x 60 locations: 2 windows x 2 batches, four requests.
    args = ["fetch", "--from", "2023-06-01T00:00:00Z", "--to", "2023-06-06T23:59:59Z", "--locations", "1-60"]
    analytiks_sim.apps["exports"].state.faults.latency = 0.2
    stopped = interrupt_when(analytiks_cli.start(*args, "--out", "d.jsonl"), grew(tmp_path / "d.jsonl.part"))
    assert stopped.returncode == 130, stopped.stderr
    assert "--resume" in stopped.stderr
    position = json.loads((tmp_path / "d.jsonl.resume.json").read_text())["position"]
    assert [0, 0] < position < [4, 0]  # [request, locations of its answer written]: stopped within the plan

    analytiks_sim.apps["exports"].state.faults.latency = 0.0
    resumed = analytiks_cli(*args, "--out", "d.jsonl", "--resume")
    assert resumed.returncode == 0, resumed.stderr
    whole = analytiks_cli.inproc(*args, "--out", "whole.jsonl")
    assert whole.returncode == 0, whole.stderr
    assert (tmp_path / "d.jsonl").read_bytes() == (tmp_path / "whole.jsonl").read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.jsonl", "whole.jsonl"]
