"""The Acme helpers, written once: generation writes their sync form, `helpers.py`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Unpack

from ._client import connect
from ._runtime.pagination import AsyncOffsetIterator
from ._runtime.walks import OffsetList, WalkOptions
from .api.widgets import list_widgets
from .client import Client
from .models import Widget

__all__ = ["connect", "iter_widgets"]

WIDGETS: OffsetList[Widget] = OffsetList(list_widgets, items="items", total="total", page_size=10, max_page_size=50)


def iter_widgets(
    client: Client, *, colours: Sequence[str] | None = None, **options: Unpack[WalkOptions]
) -> AsyncOffsetIterator[Widget]:
    """Every widget, optionally of some colours."""
    return WIDGETS.awalk(client, query={} if colours is None else {"colours": list(colours)}, options=options)
