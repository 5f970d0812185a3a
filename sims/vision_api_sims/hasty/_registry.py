"""The handler registry: one handler per operationId of the spec."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from vision_api_sims.hasty._base import Json
from vision_api_sims.hasty.state import _Ctx

# --- handlers: one per operationId of the spec -----------------------------------------------
# A handler returns the answer's JSON (None when the operation answers no body) or raises
# ApiError; the dispatcher sends it with the operation's documented success status.

Handler = Callable[[_Ctx], Json]
_HANDLERS: dict[str, Handler] = {}


def _handles(*op_ids: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        for op_id in op_ids:
            _HANDLERS[op_id] = handler
        return handler

    return register


def _given(body: Mapping[str, Any], fields: Iterable[str]) -> dict[str, Any]:
    """The fields the body carries. Inferred: PUT replaces the fields given and keeps the others."""
    return {name: body[name] for name in fields if name in body}


def _or(value: Any, default: Any) -> Any:
    return default if value is None else value
