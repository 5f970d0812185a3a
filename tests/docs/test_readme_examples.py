"""Every Python and shell example in the READMEs, run against the simulators, so that
what a newcomer copies works.

- A Python example runs as it is, in an empty folder, with the environment the
  simulator prints (`vision-sim <vendor>`'s `export` line) set.
- A Python example holding `def test_...` ("Testing your code") is a user's test file:
  it runs under pytest in a folder of its own, with the fixtures of the installed plugin.
- A shell example runs line by line (`scripts/readme_examples.py`): `vision-sim
  <vendor>` starts the real command on a free port, an `export` line must be the one it
  printed, every other command must succeed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from vision_api_sims import VENDORS, Sim

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from readme_examples import Block, Shell, blocks  # noqa: E402

DOCS = [ROOT / "README.md", *(ROOT / "overlays" / vendor / "USAGE.md" for vendor in VENDORS)]
ALL = [block for doc in DOCS for block in blocks(doc.read_text(encoding="utf-8"), str(doc.relative_to(ROOT)))]
PYTEST_TIMEOUT = 300.0


def _source(block: Block) -> str:
    return block.source


def _vendors(block: Block) -> list[str]:
    """The vendors an example talks to, by their package or their command."""
    return [v for v in VENDORS if re.search(rf"\b{v}_client\b|^\s*{v}\b|vision-sim {v}\b", block.code, re.M)]


def _jpegs(folder: Path) -> None:
    # The files the Hasty examples upload, as a user would have them beside the script.
    for name in ("a.jpg", "b.jpg"):
        Image.new("RGB", (64, 48), (200, 120, 40)).save(folder / name, "JPEG")


def _sims(request: pytest.FixtureRequest, block: Block) -> dict[str, Sim]:
    # The plugin's fixtures, as a user's tests would get them.
    return {vendor: request.getfixturevalue(f"{vendor}_sim") for vendor in _vendors(block)}


def _env(sims: dict[str, Sim]) -> dict[str, str]:
    prefixes = tuple(f"{vendor.upper()}_" for vendor in VENDORS)
    env = {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}
    for sim in sims.values():
        env.update(sim.env)
    return env


SCRIPTS = [b for b in ALL if b.language == "python" and not b.is_test]


@pytest.mark.parametrize("block", SCRIPTS, ids=_source)
def test_python_example_runs_against_the_simulator(
    block: Block, request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sims = _sims(request, block)
    assert sims, f"{block.source}: the example uses no client"
    for name, value in _env(sims).items():
        monkeypatch.setenv(name, value)
    monkeypatch.chdir(tmp_path)
    _jpegs(tmp_path)
    exec(compile(block.code, block.source, "exec"), {"__name__": "__readme__"})
    assert all(sim.requests() for sim in sims.values()), "the example never reached the simulator"


@pytest.mark.parametrize("block", [b for b in ALL if b.is_test], ids=_source)
def test_testing_example_passes_under_pytest(block: Block, tmp_path: Path) -> None:
    (tmp_path / "test_from_readme.py").write_text(block.code, encoding="utf-8")
    # Only the installed plugin: no conftest or setting of this repository is in reach of tmp_path.
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_from_readme.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=PYTEST_TIMEOUT,
    )
    assert done.returncode == 0, f"{block.source}:\n{done.stdout}{done.stderr}"
    assert " passed" in done.stdout


@pytest.mark.parametrize("block", [b for b in ALL if b.language == "sh"], ids=_source)
def test_shell_example_runs_against_the_simulator(block: Block, request: pytest.FixtureRequest, tmp_path: Path) -> None:
    _jpegs(tmp_path)
    with Shell(Path(sys.executable).parent, _env(_sims(request, block)), tmp_path) as shell:
        shell.play(block)
