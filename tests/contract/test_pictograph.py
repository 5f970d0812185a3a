"""The Pictograph client over real HTTP against the simulator and its storage host."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import pictograph_client as pg
from pictograph_client import aio
from tests.contract.conftest import PictographSim

MEMBER, ADMIN = "pk_live_member", "pk_live_admin"
DATASET = "street-scenes"
AWKWARD_DATASET = "parking lots/west #2"
AWKWARD_NAMES = ["Q1 / Q2 #3 ?100% ü 🚗", "a%2Fb", "100%", "spaces  and\ttab", "..."]


@pytest.fixture
def client(pictograph_sim: PictographSim) -> Iterator[pg.AuthenticatedClient]:
    with pg.connect(MEMBER, pictograph_sim.api.base_url, clock=pictograph_sim.clock) as client:
        yield client


def test_create_wait_download_extract(
    client: pg.AuthenticatedClient, pictograph_sim: PictographSim, tmp_path: Path
) -> None:
    done = pg.create_export(client, DATASET, "Training v1", include_images=True, class_filter=["car"], wait=True)
    assert done.status == pg.ExportStatus.COMPLETED
    path = pg.download_export(client, DATASET, "Training v1", tmp_path / "t.zip")
    assert path.stat().st_size == done.file_size
    files = pg.extract_export(path, tmp_path / "out")
    annotations = json.loads((tmp_path / "out" / "annotations.json").read_text())
    assert {c["name"] for c in annotations["categories"]} == {"car"}
    assert len(annotations["annotations"]) == done.annotation_count
    assert len([f for f in files if f.suffix == ".jpg"]) == done.image_count
    storage_requests = pictograph_sim.storage_app.state.request_log
    assert all("x-api-key" not in r.headers for r in storage_requests)


@pytest.mark.parametrize("name", AWKWARD_NAMES)
def test_awkward_names_round_trip_through_every_operation(
    pictograph_sim: PictographSim, tmp_path: Path, name: str
) -> None:
    with pg.connect(ADMIN, pictograph_sim.api.base_url, clock=pictograph_sim.clock) as client:
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


def test_a_retried_create_is_the_same_job(client: pg.AuthenticatedClient, pictograph_sim: PictographSim) -> None:
    first = pg.create_export(client, DATASET, "nightly", class_filter=["person", "car"])
    again = pg.create_export(client, DATASET, "nightly", class_filter=["car", "person"])
    assert again.id == first.id
    assert [e.name for e in pg.iter_exports(client, DATASET)].count("nightly") == 1


def test_a_name_taken_by_another_export_is_a_conflict(client: pg.AuthenticatedClient) -> None:
    pg.create_export(client, DATASET, "taken", include_images=False)
    with pytest.raises(pg.ConflictError):
        pg.create_export(client, DATASET, "taken", include_images=True)


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
    with pg.connect(MEMBER, pictograph_sim.api.base_url, clock=pictograph_sim.clock, transport=transport) as client:
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


def test_waiting_times_out_then_resumes_by_name(client: pg.AuthenticatedClient) -> None:
    pg.create_export(client, DATASET, "slow")
    with pytest.raises(pg.JobTimeoutError):
        pg.wait_for_export(client, DATASET, "slow", timeout=0.5, poll_interval=0.2)
    assert pg.wait_for_export(client, DATASET, "slow").status == "completed"


def test_expired_url_is_asked_for_again(
    client: pg.AuthenticatedClient, pictograph_sim: PictographSim, tmp_path: Path
) -> None:
    pg.create_export(client, DATASET, "e", wait=True)
    pictograph_sim.storage_app.state.truncate_next = [1000]  # first GET drops after 1000 bytes ...
    real_sleep = pictograph_sim.clock.sleep

    def sleep_past_expiry(seconds: float) -> None:  # ... and the URL expires while we back off
        real_sleep(seconds + 3600)

    pictograph_sim.clock.sleep = sleep_past_expiry  # type: ignore[method-assign]
    path = pg.download_export(client, DATASET, "e", tmp_path / "e.zip")
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
    with pg.connect(ADMIN, pictograph_sim.api.base_url) as admin:
        pg.delete_export(admin, DATASET, "keep")


def test_list_filters_and_bad_status(client: pg.AuthenticatedClient, pictograph_sim: PictographSim) -> None:
    pg.create_export(client, DATASET, "one", wait=True)
    pg.create_export(client, AWKWARD_DATASET, "two")
    assert [e.name for e in pg.iter_exports(client, status="completed")] == ["one"]
    assert {e.dataset_name for e in pg.iter_exports(client)} == {DATASET, AWKWARD_DATASET}
    requests = len(pictograph_sim.app.state.requests)
    with pytest.raises(pg.ParameterError, match="status"):
        pg.iter_exports(client, status="done")
    assert len(pictograph_sim.app.state.requests) == requests


async def test_async_twins(pictograph_sim: PictographSim, tmp_path: Path) -> None:
    async with aio.connect(ADMIN, pictograph_sim.api.base_url, clock=pictograph_sim.clock) as client:
        path = await aio.export(client, DATASET, "async", tmp_path / "a.zip", include_images=True)
        files = await aio.extract_export(path, tmp_path / "a")
        names = [e.name async for e in aio.iter_exports(client, DATASET)]
        await aio.delete_export(client, DATASET, "async")
    assert "async" in names and any(f.name == "annotations.json" for f in files)
