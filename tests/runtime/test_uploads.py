"""Uploads to signed URLs: streamed from disk, no credentials, safe to retry."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import citylens_client as cl
from citylens_client._runtime.upload import aupload, upload
from tests.conftest import FakeClock
from tests.faults.server import FaultServer, Reset, Status

KEY = "secret-key-123456"


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "image.jpg"
    path.write_bytes(os.urandom(2 * 1024 * 1024 + 3))
    return path


def test_put_is_streamed_retried_whole_and_sent_without_credentials(
    faults: FaultServer, storage: FaultServer, clock: FakeClock, source: Path
) -> None:
    storage.route("/up", faults=[Status(503), Reset(0)], refuse_credentials=True)
    seen: list[tuple[int, int | None]] = []
    with cl.connect(KEY, base_url=faults.base_url, clock=clock) as client:
        response = upload(
            client.get_httpx_client(), storage.url("/up"), source, progress=lambda d, t: seen.append((d, t))
        )
    assert response.json() == {"received": source.stat().st_size}
    hits = storage.hits("/up")
    assert len(hits) == 3
    assert all(h.body == source.read_bytes() for h in hits)
    assert all("x-api-key" not in h.headers for h in hits)
    assert seen[-1] == (source.stat().st_size, source.stat().st_size)


async def test_async_upload_behaves_the_same(
    faults: FaultServer, storage: FaultServer, clock: FakeClock, source: Path
) -> None:
    storage.route("/up", faults=[Status(500)], refuse_credentials=True)
    async with cl.connect(KEY, base_url=faults.base_url, clock=clock) as client:
        response = await aupload(client.get_async_httpx_client(), storage.url("/up"), source)
    assert response.json() == {"received": source.stat().st_size}
    assert len(storage.hits("/up")) == 2


def test_missing_file_is_refused_before_any_request(faults: FaultServer, tmp_path: Path) -> None:
    with cl.connect(KEY, base_url=faults.base_url) as client, pytest.raises(FileNotFoundError, match=r"nothing\.jpg"):
        upload(client.get_httpx_client(), faults.url("/up"), tmp_path / "nothing.jpg")
    assert faults.requests == []
