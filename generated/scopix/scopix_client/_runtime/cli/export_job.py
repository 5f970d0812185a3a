"""A server-side export a command creates, waits for and downloads, resumable.

The job's id is kept in `<out>.resume.json` from the moment it is known until the file
is in place: after Ctrl-C or a failure, `--resume` waits for the same job and continues
the download from the bytes in `<out>.part`, instead of starting another export.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from types import TracebackType

from ..errors import JobFailedError, JobTimeoutError, NotFoundError, VisionAPIError
from .console import note
from .exit_codes import Interrupted
from .interrupts import GUARD
from .resume_state import ResumeState

_HINT = "run the same command with --resume to wait for it and download it"


class ExportJob:
    """Use as a context manager around creating (`start`), waiting for and downloading
    an export; leaving it says what became of the job and how to carry on."""

    def __init__(self, out: Path, command: str, params: Mapping[str, object], *, resume: bool, overwrite: bool) -> None:
        self.state = ResumeState(out, command, params)
        self.resumed = self.state.open(
            resume=resume, overwrite=overwrite, leftovers=[out.with_name(out.name + ".part")]
        )
        self.export_id: str | None = str(self.state.data["export_id"]) if self.resumed else None

    def start(self, create: Callable[[], str], verb: str = "created") -> str:
        """The id of the export: the saved one when resuming, else that of a new one."""
        if self.export_id is not None:
            note(f"resuming export {self.export_id}")
            return self.export_id
        export_id = create()
        with GUARD.critical():  # the id is known: Ctrl-C now must find it saved
            self.export_id = export_id
            self.state.save(export_id=export_id)
        note(f"export {export_id} {verb}")
        return export_id

    def __enter__(self) -> ExportJob:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        export_id = self.export_id
        if error is None:
            self.state.clear()
        elif export_id is None:
            return  # no export was made (or its id never came back): nothing to say about one
        elif isinstance(error, KeyboardInterrupt):
            raise Interrupted(f"export {export_id} goes on; {_HINT}") from None
        elif isinstance(error, JobFailedError):
            self.state.clear()  # nothing to resume: a new run starts a new export
        elif isinstance(error, JobTimeoutError):
            error.add_note(f"export {export_id} goes on; {_HINT}")
        elif isinstance(error, NotFoundError) and self.resumed:
            self.state.clear()
            error.add_note(f"export {export_id} is gone; run the command without --resume for a new one")
        elif isinstance(error, VisionAPIError):
            error.add_note(f"export {export_id} is kept in {self.state.path}; {_HINT}")
