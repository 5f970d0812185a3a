"""Which path form a server speaks for one export, learned per client.

The page addresses an export as `/exports/{dataset_name}/{export_name}`; current
servers answer that 404 and take `/exports/{export_name}?dataset={dataset_name}` (see the
generations in `specs/pictograph.yaml`). Nothing tells them apart but asking.
"""

from __future__ import annotations

import weakref
from types import ModuleType
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

# Each operation on one export, in the page's form and in the current servers' form.
GET = (get_export, get_export_in_dataset)
DOWNLOAD_URL = (get_export_download_url, get_export_download_url_in_dataset)
DELETE = (delete_export, delete_export_in_dataset)
PAGE_FORM, QUERY_FORM = 0, 1

# The form each client's server answered, for the client's life only.
_learned: weakref.WeakKeyDictionary[Client, int] = weakref.WeakKeyDictionary()


def forms(client: Client) -> tuple[int, ...]:
    """The forms to try, in order: the one this client's server answered before, else
    the page's, then the current servers'. Only a 404 moves on to the next form."""
    known = _learned.get(client)
    return (known,) if known is not None else (PAGE_FORM, QUERY_FORM)


def learn(client: Client, form: int) -> None:
    _learned[client] = form


def request(operation: tuple[ModuleType, ModuleType], form: int, dataset_name: str, export_name: str) -> dict[str, Any]:
    """The arguments of `httpx.Client.request` for `operation` in path form `form`."""
    kwargs: dict[str, Any]
    if form == PAGE_FORM:
        kwargs = operation[PAGE_FORM].request_kwargs(dataset_name, export_name)
    else:
        kwargs = operation[QUERY_FORM].request_kwargs(export_name, dataset=dataset_name)
    return kwargs
