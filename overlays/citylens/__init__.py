"""Typed client for the CityLens Export API.

    from citylens_client import connect, iter_detected_objects, download_frame

    with connect("https://citylens.example.org", api_key) as client:
        for obj in iter_detected_objects(client, "2025-11-01T00:00:00", "2025-11-02T00:00:00"):
            ...

Async twins of every helper, with the same names, are in `citylens_client.aio`.
The generated operations are in `citylens_client.api`, the models in
`citylens_client.models`.
"""

from ._client import connect
from ._common import PartialResultsWarning
from ._runtime.errors import *  # noqa: F403 - the one error hierarchy, listed in its __all__
from ._runtime.errors import __all__ as _errors
from ._runtime.http import ConnectKwargs
from ._runtime.progress import TerminalProgress
from ._runtime.retry import RetryPolicy
from .bulk import sync
from .client import AuthenticatedClient, Client
from .helpers import DetectionWalk, download_frame, iter_detected_objects, iter_frames

__all__ = [
    *_errors,
    "AuthenticatedClient",
    "Client",
    "ConnectKwargs",
    "DetectionWalk",
    "PartialResultsWarning",
    "RetryPolicy",
    "TerminalProgress",
    "connect",
    "download_frame",
    "iter_detected_objects",
    "iter_frames",
    "sync",
]
