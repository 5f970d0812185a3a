"""The main job: every client, end to end, against its vendor simulator.

    python scripts/demo.py [--out DIR]

Each scenario starts its simulator on 127.0.0.1 (`vision_api_sims.start`, what
`vision-sim <vendor>` runs), uses the client as a user would, prints a short summary
and stops the simulator. Files go to DIR (default: a
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

from vision_api_sims import analytiks as analytiks_sim
from vision_api_sims import start


def citylens(out: Path) -> str:
    import citylens_client as cl

    with start("citylens") as sim, cl.connect(sim.credentials["api_key"], base_url=sim.base_url) as client:
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
    top = ", ".join(f"{name} x{n}" for name, n in labels.most_common(3))
    files = ", ".join(f"{p.name} ({p.stat().st_size} B)" for p in saved)
    return f"{walk.position} road signs over 5 days (most seen: {top}); frames saved: {files}"


def _print_status(status: object) -> None:
    print(f"  export status: {getattr(status, 'status', status)}", flush=True)


def scopix(out: Path) -> str:
    import scopix_client as sx
    from scopix_client.models import ExportDataType, ExportFormat, ExportRequest

    with start("scopix") as sim:
        with sx.connect(sim.credentials["api_key"], base_url=sim.base_url) as client:
            mountains = sum(1 for _ in sx.iter_descriptions(client, search=["mountain"], page_size=500))
            request = ExportRequest(
                data_type=ExportDataType.DESCRIPTIONS, format_=ExportFormat.JSONL, search_terms=["street"]
            )
            result = sx.export(client, request, out / "street.jsonl", progress=True, on_status=_print_status)
        sources = Counter(record.source_type for record in sx.iter_export_records(result.path))
    return (
        f"{mountains} descriptions mention mountains; export {result.export_id} gave {result.record_count} "
        f"street records ({result.path.stat().st_size} B, by source: {dict(sources)})"
    )


def pictograph(out: Path) -> str:
    import pictograph_client as pg

    with start("pictograph") as sim, pg.connect(sim.credentials["api_key"], base_url=sim.base_url) as client:
        name = "Training v1 / cars & people #1"
        zip_path = pg.export(
            client,
            "street-scenes",
            name,
            out / "training.zip",
            include_images=True,
            class_filter=["car", "person"],
            progress=True,
            on_status=_print_status,
        )
        files = pg.extract_export(zip_path, out / "training")
        listed = [e.name for e in pg.iter_exports(client, "street-scenes")]
        pg.delete_export(client, "street-scenes", name)
    images = sum(1 for f in files if f.suffix == ".jpg")
    return f"export {name!r} ({zip_path.stat().st_size} B) extracted: {images} images + annotations; listed {listed}"


def analytiks(out: Path) -> str:
    from datetime import UTC, datetime, timedelta

    import analytiks_client as ak

    client_id, secret = analytiks_sim.PARTIAL_ACCESS  # the simulator's client that may read only some locations
    with (
        start("analytiks") as sim,
        ak.connect(client_id, secret, exports_url=sim.urls["api"], token_url=sim.urls["tokens"]) as client,
    ):
        first = datetime(2023, 6, 1, tzinfo=UTC)
        data = ak.fetch_camera_data(client, first, first + timedelta(days=12), locations=range(1, 121), progress=True)
    visits = sum(sum(s.metrics.get("visits", {}).values()) for s in data.locations.values())
    return (
        f"{len(data.locations)} locations over 12 days in {data.requests} requests (5-day windows x 50-location "
        f"batches), {visits:,} visits; {len(data.failed_locations)} locations refused to this client"
    )


def hasty(out: Path) -> str:
    import io

    from PIL import Image as PILImage

    import hasty_client as hc
    from hasty_client.models import CreateLabelRequest

    files = []
    for n in range(6):
        buffer = io.BytesIO()
        PILImage.new("RGB", (64, 48), (40 * n, 120, 200)).save(buffer, "JPEG")
        files.append(out / f"street-{n}.jpg")
        files[-1].write_bytes(buffer.getvalue())
    with start("hasty") as sim, hc.connect(sim.credentials["api_key"], base_url=sim.base_url) as client:
        project = next(iter(hc.iter_projects(client)))
        dataset = next(iter(hc.iter_datasets(client, project.id)))
        car = next(c for c in hc.iter_label_classes(client, project.id))
        images = hc.upload_images(client, project.id, dataset.id, files, progress=True)
        labels = [CreateLabelRequest(class_id=car.id, bbox=[4 + n, 4, 40 + n, 30]) for n in range(3)]
        created = sum(len(hc.create_labels(client, project.id, image.id, labels)) for image in images)
        archive = hc.export_project(
            client, project.id, "json_coco", out / "export.zip", progress=True, on_status=_print_status
        )
    return (
        f"uploaded {len(images)} images to {project.name!r}, created {created} labels, "
        f"exported {archive.name} ({archive.stat().st_size} B)"
    )


SCENARIOS: dict[str, Callable[[Path], str]] = {
    "citylens": citylens,
    "scopix": scopix,
    "pictograph": pictograph,
    "analytiks": analytiks,
    "hasty": hasty,
}


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
