"""The `sync` command of a package whose pull follows days or windows (`--since`, `--until`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .connection import Opener
from .console import echo_pull
from .options import compose, dataset_argument, window_options

if TYPE_CHECKING:
    from ..columnar.syncing import SyncReport
    from .commands import Commands

_HELP = "Everything new since the last pull into DATASET (needs the [arrow] extra); rerun it after an interruption."
_Decorator = Callable[[Any], Any]


def add_sync_command(
    commands: Commands[Any],
    pull: Callable[..., SyncReport],
    *,
    parse: Callable[..., Any],
    short_help: str,
    help: str = _HELP,
    until_help: str = "Pull the UTC days before it.",
    arguments: Sequence[_Decorator] = (),
    options: Sequence[_Decorator] = (),
) -> None:
    """`<tool> sync [ARGUMENTS] DATASET [--since] [--until] [OPTIONS]`: runs `pull(client,
    dataset, since=, until=, **arguments, **options)` and prints what it pulled."""

    @commands.command(short_help=short_help, help=help)
    @compose(*arguments, dataset_argument(), window_options(parse, until_help=until_help), *options)
    def sync(
        dataset: Path, since: datetime | None, until: datetime | None, open_client: Opener[Any], **given: Any
    ) -> None:
        with open_client() as client:
            report = pull(client, dataset, since=since, until=until, **given)
        echo_pull(report, dataset)
