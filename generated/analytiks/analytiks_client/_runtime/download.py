"""Streaming downloads that are complete and verified, or not there at all.

Bytes go to `<dest>.part`; after the body ends the size is checked against what the
server or the vendor announced, an optional content check runs, the file is fsynced
and renamed into place. A dropped connection resumes with a Range request from the
bytes on disk; a server that ignores Range is read again from the start; an expired
signed URL (403/410) is exchanged for a fresh one through `refresh_url`.
"""

from __future__ import annotations

import os
import random
import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator  # noqa: F401 - Iterator: the sync twin's
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Literal

import httpx

from . import tracing
from .clock import SYSTEM_CLOCK, Clock
from .durable import fsync_dir as _fsync_dir
from .errors import APIError, DestinationExistsError, DownloadError, DownloadVerificationError
from .progress import Progress, ProgressCallback, finish, resolve
from .redact import redact_url
from .transport import STREAM_EXTENSION
from .validate import check_dest, check_int

if TYPE_CHECKING:
    import queue
    import threading

MAX_RESUMES = 5
MAX_REFRESHES = 3
# Status codes with which storage hosts refuse an expired signed URL.
EXPIRED_STATUSES = frozenset({401, 403, 410})
# Raised mid-body when the connection drops or the body ends short.
_INTERRUPTIONS = (httpx.TransportError,)
_STREAMED = {STREAM_EXTENSION: True}
_CONTENT_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+|\*)")
_UNSATISFIABLE_RANGE = re.compile(r"bytes \*/(\d+)")

# A content check gets the finished `.part` file and returns a problem, or None.
Verifier = Callable[[Path], str | None]

# Bytes written after which the disk is asked to start writing them, in the background.
WRITEBACK_BYTES = 32 << 20
_SYNC_FILE_RANGE_WRITE = 2  # start writing the range; do not wait for it


def _range_syncer() -> Callable[[int, int, int], object] | None:
    """Linux's sync_file_range (the os module does not offer it), or None elsewhere."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        call = libc.sync_file_range
    except (OSError, AttributeError):
        return None
    call.argtypes = [ctypes.c_int, ctypes.c_longlong, ctypes.c_longlong, ctypes.c_uint]
    call.restype = ctypes.c_int
    return lambda fd, offset, size: call(fd, offset, size, _SYNC_FILE_RANGE_WRITE)


_UNRESOLVED: object = object()
_sync_range: Callable[[int, int, int], object] | object | None = _UNRESOLVED


class _WriteBack:
    """Starts writing the `.part` file to disk while the body is still arriving.

    Without it the kernel holds a whole large download as dirty pages and the final
    fsync writes them all while the caller waits (0.3-0.5 s per GiB here). Every
    `WRITEBACK_BYTES`, the range written since the last call is handed to
    sync_file_range(SYNC_FILE_RANGE_WRITE), which starts the disk writing and returns at
    once, so the final fsync finds most pages clean. A thread calling fdatasync instead
    measured slower: it syncs the whole file, pages still being written included, and
    the writes stall behind it. Where sync_file_range is missing this does nothing.
    """

    def __init__(self, fd: int, start: int) -> None:
        global _sync_range  # resolved once, at the first download
        if _sync_range is _UNRESOLVED:
            _sync_range = _range_syncer()
        self._fd = fd
        self._synced = self._written = start

    def wrote(self, size: int) -> None:
        self._written += size
        if self._written - self._synced >= WRITEBACK_BYTES and callable(_sync_range):
            _sync_range(self._fd, self._synced, self._written - self._synced)  # a failure shows in the final fsync
            self._synced = self._written


# The body is written in batches of about this many bytes (and at most this many chunks:
# writev takes up to 1024), with one system call each.
BATCH_BYTES = 1 << 19
_BATCH_CHUNKS = 256
# Batches waiting for the writer thread: the memory a download holds stays flat.
_QUEUED_BATCHES = 1
# A slow body is not held back longer than this: its bytes reach the disk as they
# arrive, near enough (an interruption writes what was gathered; only a crash loses it).
_BATCH_SECONDS = 0.02


class _Writer:
    """Writes the `.part` file while the body arrives.

    A body larger than a batch is written on a thread of its own: a write copies the
    bytes into the page cache, about 0.5 s of CPU a GiB here, which on the receiving
    thread added to the time of every chunk, and on its own thread overlaps the arrival
    of the next ones. Chunks are handed to it in batches written with one writev each
    (a hand-over per chunk cost about as much as the write it saved). A body of a batch
    or less is written chunk by chunk. Every byte handed over is written once
    `finish()` returns.
    """

    def __init__(self, fd: int, start: int, *, threaded: bool) -> None:
        self._fd = fd
        self._writeback = _WriteBack(fd, start)
        self._batch: list[bytes] = []
        self._size = 0
        self._handed = time.monotonic()
        self._error: BaseException | None = None
        self._failed = False  # the writer thread met an error: it drops what follows
        self._queue: queue.Queue[list[bytes] | None] | None = None
        self._thread: threading.Thread | None = None
        if threaded:
            import queue
            import threading

            self._queue = queue.Queue(maxsize=_QUEUED_BATCHES)
            self._thread = threading.Thread(target=self._drain, name="download-writer", daemon=True)
            self._thread.start()

    def add(self, chunk: bytes) -> None:
        self._batch.append(chunk)
        self._size += len(chunk)
        if (
            self._queue is None
            or self._size >= BATCH_BYTES
            or len(self._batch) >= _BATCH_CHUNKS
            or time.monotonic() - self._handed >= _BATCH_SECONDS
        ):
            self._hand_over()

    def finish(self) -> None:
        """Write what is left and wait for the writer; raise its error, if any."""
        try:
            self._hand_over()
        finally:
            if self._thread is not None and self._queue is not None:
                self._queue.put(None)
                self._thread.join()
                self._thread = None
        self._raise_error()

    def _hand_over(self) -> None:
        batch, self._batch, self._size = self._batch, [], 0
        self._handed = time.monotonic()
        if self._queue is None:
            if batch:
                self._write(batch)
            return
        self._raise_error()
        if batch:
            self._queue.put(batch)

    def _raise_error(self) -> None:
        error, self._error = self._error, None  # raised once, in the caller's thread
        if error is not None:
            raise error

    def _drain(self) -> None:
        assert self._queue is not None
        while (batch := self._queue.get()) is not None:
            if self._failed:
                continue  # read on, so that the caller never waits on a full queue
            try:
                self._write(batch)
            except BaseException as error:
                self._error, self._failed = error, True

    def _write(self, batch: list[bytes]) -> None:
        size = sum(map(len, batch))
        written = os.writev(self._fd, batch)
        if written < size:  # a short write (a signal, a full disk): write the rest
            rest = memoryview(b"".join(batch))[written:]
            while rest:
                rest = rest[os.write(self._fd, rest) :]
        self._writeback.wrote(size)


class _Truncated(Exception):
    """The body ended before the announced size: resume like a dropped connection."""


class _Transfer:
    """The state of one download, shared by the sync and async loops."""

    def __init__(
        self,
        url: str,
        dest: object,
        *,
        expected_size: int | None,
        overwrite: bool,
        progress: Progress,
        verify: Verifier | None,
        max_resumes: int,
        resume_partial: bool,
        clock: Clock,
    ) -> None:
        self.url = url
        self.dest = check_dest("dest", dest)
        self.part = self.dest.with_name(self.dest.name + ".part")
        self.expected_size = None if expected_size is None else check_int("expected_size", expected_size, minimum=0)
        self.max_resumes = check_int("max_resumes", max_resumes, minimum=0)
        self.verify = verify
        self.clock = clock
        self.progress: ProgressCallback | None = resolve(progress, self.dest.name, "B")
        self.total = self.expected_size
        self.resumes = 0
        self.refreshes = 0
        self._file: BinaryIO | None = None
        self._writer: _Writer | None = None
        self._rng = random.Random()
        if self.dest.exists() and not overwrite:
            raise DestinationExistsError(f"{self.dest} exists; pass overwrite=True to replace it")
        self.dest.parent.mkdir(parents=True, exist_ok=True)
        if resume_partial and self.part.exists():
            self.received = self.part.stat().st_size
        else:
            self.part.unlink(missing_ok=True)
            self.received = 0

    def headers(self) -> dict[str, str]:
        # Identity encoding: the bytes on disk must be the bytes the sizes speak of.
        headers = {"Accept-Encoding": "identity"}
        if self.received:
            headers["Range"] = f"bytes={self.received}-"
        return headers

    def begin(self, response: httpx.Response) -> None:
        """Open the `.part` file to append (a 206 continuing our bytes) or to rewrite."""
        append = False
        if response.status_code == 206 and self.received:
            match = _CONTENT_RANGE.fullmatch(response.headers.get("content-range", ""))
            append = bool(match and int(match.group(1)) == self.received)
            if match and append and match.group(3) != "*":
                self._announce(int(match.group(3)))
        if not append:
            # The server ignored Range (or answered a range we did not ask for): start over.
            self.received = 0
            length = response.headers.get("content-length")
            if length is not None and "content-encoding" not in response.headers:
                self._announce(int(length))
        # Unbuffered: chunks arrive far larger than a buffer, which would only copy them.
        self._file = open(self.part, "ab" if append else "wb", buffering=0)  # noqa: SIM115 - closed in close()
        rest = None if self.total is None else self.total - self.received
        self._writer = _Writer(self._file.fileno(), self.received, threaded=rest is None or rest > BATCH_BYTES)
        self._report()

    def _announce(self, size: int) -> None:
        if self.expected_size is not None and size != self.expected_size:
            self.fail_verification(f"server announces {size} bytes, expected {self.expected_size}")
        self.total = size

    def write(self, chunk: bytes) -> None:
        assert self._writer is not None
        self._writer.add(chunk)
        self.received += len(chunk)
        self._report()

    def end(self) -> None:
        """The body ended: keep the bytes, and treat a short body as an interruption."""
        self.close()
        if self.total is not None and self.received < self.total:
            raise _Truncated(f"body ended at {self.received} of {self.total} bytes")

    def close(self) -> None:
        if self._file is not None:
            writer, self._writer = self._writer, None
            try:
                if writer is not None:
                    writer.finish()  # every byte received is in the file: a resume goes on from there
                os.fsync(self._file.fileno())
            finally:
                self._file.close()
                self._file = None

    def complete(self) -> Path:
        self.close()
        if self.total is not None and self.received != self.total:
            self.fail_verification(f"received {self.received} bytes, expected {self.total}")
        if self.verify is not None:
            problem = self.verify(self.part)
            if problem:
                self.fail_verification(problem)
        os.replace(self.part, self.dest)
        _fsync_dir(self.dest.parent)
        finish(self.progress)
        return self.dest

    def after_api_error(self, error: APIError, *, can_refresh: bool) -> Literal["complete", "restart", "refresh"]:
        """What to do after an error status, or re-raise it."""
        if error.status_code == 416 and self.received:
            # Our Range starts at or past the end: the `.part` file may already be whole.
            match = _UNSATISFIABLE_RANGE.fullmatch(error.headers.get("content-range", ""))
            if match and int(match.group(1)) == self.received:
                self._announce(self.received)
                return "complete"
            self.part.unlink(missing_ok=True)
            self.received = 0
            return "restart"
        if can_refresh and error.status_code in EXPIRED_STATUSES and self.refreshes < MAX_REFRESHES:
            self.refreshes += 1
            return "refresh"
        raise error

    def interrupted(self, error: Exception) -> float:
        """Seconds to wait before resuming, or raise when out of resumes."""
        self.close()
        self.resumes += 1
        if self.resumes > self.max_resumes:
            raise DownloadError(
                f"connection kept failing ({type(error).__name__}: {error}); {self.received} bytes kept in "
                f"{self.part.name} to resume",
                url=redact_url(self.url),
                dest=str(self.dest),
            ) from error
        delay: float = min(30.0, 0.5 * 2.0 ** (self.resumes - 1)) * (0.75 + 0.5 * self._rng.random())
        return delay

    def fail_verification(self, problem: str) -> None:
        self.close()
        self.part.unlink(missing_ok=True)
        raise DownloadVerificationError(problem, url=redact_url(self.url), dest=str(self.dest))

    def _report(self) -> None:
        if self.progress is not None:
            self.progress(self.received, self.total)


# Bytes asked of the connection per read once the body is read from it directly.
READ_BYTES = 1 << 18


def _direct_stream(response: httpx.Response) -> Any:
    """The connection a response's body can be read from directly, or None.

    httpcore reads an HTTP/1.1 body 64 KiB at a time and passes every read through h11,
    which copies it into its buffer and out again: for a large download most of the CPU
    of the receiving thread (about 0.3 s a GiB here, as much as the kernel's copy). A body
    whose length the headers state, sent as is, can be read from the connection itself
    (httpcore's documented `network_stream` extension), in larger reads and with no
    copy; h11 then never sees its end, so httpcore closes the connection rather than
    reuse it, which costs a download nothing. Anything else (chunked, HTTP/2, a test
    transport without a connection) is read through httpx as before."""
    stream = response.extensions.get("network_stream")
    length = response.headers.get("content-length", "")
    if (
        stream is None
        or response.http_version != "HTTP/1.1"
        or "transfer-encoding" in response.headers
        or not length.isdigit()
        or not callable(getattr(stream, "read", None))
    ):
        return None
    return stream


class AsyncBody:
    """The raw bytes of a response's body as they arrive: read from the connection
    directly where `_direct_stream` allows it, otherwise through httpx."""

    def __init__(self, response: httpx.Response) -> None:
        self._response = response

    async def __aiter__(self) -> AsyncIterator[bytes]:
        response = self._response
        chunks = response.aiter_raw()
        stream = _direct_stream(response)
        if stream is None:
            async for chunk in chunks:
                yield chunk
            return
        # The first chunk through httpx: h11 hands over in one piece every byte it read
        # beside the headers, and reads nothing more until asked, so the rest of the body
        # is still on the connection.
        left = int(response.headers["content-length"])
        async for chunk in chunks:
            left -= len(chunk)
            yield chunk
            break
        timeout = response.request.extensions.get("timeout", {}).get("read")
        while left > 0:
            chunk = await self._read(stream, min(READ_BYTES, left), timeout)
            if not chunk:
                return  # the body ended short: the caller resumes, as after any drop
            left -= len(chunk)
            yield chunk

    async def _read(self, stream: Any, size: int, timeout: float | None) -> bytes:
        """One read of the connection, its failures as httpx's (a dropped connection is
        then resumed like any other)."""
        import httpcore  # httpx's own transport: loaded already

        try:
            chunk: bytes = await stream.read(size, timeout=timeout)
        except httpcore.TimeoutException as error:
            raise httpx.ReadTimeout(str(error), request=self._response.request) from error
        except httpcore.NetworkError as error:
            raise httpx.ReadError(str(error), request=self._response.request) from error
        return chunk


@tracing.atraced_transfer("download", "dest")
async def adownload(
    http: httpx.AsyncClient,
    url: str,
    dest: str | os.PathLike[str],
    *,
    expected_size: int | None = None,
    overwrite: bool = False,
    progress: Progress = None,
    verify: Verifier | None = None,
    refresh_url: Callable[[], Awaitable[str]] | None = None,
    max_resumes: int = MAX_RESUMES,
    resume_partial: bool = True,
    clock: Clock = SYSTEM_CLOCK,
) -> Path:
    """Download `url` to `dest` and return `dest`; see the module docstring."""
    transfer = _Transfer(
        url,
        dest,
        expected_size=expected_size,
        overwrite=overwrite,
        progress=progress,
        verify=verify,
        max_resumes=max_resumes,
        resume_partial=resume_partial,
        clock=clock,
    )
    try:
        while True:
            try:
                async with http.stream("GET", url, headers=transfer.headers(), extensions=_STREAMED) as response:
                    transfer.begin(response)
                    # Unchunked: bytes reach the disk as they arrive, so a drop loses none.
                    async for chunk in AsyncBody(response):
                        transfer.write(chunk)
                    transfer.end()
                return transfer.complete()
            except (*_INTERRUPTIONS, _Truncated) as error:
                await clock.asleep(transfer.interrupted(error))
            except APIError as error:
                action = transfer.after_api_error(error, can_refresh=refresh_url is not None)
                if action == "complete":
                    return transfer.complete()
                if action == "refresh":
                    assert refresh_url is not None
                    url = transfer.url = await refresh_url()
    finally:
        transfer.close()


# Written from the async form above at generation (scripts/sync_twins.py): edit that, not this.
class Body:
    """The raw bytes of a response's body as they arrive: read from the connection
    directly where `_direct_stream` allows it, otherwise through httpx."""

    def __init__(self, response: httpx.Response) -> None:
        self._response = response

    def __iter__(self) -> Iterator[bytes]:
        response = self._response
        chunks = response.iter_raw()
        stream = _direct_stream(response)
        if stream is None:
            for chunk in chunks:
                yield chunk
            return
        # The first chunk through httpx: h11 hands over in one piece every byte it read
        # beside the headers, and reads nothing more until asked, so the rest of the body
        # is still on the connection.
        left = int(response.headers["content-length"])
        for chunk in chunks:
            left -= len(chunk)
            yield chunk
            break
        timeout = response.request.extensions.get("timeout", {}).get("read")
        while left > 0:
            chunk = self._read(stream, min(READ_BYTES, left), timeout)
            if not chunk:
                return  # the body ended short: the caller resumes, as after any drop
            left -= len(chunk)
            yield chunk

    def _read(self, stream: Any, size: int, timeout: float | None) -> bytes:
        """One read of the connection, its failures as httpx's (a dropped connection is
        then resumed like any other)."""
        import httpcore  # httpx's own transport: loaded already

        try:
            chunk: bytes = stream.read(size, timeout=timeout)
        except httpcore.TimeoutException as error:
            raise httpx.ReadTimeout(str(error), request=self._response.request) from error
        except httpcore.NetworkError as error:
            raise httpx.ReadError(str(error), request=self._response.request) from error
        return chunk


@tracing.traced_transfer("download", "dest")
def download(
    http: httpx.Client,
    url: str,
    dest: str | os.PathLike[str],
    *,
    expected_size: int | None = None,
    overwrite: bool = False,
    progress: Progress = None,
    verify: Verifier | None = None,
    refresh_url: Callable[[], str] | None = None,
    max_resumes: int = MAX_RESUMES,
    resume_partial: bool = True,
    clock: Clock = SYSTEM_CLOCK,
) -> Path:
    """Download `url` to `dest` and return `dest`; see the module docstring."""
    transfer = _Transfer(
        url,
        dest,
        expected_size=expected_size,
        overwrite=overwrite,
        progress=progress,
        verify=verify,
        max_resumes=max_resumes,
        resume_partial=resume_partial,
        clock=clock,
    )
    try:
        while True:
            try:
                with http.stream("GET", url, headers=transfer.headers(), extensions=_STREAMED) as response:
                    transfer.begin(response)
                    # Unchunked: bytes reach the disk as they arrive, so a drop loses none.
                    for chunk in Body(response):
                        transfer.write(chunk)
                    transfer.end()
                return transfer.complete()
            except (*_INTERRUPTIONS, _Truncated) as error:
                clock.sleep(transfer.interrupted(error))
            except APIError as error:
                action = transfer.after_api_error(error, can_refresh=refresh_url is not None)
                if action == "complete":
                    return transfer.complete()
                if action == "refresh":
                    assert refresh_url is not None
                    url = transfer.url = refresh_url()
    finally:
        transfer.close()
