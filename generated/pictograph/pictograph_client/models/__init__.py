"""Contains all the data models used in inputs/outputs"""

from .create_export_request import CreateExportRequest
from .download_url import DownloadUrl
from .error_message import ErrorMessage
from .export import Export
from .export_created import ExportCreated
from .export_status import ExportStatus
from .export_summary import ExportSummary
from .validation_error_body import ValidationErrorBody
from .validation_error_item import ValidationErrorItem

__all__ = (
    "CreateExportRequest",
    "DownloadUrl",
    "ErrorMessage",
    "Export",
    "ExportCreated",
    "ExportStatus",
    "ExportSummary",
    "ValidationErrorBody",
    "ValidationErrorItem",
)
