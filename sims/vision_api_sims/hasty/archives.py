"""Export archives (json_v1.1, COCO, YOLO, images) built from the world."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vision_api_sims.hasty._base import _iso
from vision_api_sims.hasty.world import Project, image_jpeg

# --- export archives ---------------------------------------------------------------------


def _export_images(project: Project, request: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The images an export covers: by dataset, image status and tag class (any of each list)."""
    datasets = set(request.get("dataset_id") or ())
    statuses = set(request.get("image_status") or ())
    tags = set(request.get("tag") or ())
    chosen = []
    for image in project.images.values():
        if datasets and image["dataset_id"] not in datasets:
            continue
        if statuses and image["status"] not in statuses:
            continue
        image_tags = {t["tag_class_id"] for t in project.image_tags.get(image["id"], {}).values()}
        if tags and not image_tags & tags:
            continue
        chosen.append(image)
    return chosen


def _export_labels(project: Project, image_id: str, classes: set[str]) -> list[dict[str, Any]]:
    return [label for label in project.labels_of(image_id) if not classes or label["class_id"] in classes]


def _json_v11(project: Project, images: list[dict[str, Any]], classes: set[str], created: datetime) -> dict[str, Any]:
    """The annotation document, shaped after Hasty's `json_v1.1` export."""
    names = {a_id: a["name"] for a_id, a in project.attributes.items()}
    return {
        "project_name": project.record["name"],
        "create_date": project.record["created_on"],
        "export_format_version": "1.1",
        "export_date": _iso(created),
        "label_classes": [
            {"class_name": c["name"], "color": c["color"], "class_type": c["type"], "norder": c["norder"]}
            for c in project.label_classes.values()
            if not classes or c["id"] in classes
        ],
        "images": [
            {
                "image_id": image["id"],
                "image_name": image["name"],
                "dataset_name": project.datasets[image["dataset_id"]]["name"],
                "width": image["width"],
                "height": image["height"],
                "image_status": image["status"],
                "tags": sorted(t["tag_class_name"] for t in project.image_tags.get(image["id"], {}).values()),
                "labels": [
                    {
                        "id": label["id"],
                        "class_name": project.label_classes[label["class_id"]]["name"],
                        "bbox": label["bbox"],
                        "polygon": label["polygon"],
                        "mask": label["mask"],
                        "z_index": label["z_index"],
                        "attributes": {names[a]: v for a, v in project.label_values.get(label["id"], {}).items()},
                    }
                    for label in _export_labels(project, image["id"], classes)
                ],
            }
            for image in images
        ],
    }


def _coco(project: Project, images: list[dict[str, Any]], classes: set[str]) -> dict[str, Any]:
    category = {cid: n for n, cid in enumerate(project.label_classes, start=1)}
    annotations: list[dict[str, Any]] = []
    for index, image in enumerate(images, start=1):
        for label in _export_labels(project, image["id"], classes):
            if label.get("bbox"):
                left, top, right, bottom = label["bbox"]
                box = [left, top, right - left, bottom - top]
                annotations.append(
                    {"id": len(annotations) + 1, "image_id": index, "category_id": category[label["class_id"]],
                     "bbox": box, "area": box[2] * box[3], "iscrowd": 0}
                )  # fmt: skip
    return {
        "images": [
            {"id": n, "file_name": i["name"], "width": i["width"], "height": i["height"]}
            for n, i in enumerate(images, start=1)
        ],
        "annotations": annotations,
        "categories": [
            {"id": category[cid], "name": c["name"]}
            for cid, c in project.label_classes.items()
            if not classes or cid in classes
        ],
    }


def _yolo_lines(project: Project, image: dict[str, Any], classes: set[str]) -> str:
    order = list(project.label_classes)
    lines = []
    for label in _export_labels(project, image["id"], classes):
        if label.get("bbox"):
            left, top, right, bottom = label["bbox"]
            w, h = image["width"], image["height"]
            cx, cy = (left + right) / 2 / w, (top + bottom) / 2 / h
            lines.append(
                f"{order.index(label['class_id'])} {cx:.6f} {cy:.6f} {(right - left) / w:.6f} {(bottom - top) / h:.6f}"
            )
    return "\n".join(lines) + ("\n" if lines else "")


def build_export_archive(project: Project, request: Mapping[str, Any], export_name: str, created: datetime) -> bytes:
    """The export ZIP.

    `json_coco`: `<export_name>.json` in COCO form; `yolo`: `classes.txt` and
    `labels/<image stem>.txt`; every other format: `<export_name>.json` in json_v1.1
    form (the simulator draws no semantic PNGs or Pascal XML), plus `images/<dataset>/<name>`
    for the `images` format.
    """
    images = _export_images(project, request)
    classes = set(request.get("class") or ())
    fmt = request["format"]
    stamp = created.astimezone(UTC).timetuple()[:6]  # fixed member times: the same export, the same bytes
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:

        def write(name: str, data: str | bytes, *, deflate: bool = True) -> None:
            info = zipfile.ZipInfo(name, stamp)
            info.compress_type = zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED
            archive.writestr(info, data)

        if fmt == "json_coco":
            write(f"{export_name}.json", json.dumps(_coco(project, images, classes), indent=2))
        elif fmt == "yolo":
            write("classes.txt", "".join(f"{c['name']}\n" for c in project.label_classes.values()))
            for image in images:
                write(f"labels/{Path(image['name']).stem}.txt", _yolo_lines(project, image, classes))
        else:
            write(f"{export_name}.json", json.dumps(_json_v11(project, images, classes, created), indent=2))
        if fmt == "images":
            for image in images:
                dataset = project.datasets[image["dataset_id"]]["name"]
                write(f"images/{dataset}/{image['name']}", image_jpeg(project, image["id"]), deflate=False)
    return out.getvalue()
