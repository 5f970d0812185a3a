"""Downloads under faults: complete and verified, or nothing at the destination."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import citylens_client as cl
from citylens_client._runtime.download import adownload, download
from tests.conftest import FakeClock
from tests.faults.server import FaultServer, Reset, Short, Status

KEY = "secret-key-123456"
DATA = os.urandom(3 * 1024 * 1024 + 17)


@pytest.fixture
def client(faults: FaultServer, clock: FakeClock) -> Iterator[cl.AuthenticatedClient]:
    with cl.connect(KEY, base_url=faults.base_url, clock=clock) as client:
        yield client


def _http(client: cl.AuthenticatedClient) -> httpx.Client:
    return client.get_httpx_client()


def _ranges(server: FaultServer, path: str) -> list[str | None]:
    return [r.headers.get("range") for r in server.hits(path)]


def test_resets_are_resumed_with_range_requests(
    faults: FaultServer, client: cl.AuthenticatedClient, clock: FakeClock, tmp_path: Path
) -> None:
    faults.route("/f", body=DATA, content_type="application/octet-stream", faults=[Reset(1000), Reset(2**20), Reset(5)])
    dest = download(_http(client), "/f", tmp_path / "f.bin", clock=clock)
    assert dest.read_bytes() == DATA
    assert _ranges(faults, "/f") == [None, "bytes=1000-", f"bytes={1000 + 2**20}-", f"bytes={1005 + 2**20}-"]
    assert not (tmp_path / "f.bin.part").exists()
    assert len(clock.sleeps) == 3


def test_a_body_shorter_than_its_length_is_resumed(
    faults: FaultServer, client: cl.AuthenticatedClient, clock: FakeClock, tmp_path: Path
) -> None:
    faults.route("/f", body=DATA, content_type="application/octet-stream", faults=[Short(4096)])
    assert download(_http(client), "/f", tmp_path / "f", clock=clock).read_bytes() == DATA
    assert _ranges(faults, "/f") == [None, "bytes=4096-"]


def test_a_server_ignoring_range_is_read_again_from_the_start(
    faults: FaultServer, client: cl.AuthenticatedClient, clock: FakeClock, tmp_path: Path
) -> None:
    faults.route("/f", body=DATA, content_type="application/octet-stream", faults=[Reset(70000)], ignore_range=True)
    assert download(_http(client), "/f", tmp_path / "f", clock=clock).read_bytes() == DATA
    assert len(faults.hits("/f")) == 2


def test_too_many_interruptions_leave_nothing_at_dest(
    faults: FaultServer, client: cl.AuthenticatedClient, clock: FakeClock, tmp_path: Path
) -> None:
    faults.route("/f", body=DATA, content_type="application/octet-stream", faults=[Reset(10)] * 3)
    with pytest.raises(cl.DownloadError, match="kept failing"):
        download(_http(client), "/f", tmp_path / "f", clock=clock, max_resumes=2)
    assert not (tmp_path / "f").exists()
    assert len(faults.hits("/f")) == 3
    # The bytes are kept: a later call resumes where this one stopped.
    assert (tmp_path / "f.part").stat().st_size == 30
    assert download(_http(client), "/f", tmp_path / "f", clock=clock).read_bytes() == DATA
    assert _ranges(faults, "/f")[-1] == "bytes=30-"


def test_a_complete_part_file_is_finished_without_a_body(
    faults: FaultServer, client: cl.AuthenticatedClient, clock: FakeClock, tmp_path: Path
) -> None:
    faults.route("/f", body=DATA, content_type="application/octet-stream")
    (tmp_path / "f.part").write_bytes(DATA)
    assert download(_http(client), "/f", tmp_path / "f", clock=clock).read_bytes() == DATA
    assert len(faults.hits("/f")) == 1  # answered 416 with the full size


def test_size_mismatch_with_vendor_reported_size_fails_verification(
    faults: FaultServer, client: cl.AuthenticatedClient, clock: FakeClock, tmp_path: Path
) -> None:
    faults.route("/f", body=DATA, content_type="application/octet-stream")
    with pytest.raises(cl.DownloadVerificationError, match="expected 5"):
        download(_http(client), "/f", tmp_path / "f", clock=clock, expected_size=5)
    assert list(tmp_path.iterdir()) == []


def test_unknown_length_truncation_is_caught_by_the_reported_size(
    faults: FaultServer, client: cl.AuthenticatedClient, clock: FakeClock, tmp_path: Path
) -> None:
    faults.route("/f", body=DATA, content_type="application/octet-stream", send_length=False, faults=[Short(1000)])
    got = download(_http(client), "/f", tmp_path / "f", clock=clock, expected_size=len(DATA))
    assert got.read_bytes() == DATA
    assert len(faults.hits("/f")) == 2


def test_content_check_failure_leaves_nothing(
    faults: FaultServer, client: cl.AuthenticatedClient, clock: FakeClock, tmp_path: Path
) -> None:
    faults.route("/f", body=b"<html>", content_type="text/html")
    with pytest.raises(cl.DownloadVerificationError, match="not a JPEG"):
        download(_http(client), "/f", tmp_path / "f", clock=clock, verify=lambda _p: "not a JPEG")
    assert list(tmp_path.iterdir()) == []


def test_existing_destination_is_kept_unless_overwrite(
    faults: FaultServer, client: cl.AuthenticatedClient, clock: FakeClock, tmp_path: Path
) -> None:
    faults.route("/f", body=b"new", content_type="application/octet-stream")
    (tmp_path / "f").write_bytes(b"old")
    with pytest.raises(cl.DestinationExistsError):
        download(_http(client), "/f", tmp_path / "f", clock=clock)
    assert faults.hits("/f") == []
    assert download(_http(client), "/f", tmp_path / "f", clock=clock, overwrite=True).read_bytes() == b"new"


def test_expired_signed_url_is_refreshed_and_storage_never_sees_the_key(
    client: cl.AuthenticatedClient, storage: FaultServer, clock: FakeClock, tmp_path: Path
) -> None:
    storage.route(
        "/obj",
        body=DATA,
        content_type="application/octet-stream",
        signed=True,
        refuse_credentials=True,
        faults=[Reset(100_000)],
    )
    urls = iter([storage.url("/obj?expires=100&sig=fresh")])

    def refresh() -> str:
        return next(urls)

    storage.now = 50  # valid now; expires before the resume
    first = storage.url("/obj?expires=60&sig=old")

    real_sleep = clock.sleep

    def sleep_and_expire(seconds: float) -> None:
        real_sleep(seconds)
        storage.now = 70

    clock.sleep = sleep_and_expire  # type: ignore[method-assign]
    got = download(_http(client), first, tmp_path / "f", clock=clock, refresh_url=refresh)
    assert got.read_bytes() == DATA
    hits = storage.hits("/obj")
    assert [h.headers.get("range") for h in hits] == [None, "bytes=100000-", "bytes=100000-"]
    assert all("x-api-key" not in h.headers and "authorization" not in h.headers for h in hits)


def test_expired_url_without_refresh_raises_permission_denied(
    client: cl.AuthenticatedClient, storage: FaultServer, clock: FakeClock, tmp_path: Path
) -> None:
    storage.route("/obj", body=DATA, signed=True)
    storage.now = 100
    with pytest.raises(cl.PermissionDeniedError) as caught:
        download(_http(client), storage.url("/obj?expires=1&signature=abcdef"), tmp_path / "f", clock=clock)
    assert "abcdef" not in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_progress_reports_bytes_up_to_the_total(
    faults: FaultServer, client: cl.AuthenticatedClient, clock: FakeClock, tmp_path: Path
) -> None:
    faults.route("/f", body=DATA, content_type="application/octet-stream", faults=[Reset(2**20)])
    seen: list[tuple[int, int | None]] = []
    download(_http(client), "/f", tmp_path / "f", clock=clock, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (len(DATA), len(DATA))
    assert all(t == len(DATA) for _, t in seen)


async def test_async_download_resumes_and_refreshes_the_same_way(
    faults: FaultServer, storage: FaultServer, clock: FakeClock, tmp_path: Path
) -> None:
    storage.route("/obj", body=DATA, content_type="application/octet-stream", signed=True, faults=[Reset(12345)])
    calls: list[str] = []

    async def refresh() -> str:
        calls.append("refresh")
        return storage.url("/obj?expires=100")

    async def sleep_and_expire(seconds: float) -> None:
        clock.sleeps.append(seconds)
        storage.now = 10

    clock.asleep = sleep_and_expire  # type: ignore[method-assign]

    async with cl.connect(KEY, base_url=faults.base_url, clock=clock) as client:
        http = client.get_async_httpx_client()
        got = await adownload(http, storage.url("/obj?expires=5"), tmp_path / "f", clock=clock, refresh_url=refresh)
    assert got.read_bytes() == DATA
    assert calls == ["refresh"]
    assert [h.headers.get("range") for h in storage.hits("/obj")] == [None, "bytes=12345-", "bytes=12345-"]


def test_a_retried_503_on_the_download_request_is_transparent(
    faults: FaultServer, client: cl.AuthenticatedClient, clock: FakeClock, tmp_path: Path
) -> None:
    faults.route("/f", body=DATA, content_type="application/octet-stream", faults=[Status(503), Reset(10)])
    assert download(_http(client), "/f", tmp_path / "f", clock=clock).read_bytes() == DATA
    assert _ranges(faults, "/f") == [None, None, "bytes=10-"]


def test_bytes_reach_the_disk_while_the_body_arrives_and_resumes_keep_them(
    faults: FaultServer,
    client: cl.AuthenticatedClient,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from citylens_client._runtime import download as module

    ranges: list[tuple[int, int]] = []
    monkeypatch.setattr(module, "_sync_range", lambda fd, offset, size: ranges.append((offset, size)))
    # Write-back every 256 KiB of a 3 MiB body, across two dropped connections.
    monkeypatch.setattr(module, "WRITEBACK_BYTES", 256 * 1024)
    faults.route("/f", body=DATA, content_type="application/octet-stream", faults=[Reset(2**20), Reset(2**20)])
    dest = download(_http(client), "/f", tmp_path / "f.bin", clock=clock)
    assert dest.read_bytes() == DATA
    assert ranges, "no write-back was started during the transfer"
    # Ranges follow each other from where each connection resumed, within the file.
    assert all(offset + size <= len(DATA) and size >= 256 * 1024 for offset, size in ranges)
    assert [offset for offset, _ in ranges] == sorted(offset for offset, _ in ranges)


def test_write_back_where_the_system_offers_it() -> None:
    from citylens_client._runtime.download import _range_syncer

    syncer = _range_syncer()
    if sys.platform == "linux":
        assert syncer is not None


def test_a_disk_error_while_writing_is_raised_and_leaves_no_writer_thread(
    faults: FaultServer,
    client: cl.AuthenticatedClient,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import errno
    import threading

    writes = 0
    real_writev = os.writev

    def writev(fd: int, buffers: list[bytes]) -> int:
        nonlocal writes
        writes += 1
        if writes == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_writev(fd, buffers)

    monkeypatch.setattr(os, "writev", writev)
    faults.route("/f", body=DATA, content_type="application/octet-stream")  # larger than a batch: a writer thread
    with pytest.raises(OSError, match="No space left"):
        download(_http(client), "/f", tmp_path / "f.bin", clock=clock)
    assert not (tmp_path / "f.bin").exists()
    assert not [t for t in threading.enumerate() if t.name == "download-writer"]


async def test_async_downloads_write_the_same_bytes_in_batches(
    faults: FaultServer, clock: FakeClock, tmp_path: Path
) -> None:
    faults.route("/f", body=DATA, content_type="application/octet-stream", faults=[Reset(2**20 + 5)])
    async with httpx.AsyncClient(base_url=faults.base_url) as http:
        dest = await adownload(http, "/f", tmp_path / "f.bin", clock=clock)
    assert dest.read_bytes() == DATA
