"""`connect()`: a ready Acme client."""

from __future__ import annotations

from typing import Unpack

from ._runtime.credentials import HeaderCredential
from ._runtime.http import ConnectKwargs, VendorInfo, attach
from ._runtime.validate import check_str
from .client import AuthenticatedClient

VENDOR = VendorInfo(package="acme_client", distribution="acme-client", env_prefix="ACME")


def connect(
    api_key: str, base_url: str = "https://api.acme.example", **options: Unpack[ConnectKwargs]
) -> AuthenticatedClient:
    """A client for the Acme API; the key goes as `X-Acme-Key` to `base_url`'s origin only."""
    credential = HeaderCredential("X-Acme-Key", check_str("api_key", api_key))
    client = AuthenticatedClient(base_url=base_url, token="")
    attach(client, base_url=base_url, credential=credential, vendor=VENDOR, options=options)
    return client
