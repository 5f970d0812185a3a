"""Operation facts from specs/scopix.yaml (written by scripts/generate.py)."""

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
