"""Operation facts from specs/scopix.yaml (written by scripts/generate.py)."""

from typing import Any

DEFAULT_SERVER: str | None = "https://api.scopix.ai"
# (method, path template) -> server, for operations the spec sends to another host.
OPERATION_SERVERS: dict[tuple[str, str], str] = {}
# (method, path template) of non-idempotent methods the spec marks safe to repeat.
IDEMPOTENT_OPERATIONS: frozenset[tuple[str, str]] = frozenset([])
# (method, path template) -> operationId, to name the operation a request calls (tracing).
OPERATION_IDS: dict[tuple[str, str], str] = {
    ("GET", "/api/v2/data/descriptions"): "list_descriptions",
    ("POST", "/api/v2/data/export"): "create_export",
    ("GET", "/api/v2/data/export/{export_id}"): "get_export",
}
# operationId -> query parameter -> the spec's constraints, checked before a walk's
# first request (_runtime/request_rules.py; scripts/request_rules.py).
PARAMETER_RULES: dict[str, dict[str, dict[str, Any]]] = {
    "list_descriptions": {
        "start_date": {"type": "string", "format": "date-time"},
        "end_date": {"type": "string", "format": "date-time", "at_least": "start_date"},
        "min_confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "max_confidence": {"type": "number", "minimum": 0, "maximum": 1, "at_least": "min_confidence"},
        "search": {"type": "array", "items": {"type": "string"}, "separator": ","},
        "source_types": {"type": "array", "items": {"type": "string"}, "separator": ","},
        "offset": {"type": "integer", "minimum": 0},
        "limit": {"type": "integer", "minimum": 1, "maximum": 1000},
    }
}
# operationId -> the spec's constraints on its JSON body, checked before it is sent.
BODY_RULES: dict[str, dict[str, Any]] = {
    "create_export": {
        "type": "object",
        "properties": {
            "start_date": {"type": "string", "format": "date-time"},
            "end_date": {"type": "string", "format": "date-time"},
            "min_confidence": {"type": "number", "minimum": 0, "maximum": 1},
            "max_confidence": {"type": "number", "minimum": 0, "maximum": 1},
            "limit": {"type": "integer", "minimum": 1, "maximum": 100000},
        },
        "required": ["data_type", "format"],
    }
}
# request model -> how a longer period or list is split (x-period, x-split; scripts/split_rules.py).
SPLIT_RULES: dict[str, dict[str, Any]] = {}
