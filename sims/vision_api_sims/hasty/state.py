"""The server state and the request context with its views of records."""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from vision_api_sims.hasty._base import ApiError, Clock, WallClock, _Ids, _iso, _not_found
from vision_api_sims.hasty.archives import build_export_archive
from vision_api_sims.hasty.jobstate import ExportJob
from vision_api_sims.hasty.storage import Storage
from vision_api_sims.hasty.world import Project, Workspace, World, image_jpeg
from vision_api_sims.kit import CANONICAL, Profile

# --- state -------------------------------------------------------------------------------


@dataclass
class _Timing:
    export_init_seconds: float
    export_seconds: float
    labeling_seconds: float
    download_url_ttl: float
    upload_url_ttl: float


class HastyState:
    """The world plus what the API needs to serve it: clocks, storage, switches."""

    def __init__(
        self,
        world: World,
        storage: Storage,
        *,
        clock: Clock,
        wall_clock: WallClock,
        timing: _Timing,
        seed: int,
        profile: Profile = CANONICAL,
    ) -> None:
        self.world = world
        self.storage = storage
        self.clock = clock
        self.wall_clock = wall_clock
        self.timing = timing
        self.new_id = _Ids(seed + 1)
        self.fail_exports = False  # new exports end FAILED, for tests of the failure path
        self.credits: int | None = None  # None: unlimited; else each automated labeling or ranking run costs 1
        self.profile = profile
        self.variance = profile.rng("answers")  # per-record variance of answers (None: canonical)
        # The page states no maximum page size; a server may still clamp (None: it does not).
        self.max_limit: int | None = profile.choose("list.max_limit", (None, 100, 30))
        # `created_since` of images: the page says "an integer" only. Unix seconds (as the
        # page's other times), Unix milliseconds, or seconds ago (as the labels' filter reads it).
        self.created_since: str = profile.choose("images.created_since", ("unix_seconds", "unix_ms", "seconds_ago"))
        self.bucket_imports: list[dict[str, Any]] = []
        # Job states: public-facts name INIT, DONE and FAILED, in capitals; the vendor's
        # code also takes COMPLETED for done, and the states between are not documented.
        self.job_states = {
            "DONE": profile.choose("jobs.done_as", ("DONE", "COMPLETED")),
            "RUNNING": profile.choose("jobs.running_as", ("RUNNING", "IN_PROGRESS", "PROCESSING")),
        }
        self.job_case: str = profile.choose("jobs.status_case", ("upper", "lower"))

    def spell(self, status: str) -> str:
        """A job state as this server spells it (see `job_states`)."""
        spelled = self.job_states.get(status, status)
        return spelled.lower() if self.job_case == "lower" else spelled

    def now(self) -> str:
        return _iso(self.wall_clock())

    def project(self, project_id: str) -> Project:
        found = self.world.projects.get(project_id)
        if found is None:
            raise _not_found("Project")
        return found

    def workspace(self, workspace_id: str) -> Workspace:
        found = self.world.workspaces.get(workspace_id)
        if found is None:
            raise _not_found("Workspace")
        return found

    def spend_credit(self) -> None:
        if self.credits is None:
            return
        if self.credits <= 0:
            raise ApiError(402, "Insufficient credits")
        self.credits -= 1

    def export_status(self, project: Project, job: ExportJob) -> str:
        """The job's status now; a job first seen DONE gets its archive built and stored."""
        status = job.status(self.clock())
        if status == "DONE" and job.archive is None:
            job.archive = build_export_archive(project, job.request, job.export_name, job.completed_on)
            self.storage.put(job.storage_key, job.archive, f"{job.export_name}.zip", "application/zip")
        return status


# --- request context and views -------------------------------------------------------------


@dataclass
class _Ctx:
    state: HastyState
    path: dict[str, str]
    query: dict[str, Any]
    body: Any
    storage_base_url: str | None

    def project(self) -> Project:
        return self.state.project(self.path["project_id"])

    def signed_get(self, key: str, ttl: float | None = None) -> str:
        if self.storage_base_url is None:
            raise RuntimeError("storage_base_url is not set: start the storage app and set app.state.storage_base_url")
        url, _expiry = self.state.storage.sign(self.storage_base_url, key, ttl or self.state.timing.download_url_ttl)
        return url

    def page(self, items: Sequence[Any], kind: str, search: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """A `{meta, items}` page by the query's offset and limit."""
        offset, limit = self.query.get("offset", 0), self.query.get("limit", 100)
        if self.state.max_limit is not None:
            limit = min(limit, self.state.max_limit)
        meta = {"object": kind, "limit": limit, "offset": offset, "total": len(items)}
        meta["search_parameters"] = dict(search if search is not None else self._filters())
        return {"meta": meta, "items": list(items[offset : offset + limit])}

    def _filters(self) -> dict[str, Any]:
        return {k: v for k, v in self.query.items() if k not in ("offset", "limit")}


def _whole(items: Sequence[Any], kind: str) -> dict[str, Any]:
    """An unpaged `{meta, items}` list (meta carries only object and total, as on the page)."""
    return {"meta": {"object": kind, "total": len(items)}, "items": list(items)}


def _find(table: Mapping[str, dict[str, Any]], key: str, what: str) -> dict[str, Any]:
    found = table.get(key)
    if found is None:
        raise _not_found(what)
    return found


def _image_view(ctx: _Ctx, project: Project, image: dict[str, Any]) -> dict[str, Any]:
    view = dict(image)
    view["dataset_name"] = project.datasets[image["dataset_id"]]["name"]
    if ctx.storage_base_url is not None:
        key = f"images/{project.id}/{image['id']}"
        ctx.state.storage.put(key, functools.partial(image_jpeg, project, image["id"]), image["name"], "image/jpeg")
        view["url"] = view["public_url"] = view["thumbnail_url"] = ctx.signed_get(key)
    return view


def _label_view(ctx: _Ctx, label: dict[str, Any]) -> dict[str, Any]:
    view = dict(label)
    if ctx.query.get("include_border_mask"):
        view["border_mask"] = json.dumps(label["mask"]) if label.get("mask") else None
    if ctx.query.get("include_errors"):
        view["error"] = None
    return view


def _project_label_view(ctx: _Ctx, project: Project, label: dict[str, Any]) -> dict[str, Any]:
    image = project.images[label["image_id"]]
    dataset = project.datasets[image["dataset_id"]]
    view = {
        "id": label["id"],
        "url": f"{image['name']}#{label['id']}",
        "class_id": label["class_id"],
        "class_name": project.label_classes[label["class_id"]]["name"],
        "created_by": label["labeled_by"],
        "dataset_id": dataset["id"],
        "dataset_name": dataset["name"],
        "image_id": image["id"],
        "image_name": image["name"],
        "image_status": image["status"],
        "status_id": image["status_id"],
        "labeled_by": label["labeled_by"],
        "bbox": label["bbox"],
        "polygon": label["polygon"],
        "mask": label["mask"],
        # Thumbnails of these small images are the images themselves: same coordinates.
        "thumb_bbox": label["bbox"],
        "thumb_polygon": label["polygon"],
        "thumb_mask": label["mask"],
        "keypoint_labels": label.get("keypoints"),
    }
    if ctx.query.get("add_keypoint_data") and label.get("keypoints"):
        wanted = {k["keypoint_class_id"] for k in label["keypoints"]}
        classes = [c for s in project.keypoint_schemas.values() for c in s["keypoint_classes"] if c["id"] in wanted]
        view["keypoint_classes"] = classes
    return view


def _value_view(project: Project, label_id: str, attribute_id: str) -> dict[str, Any]:
    attribute = project.attributes[attribute_id]
    return {
        "id": attribute_id,
        "label_id": label_id,
        "name": attribute["name"],
        "type": attribute["type"],
        "description": attribute["description"],
        "value": project.label_values.get(label_id, {}).get(attribute_id),
    }


def _attribute_view(project: Project, attribute: dict[str, Any]) -> dict[str, Any]:
    count = sum(1 for attribute_id, _ in project.attribute_classes if attribute_id == attribute["id"])
    return {**attribute, "class_count": count}


def _job_view(ctx: _Ctx, project: Project, job: ExportJob) -> dict[str, Any]:
    status = ctx.state.export_status(project, job)
    meta: dict[str, Any] = {}
    if status == "DONE":
        # Each read signs a fresh URL (inferred), so a client whose URL expired asks again.
        meta = {"url": ctx.signed_get(job.storage_key), "export_name": job.export_name}
    elif status == "FAILED":
        meta = {"export_name": job.export_name, "error": job.failure}
    finished = status in ("DONE", "FAILED")
    return {
        "id": job.id,
        "type": "EXPORT",
        "status": ctx.state.spell(status),
        "started_by": job.started_by,
        "project_id": job.project_id,
        "started_on": _iso(job.started_on),
        "completed_on": _iso(job.completed_on) if finished else None,
        "meta": meta,
    }
