"""Which path form a server speaks for one export, learned per client.

The page addresses an export as `/exports/{dataset_name}/{export_name}`; current servers
answer that 404 and take `/exports/{export_name}?dataset={dataset_name}` (see the
generations in `specs/pictograph.yaml`). Nothing tells them apart but asking.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from .api.exports import (
    delete_export,
    delete_export_in_dataset,
    get_export,
    get_export_download_url,
    get_export_download_url_in_dataset,
    get_export_in_dataset,
)
from .client import Client

# An operation on one export: its request in the page's form (0) and the current servers' (1).
ByName = tuple[Callable[[str, str], dict[str, Any]], Callable[[str, str], dict[str, Any]]]
GET: ByName = (get_export.request_kwargs, lambda d, n: get_export_in_dataset.request_kwargs(n, dataset=d))
DOWNLOAD_URL: ByName = (
    get_export_download_url.request_kwargs,
    lambda d, n: get_export_download_url_in_dataset.request_kwargs(n, dataset=d),
)
DELETE: ByName = (delete_export.request_kwargs, lambda d, n: delete_export_in_dataset.request_kwargs(n, dataset=d))

# The form each client's server answered, for the client's life only.
_learned: weakref.WeakKeyDictionary[Client, int] = weakref.WeakKeyDictionary()


def forms(client: Client) -> tuple[int, ...]:
    """The forms to try, in order: the one this client's server answered before, else
    the page's, then the current servers'. Only a 404 moves on to the next form."""
    known = _learned.get(client)
    return (known,) if known is not None else (0, 1)


def learn(client: Client, form: int) -> None:
    _learned[client] = form
