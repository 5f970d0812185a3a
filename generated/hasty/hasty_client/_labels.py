"""Labels sent in batches: each checked (geometry, naming) before the first batch goes out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar
from uuid import UUID

from ._common import uuid
from ._runtime.batching import chunks
from ._runtime.errors import ParameterError, ParameterTypeError
from ._runtime.request_rules import check_body
from .models import CreateLabelRequest, LabelRef, UpdateLabelRequest
from .types import Unset

# The page states no batch maximum; the vendor's public client sends at most 100 labels.
LABEL_BATCH = 100
LabelT = TypeVar("LabelT", CreateLabelRequest, UpdateLabelRequest)


def check_label(index: int, label: LabelT, kind: type[LabelT]) -> LabelT:
    """Geometry the API would refuse, refused here with the label's position in the list;
    an update must name its label (by `id`, or `label_id` as the vendor's code sends)."""
    where = f"labels[{index}]"
    if not isinstance(label, kind):
        raise ParameterTypeError(where, f"expected {kind.__name__}, got {type(label).__name__}")
    if isinstance(label, UpdateLabelRequest) and isinstance(label.id, Unset) and isinstance(label.label_id, Unset):
        raise ParameterError(f"{where}.id", "names no label: set `id` to the label's id")
    if isinstance(label.mask, list) and len(label.mask) % 2:  # beyond JSON Schema: checked here
        raise ParameterError(f"{where}.mask", f"an RLE mask has an even length, got {len(label.mask)}")
    return label


def label_batches(labels: Sequence[LabelT], kind: type[LabelT], operation: str) -> list[list[LabelT]]:
    """Batches the API accepts, every label checked (here, and against the spec's rules
    for the operation's body: a bbox of 4, points of 2, ...) before the first goes out."""
    checked = [check_label(i, label, kind) for i, label in enumerate(labels)]
    check_body(operation, checked, "labels")
    return chunks(checked, LABEL_BATCH)


def label_refs(label_ids: Sequence[UUID | str]) -> list[list[LabelRef]]:
    """The ids to delete, checked all before the first batch goes out."""
    if isinstance(label_ids, str | UUID):  # a lone id would be iterated character by character
        raise ParameterTypeError("label_ids", "expected a list of ids, got a single id")
    return chunks([LabelRef(id=uuid(f"label_ids[{n}]", v)) for n, v in enumerate(label_ids)], LABEL_BATCH)
