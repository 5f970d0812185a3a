"""The Pictograph client over real HTTP against the simulator and its storage host."""

from __future__ import annotations

import dataclasses
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import pictograph_client as pg
from pictograph_client import aio
from tests.contract.conftest import PictographSim
from vision_api_sims.pictograph import GENERATIONS

MEMBER, ADMIN = "pk_live_member", "pk_live_admin"
each_generation = pytest.mark.parametrize("pictograph_generation", GENERATIONS)
DATASET = "street-scenes"
AWKWARD_DATASET = "parking lots/west #2"
AWKWARD_NAMES = ["Q1 / Q2 #3 ?100% ü 🚗", "a%2Fb", "100%", "spaces  and\ttab", "..."]


@pytest.fixture
def client(pictograph_sim: PictographSim) -> Iterator[pg.AuthenticatedClient]:
    with pg.connect(MEMBER, base_url=pictograph_sim.api.base_url, clock=pictograph_sim.clock) as client:
        yield client


@each_generation
def test_create_wait_download_extract(
    client: pg.AuthenticatedClient, pictograph_sim: PictographSim, tmp_path: Path
) -> None:
    done = pg.create_export(client, DATASET, "Training v1", include_images=True, class_filter=["car"], wait=True)
    assert done.status == pg.ExportStatus.COMPLETED
    path = pg.download_export(client, DATASET, "Training v1", tmp_path / "t.zip")
    job = pictograph_sim.app.state.exports.get(DATASET, "Training v1")
    assert path.read_bytes() == job.archive.data
    files = pg.extract_export(path, tmp_path / "out")
    annotations = json.loads((tmp_path / "out" / "annotations.json").read_text())
    assert {c["name"] for c in annotations["categories"]} == {"car"}
    assert len(annotations["annotations"]) == job.archive.annotation_count == done.annotation_count
    assert len([f for f in files if f.suffix == ".jpg"]) == job.archive.image_count == done.image_count
    storage_requests = pictograph_sim.storage_app.state.request_log
    assert all("x-api-key" not in r.headers for r in storage_requests)


@each_generation
@pytest.mark.parametrize("name", AWKWARD_NAMES)
def test_awkward_names_round_trip_through_every_operation(
    pictograph_sim: PictographSim, tmp_path: Path, name: str
) -> None:
    with pg.connect(ADMIN, base_url=pictograph_sim.api.base_url, clock=pictograph_sim.clock) as client:
        pg.create_export(client, AWKWARD_DATASET, name, wait=True)
        assert pg.get_export(client, AWKWARD_DATASET, name).name == name
        assert name in [e.name for e in pg.iter_exports(client, AWKWARD_DATASET)]
        with zipfile.ZipFile(pg.download_export(client, AWKWARD_DATASET, name, tmp_path / "x.zip")) as zf:
            assert "annotations.json" in zf.namelist()
        pg.delete_export(client, AWKWARD_DATASET, name)
        with pytest.raises(pg.NotFoundError):
            pg.get_export(client, AWKWARD_DATASET, name)


def test_dot_names_are_refused_locally(client: pg.AuthenticatedClient, pictograph_sim: PictographSim) -> None:
    for name in (".", ".."):
        with pytest.raises(pg.ParameterError, match="dot segment"):
            pg.get_export(client, DATASET, name)
    assert pictograph_sim.app.state.requests == []


def test_a_name_already_taken_is_a_conflict_even_with_the_same_settings(client: pg.AuthenticatedClient) -> None:
    # Yesterday's export of the same name is not silently handed back.
    pg.create_export(client, DATASET, "nightly", class_filter=["person", "car"])
    with pytest.raises(pg.ConflictError):
        pg.create_export(client, DATASET, "nightly", class_filter=["car", "person"])


def test_exist_ok_returns_the_existing_export_when_its_settings_match(client: pg.AuthenticatedClient) -> None:
    first = pg.create_export(client, DATASET, "nightly", class_filter=["person", "car"])
    again = pg.create_export(client, DATASET, "nightly", class_filter=["car", "person"], exist_ok=True)
    assert again.id == first.id
    assert [e.name for e in pg.iter_exports(client, DATASET)].count("nightly") == 1
    with pytest.raises(pg.ConflictError):
        pg.create_export(client, DATASET, "nightly", include_images=True, exist_ok=True)


class _LoseFirstPostAnswer(httpx.HTTPTransport):
    """The server gets the first POST and answers; the answer is lost on the way back."""

    def __init__(self) -> None:
        super().__init__()
        self.lost = False

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if request.method == "POST" and not self.lost:
            self.lost = True
            response.read()
            response.close()
            raise httpx.ReadError("connection reset while reading the answer")
        return response


def test_lost_create_answer_is_retried_with_its_idempotency_key(pictograph_sim: PictographSim) -> None:
    transport = _LoseFirstPostAnswer()
    with pg.connect(
        MEMBER, base_url=pictograph_sim.api.base_url, clock=pictograph_sim.clock, transport=transport
    ) as client:
        job = pg.create_export(client, DATASET, "retried")
        names = [e.name for e in pg.iter_exports(client, DATASET)]
    creates = [r for r in pictograph_sim.app.state.request_log if r.method == "POST"]
    assert transport.lost and len(creates) == 2
    assert len({r.headers["idempotency-key"] for r in creates}) == 1
    assert job.name == "retried" and names.count("retried") == 1


def test_failed_export_raises_the_vendor_message(client: pg.AuthenticatedClient) -> None:
    with pytest.raises(pg.JobFailedError, match="unicorn") as caught:
        pg.create_export(client, DATASET, "bad", class_filter=["unicorn"], wait=True)
    assert caught.value.job_id == f"{DATASET}/bad"


def test_waiting_times_out_then_resumes_by_name(client: pg.AuthenticatedClient, pictograph_sim: PictographSim) -> None:
    pg.create_export(client, DATASET, "slow")
    store = pictograph_sim.app.state.exports
    if store.get(DATASET, "slow").status(pictograph_sim.clock.monotonic()) == "completed":
        pytest.skip("this profile's exports finish at once: there is nothing to time out")
    with pytest.raises(pg.JobTimeoutError):
        pg.wait_for_export(client, DATASET, "slow", timeout=0.5, poll_interval=0.2)
    # named as every Pictograph helper names them (get_export, create_export)
    assert pg.wait_for_export(client, dataset_name=DATASET, name="slow").status == "completed"


def test_wait_never_reads_the_status_twice_without_the_poll_gap(
    client: pg.AuthenticatedClient, pictograph_sim: PictographSim
) -> None:
    reads: list[float] = []
    log = pictograph_sim.app.state.request_log
    pg.create_export(client, DATASET, "paced", poll_interval=5.0, wait=True, on_status=lambda _s: reads.append(0))
    gets = [r for r in log if r.method == "GET" and r.status == 200]  # a 404 of the page's path form reads nothing
    assert len(gets) == len(reads) >= 1
    assert all(s >= 5.0 for s in pictograph_sim.clock.sleeps[: len(gets) - 1])
    # exist_ok hands over the status it read: the wait starts with the gap, not another read.
    pictograph_sim.clock.sleeps.clear()
    before = len(log)
    pg.create_export(client, DATASET, "paced", poll_interval=5.0, wait=True, exist_ok=True)
    assert len([r for r in log[before:] if r.method == "GET"]) == 1  # completed already: one read


def test_expired_url_is_asked_for_again(
    client: pg.AuthenticatedClient, pictograph_sim: PictographSim, tmp_path: Path
) -> None:
    pg.create_export(client, DATASET, "e", wait=True)
    pictograph_sim.storage_app.state.truncate_next = [1000]  # first GET drops after 1000 bytes ...
    real_sleep = pictograph_sim.clock.sleep

    def sleep_past_expiry(seconds: float) -> None:  # ... and the URL expires while we back off
        real_sleep(seconds + 3600)

    pictograph_sim.clock.sleep = sleep_past_expiry  # type: ignore[method-assign]
    path = pg.download_export(client, DATASET, name="e", dest=tmp_path / "e.zip")
    assert zipfile.ZipFile(path).testzip() is None
    downloads = [r for r in pictograph_sim.app.state.request_log if r.path.endswith("/download")]
    assert len(downloads) == 2
    ranges = [r.headers.get("range") for r in pictograph_sim.storage_app.state.request_log]
    assert ranges == [None, "bytes=1000-", "bytes=1000-"]


def test_hostile_archive_is_refused_with_nothing_outside_the_target(
    client: pg.AuthenticatedClient, pictograph_sim: PictographSim, tmp_path: Path
) -> None:
    pictograph_sim.app.state.exports.hostile_zip = True
    pg.create_export(client, DATASET, "hostile", wait=True)
    path = pg.download_export(client, DATASET, "hostile", tmp_path / "h.zip")
    target = tmp_path / "deep" / "out"
    with pytest.raises(pg.UnsafeArchiveError) as caught:
        pg.extract_export(path, target)
    assert caught.value.member in {"../evil.txt", "/tmp/evil", "images/../../evil2.txt", "images/link.jpg"}
    assert list(target.iterdir()) == []
    assert not (tmp_path / "deep" / "evil.txt").exists() and not (tmp_path / "evil2.txt").exists()


def test_delete_needs_an_admin_key(client: pg.AuthenticatedClient, pictograph_sim: PictographSim) -> None:
    pg.create_export(client, DATASET, "keep")
    with pytest.raises(pg.PermissionDeniedError):
        pg.delete_export(client, DATASET, "keep")
    with pg.connect(ADMIN, base_url=pictograph_sim.api.base_url) as admin:
        pg.delete_export(admin, DATASET, "keep")


def test_list_filters_and_bad_status(client: pg.AuthenticatedClient, pictograph_sim: PictographSim) -> None:
    pg.create_export(client, DATASET, "one", wait=True)
    pg.create_export(client, AWKWARD_DATASET, "two")
    completed = [n for n in ("one", "two") if pg.get_export(client, *_where(n)).status == "completed"]
    assert [e.name for e in pg.iter_exports(client, status="completed")] == completed
    assert {e.dataset_name for e in pg.iter_exports(client)} == {DATASET, AWKWARD_DATASET}
    requests = len(pictograph_sim.app.state.requests)
    with pytest.raises(pg.ParameterError, match="status"):
        pg.iter_exports(client, status="done")
    assert len(pictograph_sim.app.state.requests) == requests


def _where(name: str) -> tuple[str, str]:
    return (DATASET if name == "one" else AWKWARD_DATASET, name)


@each_generation
async def test_async_twins(pictograph_sim: PictographSim, tmp_path: Path) -> None:
    async with aio.connect(ADMIN, base_url=pictograph_sim.api.base_url, clock=pictograph_sim.clock) as client:
        path = await aio.export(client, DATASET, "async", tmp_path / "a.zip", include_images=True)
        files = await aio.extract_export(path, tmp_path / "a")
        names = [e.name async for e in aio.iter_exports(client, DATASET)]
        await aio.delete_export(client, DATASET, "async")
    assert "async" in names and any(f.name == "annotations.json" for f in files)


@each_generation
@pytest.mark.parametrize("page_size", [1, 2, 100])
def test_every_export_is_listed_once_whatever_the_paging(
    client: pg.AuthenticatedClient, pictograph_sim: PictographSim, page_size: int
) -> None:
    names = [f"e{i}" for i in range(5)]
    for name in names:
        pg.create_export(client, DATASET, name)
    listed = [e.name for e in pg.iter_exports(client, DATASET, page_size=page_size)]
    assert listed == names
    lists = [r for r in pictograph_sim.app.state.request_log if r.method == "GET" and r.path.endswith("/exports/")]
    if pictograph_sim.app.state.behaviour.generation == "page":
        assert len(lists) <= 2  # not paged: the whole list, then at most one look for more


@pytest.mark.parametrize("pictograph_generation", ["current"])
def test_a_capped_page_is_not_taken_for_the_last(pictograph_sim: PictographSim) -> None:
    pictograph_sim.app.state.behaviour = dataclasses.replace(pictograph_sim.app.state.behaviour, page_cap=2)
    with pg.connect(MEMBER, base_url=pictograph_sim.api.base_url, clock=pictograph_sim.clock) as client:
        for i in range(5):
            pg.create_export(client, DATASET, f"c{i}")
        assert len(list(pg.iter_exports(client, page_size=100))) == 5


@pytest.mark.parametrize("pictograph_generation", ["current"])
def test_the_path_form_is_learned_once_without_an_error(pictograph_sim: PictographSim, tmp_path: Path) -> None:
    log = pictograph_sim.app.state.request_log
    with pg.connect(ADMIN, base_url=pictograph_sim.api.base_url, clock=pictograph_sim.clock) as client:
        pg.create_export(client, DATASET, "learned", wait=True)
        pg.get_export(client, DATASET, "learned")
        pg.download_export(client, DATASET, "learned", tmp_path / "l.zip")
        pg.delete_export(client, DATASET, "learned")
    by_name = [r for r in log if not r.path.endswith("/exports/")]
    refused = [r for r in by_name if r.status == 404]
    assert len(refused) == 1  # the page's form, once; then the query form every time
    assert all("dataset=" in r.query for r in by_name if r.status != 404)


@pytest.mark.parametrize("pictograph_generation", ["page", "legacy-envelope"])
def test_a_missing_export_is_not_found_on_servers_of_the_page_form(pictograph_sim: PictographSim) -> None:
    with pg.connect(MEMBER, base_url=pictograph_sim.api.base_url, clock=pictograph_sim.clock) as client:
        with pytest.raises(pg.NotFoundError):
            pg.get_export(client, DATASET, "nothing")
        pg.create_export(client, DATASET, "something")
        pg.get_export(client, DATASET, "something")
        before = len(pictograph_sim.app.state.request_log)
        with pytest.raises(pg.NotFoundError):
            pg.get_export(client, DATASET, "nothing")
    assert len(pictograph_sim.app.state.request_log) - before == 1  # the form is known: no second try


@pytest.mark.canonical
@pytest.mark.parametrize(
    "body",
    [b'{"unexpected": []}', b'"exports"', b'{"data": {"not": "a list"}}'],
)
def test_a_malformed_list_raises_response_validation_error(
    client: pg.AuthenticatedClient, pictograph_sim: PictographSim, body: bytes
) -> None:
    pictograph_sim.app.state.faults.add(200, body=body)
    with pytest.raises(pg.ResponseValidationError) as caught:
        list(pg.iter_exports(client))
    assert caught.value.operation == "list_exports"


@pytest.mark.canonical
@pytest.mark.parametrize("pictograph_generation", ["page"])  # an override: the spec's enum is opened
def test_a_status_the_page_does_not_list_is_kept_and_waited_through(
    client: pg.AuthenticatedClient, pictograph_sim: PictographSim
) -> None:
    pictograph_sim.app.state.behaviour = dataclasses.replace(pictograph_sim.app.state.behaviour, unlisted_status=True)
    seen: list[pg.ExportStatus] = []
    done = pg.create_export(
        client, DATASET, "queued", wait=True, poll_interval=0.5, on_status=lambda e: seen.append(e.status)
    )
    assert done.status == pg.ExportStatus.COMPLETED
    assert seen[0] == "queued" and not seen[0].is_known


@pytest.mark.canonical
@pytest.mark.parametrize("shape", ["detail", "message", "envelope"])
def test_every_error_shape_gives_the_vendor_message(
    client: pg.AuthenticatedClient, pictograph_sim: PictographSim, shape: str
) -> None:
    pictograph_sim.app.state.behaviour = dataclasses.replace(pictograph_sim.app.state.behaviour, error_shape=shape)
    with pytest.raises(pg.NotFoundError, match="Dataset not found"):
        pg.create_export(client, "no such dataset", "x")


@pytest.mark.canonical
def test_retry_after_on_a_busy_server_is_honoured(
    client: pg.AuthenticatedClient, pictograph_sim: PictographSim
) -> None:
    pictograph_sim.app.state.faults.add(503, retry_after=7)
    assert list(pg.iter_exports(client)) == []
    assert pictograph_sim.clock.sleeps and pictograph_sim.clock.sleeps[0] >= 7
