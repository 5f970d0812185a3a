"""Operation facts from specs/hasty.yaml (written by scripts/generate.py)."""

DEFAULT_SERVER: str | None = "https://api.hasty.ai"
# (method, path template) -> server, for operations the spec sends to another host.
OPERATION_SERVERS: dict[tuple[str, str], str] = {}
# (method, path template) of non-idempotent methods the spec marks safe to repeat.
IDEMPOTENT_OPERATIONS: frozenset[tuple[str, str]] = frozenset([])
