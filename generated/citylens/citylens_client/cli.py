"""Bulk exports from the CityLens Export API.

export CITYLENS_BASE_URL=https://citylens.your-org.example CITYLENS_API_KEY=...
citylens detections --from 2025-11-01T00:00:00 --to 2025-11-02T00:00:00 --out detections.jsonl
citylens frame 10250017 --with-detections --out frame.jpg
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ._runtime import cli as shared

if TYPE_CHECKING:
    from .client import Client

TOOL = shared.Tool(
    "citylens",
    __doc__,
    settings=shared.api_key(
        "CITYLENS",
        "The API key (sent as X-API-Key).",
        url_help="Your organization's CityLens API URL (CityLens has no public host).",
    ),
    options={"from_dt": "--from", "to_dt": "--to", "detector_name": "--detector"},
)


def _commands(cli: shared.Commands[Client]) -> None:
    import click

    from . import _common
    from .bulk import sync as pull
    from .helpers import download_frame, iter_detected_objects

    @cli.command(
        short_help="Every detected object of a period, to a JSONL, CSV or Parquet file.",
        examples="""
            citylens detections --from 2025-11-01T00:00:00 --to 2025-11-02T00:00:00 --out detections.jsonl
            citylens detections --from 2025-11-01 --to 2025-11-30T23:59:59 --detector signs --out signs.csv
            citylens detections --from 2025-11-01 --to 2025-11-30T23:59:59 --locale ru_RU --out objects.parquet
            citylens detections --from 2025-11-01 --to 2025-11-30T23:59:59 --out signs.csv --resume
        """,
    )
    @shared.period_options(
        shared.naive_datetime,
        "First capture time, YYYY-MM-DDTHH:MM:SS (or a date): local time of the capture, no zone.",
        "Last capture time.",
    )
    @click.option("--detector", help="Only objects of this detector (e.g. signs, road_marking).")
    @click.option("--locale", help="Language of object names, e.g. en_AE or ru_RU.")
    @shared.page_size_option("Objects", default=1000, maximum=10_000)
    @shared.record_options()
    def detections(
        start: datetime,
        end: datetime,
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
        _common.detections_query(start, end, detector, locale)  # refuse bad values before anything else
        output.save_walk(
            open_client,
            lambda client, offset: iter_detected_objects(
                client,
                start,
                end,
                detector_name=detector,
                locale=locale,
                page_size=page_size,
                start_offset=offset,
                progress=output.progress,
            ),
            command="citylens detections",
            params={"from": start, "to": end, "detector": detector, "locale": locale},
            label="detected objects",
            flatten=("bbox",),
            checkpoint_every=page_size,
        )

    shared.add_sync_command(
        cli,
        pull,
        parse=shared.naive_datetime,
        short_help="Pull every new day of detections and frames into a Parquet dataset.",
        until_help="Pull the days before it.",
    )

    @cli.command(
        short_help="Save a frame's JPEG (with the detections drawn, if asked).",
        examples="""
            citylens frame 10250017 --out frame.jpg
            citylens frame 10250017 --with-detections --out frame-boxes.jpg
            citylens frame 10250017 --out frame.jpg --resume
        """,
    )
    @click.argument("frame_id", type=click.IntRange(min=0))
    @click.option("--with-detections", is_flag=True, help="The frame with the detected objects drawn on it.")
    @shared.download_options("Where to save the JPEG (default: frame-FRAME_ID.jpg).")
    def frame(
        frame_id: int, with_detections: bool, target: shared.DownloadTarget, open_client: shared.Opener[Client]
    ) -> None:
        """Save the JPEG of frame FRAME_ID (the frame_id of a detected object).

        The file appears only once complete and verified; an interrupted download
        leaves OUT.part, which --resume continues.
        """
        path = target.save(
            open_client,
            Path(f"frame-{frame_id}{'-detections' if with_detections else ''}.jpg"),
            lambda client, dest, **how: download_frame(client, frame_id, dest, with_detections=with_detections, **how),
        )
        shared.echo(f"frame {frame_id} saved to {path} ({path.stat().st_size} bytes)")


main = TOOL.entry_point(_commands)

if __name__ == "__main__":
    main()
