"""`<out>.resume.json`: where an interrupted run stands, and with which options.

A page walk writes its records to `<out>.part` and, after every page, records in
`<out>.resume.json` (atomically, after an fsync of the `.part` file) where the walk
stands (offset, or cursor and items done) and how many bytes of `.part` hold complete
records. An export job keeps its id there too. The options a state was written with
are stored in it: resuming with different ones is refused.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .atomic_files import write_json_atomically
from .console import note
from .exit_codes import CommandError
from .json_text import normalised

STATE_VERSION = 1


class ResumeState:
    """`<out>.resume.json`: the command and options of a run, and where it stands.

    `open()` decides, before any request, between a fresh start and a resumed one,
    refusing to silently drop or clobber an interrupted run's files.
    """

    def __init__(self, out: Path, command: str, params: Mapping[str, object]) -> None:
        self.out = out
        self.path = out.with_name(out.name + ".resume.json")
        self.command = command
        self.params = normalised(dict(params))
        self.data: dict[str, Any] = {}

    def open(self, *, resume: bool, overwrite: bool, leftovers: Iterable[Path] = ()) -> bool:
        """Prepare the run; True when it carries on a saved state (in `data`).

        `leftovers` are other files of an interrupted run (`.part`): kept when resuming,
        deleted when starting over with `overwrite`, and refused otherwise.
        """
        if self.out.exists() and not overwrite:
            raise CommandError(f"{self.out} exists; pass --overwrite to replace it")
        found = [p for p in (self.path, *leftovers) if p.exists()]
        if resume and self.path.exists():
            self.data = self._load()
            return True
        if found and not overwrite and not resume:
            listed = ", ".join(str(p) for p in found)
            raise CommandError(
                f"{listed}: left from an interrupted run; pass --resume to continue it or --overwrite to start over"
            )
        if resume:
            note(f"nothing to resume for {self.out}: starting from the beginning")
        for leftover in found:
            leftover.unlink()
        self.data = {}
        return False

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise CommandError(f"{self.path}: unreadable ({error}); pass --overwrite to start over") from None
        if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
            raise CommandError(f"{self.path}: not a resume state this version writes; pass --overwrite to start over")
        if data.get("command") != self.command or data.get("params") != self.params:
            stored: dict[str, Any] = data["params"] if isinstance(data.get("params"), dict) else {}
            changed = sorted(k for k in set(stored) | set(self.params) if stored.get(k) != self.params.get(k)) or [
                "the command"
            ]
            raise CommandError(
                f"{self.path} was written by a run with other options ({', '.join(changed)}); "
                "resume with the same options, or pass --overwrite to start over"
            )
        return data

    def save(self, **fields: object) -> None:
        """Merge `fields` into the state and write it atomically."""
        self.data.update(fields)
        document = {**self.data, "version": STATE_VERSION, "command": self.command, "params": self.params}
        write_json_atomically(self.path, document)

    def clear(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        self.data = {}
