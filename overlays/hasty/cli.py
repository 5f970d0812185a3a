"""Hasty projects: list them and their datasets, export them, upload images to them.

export HASTY_API_KEY=...
hasty projects
hasty datasets 3f1c...
hasty export 3f1c... --format json_coco --out export.zip
hasty upload 3f1c... 9a2b... images/*.jpg
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ._runtime import cli as shared

if TYPE_CHECKING:
    from ._runtime.columnar.syncing import SyncReport
    from .client import Client

TOOL = shared.Tool(
    "hasty",
    __doc__,
    settings=shared.api_key("HASTY", "The API key (sent as X-Api-Key)."),
    options={"project_id": "PROJECT", "dataset_id": "DATASET", "format": "--format", "paths": "FILES"},
)


def _commands(cli: shared.Commands[Client]) -> None:
    import click

    from . import _common
    from .api.exports import create_export
    from .bulk import sync
    from .helpers import download_export, iter_datasets, iter_projects, upload_images, wait_for_export
    from .models import ExportFormat, Job

    # The other commands take ids; these two show them.
    @cli.command(
        short_help="List the projects the key can see (id, name).",
        examples="""
            hasty projects
            hasty projects | grep -i street
        """,
    )
    def projects(open_client: shared.Opener[Client]) -> None:
        """Print one line per project: its id, a tab, its name."""
        with open_client() as client:
            for project in iter_projects(client):
                shared.echo(f"{project.id}\t{project.name}")

    @cli.command(short_help="List the datasets of a project (id, name).", examples="hasty datasets 3f1c...")
    @click.argument("project")
    def datasets(project: str, open_client: shared.Opener[Client]) -> None:
        """Print one line per dataset of PROJECT: its id, a tab, its name."""
        project_id = _common.uuid("project_id", project)
        with open_client() as client:
            for dataset in iter_datasets(client, project_id):
                shared.echo(f"{dataset.id}\t{dataset.name}")

    def pull(
        client: Client, dataset: Path, *, project: str, since: datetime | None, until: datetime | None
    ) -> SyncReport:
        return sync(client, _common.uuid("project_id", project), dataset, since=since, until=until)

    shared.add_sync_command(
        cli,
        pull,
        parse=shared.utc_datetime,
        short_help="Pull every image uploaded since the last pull into a Parquet dataset.",
        help="PROJECT's new images into DATASET (needs the [arrow] extra); rerun it after an interruption.",
        arguments=[click.argument("project")],
    )

    @cli.command(
        short_help="Export a project and download the archive.",
        examples="""
            hasty export 3f1c... --format json_coco --out export.zip
            hasty export 3f1c... --format yolo --dataset 9a2b... --out yolo.zip --progress
            hasty export 3f1c... --format json_coco --out export.zip --resume
        """,
    )
    @click.argument("project")
    @click.option(
        "--format", "fmt", type=click.Choice([f.value for f in ExportFormat]), required=True, help="Export format."
    )
    @click.option("--dataset", "datasets", multiple=True, help="Only this dataset (repeat for several).")
    @click.option("--name", help="The export's name.")
    @shared.export_options("The archive to write (a ZIP).", what="the export job", poll_interval=False)
    def export(
        project: str,
        fmt: str,
        datasets: tuple[str, ...],
        name: str | None,
        export: shared.ExportDownload,
        open_client: shared.Opener[Client],
    ) -> None:
        """Start an export job of PROJECT, wait for it, and download the archive to OUT.

        The job's id is kept in OUT.resume.json until the archive is in place: after an
        interruption, --resume waits for the same job and continues the download.
        """
        body = _common.export_request(fmt, name, list(datasets) or None)
        project_id = _common.uuid("project_id", project)

        def create(client: Client) -> str:
            made = create_export.sync(project_id, client=client, body=body)
            if not isinstance(made, Job):
                raise shared.CommandError("the API did not return an export job")
            return str(made.id)

        export_id, out = export.run(
            open_client,
            command="hasty export",
            params={"project": str(project_id), "request": body.to_dict()},
            create=create,
            wait=lambda client, job, **wait: wait_for_export(client, project_id, job, **wait),
            download=lambda client, job, out, **how: download_export(client, project_id, job.id, out, **how),
            verb="started",
        )
        shared.echo(f"{out} ({out.stat().st_size} bytes, export {export_id})")

    @cli.command(
        short_help="Upload image files into a dataset.",
        examples="""
            hasty upload 3f1c... 9a2b... images/*.jpg
            hasty upload 3f1c... 9a2b... a.png b.png --concurrency 8
        """,
    )
    @click.argument("project")
    @click.argument("dataset")
    @click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
    @click.option("--concurrency", type=click.IntRange(1, 32), default=4, show_default=True, help="Uploads at once.")
    @shared.progress_option()
    def upload(
        project: str,
        dataset: str,
        files: tuple[Path, ...],
        concurrency: int,
        progress: bool | None,
        open_client: shared.Opener[Client],
    ) -> None:
        """Upload FILES into DATASET of PROJECT; print one line per image created (id, name)."""
        with open_client() as client:
            images = upload_images(
                client, project, dataset, list(files), concurrency=concurrency, progress=shared.show_progress(progress)
            )
        for image in images:
            shared.echo(f"{image.id}\t{image.name}")


main = TOOL.entry_point(_commands)

if __name__ == "__main__":
    main()
