"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .confidence_distribution import ConfidenceDistribution
    from .daily_count import DailyCount
    from .description import Description
    from .description_metadata import DescriptionMetadata
    from .descriptions_page import DescriptionsPage
    from .error_message import ErrorMessage
    from .export import Export
    from .export_data_type import ExportDataType
    from .export_format import ExportFormat
    from .export_request import ExportRequest
    from .filters_applied import FiltersApplied
    from .source_distribution import SourceDistribution
    from .statistics import Statistics
    from .validation_error_body import ValidationErrorBody
    from .validation_error_item import ValidationErrorItem
    from .verification import Verification

_MODULES = {
    "ConfidenceDistribution": ".confidence_distribution",
    "DailyCount": ".daily_count",
    "Description": ".description",
    "DescriptionMetadata": ".description_metadata",
    "DescriptionsPage": ".descriptions_page",
    "ErrorMessage": ".error_message",
    "Export": ".export",
    "ExportDataType": ".export_data_type",
    "ExportFormat": ".export_format",
    "ExportRequest": ".export_request",
    "FiltersApplied": ".filters_applied",
    "SourceDistribution": ".source_distribution",
    "Statistics": ".statistics",
    "ValidationErrorBody": ".validation_error_body",
    "ValidationErrorItem": ".validation_error_item",
    "Verification": ".verification",
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
    "ConfidenceDistribution",
    "DailyCount",
    "Description",
    "DescriptionMetadata",
    "DescriptionsPage",
    "ErrorMessage",
    "Export",
    "ExportDataType",
    "ExportFormat",
    "ExportRequest",
    "FiltersApplied",
    "SourceDistribution",
    "Statistics",
    "ValidationErrorBody",
    "ValidationErrorItem",
    "Verification",
)
