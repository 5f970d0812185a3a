"""Items in the batches an API takes at once."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")


def chunks(items: Sequence[T], size: int) -> list[list[T]]:
    """`items` in lists of at most `size`, in order."""
    return [list(items[start : start + size]) for start in range(0, len(items), size)]
