"""`connect()`: a ready client of the CityLens Export API.

Written by scripts/connect_module.py from the spec's security scheme (`ApiKeyAuth`)
and servers; the scheme's `x-connect-doc` is the docstring's middle paragraph.
"""

from __future__ import annotations

from typing import Unpack

from ._runtime.credentials import HeaderCredential
from ._runtime.http import ConnectKwargs, ConnectOptions
from ._runtime.validate import check_str
from .client import Client

API_KEY_HEADER = "X-API-Key"


def connect(api_key: str, *, base_url: str, **options: Unpack[ConnectKwargs]) -> Client:
    """A client for the CityLens Export API.

    `base_url` is the API URL your administrator gave you (CityLens has no public host).
    The key is sent as `X-API-Key` to that origin only, never to another host or across
    a redirect. Requests time out after 30 s and are retried on connection errors, 408,
    429 and 5xx with backoff (see `ConnectKwargs` for the options).

    Use it in `with` (or `async with`) to close its connections.
    """
    credential = HeaderCredential(API_KEY_HEADER, check_str("api_key", api_key))
    return Client(base_url, credential=credential, options=ConnectOptions.of(options))
