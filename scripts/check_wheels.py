"""Build each package's wheel, install it alone into a fresh venv, and use it.

    python scripts/check_wheels.py generated/citylens [...]

Proves that `pip install` of a package needs nothing else from this repository.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import tomllib
import venv
from pathlib import Path

# Run inside the fresh venv: import everything the package ships and connect.
SMOKE = """
import importlib, pkgutil, sys
pkg = importlib.import_module(sys.argv[1])
for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
    importlib.import_module(info.name)
assert (pkg.__path__[0] + "/py.typed") and __import__("os").path.exists(pkg.__path__[0] + "/py.typed")
print(sys.argv[1], "imports;", len(list(pkgutil.walk_packages(pkg.__path__))), "top-level modules")
"""


def check(project: Path, workdir: Path) -> None:
    meta = tomllib.loads((project / "pyproject.toml").read_text())
    name = meta["tool"]["uv"]["build-backend"]["module-name"]
    dist = workdir / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(project)], check=True)
    wheel = next(dist.glob(f"{name}-*.whl"))
    env_dir = workdir / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", str(wheel)], check=True)
    # From an empty folder, so nothing of this repository is importable by accident.
    subprocess.run([str(python), "-c", SMOKE, name], check=True, cwd=workdir)


def main(projects: list[str]) -> int:
    for project in projects:
        with tempfile.TemporaryDirectory(prefix="wheel-check-") as tmp:
            check(Path(project).resolve(), Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
