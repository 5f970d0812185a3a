"""Run the examples of a README as a newcomer would: its Python and shell code blocks.

Used by `tests/docs/test_readme_examples.py` (the repository's READMEs, in the test
environment) and by `scripts/check_sims.py` (each package's README, in a fresh venv
holding only the built wheels).

A shell example runs line by line: `vision-sim <vendor>` starts that command, an
`export` line must be the one the simulator printed (ports aside: a test may ask for a
free one), installing (`pip install`, `nox`) is skipped (the caller installed what the
example names), and every other command must succeed.
"""

from __future__ import annotations

import os
import re
import shlex
import signal
import subprocess
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Block", "Shell", "blocks"]

BLOCK = re.compile(r"^```(python|sh)\n(.*?)^```", re.S | re.M)
SKIPPED = ("pip install", "python3 -m pip", "python -m pip", "python3 -m nox")
PORT = re.compile(r"127\.0\.0\.1:\d+")
TIMEOUT = 300.0  # seconds a command may take before it is reported as hanging


@dataclass(frozen=True)
class Block:
    source: str  # where it is, for messages: `README.md:42`
    language: str
    code: str

    @property
    def is_test(self) -> bool:
        """A "Testing your code" example: a test file for pytest, not a script."""
        return "def test_" in self.code


def blocks(text: str, name: str) -> Iterator[Block]:
    for match in BLOCK.finditer(text):
        yield Block(f"{name}:{text.count(chr(10), 0, match.start()) + 1}", match.group(1), match.group(2))


def assignments(export: str) -> dict[str, str]:
    """`export A=1 B=2` as {"A": "1", "B": "2"}."""
    words = shlex.split(export.strip().removeprefix("export "))
    return dict(word.split("=", 1) for word in words)


class ExampleFailed(AssertionError):
    pass


class Shell:
    """A terminal: commands from `bin_dir` first on the PATH; use it in `with`, which stops
    the simulators it started."""

    def __init__(self, bin_dir: Path, env: Mapping[str, str], cwd: Path, *, free_ports: bool = True) -> None:
        self.bin_dir = bin_dir
        self.env = {**env, "PATH": os.pathsep.join([str(bin_dir), env.get("PATH", "")])}
        self.cwd = cwd
        self.free_ports = free_ports
        self.started: list[subprocess.Popen[str]] = []
        self.printed: dict[str, str] = {}

    def __enter__(self) -> Shell:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def play(self, block: Block) -> None:
        """Run the block's lines; simulators it starts keep running until `stop` (or the `with` ends)."""
        for raw in block.code.splitlines():
            line = raw.split("  #", 1)[0].strip()
            if not line or line.startswith("#") or line.startswith(SKIPPED):
                continue
            if line.startswith("vision-sim "):
                self.vision_sim(shlex.split(line)[1:], block)
            elif line.startswith("export "):
                self.export(line, block)
            else:
                self.run(line, block)

    def vision_sim(self, args: list[str], block: Block) -> None:
        command = [str(self.bin_dir / "vision-sim"), *args, *(["--port", "0"] if self.free_ports else [])]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=self.cwd)
        self.started.append(process)
        assert process.stdout is not None
        lines = []
        for line in process.stdout:
            lines.append(line)
            if line.startswith("Serving until Ctrl-C"):
                break
        else:
            error = process.stderr.read() if process.stderr else ""
            raise ExampleFailed(f"{block.source}: `vision-sim` ended before serving:\n{''.join(lines)}{error}")
        export = next(line for line in lines if line.strip().startswith("shell:")).split("shell:", 1)[1]
        self.printed.update(assignments(export))

    def export(self, line: str, block: Block) -> None:
        """An `export` after `vision-sim` must be what it printed; before it, the caller's environment stands."""
        if not self.printed:
            return
        ours = {k: PORT.sub("127.0.0.1:PORT", v) for k, v in self.printed.items()}
        theirs = {k: PORT.sub("127.0.0.1:PORT", v) for k, v in assignments(line).items()}
        if theirs != ours:
            raise ExampleFailed(f"{block.source}: the documented `{line}` is not what vision-sim prints: {ours}")
        self.env.update(self.printed)

    def run(self, line: str, block: Block) -> None:
        done = subprocess.run(
            ["bash", "-c", line], env=self.env, cwd=self.cwd, capture_output=True, text=True, timeout=TIMEOUT
        )
        if done.returncode != 0:
            raise ExampleFailed(f"{block.source}: `{line}` exited {done.returncode}:\n{done.stdout}{done.stderr}")

    def stop(self) -> None:
        """Ctrl-C every simulator started; each must stop cleanly."""
        for process in self.started:
            process.send_signal(signal.SIGINT)
            out, err = process.communicate(timeout=TIMEOUT)
            if process.returncode != 0 or "Stopped." not in out:
                raise ExampleFailed(f"vision-sim did not stop cleanly on Ctrl-C (exit {process.returncode}):\n{err}")
        self.started.clear()
