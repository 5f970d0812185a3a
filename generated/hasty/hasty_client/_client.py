"""`connect()`: a ready client of the Hasty API v1.

Written by scripts/connect_module.py from the spec's security scheme (`ApiKeyAuth`)
and servers; the scheme's `x-connect-doc` is the docstring's middle paragraph.
"""

from __future__ import annotations

from typing import Unpack

from ._runtime.credentials import HeaderCredential
from ._runtime.http import ConnectKwargs, ConnectOptions
from ._runtime.validate import check_str
from .client import Client

DEFAULT_BASE_URL = "https://api.hasty.ai"
API_KEY_HEADER = "X-Api-Key"


def connect(api_key: str, *, base_url: str = DEFAULT_BASE_URL, **options: Unpack[ConnectKwargs]) -> Client:
    """A client for the Hasty API v1.

    The key is sent as `X-Api-Key` to `base_url`'s origin only: never to the storage
    hosts of signed upload and download URLs (the vendor's own client sends it there),
    nor across a redirect. Timeouts, retries and the rest: see `ConnectKwargs`.

    Use it in `with` (or `async with`) to close its connections.
    """
    credential = HeaderCredential(API_KEY_HEADER, check_str("api_key", api_key))
    return Client(base_url, credential=credential, options=ConnectOptions.of(options))
