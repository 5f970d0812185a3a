"""Handlers: workspaces and projects."""

from __future__ import annotations

from vision_api_sims.hasty._base import ApiError, Json
from vision_api_sims.hasty._registry import _given, _handles
from vision_api_sims.hasty.state import _Ctx
from vision_api_sims.hasty.world import Project

# workspaces and projects


_WORKSPACE_FIELDS = (
    "name", "unique_name", "description", "logo_url", "is_public", "background_color", "allow_support",
    "support_email", "feature_mounting_buckets",
)  # fmt: skip


@_handles("list_workspaces")
def _list_workspaces(ctx: _Ctx) -> Json:
    return ctx.page([w.record for w in ctx.state.world.workspaces.values()], "workspace")


@_handles("get_workspace")
def _get_workspace(ctx: _Ctx) -> Json:
    return ctx.state.workspace(ctx.path["workspace_id"]).record


@_handles("update_workspace")
def _update_workspace(ctx: _Ctx) -> Json:
    workspace = ctx.state.workspace(ctx.path["workspace_id"])
    workspace.record.update(_given(ctx.body, _WORKSPACE_FIELDS))
    return workspace.record


@_handles("list_projects")
def _list_projects(ctx: _Ctx) -> Json:
    wanted = str(ctx.query.get("name", "")).casefold()
    records = [p.record for p in ctx.state.world.projects.values() if wanted in p.record["name"].casefold()]
    return ctx.page(records, "project")


def _project_workspace(ctx: _Ctx, workspace_id: str | None) -> str:
    if workspace_id is None:
        return str(next(w.record["id"] for w in ctx.state.world.workspaces.values() if w.record["is_default"]))
    if workspace_id not in ctx.state.world.workspaces:
        raise ApiError(400, f"workspace_id: no workspace {workspace_id}")
    return workspace_id


@_handles("create_project")
def _create_project(ctx: _Ctx) -> Json:
    body = ctx.body
    record = {
        "id": ctx.state.new_id(),
        "name": body["name"],
        "last_opened_on": None,
        "owner_id": ctx.state.world.user_id,
        "workspace_id": _project_workspace(ctx, body.get("workspace_id")),
        "description": body.get("description"),
        "created_on": ctx.state.now(),
        "content_type": body.get("content_type", "IMAGES"),
    }
    ctx.state.world.projects[record["id"]] = Project(record)
    return record


@_handles("get_project")
def _get_project(ctx: _Ctx) -> Json:
    project = ctx.project()
    project.record["last_opened_on"] = ctx.state.now()
    return project.record


@_handles("update_project")
def _update_project(ctx: _Ctx) -> Json:
    project = ctx.project()
    changes = _given(ctx.body, ("name", "description", "content_type"))
    if "workspace_id" in ctx.body:
        changes["workspace_id"] = _project_workspace(ctx, ctx.body["workspace_id"])
    project.record.update(changes)
    return project.record


@_handles("delete_project")
def _delete_project(ctx: _Ctx) -> Json:
    del ctx.state.world.projects[ctx.project().id]
