"""The async twins of the Acme helpers."""

from __future__ import annotations

from collections.abc import Sequence

from ._client import connect
from ._runtime.errors import expect
from ._runtime.pagination import AsyncOffsetIterator, Page
from ._runtime.validate import check_int
from .api.widgets import list_widgets
from .client import AuthenticatedClient
from .models import Widget, WidgetPage

__all__ = ["connect", "iter_widgets"]


def iter_widgets(
    client: AuthenticatedClient, *, colours: Sequence[str] | None = None, page_size: int = 10
) -> AsyncOffsetIterator[Widget]:
    """Every widget (`async for`); see the sync form."""
    size = check_int("page_size", page_size, minimum=1, maximum=50)
    query = {} if colours is None else {"colours": list(colours)}

    async def fetch(offset: int, limit: int) -> Page[Widget]:
        answer = await list_widgets.asyncio(client=client, offset=offset, limit=limit, **query)
        page = expect(answer, WidgetPage, "widgets")
        return Page(page.items, page.total)

    return AsyncOffsetIterator(fetch, page_size=size)
