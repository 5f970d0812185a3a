"""The `hasty` command: list projects and datasets, export a project, upload images.

    hasty projects
    hasty datasets PROJECT
    hasty export PROJECT --format json_coco --out export.zip
    hasty upload PROJECT DATASET images/*.jpg
    hasty sync PROJECT hasty-images --since 2026-01-01

Needs the `[cli]` extra; `hasty --help` lists the options and the environment
variables each reads. Exit codes, resuming and Ctrl-C: `hasty_client._runtime.cli`.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ._runtime import cli as shared

if TYPE_CHECKING:
    import click

TOOL = shared.Tool(
    name="hasty",
    options={"project_id": "PROJECT", "dataset_id": "DATASET", "format": "--format", "paths": "FILES"},
)


def _build() -> click.Group:
    import click

    from . import _common
    from ._client import DEFAULT_BASE_URL, connect
    from ._runtime.columnar.syncing import SyncReport
    from .api.exports import create_export
    from .bulk import sync
    from .client import Client
    from .helpers import download_export, iter_datasets, iter_projects, upload_images, wait_for_export
    from .models import ExportFormat, Job

    connection = shared.api_key_connection(
        connect, "HASTY", key_help="The API key (sent as X-Api-Key).", default_url=DEFAULT_BASE_URL
    )

    @TOOL.group(
        """
        export HASTY_API_KEY=...
        hasty projects
        hasty datasets 3f1c...
        hasty export 3f1c... --format json_coco --out export.zip
        hasty upload 3f1c... 9a2b... images/*.jpg
        """
    )
    def hasty() -> None:
        """Hasty projects: list them and their datasets, export them, upload images to them."""

    # The other commands take ids; these two show them.
    @hasty.command(
        short_help="List the projects the key can see (id, name).",
        epilog=shared.epilog(
            """
            hasty projects
            hasty projects | grep -i street
            """
        ),
    )
    @connection
    def projects(open_client: shared.Opener[Client]) -> None:
        """Print one line per project: its id, a tab, its name."""
        with open_client() as client:
            for project in iter_projects(client):
                shared.echo(f"{project.id}\t{project.name}")

    @hasty.command(
        short_help="List the datasets of a project (id, name).",
        epilog=shared.epilog(
            """
            hasty datasets 3f1c...
            """
        ),
    )
    @click.argument("project")
    @connection
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
        hasty,
        connection,
        pull,
        parse=shared.utc_datetime,
        short_help="Pull every image uploaded since the last pull into a Parquet dataset.",
        help="PROJECT's new images into DATASET (needs the [arrow] extra); rerun it after an interruption.",
        arguments=[click.argument("project")],
    )

    @hasty.command(
        short_help="Export a project and download the archive.",
        epilog=shared.epilog(
            """
            hasty export 3f1c... --format json_coco --out export.zip
            hasty export 3f1c... --format yolo --dataset 9a2b... --out yolo.zip --progress
            hasty export 3f1c... --format json_coco --out export.zip --resume
            """
        ),
    )
    @click.argument("project")
    @click.option(
        "--format", "fmt", type=click.Choice([f.value for f in ExportFormat]), required=True, help="Export format."
    )
    @click.option("--dataset", "datasets", multiple=True, help="Only this dataset (repeat for several).")
    @click.option("--name", help="The export's name.")
    @shared.out_option("The archive to write (a ZIP).")
    @shared.timeout_option("the export job")
    @shared.resume_option()
    @shared.overwrite_option()
    @shared.progress_option()
    @connection
    def export(
        project: str,
        fmt: str,
        datasets: tuple[str, ...],
        name: str | None,
        out: Path,
        timeout: float,
        resume: bool,
        overwrite: bool,
        progress: bool | None,
        open_client: shared.Opener[Client],
    ) -> None:
        """Start an export job of PROJECT, wait for it, and download the archive to OUT.

        The job's id is kept in OUT.resume.json until the archive is in place: after an
        interruption, --resume waits for the same job and continues the download.
        """
        body = _common.export_request(fmt, name, list(datasets) or None)
        project_id = _common.uuid("project_id", project)
        params = {"project": str(project_id), "request": body.to_dict()}
        show = shared.show_progress(progress)
        with (
            shared.ExportJob(out, "hasty export", params, resume=resume, overwrite=overwrite) as job,
            open_client() as client,
        ):

            def create() -> str:
                made = create_export.sync(project_id, client=client, body=body)
                if not isinstance(made, Job):
                    raise shared.CommandError("the API did not return an export job")
                return str(made.id)

            export_id = job.start(create, "started")
            with shared.StatusLine(f"export {export_id}", live=show) as line:
                wait_for_export(client, project_id, export_id, timeout=timeout, on_status=lambda j: line(j.status))
            with shared.download_to(out, resume=True, overwrite=overwrite):
                download_export(client, project_id, export_id, out, overwrite=overwrite, progress=show)
        shared.echo(f"{out} ({out.stat().st_size} bytes, export {export_id})")

    @hasty.command(
        short_help="Upload image files into a dataset.",
        epilog=shared.epilog(
            """
            hasty upload 3f1c... 9a2b... images/*.jpg
            hasty upload 3f1c... 9a2b... a.png b.png --concurrency 8
            """
        ),
    )
    @click.argument("project")
    @click.argument("dataset")
    @click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
    @click.option("--concurrency", type=click.IntRange(1, 32), default=4, show_default=True, help="Uploads at once.")
    @shared.progress_option()
    @connection
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

    return hasty


main = TOOL.entry_point(_build)

if __name__ == "__main__":
    main()
