"""Handlers: bucket credentials, listing and import."""

from __future__ import annotations

from typing import Any

from vision_api_sims.hasty._base import ApiError, Json
from vision_api_sims.hasty._registry import _given, _handles
from vision_api_sims.hasty.state import _Ctx, _find

# buckets


def _credentials(ctx: _Ctx, record: dict[str, Any]) -> dict[str, Any]:
    record.update(_given(ctx.body, ("description", "cloud_provider")))
    record["update_at"] = ctx.state.now()
    return record


@_handles("list_bucket_credentials")
def _list_bucket_credentials(ctx: _Ctx) -> Json:
    return ctx.page(list(ctx.state.workspace(ctx.path["workspace_id"]).buckets.values()), "bucket_credentials")


@_handles("create_bucket_credentials")
def _create_bucket_credentials(ctx: _Ctx) -> Json:
    workspace = ctx.state.workspace(ctx.path["workspace_id"])
    now = ctx.state.now()
    # The secret is kept by the vendor and never sent back.
    record = {"credential_id": ctx.state.new_id(), "description": "", "cloud_provider": "", "created_at": now}
    workspace.buckets[record["credential_id"]] = _credentials(ctx, record)
    return record


def _bucket(ctx: _Ctx) -> dict[str, Any]:
    return _find(ctx.state.workspace(ctx.path["workspace_id"]).buckets, ctx.path["bucket_id"], "Bucket credentials")


@_handles("update_bucket_credentials")
def _update_bucket_credentials(ctx: _Ctx) -> Json:
    return _credentials(ctx, _bucket(ctx))


def _bucket_files(bucket_id: str) -> list[str]:
    return [f"datasets/{folder}/img_{n:03d}.jpg" for folder in ("food", "street") for n in range(1, 6)] + [
        f"videos/{bucket_id[:8]}/clip_01.mp4"
    ]


@_handles("list_bucket_objects")
def _list_bucket_objects(ctx: _Ctx) -> Json:
    prefix = ctx.query.get("prefix", "")
    return {"files": [name for name in _bucket_files(_bucket(ctx)["credential_id"]) if name.startswith(prefix)]}


@_handles("import_bucket_objects")
def _import_bucket_objects(ctx: _Ctx) -> Json:
    workspace = ctx.state.workspace(ctx.path["workspace_id"])
    bucket = _bucket(ctx)
    owners = [p for p in ctx.state.world.projects.values() if p.record["workspace_id"] == workspace.record["id"]]
    if not any(ctx.body["dataset_id"] in p.datasets for p in owners):
        raise ApiError(400, f"dataset_id: no dataset {ctx.body['dataset_id']} in this workspace")
    ctx.state.bucket_imports.append({"bucket_id": bucket["credential_id"], **ctx.body})
