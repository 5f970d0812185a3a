from enum import StrEnum
from typing import Any


class AttributeSubjectType(StrEnum):
    IMAGE = "IMAGE"
    LABEL = "LABEL"
    SEGMENT = "SEGMENT"
    VIDEO = "VIDEO"

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
