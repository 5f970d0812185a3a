"""Acme widgets, to a file.

export ACME_API_KEY=...
acme widgets --colours red,blue --out widgets.jsonl
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._runtime import cli as shared

if TYPE_CHECKING:
    from .client import Client

TOOL = shared.Tool("acme", __doc__, settings=shared.api_key("ACME", "The API key (sent as X-Acme-Key)."))


def _commands(cli: shared.Commands[Client]) -> None:
    import click

    from .helpers import iter_widgets

    @cli.command(short_help="Every widget, to a file.", examples="acme widgets --colours red --out red.csv")
    @click.option("--colours", callback=shared.comma_list, metavar="COLOURS", help="Only widgets of these colours.")
    @shared.record_options()
    def widgets(colours: list[str] | None, output: shared.RecordOutput, open_client: shared.Opener[Client]) -> None:
        """Every widget (of --colours), one record each; --resume carries on after an interruption."""
        output.save_walk(
            open_client,
            lambda client, offset: iter_widgets(client, colours=colours, start_offset=offset, progress=output.progress),
            command="acme widgets",
            params={"colours": colours},
            label="widgets",
        )


main = TOOL.entry_point(_commands)

if __name__ == "__main__":
    main()
