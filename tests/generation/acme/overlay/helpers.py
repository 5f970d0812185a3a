"""The Acme helpers (sync); the async twins are in `acme_client.aio`."""

from __future__ import annotations

from collections.abc import Sequence

from ._runtime.errors import expect
from ._runtime.pagination import OffsetIterator, Page
from ._runtime.validate import check_int
from .api.widgets import list_widgets
from .client import AuthenticatedClient
from .models import Widget, WidgetPage

__all__ = ["iter_widgets"]


def iter_widgets(
    client: AuthenticatedClient, *, colours: Sequence[str] | None = None, page_size: int = 10
) -> OffsetIterator[Widget]:
    """Every widget, optionally of some colours."""
    size = check_int("page_size", page_size, minimum=1, maximum=50)
    query = {} if colours is None else {"colours": list(colours)}

    def fetch(offset: int, limit: int) -> Page[Widget]:
        page = expect(list_widgets.sync(client=client, offset=offset, limit=limit, **query), WidgetPage, "widgets")
        return Page(page.items, page.total)

    return OffsetIterator(fetch, page_size=size)
