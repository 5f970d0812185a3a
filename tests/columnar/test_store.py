"""Many workers opening one dataset's SQLite file at the same moment all get in."""

from __future__ import annotations

import threading
from pathlib import Path

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
