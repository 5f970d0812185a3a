"""Try every client without credentials, as a newcomer would, from the built wheels only.

    python scripts/check_sims.py generated/citylens [...]

Builds the wheels of vision-api-sims (`sims/`) and of each client (with its `[cli]`
extra), installs them into one fresh venv with pytest, and then, from an empty folder
(nothing of this repository on `sys.path`), for each client:

- runs the "Try it in one minute" steps of the README the wheel carries: `vision-sim
  <vendor>` exactly as documented, the `export` line it prints, the CLI examples;
- runs the README's usage example with that environment;
- runs its "Testing your code" example under pytest, with the installed plugin.

Last, `examples/user-project`'s tests run there too, copied out of the repository.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
import venv
from pathlib import Path

from readme_examples import Block, Shell, blocks

ROOT = Path(__file__).resolve().parent.parent
SIMS = ROOT / "sims"
USER_PROJECT = ROOT / "examples" / "user-project"
PYTEST = "pytest>=8"

# Read inside the fresh venv: the README as installed, from the distribution's metadata.
README = "import importlib.metadata, sys; print(importlib.metadata.metadata(sys.argv[1])['Description'])"
JPEGS = (
    "from PIL import Image\n"
    "for name in ('a.jpg', 'b.jpg'): Image.new('RGB', (64, 48), (200, 120, 40)).save(name, 'JPEG')"
)


def _wheel(project: Path, dist: Path) -> Path:
    name = tomllib.loads((project / "pyproject.toml").read_text())["tool"]["uv"]["build-backend"]["module-name"]
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(project)], check=True)
    return next(dist.glob(f"{name}-*.whl"))


def _clean_env() -> dict[str, str]:
    # Nothing of this repository or of the calling environment leaks into the venv's Python.
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV") and "_BASE_URL" not in k}


def _check_client(bin_dir: Path, project: Path, folder: Path) -> None:
    distribution = tomllib.loads((project / "pyproject.toml").read_text())["project"]["name"]
    vendor = distribution.removesuffix("-client")
    python = str(bin_dir / "python")
    folder.mkdir()
    env = _clean_env()
    subprocess.run([python, "-c", JPEGS], cwd=folder, env=env, check=True)
    readme = subprocess.run(
        [python, "-c", README, distribution], cwd=folder, env=env, check=True, capture_output=True, text=True
    ).stdout
    found = list(blocks(readme, f"{distribution} README"))
    try_it = [b for b in found if b.language == "sh" and f"vision-sim {vendor}" in b.code]
    usage = [b for b in found if b.language == "python" and not b.is_test]
    testing = [b for b in found if b.is_test]
    if not (try_it and usage and testing):
        sys.exit(f"{distribution}: its README lacks a Try-it shell example, a usage example or a test example")
    # The documented command as it is: its default port, as a newcomer gets it.
    with Shell(bin_dir, env, folder, free_ports=False) as shell:
        for block in try_it:
            shell.play(block)
        _run_python(python, usage[0], {**env, **shell.printed}, folder)  # the simulator is still up
    _run_tests(python, testing[0], folder / "testing")
    print(f"{distribution}: Try it, usage and testing examples pass against `vision-sim {vendor}`", flush=True)


def _run_python(python: str, block: Block, env: dict[str, str], folder: Path) -> None:
    script = folder / "example.py"
    script.write_text(block.code, encoding="utf-8")
    subprocess.run([python, str(script)], cwd=folder, env=env, check=True, stdout=subprocess.DEVNULL)


def _run_tests(python: str, block: Block, folder: Path) -> None:
    folder.mkdir()
    (folder / "test_from_readme.py").write_text(block.code, encoding="utf-8")
    subprocess.run([python, "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=folder, env=_clean_env(), check=True)


def main(projects: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="sims-check-") as tmp:
        work = Path(tmp)
        wheels = [_wheel(SIMS, work / "dist")]
        wheels += [_wheel(Path(project).resolve(), work / "dist") for project in projects]
        venv.create(work / "venv", with_pip=True)
        bin_dir = work / "venv" / "bin"
        requirements = [f"{wheel}[cli]" if wheel != wheels[0] else str(wheel) for wheel in wheels]
        subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", *requirements, PYTEST], check=True)
        for project in projects:
            _check_client(bin_dir, Path(project).resolve(), work / Path(project).name)
        user_project = shutil.copytree(USER_PROJECT, work / "user-project")
        subprocess.run([str(bin_dir / "python"), "-m", "pytest", "-q"], cwd=user_project, env=_clean_env(), check=True)
        print("examples/user-project: its tests pass with the installed plugin", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
