"""The runtime's sync forms, written at generation from its async code (scripts/sync_twins.py)."""

from __future__ import annotations

import inspect
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from sync_twins import with_sync_twins  # noqa: E402

SOURCE = textwrap.dedent(
    '''
    class Walk:
        # sync twin: begin
        async def adownload(self, http: httpx.AsyncClient, call: Callable[[], Awaitable[list[int]]]) -> list[int]:
            """Fetch it."""
            async with http.stream("GET", "/") as response:
                async for chunk in response.aiter_raw():
                    self.chunks.append(chunk)
            return await call()
        # sync twin: end
    '''
)


def test_a_region_gets_its_sync_form_after_it() -> None:
    text = with_sync_twins(SOURCE)
    assert "async def adownload(self, http: httpx.AsyncClient, call: Callable[[], Awaitable[list[int]]])" in text
    sync = text[text.index("# Written from the async form") :]
    assert "    def download(self, http: httpx.Client, call: Callable[[], list[int]]) -> list[int]:" in sync
    assert "with http.stream" in sync and "for chunk in response.iter_raw():" in sync
    assert "return call()" in sync
    assert "async" not in sync.split("\n", 1)[1] and "await" not in sync
    assert "sync twin" not in text  # the markers go


@pytest.mark.parametrize(
    "source",
    [
        "# sync twin: begin\nasync def f() -> None: ...\n",  # no end
        "async def f() -> None: ...\n# sync twin: end\n",  # no beginning
        "# sync twin: begin\nasync def f() -> None:\n    import asyncio\n# sync twin: end\n",  # would be `import sync`
    ],
)
def test_a_region_that_cannot_be_twinned_is_refused(source: str) -> None:
    with pytest.raises(ValueError, match="twin region"):
        with_sync_twins(source)


@pytest.mark.parametrize(
    ("module", "sync", "async_"),
    [
        ("download", "download", "adownload"),
        ("upload", "upload", "aupload"),
        ("polling", "poll", "apoll"),
        ("pagination", "OffsetIterator.__iter__", "AsyncOffsetIterator.__aiter__"),
        ("pagination", "CursorIterator.__iter__", "AsyncCursorIterator.__aiter__"),
    ],
)
def test_every_package_runtime_has_both_forms(module: str, sync: str, async_: str) -> None:
    import importlib

    runtime = importlib.import_module(f"citylens_client._runtime.{module}")

    def lookup(path: str) -> object:
        found: object = runtime
        for part in path.split("."):
            found = getattr(found, part)
        return inspect.unwrap(found)  # type: ignore[arg-type]

    assert not inspect.iscoroutinefunction(lookup(sync)) and not inspect.isasyncgenfunction(lookup(sync))
    assert inspect.iscoroutinefunction(lookup(async_)) or inspect.isasyncgenfunction(lookup(async_))
