"""Operation facts from specs/analytiks.yaml (written by scripts/generate.py)."""

from typing import Any

DEFAULT_SERVER: str | None = "https://exports.analytiks.ai"
# (method, path template) -> server, for operations the spec sends to another host.
OPERATION_SERVERS: dict[tuple[str, str], str] = {("POST", "/"): "https://tokens.analytiks.ai"}
# (method, path template) of non-idempotent methods the spec marks safe to repeat.
IDEMPOTENT_OPERATIONS: frozenset[tuple[str, str]] = frozenset(
    [("POST", "/"), ("POST", "/json/v1"), ("POST", "/json/v2"), ("POST", "/json/v3")]
)
# (method, path template) -> operationId, to name the operation a request calls (tracing).
OPERATION_IDS: dict[tuple[str, str], str] = {
    ("POST", "/"): "create_token",
    ("POST", "/json/v1"): "export_camera_data_v1",
    ("POST", "/json/v2"): "export_camera_data_v2",
    ("POST", "/json/v3"): "export_camera_data_v3",
}
# operationId -> query parameter -> the spec's constraints, checked before a walk's
# first request (_runtime/request_rules.py; scripts/request_rules.py).
PARAMETER_RULES: dict[str, dict[str, dict[str, Any]]] = {}
# operationId -> the spec's constraints on its JSON body, checked before it is sent.
BODY_RULES: dict[str, dict[str, Any]] = {
    "create_token": {
        "type": "object",
        "properties": {
            "client_id": {"type": "string", "minLength": 1},
            "client_secret": {"type": "string", "minLength": 1},
        },
        "required": ["client_id", "client_secret"],
    },
    "export_camera_data_v3": {
        "type": "object",
        "properties": {
            "startDate": {
                "type": "string",
                "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,6})?Z?$",
                "description": "ISO 8601, UTC (`2023-06-08T11:30:00.000Z`) or local time (`2023-06-08T09:00:00.000`).",
            },
            "endDate": {
                "type": "string",
                "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{1,6})?Z?$",
                "description": "Inclusive end of the period, at most 5 days after `startDate`, in the same form (UTC or local).",
            },
            "brandId": {"type": "integer", "minimum": 1},
        },
        "required": ["startDate", "endDate", "brandId"],
    },
}
# request model -> how a longer period or list is split (x-period, x-split; scripts/split_rules.py).
SPLIT_RULES: dict[str, dict[str, Any]] = {
    "LocationIdsExportRequest": {
        "start": "start_date",
        "end": "end_date",
        "max_span": 432000,
        "step": 900,
        "batched": {"locations": 50},
    },
    "ReferenceNumbersExportRequest": {
        "start": "start_date",
        "end": "end_date",
        "max_span": 432000,
        "step": 900,
        "batched": {"reference_numbers": 50},
    },
    "ExportV3Request": {"start": "start_date", "end": "end_date", "max_span": 432000, "step": 900, "batched": {}},
}
