"""Contains all the data models used in inputs/outputs"""

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
