"""Every Hasty operation through the generated client, over HTTP, validated against the spec."""

from __future__ import annotations

import importlib
import json
import types
import typing
import warnings
from pathlib import Path
from typing import Any

import pytest

import hasty_client
from hasty_client.api.projects import list_projects
from tests.contract.conftest import HastySim
from tests.contract.spec_tools import Operation, operations, resolve

OWNER = "hasty-key-owner"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "hasty"
# Bodies the page shows no sample for.
BODIES: dict[str, Any] = {
    "set_image_status": {"status": "DONE"},
    "set_video_status": {"status": "DONE"},
    "add_image_tags": [],
    "delete_image_tags": [],
}


def _ids(sim: HastySim) -> dict[str, str]:
    world = sim.app.state.hasty.world
    workspace = max(world.workspaces.values(), key=lambda w: len(w.buckets))
    collections = ("datasets", "images", "labels", "label_classes", "attributes", "tag_classes", "videos", "segments")
    project = max(world.projects.values(), key=lambda p: sum(bool(getattr(p, c)) for c in collections))

    def first(mapping: dict[Any, Any]) -> str:
        # An empty collection gives an id nothing has: the operation then answers 404.
        return str(next(iter(mapping), "00000000-0000-4000-8000-000000000000"))

    return {
        "workspace_id": workspace.record["id"],
        "bucket_id": first(workspace.buckets),
        "project_id": project.record["id"],
        "dataset_id": first(project.datasets),
        "image_id": first(project.images),
        "label_id": first(project.labels),
        "label_class_id": first(project.label_classes),
        "attribute_id": first(project.attributes),
        "tag_class_id": first(project.tag_classes),
        "tag_group_id": first(project.tag_groups),
        "keypoint_schema_id": first(project.keypoint_schemas),
        "video_id": first(project.videos),
        "segment_id": first(project.segments),
        "activity_type_id": first(project.activity_types),
    }


def _arguments(op: Operation, ids: dict[str, str]) -> dict[str, Any]:
    """Path ids from the world (export_id and job_id once their create ran: a 404 before
    that), and the required query parameters from the spec's examples."""
    args: dict[str, Any] = {}
    for param in (resolve("hasty", p) for p in op.body.get("parameters", [])):
        if param["in"] == "path":
            args[param["name"]] = ids.get(param["name"], "00000000-0000-4000-8000-000000000000")
        elif param["in"] == "query" and param.get("required"):
            args[param["name"]] = param.get("example", param["schema"].get("default"))
    return args


def _order(op: Operation) -> tuple[int, str]:
    # Deletes last, the project's and workspace's very last; jobs created before they are read.
    if op.method == "delete":
        return (3 if "project" in op.operation_id else 2, op.operation_id)
    return (0 if op.operation_id.startswith("create_") else 1, op.operation_id)


def _body(op: Operation, module: Any) -> dict[str, Any]:
    if "requestBody" not in op.body:
        return {}
    fixture = FIXTURES / f"{op.operation_id}.request.json"
    raw = json.loads(fixture.read_text()) if fixture.exists() else BODIES[op.operation_id]
    body_type = typing.get_type_hints(module.sync_detailed)["body"]
    union = typing.get_origin(body_type) in (typing.Union, types.UnionType)
    members = typing.get_args(body_type) if union else (body_type,)
    for model in members:
        if typing.get_origin(model) is list:
            (item,) = typing.get_args(model)
            return {"body": [item.from_dict(i) if hasattr(item, "from_dict") else item(i) for i in raw]}
        if hasattr(model, "from_dict"):
            # Models read leniently: the body's form is the member that reads it whole.
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    parsed = model.from_dict(raw)
                except (KeyError, TypeError, ValueError):
                    continue
            if not getattr(parsed, "unparsed", None):
                return {"body": parsed}
    raise AssertionError(f"no body type of {op.operation_id} reads its sample")


def test_every_operation_answers_in_the_shape_the_spec_gives(hasty_sim: HastySim) -> None:
    ids = _ids(hasty_sim)
    answered: dict[str, int] = {}
    with hasty_client.connect(OWNER, base_url=hasty_sim.api.base_url, clock=hasty_sim.clock) as client:
        for op in sorted(operations("hasty"), key=_order):
            module = importlib.import_module(op.module)
            args = _arguments(op, ids)
            try:
                response = module.sync_detailed(client=client, **args, **_body(op, module))
                status = int(response.status_code)
                parsed = response.parsed
                if op.operation_id in ("create_export", "create_automated_labeling_job") and parsed is not None:
                    ids["export_id" if "export" in op.operation_id else "job_id"] = str(parsed.id)
            except hasty_client.APIError as error:
                status = error.status_code  # documented errors validate too (the middleware checks)
            answered[op.operation_id] = status
            # The page's samples use placeholder ids ("string"), so some answers are 400/404:
            # what matters is that each is one the spec documents (the middleware checks the body).
            # Any 2xx is a success the client reads (the page lost its status codes).
            assert str(status) in op.body["responses"] or 200 <= status < 300, (op.operation_id, status)
    assert len(answered) == len(list(operations("hasty")))
    assert sum(status < 400 for status in answered.values()) >= len(answered) // 2


def test_wrong_key_is_an_authentication_error_with_the_request_id(hasty_sim: HastySim) -> None:
    with (
        hasty_client.connect("nope", base_url=hasty_sim.api.base_url) as client,
        pytest.raises(hasty_client.AuthenticationError) as caught,
    ):
        list_projects.sync_detailed(client=client)
    assert caught.value.request_id and "nope" not in str(caught.value)
