"""Handlers: labels and their attribute values."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from vision_api_sims.hasty._base import ApiError, Json
from vision_api_sims.hasty._registry import _given, _handles, _or
from vision_api_sims.hasty.images import _filter_images, _image, _unix
from vision_api_sims.hasty.state import _Ctx, _find, _label_view, _project_label_view, _value_view, _whole
from vision_api_sims.hasty.world import Project, _label_record

# labels


_GEOMETRY = ("bbox", "polygon", "mask", "keypoints")
_LABEL_FIELDS = ("bbox", "class_id", "external_event_id", "mask", "polygon", "tool_used", "z_index", "external_id")


def _check_label(project: Project, item: Mapping[str, Any], where: str) -> None:
    """What the schema cannot say: a known class, some geometry, an ordered box, an even mask."""
    if item.get("class_id") not in project.label_classes:
        raise ApiError(400, f"{where}.class_id: no label class {item.get('class_id')} in this project")
    if all(item.get(name) is None for name in _GEOMETRY):
        raise ApiError(400, f"{where}: one of bbox, polygon, mask or keypoints is required")
    bbox = item.get("bbox")
    if bbox is not None and (bbox[0] > bbox[2] or bbox[1] > bbox[3]):
        raise ApiError(400, f"{where}.bbox: expected [left, top, right, bottom] with left <= right and top <= bottom")
    mask = item.get("mask")
    if mask is not None and len(mask) % 2:
        raise ApiError(400, f"{where}.mask: an RLE mask holds (pixel index, length) pairs: its length must be even")


def _keypoints(ctx: _Ctx, given: list[dict[str, Any]] | None) -> list[dict[str, Any]] | None:
    if given is None:
        return None
    now, user = ctx.state.now(), ctx.state.world.user_id
    audit = {"created_by": user, "create_date": now, "updated_by": user, "update_date": now}
    return [{"id": k.get("id") or ctx.state.new_id(), "visible": True, "norder": 0.0, **k, **audit} for k in given]


@_handles("list_labels")
def _list_labels(ctx: _Ctx) -> Json:
    project = ctx.project()
    images = {i["id"] for i in _filter_images(project, _image_filters(ctx.query))}
    labels = [label for label in project.labels.values() if label["image_id"] in images]
    labels = [label for label in labels if _label_matches(ctx, project, label)]
    page = ctx.page(labels, "label")
    page["items"] = [_project_label_view(ctx, project, label) for label in page["items"]]
    return page


def _image_filters(query: Mapping[str, Any]) -> dict[str, Any]:
    return {k: query[k] for k in ("dataset_id", "image_status", "status_id", "image_name") if k in query}


def _interval_seconds(text: str) -> float:
    match = re.fullmatch(r"([0-9]+)([smhd])", text.strip())
    if match is None:
        raise ApiError(400, f"expected an interval such as 30m, 1h or 3d, got {text!r}")
    return int(match.group(1)) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[match.group(2)]


def _label_matches(ctx: _Ctx, project: Project, label: dict[str, Any]) -> bool:
    query, values = ctx.query, project.label_values.get(label["id"], {})
    now = ctx.state.wall_clock().timestamp()
    checks = [
        query.get("label_class_id", label["class_id"]) == label["class_id"],
        query.get("labeler_id", label["labeled_by"]) == label["labeled_by"],
        query.get("label_author_id", label["labeled_by"]) == label["labeled_by"],
        "no_attribute_id" not in query or query["no_attribute_id"] not in values,
        "created_since" not in query or _unix(label["created_on"]) >= now - _interval_seconds(query["created_since"]),
        "updated_since" not in query or _unix(label["updated_on"]) >= now - _interval_seconds(query["updated_since"]),
    ]
    if "attribute_id" in query:
        value = values.get(query["attribute_id"])
        wanted = query.get("bool_attribute_value", query.get("attribute_value"))
        checks.append(value is not None and (wanted is None or value == wanted or str(value) == str(wanted)))
    return all(checks)


def _label(project: Project, label_id: str) -> dict[str, Any]:
    return _find(project.labels, label_id, "Label")


@_handles("get_label")
def _get_label(ctx: _Ctx) -> Json:
    return _label_view(ctx, _label(ctx.project(), ctx.path["label_id"]))


@_handles("list_image_labels")
def _list_image_labels(ctx: _Ctx) -> Json:
    project = ctx.project()
    image = _image(ctx, project)
    labels = sorted(project.labels_of(image["id"]), key=lambda label: _or(label["z_index"], 0))
    page = ctx.page(labels, "label")
    page["items"] = [_label_view(ctx, label) for label in page["items"]]
    return page


@_handles("create_labels_batch")
def _create_labels(ctx: _Ctx) -> Json:
    project = ctx.project()
    image = _image(ctx, project)
    for n, item in enumerate(ctx.body):
        _check_label(project, item, f"{n}")
    created = []
    now, user = ctx.state.now(), ctx.state.world.user_id
    for item in ctx.body:
        label = _label_record(ctx.state.new_id(), image["id"], item["class_id"], {}, 0, now, user)
        label.update(_given(item, _LABEL_FIELDS), keypoints=_keypoints(ctx, item.get("keypoints")))
        project.labels[label["id"]] = label
        created.append(label)
    return _whole(created, "label")


@_handles("update_labels_batch")
def _update_labels(ctx: _Ctx) -> Json:
    project = ctx.project()
    image = _image(ctx, project)
    # The page's sample names the label `id`; the vendor's own client sends `label_id`.
    ids = []
    for n, item in enumerate(ctx.body):
        label_id = item.get("id") or item.get("label_id")
        if label_id is None:
            raise ApiError(400, f"{n}.id: field required (or label_id)")
        found = project.labels.get(label_id)
        if found is None or found["image_id"] != image["id"]:
            raise ApiError(400, f"{n}.id: no label {label_id} on this image")
        _check_label(project, {**found, **item}, f"{n}")
        ids.append(label_id)
    updated = []
    for label_id, item in zip(ids, ctx.body, strict=True):
        label = project.labels[label_id]
        label.update(_given(item, _LABEL_FIELDS))
        if "keypoints" in item:
            label["keypoints"] = _keypoints(ctx, item["keypoints"])
        label.update(updated_on=ctx.state.now(), labeled_by=ctx.state.world.user_id)
        updated.append(label)
    return _whole(updated, "label")


@_handles("delete_labels_batch")
def _delete_labels(ctx: _Ctx) -> Json:
    project = ctx.project()
    image = _image(ctx, project)
    # Unknown IDs are skipped, so that a retried delete whose first answer was lost succeeds.
    for item in ctx.body:
        found = project.labels.get(item["id"])
        if found is not None and found["image_id"] == image["id"]:
            del project.labels[item["id"]]
            project.label_values.pop(item["id"], None)


# label attribute values


def _check_value(attribute: Mapping[str, Any], value: Any, where: str) -> None:
    """The value must suit the attribute's type; null clears it."""
    if value is None:
        return
    kind = attribute["type"]
    choices = {v["value"] for v in attribute["values"]} | {v["id"] for v in attribute["values"]}
    ok = {
        "TEXT": isinstance(value, str),
        "BOOL": isinstance(value, bool),
        "INT": isinstance(value, int) and not isinstance(value, bool),
        "FLOAT": isinstance(value, (int, float)) and not isinstance(value, bool),
        "SELECTION": isinstance(value, str) and value in choices,
        "MULTIPLE-SELECTION": isinstance(value, list) and all(v in choices for v in value),
    }.get(kind, True)
    if not ok:
        raise ApiError(400, f"{where}: {value!r} is not a valid value of {kind} attribute {attribute['name']!r}")
    if kind in ("INT", "FLOAT"):
        low, high = attribute.get("min"), attribute.get("max")
        if (low is not None and value < low) or (high is not None and value > high):
            raise ApiError(400, f"{where}: {value!r} is out of range [{low}, {high}]")


def _set_value(project: Project, label_id: str, attribute_id: str, value: Any) -> None:
    values = project.label_values.setdefault(label_id, {})
    if value is None:
        values.pop(attribute_id, None)
    else:
        values[attribute_id] = value


@_handles("list_label_attributes")
def _list_label_attributes(ctx: _Ctx) -> Json:
    project = ctx.project()
    label = _label(project, ctx.path["label_id"])
    values = project.label_values.get(label["id"], {})
    return _whole([_value_view(project, label["id"], a) for a in values], "label_attribute")


@_handles("set_label_attribute")
def _set_label_attribute(ctx: _Ctx) -> Json:
    project = ctx.project()
    label = _label(project, ctx.path["label_id"])
    attribute = _find(project.attributes, ctx.path["attribute_id"], "Attribute")
    _check_value(attribute, ctx.body["value"], "value")
    _set_value(project, label["id"], attribute["id"], ctx.body["value"])
    return _value_view(project, label["id"], attribute["id"])


@_handles("list_image_label_attributes")
def _list_image_label_attributes(ctx: _Ctx) -> Json:
    project = ctx.project()
    image = _image(ctx, project)
    views = [
        _value_view(project, label["id"], attribute_id)
        for label in project.labels_of(image["id"])
        for attribute_id in project.label_values.get(label["id"], {})
    ]
    return ctx.page(views, "label_attribute")


@_handles("update_image_label_attributes")
def _update_image_label_attributes(ctx: _Ctx) -> Json:
    project = ctx.project()
    image = _image(ctx, project)
    for n, item in enumerate(ctx.body):
        label = project.labels.get(item["label_id"])
        if label is None or label["image_id"] != image["id"]:
            raise ApiError(400, f"{n}.label_id: no label {item['label_id']} on this image")
        attribute = project.attributes.get(item["id"])
        if attribute is None:
            raise ApiError(400, f"{n}.id: no attribute {item['id']} in this project")
        _check_value(attribute, item["value"], f"{n}.value")
    for item in ctx.body:
        _set_value(project, item["label_id"], item["id"], item["value"])
    return [_value_view(project, item["label_id"], item["id"]) for item in ctx.body]


@_handles("summarize_labels_attributes")
def _summarize_labels_attributes(ctx: _Ctx) -> Json:
    project = ctx.project()
    image = _image(ctx, project)
    labels = []
    for n, label_id in enumerate(ctx.body):
        label = project.labels.get(label_id)
        if label is None or label["image_id"] != image["id"]:
            raise ApiError(400, f"{n}: no label {label_id} on this image")
        labels.append(label)
    classes = {label["class_id"] for label in labels}
    linked = [a for a in project.attributes.values() if any((a["id"], c) in project.attribute_classes for c in classes)]
    summary = []
    for attribute in linked:
        seen = {json.dumps(project.label_values.get(label["id"], {}).get(attribute["id"])) for label in labels}
        summary.append(
            {
                "id": attribute["id"],
                "is_required": attribute["is_required"],
                "name": attribute["name"],
                "type": attribute["type"],
                "description": attribute["description"],
                "norder": attribute["norder"],
                "is_conflicting": len(seen) > 1,
            }
        )
    return summary
