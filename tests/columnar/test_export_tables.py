"""Export files the clients download, read into the same kind of tables as walks."""

from __future__ import annotations

import csv
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa  # type: ignore[import-untyped]
import pytest

from hasty_client import tables as hasty_tables
from pictograph_client import VisionAPIError as PictographError
from pictograph_client import tables as pictograph_tables
from scopix_client import tables as scopix_tables
from scopix_client._runtime.errors import VisionAPIError
from scopix_client.records import iter_export_records

RECORDS: list[dict[str, Any]] = [
    {
        "id": "d-2", "type": "image_description", "source_type": "upload", "source_id": "s-1",
        "created_at": "2026-03-02T10:00:00.250Z", "image_url": "https://x.test/2.jpg", "description": "a red car",
        "confidence_score": 0.93, "verification": {"status": "verified", "verified_by": "ana",
                                                    "verified_at": "2026-03-03T08:00:00+02:00", "notes": None},
        "image_id": "img-2", "metadata": {"camera": "north", "tags": ["car"]},
    },
    {
        "id": "d-1", "type": "image_description", "source_type": "upload", "source_id": "s-1",
        "created_at": "2026-03-01T09:00:00Z", "image_url": "https://x.test/1.jpg", "description": None,
        "confidence_score": None, "verification": None, "image_id": "img-1",
        "metadata": {"status": "failed", "error": "timeout"},
    },
]  # fmt: skip


def _write(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / f"export.{kind}"
    if kind == "jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in RECORDS))
    elif kind == "json":
        path.write_text(json.dumps(RECORDS))
    else:
        with open(path, "w", newline="", encoding="utf-8") as file:
            writer = csv.DictWriter(file, list(RECORDS[0]), lineterminator="\r\n")
            writer.writeheader()
            for record in RECORDS:
                writer.writerow({k: "" if v is None else json.dumps(v) if isinstance(v, dict) else v
                                 for k, v in record.items()})  # fmt: skip
    return path


@pytest.mark.parametrize("kind", ["jsonl", "json", "csv"])
def test_a_scopix_export_reads_into_its_schema(tmp_path: Path, kind: str) -> None:
    path = _write(tmp_path, kind)
    table = scopix_tables.export_table(path)

    typed = list(iter_export_records(path))
    assert table.column("id").to_pylist() == [r.id for r in typed]
    assert table.schema.field("created_at").type == pa.timestamp("us", tz="UTC")
    assert table.column("created_at").to_pylist()[0] == datetime(2026, 3, 2, 10, 0, 0, 250000, tzinfo=UTC)
    verified_at = table.column("verification").to_pylist()[0]["verified_at"]
    assert verified_at == datetime(2026, 3, 3, 6, 0, tzinfo=UTC)  # +02:00, kept as the same instant
    assert json.loads(table.column("metadata")[0].as_py()) == {"camera": "north", "tags": ["car"]}
    assert table.column("confidence_score").to_pylist() == [0.93, None]


def test_a_broken_scopix_export_is_a_vision_api_error(tmp_path: Path) -> None:
    path = tmp_path / "export.jsonl"
    path.write_text('{"id": 5}\n')
    with pytest.raises(VisionAPIError):
        scopix_tables.export_table(path)


COCO = {
    "info": {"version": "1.0"},
    "images": [{"id": 1, "file_name": "a.jpg", "width": 640, "height": 480, "status": "done"},
               {"id": 2, "file_name": "b.jpg", "width": 640, "height": 480, "status": "new"}],
    "annotations": [{"id": 1, "image_id": 1, "category_id": 2, "bbox": [1, 2, 30, 40], "area": 1200, "iscrowd": 0},
                    {"id": 2, "image_id": 2, "category_id": 1, "bbox": [5, 6, 7, 8], "area": 56, "iscrowd": 0}],
    "categories": [{"id": 1, "name": "car", "supercategory": "object"},
                   {"id": 2, "name": "person", "supercategory": "object"}],
}  # fmt: skip


def test_a_pictograph_export_zip_gives_coco_tables(tmp_path: Path) -> None:
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("annotations.json", json.dumps(COCO))
        zf.writestr("images/a.jpg", b"\xff\xd8")
    found = pictograph_tables.annotation_tables(archive)

    annotations = found["annotations"]
    assert annotations.column("category").to_pylist() == ["person", "car"]
    assert annotations.column("file_name").to_pylist() == ["a.jpg", "b.jpg"]
    assert annotations.column("bbox").to_pylist()[0] == {"x": 1.0, "y": 2.0, "width": 30.0, "height": 40.0}
    assert found["images"].num_rows == 2 and found["categories"].num_rows == 2


HASTY = {
    "project_name": "p", "export_format_version": "1.1",
    "images": [
        {"image_id": "i1", "image_name": "a.jpg", "dataset_name": "train", "width": 100, "height": 80,
         "image_status": "DONE", "tags": ["day"],
         "labels": [{"id": "l1", "class_name": "car", "bbox": [1, 2, 11, 22], "polygon": [[1, 2], [3, 4]],
                     "mask": None, "z_index": 0, "attributes": {"color": "red"}},
                    {"id": "l2", "class_name": "person", "bbox": None, "polygon": None, "mask": None,
                     "z_index": 1, "attributes": {}}]},
        {"image_id": "i2", "image_name": "b.jpg", "dataset_name": "val", "width": 100, "height": 80,
         "image_status": "NEW", "tags": [], "labels": []},
    ],
}  # fmt: skip


def test_a_hasty_json_export_gives_images_and_one_row_per_label(tmp_path: Path) -> None:
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("my-export.json", json.dumps(HASTY))
    found = hasty_tables.annotation_tables(archive)

    labels = found["labels"]
    assert labels.column("image_name").to_pylist() == ["a.jpg", "a.jpg"]
    assert labels.column("bbox").to_pylist() == [{"x_min": 1.0, "y_min": 2.0, "x_max": 11.0, "y_max": 22.0}, None]
    assert json.loads(labels.column("attributes")[0].as_py()) == {"color": "red"}
    assert found["images"].column("tags").to_pylist() == [["day"], []]


def test_a_hasty_coco_export_gives_coco_tables(tmp_path: Path) -> None:
    path = tmp_path / "coco.json"
    path.write_text(json.dumps(COCO))
    assert set(hasty_tables.annotation_tables(path)) == {"images", "annotations", "categories"}


def test_a_box_that_is_not_four_numbers_is_a_format_error(tmp_path: Path) -> None:
    path = tmp_path / "coco.json"
    path.write_text(json.dumps({**COCO, "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [1]}]}))
    with pytest.raises(PictographError, match="four numbers"):  # each package has its own hierarchy
        pictograph_tables.annotation_tables(path)
