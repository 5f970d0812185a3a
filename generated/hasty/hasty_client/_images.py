"""Images: their default names, and the files of an upload matched to signed URLs."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple
from uuid import UUID

from ._runtime.errors import ParameterError, UnexpectedResponseError
from ._runtime.validate import check_str
from .models import UploadUrlList

UPLOAD_URL_BATCH = 50  # `count` of the upload-URL operation is 1..50 (spec)


def image_name(parameter: str, location: object, filename: str | None) -> str:
    """`filename`, or the last path segment of the URL or bucket path, without its query."""
    text = check_str(parameter, location)
    name = filename or text.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    if not name:
        raise ParameterError("filename", f"cannot name the image after {location!r}: pass filename=")
    return name


def image_files(paths: Sequence[str | os.PathLike[str]], filenames: Sequence[str] | None) -> list[tuple[Path, str]]:
    """The files to upload and the names to give them."""
    files = [Path(p) for p in paths]
    for file in files:
        if not file.is_file():
            raise ParameterError("paths", f"{file} is not a file")
    if filenames and len(filenames) != len(files):
        raise ParameterError("filenames", f"{len(filenames)} names for {len(files)} files")
    return list(zip(files, filenames or [f.name for f in files], strict=True))


class Slot(NamedTuple):
    """One file of an upload: where it is PUT and the id that creates the image."""

    file: Path
    name: str
    url: str
    upload_id: UUID


def upload_slots(files: list[tuple[Path, str]], answer: UploadUrlList) -> list[Slot]:
    """Each file with its signed URL; a short or malformed answer is an error, not
    files silently left out."""
    if len(answer.items) < len(files):
        raise UnexpectedResponseError(f"get_upload_urls: {len(answer.items)} URLs for {len(files)} files")
    slots = []
    for (file, name), slot in zip(files, answer.items[: len(files)], strict=True):
        try:  # read leniently, an odd answer keeps raw values: a list, a number, no id at all
            slots.append(Slot(file, name, _text(slot.url, "url"), UUID(_text(slot.id, "id"))))
        except ValueError as exc:
            raise UnexpectedResponseError(f"get_upload_urls: an upload slot is not usable ({exc})") from None
    return slots


def _text(value: object, field: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{field} is {type(value).__name__}, not text")
    return value


def content_type(path: Path) -> str:
    return {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}.get(
        path.suffix.lower(), "application/octet-stream"
    )
