"""Benchmarks: our clients beside the floor, the usual baselines and the vendors' own
SDKs, measured in the same run.

    python scripts/bench.py [--runs N] [--size-mib N] [--only SECTION ...] [--output docs/benchmarks.md]

How, so that the figures can be trusted (see docs/benchmarks.md for the results):

- Every case runs in a fresh interpreter started by a small C launcher
  (scripts/benchkit/launch.c) that reads the child's peak RSS with wait4: a child's
  ru_maxrss starts from the high-water mark of the process it was forked from, so a
  Python parent would lend it its own memory.
- Cases are interleaved: `--runs` rounds (default 5) after a thrown-away warm-up round,
  each round starting one case later, so no case always runs first or last. Each figure
  is the median, with the min and max beside it.
- CPU per item is the child's own process time around the walk (imports excluded: the
  import section measures them), so a busy machine slows the figures less than wall time.

Targets are stated beside the figures for people to read; nothing here passes or fails.
`nox -s bench` runs this in an environment holding the vendors' SDKs and a stock
openapi-python-client build of the CityLens spec; a peer that is not installed is
reported as missing.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchkit.measure import ROOT, WORK, Result, Stat, interleaved, python_child, run, stat

ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
CITYLENS_KEY = "bench-key"
DAYS = ("2025-11-01T00:00:00", "2025-11-21T00:00:00")


@dataclass
class Section:
    title: str
    how: str
    header: list[str]
    rows: list[list[str]] = field(default_factory=list)
    targets: list[tuple[str, str, bool | None]] = field(default_factory=list)  # (target, measured, met)
    chart: str = ""


def _installed(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_for(url: str, headers: dict[str, str] | None = None) -> None:
    import httpx

    for _ in range(1200):
        try:
            httpx.get(url, headers=headers, timeout=5)
            return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError(f"simulator at {url} did not start")


@contextmanager
def _process(args: list[str], *, reads_stdout: bool = True) -> Iterator[subprocess.Popen[str]]:
    # Output we do not read goes nowhere: an unread pipe would stall a chatty server.
    stdout = subprocess.PIPE if reads_stdout else subprocess.DEVNULL
    proc = subprocess.Popen(args, cwd=ROOT, env=ENV, stdout=stdout, stderr=subprocess.DEVNULL, text=True)
    try:
        yield proc
    finally:
        proc.kill()
        proc.wait()


@contextmanager
def _citylens(detections: int, latency: float = 0.0) -> Iterator[str]:
    port = _free_port()
    args = [sys.executable, "-m", "vision_api_sims.citylens", "--port", str(port), "--api-key", CITYLENS_KEY,
            "--detections", str(detections), "--days", "20", "--latency", str(latency)]  # fmt: skip
    with _process(args, reads_stdout=False):
        base = f"http://127.0.0.1:{port}"
        _wait_for(base + "/export-api/v1/detectors", {"X-API-Key": CITYLENS_KEY})
        # The simulator builds its detections on the first query: not the clients' time.
        run(python_child("walk_citylens.py", "orjson", base, CITYLENS_KEY, *DAYS, "5000"))
        yield base


def _per_1000(results: list[Result], key: str = "cpu") -> Stat:
    return stat(results, lambda r: r[key] / r["items"] * 1e6)


def _ratio(a: Stat, b: Stat) -> float:
    return a.median / b.median


def _met(ok: bool) -> str:
    return "met" if ok else "MISSED"


# -- listing: CityLens typed walk against the floor and the baselines --------------


WALK_KINDS = {
    "socket": "bare socket + orjson (floor)",
    "orjson": "httpx + orjson.loads",
    "json": "httpx + json.loads",
    "ours": "ours: iter_detected_objects (typed)",
    "stock": "stock openapi-python-client build",
}


def bench_listing(args: argparse.Namespace) -> list[Section]:
    kinds = [k for k in WALK_KINDS if k != "stock" or _installed("city_lens_export_api_client")]
    section = Section(
        "CityLens listing",
        f"{args.detections:,} detections walked page by page from the CityLens simulator on loopback, page size "
        "1000; client CPU (process time of the walking process) per 1000 items, and throughput.",
        ["client", "CPU ms / 1000 items", "items/s", "CPU vs orjson loop", "peak RSS MiB"],
    )
    sweep = Section(
        "CityLens listing by page size",
        "Throughput (items/s, wall) of our typed walk and the orjson loop by page size; medians.",
        ["page size", "orjson loop items/s", "ours items/s", "ours CPU ms / 1000"],
    )
    with _citylens(args.detections) as base:

        def case(kind: str, size: int = 1000) -> Callable[[], Result]:
            return lambda: run(python_child("walk_citylens.py", kind, base, CITYLENS_KEY, *DAYS, str(size)))

        results = interleaved({k: case(k) for k in kinds}, args.runs)
        sizes = [100, 250, 1000, 5000]
        swept = interleaved(
            {f"{k}-{s}": case(k, s) for s in sizes for k in ("orjson", "ours") if s != 1000}, max(3, args.runs // 2)
        )
    for size in sizes:
        for kind in ("orjson", "ours"):
            if size == 1000:
                swept[f"{kind}-{size}"] = results[kind]
    cpu = {k: _per_1000(results[k]) for k in kinds}
    counts = {int(r["items"]) for k in kinds for r in results[k]}
    for kind in kinds:
        section.rows.append(
            [
                WALK_KINDS[kind],
                cpu[kind].fmt(),
                stat(results[kind], lambda r: r["items"] / r["seconds"]).fmt(",.0f"),
                f"{_ratio(cpu[kind], cpu['orjson']):.2f}x",
                stat(results[kind], "rss_mib").fmt(".0f"),
            ]
        )
    if len(counts) != 1:
        section.rows.append([f"ITEM COUNTS DIFFER: {sorted(counts)}", "", "", "", ""])
    ours_json, ours_orjson = _ratio(cpu["ours"], cpu["json"]), _ratio(cpu["ours"], cpu["orjson"])
    section.targets += [
        ("typed walk CPU <= httpx + json.loads loop", f"{ours_json:.2f}x", ours_json <= 1.0),
        ("typed walk CPU <= 1.5x httpx + orjson loop", f"{ours_orjson:.2f}x", ours_orjson <= 1.5),
    ]
    if "stock" in cpu:
        section.targets.append(
            ("(peer) stock openapi-python-client CPU vs ours", f"{_ratio(cpu['stock'], cpu['ours']):.2f}x ours", None)
        )
    points: dict[str, list[tuple[str, float]]] = {"orjson loop": [], "ours": []}
    for size in sizes:
        o = stat(swept[f"orjson-{size}"], lambda r: r["items"] / r["seconds"])
        t = stat(swept[f"ours-{size}"], lambda r: r["items"] / r["seconds"])
        sweep.rows.append([str(size), o.fmt(",.0f"), t.fmt(",.0f"), _per_1000(swept[f"ours-{size}"]).fmt()])
        points["orjson loop"].append((str(size), o.median))
        points["ours"].append((str(size), t.median))
    sweep.chart = _chart("items/s by page size", points)
    return [section, sweep]


# -- parsing alone -----------------------------------------------------------------


def bench_parse(args: argparse.Namespace) -> list[Section]:
    section = Section(
        "Parsing alone",
        "Page bodies fetched once, then decoded in a loop, each way in turn in the same process (the least "
        "disturbed of 7 rounds per run); CPU µs per item. `typed` is what our client does with a body: "
        "the page model's `from_json` (msgspec into the models' twins, in C; `from_dict` over `loads_json` "
        "when a page does not fit them exactly).",
        ["page", "json.loads", "orjson.loads", "typed (ours)", "typed vs orjson"],
    )
    with _citylens(20_000) as base:
        command = python_child("parse_pages.py", "citylens", base, CITYLENS_KEY, ",".join(DAYS), "10", "1000")
        city = interleaved({"citylens": lambda: run(command)}, args.runs)["citylens"]
    with _hasty(args.images) as (hbase, key, project):
        hasty = interleaved(
            {"hasty": lambda: run(python_child("parse_pages.py", "hasty", hbase, key, project, "20", "100"))}, args.runs
        )["hasty"]
    for name, results in (("CityLens detections, 1000 per page", city), ("Hasty images, 100 per page", hasty)):
        j, o, t = (stat(results, k) for k in ("json", "orjson", "typed"))
        section.rows.append([name, j.fmt(), o.fmt(), t.fmt(), f"{t.median / o.median:.2f}x"])
    t, o = stat(hasty, "typed"), stat(hasty, "orjson")
    section.targets.append(
        ("Hasty image pages parsed <= 2x orjson.loads", f"{t.median / o.median:.2f}x", t.median <= 2 * o.median)
    )
    return [section]


# -- Hasty listing against the vendor's SDK ------------------------------------------


@contextmanager
def _hasty(images: int) -> Iterator[tuple[str, str, str]]:
    with _process([sys.executable, str(ROOT / "scripts/benchkit/children/serve_hasty.py"), str(images)]) as proc:
        assert proc.stdout is not None
        info = json.loads(proc.stdout.readline())
        yield info["base"], info["key"], info["project"]


HASTY_KINDS = {
    "orjson": "httpx + orjson.loads",
    "json": "httpx + json.loads",
    "ours": "ours: iter_images (typed)",
    "sdk": "vendor SDK hasty 0.3.12",
}


def bench_hasty(args: argparse.Namespace) -> list[Section]:
    kinds = [k for k in HASTY_KINDS if k != "sdk" or _installed("hasty")]
    section = Section(
        "Hasty listing",
        f"Every image of a {args.images:,}-image project from the Hasty simulator (indexed store, so the "
        "simulator's cost per page does not grow with the project), page size 100 (the SDK's fixed size); "
        "client CPU per 1000 items.",
        ["client", "CPU ms / 1000 items", "items/s", "CPU vs ours", "peak RSS MiB"],
    )
    with _hasty(args.images) as (base, key, project):
        results = interleaved(
            {k: (lambda k=k: run(python_child("walk_hasty.py", k, base, key, project, "100"))) for k in kinds},  # type: ignore[misc]
            args.runs,
        )
    cpu = {k: _per_1000(results[k]) for k in kinds}
    for kind in kinds:
        section.rows.append(
            [
                HASTY_KINDS[kind],
                cpu[kind].fmt(),
                stat(results[kind], lambda r: r["items"] / r["seconds"]).fmt(",.0f"),
                f"{_ratio(cpu[kind], cpu['ours']):.2f}x",
                stat(results[kind], "rss_mib").fmt(".0f"),
            ]
        )
    if "sdk" in cpu:
        ratio = _ratio(cpu["ours"], cpu["sdk"])
        section.targets.append(("typed Hasty listing CPU <= 0.5x the vendor SDK's", f"{ratio:.2f}x", ratio <= 0.5))
    else:
        section.targets.append(("typed Hasty listing CPU <= 0.5x the vendor SDK's", "SDK not installed", None))
    return [section]


# -- prefetch ------------------------------------------------------------------------


def bench_prefetch(args: argparse.Namespace) -> list[Section]:
    section = Section(
        "Prefetching walks",
        "CityLens simulator answering every request after 20 ms, page size 250; a walk with `prefetch` pages "
        "in flight against the sequential walk of the same mode. Same items, same order checked.",
        ["walk", "seconds", "items/s", "vs sequential", "peak RSS MiB", "same items, in order"],
    )
    # 200,000 detections over 20 days: the 5-day window holds about 50,000, 200 pages.
    window = ("2025-11-01T00:00:00", "2025-11-06T00:00:00")
    levels = [1, 2, 4, 8, 16]
    with _citylens(200_000, latency=0.02) as base:

        def case(mode: str, prefetch: int) -> Callable[[], Result]:
            return lambda: run(
                python_child("walk_prefetch.py", mode, base, CITYLENS_KEY, *window, "250", str(prefetch))
            )

        cases = {f"async-{p}": case("async", p) for p in levels} | {f"sync-{p}": case("sync", p) for p in (1, 8)}
        results = interleaved(cases, args.runs)
    reference = results["async-1"][0]
    points: dict[str, list[tuple[str, float]]] = {"async": [], "sync": []}
    speedups = {}
    for name, runs in results.items():
        mode, prefetch = name.split("-")
        seconds = stat(runs, "seconds")
        base_seconds = stat(results[f"{mode}-1"], "seconds")
        same = all(
            r["checksum"] == reference["checksum"] and r["items"] == reference["items"] and r["ordered"] for r in runs
        )
        speedups[name] = base_seconds.median / seconds.median
        section.rows.append(
            [
                f"{mode} prefetch={prefetch}",
                seconds.fmt(),
                stat(runs, lambda r: r["items"] / r["seconds"]).fmt(",.0f"),
                f"{speedups[name]:.1f}x",
                stat(runs, "rss_mib").fmt(".0f"),
                "yes" if same else "NO",
            ]
        )
        points[mode].append((prefetch, reference["items"] / seconds.median))
    section.targets += [
        ("async prefetch=8 >= 7x the sequential walk", f"{speedups['async-8']:.1f}x", speedups["async-8"] >= 7),
        ("sync prefetch=8 (threads) >= 7x the sequential walk", f"{speedups['sync-8']:.1f}x", speedups["sync-8"] >= 7),
    ]
    section.chart = _chart("items/s by pages in flight (prefetch), 20 ms latency", points)
    return [section]


# -- downloads and uploads -------------------------------------------------------------


def _ensure_file(size: int) -> Path:
    WORK.mkdir(exist_ok=True)
    path = WORK / f"download-{size >> 20}MiB.bin"
    if not path.exists() or path.stat().st_size != size:
        with open(path, "wb") as file:
            while file.tell() < size:
                file.write(os.urandom(min(64 << 20, size - file.tell())))
    return path


@contextmanager
def _fault_server(path: Path, resets: int) -> Iterator[str]:
    with _process([sys.executable, "-m", "tests.faults.server", str(path), "--resets", str(resets)]) as proc:
        assert proc.stdout is not None
        yield proc.stdout.readline().strip() + "/file"


DOWNLOAD_KINDS = {
    "curl": "curl -o",
    "naive": "naive httpx.stream loop (no fsync, no resume)",
    "ours": "ours: download() (fsync, verified rename, resume)",
    "pictograph": "vendor SDK pictograph 1.60.0 download loop",
}


def bench_download(args: argparse.Namespace) -> list[Section]:
    source = _ensure_file(args.size_mib << 20)
    size = source.stat().st_size
    section = Section(
        "Downloads",
        f"{args.size_mib} MiB from a local HTTP/1.1 server (tests/faults/server.py) to a file on the same disk; "
        "with resets, the server drops the connection that many times, spread over the body, and the clients "
        "resume with Range (curl: `--retry --retry-all-errors -C -`, 1 s fixed retry delay; ours: jittered "
        "backoff from 0.5 s, which is in our time). Peak RSS of each process from the launcher.",
        ["client", "resets", "MiB/s", "vs curl", "peak RSS MiB", "file complete"],
    )
    kinds = [k for k in DOWNLOAD_KINDS if k != "pictograph" or _installed("pictograph")]
    figures: dict[tuple[str, int], tuple[Stat, Stat]] = {}
    for resets in (0, 3):
        chosen = kinds if resets == 0 else ["curl", "ours"]  # the others cannot resume
        complete: dict[str, bool] = {}

        def case(kind: str, resets: int = resets, complete: dict[str, bool] = complete) -> Callable[[], Result]:
            def go() -> Result:
                dest = WORK / f"out-{kind}.bin"
                dest.unlink(missing_ok=True)
                # Every case starts with the disk idle: the case before may have left a GiB
                # of dirty pages whose writeback would otherwise fall on this case's fsync.
                os.sync()
                with _fault_server(source, resets) as url:
                    if kind == "curl":
                        command = ["curl", "-sS", "-o", str(dest), "--retry", "10", "--retry-all-errors",
                                   "--retry-delay", "1", "-C", "-", url]  # fmt: skip
                    else:
                        command = python_child("transfer.py", kind, url, str(dest))
                    result = run(command)
                complete[kind] = complete.get(kind, True) and dest.exists() and dest.stat().st_size == size
                dest.unlink(missing_ok=True)
                return result

            return go

        results = interleaved({k: case(k) for k in chosen}, args.runs)
        for kind in chosen:
            speed = stat(results[kind], lambda r: args.size_mib / r["seconds"])
            rss = stat(results[kind], "rss_mib")
            figures[kind, resets] = speed, rss
            section.rows.append(
                [
                    DOWNLOAD_KINDS[kind],
                    str(resets),
                    speed.fmt(".0f"),
                    f"{speed.median / figures['curl', resets][0].median:.2f}x" if ("curl", resets) in figures else "",
                    rss.fmt(".1f"),
                    "yes" if complete.get(kind) else "NO",
                ]
            )
    for resets in (0, 3):
        ratio = figures["ours", resets][0].median / figures["curl", resets][0].median
        section.targets.append((f"download >= 0.9x curl -o, {resets} resets", f"{ratio:.2f}x", ratio >= 0.9))
        extra = figures["ours", resets][1].median - figures["naive", 0][1].median
        section.targets.append(
            (f"peak RSS within 8 MiB of the naive httpx loop, {resets} resets", f"{extra:+.1f} MiB", extra <= 8)
        )
    section.rows += bench_upload(args, source)
    up = {row[0]: row for row in section.rows if row[1] == "upload"}
    if up:
        ratio = float(up["ours: upload()"][3].rstrip("x"))
        section.targets.append(("upload >= 0.9x curl -T", f"{ratio:.2f}x", ratio >= 0.9))
    return [section]


def bench_upload(args: argparse.Namespace, source: Path) -> list[list[str]]:
    with _fault_server(source, 0) as url:
        command = {
            "curl -T": ["curl", "-sS", "-o", os.devnull, "-T", str(source), url],
            "ours: upload()": python_child("transfer.py", "ours-upload", url, str(source)),
        }
        results = interleaved({k: (lambda c=c: run(c)) for k, c in command.items()}, args.runs)  # type: ignore[misc]
    curl = stat(results["curl -T"], lambda r: args.size_mib / r["seconds"])
    rows = []
    for name, runs in results.items():
        speed = stat(runs, lambda r: args.size_mib / r["seconds"])
        rows.append(
            [
                name,
                "upload",
                speed.fmt(".0f"),
                f"{speed.median / curl.median:.2f}x",
                stat(runs, "rss_mib").fmt(".1f"),
                "",
            ]
        )
    return rows


# -- import time ---------------------------------------------------------------------

_IMPORT_TIME = """
import subprocess, sys, json
def cumulative(module):
    err = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"],
                         capture_output=True, text=True, check=True).stderr
    return int(next(l for l in err.splitlines() if l.rstrip().endswith(f"| {module}")).split("|")[1])
rounds = int(sys.argv[1])
times = {m: [] for m in sys.argv[2:]}
for i in range(rounds + 1):  # interleaved; the first round warms the disk cache
    for m in sys.argv[2:]:
        t = cumulative(m)
        if i:
            times[m].append(t)
print(json.dumps(times))
"""


def bench_import_time(args: argparse.Namespace) -> list[Section]:
    import tempfile
    import venv

    from vendors import VENDORS

    section = Section(
        "Import time",
        "`python -X importtime -c 'import <module>'` (cumulative µs of the top-level import), in a fresh venv "
        "holding only the packages and their dependencies, byte-compiled; interleaved rounds.",
        ["module", "ms", "vs import httpx"],
    )
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        venv.create(tmp, with_pip=True)
        python = str(Path(tmp) / "bin" / "python")
        packages = [str(v.output) for v in VENDORS.values()]
        subprocess.run([python, "-m", "pip", "install", "-q", *packages], check=True, capture_output=True)
        modules = ["httpx", *(v.package for v in VENDORS.values())]
        out = subprocess.run(
            [python, "-c", _IMPORT_TIME, str(max(7, args.runs)), *modules],
            check=True,
            capture_output=True,
            text=True,
            cwd=tmp,
        )
    times = {m: Stat([t / 1000 for t in ts]) for m, ts in json.loads(out.stdout).items()}
    for module, figure in times.items():
        ratio = figure.median / times["httpx"].median
        section.rows.append([f"import {module}", figure.fmt(".0f"), f"{ratio:.2f}x"])
        if module != "httpx":
            section.targets.append((f"import {module} <= 1.5x import httpx", f"{ratio:.2f}x", ratio <= 1.5))
    return [section]


# -- output ----------------------------------------------------------------------------


def _chart(title: str, series: dict[str, list[tuple[str, float]]], width: int = 50) -> str:
    """A text bar chart: renders anywhere the Markdown does."""
    top = max((v for points in series.values() for _, v in points), default=1) or 1
    lines = [title, ""]
    for name, points in series.items():
        for x, v in points:
            lines.append(f"{name:>12} {x!s:>5} | {'#' * max(1, round(v / top * width)):<{width}} {v:,.0f}")
        lines.append("")
    return "```\n" + "\n".join(lines).rstrip() + "\n```"


SECTIONS: dict[str, Callable[[argparse.Namespace], list[Section]]] = {
    "listing": bench_listing,
    "parse": bench_parse,
    "hasty": bench_hasty,
    "prefetch": bench_prefetch,
    "download": bench_download,
    "import-time": bench_import_time,
}


def _versions() -> str:
    import httpx

    found = []
    for module, label in (("hasty", "hasty"), ("pictograph", "pictograph"), ("orjson", "orjson")):
        if _installed(module):
            from importlib.metadata import version

            found.append(f"{label} {version(module)}")
    curl = subprocess.run(["curl", "--version"], capture_output=True, text=True).stdout.splitlines()[0].split(" (")[0]
    return f"Python {platform.python_version()}, httpx {httpx.__version__}, {curl}, " + ", ".join(found)


NOTES = """
## What was built, and why the misses are misses

- **Decoding.** Models stay attrs classes with generated `from_dict` (leniency, unknown
  keys in `additional_properties`, unknown enum values as pseudo-members, `unparsed` with a
  `ResponseFieldWarning`, all as before). A body the client reads as a model now goes
  through the model's `from_json` (_runtime/fastdecode.py): msgspec decodes it in C into
  *twins* of the models (Structs built once per model from its annotations, with
  `forbid_unknown_fields`), checking types, UUIDs, datetimes and enums on the way, and a
  constructor call compiled per model builds the attrs objects from them. The twins are
  strict on purpose: an unknown key, a null where none is documented, a value of another
  type or a malformed UUID or datetime makes them refuse the whole body, which is then
  read by `from_dict` over `loads_json` exactly as before, so nothing is lost and both
  paths give the same models (a property test holds them to that). msgspec is a new
  dependency of the packages (wheels for every platform we support, no dependencies of
  its own). What remains is Python calling each model's attrs `__init__`: about 0.5 µs
  per Hasty image (two objects, 22 fields) on top of the C decode, which itself costs
  about what `orjson.loads` does.
- **Listing requests.** A walk builds its pages' request once, through the operation's
  own `request_kwargs` and httpx's `build_request`, and then only writes each page's
  offset and limit into the query (walks.PageRequests); the answer goes through the same
  `send` (credential, retries, redirects, error mapping, tracing) and the operation's
  `parse_response`. httpx's cookie extraction, which wraps every response for
  `http.cookiejar`, is skipped for a response that sets no cookie. The walk lets the page
  before go right after building the next, with the collector paused, so a page is
  never looked at by the cyclic collector: before, each page was collected once while
  alive, and the pages moved to the oldest generation brought a full collection every
  130 pages or so (a sixth of a Hasty walk's CPU). OpenTelemetry is imported only once an
  application could have set a provider; the CA certificates are read at the first TLS
  connection; the User-Agent's version comes from the package, not its metadata.
- **Downloads.** A body of stated length is read from the connection itself (httpcore's
  `network_stream` extension), 256 KiB a read, once h11 has handed over what it read
  with the headers: through h11 every 64 KiB read was copied into its buffer and out
  again, and cost about 0.3 s of the receiving thread's CPU a GiB. Batches of about
  512 KiB are written with one writev each on a writer thread of its own, so the copy
  into the page cache overlaps the arrival of the next bytes; every 32 MiB the range just
  written is handed to Linux's `sync_file_range(SYNC_FILE_RANGE_WRITE)`, so the final
  fsync before the verified rename finds most pages clean. curl -o does not fsync at
  all. What remains is the kernel's work (receiving and writing a GiB), which the
  machine's other load moves a lot.
- **Prefetch.** The window of requests starts before the first page is handed out, and
  each request starts as soon as another is answered: its answer is parsed when its page
  is handed out, not by the worker that fetched it (async: a worker runs the next call
  in the same step). The imports httpx makes at its first request (httpcore, h11, h2,
  anyio: 30 to 170 ms in a fresh process) are made before the clock starts, as every
  other import is: inside it they count once per walk and weigh eight times as much on
  the prefetching walk (the async ratio was 6.9x that way, in the run before the change).
  What remains bounding it is each request's turnaround in the client and the
  simulator, which share the machine's two cores.
- **Import time.** Each package's `__init__` imports its exports on first use (PEP 562
  `__getattr__`; type checkers see them all through `TYPE_CHECKING` imports), so a plain
  import loads neither httpx nor the operations and models; the first use of a helper
  pays for them.
"""


def render(sections: list[Section], args: argparse.Namespace) -> str:
    load = os.getloadavg()
    lines = [
        "# Benchmarks",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {platform.machine()}, {os.cpu_count()} cores "
        f"(load average at the end {load[0]:.1f}); {_versions()}. Regenerate with `nox -s bench`.",
        "",
        "How: every case runs in a fresh process started by a C launcher that reads its peak RSS "
        "(scripts/benchkit/launch.c); cases are interleaved round by round after a warm-up round; each figure "
        f"is the median of {args.runs} runs with (min-max) beside it. CPU is the walking process's own process "
        "time around the walk, imports excluded. Everything runs on one machine over loopback, simulators "
        "included, so absolute figures move with the machine's load; compare within a table.",
        "",
        "## Targets",
        "",
        "| target | measured | |",
        "| --- | --- | --- |",
    ]
    for section in sections:
        for target, measured, met in section.targets:
            lines.append(f"| {target} | {measured} | {'' if met is None else _met(met)} |")
    for section in sections:
        lines += ["", f"## {section.title}", "", section.how, ""]
        lines.append("| " + " | ".join(section.header) + " |")
        lines.append("| " + " | ".join("---" for _ in section.header) + " |")
        lines += ["| " + " | ".join(row) + " |" for row in section.rows]
        if section.chart:
            lines += ["", section.chart]
    return "\n".join(lines) + "\n" + NOTES


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="interleaved runs per case (default 5)")
    parser.add_argument("--size-mib", type=int, default=1024, help="download size (default 1 GiB)")
    parser.add_argument("--detections", type=int, default=100_000, help="CityLens detections to walk")
    parser.add_argument("--images", type=int, default=20_000, help="images in the Hasty project")
    parser.add_argument("--only", nargs="*", choices=sorted(SECTIONS), default=None)
    parser.add_argument("--output", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args()
    sections: list[Section] = []
    for name in args.only or SECTIONS:
        print(f"bench: {name}", file=sys.stderr, flush=True)
        sections += SECTIONS[name](args)
    text = render(sections, args)
    print(text)
    args.output.write_text(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
