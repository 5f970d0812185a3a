"""Benchmarks: every figure a ratio against a baseline measured in the same run.

    python scripts/bench.py [--size-mib N] [--only SECTION ...] [--output docs/benchmarks.md]

Prints a table and writes it to docs/benchmarks.md with the machine, versions and
date. Exits non-zero only when a benchmark could not run; no figure is a pass/fail
threshold (the targets are stated beside the figures, for people to read).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / ".bench"


@dataclass
class Row:
    section: str
    case: str
    baseline: str
    ours: str
    ratio: str
    target: str = ""


def _run_json(args: list[str], **kwargs: object) -> dict[str, float]:
    out = subprocess.run(args, check=True, capture_output=True, text=True, cwd=ROOT, **kwargs)  # type: ignore[call-overload]
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


# -- download ---------------------------------------------------------------

# Runs in a fresh interpreter so that its peak RSS is the download's alone.
_OURS = """
import json, resource, sys, time
from pathlib import Path
import citylens_client as cl
from citylens_client._runtime.download import download
base, dest = sys.argv[1], Path(sys.argv[2])
with cl.connect(base, "bench-key") as client:
    idle = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    download(client.get_httpx_client(), "/file", dest, overwrite=True)
    elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "idle_kib": idle}))
"""

# curl's own peak RSS, read from the wrapper's children; wall time, because curl's
# %{time_total} covers only the last of its retries.
_CURL = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
subprocess.run(sys.argv[1:], check=True)
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "rss_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def _ensure_file(size: int) -> Path:
    WORK.mkdir(exist_ok=True)
    path = WORK / f"download-{size >> 20}MiB.bin"
    if not path.exists() or path.stat().st_size != size:
        with open(path, "wb") as file:
            for _ in range(0, size, 64 << 20):
                file.write(os.urandom(min(64 << 20, size - file.tell())))
    return path


def _serve(path: Path, resets: int) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.faults.server", str(path), "--resets", str(resets)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    return proc, proc.stdout.readline().strip()


def bench_download(size_mib: int) -> list[Row]:
    source = _ensure_file(size_mib << 20)
    rows: list[Row] = []
    for resets in (0, 3):
        proc, base = _serve(source, resets)
        try:
            dest = WORK / "out-curl.bin"
            dest.unlink(missing_ok=True)
            curl = [
                "curl", "-sS", "-o", str(dest),
                "--retry", "10", "--retry-all-errors", "--retry-delay", "1", "-C", "-", f"{base}/file",
            ]  # fmt: skip
            theirs = _run_json([sys.executable, "-c", _CURL, *curl])
            ok_curl = dest.stat().st_size == source.stat().st_size
            proc.kill()
            proc.wait()
            proc, base = _serve(source, resets)
            ours_dest = WORK / "out-ours.bin"
            ours = _run_json([sys.executable, "-c", _OURS, base, str(ours_dest)])
            ok_ours = ours_dest.stat().st_size == source.stat().st_size
        finally:
            proc.kill()
            proc.wait()
        mib = size_mib
        case = f"{mib} MiB, {resets} connection resets" + ("" if ok_curl and ok_ours else " (SIZE MISMATCH)")
        rows.append(
            Row(
                "download",
                case + " - throughput",
                f"curl {mib / theirs['seconds']:.0f} MiB/s",
                f"{mib / ours['seconds']:.0f} MiB/s",
                f"{theirs['seconds'] / ours['seconds']:.2f}x of curl",
                "near 1x" if resets == 0 else "both resume; backoff delays included",
            )
        )
        rows.append(
            Row(
                "download",
                case + " - peak RSS",
                f"curl {theirs['rss_kib'] / 1024:.0f} MiB",
                f"{ours['rss_kib'] / 1024:.0f} MiB",
                f"{ours['rss_kib'] / max(theirs['rss_kib'], 1):.1f}x of curl",
                f"flat; {ours['idle_kib'] / 1024:.0f} MiB of it is the interpreter with the package imported",
            )
        )
        (WORK / "out-curl.bin").unlink(missing_ok=True)
        (WORK / "out-ours.bin").unlink(missing_ok=True)
    return rows


# -- page walk ---------------------------------------------------------------

_WALK_RAW = """
import json, sys, time, httpx
base, key, start, end = sys.argv[1:5]
with httpx.Client(base_url=base, headers={"X-API-Key": key}) as http:
    began = time.perf_counter()
    offset, count = 0, 0
    while True:
        page = json.loads(http.get("/export-api/v1/detections/objects",
            params={"from_dt": start, "to_dt": end, "limit": 1000, "offset": offset}).content)
        count += len(page["detected_objects"])
        offset += len(page["detected_objects"])
        if not page["detected_objects"] or offset >= page["total_count"]:
            break
print(json.dumps({"seconds": time.perf_counter() - began, "items": count}))
"""

_WALK_TYPED = """
import json, sys, time
import citylens_client as cl
base, key, start, end = sys.argv[1:5]
with cl.connect(base, key) as client:
    began = time.perf_counter()
    count = sum(1 for _ in cl.iter_detected_objects(client, start, end, page_size=1000))
print(json.dumps({"seconds": time.perf_counter() - began, "items": count}))
"""


def _best_of(runs: int, command: list[str]) -> dict[str, float]:
    """The fastest of a few runs: the least disturbed by whatever else the machine does."""
    return min((_run_json(command) for _ in range(runs)), key=lambda r: r["seconds"])


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for(url: str) -> None:
    import httpx

    for _ in range(600):
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError(f"simulator at {url} did not start")


def bench_page_walk(_size_mib: int) -> list[Row]:
    port, key = _free_port(), "bench-key"
    server = subprocess.Popen(
        [sys.executable, "-m", "vision_api_sims.citylens", "--port", str(port), "--api-key", key,
         "--detections", "200000", "--days", "20"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    args = [base, key, "2025-11-01T00:00:00", "2025-11-21T00:00:00"]
    try:
        _wait_for(base + "/export-api/v1/detectors")
        _run_json([sys.executable, "-c", _WALK_RAW, *args])  # warm the simulator's caches
        raw = _best_of(3, [sys.executable, "-c", _WALK_RAW, *args])
        typed = _best_of(3, [sys.executable, "-c", _WALK_TYPED, *args])
    finally:
        server.kill()
        server.wait()
    same = "" if raw["items"] == typed["items"] else " (ITEM COUNT MISMATCH)"
    return [
        Row(
            "page walk",
            f"{int(raw['items']):,} CityLens detections, page size 1000{same}",
            f"httpx + json.loads {raw['seconds']:.2f} s",
            f"iter_detected_objects {typed['seconds']:.2f} s",
            f"{typed['seconds'] / raw['seconds']:.2f}x the raw loop",
            "<= 1.3x; typed models, validation, retries included",
        )
    ]


# -- concurrent walk ---------------------------------------------------------

_WALK_ASYNC = """
import asyncio, json, resource, sys, time
from citylens_client import aio
base, key, start, end, prefetch = sys.argv[1:6]

async def main():
    async with aio.connect(base, key) as client:
        began = time.perf_counter()
        walk = aio.iter_detected_objects(client, start, end, page_size=250, prefetch=int(prefetch))
        ids = [o.id async for o in walk]
        return time.perf_counter() - began, ids

seconds, ids = asyncio.run(main())
ordered = all(a < b for a, b in zip(ids, ids[1:]))
print(json.dumps({"seconds": seconds, "items": len(ids), "ordered": ordered, "checksum": sum(ids) % 1000003,
                  "rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def bench_concurrent_walk(_size_mib: int) -> list[Row]:
    port, key = _free_port(), "bench-key"
    server = subprocess.Popen(
        [sys.executable, "-m", "vision_api_sims.citylens", "--port", str(port), "--api-key", key,
         "--detections", "200000", "--days", "20", "--latency", "0.02"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    args = [base, key, "2025-11-01T00:00:00", "2025-11-06T00:00:00"]
    try:
        _wait_for(base + "/export-api/v1/detectors")
        _run_json([sys.executable, "-c", _WALK_ASYNC, *args, "1"])  # warm the simulator's caches
        sequential = _best_of(2, [sys.executable, "-c", _WALK_ASYNC, *args, "1"])
        ahead = _best_of(2, [sys.executable, "-c", _WALK_ASYNC, *args, "8"])
    finally:
        server.kill()
        server.wait()
    same = sequential["checksum"] == ahead["checksum"] and sequential["items"] == ahead["items"] and ahead["ordered"]
    return [
        Row(
            "concurrent walk",
            f"{int(sequential['items']):,} detections, 20 ms latency per request, page size 250"
            + ("" if same else " (ITEMS DIFFER)"),
            f"sequential async walk {sequential['seconds']:.2f} s",
            f"prefetch=8 {ahead['seconds']:.2f} s",
            f"{sequential['seconds'] / ahead['seconds']:.1f}x faster",
            f">= 5x; same items, same order; peak RSS {ahead['rss_kib'] / 1024:.0f} MiB"
            f" vs {sequential['rss_kib'] / 1024:.0f} MiB sequential",
        )
    ]


# -- import time -------------------------------------------------------------

_IMPORT_TIME = """
import subprocess, sys, json
def cumulative(module):
    err = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"],
                         capture_output=True, text=True, check=True).stderr
    return int(next(l for l in err.splitlines() if l.rstrip().endswith(f"| {module}")).split("|")[1])
print(json.dumps({m: min(cumulative(m) for _ in range(7)) for m in sys.argv[1:]}))
"""


def bench_import_time(_size_mib: int) -> list[Row]:
    import tempfile
    import venv

    sys.path.insert(0, str(ROOT / "scripts"))
    from vendors import VENDORS

    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        # A venv with the packages alone: what a user has (no rich or click making httpx slower).
        venv.create(tmp, with_pip=True)
        python = str(Path(tmp) / "bin" / "python")
        packages = [str(v.output) for v in VENDORS.values()]
        subprocess.run([python, "-m", "pip", "install", "-q", *packages], check=True, capture_output=True)
        modules = ["httpx", *(v.package for v in VENDORS.values())]
        times = json.loads(
            subprocess.run(
                [python, "-c", _IMPORT_TIME, *modules], check=True, capture_output=True, text=True, cwd=tmp
            ).stdout
        )
    base = times["httpx"]
    return [
        Row("import time", f"import {v.package}", f"import httpx {base / 1000:.0f} ms",
            f"{times[v.package] / 1000:.0f} ms", f"{times[v.package] / base:.2f}x httpx", "<= 2x")
        for v in VENDORS.values()
    ]  # fmt: skip


# -- large export read -------------------------------------------------------

_READ_BASELINE = """
import json, resource, sys, time
began = time.perf_counter(); count = 0
with open(sys.argv[1], "rb") as file:
    for line in file:
        json.loads(line); count += 1
print(json.dumps({"seconds": time.perf_counter() - began, "items": count,
                  "rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""

_READ_TYPED = """
import json, resource, sys, time
import scopix_client as sx
began = time.perf_counter()
count = sum(1 for _ in sx.iter_export_records(sys.argv[1]))
print(json.dumps({"seconds": time.perf_counter() - began, "items": count,
                  "rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def _jsonl_export(size: int) -> Path:
    from vision_api_sims.scopix import build_history

    WORK.mkdir(exist_ok=True)
    path = WORK / f"scopix-export-{size >> 20}MiB.jsonl"
    if not path.exists() or path.stat().st_size < size:
        history = build_history()
        block = "".join(history.serialised(e) + "\n" for e in history.entries).encode()
        with open(path, "wb") as file:
            while file.tell() < size:
                file.write(block)
    return path


def bench_export_read(size_mib: int) -> list[Row]:
    sys.path.insert(0, str(ROOT))
    path = _jsonl_export(size_mib << 20)
    baseline = _best_of(2, [sys.executable, "-c", _READ_BASELINE, str(path)])
    typed = _best_of(2, [sys.executable, "-c", _READ_TYPED, str(path)])
    mib = path.stat().st_size >> 20
    return [
        Row(
            "export read",
            f"{mib} MiB Scopix JSONL, {int(typed['items']):,} records"
            + ("" if typed["items"] == baseline["items"] else " (COUNT MISMATCH)"),
            f"json.loads per line {baseline['seconds']:.1f} s, peak RSS {baseline['rss_kib'] / 1024:.0f} MiB",
            f"typed records {typed['seconds']:.1f} s, peak RSS {typed['rss_kib'] / 1024:.0f} MiB",
            f"{baseline['seconds'] / typed['seconds']:.1f}x faster",
            "typed (msgspec Structs, validated); memory flat whatever the size",
        )
    ]


# -- generation -------------------------------------------------------------


def _timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True)
    return time.perf_counter() - start


def bench_generation(_size_mib: int) -> list[Row]:
    full = _timed([sys.executable, "scripts/generate.py", "--check", "--force"])
    noop = min(_timed([sys.executable, "scripts/generate.py", "--check"]) for _ in range(3))
    return [
        Row(
            "generation",
            "all packages: full generation + drift compare, then a no-op run (no spec changed)",
            f"full {full:.1f} s",
            f"no-op {noop:.2f} s",
            f"{full / noop:.0f}x faster",
            "no-op < 1 s (content hashes of every input and output)",
        )
    ]


SECTIONS: dict[str, Callable[[int], list[Row]]] = {
    "page-walk": bench_page_walk,
    "concurrent-walk": bench_concurrent_walk,
    "export-read": bench_export_read,
    "import-time": bench_import_time,
    "download": bench_download,
    "generation": bench_generation,
}


def _versions() -> str:
    import httpx

    return (
        f"Python {platform.python_version()}, httpx {httpx.__version__}, "
        + subprocess.run(["curl", "--version"], capture_output=True, text=True).stdout.splitlines()[0].split(" (")[0]
    )


def render(rows: list[Row]) -> str:
    lines = [
        "# Benchmarks",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {platform.machine()}, {os.cpu_count()} cores; "
        f"{_versions()}. Regenerate with `nox -s bench`.",
        "",
        "Each figure is measured against its baseline in the same run, on loopback.",
        "",
        "| section | case | baseline | ours | ratio | target / note |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    lines += [f"| {r.section} | {r.case} | {r.baseline} | {r.ours} | {r.ratio} | {r.target} |" for r in rows]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mib", type=int, default=1024, help="download size (default 1 GiB)")
    parser.add_argument("--only", nargs="*", choices=sorted(SECTIONS), default=None)
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args()
    rows: list[Row] = []
    for name in args.only or SECTIONS:
        rows += SECTIONS[name](args.size_mib)
    text = render(rows)
    print(text)
    args.output.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
