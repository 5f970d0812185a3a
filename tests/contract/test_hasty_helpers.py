"""The Hasty helpers over real HTTP against the simulator and its storage host."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import pytest
from PIL import Image as PILImage

import hasty_client as hc
from hasty_client import aio
from hasty_client.api.automated_labeling import create_automated_labeling_job
from hasty_client.api.images import list_images
from hasty_client.api.labels import update_labels_batch
from hasty_client.api.projects import get_project
from hasty_client.models import (
    AutomatedLabelingJob,
    CreateAutomatedLabelingJobRequest,
    CreateLabelRequest,
    UpdateLabelRequest,
)
from hasty_client.types import Unset
from tests.contract.conftest import HastySim

OWNER = "hasty-key-owner"


@pytest.fixture
def client(hasty_sim: HastySim) -> Iterator[hc.AuthenticatedClient]:
    with hc.connect(OWNER, base_url=hasty_sim.api.base_url, clock=hasty_sim.clock) as client:
        yield client


def _project(sim: HastySim) -> Any:
    return max(sim.app.state.hasty.world.projects.values(), key=lambda p: len(p.images))


def _state(sim: HastySim, name: str) -> str:
    """A job state as this profile's server spells it (`jobs.*` switches: DONE may be
    COMPLETED, lower case...): what a wait must see through."""
    spelled: str = sim.app.state.hasty.spell(name)
    return spelled


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
    assert statuses[-1] == _state(hasty_sim, "DONE")
    assert set(statuses) <= {_state(hasty_sim, s) for s in ("INIT", "RUNNING", "DONE")}


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

    def record(status: AutomatedLabelingJob) -> None:
        assert not isinstance(status.progress, Unset)  # every status the server sends has a progress
        seen.append(status.progress)

    done = hc.wait_for_automated_labeling(client, project.record["id"], job.id, poll_interval=1, on_status=record)
    assert done.status == _state(hasty_sim, "DONE") and seen[-1] == 1.0 and seen == sorted(seen)


async def test_async_twins(hasty_sim: HastySim, tmp_path: Path) -> None:
    project = _project(hasty_sim)
    dataset = next(iter(project.datasets))
    expected = sorted(project.images)
    async with aio.connect(OWNER, base_url=hasty_sim.api.base_url, clock=hasty_sim.clock) as client:
        ids = [str(i.id) async for i in aio.iter_images(client, project.record["id"], page_size=10)]
        uploaded = await aio.upload_images(client, project.record["id"], dataset, [_jpeg(tmp_path / "a.jpg", 9)])
        path = await aio.export_project(client, project.record["id"], "json_v1.1", tmp_path / "e.zip")
    assert sorted(ids) == expected
    assert uploaded[0].name == "a.jpg" and zipfile.is_zipfile(path)


# --- the forms the vendor's code uses, and what each page allows (issues 13 and 14) ----------


def _bucket(sim: HastySim, project: Any) -> str:
    workspace = sim.app.state.hasty.world.workspaces[project.record["workspace_id"]]
    return str(next(iter(workspace.buckets)))


def _last_body(sim: HastySim, method: str, suffix: str) -> Any:
    entry = next(r for r in reversed(sim.app.state.request_log) if r.method == method and r.path.endswith(suffix))
    return entry.json()


def test_an_image_from_a_url_is_named_after_it(client: hc.AuthenticatedClient, hasty_sim: HastySim) -> None:
    project = _project(hasty_sim)
    dataset = next(iter(project.datasets))
    image = hc.create_image_from_url(
        client, project.record["id"], dataset, "https://cdn.example.com/cams/street-7.jpg?sig=abc", copy_original=True
    )
    assert image.name == "street-7.jpg" and str(image.id) in project.images
    sent = _last_body(hasty_sim, "POST", "/images")
    assert sent["url"].startswith("https://cdn.example.com/") and sent["copy_original"] is True
    assert "upload_id" not in sent


def test_an_image_from_a_bucket_object(client: hc.AuthenticatedClient, hasty_sim: HastySim) -> None:
    project = _project(hasty_sim)
    bucket = _bucket(hasty_sim, project)
    image = hc.create_image_from_bucket(
        client, project.record["id"], next(iter(project.datasets)), bucket, "datasets/street/img_002.jpg"
    )
    assert image.name == "img_002.jpg"
    assert _last_body(hasty_sim, "POST", "/images")["bucket_id"] == bucket
    with pytest.raises(hc.BadRequestError, match="no object"):
        hc.create_image_from_bucket(client, project.record["id"], next(iter(project.datasets)), bucket, "nope.jpg")


def test_labels_are_updated_and_deleted_in_batches(client: hc.AuthenticatedClient, hasty_sim: HastySim) -> None:
    project = _project(hasty_sim)
    image_id, class_id = next(iter(project.images)), next(iter(project.label_classes))
    created = hc.create_labels(
        client, project.record["id"], image_id, [CreateLabelRequest(class_id=class_id, bbox=[1, 1, 5, 5])] * 130
    )
    moved = [UpdateLabelRequest(id=label.id, class_id=class_id, bbox=[2, 2, 9, 9]) for label in created]
    updated = hc.update_labels(client, project.record["id"], image_id, moved)
    assert [u.bbox for u in updated] == [[2, 2, 9, 9]] * 130
    hc.delete_labels(client, project.record["id"], image_id, [label.id for label in created])
    assert not {str(label.id) for label in created} & set(project.labels)
    batches = [
        r for r in hasty_sim.app.state.request_log if r.method in ("PUT", "DELETE") and r.path.endswith("/labels")
    ]
    assert [len(r.json()) for r in batches] == [100, 30, 100, 30]
    with pytest.raises(hc.ParameterError, match=r"labels\[0\]\.id"):
        hc.update_labels(client, project.record["id"], image_id, [UpdateLabelRequest(class_id=class_id)])
    sent = len(hasty_sim.app.state.request_log)
    unnamed = [UpdateLabelRequest(class_id=class_id, bbox=[1, 1, 2, 2])]
    with pytest.raises(hc.ParameterError, match=r"body\[0\]\.id"):  # the operation itself checks it too
        update_labels_batch.sync(UUID(project.record["id"]), UUID(image_id), client=client, body=unnamed)
    with pytest.raises(hc.ParameterTypeError, match="label_ids: expected a list, got a single str"):
        hc.delete_labels(client, project.record["id"], image_id, str(created[0].id))  # not 36 one-letter ids
    with pytest.raises(hc.ParameterTypeError, match=r"labels\[1\]: expected UpdateLabelRequest"):
        hc.update_labels(client, project.record["id"], image_id, [moved[0], created[0]])  # type: ignore[list-item]
    assert len(hasty_sim.app.state.request_log) == sent


def test_a_label_named_label_id_as_the_vendor_code_sends_it(
    client: hc.AuthenticatedClient, hasty_sim: HastySim
) -> None:
    project = _project(hasty_sim)
    label = next(iter(project.labels.values()))
    body = [UpdateLabelRequest(label_id=UUID(label["id"]), class_id=UUID(label["class_id"]), bbox=[3, 3, 8, 8])]
    answer = update_labels_batch.sync(UUID(project.record["id"]), UUID(label["image_id"]), client=client, body=body)
    assert [i.bbox for i in answer.items] == [[3, 3, 8, 8]]


def test_automated_labeling_in_one_call(client: hc.AuthenticatedClient, hasty_sim: HastySim) -> None:
    project = _project(hasty_sim)
    seen: list[str] = []
    done = hc.run_automated_labeling(
        client,
        project.record["id"],
        uuid4(),
        dataset_id=next(iter(project.datasets)),
        on_status=lambda j: seen.append(str(j.status)),
    )
    assert str(done.status) == seen[-1] == _state(hasty_sim, "DONE")
    sent = _last_body(hasty_sim, "POST", "/automated_labeling")
    assert "confidence_threshold" not in sent  # the server's defaults, not ours


def test_no_credits_is_a_named_error(client: hc.AuthenticatedClient, hasty_sim: HastySim) -> None:
    hasty_sim.app.state.hasty.credits = 0
    with pytest.raises(hc.InsufficientCreditsError) as caught:
        hc.run_automated_labeling(client, _project(hasty_sim).record["id"], uuid4())
    assert caught.value.status_code == 402 and isinstance(caught.value, hc.PaymentRequiredError)


async def test_async_twins_of_the_new_helpers(hasty_sim: HastySim) -> None:
    project = _project(hasty_sim)
    pid, dataset = project.record["id"], next(iter(project.datasets))
    async with aio.connect(OWNER, base_url=hasty_sim.api.base_url, clock=hasty_sim.clock) as client:
        image = await aio.create_image_from_url(client, pid, dataset, "https://cdn.example.com/a.jpg", filename="b.jpg")
        bucket_image = await aio.create_image_from_bucket(
            client, pid, dataset, _bucket(hasty_sim, project), "datasets/food/img_001.jpg"
        )
        class_id = next(iter(project.label_classes))
        (label,) = await aio.create_labels(
            client, pid, image.id, [CreateLabelRequest(class_id=class_id, bbox=[0, 0, 4, 4])]
        )
        (moved,) = await aio.update_labels(client, pid, image.id, [UpdateLabelRequest(id=label.id, bbox=[1, 1, 4, 4])])
        await aio.delete_labels(client, pid, image.id, [label.id])
        done = await aio.run_automated_labeling(client, pid, uuid4())
    assert image.name == "b.jpg" and bucket_image.name == "img_001.jpg" and moved.bbox == [1, 1, 4, 4]
    assert str(label.id) not in project.labels and str(done.status) == _state(hasty_sim, "DONE")


def test_a_page_size_above_100_is_sent_and_the_walk_follows_what_comes(
    client: hc.AuthenticatedClient, hasty_sim: HastySim
) -> None:
    # Before: page_size=500 raised before any request. A server may clamp (profiles do).
    project = _project(hasty_sim)
    walk = hc.iter_images(client, project.record["id"], page_size=500)
    assert sorted(str(i.id) for i in walk) == sorted(project.images)
    first = next(r for r in hasty_sim.app.state.request_log if r.path.endswith("/images") and r.method == "GET")
    assert "limit=500" in first.query


def test_a_server_that_clamps_pages_is_walked_whole(client: hc.AuthenticatedClient, hasty_sim: HastySim) -> None:
    hasty_sim.app.state.hasty.max_limit = 7
    project = _project(hasty_sim)
    assert sorted(str(i.id) for i in hc.iter_images(client, project.record["id"], page_size=100)) == sorted(
        project.images
    )


@pytest.mark.parametrize("status", [201, 202])
def test_creates_answered_201_or_202_are_read(
    client: hc.AuthenticatedClient, hasty_sim: HastySim, tmp_path: Path, status: int
) -> None:
    profile = hasty_sim.app.state.hasty.profile
    profile.overrides = {**profile.overrides, **{f"{op}.status": status for op in CREATE_OPS}}
    profile.decisions.clear()
    project = _project(hasty_sim)
    pid, dataset = project.record["id"], next(iter(project.datasets))
    (image,) = hc.upload_images(client, pid, dataset, [_jpeg(tmp_path / "x.jpg", 10)])
    hc.create_labels(
        client, pid, image.id, [CreateLabelRequest(class_id=next(iter(project.label_classes)), bbox=[0, 0, 3, 3])]
    )
    hc.export_project(client, pid, "json_coco", tmp_path / "e.zip")
    hc.run_automated_labeling(client, pid, uuid4())
    answered = {
        r.status for r in hasty_sim.app.state.request_log if r.method == "POST" and not r.path.endswith("/uploads")
    }
    assert answered == {status}


def test_a_job_whose_user_is_null_is_read(client: hc.AuthenticatedClient, hasty_sim: HastySim) -> None:
    # Before: `UUID(None)` raised a TypeError from the generated model.
    project = _project(hasty_sim)
    job = {"id": str(uuid4()), "project_id": project.record["id"], "status": "DONE", "user_id": None, "progress": 1}
    hasty_sim.app.state.faults.add(
        200, body=json.dumps(job).encode(), path_prefix=f"/v1/projects/{project.record['id']}/automated_labeling/"
    )
    done = hc.wait_for_automated_labeling(client, project.record["id"], job["id"])
    assert done.user_id is None and str(done.status) == "DONE"


@pytest.mark.parametrize("retry_after", [None, 0, 1])
def test_throttling_with_or_without_retry_after_is_retried(
    client: hc.AuthenticatedClient, hasty_sim: HastySim, retry_after: float | None
) -> None:
    hasty_sim.app.state.faults.add(429, retry_after=retry_after, body=b'{"message": "Too many requests"}')
    assert [p.name for p in hc.iter_projects(client)]


@pytest.mark.parametrize(
    "body", [b'{"code": 402, "message": "m"}', b'{"code": "insufficient_credits", "message": "m"}', b'{"message": "m"}']
)
def test_every_error_body_shape_names_the_error(
    client: hc.AuthenticatedClient, hasty_sim: HastySim, body: bytes
) -> None:
    hasty_sim.app.state.faults.add(402, body=body)
    with pytest.raises(hc.InsufficientCreditsError, match="m"):
        list(hc.iter_projects(client))


CREATE_OPS = ("create_image", "create_labels_batch", "create_export", "create_automated_labeling_job")


# --- every walk takes the options of every walk (issue 15) -----------------------------------

WALKS = (
    "iter_projects",
    "iter_datasets",
    "iter_images",
    "iter_labels",
    "iter_label_classes",
    "iter_attributes",
    "iter_tag_classes",
    "iter_videos",
    "iter_segments",
)


def _walk_ids(sim: HastySim, name: str) -> tuple[str, ...]:
    """The ids a walk takes: of the project (and image or video) with the most to walk."""
    if name == "iter_projects":
        return ()
    collection = name.removeprefix("iter_")
    project = max(sim.app.state.hasty.world.projects.values(), key=lambda p: len(getattr(p, collection)))
    pid = project.record["id"]
    if name == "iter_labels":
        return pid, next(iter(project.labels.values()))["image_id"]
    if name == "iter_segments":
        return pid, next(iter(project.segments.values()))["video_id"]
    return (pid,)


@pytest.mark.parametrize("name", WALKS)
def test_every_walk_resumes_reports_progress_and_prefetches(
    client: hc.AuthenticatedClient, hasty_sim: HastySim, name: str
) -> None:
    walk = getattr(hc, name)
    ids = _walk_ids(hasty_sim, name)
    everything = [item.id for item in walk(client, *ids)]
    assert everything, f"the world has nothing for {name}"
    seen: list[tuple[int, int | None]] = []
    rest = walk(
        client, *ids, page_size=1, start_offset=1, prefetch=2, progress=lambda n, total: seen.append((n, total))
    )
    assert [item.id for item in rest] == everything[1:]
    assert seen and seen[-1] == (len(everything), len(everything))


def test_walk_arguments_are_refused_before_any_request(client: hc.AuthenticatedClient, hasty_sim: HastySim) -> None:
    pid = _project(hasty_sim).record["id"]
    with pytest.raises(hc.ParameterError, match="start_offset"):
        hc.iter_videos(client, pid, start_offset=-1)
    with pytest.raises(hc.ParameterError, match="image_statuses"):  # a typo of a filter
        hc.iter_images(client, pid, image_statuses=["DONE"])  # type: ignore[call-arg]
    with pytest.raises(hc.ParameterError, match="prefetch"):
        hc.iter_items(client, list_images, pid, prefetch=0)
    with pytest.raises(hc.ParameterError, match="operation"):  # not a list: nothing to walk
        hc.iter_items(client, get_project, pid)
    with pytest.raises(hc.ParameterTypeError, match="progress"):
        hc.iter_projects(client, progress="yes")  # type: ignore[arg-type]
    with pytest.raises(hc.ParameterError, match="project_id"):
        hc.iter_tag_classes(client, "not-an-id")
    assert hasty_sim.app.state.requests == []


def test_iter_items_walks_any_list_with_its_filters(client: hc.AuthenticatedClient, hasty_sim: HastySim) -> None:
    project = _project(hasty_sim)
    dataset = next(iter(project.datasets))
    walk = hc.iter_items(client, list_images, project.record["id"], dataset_id=[dataset], page_size=3)
    expected = {i for i, image in project.images.items() if image["dataset_id"] == dataset}
    assert {str(image.id) for image in walk} == expected


def test_an_upload_answered_with_too_few_urls_creates_nothing(
    client: hc.AuthenticatedClient, hasty_sim: HastySim, tmp_path: Path
) -> None:
    project = _project(hasty_sim)
    one_url = {"items": [{"id": str(uuid4()), "url": f"{hasty_sim.storage.base_url}/u/1"}], "meta": {"total": 1}}
    hasty_sim.app.state.faults.add(200, body=json.dumps(one_url).encode(), path_prefix="/v1/projects/")
    files = [_jpeg(tmp_path / f"{n}.jpg", n) for n in range(2)]
    with pytest.raises(hc.UnexpectedResponseError, match="1 URLs for 2 files"):
        hc.upload_images(client, project.record["id"], next(iter(project.datasets)), files)
    assert not [r for r in hasty_sim.app.state.request_log if r.method in ("PUT", "POST")]
    with pytest.raises(hc.ParameterError, match="filenames"):
        hc.upload_images(client, project.record["id"], next(iter(project.datasets)), files, filenames=["a.jpg"])


def test_image_filters_take_the_status_names_the_usage_shows(
    client: hc.AuthenticatedClient, hasty_sim: HastySim
) -> None:
    # Before: image_status=["DONE"] raised an AttributeError from the generated serializer.
    project = _project(hasty_sim)
    done = {str(i.id) for i in hc.iter_images(client, project.record["id"], image_status=["DONE"])}
    assert done == {i for i, image in project.images.items() if image["status"] == "DONE"}
    alone = {str(i.id) for i in hc.iter_images(client, project.record["id"], image_status="DONE")}
    assert alone == done  # one name alone is a list of one, not "D", "O", "N", "E"
    with pytest.raises(hc.ParameterError, match="image_status"):
        hc.iter_images(client, project.record["id"], image_status=[3])  # type: ignore[list-item]
