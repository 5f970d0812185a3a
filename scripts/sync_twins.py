"""The sync helpers of a package, written from its async ones.

Each vendor writes its helpers once, async, in `overlays/<vendor>/aio.py`. This turns
that file into `helpers.py` with `unasync` (the tool httpcore and urllib3 use): `async`
and `await` go, and each async name becomes its sync twin: every `AsyncX` becomes `X`,
and the names below. The two forms cannot drift apart, because only one is written.
"""

from __future__ import annotations

import tokenize
from pathlib import Path

import unasync

ASYNC_SOURCE = "aio.py"
SYNC_TARGET = "helpers.py"

# Async names that do not follow the `AsyncX` pattern, and their sync twins.
SYNC_NAMES = {
    "asyncio": "sync",  # the generated operations' async call
    "asyncio_detailed": "sync_detailed",
    "get_async_httpx_client": "get_httpx_client",
    "aclose": "close",
    "adownload": "download",
    "aextract_zip": "extract_zip",
    "aupload": "upload",
    "apoll": "poll",
    "awalk": "walk",
    "amap_limited": "map_limited",
    "ain_thread": "in_thread",
    "asleep": "sleep",
    "_aio_walks": "_sync_walks",  # the spec's x-walk helpers (scripts/walk_helpers.py)
}


def _async_names(source: Path) -> dict[str, str]:
    """`AsyncX` -> `X` for every such name in `source` (unasync's own rule is `SyncX`)."""
    with source.open("rb") as file:
        names = {token.string for token in tokenize.tokenize(file.readline) if token.type == tokenize.NAME}
    return {name: name[5:] for name in names if name.startswith("Async") and name[5:6].isupper()}


def write_sync_twin(package_dir: Path) -> Path | None:
    """Write `helpers.py` beside `aio.py` in `package_dir`; None when there is no `aio.py`."""
    source = package_dir / ASYNC_SOURCE
    if not source.exists():
        return None
    rule = unasync.Rule(
        fromdir=ASYNC_SOURCE, todir=SYNC_TARGET, additional_replacements={**_async_names(source), **SYNC_NAMES}
    )
    unasync.unasync_files([str(source)], [rule])
    target = package_dir / SYNC_TARGET
    header = "# Written from aio.py at generation (scripts/sync_twins.py): edit that, not this.\n"
    target.write_text(header + target.read_text())
    return target
