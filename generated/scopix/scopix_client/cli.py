"""Bulk exports and processing history from the Scopix Data API.

export SCOPIX_API_KEY=scopix_...
scopix export --format jsonl --from 2025-01-01 --search street,helmet --out export.jsonl
scopix history --search mountain --min-confidence 0.8 --out history.csv
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from ._runtime import cli as shared

if TYPE_CHECKING:
    from .client import Client

TOOL = shared.Tool(
    "scopix",
    __doc__,
    settings=shared.api_key("SCOPIX", "The API key, scopix_... (sent as a Bearer token)."),
    options={"start_date": "--from", "end_date": "--to"},
)
_EXPORT_FORMATS = {".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}


def _filters(start: datetime | None, end: datetime | None, **rest: Any) -> dict[str, Any]:
    return {"start_date": start, "end_date": end, **rest}  # as `iter_descriptions` names them


def _commands(cli: shared.Commands[Client]) -> None:
    import click

    from . import _common
    from .bulk import sync as pull
    from .helpers import create_export, download_export, iter_descriptions, wait_for_export
    from .models import ExportDataType, ExportFormat, ExportRequest
    from .types import UNSET

    filters = shared.gathered(
        "filters",
        ["start", "end", "search", "source_types", "min_confidence", "max_confidence"],
        _filters,
        shared.period_options(
            shared.utc_datetime,
            "Created at or after, ISO 8601 (2025-01-31 or 2025-01-31T12:00:00Z; no zone means UTC).",
            "Created at or before.",
            required=False,
        ),
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
    )

    @cli.command(
        short_help="Create an export, wait for it and download its file.",
        examples="""
            scopix export --format jsonl --out export.jsonl
            scopix export --from 2025-01-01 --to 2025-01-31T23:59:59Z --search safety,helmet --out jan.csv
            scopix export --min-confidence 0.8 --limit 10000 --fields id,description,confidence_score --out top.json
            scopix export --format jsonl --out export.jsonl --resume
        """,
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
    @shared.export_options(
        "The file to write (the export's own file, as the API makes it).",
        resume_help="Carry on an interrupted run: wait for the same export, continue its download.",
    )
    def export(
        fmt: str | None,
        filters: dict[str, Any],
        limit: int | None,
        fields: list[str] | None,
        include_failed: bool,
        no_metadata: bool,
        export: shared.ExportDownload,
        open_client: shared.Opener[Client],
    ) -> None:
        """Create an export of the processing history, wait for it and download its file.

        The export's id is kept in OUT.resume.json until the file is in place: after an
        interruption (while waiting or downloading), --resume waits for the same export
        and continues the download from the bytes in OUT.part.
        """
        request = ExportRequest(
            data_type=ExportDataType.DESCRIPTIONS,
            format_=ExportFormat(fmt or _EXPORT_FORMATS.get(export.out.suffix.lower(), "jsonl")),
            **{("search_terms" if k == "search" else k): v for k, v in filters.items() if v is not None},
            include_metadata=not no_metadata,
            include_failed=include_failed,
            fields=UNSET if fields is None else fields,
            limit=UNSET if limit is None else limit,
        )
        _common.check_request(request)
        _, result = export.run(
            open_client,
            command="scopix export",
            params={"request": request.to_dict()},
            create=lambda client: str(create_export(client, request).export_id),
            wait=wait_for_export,
            download=download_export,
        )
        count = "?" if result.record_count is None else result.record_count
        shared.echo(f"export {result.export_id}: {count} records ({result.format}) written to {result.path}")

    shared.add_sync_command(
        cli,
        pull,
        parse=shared.utc_datetime,
        short_help="Pull every new day of descriptions into a Parquet dataset.",
    )

    @cli.command(
        short_help="Every description of the processing history, to a file.",
        examples="""
            scopix history --out history.jsonl
            scopix history --search mountain,beach --min-confidence 0.8 --out history.csv
            scopix history --from 2025-01-01 --to 2025-01-31T23:59:59Z --source-types upload --out jan.parquet
            scopix history --search mountain --out history.csv --resume
        """,
    )
    @filters
    @shared.page_size_option("Descriptions", default=_common.MAX_PAGE_SIZE, maximum=_common.MAX_PAGE_SIZE)
    @shared.record_options()
    def history(
        filters: dict[str, Any], page_size: int, output: shared.RecordOutput, open_client: shared.Opener[Client]
    ) -> None:
        """Every description in the processing history that matches the filters, one record each.

        Walks the history page by page (no export job). CSV keeps the API's fields as
        columns, with verification and metadata as JSON cells. Records go to OUT.part
        as pages arrive; after an interruption, --resume carries on from the last one.
        """
        query = _common.descriptions_query(**filters)
        output.save_walk(
            open_client,
            lambda client, offset: iter_descriptions(
                client, page_size=page_size, start_offset=offset, progress=output.progress, **query
            ),
            command="scopix history",
            params=query,
            label="descriptions",
            checkpoint_every=page_size,
        )


main = TOOL.entry_point(_commands)

if __name__ == "__main__":
    main()
