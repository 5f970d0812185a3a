"""The destination of a download command: never clobbered, resumable after Ctrl-C."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from .atomic_files import part_of
from .exit_codes import CommandError, Interrupted


@contextlib.contextmanager
def download_to(dest: Path, *, resume: bool, overwrite: bool) -> Iterator[Path]:
    """Around a runtime download to `dest`: refuse to clobber `dest` or an interrupted
    download's `<dest>.part` unless told (`--overwrite` / `--resume`), and on Ctrl-C
    say how many bytes are kept for `--resume` (the downloader continues from them)."""
    part = part_of(dest)
    if dest.exists() and not overwrite:
        raise CommandError(f"{dest} exists; pass --overwrite to replace it")
    if part.exists() and not resume:
        if not overwrite:
            raise CommandError(
                f"{part} is left from an interrupted download; "
                "pass --resume to continue it or --overwrite to start over"
            )
        part.unlink()
    try:
        yield dest
    except KeyboardInterrupt:
        kept = part.stat().st_size if part.exists() else 0
        raise Interrupted(
            f"{kept:,} bytes kept in {part}; run the same command with --resume to continue the download"
        ) from None
