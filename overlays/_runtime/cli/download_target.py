"""The destination of a download command: its options (`--out`, `--resume`,
`--overwrite`, `--progress`) gathered into one `DownloadTarget`; never clobbered,
resumable after Ctrl-C."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from pathlib import Path

import attrs

from .atomic_files import part_of
from .connection import CC, Opener
from .exit_codes import CommandError, Interrupted
from .options import FC, gathered, out_option, overwrite_option, progress_option, resume_option, show_progress


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


@attrs.frozen
class DownloadTarget:
    """Where a download goes (None: the command's default) and how."""

    out: Path | None
    resume: bool
    overwrite: bool
    progress: bool

    def save(self, open_client: Opener[CC], default: Path, download: Callable[..., Path]) -> Path:
        """`download(client, dest, overwrite=, progress=)` (a helper's `download_*`)
        to `--out`, else `default`; returns where the file is."""
        dest = self.out or default
        with download_to(dest, resume=self.resume, overwrite=self.overwrite), open_client() as client:
            return download(client, dest, overwrite=self.overwrite, progress=self.progress)


def _gather(out: Path | None, resume: bool, overwrite: bool, progress: bool | None) -> DownloadTarget:
    return DownloadTarget(out, resume, overwrite, show_progress(progress))


def download_options(out_help: str) -> Callable[[FC], FC]:
    """The options of a command that downloads one file; the command gets `target`."""
    return gathered(
        "target",
        ["out", "resume", "overwrite", "progress"],
        _gather,
        out_option(out_help, required=False),
        resume_option("Continue an interrupted download from the bytes in OUT.part."),
        overwrite_option(),
        progress_option(),
    )
