"""`connect()`: a ready Pictograph client."""

from __future__ import annotations

from typing import Unpack

from ._common import API_KEY_HEADER, DEFAULT_BASE_URL, VENDOR
from ._runtime.credentials import HeaderCredential
from ._runtime.http import ConnectKwargs, ConnectOptions
from ._runtime.validate import check_str
from .client import Client


def connect(api_key: str, *, base_url: str = DEFAULT_BASE_URL, **options: Unpack[ConnectKwargs]) -> Client:
    """A client for the Pictograph Exports API.

    The key (`pk_live_...`) is sent as `X-API-Key` to `base_url`'s origin only: never to
    the storage host of signed download URLs, nor across a redirect. Timeouts, retries
    and the rest: see `ConnectKwargs`.
    """
    credential = HeaderCredential(API_KEY_HEADER, check_str("api_key", api_key))
    return Client(base_url, credential=credential, vendor=VENDOR, options=ConnectOptions.of(options))
