"""Measuring children: peak RSS from a launcher that touched no memory, interleaved runs,
median/min/max."""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
WORK = ROOT / ".bench"
CHILDREN = HERE / "children"

Result = dict[str, float]


def launcher() -> list[str]:
    """The compiled launcher (built once into .bench/), as a command prefix."""
    WORK.mkdir(exist_ok=True)
    binary = WORK / "launch"
    source = HERE / "launch.c"
    if not binary.exists() or binary.stat().st_mtime < source.stat().st_mtime:
        compiler = shutil.which("cc") or shutil.which("gcc")
        if compiler is None:
            raise RuntimeError("the benchmark needs a C compiler for its RSS launcher (cc)")
        subprocess.run([compiler, "-O2", "-o", str(binary), str(source)], check=True)
    return [str(binary)]


def run(command: Sequence[str], *, cwd: Path = ROOT, timeout: float = 900) -> Result:
    """Run `command` under the launcher; merge the child's last JSON line with the
    launcher's figures (`rss_mib`, `wall`, `cpu` of the whole child)."""
    out = subprocess.run([*launcher(), *command], capture_output=True, text=True, cwd=cwd, timeout=timeout, check=False)
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        raise RuntimeError(
            f"{' '.join(command)} failed ({out.returncode}):\n{out.stdout[-2000:]}\n{out.stderr[-3000:]}"
        )
    measured = json.loads(lines[-1])["launcher"]
    result: Result = {}
    for line in lines[:-1]:
        result.update(json.loads(line))
    result["rss_mib"] = measured["maxrss_kib"] / 1024
    result["process_wall"] = measured["wall"]
    result["process_cpu"] = measured["cpu"]
    result.setdefault("seconds", measured["wall"])
    return result


def python_child(name: str, *args: str) -> list[str]:
    return [sys.executable, str(CHILDREN / name), *args]


def interleaved(cases: dict[str, Callable[[], Result]], runs: int, *, warmup: bool = True) -> dict[str, list[Result]]:
    """Every case `runs` times, round-robin, each round starting one case later: no case
    always runs first (onto memory the VM just reclaimed) or last. One warm-up round is
    thrown away."""
    names = list(cases)
    results: dict[str, list[Result]] = {name: [] for name in names}
    for round_ in range(-1 if warmup else 0, runs):
        shift = round_ % len(names)
        for name in names[shift:] + names[:shift]:
            result = cases[name]()
            if round_ >= 0:
                results[name].append(result)
    return results


class Stat:
    """Median, min and max of one figure over the runs of a case."""

    def __init__(self, values: Sequence[float]) -> None:
        self.values = list(values)
        self.median = statistics.median(self.values)
        self.min = min(self.values)
        self.max = max(self.values)

    def fmt(self, spec: str = ".2f", unit: str = "") -> str:
        return f"{self.median:{spec}}{unit} ({self.min:{spec}}-{self.max:{spec}})"


def stat(results: list[Result], key: str | Callable[[Result], float]) -> Stat:
    get = (lambda r: r[key]) if isinstance(key, str) else key
    return Stat([get(r) for r in results])
