"""Many workers opening one dataset's SQLite file at the same moment all get in."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from citylens_client._runtime.columnar.store import open_store

WORKERS = 6


def _open_all_at_once(path: Path) -> list[Exception]:
    start, failures = threading.Barrier(WORKERS), []

    def worker() -> None:
        start.wait()
        try:
            open_store(path).close()
        except Exception as error:
            failures.append(error)

    threads = [threading.Thread(target=worker) for _ in range(WORKERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return failures


def test_workers_opening_a_new_manifest_at_once_all_open_it(tmp_path: Path) -> None:
    for round_ in range(20):
        assert _open_all_at_once(tmp_path / f"manifest-{round_}.sqlite") == []


def test_a_manifest_that_is_not_sqlite_is_a_store_error_naming_the_file(tmp_path: Path) -> None:
    import citylens_client as cl
    from citylens_client.bulk import sync

    (tmp_path / "_manifest.sqlite").write_bytes(b"not a database, just some text " * 64)
    # No server listens on port 9: the manifest is read before any request.
    with cl.connect("key-1234567", base_url="http://127.0.0.1:9") as client, pytest.raises(cl.VisionAPIError) as caught:
        sync(client, tmp_path, since="2025-11-01T00:00:00", until="2025-11-02T00:00:00")
    assert "_manifest.sqlite" in str(caught.value) or "SQLite" in str(caught.value)
