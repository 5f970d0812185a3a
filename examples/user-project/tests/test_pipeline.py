"""The pipeline against the simulators: fixtures from the installed vision-api-sims plugin."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import citylens_client as cl
import scopix_client as sx
from scopix_client.models import ExportDataType, ExportFormat, ExportRequest

from pipeline import signs_of_the_day, street_scenes


def _citylens(sim) -> cl.AuthenticatedClient:
    return cl.connect(sim.credentials["api_key"], base_url=sim.base_url)


def test_signs_are_counted(citylens_sim_session) -> None:
    with _citylens(citylens_sim_session) as client:
        counts = signs_of_the_day(client, datetime(2025, 11, 1))
    assert sum(counts.values()) > 0


def test_a_flaky_server_gives_the_same_counts(citylens_sim_session) -> None:
    with _citylens(citylens_sim_session) as client:
        calm = signs_of_the_day(client, datetime(2025, 11, 2))
        citylens_sim_session.fault(503, times=3, retry_after=0)
        flaky = signs_of_the_day(client, datetime(2025, 11, 2))
    assert flaky == calm
    assert [r.status for r in citylens_sim_session.requests()].count(503) == 3


def test_the_export_is_read_whole(scopix_sim, tmp_path: Path) -> None:
    with sx.connect(scopix_sim.credentials["api_key"], base_url=scopix_sim.base_url) as client:
        assert street_scenes(client, tmp_path / "streets.jsonl") > 0
    assert any(r.method == "POST" and r.path.endswith("/export") for r in scopix_sim.requests())


def test_a_finished_export_is_fetched_after_its_url_expired(scopix_sim, tmp_path: Path) -> None:
    request = ExportRequest(data_type=ExportDataType.DESCRIPTIONS, format_=ExportFormat.JSONL, search_terms=["street"])
    with sx.connect(scopix_sim.credentials["api_key"], base_url=scopix_sim.base_url) as client:
        export = sx.create_export(client, request)
        scopix_sim.advance(3600)  # an hour passes: the job is done
        done = sx.get_export(client, export.export_id)
        scopix_sim.advance(2 * 3600)  # two more: the URL it handed out has expired
        result = sx.download_export(client, done, tmp_path / "late.jsonl")
    assert result.record_count and result.record_count > 0
