"""`connect()`: a ready CityLens client."""

from __future__ import annotations

from typing import Unpack

from ._common import API_KEY_HEADER, VENDOR
from ._runtime.credentials import HeaderCredential
from ._runtime.http import ConnectKwargs, attach
from ._runtime.validate import check_str
from .client import AuthenticatedClient


def connect(base_url: str, api_key: str, **options: Unpack[ConnectKwargs]) -> AuthenticatedClient:
    """A client for your organization's CityLens API.

    `base_url` is the API URL your administrator gave you (CityLens has no public
    host). The key is sent as `X-API-Key` to that origin only, never to another host
    or across a redirect. Requests time out after 30 s and are retried on connection
    errors, 408, 429 and 5xx with backoff (see `ConnectKwargs` for the options).

    Use it in `with` (or `async with`) to close its connections.
    """
    credential = HeaderCredential(API_KEY_HEADER, check_str("api_key", api_key))
    # The generated client would put the key into default headers (sent everywhere and
    # shown in its repr); ours adds it per request in the transport instead.
    client = AuthenticatedClient(base_url=base_url, token="", auth_header_name=API_KEY_HEADER, prefix="")
    attach(client, base_url=base_url, credential=credential, vendor=VENDOR, options=options)
    return client
