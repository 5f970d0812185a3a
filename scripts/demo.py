"""The main job: every client, end to end, against its vendor simulator.

    python scripts/demo.py [--out DIR]

Each scenario starts its simulator on 127.0.0.1, uses the client as a user would,
prints a short summary and stops the simulator. Files go to DIR (default: a
temporary folder, removed at the end).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.simulators import citylens as citylens_sim  # noqa: E402
from tests.simulators.server import start  # noqa: E402

DEMO_KEY = "demo-key-not-secret"


def citylens(out: Path) -> str:
    import citylens_client as cl

    server = start(citylens_sim.create_app(api_key=DEMO_KEY))
    try:
        with cl.connect(server.base_url, DEMO_KEY) as client:
            walk = cl.iter_detected_objects(
                client,
                "2025-11-01T00:00:00",
                "2025-11-05T23:59:59",
                detector_name="signs",
                page_size=500,
                progress=True,
            )
            labels: Counter[str] = Counter()
            frames: list[int] = []
            for obj in walk:
                labels[obj.name] += 1
                if len(frames) < 2 and obj.frame_id not in frames:
                    frames.append(obj.frame_id)
            saved = [
                cl.download_frame(client, frames[0], out / f"frame-{frames[0]}.jpg"),
                cl.download_frame(client, frames[1], out / f"frame-{frames[1]}-boxes.jpg", with_detections=True),
            ]
    finally:
        server.stop()
    top = ", ".join(f"{name} x{n}" for name, n in labels.most_common(3))
    files = ", ".join(f"{p.name} ({p.stat().st_size} B)" for p in saved)
    return f"{walk.position} road signs over 5 days (most seen: {top}); frames saved: {files}"


SCENARIOS: dict[str, Callable[[Path], str]] = {"citylens": citylens}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, help="keep the files here (default: a temporary folder)")
    parser.add_argument("vendors", nargs="*", help=f"scenarios to run: {', '.join(SCENARIOS)} (default: all)")
    args = parser.parse_args()
    unknown = set(args.vendors) - set(SCENARIOS)
    if unknown:
        parser.error(f"unknown scenario(s): {', '.join(sorted(unknown))}")
    with tempfile.TemporaryDirectory(prefix="vision-demo-") as tmp:
        out = args.out or Path(tmp)
        for name in args.vendors or SCENARIOS:
            folder = out / name
            folder.mkdir(parents=True, exist_ok=True)
            started = time.perf_counter()
            print(f"== {name}", flush=True)
            summary = SCENARIOS[name](folder)
            print(f"{name}: {summary} [{time.perf_counter() - started:.1f}s]", flush=True)
    print("demo finished: every client ran end to end against its simulator")
    return 0


if __name__ == "__main__":
    sys.exit(main())
