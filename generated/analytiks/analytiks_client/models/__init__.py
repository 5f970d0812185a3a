"""Contains all the data models used in inputs/outputs"""

from .export_error import ExportError
from .export_failures import ExportFailures
from .export_v2_response import ExportV2Response
from .export_v3_request import ExportV3Request
from .export_v3_response import ExportV3Response
from .interval import Interval
from .location_data import LocationData
from .location_ids_export_request import LocationIdsExportRequest
from .metric_series import MetricSeries
from .o_auth_error import OAuthError
from .point_of_interest_data import PointOfInterestData
from .reference_numbers_export_request import ReferenceNumbersExportRequest
from .token_request import TokenRequest
from .token_request_grant_type import TokenRequestGrantType
from .token_response import TokenResponse

__all__ = (
    "ExportError",
    "ExportFailures",
    "ExportV2Response",
    "ExportV3Request",
    "ExportV3Response",
    "Interval",
    "LocationData",
    "LocationIdsExportRequest",
    "MetricSeries",
    "OAuthError",
    "PointOfInterestData",
    "ReferenceNumbersExportRequest",
    "TokenRequest",
    "TokenRequestGrantType",
    "TokenResponse",
)
