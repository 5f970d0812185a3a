"""The storage host of signed upload and download URLs: the kit's `SignedStorage`, plus
upload slots that belong to a project (an upload serves one image or video of it)."""

from __future__ import annotations

from dataclasses import dataclass

from vision_api_sims.hasty._base import BUCKET, WallClock
from vision_api_sims.kit import SignedStorage, UploadSlot, create_storage_app

__all__ = ["Storage", "Upload", "create_storage_app"]


@dataclass(eq=False)
class Upload:
    """A signed upload slot of a project; its bytes are there once the file was PUT."""

    id: str
    project_id: str
    slot: UploadSlot

    @property
    def key(self) -> str:
        return self.slot.key

    @property
    def data(self) -> bytes | None:
        return self.slot.data

    @property
    def used(self) -> bool:
        return self.slot.used

    @used.setter
    def used(self, value: bool) -> None:
        self.slot.used = value


class Storage(SignedStorage):
    """Objects and upload slots behind GCS-style signed URLs (see `SignedStorage`)."""

    def __init__(self, wall_clock: WallClock, secret: bytes = b"hasty-simulator-secret") -> None:
        access_id = "uploads@hasty-simulator.iam.gserviceaccount.com"
        super().__init__(wall_clock, bucket=BUCKET, access_id=access_id, secret=secret)
        self.project_uploads: dict[str, Upload] = {}  # upload id -> slot

    def open_project_upload(self, upload_id: str, project_id: str) -> Upload:
        upload = Upload(upload_id, project_id, self.open_upload(f"uploads/{upload_id}"))
        self.project_uploads[upload_id] = upload
        return upload
