"""The sync forms of a package's helpers and runtime, written from their async ones.

Each vendor writes its helpers once, async, in `overlays/<vendor>/aio.py`. This turns
that file into `helpers.py` with `unasync` (the tool httpcore and urllib3 use): `async`
and `await` go, and each async name becomes its sync twin: every `AsyncX` becomes `X`,
and the names below. The two forms cannot drift apart, because only one is written.

The runtime (`overlays/_runtime/`) does the same within a module: the code between a
`# sync twin: begin` and a `# sync twin: end` line is written async only, and the
package's copy of the module gets its sync form right after it (one module keeps both
forms, so every public name stays where it was). There `Awaitable[X]` becomes `X` too.
"""

from __future__ import annotations

import io
import tokenize
from collections.abc import Iterable, Iterator
from pathlib import Path

import tokenize_rt
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
    "awatch": "watch",
    "asave": "save",
    "amap_limited": "map_limited",
    "ain_thread": "in_thread",
    "asleep": "sleep",
    "asend": "send",
    "_aio_spec": "_sync_spec",  # the helpers the spec declares (scripts/spec_helpers.py)
}


# The runtime's own async names, beyond the helpers' ones. The module `asyncio` must not
# be named in a twinned region of the runtime: it would become `sync` (the operations' call).
RUNTIME_SYNC_NAMES = {
    **SYNC_NAMES,
    "aiter_raw": "iter_raw",
    "atraced_transfer": "traced_transfer",
    "atraced_page": "traced_page",
    "AsyncByteStream": "SyncByteStream",  # httpx's `ByteStream` is the in-memory body of both
    "asend": "send",  # _runtime/moved.py
}

TWIN_BEGIN = "# sync twin: begin"
TWIN_END = "# sync twin: end"
TWIN_NOTE = "Written from the async form above at generation (scripts/sync_twins.py): edit that, not this."


def _async_names(source: Path | str) -> dict[str, str]:
    """`AsyncX` -> `X` for every such name in `source` (a file, or text); unasync's own
    rule is `SyncX`."""
    text = source.read_text() if isinstance(source, Path) else source
    tokens = tokenize.generate_tokens(io.StringIO(text).readline)
    names = {token.string for token in tokens if token.type == tokenize.NAME}
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


def write_runtime_twins(runtime_dir: Path) -> list[Path]:
    """Add the sync form of every twinned region to the runtime modules in `runtime_dir`
    (a package's copy); the modules changed."""
    changed = []
    for module in sorted(runtime_dir.rglob("*.py")):
        text = module.read_text()
        if TWIN_BEGIN in text:
            module.write_text(with_sync_twins(text, module.name))
            changed.append(module)
    return changed


def with_sync_twins(text: str, name: str = "module") -> str:
    """`text` with the sync form of each `# sync twin: begin` ... `end` region after it."""
    rule = unasync.Rule(fromdir="/", todir="/", additional_replacements={**_async_names(text), **RUNTIME_SYNC_NAMES})
    out: list[str] = []
    region: list[str] | None = None
    for number, line in enumerate(text.splitlines(keepends=True), 1):
        marker = line.strip()
        if marker == TWIN_BEGIN:
            if region is not None:
                raise ValueError(f"{name}:{number}: a twin region inside another")
            region = []
            continue
        if marker == TWIN_END:
            if region is None:
                raise ValueError(f"{name}:{number}: a twin region's end without its beginning")
            source = "".join(region)
            if _uses_asyncio(source):
                raise ValueError(f"{name}:{number}: the module `asyncio` in a twin region would become `sync`")
            indent = line[: len(line) - len(line.lstrip())]
            tokens = _without_awaitable(rule._unasync_tokens(tokenize_rt.src_to_tokens(source)))
            out += [source, "\n", f"{indent}# {TWIN_NOTE}\n", tokenize_rt.tokens_to_src(list(tokens))]
            region = None
            continue
        (out if region is None else region).append(line)
    if region is not None:
        raise ValueError(f"{name}: a twin region without its end")
    return "".join(out)


def _uses_asyncio(source: str) -> bool:
    """Whether `source` names the module `asyncio` (an attribute `.asyncio`, the
    operations' async call, is what the `sync` replacement is for)."""
    tokens = [token for token in tokenize_rt.src_to_tokens(source) if token.src.strip()]
    return any(token.src == "asyncio" and (i == 0 or tokens[i - 1].src != ".") for i, token in enumerate(tokens))


def _without_awaitable(tokens: Iterable[tokenize_rt.Token]) -> Iterator[tokenize_rt.Token]:
    """`Awaitable[X]` -> `X`: what an async callable returns is what its sync twin does."""
    pending = list(tokens)
    depths: list[int] = []  # bracket depths at which an `Awaitable[` was dropped
    depth = 0
    for index, token in enumerate(pending):
        if token.src == "Awaitable" and index + 1 < len(pending) and pending[index + 1].src == "[":
            depths.append(depth + 1)
            continue
        if token.src == "[":
            depth += 1
            if depths and depths[-1] == depth and pending[index - 1].src == "Awaitable":
                continue
        elif token.src == "]":
            depth -= 1
            if depths and depths[-1] == depth + 1:
                depths.pop()
                continue
        yield token
