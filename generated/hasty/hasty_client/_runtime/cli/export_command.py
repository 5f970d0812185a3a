"""A command that makes an export, waits for it and downloads its file, resumably: its
options gathered into one `ExportDownload`, whose `run` does the three steps inside an
`ExportJob` (which keeps the job's id for `--resume`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TypeVar

import attrs

from .connection import CC, Opener
from .download_target import download_to
from .export_job import ExportJob
from .options import (
    FC,
    gathered,
    out_option,
    overwrite_option,
    poll_interval_option,
    progress_option,
    resume_option,
    show_progress,
    timeout_option,
)
from .waiting import Waiting

R = TypeVar("R")


@attrs.frozen
class ExportDownload:
    """Where the export's file goes, how long to wait for it, and whether to resume."""

    out: Path
    waiting: Waiting
    resume: bool
    overwrite: bool

    def run(
        self,
        open_client: Opener[CC],
        *,
        command: str,
        params: Mapping[str, object],
        create: Callable[[CC], str],
        wait: Callable[..., object],
        download: Callable[..., R],
        verb: str = "created",
    ) -> tuple[str, R]:
        """The export's id and `download(client, done, out, overwrite=, progress=)`,
        after `create(client)` made the export (or `--resume` found its id, kept with
        `command`, `params` and the connection's settings, which a resumed run must
        repeat) and `wait(client, export_id, **wait options)` saw it `done`."""
        params = {**params, **open_client.settings()}
        with (
            ExportJob(self.out, command, params, resume=self.resume, overwrite=self.overwrite) as job,
            open_client() as client,
        ):
            export_id = job.start(lambda: create(client), verb)
            done = self.waiting.wait(f"export {export_id}", lambda **options: wait(client, export_id, **options))
            with download_to(self.out, resume=True, overwrite=self.overwrite):
                result = download(client, done, self.out, overwrite=self.overwrite, progress=self.waiting.progress)
        return export_id, result


def export_options(
    out_help: str,
    *,
    resume_help: str = "Carry on an interrupted run of the same command (same options).",
    what: str = "the export to complete",
    poll_interval: bool = True,
) -> Callable[[FC], FC]:
    """`--out`, `--timeout` (`--poll-interval`), `--resume`, `--overwrite` and
    `--progress` of an export command; the command gets `export`."""

    def gather(out: Path, resume: bool, overwrite: bool, progress: bool | None, **wait: float) -> ExportDownload:
        waiting = Waiting(wait["timeout"], wait.get("poll_interval"), show_progress(progress))
        return ExportDownload(out, waiting, resume, overwrite)

    interval = ["poll_interval"] if poll_interval else []
    return gathered(
        "export",
        ["out", "timeout", *interval, "resume", "overwrite", "progress"],
        gather,
        out_option(out_help),
        timeout_option(what),
        *([poll_interval_option()] if poll_interval else []),
        resume_option(resume_help),
        overwrite_option(),
        progress_option(),
    )
