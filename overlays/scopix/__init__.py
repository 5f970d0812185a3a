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

from . import helpers as _helpers
from ._common import ExportResult, ExportStatus
from ._runtime import errors as _errors
from ._runtime import public as _public
from ._runtime.errors import *  # noqa: F403 - the one error hierarchy, listed in its __all__
from ._runtime.public import *  # noqa: F403 - the option types, listed in its __all__
from ._runtime.records import RecordFormatError
from ._version import __version__ as __version__  # the release, written at generation
from .client import AuthenticatedClient, Client
from .export_records import ScopixExportRecord
from .helpers import *  # noqa: F403 - connect and the helpers, listed in its __all__

__all__ = ["AuthenticatedClient", "Client", "ExportResult", "ExportStatus", "RecordFormatError", "ScopixExportRecord"]
# Added this way so that type checkers and editors see every name.
__all__ += _errors.__all__
__all__ += _public.__all__
__all__ += _helpers.__all__
