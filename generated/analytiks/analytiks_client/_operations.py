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
# first request (_runtime/parameters.py; scripts/parameter_rules.py).
PARAMETER_RULES: dict[str, dict[str, dict[str, Any]]] = {}
