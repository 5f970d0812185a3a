"""Progress reporting: a callback `(done, total)` or a ready terminal bar.

The library and the console commands share these lines. A terminal line is redrawn in
place; anything else written to the same stream while one is shown (a log line, a
retry, the message of an error or of Ctrl-C) goes through `print_above()`, which
clears the line, writes the text and redraws the line below it, so no bar is ever
glued to other text.
"""

from __future__ import annotations

import shutil
import sys
import time
from collections.abc import Callable
from typing import TextIO

from .errors import ParameterTypeError  # a TypeError too, so callers catching that still do

# Called with the amount done so far and the total when known (bytes, items, ...).
ProgressCallback = Callable[[int, int | None], None]
Progress = ProgressCallback | bool | None

# Lines being shown, oldest first. Process-wide because the terminal is.
_SHOWN: list[LiveLine] = []
_REDRAW_EVERY = 0.1
# A rate measured over less time than this says more about start-up than about speed.
_RATE_AFTER = 0.5


class LiveLine:
    """One line of a terminal redrawn in place, ended cleanly by `close()`."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self._drawn = 0  # characters on screen, to blank out when the next text is shorter
        self._text = ""
        self._closed = False

    def show(self, text: str) -> None:
        if self._closed:
            return
        if self not in _SHOWN:
            _SHOWN.append(self)
        self._text = _fit(text, self.stream)
        self._paint(self._text)

    def _paint(self, text: str) -> None:
        padding = " " * max(0, self._drawn - len(text))
        self.stream.write(f"\r{text}{padding}")
        if padding:
            self.stream.write("\r" + text)
        self.stream.flush()
        self._drawn = len(text)

    def _erase(self) -> None:
        if self._drawn:
            self.stream.write("\r" + " " * self._drawn + "\r")
            self._drawn = 0

    def close(self) -> None:
        """End the line (once): what follows starts on a line of its own."""
        if self._closed:
            return
        self._closed = True
        if self in _SHOWN:
            _SHOWN.remove(self)
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = 0


def print_above(text: str, stream: TextIO | None = None) -> None:
    """Write the line `text` to `stream` (stderr) above whatever live line it shows."""
    stream = stream or sys.stderr
    # A line on another stream shares the screen when both are the terminal (stdout and stderr).
    live = [line for line in _SHOWN if line.stream is stream or (_isatty(line.stream) and _isatty(stream))]
    for line in live:
        line._erase()
        line.stream.flush()
    stream.write(text + "\n")
    stream.flush()
    for line in live:
        line._paint(line._text)


def notice(text: str) -> None:
    """A remark on every bar shown (a retry, a wait), until its next step."""
    for line in list(_SHOWN):
        if isinstance(line, TerminalProgress):
            line.notice = text
            line.redraw()


def close_all() -> bool:
    """End every live line, drawn at its final count: before an error or Ctrl-C message.
    True when there was one (the cursor is now at the start of a fresh line)."""
    shown = list(_SHOWN)
    for line in shown:
        if isinstance(line, TerminalProgress):
            line.redraw()
        line.close()
    return bool(shown)


class TerminalProgress(LiveLine):
    """A one-line progress bar on stderr with rate and time left, redrawn at most ten
    times a second and always at its last count when closed.

    `unit` is the plural noun counted ("files", "requests"), "B" for bytes (shown in
    KiB, MiB, ...), or "" when the label says what is counted.
    """

    def __init__(
        self,
        label: str,
        *,
        unit: str = "",
        stream: TextIO | None = None,
        width: int = 30,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(stream)
        self.label = label
        self.unit = unit
        self.width = width
        self.notice: str | None = None
        self._clock = clock
        self._last_draw: float | None = None
        self._done = 0
        self._total: int | None = None
        self._start: tuple[float, int] | None = None  # (when, done) of the first report: a resumed run's start

    def __call__(self, done: int, total: int | None) -> None:
        now = self._clock()
        if self._start is None:
            self._start = (now, done)
        if done != self._done:
            self.notice = None
        self._done, self._total = done, total
        finished = total is not None and done >= total
        if self._last_draw is None or now - self._last_draw >= _REDRAW_EVERY or finished:
            self._last_draw = now
            self.redraw()

    def redraw(self) -> None:
        self.show(self.render())

    def render(self) -> str:
        """The line as it is drawn now."""
        done, total = self._done, self._total
        parts = [self.label]
        if total:
            filled = min(self.width, self.width * done // total)
            parts.append("[" + "#" * filled + "-" * (self.width - filled) + "]")
            parts.append(self._amount(done, total))
        else:
            parts.append(self._amount(done, None))
        rate = self._rate()
        if rate is not None:
            parts.append(f" {self._per_second(rate)}")
            if total and done < total and rate > 0:
                parts.append(f" {_duration((total - done) / rate)} left")
        if self.notice:
            parts.append(f" ({self.notice})")
        return " ".join(parts)

    def _amount(self, done: int, total: int | None) -> str:
        if self.unit == "B":
            return _bytes(done) + ("" if total is None else f"/{_bytes(total)}")
        noun = _noun(self.unit, done if total is None else total)
        counted = f"{done:,}" if total is None else f"{done:,}/{total:,}"
        return f"{counted} {noun}" if noun else counted

    def _rate(self) -> float | None:
        if self._start is None:
            return None
        elapsed = self._clock() - self._start[0]
        if elapsed < _RATE_AFTER:
            return None
        return (self._done - self._start[1]) / elapsed

    def _per_second(self, rate: float) -> str:
        if self.unit == "B":
            return f"{_bytes(int(rate))}/s"
        per = f" {self.unit}/s" if self.unit else "/s"
        return f"{rate:,.1f}{per}" if rate < 10 else f"{rate:,.0f}{per}"

    def close(self) -> None:
        if not self._closed and self._last_draw is not None:
            self.redraw()  # the last count, which the throttle may have skipped
        super().close()


def _noun(unit: str, count: int) -> str:
    """`files` for 1 is `file`: the unit agrees with the number it follows."""
    return unit[:-1] if count == 1 and unit.endswith("s") else unit


def _bytes(value: int) -> str:
    size = float(value)
    for suffix in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or suffix == "GiB":
            return f"{size:.0f} {suffix}" if suffix == "B" else f"{size:.1f} {suffix}"
        size /= 1024
    raise AssertionError("unreachable")


def _duration(seconds: float) -> str:
    whole = int(seconds + 0.5)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _isatty(stream: TextIO) -> bool:
    isatty = getattr(stream, "isatty", None)
    return bool(isatty is not None and isatty())


def _fit(text: str, stream: TextIO) -> str:
    """`text` cut to the terminal's width: a line that wraps cannot be redrawn in place."""
    if not _isatty(stream):
        return text
    columns = shutil.get_terminal_size().columns - 1
    return text if len(text) <= columns else text[: max(columns - 1, 0)] + "…"


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
