"""`connect()`: a ready Acme client."""

from __future__ import annotations

from typing import Unpack

from ._runtime.credentials import HeaderCredential
from ._runtime.http import ConnectKwargs, ConnectOptions
from ._runtime.validate import check_str
from .client import Client


def connect(api_key: str, *, base_url: str = "https://api.acme.example", **options: Unpack[ConnectKwargs]) -> Client:
    """A client for the Acme API; the key goes as `X-Acme-Key` to `base_url`'s origin only."""
    credential = HeaderCredential("X-Acme-Key", check_str("api_key", api_key))
    return Client(base_url, credential=credential, options=ConnectOptions.of(options))
