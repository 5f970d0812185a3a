"""Streaming a file to a signed upload URL: no credentials to the storage host,
flat memory, and a body that can be sent again when the request is retried."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx

from .progress import Progress, ProgressCallback, finish, resolve
from .validate import check_str

CHUNK_SIZE = 1 << 20


class FileStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A request body read from disk. Each iteration reopens the file, so a retried
    request sends the whole file again instead of an exhausted stream."""

    def __init__(self, path: Path, progress: ProgressCallback | None = None, chunk_size: int = CHUNK_SIZE) -> None:
        self.path = path
        self.size = path.stat().st_size
        self.progress = progress
        self.chunk_size = chunk_size

    def _report(self, sent: int) -> None:
        if self.progress is not None:
            self.progress(sent, self.size)

    def __iter__(self) -> Iterator[bytes]:
        sent = 0
        with open(self.path, "rb") as file:
            while chunk := file.read(self.chunk_size):
                sent += len(chunk)
                self._report(sent)
                yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


def _prepare(
    path: str | os.PathLike[str], content_type: str, progress: Progress
) -> tuple[FileStream, dict[str, str], ProgressCallback | None]:
    source = Path(path)
    if not source.is_file():
        raise FileNotFoundError(f"path: {source} is not a file")
    check_str("content_type", content_type)
    callback = resolve(progress, source.name, "B")
    stream = FileStream(source, callback)
    headers = {"Content-Type": content_type, "Content-Length": str(stream.size)}
    return stream, headers, callback


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
    stream, headers, callback = _prepare(path, content_type, progress)
    response = http.request(method, url, content=stream, headers=headers)
    finish(callback)
    return response


async def aupload(
    http: httpx.AsyncClient,
    url: str,
    path: str | os.PathLike[str],
    *,
    method: str = "PUT",
    content_type: str = "application/octet-stream",
    progress: Progress = None,
) -> httpx.Response:
    """The async form of `upload`."""
    stream, headers, callback = _prepare(path, content_type, progress)
    response = await http.request(method, url, content=stream, headers=headers)
    finish(callback)
    return response
