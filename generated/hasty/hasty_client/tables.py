"""Downloaded Hasty exports as Arrow tables (needs the `[arrow]` extra).

    from hasty_client import tables
    found = tables.annotation_tables("export.zip")   # {"images": Table, "labels": Table}

`json_v1.1` exports give `images` and `labels` (one row per label, boxes as structs of
`x_min, y_min, x_max, y_max`); `coco` exports give `images`, `annotations`, `categories`.
"""

from __future__ import annotations

import os
from typing import Any

from ._runtime.columnar.annotations import coco_tables, hasty_tables, load_document

__all__ = ["annotation_tables"]


def annotation_tables(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The tables of an export archive (or its extracted JSON file), by name."""
    document = load_document(path)
    is_coco = isinstance(document, dict) and "annotations" in document and "categories" in document
    return coco_tables(path) if is_coco else hasty_tables(path)
