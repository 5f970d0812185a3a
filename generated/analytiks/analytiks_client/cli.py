"""The `analytiks` command: camera data for any range and any number of locations, to a file.

    analytiks fetch --from 2023-06-01T00:00:00Z --to 2023-06-23T00:00:00Z --locations 1-137 --out data.jsonl

Needs the `[cli]` extra; `analytiks --help` lists the options and the environment
variables each reads. Exit codes, resuming and Ctrl-C: `analytiks_client._runtime.cli`.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._runtime import cli as shared

if TYPE_CHECKING:
    import click

    from ._common import LocationSeries

TOOL = shared.Tool(
    name="analytiks",
    credential_hint="check --client-id / --client-secret (ANALYTIKS_CLIENT_ID / ANALYTIKS_CLIENT_SECRET)",
    options={
        "start": "--from",
        "end": "--to",
        "locations": "--locations",
        "brand_id": "--brand-id",
        "reference_numbers": "--reference-numbers",
        "interval": "--interval",
    },
)
COLUMNS = ("location_id", "reference_number", "point_of_interest", "metric", "time", "value")


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


def _build() -> click.Group:
    import click

    from . import _common
    from ._client import DEFAULT_EXPORTS_URL, DEFAULT_TOKEN_URL, connect
    from ._common import plan as _plan
    from ._runtime.errors import AuthenticationError
    from ._runtime.progress import finish, resolve
    from .api.exports import export_camera_data_v2
    from .client import Client
    from .helpers import iter_camera_data
    from .models import ExportV2Response, Interval

    connection = shared.Connection(
        connect,
        shared.Setting("--client-id", "ANALYTIKS_CLIENT_ID", "The API client id."),
        shared.Setting("--client-secret", "ANALYTIKS_CLIENT_SECRET", "The API client secret.", secret=True),
        shared.Setting(
            "--exports-url", "ANALYTIKS_EXPORTS_URL", "The exports host.", "exports_url", default=DEFAULT_EXPORTS_URL
        ),
        shared.Setting("--token-url", "ANALYTIKS_TOKEN_URL", "The token host.", "token_url", default=DEFAULT_TOKEN_URL),
    )

    def export_v2(client: Client, body: _common.ExportRequest) -> ExportV2Response:
        try:
            return export_camera_data_v2.sync(client=client, body=body)
        except AuthenticationError as error:
            refused = _common.all_refused(error.body)  # v2's answer when no location of a batch may be read
            if refused is None:
                raise
            return refused

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

    @TOOL.group(
        """
        export ANALYTIKS_CLIENT_ID=... ANALYTIKS_CLIENT_SECRET=...
        analytiks fetch --from 2023-06-01T00:00:00Z --to 2023-06-23T00:00:00Z --locations 1-137 --out data.jsonl
        """
    )
    def analytiks() -> None:
        """Camera data from the Analytiks JSON exports."""

    @analytiks.command(short_help="Pull every new window of camera data into a Parquet dataset.")
    @click.argument("dataset", type=click.Path(file_okay=False, path_type=Path))
    @shared.window_options(shared.optional_utc_or_local_datetime, until_help="Pull up to it.")
    @click.option("--locations", callback=shared.int_list, metavar="IDS", help="Location ids: 1,2,3 or ranges 1-40,45.")
    @click.option("--brand-id", type=click.IntRange(min=1), help="With --reference-numbers.")
    @click.option("--reference-numbers", callback=shared.comma_list, metavar="REFS", help="The brand's locations.")
    @connection
    def sync(dataset: Path, since: datetime | None, until: datetime | None, locations: list[int] | None,
             brand_id: int | None, reference_numbers: list[str] | None,
             open_client: shared.Opener[Client]) -> None:  # fmt: skip
        """Every window since the last pull into DATASET as a long table (needs the [arrow] extra)."""
        from .bulk import sync as pull

        with open_client() as client:
            report = pull(client, dataset, locations=locations, brand_id=brand_id,
                          reference_numbers=reference_numbers, since=since, until=until)  # fmt: skip
        shared.echo_pull(report, dataset)

    @analytiks.command(
        short_help="Camera data of locations over a period, one record per value.",
        epilog=shared.epilog(
            """
            analytiks fetch --from 2023-06-01T00:00:00Z --to 2023-06-23T00:00:00Z --locations 1-137 --out data.jsonl
            analytiks fetch --from 2023-06-01 --to 2023-06-01T23:59:59 --locations 1,2,3 --interval 15min --out day.csv
            analytiks fetch --from 2023-06-01T00:00:00Z --to 2023-06-10T00:00:00Z --brand-id 1234 \\
                --reference-numbers US0658,FR2561 --out refs.parquet
            analytiks fetch --from 2023-06-01T00:00:00Z --to 2023-06-05T00:00:00Z --brand-id 1234 --out brand.jsonl
            analytiks fetch --from 2023-06-01T00:00:00Z --to 2023-06-23T00:00:00Z --locations 1-137 --out data.jsonl \\
                --resume
            """
        ),
    )
    @shared.period_options(
        shared.utc_or_local_datetime,
        names=("start", "end"),
        required=True,
        from_help="Start, ISO 8601: with Z (or an offset) UTC, without it each location's local time.",
        to_help="End (included).",
    )
    @click.option("--locations", callback=shared.int_list, metavar="IDS", help="Location ids: 1,2,3 or ranges 1-40,45.")
    @click.option("--brand-id", type=click.IntRange(min=1), help="A brand: with --reference-numbers, or alone for all.")
    @click.option(
        "--reference-numbers",
        callback=shared.comma_list,
        metavar="REFS",
        help="Reference numbers of the brand's locations.",
    )
    @click.option(
        "--interval",
        type=click.Choice([i.value for i in Interval]),
        default=Interval.HOURLY.value,
        show_default=True,
        help="Bucket size.",
    )
    @shared.record_options()
    @connection
    def fetch(
        start: datetime,
        end: datetime,
        locations: list[int] | None,
        brand_id: int | None,
        reference_numbers: list[str] | None,
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
        walk = brand_id is not None and locations is None and reference_numbers is None
        if walk:
            first, last = _common.period(start, end)
            if last - first > _common.MAX_DAYS:
                raise shared.UsageError(
                    "--brand-id alone walks at most 5 days; for a longer period, list the brand's "
                    "--reference-numbers or the --locations"
                )
            plan: list[Any] = []
        else:
            plan = _plan(start, end, locations, brand_id, reference_numbers, interval)
        params = {
            "from": start,
            "to": end,
            "locations": locations,
            "brand_id": brand_id,
            "reference_numbers": reference_numbers,
            "interval": interval,
            **open_client.settings(),
        }
        with (
            output.open(
                "analytiks fetch",
                params,
                columns=COLUMNS,
                checkpoint_every=5000,
                label="values",
            ) as sink,
            open_client() as client,
        ):
            if walk:
                assert brand_id is not None
                save_walk(sink, client, start, end, brand_id, interval, output.progress)
            else:
                save_plan(sink, client, plan, output.progress)
            path = sink.commit()
        shared.echo(f"{sink.records} values written to {path}")
        failed = sink.extra.get("failed") or []
        if failed:
            shared.note(f"{len(failed)} locations refused to these credentials: {', '.join(map(str, failed))}")

    return analytiks


main = TOOL.entry_point(_build)

if __name__ == "__main__":
    main()
