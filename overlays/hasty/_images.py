"""Images: their default names, and the files of an upload matched to signed URLs."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple, TypedDict
from uuid import UUID

from ._common import optional
from ._runtime.errors import ParameterError, UnexpectedResponseError
from ._runtime.validate import check_option_names, check_str
from .models import UploadUrlList

UPLOAD_URL_BATCH = 50  # `count` of the upload-URL operation is 1..50 (spec)


class ImageOptions(TypedDict, total=False):
    """What `create_image_from_url` and `create_image_from_bucket` take beside where the
    image is.

    filename: its name; default: the last segment of the URL or path, without its query.
    copy_original: ask the platform to keep its own copy of the original.
    external_id: your own id for it.
    """

    filename: str | None
    copy_original: bool | None
    external_id: str | None


def image_fields(parameter: str, location: object, options: ImageOptions) -> dict[str, Any]:
    """The request's fields for an image at `location` (a URL or a bucket path), checked."""
    check_option_names(options, ImageOptions.__annotations__, "an image")
    text = check_str(parameter, location)
    name = options.get("filename") or text.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    if not name:
        raise ParameterError("filename", f"cannot name the image after {location!r}: pass filename=")
    extra = {key: optional(options.get(key)) for key in ("copy_original", "external_id")}
    return {"filename": name, **extra}


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
