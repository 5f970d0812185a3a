"""Camera data from the Analytiks JSON exports.

export ANALYTIKS_CLIENT_ID=... ANALYTIKS_CLIENT_SECRET=...
analytiks fetch --from 2023-06-01T00:00:00Z --to 2023-06-23T00:00:00Z --locations 1-137 --out data.jsonl
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from ._runtime import cli as shared

if TYPE_CHECKING:
    from ._common import LocationSeries
    from ._runtime.columnar.syncing import SyncReport
    from .client import Client

FC = TypeVar("FC", bound=Callable[..., Any])

TOOL = shared.Tool(
    "analytiks",
    __doc__,
    settings=(
        shared.Setting("--client-id", "ANALYTIKS_CLIENT_ID", "The API client id."),
        shared.Setting("--client-secret", "ANALYTIKS_CLIENT_SECRET", "The API client secret.", secret=True),
        shared.Setting("--exports-url", "ANALYTIKS_EXPORTS_URL", "The exports host.", "exports_url"),
        shared.Setting("--token-url", "ANALYTIKS_TOKEN_URL", "The token host.", "token_url"),
    ),
    credential_hint="check --client-id / --client-secret (ANALYTIKS_CLIENT_ID / ANALYTIKS_CLIENT_SECRET)",
)
COLUMNS = ("location_id", "reference_number", "point_of_interest", "metric", "time", "value")


@attrs.frozen
class Where:
    """The locations a command reads: ids, a brand's reference numbers, or a whole brand."""

    locations: list[int] | None
    brand_id: int | None
    reference_numbers: list[str] | None

    @property
    def whole_brand(self) -> int | None:
        """The brand every location of which is read (by the v3 walk): --brand-id alone."""
        return self.brand_id if self.locations is None and self.reference_numbers is None else None


def _where(brand_help: str, references_help: str) -> Callable[[FC], FC]:
    """`--locations`, `--brand-id` and `--reference-numbers`; the command gets `where`."""
    import click

    return shared.gathered(
        "where",
        ["locations", "brand_id", "reference_numbers"],
        Where,
        click.option(
            "--locations", callback=shared.int_list, metavar="IDS", help="Location ids: 1,2,3 or ranges 1-40,45."
        ),
        click.option("--brand-id", type=click.IntRange(min=1), help=brand_help),
        click.option("--reference-numbers", callback=shared.comma_list, metavar="REFS", help=references_help),
    )


def _time(moment: datetime) -> str:
    """As the API writes it: `Z` for UTC, nothing for local time."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + ("Z" if moment.tzinfo is not None else "")


def _rows(series: LocationSeries) -> list[dict[str, Any]]:
    """One record per (metric, time) of the location, then of each of its points of interest."""
    base = {"location_id": series.location_id, "reference_number": series.reference_number}
    groups = [(None, series.metrics)] + [(str(poi.id), poi.metrics) for poi in series.points_of_interest.values()]
    return [
        {**base, "point_of_interest": poi, "metric": metric, "time": _time(moment), "value": value}
        for poi, metrics in groups
        for metric, values in metrics.items()
        for moment, value in sorted(values.items())
    ]


def _pull(client: Client, dataset: Path, *, where: Where, since: datetime | None, until: datetime | None) -> SyncReport:
    from .bulk import sync

    return sync(client, dataset, since=since, until=until, **attrs.asdict(where))


def _commands(cli: shared.Commands[Client]) -> None:
    import click

    from . import _common
    from ._runtime.errors import AuthenticationError
    from ._runtime.progress import finish, resolve
    from ._runtime.splits import Split, period
    from .api.exports import export_camera_data_v2
    from .helpers import iter_camera_data
    from .models import ExportV2Response, ExportV3Request, Interval

    def export_v2(client: Client, body: _common.ExportRequest) -> ExportV2Response:
        try:
            return export_camera_data_v2.sync(client=client, body=body)
        except AuthenticationError as error:
            return _common.all_refused(error)  # v2's answer when no location of a batch may be read

    def save_plan(sink: shared.RecordFile, client: Client, plan: list[Any], show: bool) -> None:
        """The v2 requests in order; position: [request index, locations of its answer written]."""
        first, skip = sink.start_marker
        failed: list[int | str] = sink.extra.setdefault("failed", [])
        callback = resolve(show, "camera data", "requests")
        for index in range(first or 0, len(plan)):
            answer = export_v2(client, plan[index])
            for done, location in enumerate(answer.successes, start=1):
                if index == first and done <= skip:
                    continue
                sink.write_many(_rows(_common.to_series(location)), [index, done])
            refused: list[int | str] = [*(answer.failures.locations or []), *(answer.failures.reference_numbers or [])]
            failed.extend(item for item in refused if item not in failed)
            sink.write_many([], [index + 1, 0])
            sink.checkpoint()
            if callback is not None:
                callback(index + 1, len(plan))
        finish(callback)

    def save_walk(
        sink: shared.RecordFile,
        client: Client,
        start: datetime,
        end: datetime,
        brand_id: int,
        interval: str,
        show: bool,
    ) -> None:
        """The v3 cursor walk; position: [cursor of the page, locations of it written]."""
        cursor, skip = sink.start_marker
        walk = iter_camera_data(client, start, end, brand_id, interval=interval, cursor=cursor, progress=show)
        page, done = cursor, 0
        for series in walk:
            if walk.cursor != page:
                page, done, skip = walk.cursor, 0, 0
            done += 1
            if done > skip:
                sink.write_many(_rows(series), [page, done])

    shared.add_sync_command(
        cli,
        _pull,
        parse=shared.optional_utc_or_local_datetime,
        short_help="Pull every new window of camera data into a Parquet dataset.",
        help="Every window since the last pull into DATASET as a long table (needs the [arrow] extra).",
        until_help="Pull up to it.",
        options=[_where("With --reference-numbers.", "The brand's locations.")],
    )

    @cli.command(
        short_help="Camera data of locations over a period, one record per value.",
        examples="""
            analytiks fetch --from 2023-06-01T00:00:00Z --to 2023-06-23T00:00:00Z --locations 1-137 --out data.jsonl
            analytiks fetch --from 2023-06-01 --to 2023-06-01T23:59:59 --locations 1,2,3 --interval 15min --out day.csv
            analytiks fetch --from 2023-06-01T00:00:00Z --to 2023-06-10T00:00:00Z --brand-id 1234 \\
                --reference-numbers US0658,FR2561 --out refs.parquet
            analytiks fetch --from 2023-06-01T00:00:00Z --to 2023-06-05T00:00:00Z --brand-id 1234 --out brand.jsonl
            analytiks fetch --from 2023-06-01T00:00:00Z --to 2023-06-23T00:00:00Z --locations 1-137 --out data.jsonl \\
                --resume
        """,
    )
    @shared.period_options(
        shared.utc_or_local_datetime,
        "Start, ISO 8601: with Z (or an offset) UTC, without it each location's local time.",
        "End (included).",
    )
    @_where("A brand: with --reference-numbers, or alone for all.", "Reference numbers of the brand's locations.")
    @click.option(
        "--interval",
        type=click.Choice([i.value for i in Interval]),
        default=Interval.HOURLY.value,
        show_default=True,
        help="Bucket size.",
    )
    @shared.record_options()
    def fetch(
        start: datetime,
        end: datetime,
        where: Where,
        interval: str,
        output: shared.RecordOutput,
        open_client: shared.Opener[Client],
    ) -> None:
        """Camera data of --locations (or of a brand's --reference-numbers) from --from to --to.

        Any period and any number of locations: they are split into the 5-day windows
        and 50-location batches the API takes. With --brand-id alone, every location
        of the brand the credentials may read (at most 5 days). Writes one record per
        value: location_id, reference_number, point_of_interest (null for the
        location's own metrics), metric, time, value. Locations the credentials may
        not read are listed at the end. Records go to OUT.part as requests answer;
        after an interruption, --resume carries on from the last one written.
        """
        brand = where.whole_brand
        if brand is not None:
            first, last = period(start, end)
            if last - first > Split.of(ExportV3Request).max_span:
                raise shared.UsageError(
                    "--brand-id alone walks at most 5 days; for a longer period, list the brand's "
                    "--reference-numbers or the --locations"
                )

            def write(sink: shared.RecordFile, client: Client) -> None:
                save_walk(sink, client, start, end, brand, interval, output.progress)
        else:
            plan = _common.plan(start, end, every=interval, **attrs.asdict(where))

            def write(sink: shared.RecordFile, client: Client) -> None:
                save_plan(sink, client, plan, output.progress)

        sink = output.save(
            open_client,
            write,
            command="analytiks fetch",
            params={"from": start, "to": end, **attrs.asdict(where), "interval": interval},
            label="values",
            columns=COLUMNS,
            checkpoint_every=5000,
        )
        failed = sink.extra.get("failed") or []
        if failed:
            shared.note(f"{len(failed)} locations refused to these credentials: {', '.join(map(str, failed))}")


main = TOOL.entry_point(_commands)

if __name__ == "__main__":
    main()
