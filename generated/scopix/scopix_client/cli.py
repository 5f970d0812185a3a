"""The `scopix` command: bulk exports and the processing history of the Scopix Data API.

    scopix export --format jsonl --from 2025-01-01 --search street,helmet --out export.jsonl
    scopix history --search mountain --min-confidence 0.8 --out history.csv

Needs the `[cli]` extra: `pip install 'scopix-client[cli]'`. The key comes from
`--api-key` or `SCOPIX_API_KEY`, the API URL from `--base-url` or `SCOPIX_BASE_URL`
(default: the public API). Exit codes, resuming and Ctrl-C: see
`scopix_client._runtime.cli`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from ._runtime import cli as shared

if TYPE_CHECKING:
    import click

TOOL = shared.Tool(
    name="scopix",
    distribution="scopix-client",
    credential_hint="check --api-key / SCOPIX_API_KEY",
    options={
        "start_date": "--from",
        "end_date": "--to",
        "min_confidence": "--min-confidence",
        "max_confidence": "--max-confidence",
        "source_types": "--source-types",
        "search": "--search",
        "request.start_date": "--from",
        "request.end_date": "--to",
        "request.min_confidence": "--min-confidence",
        "request.max_confidence": "--max-confidence",
        "request.limit": "--limit",
    },
)
_EXPORT_FORMATS = {".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}

FC = TypeVar("FC", bound=Callable[..., Any])


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """The `scopix` console command (`argv` defaults to the process's arguments)."""
    sys.exit(shared.run(TOOL, _build, argv))


def _build() -> click.Group:
    import click

    from . import _common
    from ._client import connect
    from .helpers import create_export, download_export, iter_descriptions, wait_for_export
    from .models import ExportDataType, ExportFormat, ExportRequest
    from .types import UNSET

    connection = shared.compose(
        shared.url_option(
            "--base-url", envvar="SCOPIX_BASE_URL", default=_common.DEFAULT_BASE_URL, help="The API URL."
        ),
        shared.secret_option(
            "--api-key", envvar="SCOPIX_API_KEY", help="The API key, scopix_... (sent as a Bearer token)."
        ),
    )

    def filters(function: FC) -> FC:
        return shared.compose(
            click.option(
                "--from",
                "start",
                callback=shared.utc_datetime,
                metavar="DATETIME",
                help="Created at or after, ISO 8601 (2025-01-31 or 2025-01-31T12:00:00Z; no zone means UTC).",
            ),
            click.option("--to", "end", callback=shared.utc_datetime, metavar="DATETIME", help="Created at or before."),
            click.option(
                "--search",
                callback=shared.comma_list,
                metavar="TERMS",
                help="Descriptions containing any of these comma-separated terms.",
            ),
            click.option(
                "--source-types", callback=shared.comma_list, metavar="TYPES", help="Comma-separated source types."
            ),
            click.option("--min-confidence", type=click.FloatRange(0, 1), help="Lowest confidence score (0-1)."),
            click.option("--max-confidence", type=click.FloatRange(0, 1), help="Highest confidence score (0-1)."),
        )(function)

    @click.group(
        context_settings={"help_option_names": ["-h", "--help"]},
        epilog=shared.epilog(
            """
            export SCOPIX_API_KEY=scopix_...
            scopix export --format jsonl --from 2025-01-01 --search street,helmet --out export.jsonl
            scopix history --search mountain --min-confidence 0.8 --out history.csv
            """
        ),
    )
    @click.version_option(package_name="scopix-client", message="%(prog)s (scopix-client %(version)s)")
    def scopix() -> None:
        """Bulk exports and processing history from the Scopix Data API."""

    @scopix.command(
        short_help="Create an export, wait for it and download its file.",
        epilog=shared.epilog(
            """
            scopix export --format jsonl --out export.jsonl
            scopix export --from 2025-01-01 --to 2025-01-31T23:59:59Z --search safety,helmet --out jan.csv
            scopix export --min-confidence 0.8 --limit 10000 --fields id,description,confidence_score --out top.json
            scopix export --format jsonl --out export.jsonl --resume
            """
        ),
    )
    @click.option(
        "--format",
        "fmt",
        type=click.Choice(["csv", "json", "jsonl"]),
        help="The export's format (default: from the --out suffix, else jsonl).",
    )
    @filters
    @click.option("--limit", type=click.IntRange(1, _common.MAX_EXPORT_RECORDS), help="At most this many records.")
    @click.option("--fields", callback=shared.comma_list, metavar="FIELDS", help="Only these comma-separated fields.")
    @click.option("--include-failed", is_flag=True, help="Also the results whose processing failed.")
    @click.option("--no-metadata", is_flag=True, help="Leave out each record's metadata.")
    @shared.out_option("The file to write (the export's own file, as the API makes it).")
    @click.option(
        "--timeout",
        type=click.FloatRange(min=0, min_open=True),
        default=_common.DEFAULT_WAIT_TIMEOUT,
        show_default=True,
        help="Seconds to wait for the export to complete.",
    )
    @click.option(
        "--poll-interval",
        type=click.FloatRange(min=0, min_open=True),
        default=2.0,
        show_default=True,
        help="Seconds between the first status checks (they grow to 30).",
    )
    @shared.resume_option("Carry on an interrupted run: wait for the same export, continue its download.")
    @shared.overwrite_option()
    @shared.progress_option()
    @connection
    def export(
        fmt: str | None,
        start: datetime | None,
        end: datetime | None,
        search: list[str] | None,
        source_types: list[str] | None,
        min_confidence: float | None,
        max_confidence: float | None,
        limit: int | None,
        fields: list[str] | None,
        include_failed: bool,
        no_metadata: bool,
        out: Path,
        timeout: float,
        poll_interval: float,
        resume: bool,
        overwrite: bool,
        progress: bool | None,
        base_url: str,
        api_key: str | None,
    ) -> None:
        """Create an export of the processing history, wait for it and download its file.

        The export's id is kept in OUT.resume.json until the file is in place: after an
        interruption (while waiting or downloading), --resume waits for the same export
        and continues the download from the bytes in OUT.part.
        """
        request = ExportRequest(
            data_type=ExportDataType.DESCRIPTIONS,
            format_=ExportFormat(fmt or _EXPORT_FORMATS.get(out.suffix.lower(), "jsonl")),
            start_date=UNSET if start is None else start,
            end_date=UNSET if end is None else end,
            min_confidence=UNSET if min_confidence is None else min_confidence,
            max_confidence=UNSET if max_confidence is None else max_confidence,
            search_terms=UNSET if search is None else search,
            source_types=UNSET if source_types is None else source_types,
            include_metadata=not no_metadata,
            include_failed=include_failed,
            fields=UNSET if fields is None else fields,
            limit=UNSET if limit is None else limit,
        )
        _common.check_request(request)
        key = shared.secret(api_key, "--api-key", "SCOPIX_API_KEY")
        params = {"request": request.to_dict(), "base_url": base_url}
        show = shared.show_progress(progress)
        with (
            shared.ExportJob(out, "scopix export", params, resume=resume, overwrite=overwrite) as job,
            connect(key, base_url=base_url) as client,
        ):
            export_id = job.start(lambda: str(create_export(client, request).export_id))
            with shared.StatusLine(f"export {export_id}", live=show) as line:
                done = wait_for_export(
                    client,
                    export_id,
                    timeout=timeout,
                    poll_interval=poll_interval,
                    on_status=lambda status: line(status.status),
                )
            with shared.download_to(out, resume=True, overwrite=overwrite):
                result = download_export(client, done, out, overwrite=overwrite, progress=show)
        count = "?" if result.record_count is None else result.record_count
        shared.echo(f"export {result.export_id}: {count} records ({result.format}) written to {result.path}")

    @scopix.command(short_help="Pull every new day of descriptions into a Parquet dataset.")
    @click.argument("dataset", type=click.Path(file_okay=False, path_type=Path))
    @click.option("--since", callback=shared.utc_datetime, metavar="DATETIME", help="Where the first pull starts.")
    @click.option("--until", callback=shared.utc_datetime, metavar="DATETIME", help="Pull the UTC days before it.")
    @connection
    def sync(dataset: Path, since: datetime | None, until: datetime | None, base_url: str, api_key: str | None) -> None:
        """Everything new since the last pull into DATASET (needs the [arrow] extra); rerun it after an interruption."""
        from .bulk import sync as pull

        with connect(shared.secret(api_key, "--api-key", "SCOPIX_API_KEY"), base_url=base_url) as client:
            report = pull(client, dataset, since=since, until=until)
        shared.echo(f"{report.rows} rows pulled into {dataset}; next pull starts at {report.watermarks}")

    @scopix.command(
        short_help="Every description of the processing history, to a file.",
        epilog=shared.epilog(
            """
            scopix history --out history.jsonl
            scopix history --search mountain,beach --min-confidence 0.8 --out history.csv
            scopix history --from 2025-01-01 --to 2025-01-31T23:59:59Z --source-types upload --out jan.parquet
            scopix history --search mountain --out history.csv --resume
            """
        ),
    )
    @filters
    @click.option(
        "--page-size",
        type=click.IntRange(1, _common.MAX_PAGE_SIZE),
        default=_common.MAX_PAGE_SIZE,
        show_default=True,
        help="Descriptions per request.",
    )
    @shared.out_option("The file to write: .jsonl, .csv or .parquet (Parquet needs pyarrow).")
    @shared.format_option(["jsonl", "csv", "parquet"], "The file format (default: from the --out suffix).")
    @shared.resume_option()
    @shared.overwrite_option()
    @shared.progress_option()
    @connection
    def history(
        start: datetime | None,
        end: datetime | None,
        search: list[str] | None,
        source_types: list[str] | None,
        min_confidence: float | None,
        max_confidence: float | None,
        page_size: int,
        out: Path,
        fmt: str | None,
        resume: bool,
        overwrite: bool,
        progress: bool | None,
        base_url: str,
        api_key: str | None,
    ) -> None:
        """Every description in the processing history that matches the filters, one record each.

        Walks the history page by page (no export job). CSV keeps the API's fields as
        columns, with verification and metadata as JSON cells. Records go to OUT.part
        as pages arrive; after an interruption, --resume carries on from the last one.
        """
        out_format = shared.output_format(out, fmt)
        query = _common.descriptions_query(
            start_date=start,
            end_date=end,
            min_confidence=min_confidence,
            max_confidence=max_confidence,
            search=search,
            source_types=source_types,
        )
        key = shared.secret(api_key, "--api-key", "SCOPIX_API_KEY")
        with (
            shared.RecordFile(
                out,
                out_format,
                command="scopix history",
                params={**query, "base_url": base_url},
                resume=resume,
                overwrite=overwrite,
                checkpoint_every=page_size,
                label="descriptions",
            ) as sink,
            connect(key, base_url=base_url) as client,
        ):
            walk = iter_descriptions(
                client,
                page_size=page_size,
                start_offset=sink.start_offset,
                progress=shared.show_progress(progress),
                **query,
            )
            for item in walk:
                sink.write(item.to_dict(), walk.position + 1)
            path = sink.commit()
        shared.echo(f"{sink.records} descriptions written to {path}")

    return scopix


if __name__ == "__main__":
    main()
