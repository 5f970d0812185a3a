"""Every Python and shell example in the READMEs, run against the simulators, so that
what a newcomer copies works.

- A Python example runs as it is, in an empty folder, with the environment the
  simulator prints (`vision-sim <vendor>`'s `export` line) set.
- A Python example holding `def test_...` ("Testing your code") is a user's test file:
  it runs under pytest in a folder of its own, with the fixtures of the installed plugin.
- A shell example runs line by line: `vision-sim <vendor>` starts the real command (on
  a free port), an `export` line must be the one the simulator printed (ports aside),
  and every other command must succeed. Installing (`pip install`, `nox`) is left to
  the fresh-environment check (`scripts/check_sims.py`).
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image

from vision_api_sims import VENDORS, Sim

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", *(ROOT / "overlays" / vendor / "USAGE.md" for vendor in VENDORS)]
BLOCK = re.compile(r"^```(python|sh)\n(.*?)^```", re.S | re.M)
SKIPPED = ("pip install", "python3 -m pip", "python3 -m nox", "python -m pip")
PORT = re.compile(r"127\.0\.0\.1:\d+")
COMMAND_TIMEOUT = 120.0


@dataclass(frozen=True)
class Example:
    doc: Path
    line: int
    language: str
    code: str

    @property
    def id(self) -> str:
        return f"{self.doc.relative_to(ROOT)}:{self.line}"

    def name(self) -> str:
        """The test id: where the example is."""
        return self.id

    def vendors(self) -> list[str]:
        """The vendors the example talks to, by their package or command."""
        return [v for v in VENDORS if re.search(rf"\b{v}_client\b|^\s*{v}\b|vision-sim {v}\b", self.code, re.M)]


def examples() -> Iterator[Example]:
    for doc in DOCS:
        text = doc.read_text(encoding="utf-8")
        for match in BLOCK.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            yield Example(doc, line, match.group(1), match.group(2))


ALL = list(examples())


def _jpegs(folder: Path) -> None:
    # The files the Hasty example uploads, as a user would have them beside the script.
    for name in ("a.jpg", "b.jpg"):
        Image.new("RGB", (64, 48), (200, 120, 40)).save(folder / name, "JPEG")


def _sims(request: pytest.FixtureRequest, example: Example) -> dict[str, Sim]:
    return {vendor: request.getfixturevalue(f"{vendor}_sim") for vendor in example.vendors()}


def _env(sims: dict[str, Sim]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(tuple(f"{v.upper()}_" for v in VENDORS))}
    for sim in sims.values():
        env.update(sim.env)
    return env


@pytest.mark.parametrize(
    "example", [e for e in ALL if e.language == "python" and "def test_" not in e.code], ids=Example.name
)
def test_python_example_runs_against_the_simulator(
    example: Example, request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sims = _sims(request, example)
    assert sims, f"{example.id}: the example uses no client"
    for name, value in _env(sims).items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)
    _jpegs(tmp_path)
    exec(compile(example.code, example.id, "exec"), {"__name__": "__readme__"})
    assert all(sim.requests() for sim in sims.values()), "the example never reached the simulator"


@pytest.mark.parametrize("example", [e for e in ALL if "def test_" in e.code], ids=Example.name)
def test_testing_example_passes_under_pytest(example: Example, tmp_path: Path) -> None:
    (tmp_path / "test_from_readme.py").write_text(example.code, encoding="utf-8")
    # Only the installed plugin: no conftest of this repository is in reach of tmp_path.
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_from_readme.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT,
    )
    assert done.returncode == 0, f"{example.id}:\n{done.stdout}{done.stderr}"
    assert " passed" in done.stdout


class Shell:
    """Runs a shell example's lines as a user in a terminal would."""

    def __init__(self, example: Example, sims: dict[str, Sim], cwd: Path) -> None:
        self.example = example
        # The commands installed beside this Python, as an activated venv would have them.
        env = _env(sims)
        self.env = {**env, "PATH": os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])}
        self.cwd = cwd
        self.started: list[subprocess.Popen[str]] = []
        self.printed: dict[str, str] = {}

    def vision_sim(self, args: list[str]) -> None:
        command = [str(Path(sys.executable).with_name("vision-sim")), *args, "--port", "0"]
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=self.cwd)
        self.started.append(process)
        assert process.stdout is not None
        lines = []
        for line in process.stdout:
            lines.append(line)
            if line.startswith("Serving until Ctrl-C"):
                break
        else:
            pytest.fail(f"vision-sim ended before serving:\n{''.join(lines)}{process.stderr and process.stderr.read()}")
        export = next(line for line in lines if line.strip().startswith("shell:")).split("shell:", 1)[1]
        self.printed.update(_assignments(export))

    def export(self, line: str) -> None:
        documented = _assignments(line)
        if self.printed:
            ours = {k: PORT.sub("127.0.0.1:PORT", v) for k, v in self.printed.items()}
            theirs = {k: PORT.sub("127.0.0.1:PORT", v) for k, v in documented.items()}
            assert theirs == ours, f"{self.example.id}: the documented export is not what vision-sim prints"
            self.env.update(self.printed)

    def run(self, line: str) -> None:
        done = subprocess.run(
            ["bash", "-c", line], env=self.env, cwd=self.cwd, capture_output=True, text=True, timeout=COMMAND_TIMEOUT
        )
        assert done.returncode == 0, f"{self.example.id}: `{line}` exited {done.returncode}:\n{done.stderr}"

    def stop(self) -> None:
        for process in self.started:
            process.send_signal(2)  # Ctrl-C
            out, _err = process.communicate(timeout=COMMAND_TIMEOUT)
            assert process.returncode == 0 and "Stopped." in out


def _assignments(export: str) -> dict[str, str]:
    words = shlex.split(export.strip().removeprefix("export "))
    return dict(word.split("=", 1) for word in words)


def _command(line: str) -> str:
    return line.split("  #", 1)[0].strip()


@pytest.mark.parametrize("example", [e for e in ALL if e.language == "sh"], ids=Example.name)
def test_shell_example_runs_against_the_simulator(
    example: Example, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    shell = Shell(example, _sims(request, example), tmp_path)
    _jpegs(tmp_path)
    try:
        for raw in example.code.splitlines():
            line = _command(raw)
            if not line or line.startswith("#") or line.startswith(SKIPPED):
                continue
            if line.startswith("vision-sim "):
                shell.vision_sim(shlex.split(line)[1:])
            elif line.startswith("export "):
                shell.export(line)
            else:
                shell.run(line)
    finally:
        shell.stop()
