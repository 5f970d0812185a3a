"""Ctrl-C: stop at once, except while a record and its checkpoint are being written."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from types import FrameType


class SigintGuard:
    """SIGINT raises KeyboardInterrupt at once, except inside `critical()`, where it is
    held until the section ends: a record and its checkpoint are written whole or not."""

    def __init__(self) -> None:
        self.depth = 0
        self.pending = False

    def handler(self, signum: int, frame: FrameType | None) -> None:
        if self.depth:
            self.pending = True
            return
        raise KeyboardInterrupt

    @contextlib.contextmanager
    def critical(self) -> Iterator[None]:
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1
            if self.pending and not self.depth:
                self.pending = False
                raise KeyboardInterrupt


# One per process: there is one SIGINT handler to install.
GUARD = SigintGuard()


@contextlib.contextmanager
def guard_interrupts() -> Iterator[None]:
    """Install the SIGINT handler for the duration (main thread only; elsewhere a no-op)."""
    try:
        previous = signal.signal(signal.SIGINT, GUARD.handler)
    except ValueError:  # not the main thread: signals are not ours to handle
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None else signal.default_int_handler)
