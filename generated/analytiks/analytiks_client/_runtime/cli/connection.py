"""How a command connects: the options that say where and as whom, declared once per
package, and what a command receives instead of them (`open_client`).

A vendor lists its settings in its `Tool` (`Setting`: option, environment variable,
and whether it is a secret, a positional credential of `connect()` or one of its
keywords); `Connection` adds those options to a command and hands the command an
`Opener`, which checks them (a missing one is a usage error naming the option and the
variable) and connects only when called, so a command refuses its other bad values
first. A keyword's default is that of `connect()`, so the help shows what a client
made without the option gets.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Mapping
from typing import Any, Generic, Protocol, Self, TypeVar

import attrs

from .options import gathered, secret_option, url_option
from .secret_registry import remember, required

C = TypeVar("C")


class Closable(Protocol):
    """A client a command uses in `with`: closed when the block ends."""

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc_info: object) -> object: ...


CC = TypeVar("CC", bound=Closable)
"""The client of a shared command body (`with open_client() as client:`)."""
# This package's top-level name (`citylens_client`), whose `_client` holds its `connect()`.
_PACKAGE = __name__.split(".", 1)[0]
_Command = Callable[..., Any]


@attrs.frozen
class Setting:
    """One option of a package's connection."""

    option: str
    """`--api-key`."""
    envvar: str
    help: str
    keyword: str | None = None
    """The `connect()` keyword it fills (`base_url`); None: the next positional credential."""
    secret: bool = attrs.field(default=False, kw_only=True)

    @property
    def parameter(self) -> str:
        """The name click gives its value (`--api-key` gives `api_key`)."""
        return self.option.lstrip("-").replace("-", "_")

    def decorator(self, connect: Callable[..., Any]) -> Callable[[_Command], _Command]:
        if self.secret:
            return secret_option(self.option, envvar=self.envvar, help=self.help)
        if self.keyword is None:  # a credential that is not secret (a client id)
            import click

            return click.option(self.option, envvar=self.envvar, show_envvar=True, metavar="ID", help=self.help)
        default = inspect.signature(connect).parameters[self.keyword].default
        return url_option(
            self.option,
            envvar=self.envvar,
            default=None if default is inspect.Parameter.empty else default,
            help=self.help,
        )


class Opener(Generic[C]):
    """What a command gets for its connection options: call it for a ready client
    (`with open_client() as client:`)."""

    def __init__(self, connect: Callable[..., C], settings: tuple[Setting, ...], values: Mapping[str, Any]) -> None:
        self._connect = connect
        self._settings = settings
        self._values = dict(values)

    def settings(self) -> dict[str, str]:
        """Every value checked (a missing one is a usage error naming its option), and
        those that are not secret returned: for a resumable run to know its host."""
        values = self._checked()
        return {s.parameter: values[s.parameter] for s in self._settings if not s.secret}

    def _checked(self) -> dict[str, str]:
        values: dict[str, str] = {}
        for setting in self._settings:
            values[setting.parameter] = required(self._values[setting.parameter], setting.option, setting.envvar)
            if setting.secret:
                remember(values[setting.parameter])  # no line this process prints will show it
        return values

    def __call__(self) -> C:
        values = self._checked()
        credentials = [values[s.parameter] for s in self._settings if s.keyword is None]
        keywords = {s.keyword: values[s.parameter] for s in self._settings if s.keyword is not None}
        return self._connect(*credentials, **keywords)

    def __repr__(self) -> str:  # never the values: some are secrets
        return f"Opener({', '.join(s.option for s in self._settings)})"


class Connection(Generic[C]):
    """A decorator giving a command the connection options, and `open_client` (an
    `Opener`) in their place."""

    def __init__(self, connect: Callable[..., C], *settings: Setting) -> None:
        self._connect = connect
        self._settings = settings

    @property
    def parameters(self) -> list[str]:
        """The names click gives the values of the connection's options."""
        return [s.parameter for s in self._settings]

    def __call__(self, command: _Command) -> _Command:
        def opener(**values: Any) -> Opener[C]:
            return Opener(self._connect, self._settings, values)

        options = (s.decorator(self._connect) for s in self._settings)
        return gathered("open_client", self.parameters, opener, *options)(command)


def api_key(env_prefix: str, key_help: str, *, url_help: str = "The API URL.") -> tuple[Setting, ...]:
    """The settings of a package whose `connect()` takes one API key and a base URL
    (`--base-url` / `<PREFIX>_BASE_URL`, `--api-key` / `<PREFIX>_API_KEY`)."""
    return (
        Setting("--base-url", f"{env_prefix}_BASE_URL", url_help, keyword="base_url"),
        Setting("--api-key", f"{env_prefix}_API_KEY", key_help, secret=True),
    )


def package_connect() -> Callable[..., Any]:
    """This package's `connect()`: generation writes it into `_client` (or the overlay
    brings its own there); imported only once a command is built."""
    return importlib.import_module(f"{_PACKAGE}._client").connect  # type: ignore[no-any-return]
