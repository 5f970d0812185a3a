"""The data: workspaces, projects, datasets, images, labels, classes, videos (`build_world`)."""

from __future__ import annotations

import copy
import functools
import hashlib
import io
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from PIL import Image, ImageDraw

from vision_api_sims.hasty._base import IMAGE_SIZE, IMAGE_STATUSES, _Ids, _iso, status_id_of
from vision_api_sims.hasty.jobstate import ExportJob, LabelingJob

# --- the data ----------------------------------------------------------------------------


@dataclass(eq=False)
class Workspace:
    record: dict[str, Any]
    buckets: dict[str, dict[str, Any]] = field(default_factory=dict)  # credential_id -> record


class Table(dict[str, dict[str, Any]]):
    """Records by id, in insertion order, with that order kept as a list between changes:
    an unfiltered page is a slice, not a scan of every record (20,000-image listings)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._ordered: list[dict[str, Any]] | None = None

    def ordered(self) -> list[dict[str, Any]]:
        if self._ordered is None:
            self._ordered = list(self.values())
        return self._ordered

    def __setitem__(self, key: str, value: dict[str, Any]) -> None:
        if key not in self:  # a record changed in place keeps its place and the list sees it
            self._ordered = None
        super().__setitem__(key, value)

    def __delitem__(self, key: str) -> None:
        self._ordered = None
        super().__delitem__(key)

    def pop(self, key: str, *default: Any) -> Any:  # type: ignore[override, unused-ignore]
        self._ordered = None
        return super().pop(key, *default)

    def __deepcopy__(self, memo: dict[int, Any]) -> Table:
        return Table(copy.deepcopy(dict(self), memo))


@dataclass(eq=False)
class Project:
    """A project and everything in it; records are kept in the API's own shapes."""

    record: dict[str, Any]
    datasets: dict[str, dict[str, Any]] = field(default_factory=dict)
    images: Table = field(default_factory=Table)
    labels: dict[str, dict[str, Any]] = field(default_factory=dict)
    label_values: dict[str, dict[str, Any]] = field(default_factory=dict)  # label id -> attribute id -> value
    label_classes: dict[str, dict[str, Any]] = field(default_factory=dict)
    attributes: dict[str, dict[str, Any]] = field(default_factory=dict)
    attribute_classes: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    tag_classes: dict[str, dict[str, Any]] = field(default_factory=dict)
    tag_groups: dict[str, dict[str, Any]] = field(default_factory=dict)
    image_tags: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)  # image id -> tag id -> tag
    keypoint_schemas: dict[str, dict[str, Any]] = field(default_factory=dict)
    keypoint_schema_classes: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    videos: dict[str, dict[str, Any]] = field(default_factory=dict)
    segments: dict[str, dict[str, Any]] = field(default_factory=dict)
    activity_types: dict[str, dict[str, Any]] = field(default_factory=dict)
    exports: dict[str, ExportJob] = field(default_factory=dict)
    labeling_jobs: dict[str, LabelingJob] = field(default_factory=dict)
    ranking_sessions: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)  # image id -> uploaded bytes (seeded ones are drawn)

    @property
    def id(self) -> str:
        return str(self.record["id"])

    def labels_of(self, image_id: str) -> list[dict[str, Any]]:
        return [label for label in self.labels.values() if label["image_id"] == image_id]


@dataclass(eq=False)
class World:
    """Everything the simulator serves; `user_id` is the key's user."""

    workspaces: dict[str, Workspace]
    projects: dict[str, Project]
    user_id: str
    seed: int


_EPOCH = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)
_CLASSES = (("car", "#e6194b", "object"), ("person", "#3cb44b", "object"), ("bicycle", "#4363d8", "object"))
_STATUS_WEIGHTS = (0.2, 0.15, 0.15, 0.3, 0.05, 0.05, 0.1)  # in IMAGE_STATUSES order


def _workspace(ids: _Ids, name: str, unique: str, role: str, *, default: bool) -> Workspace:
    return Workspace(
        {
            "id": ids(),
            "name": name,
            "unique_name": unique,
            "description": f"{name} (simulator)",
            "logo_url": None,
            "is_public": False,
            "is_default": default,
            "background_color": None,
            "subscription": "basic",
            "parked_on": None,
            "user_role": role,
            "allow_support": False,
            "support_email": None,
            "feature_mounting_buckets": True,
        }
    )


def _project_record(ids: _Ids, workspace: Workspace, user: str, name: str, content: str) -> dict[str, Any]:
    return {
        "id": ids(),
        "name": name,
        "last_opened_on": None,
        "owner_id": user,
        "workspace_id": workspace.record["id"],
        "description": f"{name} (simulator)",
        "created_on": _iso(_EPOCH),
        "content_type": content,
    }


def _seed_schema(project: Project, ids: _Ids) -> None:
    """Label classes, attributes and their links, tag groups and classes, a keypoint schema."""
    for norder, (name, color, kind) in enumerate(_CLASSES):
        cid = ids()
        project.label_classes[cid] = {
            "id": cid,
            "name": name,
            "description": f"A {name}",
            "type": kind,
            "color": color,
            "icon_url": None,
            "norder": float(norder),
            "parent_id": None,
            "external_id": None,
            "use_description_as_prompt": False,
        }
    colour = _attribute(ids, "Color", "SELECTION", ["red", "blue", "black", "white"], 0)
    occluded = _attribute(ids, "Occluded", "BOOL", [], 1)
    plate = _attribute(ids, "Plate", "TEXT", [], 2)
    for attribute in (colour, occluded, plate):
        project.attributes[attribute["id"]] = attribute
    car, person, bicycle = (c["id"] for c in project.label_classes.values())
    for order, (attribute, class_id) in enumerate(
        [(colour, car), (plate, car), (occluded, car), (occluded, person), (colour, bicycle)]
    ):
        link = {
            "attribute_id": attribute["id"],
            "class_id": class_id,
            "attribute_order": float(order),
            "class_order": 0.0,
        }
        project.attribute_classes[(attribute["id"], class_id)] = link
    group: dict[str, Any] = {"id": ids(), "name": "Weather", "type": "SELECTION", "is_required": False, "norder": 0.0}
    project.tag_groups[group["id"]] = group
    for norder, (name, in_group) in enumerate([("day", True), ("night", True), ("blurry", False)]):
        tid = ids()
        project.tag_classes[tid] = {
            "id": tid,
            "name": name,
            "norder": float(norder),
            "tag_group_id": group["id"] if in_group else None,
            "tag_group_name": group["name"] if in_group else None,
        }
    schema = _keypoint_schema(ids, project.id, "Person")
    project.keypoint_schemas[schema["id"]] = schema
    project.keypoint_schema_classes[(schema["id"], person)] = {
        "keypoint_schema_id": schema["id"],
        "label_class_id": person,
        "label_class_order": 0.0,
    }


def _attribute(ids: _Ids, name: str, kind: str, values: list[str], norder: int) -> dict[str, Any]:
    return {
        "id": ids(),
        "is_required": False,
        "name": name,
        "type": kind,
        "subject_type": "LABEL",
        "default": None,
        "description": f"{name} of the object",
        "min": None,
        "max": None,
        "norder": float(norder),
        "class_count": 0,
        "prediction_type": None,
        "prediction_model": None,
        "prediction_prompt": None,
        "values": [{"id": ids(), "value": value} for value in values],
    }


def _keypoint_schema(ids: _Ids, project_id: str, name: str) -> dict[str, Any]:
    schema_id, created = ids(), _iso(_EPOCH)
    audit = {"created_by": None, "create_date": created, "updated_by": None, "update_date": created}
    classes = []
    for norder, (point, x, y) in enumerate([("Head", 50, 10), ("Left Hand", 20, 50), ("Right Hand", 80, 50)]):
        classes.append(
            {
                "id": ids(),
                "keypoint_schema_id": schema_id,
                "name": point,
                "description": None,
                "min_points": 0,
                "max_points": 1,
                **audit,
                "norder": float(norder),
                "editor_x": float(x),
                "editor_y": float(y),
            }
        )
    edges = [
        {"id": ids(), "keypoint_schema_id": schema_id, "keypoint_class_id_a": classes[0]["id"],
         "keypoint_class_id_b": classes[i]["id"], "color": "#FF2233"}
        for i in (1, 2)
    ]  # fmt: skip
    return {
        "id": schema_id,
        "name": name,
        "project_id": project_id,
        "description": "Head and hands",
        "type": "pose",
        **audit,
        "norder": 0.0,
        "keypoint_classes": classes,
        "keypoint_skeleton": edges,
        "template_id": None,
    }


def _set_audit_users(schema: dict[str, Any], user: str) -> None:
    """Audit user fields are UUIDs in the spec: filled in once the key's user exists."""
    for holder in [schema, *schema["keypoint_classes"]]:
        holder["created_by"] = holder["updated_by"] = user


def _geometry(rng: random.Random, width: int, height: int) -> dict[str, Any]:
    """A box, and for some labels a polygon or an RLE mask inside it."""
    w, h = rng.randint(6, width // 2), rng.randint(6, height // 2)
    left, top = rng.randint(0, width - w - 1), rng.randint(0, height - h - 1)
    right, bottom = left + w, top + h
    geometry: dict[str, Any] = {"bbox": [left, top, right, bottom], "polygon": None, "mask": None, "tool_used": "bbox"}
    shape = rng.random()
    if shape < 0.3:
        geometry["polygon"] = [[left, top], [right, top], [right, bottom], [left, bottom], [left, top]]
        geometry["tool_used"] = "polygon"
    elif shape < 0.5:
        # One run per row of the box: (pixel index, length) pairs, row-major over the image.
        geometry["mask"] = [v for row in range(top, bottom) for v in (row * width + left, w)]
        geometry["tool_used"] = "brush"
    return geometry


def _seed_images(project: Project, ids: _Ids, rng: random.Random, user: str, count: int) -> None:
    width, height = IMAGE_SIZE
    datasets = list(project.datasets.values())
    classes = list(project.label_classes)
    colour = next(a for a in project.attributes.values() if a["name"] == "Color")
    day_night = [t["id"] for t in project.tag_classes.values() if t["tag_group_id"]]
    for index in range(count):
        dataset = datasets[0] if index < count * 3 // 4 else datasets[1]
        status = rng.choices(IMAGE_STATUSES, weights=_STATUS_WEIGHTS)[0]
        moment = _iso(_EPOCH + timedelta(minutes=index))
        image = _image_record(ids(), dataset, f"frame_{index:03d}.jpg", status, moment, user, width, height)
        project.images[image["id"]] = image
        if index % 3 == 0:
            tag = {"id": ids(), "tag_class_id": day_night[index % 2], "tag_class_name": ("day", "night")[index % 2]}
            project.image_tags[image["id"]] = {tag["id"]: tag}
        for z in range(0 if status == "NEW" else rng.randint(1, 4)):
            label = _label_record(
                ids(), image["id"], rng.choice(classes), _geometry(rng, width, height), z, moment, user
            )
            project.labels[label["id"]] = label
            if label["class_id"] == classes[0]:
                project.label_values[label["id"]] = {colour["id"]: rng.choice(colour["values"])["value"]}


def _image_record(
    image_id: str,
    dataset: dict[str, Any],
    name: str,
    status: str,
    moment: str,
    user: str,
    width: int,
    height: int,
    *,
    file_format: str = "JPEG",
    mode: str = "RGB",
    external_id: str | None = None,
) -> dict[str, Any]:
    return {
        "dataset_id": dataset["id"],
        "dataset_name": dataset["name"],
        "height": height,
        "id": image_id,
        "format": file_format,
        "mode": mode,
        "name": name,
        "health_status": "OK",
        "status": status,
        "status_id": status_id_of(status),
        "is_locked": False,
        "public_url": "",
        "thumbnail_url": "",
        "uploaded_on": moment,
        "update_date": moment,
        "updated_by": user,
        "url": "",
        "width": width,
        "external_id": external_id,
        "queue_ids": [],
        "exif": {"orientation": "1"},
    }


def _label_record(
    label_id: str, image_id: str, class_id: str, geometry: dict[str, Any], z_index: int, moment: str, user: str
) -> dict[str, Any]:
    return {
        "bbox": geometry.get("bbox"),
        "class_id": class_id,
        "created_on": moment,
        "external_event_id": None,
        "image_id": image_id,
        "id": label_id,
        "mask": geometry.get("mask"),
        "polygon": geometry.get("polygon"),
        "tool_used": geometry.get("tool_used"),
        "updated_on": moment,
        "labeled_by": user,
        "z_index": z_index,
        "external_id": geometry.get("external_id"),
        "keypoints": geometry.get("keypoints"),
    }


def _seed_videos(project: Project, ids: _Ids, user: str) -> None:
    dataset = next(iter(project.datasets.values()))
    for name, color in (("walking", "#00aa00"), ("crossing", "#aa0000")):
        activity = {"id": ids(), "created_at": _iso(_EPOCH), "name": name, "color": color, "prefix": name[:2]}
        project.activity_types[activity["id"]] = activity
    walking, crossing = project.activity_types
    for index in range(3):
        video = _video_record(ids(), dataset, f"clip_{index:02d}.mp4", _iso(_EPOCH + timedelta(hours=index)))
        project.videos[video["id"]] = video
        for start_ms, end_ms, activity_id in ((0, 4000, walking), (3000, 9000, crossing)):
            segment = {
                "id": ids(),
                "video_id": video["id"],
                "start_time_ms": start_ms + index * 100,
                "end_time_ms": end_ms + index * 100,
                "activities": [activity_id],
                "prediction_id": None,
                "created_by": user,
                "created_at": _iso(_EPOCH),
            }
            project.segments[segment["id"]] = segment


def _video_record(video_id: str, dataset: dict[str, Any], name: str, moment: str) -> dict[str, Any]:
    return {
        "id": video_id,
        "name": name,
        "dataset_id": dataset["id"],
        "width": 1280,
        "height": 720,
        "format": "mp4",
        "frame_rate": 25.0,
        "public_url": "",
        "uploaded_at": moment,
        "url": "",
        "duration_ms": 12000,
        "duration_frames": 300,
        "status": "NEW",
        "status_id": status_id_of("NEW"),
        "health_status": "OK",
        "dataset_name": dataset["name"],
        "queue_ids": [],
    }


def _dataset(ids: _Ids, project: Project, name: str, norder: int) -> None:
    record: dict[str, Any] = {"id": ids(), "name": name, "norder": float(norder), "project_id": project.id}
    project.datasets[record["id"]] = record


@functools.lru_cache(maxsize=4)
def _pristine_world(seed: int, image_count: int) -> World:
    ids, rng = _Ids(seed), random.Random(seed)
    user = ids()
    main_ws = _workspace(ids, "Hasty Workspace", "hasty_workspace", "Owner", default=True)
    partner = _workspace(ids, "Partner Workspace", "partner_workspace", "Member", default=False)
    credential = {
        "credential_id": ids(),
        "description": "Autonomous car dashcam pictures",
        "cloud_provider": "s3",
        "created_at": _iso(_EPOCH),
        "update_at": _iso(_EPOCH),
    }
    main_ws.buckets[credential["credential_id"]] = credential
    streets = Project(_project_record(ids, main_ws, user, "Street scenes", "IMAGES"))
    _dataset(ids, streets, "train", 0)
    _dataset(ids, streets, "val", 1)
    _seed_schema(streets, ids)
    for schema in streets.keypoint_schemas.values():
        _set_audit_users(schema, user)
    _seed_images(streets, ids, rng, user, image_count)
    traffic = Project(_project_record(ids, main_ws, user, "Traffic videos", "VIDEOS"))
    _dataset(ids, traffic, "clips", 0)
    _seed_videos(traffic, ids, user)
    workspaces = {w.record["id"]: w for w in (main_ws, partner)}
    return World(workspaces, {p.id: p for p in (streets, traffic)}, user, seed)


def build_world(seed: int = 5, *, image_count: int = 40) -> World:
    """A fresh copy of the deterministic data (cheap: the original is built once per seed);
    `image_count` images in the image project (40: a quick world; 20,000: a large listing)."""
    return copy.deepcopy(_pristine_world(seed, image_count))


_PALETTE = ((230, 25, 75), (60, 180, 75), (67, 99, 216), (245, 130, 48))


@functools.lru_cache(maxsize=1024)
def _drawn_jpeg(seed_text: str, boxes: tuple[tuple[int, int, int, int], ...]) -> bytes:
    shade = int(hashlib.sha256(seed_text.encode()).hexdigest()[:2], 16) % 80
    image = Image.new("RGB", IMAGE_SIZE, (100 + shade, 115, 125 + shade // 2))
    draw = ImageDraw.Draw(image)
    for n, box in enumerate(boxes):
        draw.rectangle(box, outline=_PALETTE[n % len(_PALETTE)])
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=70)
    return out.getvalue()


def image_jpeg(project: Project, image_id: str) -> bytes:
    """The image's bytes: the uploaded file, or a small JPEG drawn from its labels."""
    if image_id in project.files:
        return project.files[image_id]
    boxes = tuple(tuple(label["bbox"]) for label in project.labels_of(image_id) if label.get("bbox"))
    return _drawn_jpeg(image_id, boxes)  # type: ignore[arg-type, unused-ignore]
