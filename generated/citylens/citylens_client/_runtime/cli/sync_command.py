"""The `sync` command of a package whose pull follows days (`--since`, `--until`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .connection import Connection, Opener
from .console import echo_pull
from .options import compose, dataset_argument, window_options

if TYPE_CHECKING:
    import click

    from ..columnar.syncing import SyncReport

_HELP = "Everything new since the last pull into DATASET (needs the [arrow] extra); rerun it after an interruption."


def add_sync_command(
    group: click.Group,
    connection: Connection[Any],
    pull: Callable[..., SyncReport],
    *,
    parse: Callable[..., Any],
    short_help: str,
    help: str = _HELP,
    until_help: str = "Pull the UTC days before it.",
    arguments: Sequence[Callable[[Any], Any]] = (),
) -> None:
    """`<tool> sync [ARGUMENTS] DATASET [--since] [--until]`: runs `pull(client, dataset,
    since=, until=, **arguments)` and prints what it pulled."""

    @group.command(short_help=short_help, help=help)
    @compose(*arguments, dataset_argument(), window_options(parse, until_help=until_help))
    @connection
    def sync(
        dataset: Path, since: datetime | None, until: datetime | None, open_client: Opener[Any], **given: Any
    ) -> None:
        with open_client() as client:
            echo_pull(pull(client, dataset, since=since, until=until, **given), dataset)
