"""Handlers: videos, segments, activity types."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from vision_api_sims.hasty._base import ApiError, Json, status_id_of
from vision_api_sims.hasty._registry import _given, _handles
from vision_api_sims.hasty.images import _dataset_of, _move_and_rename, _take_upload
from vision_api_sims.hasty.state import _Ctx, _find
from vision_api_sims.hasty.world import Project, _video_record

# videos, segments, activity types


def _video(ctx: _Ctx, project: Project) -> dict[str, Any]:
    return _find(project.videos, ctx.path["video_id"], "Video")


def _video_matches(project: Project, video: dict[str, Any], query: Mapping[str, Any]) -> bool:
    activities = {a for s in project.segments.values() if s["video_id"] == video["id"] for a in s["activities"]}
    return all(
        (
            not query.get("dataset_id") or video["dataset_id"] in query["dataset_id"],
            not query.get("video_status") or video["status"] in query["video_status"],
            not query.get("status_id") or video["status_id"] in query["status_id"],
            not query.get("health_status") or video["health_status"] in query["health_status"],
            not query.get("activity") or bool(activities & set(query["activity"])),
            str(query.get("video_name", "")).casefold() in video["name"].casefold(),
        )
    )


@_handles("list_videos")
def _list_videos(ctx: _Ctx) -> Json:
    project = ctx.project()
    return ctx.page([v for v in project.videos.values() if _video_matches(project, v, ctx.query)], "video")


@_handles("create_video")
def _create_video(ctx: _Ctx) -> Json:
    project = ctx.project()
    dataset = _dataset_of(project, ctx.body["dataset_id"])
    if "upload_id" in ctx.body:
        _take_upload(ctx, project, ctx.body["upload_id"])
    elif not str(ctx.body.get("url", "")).startswith(("http://", "https://")):
        raise ApiError(400, "upload_id: field required (or an http(s) url)")
    video = _video_record(ctx.state.new_id(), dataset, ctx.body["filename"], ctx.state.now())
    video["health_status"] = "PROCESSING"  # inferred: a new video is transcoded before it is usable
    project.videos[video["id"]] = video
    return video


@_handles("get_video")
def _get_video(ctx: _Ctx) -> Json:
    video = _video(ctx, ctx.project())
    if video["health_status"] == "PROCESSING":
        video["health_status"] = "OK"  # processing is instant here: the next read sees it done
    return video


@_handles("update_video")
def _update_video(ctx: _Ctx) -> Json:
    project = ctx.project()
    video = _video(ctx, project)
    _move_and_rename(project, video, ctx.body, images=False)
    return video


@_handles("set_video_status")
def _set_video_status(ctx: _Ctx) -> Json:
    video = _video(ctx, ctx.project())
    video.update(status=ctx.body["status"], status_id=status_id_of(ctx.body["status"]))
    return {"status_id": video["status_id"]}


def _forget_video(project: Project, video_id: str) -> None:
    for segment_id in [s for s, segment in project.segments.items() if segment["video_id"] == video_id]:
        del project.segments[segment_id]
    del project.videos[video_id]


@_handles("delete_video")
def _delete_video(ctx: _Ctx) -> Json:
    project = ctx.project()
    _forget_video(project, _video(ctx, project)["id"])


@_handles("list_segments")
def _list_segments(ctx: _Ctx) -> Json:
    project, query = ctx.project(), ctx.query
    video = _video(ctx, project)
    segments = [
        s
        for s in project.segments.values()
        if s["video_id"] == video["id"]
        and query.get("activity_type_id", s["activities"][0]) in s["activities"]
        and s["end_time_ms"] >= query.get("start_time_ms", s["end_time_ms"])
        and s["start_time_ms"] <= query.get("end_time_ms", s["start_time_ms"])
    ]
    return ctx.page(sorted(segments, key=lambda s: s["start_time_ms"]), "segment")


def _check_segment(project: Project, body: Mapping[str, Any]) -> None:
    if body["start_time_ms"] < 0 or body["end_time_ms"] <= body["start_time_ms"]:
        raise ApiError(400, "start_time_ms, end_time_ms: expected 0 <= start_time_ms < end_time_ms")
    for n, activity in enumerate(body["activities"]):
        if activity not in project.activity_types:
            raise ApiError(400, f"activities.{n}: no activity type {activity} in this project")


@_handles("create_segment")
def _create_segment(ctx: _Ctx) -> Json:
    project, body = ctx.project(), ctx.body
    video = _video(ctx, project)
    _check_segment(project, body)
    if ctx.query.get("replace_overlap"):
        for segment_id in [
            s_id
            for s_id, s in project.segments.items()
            if s["video_id"] == video["id"]
            and s["start_time_ms"] < body["end_time_ms"]
            and s["end_time_ms"] > body["start_time_ms"]
        ]:
            del project.segments[segment_id]
    segment = {
        "id": ctx.state.new_id(),
        "video_id": video["id"],
        "start_time_ms": body["start_time_ms"],
        "end_time_ms": body["end_time_ms"],
        "activities": list(body["activities"]),
        "prediction_id": body.get("prediction_id"),
        "created_by": ctx.state.world.user_id,
        "created_at": ctx.state.now(),
    }
    project.segments[segment["id"]] = segment
    return segment


def _segment(ctx: _Ctx, project: Project) -> dict[str, Any]:
    return _find(project.segments, ctx.path["segment_id"], "Segment")


@_handles("update_segment")
def _update_segment(ctx: _Ctx) -> Json:
    project = ctx.project()
    segment = _segment(ctx, project)
    _check_segment(project, ctx.body)
    segment.update(_given(ctx.body, ("start_time_ms", "end_time_ms", "activities", "prediction_id")))
    return segment


@_handles("delete_segment")
def _delete_segment(ctx: _Ctx) -> Json:
    project = ctx.project()
    del project.segments[_segment(ctx, project)["id"]]


@_handles("list_activity_types")
def _list_activity_types(ctx: _Ctx) -> Json:
    return ctx.page(list(ctx.project().activity_types.values()), "activity_type")


@_handles("create_activity_type")
def _create_activity_type(ctx: _Ctx) -> Json:
    record: dict[str, Any] = {
        "id": ctx.state.new_id(),
        "created_at": ctx.state.now(),
        "name": "",
        "color": None,
        "prefix": None,
    }
    record.update(_given(ctx.body, ("name", "color", "prefix")))
    ctx.project().activity_types[record["id"]] = record
    return record


def _activity_type(ctx: _Ctx, project: Project) -> dict[str, Any]:
    return _find(project.activity_types, ctx.path["activity_type_id"], "Activity type")


@_handles("update_activity_type")
def _update_activity_type(ctx: _Ctx) -> Json:
    record = _activity_type(ctx, ctx.project())
    record.update(_given(ctx.body, ("name", "color", "prefix")))
    return record


@_handles("delete_activity_type")
def _delete_activity_type(ctx: _Ctx) -> Json:
    project = ctx.project()
    record = _activity_type(ctx, project)
    # Inferred: segments keep their other activities; a segment left with none goes.
    for segment_id, segment in list(project.segments.items()):
        segment["activities"] = [a for a in segment["activities"] if a != record["id"]]
        if not segment["activities"]:
            del project.segments[segment_id]
    del project.activity_types[record["id"]]
