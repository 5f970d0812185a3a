"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .create_export_request import CreateExportRequest
    from .download_url import DownloadUrl
    from .download_url_data import DownloadUrlData
    from .error_envelope import ErrorEnvelope
    from .error_message import ErrorMessage
    from .export import Export
    from .export_created import ExportCreated
    from .export_data import ExportData
    from .export_envelope import ExportEnvelope
    from .export_list_envelope import ExportListEnvelope
    from .export_status import ExportStatus
    from .export_summary import ExportSummary
    from .pagination import Pagination
    from .validation_error_body import ValidationErrorBody
    from .validation_error_item import ValidationErrorItem

_MODULES = {
    "CreateExportRequest": ".create_export_request",
    "DownloadUrl": ".download_url",
    "DownloadUrlData": ".download_url_data",
    "ErrorEnvelope": ".error_envelope",
    "ErrorMessage": ".error_message",
    "Export": ".export",
    "ExportCreated": ".export_created",
    "ExportData": ".export_data",
    "ExportEnvelope": ".export_envelope",
    "ExportListEnvelope": ".export_list_envelope",
    "ExportStatus": ".export_status",
    "ExportSummary": ".export_summary",
    "Pagination": ".pagination",
    "ValidationErrorBody": ".validation_error_body",
    "ValidationErrorItem": ".validation_error_item",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(_MODULES)


__all__ = (
    "CreateExportRequest",
    "DownloadUrl",
    "DownloadUrlData",
    "ErrorEnvelope",
    "ErrorMessage",
    "Export",
    "ExportCreated",
    "ExportData",
    "ExportEnvelope",
    "ExportListEnvelope",
    "ExportStatus",
    "ExportSummary",
    "Pagination",
    "ValidationErrorBody",
    "ValidationErrorItem",
)
