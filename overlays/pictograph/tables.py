"""Downloaded Pictograph exports as Arrow tables (needs the `[arrow]` extra).

    from pictograph_client import tables
    found = tables.annotation_tables("export.zip")   # images, annotations, categories

The export's COCO `annotations.json` becomes three tables; `annotations` carries each
box as a struct (`x, y, width, height`) with its image's file name and category name.
"""

from __future__ import annotations

import os
from typing import Any

from ._runtime.columnar.annotations import coco_tables

__all__ = ["annotation_tables"]


def annotation_tables(path: str | os.PathLike[str]) -> dict[str, Any]:
    """`images`, `annotations` and `categories` of an export ZIP (or its annotations.json)."""
    return coco_tables(path)
