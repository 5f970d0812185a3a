"""Jobs whose status follows from the clock: exports and automated labeling."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from vision_api_sims.hasty._base import _iso

# --- jobs --------------------------------------------------------------------------------


@dataclass(eq=False)
class ExportJob:
    """An export; its status follows from the clock (see `status`)."""

    id: str
    project_id: str
    started_by: str
    started: float  # the clock's reading at creation
    started_on: datetime
    request: dict[str, Any]
    export_name: str
    init_seconds: float
    total_seconds: float
    failure: str | None  # decided at creation, reported once the run time is over
    archive: bytes | None = field(default=None, repr=False)

    @property
    def storage_key(self) -> str:
        return f"exports/{self.id}/{self.export_name}.zip"

    @property
    def completed_on(self) -> datetime:
        return self.started_on + timedelta(seconds=self.total_seconds)

    def status(self, now: float) -> str:
        elapsed = now - self.started
        if elapsed < self.init_seconds:
            return "INIT"
        if elapsed < self.total_seconds:
            return "RUNNING"  # inferred: the page and public-facts name no state between INIT and DONE
        return "FAILED" if self.failure is not None else "DONE"


@dataclass(eq=False)
class LabelingJob:
    """An automated labeling run; progress grows linearly with the clock over `seconds`."""

    record: dict[str, Any]  # the request's settings and identity, in the API's shape
    started: float
    started_on: datetime
    seconds: float
    image_count: int

    def progress(self, now: float) -> float:
        if self.seconds <= 0:
            return 1.0
        return max(0.0, min(1.0, (now - self.started) / self.seconds))

    def view(self, now: float) -> dict[str, Any]:
        progress = self.progress(now)
        status = "DONE" if progress >= 1.0 else ("INIT" if progress == 0.0 else "RUNNING")
        done_at = self.started_on + timedelta(seconds=self.seconds)
        return {
            **self.record,
            "status": status,
            "progress": round(progress, 4),
            "images_processed": int(self.image_count * progress),
            "completed_on": _iso(done_at) if status == "DONE" else None,
        }
