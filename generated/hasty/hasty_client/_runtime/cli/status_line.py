"""A job's status while a command waits for it, on stderr."""

from __future__ import annotations

import time
from collections.abc import Callable

from ..progress import LiveLine
from .console import note


class StatusLine:
    """Shows a job's status while waiting: a line redrawn in place (with the time
    waited) when progress is on, else one line per change of status."""

    def __init__(self, label: str, *, live: bool, clock: Callable[[], float] = time.monotonic) -> None:
        self.label = label
        self.line = LiveLine() if live else None
        self.clock = clock
        self.started = clock()
        self.last: str | None = None

    def __call__(self, status: object) -> None:
        text = str(getattr(status, "value", status))
        if self.line is not None:
            self.line.show(f"{self.label}: {text} ({self.clock() - self.started:.0f}s)")
        elif text != self.last:
            note(f"{self.label}: {text}")
        self.last = text

    def close(self) -> None:
        if self.line is not None:
            self.line.close()

    def __enter__(self) -> StatusLine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
