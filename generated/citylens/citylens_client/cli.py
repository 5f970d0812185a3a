"""The `citylens` command: bulk exports of detected objects and frame images.

    citylens detections --from 2025-11-01T00:00:00 --to 2025-11-02T00:00:00 --out detections.jsonl
    citylens frame 10250017 --out frame.jpg --with-detections

Needs the `[cli]` extra; `citylens --help` lists the options and the environment
variables each reads. Exit codes, resuming and Ctrl-C: `citylens_client._runtime.cli`.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ._runtime import cli as shared

if TYPE_CHECKING:
    import click

TOOL = shared.Tool(
    name="citylens",
    options={"from_dt": "--from", "to_dt": "--to", "detector_name": "--detector", "locale": "--locale"},
)


def _build() -> click.Group:
    import click

    from . import _common
    from ._client import connect
    from .bulk import sync as pull
    from .client import Client
    from .helpers import download_frame, iter_detected_objects

    connection = shared.api_key_connection(
        connect,
        "CITYLENS",
        key_help="The API key (sent as X-API-Key).",
        default_url=None,
        url_help="Your organization's CityLens API URL (CityLens has no public host).",
    )

    @TOOL.group(
        """
        export CITYLENS_BASE_URL=https://citylens.your-org.example CITYLENS_API_KEY=...
        citylens detections --from 2025-11-01T00:00:00 --to 2025-11-02T00:00:00 --out detections.jsonl
        citylens frame 10250017 --with-detections --out frame.jpg
        """
    )
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
    @shared.period_options(
        shared.naive_datetime,
        names=("from_dt", "to_dt"),
        required=True,
        from_help="First capture time, YYYY-MM-DDTHH:MM:SS (or a date): local time of the capture, no zone.",
        to_help="Last capture time.",
    )
    @click.option("--detector", help="Only objects of this detector (e.g. signs, road_marking).")
    @click.option("--locale", help="Language of object names, e.g. en_AE or ru_RU.")
    @click.option(
        "--page-size", type=click.IntRange(1, 10_000), default=1000, show_default=True, help="Objects per request."
    )
    @shared.record_options()
    @connection
    def detections(
        from_dt: datetime,
        to_dt: datetime,
        detector: str | None,
        locale: str | None,
        page_size: int,
        output: shared.RecordOutput,
        open_client: shared.Opener[Client],
    ) -> None:
        """Every object detected in frames captured from --from to --to, one record each.

        JSONL has the API's objects as they come; CSV flattens the box into bbox.x_from,
        bbox.y_from, bbox.width and bbox.height. Records go to OUT.part as pages arrive;
        after an interruption, --resume carries on from the last one written.
        """
        _common.detections_query(from_dt, to_dt, detector, locale)  # refuse bad values before anything else
        params = {"from": from_dt, "to": to_dt, "detector": detector, "locale": locale, **open_client.settings()}
        with (
            output.open(
                "citylens detections",
                params,
                flatten=("bbox",),
                checkpoint_every=page_size,
                label="detected objects",
            ) as sink,
            open_client() as client,
        ):
            walk = iter_detected_objects(
                client,
                from_dt,
                to_dt,
                detector_name=detector,
                locale=locale,
                page_size=page_size,
                start_offset=sink.start_offset,
                progress=output.progress,
            )
            path = sink.write_walk(walk)
        shared.echo(f"{sink.records} detected objects written to {path}")

    shared.add_sync_command(
        citylens,
        connection,
        pull,
        parse=shared.naive_datetime,
        short_help="Pull every new day of detections and frames into a Parquet dataset.",
        until_help="Pull the days before it.",
    )

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
        open_client: shared.Opener[Client],
    ) -> None:
        """Save the JPEG of frame FRAME_ID (the frame_id of a detected object).

        The file appears only once complete and verified; an interrupted download
        leaves OUT.part, which --resume continues.
        """
        dest = out or Path(f"frame-{frame_id}{'-detections' if with_detections else ''}.jpg")
        with shared.download_to(dest, resume=resume, overwrite=overwrite), open_client() as client:
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


main = TOOL.entry_point(_build)

if __name__ == "__main__":
    main()
