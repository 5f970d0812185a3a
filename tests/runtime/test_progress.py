"""Progress bars say what is done, how fast and how long is left, in words that agree,
and never share a line with anything else written to the terminal."""

from __future__ import annotations

import io

import pytest

import citylens_client as cl
from citylens_client._runtime import progress
from citylens_client._runtime.progress import TerminalProgress, close_all, print_above
from tests.conftest import FakeClock
from tests.faults.server import FaultServer, Status


class Ticks:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def screen(text: str) -> list[str]:
    """What a terminal shows after `text`: `\\r` returns to the start of the line, and
    what is written after it overwrites what was there."""
    lines: list[str] = []
    current: list[str] = []
    column = 0
    for char in text:
        if char == "\r":
            column = 0
        elif char == "\n":
            lines.append("".join(current).rstrip())
            current, column = [], 0
        else:
            if column < len(current):
                current[column] = char
            else:
                current.append(char)
            column += 1
    if current:
        lines.append("".join(current).rstrip())
    return lines


@pytest.fixture(autouse=True)
def _no_bars_left() -> None:
    close_all()


def test_counts_take_the_unit_once_and_agree_in_number() -> None:
    out = io.StringIO()
    bar = TerminalProgress("images", unit="files", stream=out, clock=Ticks())
    bar(1, 6)
    bar.close()
    assert screen(out.getvalue())[-1].endswith("1/6 files")

    out = io.StringIO()
    bar = TerminalProgress("images", unit="files", stream=out, clock=Ticks())
    bar(1, None)
    bar.close()
    assert screen(out.getvalue()) == ["images 1 file"]


def test_rate_and_time_left_once_there_is_something_to_measure() -> None:
    out, ticks = io.StringIO(), Ticks()
    bar = TerminalProgress("images", unit="files", stream=out, clock=ticks)
    bar(0, 100)
    ticks.now += 2
    bar(50, 100)
    bar.close()
    assert "50/100 files  25 files/s  0:02 left" in screen(out.getvalue())[-1]


def test_bytes_in_binary_units_with_a_byte_rate() -> None:
    out, ticks = io.StringIO(), Ticks()
    bar = TerminalProgress("f.zip", unit="B", stream=out, clock=ticks)
    bar(0, 4 << 20)
    ticks.now += 2
    bar(4 << 20, 4 << 20)
    bar.close()
    assert "4.0 MiB/4.0 MiB  2.0 MiB/s" in screen(out.getvalue())[-1]


def test_closing_shows_the_last_count_even_between_redraws() -> None:
    out, ticks = io.StringIO(), Ticks()
    bar = TerminalProgress("f.bin", unit="B", stream=out, clock=ticks)
    bar(0, 1000)
    ticks.now += 0.01  # sooner than the next redraw
    bar(999, 1000)
    assert "999 B/" not in out.getvalue()
    close_all()  # as before an error or Ctrl-C message
    assert screen(out.getvalue())[-1].startswith("f.bin [") and "999 B/1000 B" in screen(out.getvalue())[-1]
    bar.close()
    assert out.getvalue().count("\n") == 1  # ended once


def test_a_line_written_while_a_bar_is_shown_gets_a_line_of_its_own() -> None:
    out, ticks = io.StringIO(), Ticks()
    bar = TerminalProgress("pages", unit="requests", stream=out, clock=ticks)
    bar(6, 6)
    print_above("export status: INIT", out)
    bar.close()
    assert screen(out.getvalue()) == ["export status: INIT", "pages [" + "#" * 30 + "] 6/6 requests"]


def test_a_shorter_redraw_leaves_nothing_of_the_longer_one() -> None:
    out, ticks = io.StringIO(), Ticks()
    bar = TerminalProgress("walk", stream=out, clock=ticks)
    bar(1_000_000, None)
    ticks.now += 1
    bar(1_000_001, None)
    ticks.now += 1
    progress.notice("HTTP 503; retry 1 of 4 in 0.5s")
    bar(1_000_002, None)  # the notice goes once the walk moves on
    bar.close()
    assert screen(out.getvalue()) == ["walk 1,000,002  1.0/s"]


def test_a_retry_shows_on_the_bar_while_it_waits(faults: FaultServer, clock: FakeClock) -> None:
    faults.route("/x", faults=[Status(503)])
    out = io.StringIO()
    bar = TerminalProgress("frames", stream=out, clock=Ticks())
    bar(3, 10)
    with cl.connect("ck_live_0123456789", base_url=faults.base_url, clock=clock) as client:
        client.get_httpx_client().get("/x")
    bar.close()
    assert "(HTTP 503; retry 1 of 4 in" in out.getvalue()
