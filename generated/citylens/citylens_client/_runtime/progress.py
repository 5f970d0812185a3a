"""Progress reporting: a callback `(done, total)` or a ready terminal bar."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

from .errors import ParameterTypeError  # a TypeError too, so callers catching that still do

# Called with the amount done so far and the total when known (bytes, items, ...).
ProgressCallback = Callable[[int, int | None], None]
Progress = ProgressCallback | bool | None


class TerminalProgress:
    """A one-line progress bar on stderr, redrawn at most ten times a second."""

    def __init__(self, label: str, *, unit: str = "", stream: TextIO | None = None, width: int = 30) -> None:
        self.label = label
        self.unit = unit
        self.stream = stream or sys.stderr
        self.width = width
        self._last_draw = 0.0
        self._done = 0
        self._total: int | None = None
        self._shown: tuple[int, int | None] | None = None

    def __call__(self, done: int, total: int | None) -> None:
        self._done, self._total = done, total
        now = time.monotonic()
        if now - self._last_draw >= 0.1 or (total is not None and done >= total):
            self._last_draw = now
            self._draw()

    def _draw(self) -> None:
        done, total = self._done, self._total
        if self._shown == (done, total):
            return
        self._shown = (done, total)
        if total:
            filled = min(self.width, self.width * done // total)
            bar = "#" * filled + "-" * (self.width - filled)
            text = f"\r{self.label} [{bar}] {_human(done, self.unit)}/{_human(total, self.unit)}"
        else:
            text = f"\r{self.label} {_human(done, self.unit)}"
        self.stream.write(text)
        self.stream.flush()

    def close(self) -> None:
        self._draw()
        self.stream.write("\n")
        self.stream.flush()


def _human(value: int, unit: str) -> str:
    if unit != "B":
        return f"{value:,}{unit and ' ' + unit}"
    size = float(value)
    for suffix in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or suffix == "GiB":
            return f"{size:.0f} {suffix}" if suffix == "B" else f"{size:.1f} {suffix}"
        size /= 1024
    raise AssertionError("unreachable")


def resolve(progress: Progress, label: str, unit: str = "") -> ProgressCallback | None:
    """A callback from the `progress` argument: a callable as given, `True` for a bar on stderr."""
    if progress is None or progress is False:
        return None
    if progress is True:
        return TerminalProgress(label, unit=unit)
    if callable(progress):
        return progress
    raise ParameterTypeError("progress", f"expected a callable, True or None, got {type(progress).__name__}")


def finish(callback: ProgressCallback | None) -> None:
    if isinstance(callback, TerminalProgress):
        callback.close()
