"""Typed client for the Pictograph Exports API: create, wait, download, extract.

    import pictograph_client as pg

    with pg.connect(api_key) as client:
        pg.create_export(client, "street-scenes", "Training v1", include_images=True, wait=True)
        zip_path = pg.download_export(client, "street-scenes", "Training v1", "train.zip", progress=True)
        pg.extract_export(zip_path, "train/")

Async twins of every helper, with the same names, are in `pictograph_client.aio`.
"""

from ._client import connect
from ._runtime.archive import UnsafeArchiveError
from ._runtime.errors import *  # noqa: F403 - the one error hierarchy, listed in its __all__
from ._runtime.errors import __all__ as _errors
from ._runtime.http import ConnectKwargs
from ._runtime.progress import TerminalProgress
from ._runtime.retry import RetryPolicy
from ._version import __version__ as __version__  # the release, written at generation
from .client import AuthenticatedClient, Client
from .helpers import (
    create_export,
    delete_export,
    download_export,
    export,
    extract_export,
    get_export,
    iter_exports,
    wait_for_export,
)
from .models import ExportStatus

__all__ = [
    *_errors,
    "AuthenticatedClient",
    "Client",
    "ConnectKwargs",
    "ExportStatus",
    "RetryPolicy",
    "TerminalProgress",
    "UnsafeArchiveError",
    "connect",
    "create_export",
    "delete_export",
    "download_export",
    "export",
    "extract_export",
    "get_export",
    "iter_exports",
    "wait_for_export",
]
