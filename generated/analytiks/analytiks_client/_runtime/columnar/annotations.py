"""Annotation files of downloaded exports as Arrow tables: COCO (Pictograph, Hasty's
`coco` format) and Hasty's `json_v1.1`.

These files are not described by the vendors' API specs, so their columns are written
here, from the formats' own documentation; the values go through the same typed batch
maker as walks, so a file that does not fit raises `ExportFormatError`. A file is one
JSON document, read whole (a ZIP member or a plain file); the tables are built from it
a chunk at a time.
"""

from __future__ import annotations

import json
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import ResponseValidationError, VisionAPIError
from ..records import RecordFormatError
from .convert import BatchMaker
from .deps import need

CHUNK = 50_000


class ExportFormatError(RecordFormatError, VisionAPIError):
    """A downloaded export file is not in the format it was read as (caught as either a
    `RecordFormatError`, like the record readers', or a `VisionAPIError`)."""


_COCO_BOX = ["struct", [["x", "float64", False], ["y", "float64", False], ["width", "float64", False],
                        ["height", "float64", False]]]  # fmt: skip
COCO_IMAGES = [["id", "int64", False], ["file_name", "string", False], ["width", "int64", True],
               ["height", "int64", True], ["status", "dictionary", True]]  # fmt: skip
COCO_ANNOTATIONS = [["id", "int64", False], ["image_id", "int64", False], ["file_name", "string", True],
                    ["category_id", "int64", False], ["category", "dictionary", True], ["bbox", _COCO_BOX, True],
                    ["area", "float64", True], ["iscrowd", "bool", True]]  # fmt: skip
COCO_CATEGORIES = [["id", "int64", False], ["name", "string", False], ["supercategory", "string", True]]

_HASTY_BOX = ["struct", [["x_min", "float64", False], ["y_min", "float64", False], ["x_max", "float64", False],
                         ["y_max", "float64", False]]]  # fmt: skip
HASTY_IMAGES = [["image_id", "string", False], ["image_name", "string", False], ["dataset_name", "dictionary", True],
                ["width", "int64", True], ["height", "int64", True], ["image_status", "dictionary", True],
                ["tags", ["list", "string"], True]]  # fmt: skip
HASTY_LABELS = [["id", "string", False], ["image_id", "string", False], ["image_name", "string", False],
                ["dataset_name", "dictionary", True], ["class_name", "dictionary", True], ["bbox", _HASTY_BOX, True],
                ["polygon", ["list", ["list", "float64"]], True], ["z_index", "int64", True],
                ["attributes", "json", True]]  # fmt: skip


def load_document(path: str | os.PathLike[str], member_suffix: str = ".json") -> Any:
    """The JSON document at `path`, or the first `*.json` member of the ZIP at `path`."""
    source = Path(path)
    try:
        if zipfile.is_zipfile(source):
            with zipfile.ZipFile(source) as archive:
                names = sorted(n for n in archive.namelist() if n.endswith(member_suffix) and "/" not in n)
                if not names:
                    raise ExportFormatError(f"{source.name}: no {member_suffix} annotation file in the archive")
                with archive.open(names[0]) as file:
                    return json.load(file)
        with open(source, "rb") as file:
            return json.load(file)
    except (ValueError, zipfile.BadZipFile) as error:
        raise ExportFormatError(f"{source.name}: not a JSON annotation file: {error}") from None


def _table(description: list[list[Any]], rows: Iterator[dict[str, Any]]) -> Any:
    maker = BatchMaker(description)
    batches, chunk = [], []
    try:
        for row in rows:
            chunk.append(row)
            if len(chunk) >= CHUNK:
                batches.append(maker.from_rows(chunk))
                chunk = []
        batches.append(maker.from_rows(chunk))
    except ResponseValidationError as error:
        raise ExportFormatError(f"annotation file: {error.problem}") from None
    return need("pyarrow").Table.from_batches(batches, schema=maker.schema)


def _box(value: Any, names: tuple[str, str, str, str]) -> dict[str, Any] | None:
    """A four-number box as a struct (None stays None)."""
    if value is None:
        return None
    if isinstance(value, list) and len(value) == 4:
        return dict(zip(names, value, strict=True))
    raise ExportFormatError(f"annotation file: a box is not four numbers: {value!r:.80}")


def _object(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ExportFormatError(f"annotation file: expected an object, got {value!r:.80}")
    return value


def _need(document: Any, *keys: str) -> None:
    if not isinstance(document, dict) or any(not isinstance(document.get(k), list) for k in keys):
        raise ExportFormatError(f"annotation file: expected an object with the lists {', '.join(keys)}")


def coco_tables(path: str | os.PathLike[str]) -> dict[str, Any]:
    """`images`, `annotations` (with the image's file name and the category's name) and
    `categories` of a COCO file (or an export ZIP holding one) as `pyarrow.Table`s."""
    document = load_document(path)
    _need(document, "images", "annotations", "categories")
    names = {c.get("id"): c.get("name") for c in document["categories"] if isinstance(c, dict)}
    files = {i.get("id"): i.get("file_name") for i in document["images"] if isinstance(i, dict)}

    def annotations() -> Iterator[dict[str, Any]]:
        for a in map(_object, document["annotations"]):
            bbox, crowd = _box(a.get("bbox"), ("x", "y", "width", "height")), a.get("iscrowd")
            yield {**a, "bbox": bbox, "iscrowd": None if crowd is None else bool(crowd),
                   "category": names.get(a.get("category_id")), "file_name": files.get(a.get("image_id"))}  # fmt: skip

    return {
        "images": _table(COCO_IMAGES, map(_object, document["images"])),
        "annotations": _table(COCO_ANNOTATIONS, annotations()),
        "categories": _table(COCO_CATEGORIES, map(_object, document["categories"])),
    }


def hasty_tables(path: str | os.PathLike[str]) -> dict[str, Any]:
    """`images` and `labels` (one row per label, with its image) of a Hasty `json_v1.1`
    file (or an export ZIP holding one) as `pyarrow.Table`s."""
    document = load_document(path)
    _need(document, "images")

    def labels() -> Iterator[dict[str, Any]]:
        for image in map(_object, document["images"]):
            for label in map(_object, image.get("labels") or []):
                bbox = _box(label.get("bbox"), ("x_min", "y_min", "x_max", "y_max"))
                yield {**label, "bbox": bbox, "image_id": image.get("image_id"), "image_name": image.get("image_name"),
                       "dataset_name": image.get("dataset_name")}  # fmt: skip

    return {"images": _table(HASTY_IMAGES, map(_object, document["images"])), "labels": _table(HASTY_LABELS, labels())}
