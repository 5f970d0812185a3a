"""The Hasty helpers over real HTTP against the simulator and its storage host."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import uuid4

import pytest
from PIL import Image as PILImage

import hasty_client as hc
from hasty_client import aio
from hasty_client.api.automated_labeling import create_automated_labeling_job
from hasty_client.models import AutomatedLabelingJob, CreateAutomatedLabelingJobRequest, CreateLabelRequest
from tests.contract.conftest import HastySim

OWNER = "hasty-key-owner"


@pytest.fixture
def client(hasty_sim: HastySim) -> Iterator[hc.AuthenticatedClient]:
    with hc.connect(OWNER, hasty_sim.api.base_url, clock=hasty_sim.clock) as client:
        yield client


def _project(sim: HastySim) -> Any:
    return max(sim.app.state.hasty.world.projects.values(), key=lambda p: len(p.images))


def _jpeg(path: Path, shade: int) -> Path:
    buffer = io.BytesIO()
    PILImage.new("RGB", (32, 24), (shade, 80, 160)).save(buffer, "JPEG")
    path.write_bytes(buffer.getvalue())
    return path


def test_walks_every_image_of_a_project(client: hc.AuthenticatedClient, hasty_sim: HastySim) -> None:
    project = _project(hasty_sim)
    walk = hc.iter_images(client, project.record["id"], page_size=7)
    assert sorted(str(i.id) for i in walk) == sorted(project.images)
    assert walk.position == len(project.images)
    classes = list(hc.iter_label_classes(client, project.record["id"], page_size=2))
    assert {str(c.id) for c in classes} == set(project.label_classes)


def test_upload_images_sends_files_without_the_key_and_creates_them(
    client: hc.AuthenticatedClient, hasty_sim: HastySim, tmp_path: Path
) -> None:
    project = _project(hasty_sim)
    dataset = next(iter(project.datasets))
    files = [_jpeg(tmp_path / f"img-{n}.jpg", n * 20) for n in range(5)]
    images = hc.upload_images(client, project.record["id"], dataset, files, concurrency=3)
    assert [i.name for i in images] == [f.name for f in files]
    puts = [r for r in hasty_sim.app.state.storage_app.state.request_log if r.method == "PUT"]
    assert len(puts) == 5 and all("x-api-key" not in r.headers for r in puts)


def test_labels_are_batched_and_bad_geometry_is_refused_first(
    client: hc.AuthenticatedClient, hasty_sim: HastySim
) -> None:
    project = _project(hasty_sim)
    image_id, class_id = next(iter(project.images)), next(iter(project.label_classes))
    labels = [CreateLabelRequest(class_id=class_id, bbox=[n, n, n + 10, n + 10]) for n in range(230)]
    created = hc.create_labels(client, project.record["id"], image_id, labels)
    assert len(created) == 230
    posts = [r for r in hasty_sim.app.state.requests if r[0] == "POST" and r[1].endswith("/labels")]
    assert len(posts) == 3  # 100 + 100 + 30
    before = len(hasty_sim.app.state.requests)
    bad = [
        (CreateLabelRequest(class_id=class_id, bbox=[1, 2, 3]), r"labels\[1\]\.bbox"),
        (CreateLabelRequest(class_id=class_id, polygon=[[1, 2], [3]]), r"labels\[1\]\.polygon\[1\]"),
        (CreateLabelRequest(class_id=class_id, mask=[1, 2, 3]), r"labels\[1\]\.mask"),
    ]
    for label, where in bad:
        with pytest.raises(hc.ParameterError, match=where):
            hc.create_labels(client, project.record["id"], image_id, [labels[0], label])
    assert len(hasty_sim.app.state.requests) == before


def test_export_project_downloads_a_verified_archive(
    client: hc.AuthenticatedClient, hasty_sim: HastySim, tmp_path: Path
) -> None:
    project = _project(hasty_sim)
    statuses: list[str] = []
    path = hc.export_project(
        client, project.record["id"], "json_coco", tmp_path / "e.zip", on_status=lambda j: statuses.append(j.status)
    )
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        coco = json.loads(archive.read(next(n for n in names if n.endswith(".json"))))
    assert len(coco["images"]) == len(project.images)
    # A job may be seen running first or, on a fast server, done at the first look.
    assert statuses[-1] == "DONE" and set(statuses) <= {"INIT", "RUNNING", "DONE"}


def test_a_failed_export_raises(client: hc.AuthenticatedClient, hasty_sim: HastySim, tmp_path: Path) -> None:
    hasty_sim.app.state.hasty.fail_exports = True
    with pytest.raises(hc.JobFailedError):
        hc.export_project(client, _project(hasty_sim).record["id"], "yolo", tmp_path / "e.zip")
    assert list(tmp_path.iterdir()) == []


def test_unknown_export_format_is_refused_locally(client: hc.AuthenticatedClient, hasty_sim: HastySim) -> None:
    with pytest.raises(hc.ParameterError, match="format"):
        hc.export_project(client, _project(hasty_sim).record["id"], "csv", "x.zip")
    assert hasty_sim.app.state.requests == []


def test_automated_labeling_progress_is_reported(client: hc.AuthenticatedClient, hasty_sim: HastySim) -> None:
    project = _project(hasty_sim)
    body = CreateAutomatedLabelingJobRequest(experiment_id=uuid4(), num_images=3)
    job = create_automated_labeling_job.sync(project.record["id"], client=client, body=body)
    assert isinstance(job, AutomatedLabelingJob)
    seen: list[float] = []
    done = hc.wait_for_automated_labeling(
        client, project.record["id"], job.id, poll_interval=1, on_status=lambda s: seen.append(s.progress)
    )
    assert done.status == "DONE" and seen[-1] == 1.0 and seen == sorted(seen)


async def test_async_twins(hasty_sim: HastySim, tmp_path: Path) -> None:
    project = _project(hasty_sim)
    dataset = next(iter(project.datasets))
    expected = sorted(project.images)
    async with aio.connect(OWNER, hasty_sim.api.base_url, clock=hasty_sim.clock) as client:
        ids = [str(i.id) async for i in aio.iter_images(client, project.record["id"], page_size=10)]
        uploaded = await aio.upload_images(client, project.record["id"], dataset, [_jpeg(tmp_path / "a.jpg", 9)])
        path = await aio.export_project(client, project.record["id"], "json_v1.1", tmp_path / "e.zip")
    assert sorted(ids) == expected
    assert uploaded[0].name == "a.jpg" and zipfile.is_zipfile(path)
