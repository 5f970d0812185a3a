"""Where a vendor declares its commands: `Commands` wraps the package's click group so
that each command gets the connection options (and `open_client` in their place) and
its examples after its help, without the vendor spelling either out per command."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic

from .app import epilog
from .connection import C, Connection

if TYPE_CHECKING:
    import click


class Commands(Generic[C]):
    """The commands of a group (the package's, or one of its subgroups)."""

    def __init__(self, group: click.Group, connection: Connection[C]) -> None:
        self.click_group = group
        self.connection = connection

    def command(
        self, *, examples: str | None = None, connects: bool = True, **settings: Any
    ) -> Callable[[Callable[..., None]], click.Command]:
        """A command of the group: its function takes `open_client` (an `Opener`) unless
        it does not `connects`; `examples` are shown with the exit codes after its help
        (the function's docstring, or `help=`). `settings`: click's (`short_help`, `name`, ...)."""

        def declare(function: Callable[..., None]) -> click.Command:
            if connects:
                function = self.connection(function)
            command = self.click_group.command(**settings, epilog=None if examples is None else epilog(examples))(
                function
            )
            # Where and as whom come last in `--help`, after what the command is about.
            command.params.sort(key=lambda param: param.name in self.connection.parameters)
            return command

        return declare

    def group(self, *, examples: str) -> Callable[[Callable[[], None]], Commands[C]]:
        """A subgroup (`pictograph export ...`), whose help is the function's docstring."""

        def declare(function: Callable[[], None]) -> Commands[C]:
            return Commands(self.click_group.group(epilog=epilog(examples))(function), self.connection)

        return declare
