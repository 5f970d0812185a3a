"""Handlers: exports, automated labeling, active learning."""

from __future__ import annotations

import copy
import uuid
from typing import Any

from vision_api_sims.hasty._base import ApiError, Json, _not_found
from vision_api_sims.hasty._registry import _handles
from vision_api_sims.hasty.images import _dataset_of
from vision_api_sims.hasty.jobstate import ExportJob, LabelingJob
from vision_api_sims.hasty.state import HastyState, _Ctx, _job_view

# exports, automated labeling, active learning


@_handles("create_export")
def _create_export(ctx: _Ctx) -> Json:
    project, body = ctx.project(), ctx.body
    if project.record["content_type"] == "VIDEOS" and body["format"] != "json_v1.1":
        raise ApiError(400, "format: videos projects only support json_v1.1")
    for dataset_id in body.get("dataset_id") or ():
        _dataset_of(project, dataset_id)
    state, job_id = ctx.state, ctx.state.new_id()
    job = ExportJob(
        id=job_id,
        project_id=project.id,
        started_by=state.world.user_id,
        started=state.clock(),
        started_on=state.wall_clock(),
        request=copy.deepcopy(body),
        export_name=body.get("export_name") or f"export_{job_id[:8]}",
        init_seconds=state.timing.export_init_seconds,
        total_seconds=state.timing.export_seconds,
        failure="Export failed (the simulator was told to fail exports)" if state.fail_exports else None,
    )
    project.exports[job.id] = job
    return _job_view(ctx, project, job)


@_handles("get_export")
def _get_export(ctx: _Ctx) -> Json:
    project = ctx.project()
    job = project.exports.get(ctx.path["export_id"])
    if job is None:
        raise _not_found("Export")
    return _job_view(ctx, project, job)


@_handles("list_automated_labeling_jobs")
def _list_labeling_jobs(ctx: _Ctx) -> Json:
    jobs = [_labeling_view(ctx.state, job) for job in ctx.project().labeling_jobs.values()]
    return ctx.page(jobs, "automated_labeling")


@_handles("create_automated_labeling_job")
def _create_labeling_job(ctx: _Ctx) -> Json:
    project, body, state = ctx.project(), ctx.body, ctx.state
    images = list(project.images.values())
    if body.get("dataset_id") is not None:
        images = [i for i in images if i["dataset_id"] == _dataset_of(project, body["dataset_id"])["id"]]
    wanted = body.get("num_images", 0)
    count = min(wanted, len(images)) if wanted else len(images)
    state.spend_credit()
    record = {
        "id": state.new_id(),
        "project_id": project.id,
        "started_on": state.now(),
        "experiment_id": body["experiment_id"],
        "user_id": state.world.user_id,
        "confidence_threshold": body.get("confidence_threshold", 0.8),
        "max_detections_per_image": body.get("max_detections_per_image", 100),
        "num_images": count,
        "masker_threshold": body.get("masker_threshold", 0.5),
        "min_size": body.get("min_size", 0),
        "update_no_predictions": False,
        "run_name": f"Automated labeling {len(project.labeling_jobs) + 1}",
    }
    job = LabelingJob(record, state.clock(), state.wall_clock(), state.timing.labeling_seconds, count)
    project.labeling_jobs[record["id"]] = job
    return _labeling_view(state, job)


@_handles("get_automated_labeling_job")
def _get_labeling_job(ctx: _Ctx) -> Json:
    job = ctx.project().labeling_jobs.get(ctx.path["job_id"])
    if job is None:
        raise _not_found("Automated labeling job")
    return _labeling_view(ctx.state, job)


def _labeling_view(state: HastyState, job: LabelingJob) -> Json:
    view = job.view(state.clock())
    return {**view, "status": state.spell(view["status"])}


_HEURISTICS = (("Entropy", "detector"), ("Least confidence", "detector"), ("Entropy", "segmentor"),
               ("Margin", "semantic-segmentor"))  # fmt: skip


def _heuristics() -> list[dict[str, Any]]:
    return [
        {
            "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"hasty-simulator/heuristic/{family}/{name}")),
            "model_family": family,
            "name": name,
            "is_active": True,
            "wiki_url": f"https://wiki.example.invalid/active-learning/{name.lower().replace(' ', '-')}",
        }
        for name, family in _HEURISTICS
    ]


@_handles("list_active_learning_heuristics")
def _list_heuristics(ctx: _Ctx) -> Json:
    ctx.project()
    return _heuristics()


@_handles("create_ranking_session")
def _create_ranking_session(ctx: _Ctx) -> Json:
    project, body = ctx.project(), ctx.body
    heuristics = {h["id"]: h for h in _heuristics()}
    heuristic = heuristics.get(body.get("heuristic_id", ""))
    if "heuristic_id" in body and heuristic is None:
        raise ApiError(400, f"heuristic_id: no heuristic {body['heuristic_id']}")
    for dataset_id in body.get("dataset_ids") or ():
        _dataset_of(project, dataset_id)
    ctx.state.spend_credit()
    chosen = heuristic or next(iter(heuristics.values()))
    session = {
        "session_id": ctx.state.new_id(),
        "heuristic_id": chosen["id"],
        "model_family": body.get("model_family", chosen["model_family"]),
        "status": ctx.state.spell("INIT"),
        "heuristic_name": chosen["name"],
        "session_name": body.get("session_name") or "Ranking session",
    }
    project.ranking_sessions[session["session_id"]] = session
    return session
