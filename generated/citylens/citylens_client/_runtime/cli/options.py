"""The options every command spells the same way (click is imported only when used, so
that a vendor's `cli.py` imports without the `[cli]` extra)."""

from __future__ import annotations

import functools
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


def gathered(
    into: str, names: Sequence[str], make: Callable[..., Any], *options: Callable[[FC], FC]
) -> Callable[[FC], FC]:
    """`options` whose values reach the command as one object, `make(**values)`, in
    the parameter `into` (`names`: the parameters click gives those values)."""

    def apply(command: FC) -> FC:
        @functools.wraps(command)
        def call(**kwargs: Any) -> Any:
            values = {name: kwargs.pop(name) for name in names}
            return command(**kwargs, **{into: make(**values)})

        return compose(*options)(call)  # type: ignore[arg-type]

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


def window_options(
    parse: Callable[..., Any], *, until_help: str = "Pull the UTC days before it."
) -> Callable[[FC], FC]:
    """`--since` / `--until` of a `sync` command, read by `parse` (a `values` callback)."""
    import click

    return compose(
        click.option("--since", callback=parse, metavar="DATETIME", help="Where the first pull starts."),
        click.option("--until", callback=parse, metavar="DATETIME", help=until_help),
    )


def timeout_option(what: str = "the export to complete") -> Callable[[FC], FC]:
    """`--timeout`: the seconds a command waits for a job (the helpers' default)."""
    import click

    from ..polling import DEFAULT_WAIT_TIMEOUT

    seconds = click.FloatRange(min=0, min_open=True)
    return click.option(
        "--timeout", type=seconds, default=DEFAULT_WAIT_TIMEOUT, show_default=True, help=f"Seconds to wait for {what}."
    )


def poll_interval_option() -> Callable[[FC], FC]:
    """`--poll-interval`: the seconds between the first looks at a job (the helpers' default)."""
    import click

    return click.option(
        "--poll-interval",
        type=click.FloatRange(min=0, min_open=True),
        default=2.0,
        show_default=True,
        help="Seconds between the first status checks (they grow to 30).",
    )


def page_size_option(what: str, *, default: int, maximum: int) -> Callable[[FC], FC]:
    """`--page-size`: the items a walk asks for per request."""
    import click

    return click.option(
        "--page-size", type=click.IntRange(1, maximum), default=default, show_default=True, help=f"{what} per request."
    )


def period_options(
    parse: Callable[..., Any], from_help: str, to_help: str, *, required: bool = True
) -> Callable[[FC], FC]:
    """`--from` / `--to` of a period, read by `parse` (a `values` callback) into the
    parameters `start` and `end`."""
    import click

    return compose(
        click.option("--from", "start", required=required, callback=parse, metavar="DATETIME", help=from_help),
        click.option("--to", "end", required=required, callback=parse, metavar="DATETIME", help=to_help),
    )


def dataset_argument(name: str = "dataset") -> Callable[[FC], FC]:
    """The folder a `sync` command pulls into."""
    import click

    return click.argument(name, type=click.Path(file_okay=False, path_type=Path))
