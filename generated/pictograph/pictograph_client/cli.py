"""Exports of Pictograph datasets: create, wait, download, extract, list, delete.

export PICTOGRAPH_API_KEY=pk_live_...
pictograph export create street-scenes "Training v1" --include-images --wait
pictograph export download street-scenes "Training v1" --out train.zip
pictograph export extract train.zip train/
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ._runtime import cli as shared

if TYPE_CHECKING:
    from .client import Client

TOOL = shared.Tool(
    "pictograph",
    __doc__,
    settings=shared.api_key("PICTOGRAPH", "The API key, pk_live_... (sent as X-API-Key)."),
    options={"dataset_name": "DATASET", "class_filter": "--classes", "status_filter": "--image-status"},
)


def _commands(cli: shared.Commands[Client]) -> None:
    import click

    from . import _common
    from ._runtime.archive import DEFAULT_MAX_TOTAL_SIZE
    from .helpers import (
        create_export,
        delete_export,
        download_export,
        extract_export,
        get_export,
        iter_exports,
        wait_for_export,
    )
    from .models import Export, ExportStatus

    names = shared.compose(click.argument("dataset"), click.argument("name"))

    def waited(client: Client, dataset: str, name: str, waiting: shared.Waiting, goes_on: str) -> Export:
        """The export once completed, its status shown; Ctrl-C says that it `goes_on`."""
        wait = functools.partial(wait_for_export, client, dataset, name)
        return waiting.wait(f"export {name!r}", wait, interrupted=goes_on)

    @cli.command(short_help="Pull a snapshot of a dataset's annotations into a Parquet dataset.")
    @click.argument("dataset")
    @click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
    @click.option("--snapshot", metavar="NAME", help="The snapshot's name (default: today's UTC date).")
    def sync(dataset: str, folder: Path, snapshot: str | None, open_client: shared.Opener[Client]) -> None:
        """DATASET's annotations as tables in FOLDER (needs the [arrow] extra); rerun it after an interruption."""
        from .bulk import sync as pull

        with open_client() as client:
            report = pull(client, folder, dataset, snapshot=snapshot)
        shared.echo(f"{report.rows} rows pulled into {folder}; snapshot {report.watermarks[dataset]}")

    @cli.group(
        examples="""
            pictograph export create street-scenes "Training v1" --include-images --wait
            pictograph export list --dataset street-scenes
            pictograph export download street-scenes "Training v1" --out train.zip
        """
    )
    def export() -> None:
        """Dataset exports (DATASET and NAME may hold any character: quote them)."""

    @export.command(
        short_help="Start an export of a dataset (and wait for it with --wait).",
        examples="""
            pictograph export create street-scenes "Training v1"
            pictograph export create street-scenes "cars only" --include-images --classes car,truck --wait
            pictograph export create "parking lots/west #2" reviewed --image-status complete
        """,
    )
    @names
    @click.option("--include-images", is_flag=True, help="Put the images in the archive, not only annotations.")
    @click.option(
        "--classes", callback=shared.comma_list, metavar="CLASSES", help="Only these classes, comma-separated."
    )
    @click.option("--image-status", help="Only images in this review status (e.g. complete, in_review, new).")
    @click.option("--wait", is_flag=True, help="Wait until the export is completed.")
    @shared.waiting_options()
    def create(
        dataset: str,
        name: str,
        include_images: bool,
        classes: list[str] | None,
        image_status: str | None,
        wait: bool,
        waiting: shared.Waiting,
        open_client: shared.Opener[Client],
    ) -> None:
        """Start an export NAME of DATASET; print it as JSON.

        Safe to run again: an export already there with the same settings is this one.
        """
        _common.create_request(dataset, name, include_images, classes, image_status)
        with open_client() as client:
            job = create_export(
                client,
                dataset,
                name,
                include_images=include_images,
                class_filter=classes,
                status_filter=image_status,
                exist_ok=True,  # the command promises that running it again is safe
            )
            if wait:
                job = waited(
                    client, dataset, name, waiting, "was created and goes on; wait for it with: pictograph export wait"
                )
        shared.echo_json(job.to_dict())

    @export.command(
        short_help="An export's status and details, as JSON.",
        examples='pictograph export get street-scenes "Training v1"',
    )
    @names
    def get(dataset: str, name: str, open_client: shared.Opener[Client]) -> None:
        """Print the export NAME of DATASET as JSON."""
        with open_client() as client:
            shared.echo_json(get_export(client, dataset, name).to_dict())

    @export.command(
        short_help="Wait until an export is completed.",
        examples="""
            pictograph export wait street-scenes "Training v1"
            pictograph export wait street-scenes "Training v1" --timeout 3600 --progress
        """,
    )
    @names
    @shared.waiting_options()
    def wait(dataset: str, name: str, waiting: shared.Waiting, open_client: shared.Opener[Client]) -> None:
        """Wait until the export NAME of DATASET is completed; print it as JSON.

        Interrupting the wait leaves the export going on: wait again any time.
        """
        with open_client() as client:
            job = waited(client, dataset, name, waiting, "goes on; run the same command to wait again")
        shared.echo_json(job.to_dict())

    @export.command(
        short_help="Download a completed export's ZIP.",
        examples="""
            pictograph export download street-scenes "Training v1" --out train.zip
            pictograph export download street-scenes "Training v1" --out train.zip --resume
        """,
    )
    @names
    @shared.download_options("Where to save the ZIP (default: NAME.zip, with / replaced by _).")
    def download(dataset: str, name: str, target: shared.DownloadTarget, open_client: shared.Opener[Client]) -> None:
        """Download the ZIP of the completed export NAME of DATASET.

        The file appears only once complete and checked (size, ZIP); an interrupted
        download leaves OUT.part, which --resume continues.
        """
        path = target.save(
            open_client,
            Path(name.replace("/", "_").replace("\\", "_").strip(". ") + ".zip"),
            lambda client, dest, **how: download_export(client, dataset, name, dest, **how),
        )
        shared.echo(f"export {name!r} of {dataset!r} saved to {path} ({path.stat().st_size} bytes)")

    @export.command(
        short_help="Extract a downloaded export safely.",
        examples="""
            pictograph export extract train.zip train/
            pictograph export extract train.zip train/ --overwrite
        """,
        connects=False,
    )
    @click.argument("archive", type=click.Path(exists=True, dir_okay=False, path_type=Path))
    @click.argument("target", type=click.Path(file_okay=False, path_type=Path))
    @click.option(
        "--max-size",
        type=click.IntRange(min=1),
        default=DEFAULT_MAX_TOTAL_SIZE,
        show_default=True,
        help="Refuse archives that inflate to more bytes than this.",
    )
    @click.option("--overwrite", is_flag=True, help="Replace files already in TARGET.")
    def extract(archive: Path, target: Path, max_size: int, overwrite: bool) -> None:
        """Extract the export ARCHIVE into the folder TARGET.

        Every member is checked first: an absolute path, a '..', a link, or more than
        --max-size bytes in all refuses the archive before anything is written.
        """
        files = extract_export(archive, target, max_total_size=max_size, overwrite=overwrite)
        shared.echo(f"{len(files)} files extracted to {target}")

    @export.command(
        name="list",
        short_help="The exports the key can see, as JSON lines.",
        examples="""
            pictograph export list
            pictograph export list --dataset street-scenes --status completed
            pictograph export list --out exports.jsonl
        """,
    )
    @click.option("--dataset", help="Only the exports of this dataset.")
    @click.option("--status", type=click.Choice([s.value for s in ExportStatus]), help="Only exports in this status.")
    @shared.out_option("Write them to this file instead of stdout.", required=False)
    def list_(dataset: str | None, status: str | None, out: Path | None, open_client: shared.Opener[Client]) -> None:
        """Print every export the key can see, one JSON object per line."""
        with open_client() as client:
            summaries = [summary.to_dict() for summary in iter_exports(client, dataset, status)]
        if out is None:
            for summary in summaries:
                shared.echo_json(summary)
            return
        with shared.atomic_output(out) as file:
            for summary in summaries:
                file.write((shared.dumps(summary) + "\n").encode("utf-8"))
        shared.echo(f"{len(summaries)} exports written to {out}")

    @export.command(
        short_help="Delete an export and its archive.",
        examples="""
            pictograph export delete street-scenes "Training v1"
            pictograph export delete street-scenes "Training v1" --yes
        """,
    )
    @names
    @click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
    def delete(dataset: str, name: str, yes: bool, open_client: shared.Opener[Client]) -> None:
        """Delete the export NAME of DATASET (needs an admin or owner key)."""
        if not yes:
            if not sys.stdin.isatty():
                raise shared.UsageError("pass --yes to delete without a terminal to confirm on")
            click.confirm(f"Delete export {name!r} of dataset {dataset!r}?", abort=True)
        with open_client() as client:
            delete_export(client, dataset, name)
        shared.echo(f"export {name!r} of {dataset!r} deleted")


main = TOOL.entry_point(_commands)

if __name__ == "__main__":
    main()
