"""Contains all the data models used in inputs/outputs"""

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
