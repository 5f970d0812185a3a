"""Operation facts from specs/citylens.yaml (written by scripts/generate.py)."""

from typing import Any

DEFAULT_SERVER: str | None = None
# (method, path template) -> server, for operations the spec sends to another host.
OPERATION_SERVERS: dict[tuple[str, str], str] = {}
# (method, path template) of non-idempotent methods the spec marks safe to repeat.
IDEMPOTENT_OPERATIONS: frozenset[tuple[str, str]] = frozenset([])
# (method, path template) -> operationId, to name the operation a request calls (tracing).
OPERATION_IDS: dict[tuple[str, str], str] = {
    ("GET", "/export-api/v1/detections/objects"): "list_detected_objects",
    ("GET", "/export-api/v1/frames"): "list_frames",
    ("GET", "/export-api/v1/frames/{frame_id}/image"): "get_frame_image",
    ("GET", "/export-api/v1/frames/{frame_id}/predictions-image"): "get_frame_predictions_image",
    ("GET", "/export-api/v1/detectors"): "list_detectors",
}
# operationId -> query parameter -> the spec's constraints, checked before a walk's
# first request (_runtime/request_rules.py; scripts/request_rules.py).
PARAMETER_RULES: dict[str, dict[str, dict[str, Any]]] = {
    "list_detected_objects": {
        "from_dt": {
            "type": "string",
            "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$",
            "x-local-time": True,
            "description": "Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.",
            "required": True,
        },
        "to_dt": {
            "type": "string",
            "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$",
            "x-local-time": True,
            "description": "Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.",
            "required": True,
            "at_least": "from_dt",
        },
        "detector_name": {"type": "string", "minLength": 1},
        "locale": {
            "type": "string",
            "pattern": "^[a-z]{2,3}(_[A-Z]{2})?$",
            "description": "A locale such as `en_AE` (language, underscore, region).",
        },
        "limit": {"type": "integer", "minimum": 1},
        "offset": {"type": "integer", "minimum": 0},
    },
    "list_frames": {
        "from_dt": {
            "type": "string",
            "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$",
            "x-local-time": True,
            "description": "Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.",
            "required": True,
        },
        "to_dt": {
            "type": "string",
            "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$",
            "x-local-time": True,
            "description": "Naive local date and time, `YYYY-MM-DDTHH:MM:SS`.",
            "required": True,
            "at_least": "from_dt",
        },
        "limit": {"type": "integer", "minimum": 1},
        "offset": {"type": "integer", "minimum": 0},
    },
    "list_detectors": {
        "locale": {
            "type": "string",
            "pattern": "^[a-z]{2,3}(_[A-Z]{2})?$",
            "description": "A locale such as `en_AE` (language, underscore, region).",
        }
    },
}
# operationId -> the spec's constraints on its JSON body, checked before it is sent.
BODY_RULES: dict[str, dict[str, Any]] = {}
# request model -> how a longer period or list is split (x-period, x-split; scripts/split_rules.py).
SPLIT_RULES: dict[str, dict[str, Any]] = {}
