"""The `citylens` command: bulk exports of detected objects and frame images.

    citylens detections --from 2025-11-01T00:00:00 --to 2025-11-02T00:00:00 --out detections.jsonl
    citylens frame 10250017 --out frame.jpg --with-detections

Needs the `[cli]` extra: `pip install 'citylens-client[cli]'`. The API URL and key
come from `--base-url` / `--api-key` or `CITYLENS_BASE_URL` / `CITYLENS_API_KEY`.
Exit codes, resuming and Ctrl-C: see `citylens_client._runtime.cli`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from ._runtime import cli as shared

if TYPE_CHECKING:
    import click

TOOL = shared.Tool(
    name="citylens",
    distribution="citylens-client",
    credential_hint="check --api-key / CITYLENS_API_KEY",
    options={"from_dt": "--from", "to_dt": "--to", "detector_name": "--detector", "locale": "--locale"},
)


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """The `citylens` console command (`argv` defaults to the process's arguments)."""
    sys.exit(shared.run(TOOL, _build, argv))


def _build() -> click.Group:
    import click

    from . import _common
    from ._client import connect
    from .bulk import sync as pull
    from .helpers import download_frame, iter_detected_objects

    connection = shared.compose(
        shared.url_option(
            "--base-url",
            envvar="CITYLENS_BASE_URL",
            default=None,
            help="Your organization's CityLens API URL (CityLens has no public host).",
        ),
        shared.secret_option("--api-key", envvar="CITYLENS_API_KEY", help="The API key (sent as X-API-Key)."),
    )

    @click.group(
        context_settings={"help_option_names": ["-h", "--help"]},
        epilog=shared.epilog(
            """
            export CITYLENS_BASE_URL=https://citylens.your-org.example CITYLENS_API_KEY=...
            citylens detections --from 2025-11-01T00:00:00 --to 2025-11-02T00:00:00 --out detections.jsonl
            citylens frame 10250017 --with-detections --out frame.jpg
            """
        ),
    )
    @click.version_option(package_name="citylens-client", message="%(prog)s (citylens-client %(version)s)")
    def citylens() -> None:
        """Bulk exports from the CityLens Export API."""

    @citylens.command(
        short_help="Every detected object of a period, to a JSONL, CSV or Parquet file.",
        epilog=shared.epilog(
            """
            citylens detections --from 2025-11-01T00:00:00 --to 2025-11-02T00:00:00 --out detections.jsonl
            citylens detections --from 2025-11-01 --to 2025-11-30T23:59:59 --detector signs --out signs.csv
            citylens detections --from 2025-11-01 --to 2025-11-30T23:59:59 --locale ru_RU --out objects.parquet
            citylens detections --from 2025-11-01 --to 2025-11-30T23:59:59 --out signs.csv --resume
            """
        ),
    )
    @click.option(
        "--from",
        "from_dt",
        required=True,
        callback=shared.naive_datetime,
        metavar="DATETIME",
        help="First capture time, YYYY-MM-DDTHH:MM:SS (or a date): local time of the capture, no zone.",
    )
    @click.option(
        "--to", "to_dt", required=True, callback=shared.naive_datetime, metavar="DATETIME", help="Last capture time."
    )
    @click.option("--detector", help="Only objects of this detector (e.g. signs, road_marking).")
    @click.option("--locale", help="Language of object names, e.g. en_AE or ru_RU.")
    @click.option(
        "--page-size", type=click.IntRange(1, 10_000), default=1000, show_default=True, help="Objects per request."
    )
    @shared.out_option("The file to write: .jsonl, .csv or .parquet (Parquet needs pyarrow).")
    @shared.format_option(["jsonl", "csv", "parquet"], "The file format (default: from the --out suffix).")
    @shared.resume_option()
    @shared.overwrite_option()
    @shared.progress_option()
    @connection
    def detections(
        from_dt: datetime,
        to_dt: datetime,
        detector: str | None,
        locale: str | None,
        page_size: int,
        out: Path,
        fmt: str | None,
        resume: bool,
        overwrite: bool,
        progress: bool | None,
        base_url: str | None,
        api_key: str | None,
    ) -> None:
        """Every object detected in frames captured from --from to --to, one record each.

        JSONL has the API's objects as they come; CSV flattens the box into bbox.x_from,
        bbox.y_from, bbox.width and bbox.height. Records go to OUT.part as pages arrive;
        after an interruption, --resume carries on from the last one written.
        """
        out_format = shared.output_format(out, fmt)
        _common.detections_query(from_dt, to_dt, detector, locale)  # refuse bad values before anything else
        url = shared.required(base_url, "--base-url", "CITYLENS_BASE_URL")
        key = shared.secret(api_key, "--api-key", "CITYLENS_API_KEY")
        params = {"from": from_dt, "to": to_dt, "detector": detector, "locale": locale, "base_url": url}
        with (
            shared.RecordFile(
                out,
                out_format,
                command="citylens detections",
                params=params,
                resume=resume,
                overwrite=overwrite,
                flatten=("bbox",),
                checkpoint_every=page_size,
                label="detected objects",
            ) as sink,
            connect(key, base_url=url) as client,
        ):
            walk = iter_detected_objects(
                client,
                from_dt,
                to_dt,
                detector_name=detector,
                locale=locale,
                page_size=page_size,
                start_offset=sink.start_offset,
                progress=shared.show_progress(progress),
            )
            for detected in walk:
                # `position` is this object's offset until the next is asked for.
                sink.write(detected.to_dict(), walk.position + 1)
            path = sink.commit()
        shared.echo(f"{sink.records} detected objects written to {path}")

    @citylens.command(short_help="Pull every new day of detections and frames into a Parquet dataset.")
    @click.argument("dataset", type=click.Path(file_okay=False, path_type=Path))
    @click.option("--since", callback=shared.naive_datetime, metavar="DATETIME", help="Where the first pull starts.")
    @click.option("--until", callback=shared.naive_datetime, metavar="DATETIME", help="Pull the days before it.")
    @connection
    def sync(
        dataset: Path, since: datetime | None, until: datetime | None, base_url: str | None, api_key: str | None
    ) -> None:
        """Everything new since the last pull into DATASET (needs the [arrow] extra); rerun it after an interruption."""
        url = shared.required(base_url, "--base-url", "CITYLENS_BASE_URL")
        with connect(shared.secret(api_key, "--api-key", "CITYLENS_API_KEY"), base_url=url) as client:
            report = pull(client, dataset, since=since, until=until)
        shared.echo(f"{report.rows} rows pulled into {dataset}; next pull starts at {report.watermarks}")

    @citylens.command(
        short_help="Save a frame's JPEG (with the detections drawn, if asked).",
        epilog=shared.epilog(
            """
            citylens frame 10250017 --out frame.jpg
            citylens frame 10250017 --with-detections --out frame-boxes.jpg
            citylens frame 10250017 --out frame.jpg --resume
            """
        ),
    )
    @click.argument("frame_id", type=click.IntRange(min=0))
    @shared.out_option("Where to save the JPEG (default: frame-FRAME_ID.jpg).", required=False)
    @click.option("--with-detections", is_flag=True, help="The frame with the detected objects drawn on it.")
    @shared.resume_option("Continue an interrupted download from the bytes in OUT.part.")
    @shared.overwrite_option()
    @shared.progress_option()
    @connection
    def frame(
        frame_id: int,
        out: Path | None,
        with_detections: bool,
        resume: bool,
        overwrite: bool,
        progress: bool | None,
        base_url: str | None,
        api_key: str | None,
    ) -> None:
        """Save the JPEG of frame FRAME_ID (the frame_id of a detected object).

        The file appears only once complete and verified; an interrupted download
        leaves OUT.part, which --resume continues.
        """
        dest = out or Path(f"frame-{frame_id}{'-detections' if with_detections else ''}.jpg")
        url = shared.required(base_url, "--base-url", "CITYLENS_BASE_URL")
        key = shared.secret(api_key, "--api-key", "CITYLENS_API_KEY")
        with shared.download_to(dest, resume=resume, overwrite=overwrite), connect(key, base_url=url) as client:
            path = download_frame(
                client,
                frame_id,
                dest,
                with_detections=with_detections,
                overwrite=overwrite,
                progress=shared.show_progress(progress),
            )
        shared.echo(f"frame {frame_id} saved to {path} ({path.stat().st_size} bytes)")

    return citylens


if __name__ == "__main__":
    main()
