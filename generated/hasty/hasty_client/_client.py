"""`connect()`: a ready Hasty client."""

from __future__ import annotations

from typing import Unpack

from ._common import API_KEY_HEADER, DEFAULT_BASE_URL, VENDOR
from ._runtime.credentials import HeaderCredential
from ._runtime.http import ConnectKwargs, ConnectOptions
from ._runtime.validate import check_str
from .client import Client


def connect(api_key: str, *, base_url: str = DEFAULT_BASE_URL, **options: Unpack[ConnectKwargs]) -> Client:
    """A client for the Hasty API v1.

    The key is sent as `X-Api-Key` to `base_url`'s origin only: never to the storage
    hosts of signed upload and download URLs (the vendor's own client sends it there),
    nor across a redirect. Timeouts, retries and the rest: see `ConnectKwargs`.
    """
    credential = HeaderCredential(API_KEY_HEADER, check_str("api_key", api_key))
    return Client(base_url, credential=credential, vendor=VENDOR, options=ConnectOptions.of(options))
