"""Constants, ids and the API error every part of the simulator shares."""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

SPEC_PATH = Path(__file__).resolve().parents[1] / "specs" / "hasty.yaml"
BUCKET = "hasty-simulator"
# Key -> role. Viewers may read everything and write nothing (403).
DEFAULT_KEYS: Mapping[str, str] = {"hasty-key-owner": "owner", "hasty-key-viewer": "viewer"}
IMAGE_STATUSES = ("NEW", "IN PROGRESS", "TO REVIEW", "DONE", "SKIPPED", "AUTO-LABELLED", "COMPLETED")
IMAGE_SIZE = (64, 48)  # pixels of the seeded JPEGs

Clock = Callable[[], float]
WallClock = Callable[[], datetime]
Json = Any


def status_id_of(status: str) -> str:
    """The fixed ID of a default status (the API pairs every status with a `status_id`)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"hasty-simulator/status/{status}"))


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class _Ids:
    """Deterministic UUIDs (v4 layout) from a seeded generator."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)

    def __call__(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))


class ApiError(Exception):
    """An error answer, `{"code": status, "message": message}`."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def _not_found(what: str) -> ApiError:
    return ApiError(404, f"{what} not found")
