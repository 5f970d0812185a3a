"""Operation facts from specs/citylens.yaml (written by scripts/generate.py)."""

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
