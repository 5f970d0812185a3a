"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_MODULES = {
    "ExportError": ".export_error",
    "ExportFailures": ".export_failures",
    "ExportV2Response": ".export_v2_response",
    "ExportV3Request": ".export_v3_request",
    "ExportV3Response": ".export_v3_response",
    "Interval": ".interval",
    "LocationData": ".location_data",
    "LocationIdsExportRequest": ".location_ids_export_request",
    "MetricSeries": ".metric_series",
    "OAuthError": ".o_auth_error",
    "PointOfInterestData": ".point_of_interest_data",
    "ReferenceNumbersExportRequest": ".reference_numbers_export_request",
    "TokenRequest": ".token_request",
    "TokenRequestGrantType": ".token_request_grant_type",
    "TokenResponse": ".token_response",
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
