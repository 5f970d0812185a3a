from enum import StrEnum
from typing import Any


class ToolUsed(StrEnum):
    API = "api"
    ATOM = "atom"
    BBOX = "bbox"
    BOX2MASK = "box2mask"
    BRUSH = "brush"
    CONTOUR = "contour"
    COPY = "copy"
    DEXTR = "dextr"
    DUPLICATED = "duplicated"
    ERROR_FINDER = "error_finder"
    FINISH_HIM = "finish_him"
    GRABCUT = "grabcut"
    IMPORT = "import"
    INFERENCE_MONITOR = "inference_monitor"
    INSTANCE_SEGMENTATION = "instance_segmentation"
    KEYPOINTS = "keypoints"
    KEYPOINT_DETECTION = "keypoint_detection"
    MAGIC_WAND = "magic_wand"
    MERGE = "merge"
    OBJECT_DETECTION = "object_detection"
    POLYGON = "polygon"
    SEMANTIC_SEGMENTATION = "semantic_segmentation"
    TEXT_TO_MASK = "text_to_mask"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        # A vendor may add a value before the spec lists it: keep it instead of failing
        # the whole response. The pseudo-member compares equal to its string, keeps its
        # value through to_dict, and is reported by is_known().
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """False for a value the vendor sent that this client version does not list."""
        return self._name_ != "UNKNOWN"
