"""Operation facts from specs/pictograph.yaml (written by scripts/generate.py)."""

from typing import Any

DEFAULT_SERVER: str | None = "https://api.pictograph.io"
# (method, path template) -> server, for operations the spec sends to another host.
OPERATION_SERVERS: dict[tuple[str, str], str] = {}
# (method, path template) of non-idempotent methods the spec marks safe to repeat.
IDEMPOTENT_OPERATIONS: frozenset[tuple[str, str]] = frozenset([])
# (method, path template) -> operationId, to name the operation a request calls (tracing).
OPERATION_IDS: dict[tuple[str, str], str] = {
    ("POST", "/api/v1/developer/exports/"): "create_export",
    ("GET", "/api/v1/developer/exports/"): "list_exports",
    ("GET", "/api/v1/developer/exports/{export_name}/download"): "get_export_download_url_in_dataset",
    ("GET", "/api/v1/developer/exports/{export_name}"): "get_export_in_dataset",
    ("DELETE", "/api/v1/developer/exports/{export_name}"): "delete_export_in_dataset",
    ("GET", "/api/v1/developer/exports/{dataset_name}/{export_name}"): "get_export",
    ("DELETE", "/api/v1/developer/exports/{dataset_name}/{export_name}"): "delete_export",
    ("GET", "/api/v1/developer/exports/{dataset_name}/{export_name}/download"): "get_export_download_url",
}
# operationId -> query parameter -> the spec's constraints, checked before a walk's
# first request (_runtime/request_rules.py; scripts/request_rules.py).
PARAMETER_RULES: dict[str, dict[str, dict[str, Any]]] = {
    "list_exports": {
        "dataset_name": {"type": "string", "minLength": 1},
        "limit": {"type": "integer", "minimum": 1, "maximum": 1000},
        "offset": {"type": "integer", "minimum": 0},
    }
}
# operationId -> the spec's constraints on its JSON body, checked before it is sent.
BODY_RULES: dict[str, dict[str, Any]] = {
    "create_export": {
        "type": "object",
        "properties": {"dataset_name": {"type": "string", "minLength": 1}, "name": {"type": "string", "minLength": 1}},
        "required": ["dataset_name", "name"],
    }
}
# request model -> how a longer period or list is split (x-period, x-split; scripts/split_rules.py).
SPLIT_RULES: dict[str, dict[str, Any]] = {}
