"""Running a package's console command: every failure becomes one line on stderr and
its exit code (see `exit_codes`), never a traceback."""

from __future__ import annotations

import contextlib
import inspect
import logging
import os
import re
import sys
import textwrap
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, NoReturn, Protocol

import attrs

from .. import progress
from ..errors import AuthenticationError, DestinationExistsError, ParameterError, VisionAPIError
from ..log import RedactingFilter, show_on_stderr
from ..redact import URL_IN_TEXT
from .connection import Connection, Setting, package_connect
from .exit_codes import (
    EXIT_API,
    EXIT_CODES_HELP,
    EXIT_INTERRUPTED,
    EXIT_LOCAL,
    EXIT_OK,
    EXIT_USAGE,
    CommandError,
    Interrupted,
)
from .interrupts import guard_interrupts
from .secret_registry import hide, known

if TYPE_CHECKING:
    import click

    from .commands import Commands

# This package's top-level name (`citylens_client`), whose logger the runtime writes to.
_PACKAGE = __name__.split(".", 1)[0]


class Main(Protocol):
    """A package's console command (its `cli.main`)."""

    def __call__(self, argv: Sequence[str] | None = None) -> NoReturn: ...


@attrs.frozen
class Tool:
    """A package's console command, declared: its name, its help, how it connects, and
    the words of its messages. Its commands are declared by a function given to
    `entry_point` (see `commands.Commands`)."""

    name: str
    doc: str | None = None
    """What `<name> --help` says: a paragraph, then example command lines. A vendor's
    `cli.py` passes its module docstring, so that the file opens with its command's help."""

    settings: Sequence[Setting] = ()
    """The connection's options (`connection.api_key(...)`, or the vendor's own `Setting`s)."""

    options: Mapping[str, str] = attrs.field(factory=dict)
    """The option (or argument) of each helper parameter named otherwise, to name it in
    messages: `{"to_dt": "--to"}` (a parameter named as an option needs no entry)."""

    credential_hint: str = attrs.field(
        default=attrs.Factory(lambda tool: f"check --api-key / {tool.name.upper()}_API_KEY", takes_self=True)
    )
    """Said after a 401."""

    @property
    def distribution(self) -> str:
        return f"{self.name}-client"

    def words(self, message: str) -> str:
        """A library message in the command line's words; URLs are kept as sent (their
        query names the API's parameters, not our options)."""
        pieces = URL_IN_TEXT.split(message)
        urls = URL_IN_TEXT.findall(message)
        worded = [self._reworded(piece) for piece in pieces]
        return "".join(text + url for text, url in zip(worded, [*urls, ""], strict=True))

    def _reworded(self, text: str) -> str:
        text = text.replace("pass overwrite=True", "pass --overwrite")
        for parameter, option in self.options.items():
            # A field of the request body a command builds from its options (`request.limit`)
            # reads as the option of that field.
            name = rf"(?:request\.)?{re.escape(parameter)}"
            if "_" in parameter or "." in parameter:  # identifiers, not words
                text = re.sub(rf"(?<![\w.-]){name}\b", option, text)
            else:  # a plain word ("end", "name"): only where it names the parameter, `name: ...`
                text = re.sub(rf"(?:^|(?<=: )){name}(?=: )", option, text)
        return text

    def worded_as(self, group: click.Group) -> Tool:
        """This tool, its `options` completed with the word of every parameter of the
        commands of `group` (`page_size` -> `--page-size`, `frame_id` -> `FRAME_ID`);
        `options` names only the helper parameters that no option is named after."""
        return attrs.evolve(self, options={**_words_of(group), **self.options})

    @property
    def help(self) -> str:
        """The first paragraph of `doc`."""
        return inspect.cleandoc(self.doc or "").partition("\n\n")[0]

    @property
    def examples(self) -> str:
        """The command lines after the first paragraph of `doc`."""
        return inspect.cleandoc(self.doc or "").partition("\n\n")[2]

    @property
    def install_hint(self) -> str:
        return f"pip install '{self.distribution}[cli]'"

    def group(self, declare: Callable[[Commands[Any]], None]) -> click.Group:
        """The command's click group (`-h`, `--version`, the examples and exit codes after
        its help), with the commands `declare` adds; needs click."""
        import click

        from .commands import Commands

        @click.group(
            name=self.name,
            help=self.help,
            context_settings={"help_option_names": ["-h", "--help"]},
            epilog=epilog(self.examples),
        )
        @click.version_option(package_name=self.distribution, message=f"%(prog)s ({self.distribution} %(version)s)")
        def group() -> None:
            pass

        declare(Commands(group, Connection(package_connect(), *self.settings)))
        return group

    def entry_point(self, declare: Callable[[Commands[Any]], None]) -> Main:
        """The package's console command, `main(argv=None)`: runs the group of the
        commands `declare` adds on `argv` (default: the process's arguments) and exits
        with its code. click is imported only then, so `cli.py` imports without it."""

        def main(argv: Sequence[str] | None = None) -> NoReturn:
            sys.exit(run(self, lambda: self.group(declare), argv))

        main.__doc__ = f"The `{self.name}` console command (`argv` defaults to the process's arguments)."
        return main


def run(tool: Tool, build: Callable[[], click.Group], argv: Sequence[str] | None = None) -> int:
    """Run the command line `argv` (default: `sys.argv[1:]`) and return the exit code.

    `build` makes the click group; it is called only once click is known to be there.
    """
    try:
        import click
    except ImportError:
        sys.stderr.write(f"{tool.name}: the command line needs click: {tool.install_hint}\n")
        return EXIT_USAGE
    group = build()
    tool = tool.worded_as(group)
    args = None if argv is None else list(argv)
    _show_retries(tool)
    with guard_interrupts():
        try:
            result = group.main(args=args, prog_name=tool.name, standalone_mode=False)
        except click.exceptions.NoArgsIsHelpError as error:
            error.show()  # the help a bare command asks for: not an error to put in one line
            return error.exit_code
        except click.ClickException as error:
            _report(tool, f"error: {_click_message(error)}")
            return error.exit_code
        except click.Abort:
            # click's name for a KeyboardInterrupt that no command turned into `Interrupted`.
            _report(tool, "interrupted")
            return EXIT_INTERRUPTED
        except Interrupted as error:
            _report(tool, f"interrupted: {error}")
            return EXIT_INTERRUPTED
        except BrokenPipeError:
            # The reader went away (`... | head`): nothing more to say, to anyone.
            with contextlib.suppress(OSError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_LOCAL
        except (CommandError, VisionAPIError, OSError) as error:
            hint = f"; {tool.credential_hint}" if isinstance(error, AuthenticationError) else ""
            _report(tool, f"error: {error}{hint}", error)
            return _exit_code(error)
        except Exception as error:  # a bug of ours: still one line, and what to send us
            _report(tool, f"internal error, please report it: {type(error).__name__}: {error}", error)
            return EXIT_LOCAL
    progress.close_all()
    return result if isinstance(result, int) else EXIT_OK


def _words_of(group: click.Group) -> dict[str, str]:
    """Each parameter's word on the command line, from every command of `group`: an
    option's long name, an argument's metavar. A name that commands spell differently
    (`dataset`: an argument here, `--dataset` there) is left out rather than guessed."""
    import click

    words: dict[str, str] = {}
    ambiguous: set[str] = set()

    def visit(command: click.Command) -> None:
        for param in command.params:
            if param.name is None or not param.expose_value:
                continue
            long = [opt for opt in param.opts if opt.startswith("--")]
            word = (long or param.opts)[0] if isinstance(param, click.Option) else param.human_readable_name
            if words.setdefault(param.name, word) != word:
                ambiguous.add(param.name)
        for sub in command.commands.values() if isinstance(command, click.Group) else ():
            visit(sub)

    visit(group)
    return {name: word for name, word in words.items() if name not in ambiguous}


def _click_message(error: click.ClickException) -> str:
    """click's complaint in one line, with where to read more (click prints three)."""
    context = getattr(error, "ctx", None)
    where = f" (see {context.command_path} --help)" if context is not None else ""
    return f"{error.format_message().rstrip('.')}{where}"


# The exit code of each kind of failure, the first that matches (see `exit_codes`).
_EXIT_CODES: tuple[tuple[type[BaseException], int], ...] = (
    (ParameterError, EXIT_USAGE),  # refused before anything was sent
    (DestinationExistsError, EXIT_LOCAL),  # an API error class, but about a local file
    (VisionAPIError, EXIT_API),
    (OSError, EXIT_LOCAL),
)


def _exit_code(error: BaseException) -> int:
    if isinstance(error, CommandError):
        return error.exit_code
    return next(code for kind, code in _EXIT_CODES if isinstance(error, kind))


def _show_retries(tool: Tool) -> None:
    """Retries and waits on stderr as they happen, without any variable set: a server
    that is slow or down must not look like a command that hangs."""
    handler = show_on_stderr(_PACKAGE, logging.INFO, prefix=f"{tool.name}: ")
    if not any(isinstance(f, RedactingFilter) for f in handler.filters):
        handler.addFilter(RedactingFilter(known))


def _report(tool: Tool, message: str, error: BaseException | None = None) -> None:
    notes = getattr(error, "__notes__", None) or []
    # A bar ends at what was done, on a line of its own (over the terminal's ^C, if any).
    if not progress.close_all() and sys.stderr.isatty() and message.startswith("interrupted"):
        sys.stderr.write("\n")  # past the terminal's ^C
    for line in [message, *notes]:
        sys.stderr.write(f"{tool.name}: {hide(tool.words(str(line)))}\n")
    sys.stderr.flush()


def epilog(examples: str) -> str:
    """A command's help epilog: its examples (kept as written, not rewrapped) and the exit codes."""
    lines = textwrap.dedent(examples).strip("\n").splitlines()
    if not lines:
        return EXIT_CODES_HELP
    return "\b\nExamples:\n" + textwrap.indent("\n".join(lines), "  ") + "\n\n" + EXIT_CODES_HELP
