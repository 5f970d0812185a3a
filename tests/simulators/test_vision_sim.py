"""`vision-sim <vendor>` and the pytest fixtures, as a user of vision-api-sims meets them."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import citylens_client as cl
import pictograph_client as pg
from citylens_client.api.detectors import list_detectors
from vision_api_sims import Options, Profile, Sim, start

VISION_SIM = str(Path(sys.executable).with_name("vision-sim"))
TIMEOUT = 120.0
FROM, TO = "2025-11-01T06:00:00", "2025-11-01T07:00:00"


class Running:
    """`vision-sim` started in a subprocess, read up to "Serving until Ctrl-C."."""

    def __init__(self, *args: str) -> None:
        self.process = subprocess.Popen([VISION_SIM, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        self.lines: list[str] = []
        for line in self.process.stdout:
            self.lines.append(line.rstrip("\n"))
            if line.startswith("Serving until Ctrl-C"):
                break

    def value(self, label: str) -> str:
        return next(line.split(label, 1)[1].strip() for line in self.lines if line.strip().startswith(label))

    def interrupt(self) -> subprocess.CompletedProcess[str]:
        self.process.send_signal(signal.SIGINT)
        out, err = self.process.communicate(timeout=TIMEOUT)
        return subprocess.CompletedProcess(self.process.args, self.process.returncode, out, err)


@pytest.fixture
def citylens_command() -> Iterator[Running]:
    running = Running("citylens", "--port", "0")
    yield running
    if running.process.poll() is None:
        running.interrupt()


def test_the_printed_connect_line_reaches_the_simulator(citylens_command: Running) -> None:
    namespace: dict[str, object] = {}
    exec(citylens_command.value("python:"), namespace)
    with namespace["client"] as client:  # type: ignore[attr-defined]
        detectors = list_detectors.sync(client=client)
    assert detectors
    assert "test-key" in citylens_command.value("accepts:")


def test_the_printed_export_line_is_what_the_cli_reads(citylens_command: Running, tmp_path: Path) -> None:
    export = citylens_command.value("shell:")
    done = subprocess.run(
        ["bash", "-c", f"{export} && citylens detections --from {FROM} --to {TO} --out d.jsonl"],
        # Only the environment the line sets: nothing of this test's own is passed on.
        env={"PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]])},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "d.jsonl").read_text().count("\n") > 0


def test_ctrl_c_stops_it_cleanly(citylens_command: Running) -> None:
    url = citylens_command.value("api:")
    ended = citylens_command.interrupt()
    assert ended.returncode == 0
    assert "Stopped." in ended.stdout
    with pytest.raises(httpx.ConnectError):
        httpx.get(url)


def test_a_quirky_profile_says_so_and_a_contradiction_is_a_usage_error() -> None:
    running = Running("scopix", "--port", "0", "--profile", "quirky", "--seed", "7")
    assert "quirky profile, seed 7" in running.lines[0]
    assert running.interrupt().returncode == 0
    refused = subprocess.run(
        [VISION_SIM, "scopix", "--profile", "canonical", "--seed", "7"], capture_output=True, text=True, timeout=TIMEOUT
    )
    assert refused.returncode == 2
    assert "--seed" in refused.stderr


def test_a_taken_port_is_explained() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        done = subprocess.run([VISION_SIM, "citylens", "--port", port], capture_output=True, text=True, timeout=TIMEOUT)
    assert done.returncode == 1
    assert f"cannot listen on port {port}" in done.stderr
    assert "--port 0" in done.stderr


def test_fail_rate_one_refuses_every_request() -> None:
    with (
        start("citylens", Options(fail_rate=1.0)) as sim,
        cl.connect("test-key", base_url=sim.base_url, retries=False) as client,
        pytest.raises(cl.APIError) as refused,
    ):
        list_detectors.sync(client=client)
    assert refused.value.status_code == 503


def test_latency_delays_every_answer() -> None:
    with start("citylens", Options(latency=0.3)) as sim:
        began = time.monotonic()
        httpx.get(sim.base_url + "/export-api/v1/detectors", headers={"X-API-Key": "test-key"})
        assert time.monotonic() - began >= 0.3


def test_signed_urls_expire_when_asked_and_time_jumps(tmp_path: Path) -> None:
    with start("pictograph", Options(expire_urls_after=5)) as sim:
        with pg.connect(sim.credentials["api_key"], base_url=sim.base_url) as client:
            pg.create_export(client, "street-scenes", "soon expired")
            sim.advance(60)  # the job is done
            pg.download_export(client, "street-scenes", "soon expired", tmp_path / "first.zip")
        url = next(r for r in sim.requests("storage") if r.status == 200)
        sim.advance(6)
        again = httpx.get(f"{sim.urls['storage']}{url.raw_path}?{url.query}")
    assert again.status_code == 403
    assert "ExpiredToken" in again.text


def test_the_fixture_records_faults_and_the_requests_that_met_them(citylens_sim: Sim) -> None:
    citylens_sim.fault(429, times=3, retry_after=0)
    with cl.connect(citylens_sim.credentials["api_key"], base_url=citylens_sim.base_url) as client:
        assert list_detectors.sync(client=client)
    assert [r.status for r in citylens_sim.requests()] == [429, 429, 429, 200]


def test_the_session_fixture_starts_each_test_clean(citylens_sim_session: Sim) -> None:
    # Whatever an earlier test left (faults, requests, latency), this one sees none of it.
    assert citylens_sim_session.requests() == []
    assert citylens_sim_session.faults.queue == []
    citylens_sim_session.fault(500, times=5)
    citylens_sim_session.latency = 0.1


def test_the_session_fixture_starts_each_test_clean_again(citylens_sim_session: Sim) -> None:
    assert citylens_sim_session.faults.queue == []
    assert citylens_sim_session.latency == 0.0


def test_options_choose_the_profile() -> None:
    with start("scopix", Options(profile=Profile(seed=7))) as sim:
        assert sim.app.state.profile.seed == 7
