"""The Scopix client over real HTTP against the simulator and its storage host."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

import scopix_client as sx
from scopix_client import aio
from scopix_client.models import ExportDataType, ExportFormat, ExportRequest
from tests.contract.conftest import SCOPIX_KEY, ScopixSim
from vision_api_sims import scopix


@pytest.fixture
def client(scopix_sim: ScopixSim) -> Iterator[sx.AuthenticatedClient]:
    with sx.connect(SCOPIX_KEY, base_url=scopix_sim.api.base_url, clock=scopix_sim.clock) as client:
        yield client


def _request(fmt: ExportFormat = ExportFormat.JSONL, **kwargs: object) -> ExportRequest:
    return ExportRequest(data_type=ExportDataType.DESCRIPTIONS, format_=fmt, **kwargs)  # type: ignore[arg-type]


def _ids(entries: list[scopix.Entry]) -> list[str]:
    return [e.id for e in entries]


def test_walks_the_whole_history_in_order(client: sx.AuthenticatedClient, scopix_sim: ScopixSim) -> None:
    expected = scopix_sim.app.state.history.listed
    assert len(expected) >= 5000
    got = [d.id for d in sx.iter_descriptions(client, page_size=1000)]
    assert got == [e.id for e in expected]
    served = scopix_sim.app.state.answers.served_limit(1000)
    assert len(scopix_sim.app.state.requests) == -(-len(expected) // served)


def test_filters_are_sent_as_documented(client: sx.AuthenticatedClient, scopix_sim: ScopixSim) -> None:
    filters = scopix.Filters(
        start_date=datetime(2025, 2, 1, tzinfo=UTC),
        end_date=datetime(2025, 3, 1, tzinfo=UTC),
        search=("street", "Parking"),
        source_types=("single", "api"),
    )
    expected = scopix_sim.app.state.history.select(filters)
    got = sx.iter_descriptions(
        client,
        start_date=filters.start_date,
        end_date=filters.end_date,
        search=["street", "Parking"],
        source_types=["single", "api"],
        page_size=50,
    )
    assert [d.id for d in got] == _ids(expected) and expected
    query = scopix_sim.app.state.request_log[-1].query
    assert "search=street%2CParking" in query and "source_types=single%2Capi" in query


def test_confidence_filters(client: sx.AuthenticatedClient, scopix_sim: ScopixSim) -> None:
    expected = scopix_sim.app.state.history.select(scopix.Filters(min_confidence=0.8, max_confidence=0.9))
    got = list(sx.iter_descriptions(client, min_confidence=0.8, max_confidence=0.9, page_size=1000))
    assert [d.id for d in got] == _ids(expected) and expected
    assert all(0.8 <= (d.confidence_score or 0) <= 0.9 for d in got)


@pytest.mark.parametrize(
    ("kwargs", "parameter"),
    [
        ({"page_size": 1001}, "page_size"),
        ({"page_size": 0}, "page_size"),
        ({"min_confidence": 1.5}, "min_confidence"),
        ({"min_confidence": 0.9, "max_confidence": 0.1}, "max_confidence"),
        ({"start_date": datetime(2025, 1, 1)}, "start_date"),
        ({"search": ["a,b"]}, "search"),
        ({"source_types": [""]}, "source_types"),
    ],
)
def test_bad_filters_are_refused_before_any_request(
    client: sx.AuthenticatedClient, scopix_sim: ScopixSim, kwargs: dict[str, object], parameter: str
) -> None:
    with pytest.raises(sx.ParameterError, match=parameter):
        sx.iter_descriptions(client, **kwargs)  # type: ignore[arg-type]
    assert scopix_sim.app.state.requests == []


@pytest.mark.parametrize("fmt", [ExportFormat.CSV, ExportFormat.JSON, ExportFormat.JSONL])
def test_export_create_wait_download_read(
    client: sx.AuthenticatedClient, scopix_sim: ScopixSim, tmp_path: Path, fmt: ExportFormat
) -> None:
    statuses: list[str] = []
    request = _request(fmt, search_terms=["mountain"], include_metadata=True)
    result = sx.export(client, request, tmp_path / f"e.{fmt.value}", on_status=lambda s: statuses.append(s.status))
    expected = scopix_sim.app.state.history.select(scopix.Filters(search=("mountain",)))
    records = list(sx.iter_export_records(result.path))
    assert [r.id for r in records] == _ids(expected) and expected
    assert result.record_count == len(records) and result.format == fmt.value
    assert records[0].created_at == expected[0].created_at
    assert statuses[-1] == sx.ExportStatus.COMPLETED and statuses.count(sx.ExportStatus.COMPLETED) == 1
    assert set(statuses) <= {sx.ExportStatus.PENDING, sx.ExportStatus.PROCESSING, sx.ExportStatus.COMPLETED}
    assert sum(scopix_sim.clock.sleeps) < 30
    assert all("authorization" not in r.headers for r in scopix_sim.storage_app.state.request_log)


def _schedule(poll_interval: float, looks: int) -> list[float]:
    """The longest waits the documented schedule allows: from `poll_interval`, x1.5 each, up to 30 s."""
    return [min(poll_interval * 1.5**n, 30.0) for n in range(looks)]


@pytest.mark.parametrize(
    "scopix_overrides",
    [
        {scopix.ESTIMATE: estimate, "scopix.export.pace": "canonical"}
        for estimate in ("right", "absent", "past", "late")
    ],
    ids=lambda o: f"estimate-{o[scopix.ESTIMATE]}",
)
def test_estimates_never_stretch_a_wait_past_the_poll_interval(
    client: sx.AuthenticatedClient, scopix_sim: ScopixSim
) -> None:
    job = sx.create_export(client, _request())
    finish = scopix_sim.app.state.exports.jobs[job.export_id].timeline.finishes_at()
    done = sx.wait_for_export(client, job, poll_interval=0.4)
    sleeps = scopix_sim.clock.sleeps
    assert done.status == sx.ExportStatus.COMPLETED
    assert all(0 < wait <= longest + 1e-9 for wait, longest in zip(sleeps, _schedule(0.4, len(sleeps)), strict=True))
    # Noticed within one interval of finishing, whatever the job announced.
    assert sum(sleeps) <= finish + _schedule(0.4, len(sleeps))[-1] + 1e-9


@pytest.mark.parametrize(
    "scopix_overrides", [{scopix.ESTIMATE: "absent", "scopix.export.pace": "canonical"}], ids=["on-time"]
)
@pytest.mark.parametrize("poll_interval", [0.7, 2.0, 10.0])
def test_a_job_finishing_at_the_deadline_is_seen_done(
    client: sx.AuthenticatedClient, scopix_sim: ScopixSim, poll_interval: float
) -> None:
    job = sx.create_export(client, _request())
    finish = scopix_sim.app.state.exports.jobs[job.export_id].timeline.finishes_at()
    # A last look at the deadline: the job is done by then, so no JobTimeoutError.
    done = sx.wait_for_export(client, job, timeout=finish, poll_interval=poll_interval)
    assert done.status == sx.ExportStatus.COMPLETED
    assert sum(scopix_sim.clock.sleeps) == pytest.approx(finish)


def test_failed_export_raises_the_vendor_message(client: sx.AuthenticatedClient, scopix_sim: ScopixSim) -> None:
    with pytest.raises(sx.JobFailedError, match="simulated failure") as caught:
        sx.export(client, _request(search_terms=[scopix.FAIL_TERM]), "never.jsonl")
    assert uuid.UUID(caught.value.job_id)
    assert not Path("never.jsonl").exists()


def test_limits_above_the_documented_maximum_are_refused_locally(
    client: sx.AuthenticatedClient, scopix_sim: ScopixSim
) -> None:
    with pytest.raises(sx.ParameterError, match=r"request\.limit"):
        sx.create_export(client, _request(limit=100_001))
    with pytest.raises(sx.ParameterTypeError, match="request"):
        sx.create_export(client, {"format": "csv"})  # type: ignore[arg-type]
    assert scopix_sim.app.state.requests == []


def test_expired_download_url_is_refreshed_from_the_status(
    client: sx.AuthenticatedClient, scopix_sim: ScopixSim, tmp_path: Path
) -> None:
    done = sx.wait_for_export(client, sx.create_export(client, _request()))
    scopix_sim.clock.sleep(3601)  # the URL in `done` is now expired
    result = sx.download_export(client, done, tmp_path / "e.jsonl")
    storage_requests = scopix_sim.storage_app.state.request_log
    assert len(storage_requests) == 2  # refused as expired, then a freshly signed URL
    assert storage_requests[0].query != storage_requests[1].query
    assert result.path.stat().st_size > 0


def test_a_new_process_resumes_the_job_from_its_id(scopix_sim: ScopixSim, tmp_path: Path) -> None:
    with sx.connect(SCOPIX_KEY, base_url=scopix_sim.api.base_url, clock=scopix_sim.clock) as first:
        export_id = str(sx.create_export(first, _request(ExportFormat.CSV)).export_id)
    # ... the first process is gone; a second one knows only the id.
    with sx.connect(SCOPIX_KEY, base_url=scopix_sim.api.base_url, clock=scopix_sim.clock) as second:
        sx.wait_for_export(second, export_id)
        result = sx.download_export(second, export_id, tmp_path / "e.csv")
    assert str(result.export_id) == export_id and result.format == "csv"
    assert len(list(sx.iter_export_records(result.path))) == result.record_count


@pytest.mark.parametrize("scopix_overrides", [{"scopix.export.pace": "canonical"}], ids=["on-time"])
def test_waiting_times_out_and_can_be_resumed(client: sx.AuthenticatedClient, scopix_sim: ScopixSim) -> None:
    job = sx.create_export(client, _request())
    with pytest.raises(sx.JobTimeoutError) as caught:
        sx.wait_for_export(client, job, timeout=1)
    assert caught.value.job_id == str(job.export_id)
    assert sx.wait_for_export(client, job).status == "completed"


def test_unknown_export_is_not_found(client: sx.AuthenticatedClient) -> None:
    with pytest.raises(sx.NotFoundError):
        sx.get_export(client, uuid.UUID(int=7))
    with pytest.raises(sx.ParameterError, match="export_id"):
        sx.get_export(client, "not-a-uuid")


def test_wrong_key_is_an_authentication_error(scopix_sim: ScopixSim) -> None:
    with sx.connect("scopix_wrong", base_url=scopix_sim.api.base_url) as client, pytest.raises(sx.AuthenticationError):
        next(iter(sx.iter_descriptions(client)))


async def test_async_export_and_records(scopix_sim: ScopixSim, tmp_path: Path) -> None:
    async with aio.connect(SCOPIX_KEY, base_url=scopix_sim.api.base_url, clock=scopix_sim.clock) as client:
        first = [d.id async for d in aio.iter_descriptions(client, page_size=500)][:10]
        result = await aio.export(client, _request(ExportFormat.JSON, limit=1200), tmp_path / "e.json")
        records = [r.id async for r in aio.iter_export_records(result.path)]
    assert len(records) == 1200 == result.record_count
    assert records[:10] == first
