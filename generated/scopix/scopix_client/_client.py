"""`connect()`: a ready Scopix client."""

from __future__ import annotations

from typing import Unpack

from ._common import DEFAULT_BASE_URL, VENDOR
from ._runtime.credentials import HeaderCredential
from ._runtime.http import ConnectKwargs, ConnectOptions
from ._runtime.validate import check_str
from .client import Client


def connect(api_key: str, *, base_url: str = DEFAULT_BASE_URL, **options: Unpack[ConnectKwargs]) -> Client:
    """A client for the Scopix Data API.

    The key (`scopix_...`) is sent as `Authorization: Bearer <key>` to `base_url`'s
    origin only: never to the storage host that serves export files, nor across a
    redirect. Timeouts, retries and the rest: see `ConnectKwargs`.
    """
    credential = HeaderCredential("Authorization", check_str("api_key", api_key), prefix="Bearer")
    return Client(base_url, credential=credential, vendor=VENDOR, options=ConnectOptions.of(options))
