"""Typed client for the Scopix Data API: processing history and bulk exports.

    import scopix_client as sx
    from scopix_client.models import ExportRequest, ExportDataType, ExportFormat

    with sx.connect(api_key) as client:
        for item in sx.iter_descriptions(client, search=["mountain"]):
            ...
        request = ExportRequest(data_type=ExportDataType.DESCRIPTIONS, format_=ExportFormat.JSONL)
        result = sx.export(client, request, "history.jsonl", progress=True)
        for record in sx.iter_export_records(result.path):
            ...

Async twins of every helper, with the same names, are in `scopix_client.aio`.
"""

from ._client import connect
from ._common import ExportResult, ExportStatus
from ._runtime.errors import *  # noqa: F403 - the one error hierarchy, listed in its __all__
from ._runtime.errors import __all__ as _errors
from ._runtime.http import ConnectKwargs
from ._runtime.progress import TerminalProgress
from ._runtime.records import RecordFormatError
from ._runtime.retry import RetryPolicy
from ._version import __version__ as __version__  # the release, written at generation
from .client import AuthenticatedClient, Client
from .export_records import ScopixExportRecord
from .helpers import create_export, download_export, export, get_export, iter_descriptions, wait_for_export
from .records import iter_export_records

__all__ = [
    *_errors,
    "AuthenticatedClient",
    "Client",
    "ConnectKwargs",
    "ExportResult",
    "ExportStatus",
    "RecordFormatError",
    "RetryPolicy",
    "ScopixExportRecord",
    "TerminalProgress",
    "connect",
    "create_export",
    "download_export",
    "export",
    "get_export",
    "iter_descriptions",
    "iter_export_records",
    "wait_for_export",
]
