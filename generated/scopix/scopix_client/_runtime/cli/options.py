"""The options every command spells the same way (click is imported only when used, so
that a vendor's `cli.py` imports without the `[cli]` extra)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

FC = TypeVar("FC", bound=Callable[..., Any])


def compose(*decorators: Callable[[FC], FC]) -> Callable[[FC], FC]:
    """Several option decorators as one, applied in the order listed (as if stacked so)."""

    def apply(function: FC) -> FC:
        for decorator in reversed(decorators):
            function = decorator(function)
        return function

    return apply


def secret_option(*names: str, envvar: str, help: str) -> Callable[[FC], FC]:
    """An option holding a secret: read from `envvar` too, and never shown (no default in help)."""
    import click

    return click.option(
        *names, envvar=envvar, show_envvar=True, show_default=False, default=None, metavar="SECRET", help=help
    )


def url_option(*names: str, envvar: str, default: str | None, help: str) -> Callable[[FC], FC]:
    """A base URL: option, environment variable, or the vendor's default."""
    import click

    return click.option(
        *names,
        envvar=envvar,
        show_envvar=True,
        default=default,
        show_default=default is not None,
        metavar="URL",
        help=help,
    )


def out_option(help: str = "The file to write.", *, required: bool = True) -> Callable[[FC], FC]:
    import click

    return click.option(
        "--out",
        "-o",
        type=click.Path(dir_okay=False, path_type=Path),
        required=required,
        help=help,
    )


def format_option(choices: Sequence[str], help: str) -> Callable[[FC], FC]:
    import click

    return click.option("--format", "fmt", type=click.Choice(list(choices)), default=None, help=help)


def resume_option(help: str = "Carry on an interrupted run of the same command (same options).") -> Callable[[FC], FC]:
    import click

    return click.option("--resume", is_flag=True, help=help)


def overwrite_option() -> Callable[[FC], FC]:
    import click

    return click.option(
        "--overwrite", is_flag=True, help="Replace an existing output, and start over instead of resuming."
    )


def progress_option() -> Callable[[FC], FC]:
    import click

    return click.option(
        "--progress/--no-progress",
        default=None,
        help="Progress bars on stderr (default: when stderr is a terminal).",
    )


def show_progress(flag: bool | None) -> bool:
    return flag if flag is not None else sys.stderr.isatty()
