"""Streaming a file to a signed upload URL: no credentials to the storage host,
flat memory, and a body that can be sent again when the request is retried."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx

from . import tracing
from .errors import ResponseValidationError
from .progress import Progress, ProgressCallback, finish, resolve
from .validate import check_str

CHUNK_SIZE = 1 << 20


class _FileBody:
    """A request body read from disk. Each iteration reopens the file, so a retried
    request sends the whole file again instead of an exhausted stream."""

    def __init__(self, path: Path, progress: ProgressCallback | None = None, chunk_size: int = CHUNK_SIZE) -> None:
        self.path = path
        self.size = path.stat().st_size
        self.progress = progress
        self.chunk_size = chunk_size

    def _chunks(self) -> Iterator[bytes]:
        sent = 0
        with open(self.path, "rb") as file:
            while chunk := file.read(self.chunk_size):
                sent += len(chunk)
                if self.progress is not None:
                    self.progress(sent, self.size)
                yield chunk


def _prepare(
    path: str | os.PathLike[str], content_type: str, progress: Progress
) -> tuple[Path, dict[str, str], ProgressCallback | None]:
    source = Path(path)
    if not source.is_file():
        raise FileNotFoundError(f"path: {source} is not a file")
    check_str("content_type", content_type)
    headers = {"Content-Type": content_type, "Content-Length": str(source.stat().st_size)}
    return source, headers, resolve(progress, source.name, "B")


def _checked_url(url: object) -> str:
    """The upload URL a server handed out: one that is missing or not a URL is the
    server's fault, reported in our hierarchy before anything is sent."""
    if isinstance(url, str) and url:
        try:
            httpx.URL(url)
            return url
        except httpx.InvalidURL:
            pass
    raise ResponseValidationError("upload", "url", f"expected an upload URL, got {url!r}")


# httpx picks sync or async sending by whether the body is Iterable: the async one must
# not be, so each form has its own class.
class AsyncFileStream(_FileBody, httpx.AsyncByteStream):
    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks():
            yield chunk


@tracing.atraced_transfer("upload", "path")
async def aupload(
    http: httpx.AsyncClient,
    url: str,
    path: str | os.PathLike[str],
    *,
    method: str = "PUT",
    content_type: str = "application/octet-stream",
    progress: Progress = None,
) -> httpx.Response:
    """Send the file at `path` as the body of `method url`; return the response."""
    url = _checked_url(url)
    source, headers, callback = _prepare(path, content_type, progress)
    response = await http.request(method, url, content=AsyncFileStream(source, callback), headers=headers)
    finish(callback)
    return response


# Written from the async form above at generation (scripts/sync_twins.py): edit that, not this.
# httpx picks sync or async sending by whether the body is Iterable: the async one must
# not be, so each form has its own class.
class FileStream(_FileBody, httpx.SyncByteStream):
    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._chunks():
            yield chunk


@tracing.traced_transfer("upload", "path")
def upload(
    http: httpx.Client,
    url: str,
    path: str | os.PathLike[str],
    *,
    method: str = "PUT",
    content_type: str = "application/octet-stream",
    progress: Progress = None,
) -> httpx.Response:
    """Send the file at `path` as the body of `method url`; return the response."""
    url = _checked_url(url)
    source, headers, callback = _prepare(path, content_type, progress)
    response = http.request(method, url, content=FileStream(source, callback), headers=headers)
    finish(callback)
    return response
