"""Self-checks of the Hasty simulator and its storage host over real HTTP, with plain httpx."""

from __future__ import annotations

import io
import json
import ssl
import uuid
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlsplit, urlunsplit

import httpx
import pytest
import yaml  # type: ignore[import-untyped, unused-ignore]
from PIL import Image
from starlette.applications import Starlette
from starlette.routing import Route

from vision_api_sims.hasty import (
    SPEC_PATH,
    build_export_archive,
    build_world,
    create_app,
    serve_with_storage,
    status_id_of,
)
from vision_api_sims.server import RunningServer

OWNER = {"X-Api-Key": "hasty-key-owner"}
VIEWER = {"X-Api-Key": "hasty-key-viewer"}
START = datetime(2025, 5, 1, 8, 0, tzinfo=UTC)
EXPORT_INIT, EXPORT_DONE, LABELING = 0.5, 2.0, 10.0
NO_KEEPALIVE = httpx.Limits(max_keepalive_connections=0)
TLS = ssl.create_default_context()  # made once: loading the CA bundle is most of a client's cost


class FakeClock:
    """Monotonic seconds that move only when a test says so."""

    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t

    def wall(self) -> datetime:
        return START + timedelta(seconds=self.t)


@pytest.fixture(scope="module")
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="module")
def violations() -> list[str]:
    return []


@pytest.fixture(scope="module")
def app(clock: FakeClock, violations: list[str]) -> Starlette:
    return create_app(
        clock=clock,
        wall_clock=clock.wall,
        export_init_seconds=EXPORT_INIT,
        export_seconds=EXPORT_DONE,
        labeling_seconds=LABELING,
        validator_violations=violations,
    )


@pytest.fixture(scope="module")
def servers(app: Starlette) -> Iterator[tuple[RunningServer, RunningServer]]:
    with serve_with_storage(app) as running:
        yield running


@pytest.fixture
def client(servers: tuple[RunningServer, RunningServer], violations: list[str]) -> Iterator[httpx.Client]:
    """The owner's client of the validated API; the test must leave no violation behind."""
    violations.clear()
    with httpx.Client(base_url=servers[0].base_url, headers=OWNER, limits=NO_KEEPALIVE, verify=TLS) as http:
        yield http
    assert violations == []


@pytest.fixture
def plain() -> Iterator[httpx.Client]:
    """A client with no credentials, for the storage host."""
    with httpx.Client(limits=NO_KEEPALIVE, verify=TLS) as http:
        yield http


@pytest.fixture
def storage_app(app: Starlette, servers: tuple[RunningServer, RunningServer]) -> Iterator[Starlette]:
    storage: Starlette = app.state.storage_app
    yield storage
    storage.state.ignore_range = False
    storage.state.fail_next.clear()


def take(violations: list[str], *fragments: str) -> list[str]:
    """Remove and return the violations that mention every fragment (requests a test sends on purpose)."""
    taken = [v for v in violations if all(f in v for f in fragments)]
    violations[:] = [v for v in violations if v not in taken]
    return taken


def project_id(client: httpx.Client, name: str = "Street scenes") -> str:
    projects = client.get("/v1/projects", params={"name": name}).json()["items"]
    return str(projects[0]["id"])


def first(client: httpx.Client, path: str, **params: Any) -> dict[str, Any]:
    items = client.get(path, params=params).json()["items"]
    return dict(items[0])


def jpeg(size: tuple[int, int] = (20, 10)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (10, 200, 30)).save(out, format="JPEG")
    return out.getvalue()


def upload(client: httpx.Client, plain: httpx.Client, pid: str, data: bytes) -> str:
    """The signed-upload flow's first two steps; returns the upload ID."""
    slot = client.get(f"/v1/projects/{pid}/uploads", params={"count": 1}).json()["items"][0]
    assert plain.put(slot["url"], content=data, headers={"Content-Type": "image/*"}).status_code == 200
    return str(slot["id"])


def error(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["code"] == status
    return str(body["message"])


def resign(url: str, **changes: str) -> str:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    query.update(changes)
    return urlunsplit(parts._replace(query="&".join(f"{k}={v}" for k, v in query.items())))


# --- data, auth, cross-cutting ---------------------------------------------------------------


def test_world_is_deterministic_and_fresh_per_call() -> None:
    one, two = build_world(5), build_world(5)
    assert one is not two
    assert [p.record["id"] for p in one.projects.values()] == [p.record["id"] for p in two.projects.values()]
    streets = next(iter(one.projects.values()))
    assert len(streets.images) == 40 and len(streets.labels) > 40
    masks = [label["mask"] for label in streets.labels.values() if label["mask"]]
    assert masks and all(len(mask) % 2 == 0 for mask in masks)
    streets.images.clear()
    assert len(next(iter(build_world(5).projects.values())).images) == 40


def test_keys_roles_and_request_ids(servers: tuple[RunningServer, RunningServer], violations: list[str]) -> None:
    violations.clear()
    base = servers[0].base_url
    with httpx.Client(base_url=base, limits=NO_KEEPALIVE, verify=TLS) as http:
        for headers in ({}, {"X-Api-Key": "wrong"}, {"Authorization": "Bearer hasty-key-owner"}):
            response = http.get("/v1/projects", headers=headers)
            assert "X-Api-Key" in error(response, 401)
            assert response.headers["X-Request-ID"]
        assert http.get("/v1/projects", headers=VIEWER).status_code == 200
        denied = http.post("/v1/projects", headers=VIEWER, json={"name": "Nope"})
        assert "only read" in error(denied, 403)
        ids = {http.get("/v1/workspaces", headers=OWNER).headers["X-Request-ID"] for _ in range(3)}
        assert len(ids) == 3
    assert violations == []


def test_injected_failures(app: Starlette, client: httpx.Client) -> None:
    app.state.faults.add(429, retry_after=1, body=b'{"code": 429, "message": "Too many requests"}')
    app.state.faults.add(500, body=b'{"code": 500, "message": "Internal server error"}')
    busy = client.get("/v1/workspaces")
    error(busy, 429)
    assert busy.headers["Retry-After"] == "1"
    error(client.get("/v1/workspaces"), 500)
    assert client.get("/v1/workspaces").status_code == 200


def test_bad_queries_and_bodies_are_400(client: httpx.Client, violations: list[str]) -> None:
    pid = project_id(client)
    assert "limit" in error(client.get(f"/v1/projects/{pid}/images", params={"limit": "many"}), 400)
    assert "image_status" in error(client.get(f"/v1/projects/{pid}/images", params={"image_status": "LOST"}), 400)
    assert "count" in error(client.get(f"/v1/projects/{pid}/uploads", params={"count": 51}), 400)
    assert "count" in error(client.get(f"/v1/projects/{pid}/uploads"), 400)
    assert "name" in error(client.post(f"/v1/projects/{pid}/datasets", json={"norder": 1}), 400)
    assert "JSON" in error(client.post(f"/v1/projects/{pid}/datasets", content=b"{", headers=OWNER), 400)
    assert len(take(violations, "GET")) >= 4
    take(violations, "POST")


def test_unknown_objects_are_404(client: httpx.Client) -> None:
    pid, nobody = project_id(client), str(uuid.uuid4())
    assert "Project" in error(client.get(f"/v1/projects/{nobody}"), 404)
    assert "Image" in error(client.get(f"/v1/projects/{pid}/images/{nobody}"), 404)
    assert "Label" in error(client.get(f"/v1/projects/{pid}/labels/{nobody}"), 404)
    assert "Export" in error(client.get(f"/v1/projects/{pid}/exports/{nobody}"), 404)
    assert "Workspace" in error(client.get(f"/v1/workspaces/{nobody}"), 404)


# --- workspaces, projects, datasets -----------------------------------------------------------


def test_workspaces(client: httpx.Client) -> None:
    page = client.get("/v1/workspaces", params={"limit": 1}).json()
    assert page["meta"]["total"] == 2 and len(page["items"]) == 1
    workspace = page["items"][0]
    assert client.get(f"/v1/workspaces/{workspace['id']}").json() == workspace
    changed = client.put(
        f"/v1/workspaces/{workspace['id']}", json={"name": workspace["name"], "support_email": "a@b.c"}
    )
    assert changed.json()["support_email"] == "a@b.c"


def test_project_lifecycle(client: httpx.Client) -> None:
    created = client.post("/v1/projects", json={"name": "Scratch", "content_type": "IMAGES"}).json()
    assert created["workspace_id"] and created["content_type"] == "IMAGES"
    pid = created["id"]
    assert client.get("/v1/projects", params={"name": "scrat"}).json()["meta"]["total"] == 1
    assert client.get(f"/v1/projects/{pid}").json()["last_opened_on"]
    renamed = client.put(f"/v1/projects/{pid}", json={"name": "Scratch 2", "description": None}).json()
    assert renamed["name"] == "Scratch 2" and renamed["description"] is None
    assert client.delete(f"/v1/projects/{pid}").status_code == 204
    assert client.get(f"/v1/projects/{pid}").status_code == 404


def test_project_in_unknown_workspace_is_400(client: httpx.Client) -> None:
    response = client.post("/v1/projects", json={"name": "X", "workspace_id": str(uuid.uuid4())})
    assert "workspace_id" in error(response, 400)


def test_dataset_lifecycle(client: httpx.Client) -> None:
    pid = project_id(client)
    created = client.post(f"/v1/projects/{pid}/datasets", json={"name": "test-set", "norder": 5}).json()
    did = created["id"]
    assert created["project_id"] == pid
    assert "already exists" in error(client.post(f"/v1/projects/{pid}/datasets", json={"name": "test-set"}), 400)
    assert client.get(f"/v1/projects/{pid}/datasets", params={"name": "TEST"}).json()["meta"]["total"] == 1
    assert client.get(f"/v1/projects/{pid}/datasets/{did}").json() == created
    updated = client.put(f"/v1/projects/{pid}/datasets/{did}", json={"name": "holdout", "norder": None}).json()
    assert updated == {**created, "name": "holdout"}
    assert client.delete(f"/v1/projects/{pid}/datasets/{did}").status_code == 204
    assert client.get(f"/v1/projects/{pid}/datasets/{did}").status_code == 404


# --- uploads and images -------------------------------------------------------------------------


def test_upload_flow_creates_an_image(client: httpx.Client, plain: httpx.Client) -> None:
    pid = project_id(client)
    dataset = first(client, f"/v1/projects/{pid}/datasets", name="val")
    slots = client.get(f"/v1/projects/{pid}/uploads", params={"count": 3, "style": "simple"}).json()
    assert slots["meta"] == {"object": "upload", "total": 3} and len({s["id"] for s in slots["items"]}) == 3
    upload_id = upload(client, plain, pid, jpeg((20, 10)))
    body = {"dataset_id": dataset["id"], "upload_id": upload_id, "filename": "new.jpg", "external_id": "ext-1"}
    image = client.post(f"/v1/projects/{pid}/images", json=body).json()
    assert (image["width"], image["height"], image["format"], image["status"]) == (20, 10, "JPEG", "NEW")
    assert image["dataset_name"] == "val" and image["external_id"] == "ext-1"
    assert plain.get(image["url"]).content == jpeg((20, 10))
    again = {**body, "filename": "again.jpg"}
    assert "already used" in error(client.post(f"/v1/projects/{pid}/images", json=again), 400)


def test_image_creation_refusals(client: httpx.Client, plain: httpx.Client) -> None:
    pid = project_id(client)
    dataset = first(client, f"/v1/projects/{pid}/datasets", name="train")
    empty = client.get(f"/v1/projects/{pid}/uploads", params={"count": 1}).json()["items"][0]["id"]
    body = {"dataset_id": dataset["id"], "upload_id": empty, "filename": "x.jpg"}
    assert "PUT the file" in error(client.post(f"/v1/projects/{pid}/images", json=body), 400)
    body["upload_id"] = str(uuid.uuid4())
    assert "no upload" in error(client.post(f"/v1/projects/{pid}/images", json=body), 400)
    body["upload_id"] = upload(client, plain, pid, b"not an image")
    assert "not an image" in error(client.post(f"/v1/projects/{pid}/images", json=body), 400)
    body.update(upload_id=upload(client, plain, pid, jpeg()), filename="frame_000.jpg")
    assert "already exists" in error(client.post(f"/v1/projects/{pid}/images", json=body), 400)
    replaced = client.post(f"/v1/projects/{pid}/images", params={"replace": "true"}, json=body).json()
    assert replaced["name"] == "frame_000.jpg" and replaced["width"] == 20


def test_image_read_update_status_offset_delete(client: httpx.Client, plain: httpx.Client) -> None:
    pid = project_id(client)
    val = first(client, f"/v1/projects/{pid}/datasets", name="val")
    image = first(client, f"/v1/projects/{pid}/images", image_name="frame_031")
    iid = image["id"]
    assert client.get(f"/v1/projects/{pid}/images/{iid}").json()["name"] == "frame_031.jpg"
    status = client.put(f"/v1/projects/{pid}/images/{iid}/status", json={"status": "TO REVIEW"}).json()
    assert status == {"status_id": status_id_of("TO REVIEW")}
    to_review = client.get(f"/v1/projects/{pid}/images", params={"image_status": "TO REVIEW,DONE"}).json()
    assert iid in [i["id"] for i in to_review["items"]]
    assert all(i["status"] in ("TO REVIEW", "DONE") for i in to_review["items"])
    moved = client.patch(f"/v1/projects/{pid}/images/{iid}", json={"filename": "renamed.jpg", "dataset_id": val["id"]})
    assert (moved.json()["name"], moved.json()["dataset_name"]) == ("renamed.jpg", "val")
    replaced = client.put(
        f"/v1/projects/{pid}/images/{iid}",
        json={"upload_id": upload(client, plain, pid, jpeg((8, 6))), "filename": "r.jpg"},
    ).json()
    assert (replaced["id"], replaced["width"], replaced["name"]) == (iid, 8, "r.jpg")
    offset = client.get(f"/v1/projects/{pid}/images/{iid}/offset", params={"dataset_id": val["id"]}).json()
    in_val = client.get(f"/v1/projects/{pid}/images", params={"dataset_id": val["id"]}).json()["items"]
    assert in_val[offset["offset"]]["id"] == iid
    assert client.delete(f"/v1/projects/{pid}/images/{iid}").status_code == 204
    assert client.get(f"/v1/projects/{pid}/images/{iid}").status_code == 404


def test_image_paging_and_filters(client: httpx.Client) -> None:
    pid = project_id(client)
    total = client.get(f"/v1/projects/{pid}/images").json()["meta"]["total"]
    seen: list[str] = []
    for offset in range(0, total, 7):
        page = client.get(f"/v1/projects/{pid}/images", params={"offset": offset, "limit": 7}).json()
        assert page["meta"]["offset"] == offset and page["meta"]["limit"] == 7
        seen += [i["id"] for i in page["items"]]
    assert len(seen) == len(set(seen)) == total
    tags = client.get(f"/v1/projects/{pid}/tag_classes").json()["items"]
    night = next(t["id"] for t in tags if t["name"] == "night")
    tagged = client.get(f"/v1/projects/{pid}/images", params={"tag_class_id": night}).json()
    assert 0 < tagged["meta"]["total"] < total
    assert tagged["meta"]["search_parameters"] == {"tag_class_id": [night]}


# --- labels -------------------------------------------------------------------------------------


def label_class(client: httpx.Client, pid: str, name: str) -> str:
    classes = client.get(f"/v1/projects/{pid}/label_classes").json()["items"]
    return str(next(c["id"] for c in classes if c["name"] == name))


def test_label_batches(client: httpx.Client) -> None:
    pid = project_id(client)
    car = label_class(client, pid, "car")
    iid = first(client, f"/v1/projects/{pid}/images", image_name="frame_002")["id"]
    labels_path = f"/v1/projects/{pid}/images/{iid}/labels"
    before = client.get(labels_path).json()["meta"]["total"]
    new = [
        {"class_id": car, "bbox": [1, 2, 11, 12], "tool_used": "api", "z_index": 3},
        {"class_id": car, "polygon": [[0, 0], [5, 0], [5, 5], [0, 0]], "external_id": "p-1"},
        {"class_id": car, "mask": [10, 2, 30, 2]},
    ]
    created = client.post(labels_path, json=new).json()
    assert created["meta"] == {"object": "label", "total": 3}
    ids = [label["id"] for label in created["items"]]
    assert created["items"][0]["bbox"] == [1, 2, 11, 12] and created["items"][1]["external_id"] == "p-1"
    assert client.get(labels_path).json()["meta"]["total"] == before + 3
    moved = client.put(labels_path, json=[{"id": ids[0], "class_id": car, "bbox": [2, 2, 9, 9]}]).json()
    assert moved["items"][0]["bbox"] == [2, 2, 9, 9] and moved["items"][0]["z_index"] == 3
    single = client.get(f"/v1/projects/{pid}/labels/{ids[2]}", params={"include_border_mask": "true"}).json()
    assert single["mask"] == [10, 2, 30, 2] and single["border_mask"]
    assert client.request("DELETE", labels_path, json=[{"id": i} for i in ids]).status_code == 204
    assert client.request("DELETE", labels_path, json=[{"id": ids[0]}]).status_code == 204  # a retry is harmless
    assert client.get(labels_path).json()["meta"]["total"] == before


def test_label_refusals(client: httpx.Client, violations: list[str]) -> None:
    pid = project_id(client)
    car = label_class(client, pid, "car")
    iid = first(client, f"/v1/projects/{pid}/images")["id"]
    path = f"/v1/projects/{pid}/images/{iid}/labels"
    assert "even" in error(client.post(path, json=[{"class_id": car, "mask": [1, 2, 3]}]), 400)
    assert "bbox" in error(client.post(path, json=[{"class_id": car, "bbox": [9, 9, 1, 1]}]), 400)
    assert "one of bbox" in error(client.post(path, json=[{"class_id": car}]), 400)
    assert "class_id" in error(client.post(path, json=[{"class_id": str(uuid.uuid4()), "bbox": [0, 0, 1, 1]}]), 400)
    assert "bbox" in error(client.post(path, json=[{"class_id": car, "bbox": [0, 0, 1]}]), 400)
    assert len(take(violations, "POST", "bbox")) == 1  # the 3-number box breaks the schema too
    assert "no label" in error(client.put(path, json=[{"id": str(uuid.uuid4()), "class_id": car}]), 400)


def test_project_labels_list_and_filters(client: httpx.Client) -> None:
    pid = project_id(client)
    person = label_class(client, pid, "person")
    page = client.get(f"/v1/projects/{pid}/labels", params={"label_class_id": person, "limit": 5}).json()
    assert page["items"] and all(label["class_name"] == "person" for label in page["items"])
    assert all(label["thumb_bbox"] == label["bbox"] for label in page["items"])
    done = client.get(f"/v1/projects/{pid}/labels", params={"image_status": "DONE"}).json()["items"]
    assert all(label["image_status"] == "DONE" for label in done)
    recent = client.get(f"/v1/projects/{pid}/labels", params={"created_since": "5m"}).json()["meta"]["total"]
    assert recent == 0  # the seeded labels are older


# --- attributes -------------------------------------------------------------------------------


def test_attributes_and_class_links(client: httpx.Client) -> None:
    pid = project_id(client)
    bicycle = label_class(client, pid, "bicycle")
    body = {"name": "Size", "type": "SELECTION", "values": [{"value": "small"}, {"value": "large"}]}
    created = client.post(f"/v1/projects/{pid}/attributes", json=body).json()
    aid, values = created["id"], created["values"]
    assert [v["value"] for v in values] == ["small", "large"] and all(v["id"] for v in values)
    body["values"] = [values[0], {"value": "huge"}]
    updated = client.put(f"/v1/projects/{pid}/attributes/{aid}", json=body).json()
    assert updated["values"][0] == values[0] and updated["values"][1]["value"] == "huge"
    link = {"attribute_id": aid, "class_id": bicycle, "attribute_order": 1.5, "class_order": 2}
    assert client.post(f"/v1/projects/{pid}/attributes_classes", json=[link]).json() == [link]
    assert link in client.get(f"/v1/projects/{pid}/attributes_classes").json()
    listed = client.get(f"/v1/projects/{pid}/attributes").json()["items"]
    assert next(a for a in listed if a["id"] == aid)["class_count"] == 1
    bad = [{**link, "class_id": str(uuid.uuid4())}]
    assert "class_id" in error(client.post(f"/v1/projects/{pid}/attributes_classes", json=bad), 400)
    gone = client.request(
        "DELETE", f"/v1/projects/{pid}/attributes_classes", json=[{"attribute_id": aid, "class_id": bicycle}]
    )
    assert gone.status_code == 204
    assert client.delete(f"/v1/projects/{pid}/attributes/{aid}").status_code == 204
    assert aid not in [a["id"] for a in client.get(f"/v1/projects/{pid}/attributes").json()["items"]]


def car_label(client: httpx.Client, pid: str) -> dict[str, Any]:
    return first(client, f"/v1/projects/{pid}/labels", label_class_id=label_class(client, pid, "car"))


def test_label_attribute_values(client: httpx.Client) -> None:
    pid = project_id(client)
    label = car_label(client, pid)
    attributes = {a["name"]: a for a in client.get(f"/v1/projects/{pid}/attributes").json()["items"]}
    colour, occluded = attributes["Color"], attributes["Occluded"]
    base = f"/v1/projects/{pid}/labels/{label['id']}/attributes"
    assert client.post(f"{base}/{occluded['id']}", json={"value": True}).json()["value"] is True
    assert "BOOL" in error(client.post(f"{base}/{occluded['id']}", json={"value": "yes"}), 400)
    assert "SELECTION" in error(client.post(f"{base}/{colour['id']}", json={"value": "pink"}), 400)
    answer = client.post(f"{base}/{colour['id']}", json={"value": "blue", "predicted_values": ["blue"]}).json()
    assert answer == {**answer, "id": colour["id"], "label_id": label["id"], "value": "blue", "type": "SELECTION"}
    listed = client.get(base).json()
    assert {v["name"]: v["value"] for v in listed["items"]} == {"Color": "blue", "Occluded": True}
    image_path = f"/v1/projects/{pid}/images/{label['image_id']}/label_attributes"
    update = [{"id": colour["id"], "label_id": label["id"], "value": "red"}]
    assert client.put(image_path, json=update).json()[0]["value"] == "red"
    values = client.get(image_path).json()["items"]
    assert {"id": colour["id"], "label_id": label["id"], "value": "red"}.items() <= next(
        v for v in values if v["id"] == colour["id"] and v["label_id"] == label["id"]
    ).items()
    summary = client.post(f"{image_path}/summary", json=[label["id"]]).json()
    assert {a["name"] for a in summary} >= {"Color", "Occluded"} and not any(a["is_conflicting"] for a in summary)
    assert "no label" in error(client.post(f"{image_path}/summary", json=[str(uuid.uuid4())]), 400)


# --- classes, tags, keypoints -------------------------------------------------------------------


def test_label_classes(client: httpx.Client) -> None:
    pid = project_id(client)
    created = client.post(f"/v1/projects/{pid}/label_classes", json={"name": "truck", "color": "#123456"}).json()
    cid = created["id"]
    assert created["type"] == "object" and created["color"] == "#123456"
    assert client.get(f"/v1/projects/{pid}/label_classes/{cid}").json() == created
    updated = client.put(f"/v1/projects/{pid}/label_classes/{cid}", json={"name": "lorry", "type": "background"}).json()
    assert (updated["name"], updated["type"], updated["color"]) == ("lorry", "background", "#123456")
    assert client.delete(f"/v1/projects/{pid}/label_classes/{cid}").status_code == 204
    assert client.get(f"/v1/projects/{pid}/label_classes/{cid}").status_code == 404


def test_tag_classes_groups_and_image_tags(client: httpx.Client) -> None:
    pid = project_id(client)
    group = client.post(f"/v1/projects/{pid}/tag_groups", json={"name": "Season", "type": "MULTIPLE-SELECTION"}).json()
    assert group["is_required"] is False
    assert client.get(f"/v1/projects/{pid}/tag_groups/{group['id']}").json() == group
    renamed = client.put(f"/v1/projects/{pid}/tag_groups/{group['id']}", json={"name": "Seasons", "type": "SELECTION"})
    assert renamed.json()["name"] == "Seasons"
    assert group["id"] in [g["id"] for g in client.get(f"/v1/projects/{pid}/tag_groups").json()["items"]]
    tag = client.post(f"/v1/projects/{pid}/tag_classes", json={"name": "winter", "tag_group_id": group["id"]}).json()
    assert tag["tag_group_name"] == "Seasons"
    assert client.get(f"/v1/projects/{pid}/tag_classes/{tag['id']}").json() == tag
    assert client.put(f"/v1/projects/{pid}/tag_classes/{tag['id']}", json={"name": "snow"}).json()["name"] == "snow"
    iid = first(client, f"/v1/projects/{pid}/images", image_name="frame_004")["id"]
    tags_path = f"/v1/projects/{pid}/images/{iid}/tags"
    added = client.post(tags_path, json=[{"tag_class_id": tag["id"]}, {"tag_class_id": tag["id"]}]).json()
    assert added[0] == added[1] and added[0]["tag_class_name"] == "snow"
    assert added[0] in client.get(tags_path).json()["items"]
    assert client.request("DELETE", tags_path, json=[{"tag_class_id": tag["id"]}]).status_code == 204
    assert added[0] not in client.get(tags_path).json()["items"]
    assert client.delete(f"/v1/projects/{pid}/tag_classes/{tag['id']}").status_code == 204


def test_keypoint_schemas_and_links(client: httpx.Client) -> None:
    pid = project_id(client)
    body = {
        "name": "Hand",
        "type": "points",
        "keypoint_classes": [{"name": "Thumb", "max_points": 1}, {"name": "Index"}],
        "keypoint_skeleton": [],
    }
    created = client.post(f"/v1/projects/{pid}/keypoint_schemas", json=body).json()
    assert [c["name"] for c in created["keypoint_classes"]] == ["Thumb", "Index"]
    assert all(c["keypoint_schema_id"] == created["id"] for c in created["keypoint_classes"])
    a, b = (c["id"] for c in created["keypoint_classes"])
    body["keypoint_skeleton"] = [{"keypoint_class_id_a": a, "keypoint_class_id_b": b}]
    updated = client.put(f"/v1/projects/{pid}/keypoint_schemas/{created['id']}", json=body).json()
    assert updated["keypoint_skeleton"][0]["keypoint_schema_id"] == created["id"]
    assert updated["create_date"] == created["create_date"]
    assert created["id"] in [s["id"] for s in client.get(f"/v1/projects/{pid}/keypoint_schemas").json()]
    link = {
        "keypoint_schema_id": created["id"],
        "label_class_id": label_class(client, pid, "person"),
        "label_class_order": 1,
    }
    assert client.post(f"/v1/projects/{pid}/keypoint_schemas_classes", json=[link]).json() == [link]
    assert link in client.get(f"/v1/projects/{pid}/keypoint_schemas_classes").json()
    assert client.request("DELETE", f"/v1/projects/{pid}/keypoint_schemas_classes", json=[link]).status_code == 204
    assert link not in client.get(f"/v1/projects/{pid}/keypoint_schemas_classes").json()


# --- exports ------------------------------------------------------------------------------------


def test_export_lifecycle(client: httpx.Client, plain: httpx.Client, clock: FakeClock) -> None:
    pid = project_id(client)
    body = {"format": "json_v1.1", "image_status": ["DONE"], "export_name": "done_images"}
    job = client.post(f"/v1/projects/{pid}/exports", json=body).json()
    assert (job["status"], job["meta"], job["completed_on"]) == ("INIT", {}, None)
    path = f"/v1/projects/{pid}/exports/{job['id']}"
    clock.t += EXPORT_INIT
    assert client.get(path).json()["status"] == "RUNNING"
    clock.t += EXPORT_DONE
    done = client.get(path).json()
    assert done["status"] == "DONE" and done["completed_on"] and done["meta"]["export_name"] == "done_images"
    archive = zipfile.ZipFile(io.BytesIO(plain.get(done["meta"]["url"]).content))
    document = json.loads(archive.read("done_images.json"))
    assert document["export_format_version"] == "1.1" and document["images"]
    assert {image["image_status"] for image in document["images"]} == {"DONE"}


def test_export_formats_and_refusals(client: httpx.Client, plain: httpx.Client, clock: FakeClock) -> None:
    pid = project_id(client)
    jobs = {
        fmt: client.post(f"/v1/projects/{pid}/exports", json={"format": fmt}).json()
        for fmt in ("images", "json_coco", "yolo")
    }
    clock.t += EXPORT_DONE
    names = {}
    for fmt, job in jobs.items():
        url = client.get(f"/v1/projects/{pid}/exports/{job['id']}").json()["meta"]["url"]
        names[fmt] = zipfile.ZipFile(io.BytesIO(plain.get(url).content)).namelist()
    assert any(n.startswith("images/train/") for n in names["images"])
    assert names["json_coco"] == [f"export_{jobs['json_coco']['id'][:8]}.json"]  # the default export name
    assert "classes.txt" in names["yolo"] and any(n.startswith("labels/") for n in names["yolo"])
    videos = project_id(client, "Traffic videos")
    assert "json_v1.1" in error(client.post(f"/v1/projects/{videos}/exports", json={"format": "yolo"}), 400)
    assert "dataset_id" in error(
        client.post(f"/v1/projects/{pid}/exports", json={"format": "yolo", "dataset_id": [str(uuid.uuid4())]}), 400
    )


def test_failed_export(app: Starlette, client: httpx.Client, clock: FakeClock) -> None:
    pid = project_id(client)
    app.state.hasty.fail_exports = True
    try:
        job = client.post(f"/v1/projects/{pid}/exports", json={"format": "json_v1.1"}).json()
    finally:
        app.state.hasty.fail_exports = False
    clock.t += EXPORT_DONE
    failed = client.get(f"/v1/projects/{pid}/exports/{job['id']}").json()
    assert failed["status"] == "FAILED" and "url" not in failed["meta"] and failed["meta"]["error"]


def test_archive_is_deterministic() -> None:
    project = next(iter(build_world().projects.values()))
    moment = datetime(2025, 1, 1, tzinfo=UTC)
    one = build_export_archive(project, {"format": "json_coco"}, "x", moment)
    assert one == build_export_archive(project, {"format": "json_coco"}, "x", moment)


# --- storage host ---------------------------------------------------------------------------------


def export_url(client: httpx.Client, clock: FakeClock) -> str:
    pid = project_id(client)
    job = client.post(f"/v1/projects/{pid}/exports", json={"format": "json_v1.1"}).json()
    clock.t += EXPORT_DONE
    return str(client.get(f"/v1/projects/{pid}/exports/{job['id']}").json()["meta"]["url"])


def test_signed_urls_refuse_credentials_bad_signatures_and_expiry(
    client: httpx.Client, plain: httpx.Client, clock: FakeClock
) -> None:
    url = export_url(client, clock)
    assert plain.get(url).status_code == 200
    assert plain.get(url, headers=OWNER).status_code == 400
    assert plain.get(url, headers={"Authorization": "Bearer x"}).status_code == 400
    forged = plain.get(resign(url, Signature="0" * 64))
    assert forged.status_code == 403 and b"SignatureDoesNotMatch" in forged.content
    assert plain.get(url.split("?")[0]).status_code == 403
    assert plain.put(url, content=b"x").status_code == 403  # signed for GET, not PUT
    clock.t += 3601
    expired = plain.get(url)
    assert expired.status_code == 403 and b"ExpiredToken" in expired.content


def test_ranges(client: httpx.Client, plain: httpx.Client, clock: FakeClock, storage_app: Starlette) -> None:
    url = export_url(client, clock)
    whole = plain.get(url)
    size = len(whole.content)
    assert whole.headers["Content-Length"] == str(size) and whole.headers["Accept-Ranges"] == "bytes"
    tail = plain.get(url, headers={"Range": "bytes=10-"})
    assert tail.status_code == 206 and tail.content == whole.content[10:]
    assert tail.headers["Content-Range"] == f"bytes 10-{size - 1}/{size}"
    assert plain.get(url, headers={"Range": "bytes=-5"}).content == whole.content[-5:]
    assert plain.get(url, headers={"Range": f"bytes={size}-"}).status_code == 416
    storage_app.state.ignore_range = True
    assert plain.get(url, headers={"Range": "bytes=10-"}).status_code == 200
    storage_app.state.fail_next.append(503)
    assert plain.get(url).status_code == 503


def test_upload_urls_refuse_the_api_key_and_expire(client: httpx.Client, plain: httpx.Client, clock: FakeClock) -> None:
    pid = project_id(client)
    slot = client.get(f"/v1/projects/{pid}/uploads", params={"count": 1}).json()["items"][0]
    assert plain.put(slot["url"], content=b"x", headers=OWNER).status_code == 400
    assert plain.get(slot["url"]).status_code == 403  # signed for PUT only
    clock.t += 3601
    assert plain.put(slot["url"], content=jpeg()).status_code == 403


# --- automation ---------------------------------------------------------------------------------


def test_automated_labeling_progress(client: httpx.Client, clock: FakeClock) -> None:
    pid = project_id(client)
    train = first(client, f"/v1/projects/{pid}/datasets", name="train")
    body = {"experiment_id": str(uuid.uuid4()), "dataset_id": train["id"], "num_images": 10}
    job = client.post(f"/v1/projects/{pid}/automated_labeling", json=body).json()
    assert (job["status"], job["progress"], job["num_images"], job["completed_on"]) == ("INIT", 0.0, 10, None)
    path = f"/v1/projects/{pid}/automated_labeling/{job['id']}"
    clock.t += LABELING / 2
    half = client.get(path).json()
    assert (half["status"], half["progress"], half["images_processed"]) == ("RUNNING", 0.5, 5)
    clock.t += LABELING
    done = client.get(path).json()
    assert (done["status"], done["progress"], done["images_processed"]) == ("DONE", 1.0, 10)
    assert job["id"] in [j["id"] for j in client.get(f"/v1/projects/{pid}/automated_labeling").json()["items"]]


def test_credits_and_active_learning(app: Starlette, client: httpx.Client) -> None:
    pid = project_id(client)
    heuristics = client.get(f"/v1/projects/{pid}/active_learning/heuristics").json()
    entropy = next(h for h in heuristics if h["model_family"] == "segmentor")
    body = {"heuristic_id": entropy["id"], "num_images": 5, "session_name": "mine"}
    app.state.hasty.credits = 1
    try:
        session = client.post(f"/v1/projects/{pid}/active_learning/ranking_sessions", json=body).json()
        assert (session["status"], session["heuristic_name"], session["model_family"]) == (
            "INIT",
            "Entropy",
            "segmentor",
        )
        refused = client.post(f"/v1/projects/{pid}/automated_labeling", json={"experiment_id": str(uuid.uuid4())})
        assert "credits" in error(refused, 402)
    finally:
        app.state.hasty.credits = None


# --- buckets, videos, segments, activity types -----------------------------------------------------


def test_buckets(app: Starlette, client: httpx.Client) -> None:
    workspace = first(client, "/v1/workspaces")
    base = f"/v1/buckets/{workspace['id']}/credentials"
    body = {"secret": "s3cr3t", "description": "Cam bucket", "cloud_provider": "s3", "bucket_s3": "cams", "role": "r"}
    created = client.post(base, json=body).json()
    assert "secret" not in created and created["cloud_provider"] == "s3"
    bid = created["credential_id"]
    assert client.put(f"{base}/{bid}", json={"description": "Cams"}).json()["description"] == "Cams"
    assert bid in [c["credential_id"] for c in client.get(base).json()["items"]]
    files = client.get(f"{base}/{bid}/objects", params={"prefix": "datasets/food/"}).json()["files"]
    assert files and all(f.startswith("datasets/food/") for f in files)
    dataset = first(client, f"/v1/projects/{project_id(client)}/datasets")
    started = client.post(f"{base}/{bid}/import", json={"dataset_id": dataset["id"], "prefix": "datasets/food/"})
    assert started.status_code == 202 and app.state.hasty.bucket_imports[-1]["bucket_id"] == bid
    assert "dataset_id" in error(client.post(f"{base}/{bid}/import", json={"dataset_id": str(uuid.uuid4())}), 400)


def test_videos_segments_and_activity_types(client: httpx.Client, plain: httpx.Client) -> None:
    pid = project_id(client, "Traffic videos")
    clips = first(client, f"/v1/projects/{pid}/datasets")
    walking = client.post(f"/v1/projects/{pid}/activity_types", json={"name": "running", "color": "#0000ff"}).json()
    at_path = f"/v1/projects/{pid}/activity_types/{walking['id']}"
    assert client.put(at_path, json={"name": "jogging"}).json()["name"] == "jogging"
    assert walking["id"] in [a["id"] for a in client.get(f"/v1/projects/{pid}/activity_types").json()["items"]]
    body = {
        "dataset_id": clips["id"],
        "upload_id": upload(client, plain, pid, b"\x00\x00\x00 ftypmp42"),
        "filename": "new.mp4",
    }
    video = client.post(f"/v1/projects/{pid}/videos", json=body).json()
    assert video["health_status"] == "PROCESSING"
    vid_path = f"/v1/projects/{pid}/videos/{video['id']}"
    assert client.get(vid_path).json()["health_status"] == "OK"
    assert client.patch(vid_path, json={"filename": "renamed.mp4"}).json()["name"] == "renamed.mp4"
    assert client.put(f"{vid_path}/status", json={"status": "DONE"}).json() == {"status_id": status_id_of("DONE")}
    done = client.get(f"/v1/projects/{pid}/videos", params={"video_status": "DONE"}).json()["items"]
    assert [v["id"] for v in done] == [video["id"]]
    segment_body = {"start_time_ms": 0, "end_time_ms": 1000, "activities": [walking["id"]]}
    segment = client.post(f"{vid_path}/segments", json=segment_body).json()
    overlapping = {**segment_body, "start_time_ms": 500, "end_time_ms": 1500}
    replaced = client.post(f"{vid_path}/segments", params={"replace_overlap": "true"}, json=overlapping).json()
    listed = client.get(f"{vid_path}/segments").json()["items"]
    assert [s["id"] for s in listed] == [replaced["id"]]
    seg_path = f"/v1/projects/{pid}/segments/{replaced['id']}"
    assert client.put(seg_path, json={**segment_body, "end_time_ms": 800}).json()["end_time_ms"] == 800
    assert "start_time_ms" in error(client.put(seg_path, json={**segment_body, "end_time_ms": 0}), 400)
    assert client.delete(seg_path).status_code == 204 and segment["id"] != replaced["id"]
    assert client.delete(vid_path).status_code == 204 and client.get(vid_path).status_code == 404
    assert client.delete(at_path).status_code == 204


# --- coverage -------------------------------------------------------------------------------------


def test_every_operation_was_exercised(app: Starlette) -> None:
    """Every operation of the spec answered at least once in this module (run as a whole)."""
    spec = yaml.load(SPEC_PATH.read_text(), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    routes = [r for r in app.routes if isinstance(r, Route)]
    seen = set()
    for method, path in app.state.requests:
        for route in routes:
            match, _ = route.matches({"type": "http", "method": method, "path": path, "root_path": ""})
            if match.name == "FULL":
                seen.add((method, route.path))
    expected = {(m.upper(), p) for p, item in spec["paths"].items() for m in item}
    if len(seen) < len(expected) // 2:
        pytest.skip("only part of the module ran")
    assert sorted(expected - seen) == []


def test_image_count_sizes_the_world_and_unfiltered_pages_are_slices() -> None:
    from vision_api_sims.hasty import build_world

    world = build_world(7, image_count=500)
    project = max(world.projects.values(), key=lambda p: len(p.images))
    assert len(project.images) == 500
    ordered = project.images.ordered()
    assert project.images.ordered() is ordered  # kept between reads
    del project.images[ordered[0]["id"]]
    assert len(project.images.ordered()) == 499  # and rebuilt after a change
