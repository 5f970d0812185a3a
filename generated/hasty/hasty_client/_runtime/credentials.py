"""Credentials, and the rule that they go only to the API's own origins."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

import httpx

Origin = tuple[str, str, int]


def origin_of(url: httpx.URL | str) -> Origin:
    url = httpx.URL(url)
    port = url.port or {"http": 80, "https": 443}.get(url.scheme, 0)
    return (url.scheme, url.host, port)


class Credential(Protocol):
    """Supplies one header for requests to the API's origins."""

    @property
    def header_name(self) -> str: ...

    def header_value(self) -> str: ...

    async def aheader_value(self) -> str: ...

    def secrets(self) -> Iterable[str]:
        """Values to scrub from messages."""
        ...

    def invalidate(self, value: str, response: httpx.Response) -> bool:
        """The API answered `response` (401) to `value`: forget the value if it is still
        current. True when a new value can be had, so the request is worth sending again."""
        ...


class HeaderCredential:
    """A fixed secret sent in one header, e.g. `X-API-Key: <key>` or `Authorization: Bearer <key>`."""

    __slots__ = ("_header_name", "_prefix", "_value")

    def __init__(self, header_name: str, value: str, *, prefix: str = "") -> None:
        self._header_name = header_name
        self._value = value
        self._prefix = prefix

    @property
    def header_name(self) -> str:
        return self._header_name

    def header_value(self) -> str:
        return f"{self._prefix} {self._value}" if self._prefix else self._value

    async def aheader_value(self) -> str:
        return self.header_value()

    def secrets(self) -> Iterable[str]:
        return (self._value,)

    def invalidate(self, value: str, response: httpx.Response) -> bool:
        return False  # a fixed key does not get better by asking again

    def __repr__(self) -> str:
        return f"HeaderCredential({self._header_name!r}, [redacted])"


def strip_and_apply(
    request: httpx.Request, credential: Credential | None, origins: frozenset[Origin], value: str | None
) -> None:
    """Give `request` the credential if it goes to an API origin; otherwise make sure it
    carries none. httpx strips only `Authorization` on cross-origin redirects, so this
    runs on every request that reaches the wire, redirects included."""
    if credential is None:
        return
    request.headers.pop(credential.header_name, None)
    if origin_of(request.url) in origins and value is not None:
        request.headers[credential.header_name] = value
    else:
        request.headers.pop("authorization", None)
