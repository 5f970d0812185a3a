"""Handlers: datasets."""

from __future__ import annotations

from vision_api_sims.hasty._base import ApiError, Json
from vision_api_sims.hasty._registry import _handles, _or
from vision_api_sims.hasty.images import _forget_image
from vision_api_sims.hasty.state import _Ctx, _find
from vision_api_sims.hasty.videos import _forget_video
from vision_api_sims.hasty.world import Project

# datasets


def _unique_dataset_name(project: Project, name: str, exclude: str | None = None) -> None:
    if any(d["name"] == name and d["id"] != exclude for d in project.datasets.values()):
        raise ApiError(400, f"name: a dataset named {name!r} already exists")


@_handles("list_datasets")
def _list_datasets(ctx: _Ctx) -> Json:
    wanted = str(ctx.query.get("name", "")).casefold()
    records = [d for d in ctx.project().datasets.values() if wanted in d["name"].casefold()]
    return ctx.page(sorted(records, key=lambda d: d["norder"]), "dataset")


@_handles("create_dataset")
def _create_dataset(ctx: _Ctx) -> Json:
    project = ctx.project()
    _unique_dataset_name(project, ctx.body["name"])
    norder = _or(ctx.body.get("norder"), float(len(project.datasets)))
    record = {"id": ctx.state.new_id(), "name": ctx.body["name"], "norder": norder, "project_id": project.id}
    project.datasets[record["id"]] = record
    return record


@_handles("get_dataset")
def _get_dataset(ctx: _Ctx) -> Json:
    return _find(ctx.project().datasets, ctx.path["dataset_id"], "Dataset")


@_handles("update_dataset")
def _update_dataset(ctx: _Ctx) -> Json:
    project = ctx.project()
    record = _find(project.datasets, ctx.path["dataset_id"], "Dataset")
    _unique_dataset_name(project, ctx.body["name"], exclude=record["id"])
    record["name"] = ctx.body["name"]
    record["norder"] = _or(ctx.body.get("norder"), record["norder"])
    return record


@_handles("delete_dataset")
def _delete_dataset(ctx: _Ctx) -> Json:
    project = ctx.project()
    dataset = _find(project.datasets, ctx.path["dataset_id"], "Dataset")
    for image in [i for i in project.images.values() if i["dataset_id"] == dataset["id"]]:
        _forget_image(project, image["id"])
    for video in [v for v in project.videos.values() if v["dataset_id"] == dataset["id"]]:
        _forget_video(project, video["id"])
    del project.datasets[dataset["id"]]
