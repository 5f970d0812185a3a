"""Handlers: attributes, label classes, tag classes and groups, image tags, keypoint schemas."""

from __future__ import annotations

from typing import Any

from vision_api_sims.hasty._base import ApiError, Json
from vision_api_sims.hasty._registry import _given, _handles, _or
from vision_api_sims.hasty.images import _image
from vision_api_sims.hasty.state import _attribute_view, _Ctx, _find
from vision_api_sims.hasty.world import Project, _attribute

# attributes, classes, tags, keypoint schemas


_ATTRIBUTE_FIELDS = (
    "is_required", "name", "type", "subject_type", "default", "description", "min", "max", "norder",
    "prediction_type", "prediction_model", "prediction_prompt",
)  # fmt: skip


def _values(ctx: _Ctx, given: list[dict[str, Any]], old: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Values keep the IDs they were sent with when those exist; new values get new IDs."""
    known = {v["id"] for v in old}
    return [{"id": v["id"] if v.get("id") in known else ctx.state.new_id(), "value": v["value"]} for v in given]


@_handles("list_attributes")
def _list_attributes(ctx: _Ctx) -> Json:
    project = ctx.project()
    records = sorted(project.attributes.values(), key=lambda a: a["norder"])
    return ctx.page([_attribute_view(project, a) for a in records], "attribute")


@_handles("create_attribute")
def _create_attribute(ctx: _Ctx) -> Json:
    project = ctx.project()
    record = _attribute(ctx.state.new_id, ctx.body["name"], ctx.body["type"], [], len(project.attributes))
    record.update(_given(ctx.body, _ATTRIBUTE_FIELDS))
    record["norder"] = _or(record["norder"], 0.0)
    record["values"] = _values(ctx, ctx.body["values"], [])
    project.attributes[record["id"]] = record
    return _attribute_view(project, record)


@_handles("update_attribute")
def _update_attribute(ctx: _Ctx) -> Json:
    project = ctx.project()
    record = _find(project.attributes, ctx.path["attribute_id"], "Attribute")
    record.update(_given(ctx.body, _ATTRIBUTE_FIELDS))
    record["values"] = _values(ctx, ctx.body["values"], record["values"])
    return _attribute_view(project, record)


@_handles("delete_attribute")
def _delete_attribute(ctx: _Ctx) -> Json:
    project = ctx.project()
    record = _find(project.attributes, ctx.path["attribute_id"], "Attribute")
    for key in [k for k in project.attribute_classes if k[0] == record["id"]]:
        del project.attribute_classes[key]
    for values in project.label_values.values():
        values.pop(record["id"], None)
    del project.attributes[record["id"]]


@_handles("list_attribute_classes")
def _list_attribute_classes(ctx: _Ctx) -> Json:
    return list(ctx.project().attribute_classes.values())


@_handles("set_attribute_classes")
def _set_attribute_classes(ctx: _Ctx) -> Json:
    project = ctx.project()
    for n, link in enumerate(ctx.body):
        if link["attribute_id"] not in project.attributes:
            raise ApiError(400, f"{n}.attribute_id: no attribute {link['attribute_id']} in this project")
        if link["class_id"] not in project.label_classes:
            raise ApiError(400, f"{n}.class_id: no label class {link['class_id']} in this project")
    for link in ctx.body:
        project.attribute_classes[(link["attribute_id"], link["class_id"])] = dict(link)
    return [project.attribute_classes[(link["attribute_id"], link["class_id"])] for link in ctx.body]


@_handles("delete_attribute_classes")
def _delete_attribute_classes(ctx: _Ctx) -> Json:
    project = ctx.project()
    for link in ctx.body:
        project.attribute_classes.pop((link["attribute_id"], link["class_id"]), None)


_LABEL_CLASS_FIELDS = (
    "name", "description", "type", "color", "icon_url", "norder", "parent_id", "external_id",
    "use_description_as_prompt",
)  # fmt: skip


@_handles("list_label_classes")
def _list_label_classes(ctx: _Ctx) -> Json:
    records = sorted(ctx.project().label_classes.values(), key=lambda c: _or(c["norder"], 0.0))
    return ctx.page(records, "label_class")


@_handles("create_label_class")
def _create_label_class(ctx: _Ctx) -> Json:
    project = ctx.project()
    record: dict[str, Any] = {"id": ctx.state.new_id(), **dict.fromkeys(_LABEL_CLASS_FIELDS)}
    record.update(type="object", use_description_as_prompt=False)
    record.update(_given(ctx.body, _LABEL_CLASS_FIELDS))
    project.label_classes[record["id"]] = record
    return record


@_handles("get_label_class")
def _get_label_class(ctx: _Ctx) -> Json:
    return _find(ctx.project().label_classes, ctx.path["label_class_id"], "Label class")


@_handles("update_label_class")
def _update_label_class(ctx: _Ctx) -> Json:
    record = _find(ctx.project().label_classes, ctx.path["label_class_id"], "Label class")
    record.update(_given(ctx.body, _LABEL_CLASS_FIELDS))
    return record


@_handles("delete_label_class")
def _delete_label_class(ctx: _Ctx) -> Json:
    project = ctx.project()
    record = _find(project.label_classes, ctx.path["label_class_id"], "Label class")
    # Inferred: a class's labels go with it, as in the annotation tool.
    for label in [label for label in project.labels.values() if label["class_id"] == record["id"]]:
        del project.labels[label["id"]]
        project.label_values.pop(label["id"], None)
    for key in [k for k in project.attribute_classes if k[1] == record["id"]]:
        del project.attribute_classes[key]
    for key in [k for k in project.keypoint_schema_classes if k[1] == record["id"]]:
        del project.keypoint_schema_classes[key]
    del project.label_classes[record["id"]]


_TAG_CLASS_FIELDS = ("name", "norder", "tag_group_id", "tag_group_name")


def _tag_class(ctx: _Ctx, record: dict[str, Any]) -> dict[str, Any]:
    record.update(_given(ctx.body, _TAG_CLASS_FIELDS))
    group = ctx.project().tag_groups.get(record["tag_group_id"] or "")
    if group is not None and not record["tag_group_name"]:
        record["tag_group_name"] = group["name"]
    return record


@_handles("list_tag_classes")
def _list_tag_classes(ctx: _Ctx) -> Json:
    return ctx.page(list(ctx.project().tag_classes.values()), "tag_class")


@_handles("create_tag_class")
def _create_tag_class(ctx: _Ctx) -> Json:
    record = _tag_class(ctx, {"id": ctx.state.new_id(), **dict.fromkeys(_TAG_CLASS_FIELDS)})
    ctx.project().tag_classes[record["id"]] = record
    return record


@_handles("get_tag_class")
def _get_tag_class(ctx: _Ctx) -> Json:
    return _find(ctx.project().tag_classes, ctx.path["tag_class_id"], "Tag class")


@_handles("update_tag_class")
def _update_tag_class(ctx: _Ctx) -> Json:
    return _tag_class(ctx, _find(ctx.project().tag_classes, ctx.path["tag_class_id"], "Tag class"))


@_handles("delete_tag_class")
def _delete_tag_class(ctx: _Ctx) -> Json:
    project = ctx.project()
    record = _find(project.tag_classes, ctx.path["tag_class_id"], "Tag class")
    for tags in project.image_tags.values():
        for tag_id in [t for t, tag in tags.items() if tag["tag_class_id"] == record["id"]]:
            del tags[tag_id]
    del project.tag_classes[record["id"]]


_TAG_GROUP_FIELDS = ("name", "type", "is_required", "norder")


@_handles("list_tag_groups")
def _list_tag_groups(ctx: _Ctx) -> Json:
    return ctx.page(list(ctx.project().tag_groups.values()), "tag_group")


@_handles("create_tag_group")
def _create_tag_group(ctx: _Ctx) -> Json:
    project = ctx.project()
    record: dict[str, Any] = {"id": ctx.state.new_id(), "is_required": False, "norder": float(len(project.tag_groups))}
    record.update(_given(ctx.body, _TAG_GROUP_FIELDS))
    project.tag_groups[record["id"]] = record
    return record


@_handles("get_tag_group")
def _get_tag_group(ctx: _Ctx) -> Json:
    return _find(ctx.project().tag_groups, ctx.path["tag_group_id"], "Tag group")


@_handles("update_tag_group")
def _update_tag_group(ctx: _Ctx) -> Json:
    record = _find(ctx.project().tag_groups, ctx.path["tag_group_id"], "Tag group")
    record.update(_given(ctx.body, _TAG_GROUP_FIELDS))
    return record


@_handles("list_image_tags")
def _list_image_tags(ctx: _Ctx) -> Json:
    project = ctx.project()
    return ctx.page(list(project.image_tags.get(_image(ctx, project)["id"], {}).values()), "tag")


@_handles("add_image_tags")
def _add_image_tags(ctx: _Ctx) -> Json:
    project = ctx.project()
    tags = project.image_tags.setdefault(_image(ctx, project)["id"], {})
    for n, item in enumerate(ctx.body):
        if item["tag_class_id"] not in project.tag_classes:
            raise ApiError(400, f"{n}.tag_class_id: no tag class {item['tag_class_id']} in this project")
    answer = []
    for item in ctx.body:
        tag = next((t for t in tags.values() if t["tag_class_id"] == item["tag_class_id"]), None)
        if tag is None:  # tagging twice with one class keeps one tag
            name = project.tag_classes[item["tag_class_id"]]["name"]
            tag = {"id": ctx.state.new_id(), "tag_class_id": item["tag_class_id"], "tag_class_name": name}
            tags[tag["id"]] = tag
        answer.append(tag)
    return answer


@_handles("delete_image_tags")
def _delete_image_tags(ctx: _Ctx) -> Json:
    project = ctx.project()
    tags = project.image_tags.get(_image(ctx, project)["id"], {})
    for n, item in enumerate(ctx.body):
        if item.get("tag_id") is None and item.get("tag_class_id") is None:
            raise ApiError(400, f"{n}: tag_id or tag_class_id is required")
    for item in ctx.body:
        for tag_id in [
            t for t, tag in tags.items() if item.get("tag_id") == t or item.get("tag_class_id") == tag["tag_class_id"]
        ]:
            del tags[tag_id]


def _keypoint_schema_from(ctx: _Ctx, schema_id: str, old: dict[str, Any] | None) -> dict[str, Any]:
    body, now, user = ctx.body, ctx.state.now(), ctx.state.world.user_id
    created = (
        {"created_by": user, "create_date": now} if old is None else {k: old[k] for k in ("created_by", "create_date")}
    )
    audit = {**created, "updated_by": user, "update_date": now}
    classes = [
        {"id": ctx.state.new_id(), "keypoint_schema_id": schema_id, "name": "", "description": None,
         "min_points": 0, "max_points": 1, "norder": float(n), "editor_x": 0.0, "editor_y": 0.0, **c, **audit}
        for n, c in enumerate(body.get("keypoint_classes") or [])
    ]  # fmt: skip
    for keypoint_class in classes:
        keypoint_class["keypoint_schema_id"] = schema_id
    edges = [
        {"id": e.get("id") or ctx.state.new_id(), "color": "#FF2233", **e, "keypoint_schema_id": schema_id}
        for e in body.get("keypoint_skeleton") or []
    ]
    return {
        "id": schema_id,
        "name": body["name"],
        "project_id": ctx.path["project_id"],
        "description": body.get("description"),
        "type": body["type"],
        **audit,
        "norder": body.get("norder"),
        "keypoint_classes": classes,
        "keypoint_skeleton": edges,
        "template_id": body.get("template_id"),
    }


@_handles("list_keypoint_schemas")
def _list_keypoint_schemas(ctx: _Ctx) -> Json:
    return list(ctx.project().keypoint_schemas.values())


@_handles("create_keypoint_schema")
def _create_keypoint_schema(ctx: _Ctx) -> Json:
    record = _keypoint_schema_from(ctx, ctx.state.new_id(), None)
    ctx.project().keypoint_schemas[record["id"]] = record
    return record


@_handles("update_keypoint_schema")
def _update_keypoint_schema(ctx: _Ctx) -> Json:
    project = ctx.project()
    old = _find(project.keypoint_schemas, ctx.path["keypoint_schema_id"], "Keypoint schema")
    record = _keypoint_schema_from(ctx, old["id"], old)
    project.keypoint_schemas[record["id"]] = record
    return record


@_handles("list_keypoint_schema_classes")
def _list_keypoint_schema_classes(ctx: _Ctx) -> Json:
    return list(ctx.project().keypoint_schema_classes.values())


def _check_keypoint_links(project: Project, links: list[dict[str, Any]]) -> None:
    for n, link in enumerate(links):
        if link["keypoint_schema_id"] not in project.keypoint_schemas:
            raise ApiError(400, f"{n}.keypoint_schema_id: no keypoint schema {link['keypoint_schema_id']}")
        if link.get("label_class_id") not in project.label_classes:
            raise ApiError(400, f"{n}.label_class_id: no label class {link.get('label_class_id')}")


@_handles("set_keypoint_schema_classes")
def _set_keypoint_schema_classes(ctx: _Ctx) -> Json:
    project = ctx.project()
    _check_keypoint_links(project, ctx.body)
    for link in ctx.body:
        project.keypoint_schema_classes[(link["keypoint_schema_id"], link["label_class_id"])] = dict(link)
    return [project.keypoint_schema_classes[(k["keypoint_schema_id"], k["label_class_id"])] for k in ctx.body]


@_handles("delete_keypoint_schema_classes")
def _delete_keypoint_schema_classes(ctx: _Ctx) -> Json:
    project = ctx.project()
    for link in ctx.body:
        project.keypoint_schema_classes.pop((link["keypoint_schema_id"], link.get("label_class_id", "")), None)
