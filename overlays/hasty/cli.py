"""The `hasty` command: list projects and datasets, export a project, upload images.

    hasty projects
    hasty datasets PROJECT
    hasty export PROJECT --format json_coco --out export.zip
    hasty upload PROJECT DATASET images/*.jpg
    hasty sync PROJECT hasty-images --since 2026-01-01

Needs the `[cli]` extra: `pip install 'hasty-client[cli]'`. The key comes from
`--api-key` or `HASTY_API_KEY`, the API URL from `--base-url` or `HASTY_BASE_URL`
(default: the public API). Exit codes, resuming and Ctrl-C: see
`hasty_client._runtime.cli`.
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
    name="hasty",
    distribution="hasty-client",
    credential_hint="check --api-key / HASTY_API_KEY",
    options={"project_id": "PROJECT", "dataset_id": "DATASET", "format": "--format", "paths": "FILES"},
)


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """The `hasty` console command (`argv` defaults to the process's arguments)."""
    sys.exit(shared.run(TOOL, _build, argv))


def _build() -> click.Group:
    import click

    from . import _common
    from ._client import connect
    from .api.exports import create_export
    from .helpers import download_export, iter_datasets, iter_projects, upload_images, wait_for_export
    from .models import ExportFormat, Job

    connection = shared.compose(
        shared.url_option("--base-url", envvar="HASTY_BASE_URL", default=_common.DEFAULT_BASE_URL, help="The API URL."),
        shared.secret_option("--api-key", envvar="HASTY_API_KEY", help="The API key (sent as X-Api-Key)."),
    )

    @click.group(
        context_settings={"help_option_names": ["-h", "--help"]},
        epilog=shared.epilog(
            """
            export HASTY_API_KEY=...
            hasty projects
            hasty datasets 3f1c...
            hasty export 3f1c... --format json_coco --out export.zip
            hasty upload 3f1c... 9a2b... images/*.jpg
            """
        ),
    )
    @click.version_option(package_name="hasty-client", message="%(prog)s (hasty-client %(version)s)")
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
    def projects(base_url: str, api_key: str | None) -> None:
        """Print one line per project: its id, a tab, its name."""
        key = shared.secret(api_key, "--api-key", "HASTY_API_KEY")
        with connect(key, base_url=base_url) as client:
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
    def datasets(project: str, base_url: str, api_key: str | None) -> None:
        """Print one line per dataset of PROJECT: its id, a tab, its name."""
        project_id = _common.uuid("project_id", project)
        key = shared.secret(api_key, "--api-key", "HASTY_API_KEY")
        with connect(key, base_url=base_url) as client:
            for dataset in iter_datasets(client, project_id):
                shared.echo(f"{dataset.id}\t{dataset.name}")

    @hasty.command(short_help="Pull every image uploaded since the last pull into a Parquet dataset.")
    @click.argument("project")
    @click.argument("dataset", type=click.Path(file_okay=False, path_type=Path))
    @click.option("--since", callback=shared.utc_datetime, metavar="DATETIME", help="Where the first pull starts.")
    @click.option("--until", callback=shared.utc_datetime, metavar="DATETIME", help="Pull the UTC days before it.")
    @connection
    def sync(
        project: str, dataset: Path, since: datetime | None, until: datetime | None, base_url: str, api_key: str | None
    ) -> None:
        """PROJECT's new images into DATASET (needs the [arrow] extra); rerun it after an interruption."""
        from .bulk import sync as pull

        with connect(shared.secret(api_key, "--api-key", "HASTY_API_KEY"), base_url=base_url) as client:
            report = pull(client, _common.uuid("project_id", project), dataset, since=since, until=until)
        shared.echo(f"{report.rows} rows pulled into {dataset}; next pull starts at {report.watermarks}")

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
    @click.option(
        "--timeout",
        type=click.FloatRange(min=0, min_open=True),
        default=_common.DEFAULT_WAIT_TIMEOUT,
        show_default=True,
        help="Seconds to wait for the export job.",
    )
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
        base_url: str,
        api_key: str | None,
    ) -> None:
        """Start an export job of PROJECT, wait for it, and download the archive to OUT.

        The job's id is kept in OUT.resume.json until the archive is in place: after an
        interruption, --resume waits for the same job and continues the download.
        """
        body = _common.export_request(fmt, name, list(datasets) or None)
        project_id = _common.uuid("project_id", project)
        key = shared.secret(api_key, "--api-key", "HASTY_API_KEY")
        params = {"project": str(project_id), "request": body.to_dict()}
        show = shared.show_progress(progress)
        with (
            shared.ExportJob(out, "hasty export", params, resume=resume, overwrite=overwrite) as job,
            connect(key, base_url=base_url) as client,
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
        base_url: str,
        api_key: str | None,
    ) -> None:
        """Upload FILES into DATASET of PROJECT; print one line per image created (id, name)."""
        key = shared.secret(api_key, "--api-key", "HASTY_API_KEY")
        with connect(key, base_url=base_url) as client:
            images = upload_images(
                client, project, dataset, list(files), concurrency=concurrency, progress=shared.show_progress(progress)
            )
        for image in images:
            shared.echo(f"{image.id}\t{image.name}")

    return hasty


if __name__ == "__main__":
    main()
