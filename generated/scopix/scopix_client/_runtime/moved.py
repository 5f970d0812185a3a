"""Operations some servers moved: the spec's path first, on its 404 the moved form.

A spec marks an operation's 404 answer with `x-moved-to` when some servers answer the
documented path 404 and serve the same resource at another operation's path (Pictograph's
current servers take `/exports/{name}?dataset=...` for the page's
`/exports/{dataset}/{name}`); its generated functions send through `send` / `asend`.
Nothing tells the two kinds of server apart but asking, so the first answer that is not
a 404 is remembered for the client's life (and its `with_options` copies'), per
`servers` label: after that only the form which answered is sent, and a 404 of it is
the caller's.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .client import APIClient
from .errors import NotFoundError

if TYPE_CHECKING:
    import httpx

# Per client not made by connect(): servers label -> whether its server moved the
# operations so labelled. A client of connect() keeps it with its copies (`_learned`).
_learned: weakref.WeakKeyDictionary[Any, dict[str, Any]] = weakref.WeakKeyDictionary()


def _memory(client: Any) -> dict[str, Any]:
    return client._learned() if isinstance(client, APIClient) else _learned.setdefault(client, {})


def _forms(client: Any, servers: str) -> tuple[bool, ...]:
    """The forms to try, in order (False: the spec's path, True: the moved one)."""
    known = _memory(client).get(f"moved:{servers}")
    return (known,) if known is not None else (False, True)


def _learn(client: Any, servers: str, moved: bool) -> None:
    _memory(client)[f"moved:{servers}"] = moved


async def asend(
    client: Any, servers: str, request: dict[str, Any], moved: Callable[[], dict[str, Any]]
) -> httpx.Response:
    """The answer to `request` (`httpx` request arguments) or, when its path answers 404 on
    a server not known yet, to the moved operation's `moved()`. When both answer 404, the
    first 404 is raised (or returned, by a client without the error hook)."""
    first: NotFoundError | httpx.Response | None = None
    for form in _forms(client, servers):
        try:
            response: httpx.Response = await client.get_async_httpx_client().request(**(moved() if form else request))
        except NotFoundError as error:
            first = first or error
            continue
        if response.status_code != 404:
            _learn(client, servers, form)
            return response
        first = first or response
    if isinstance(first, NotFoundError):
        raise first
    assert first is not None  # every form was tried, and each answered 404
    return first


# Written from the async form above at generation (scripts/sync_twins.py): edit that, not this.
def send(client: Any, servers: str, request: dict[str, Any], moved: Callable[[], dict[str, Any]]) -> httpx.Response:
    """The answer to `request` (`httpx` request arguments) or, when its path answers 404 on
    a server not known yet, to the moved operation's `moved()`. When both answer 404, the
    first 404 is raised (or returned, by a client without the error hook)."""
    first: NotFoundError | httpx.Response | None = None
    for form in _forms(client, servers):
        try:
            response: httpx.Response = client.get_httpx_client().request(**(moved() if form else request))
        except NotFoundError as error:
            first = first or error
            continue
        if response.status_code != 404:
            _learn(client, servers, form)
            return response
        first = first or response
    if isinstance(first, NotFoundError):
        raise first
    assert first is not None  # every form was tried, and each answered 404
    return first
