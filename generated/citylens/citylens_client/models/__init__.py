"""Contains all the data models used in inputs/outputs"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .bounding_box import BoundingBox
    from .detected_object import DetectedObject
    from .detected_objects_page import DetectedObjectsPage
    from .detector import Detector
    from .detector_list import DetectorList
    from .error_message import ErrorMessage
    from .frame import Frame
    from .frames_page import FramesPage
    from .validation_error_body import ValidationErrorBody
    from .validation_error_item import ValidationErrorItem

_MODULES = {
    "BoundingBox": ".bounding_box",
    "DetectedObject": ".detected_object",
    "DetectedObjectsPage": ".detected_objects_page",
    "Detector": ".detector",
    "DetectorList": ".detector_list",
    "ErrorMessage": ".error_message",
    "Frame": ".frame",
    "FramesPage": ".frames_page",
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
    "BoundingBox",
    "DetectedObject",
    "DetectedObjectsPage",
    "Detector",
    "DetectorList",
    "ErrorMessage",
    "Frame",
    "FramesPage",
    "ValidationErrorBody",
    "ValidationErrorItem",
)
