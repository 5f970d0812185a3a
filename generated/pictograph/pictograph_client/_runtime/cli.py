"""What the vendor packages' console commands share (the `[cli]` extra).

Written once here and copied into every package as `<package>._runtime.cli`. A
vendor's `cli.py` declares its commands with click and hands them to `run()`;
everything the commands have in common lives here: credentials and URLs from
options or environment variables (never shown), exit codes, atomic output files,
JSONL / CSV / Parquet record files, resume state and Ctrl-C.

click is imported inside functions only, so that this module (and each `cli.py`)
imports without the extra installed; `run()` then says how to install it.

Exit codes, the same for every command of every package:

    0    done.
    1    a local problem: the output exists (pass --overwrite), an interrupted run
         is in the way (pass --resume or --overwrite), a file could not be written.
    2    usage: a missing or bad option (click's own code), or a value the client
         refused before sending anything.
    3    the API: an HTTP error (after retries), no connection, a job that failed or
         did not finish in time, a download that failed its checks.
    130  interrupted by Ctrl-C (SIGINT; 128 + 2, the shell's convention). What was
         done is kept, and the message says how to carry on.

Resuming. A page walk writes its records to `<out>.part` and, after every page,
records in `<out>.resume.json` (atomically, after an fsync of the `.part` file)
where the walk stands (offset, or cursor and items done) and how many bytes of
`.part` hold complete records. `--resume` truncates `.part` to those bytes and
carries on from that position, so nothing is lost or written twice, even after a
kill. At the end the `.part` file becomes `<out>` by a rename (Parquet: the staged
JSONL is converted into a temporary file that is renamed). An export job keeps
its id in `<out>.resume.json`; a download keeps its bytes in `<dest>.part`, which
the runtime's downloader continues with a Range request. The options a state was
written with are stored in it: resuming with different ones is refused.

Ctrl-C between records (during a request, typically) stops at once; during the
few microseconds of writing a record and its checkpoint it is held until they
are done, so the files on disk always agree.
"""

from __future__ import annotations

import contextlib
import csv
import enum
import importlib
import importlib.util
import io
import json
import os
import re
import secrets
import signal
import sys
import textwrap
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from types import FrameType, TracebackType
from typing import IO, TYPE_CHECKING, Any, Literal, TypeVar, cast
from uuid import UUID

import attrs

from .errors import AuthenticationError, DestinationExistsError, ParameterError, VisionAPIError
from .redact import scrub

if TYPE_CHECKING:
    import click

__all__ = [
    "EXIT_API",
    "EXIT_INTERRUPTED",
    "EXIT_LOCAL",
    "EXIT_OK",
    "EXIT_USAGE",
    "CommandError",
    "Interrupted",
    "OutputFormat",
    "RecordFile",
    "ResumeState",
    "StatusLine",
    "Tool",
    "UsageError",
    "as_dict",
    "atomic_output",
    "comma_list",
    "compose",
    "download_to",
    "dumps",
    "echo",
    "echo_json",
    "epilog",
    "format_option",
    "guard_interrupts",
    "int_list",
    "naive_datetime",
    "note",
    "optional_utc_or_local_datetime",
    "out_option",
    "output_format",
    "overwrite_option",
    "progress_option",
    "required",
    "resume_option",
    "run",
    "secret",
    "secret_option",
    "show_progress",
    "url_option",
    "utc_or_local_datetime",
    "utc_datetime",
]

EXIT_OK = 0
EXIT_LOCAL = 1
EXIT_USAGE = 2
EXIT_API = 3
EXIT_INTERRUPTED = 130

STATE_VERSION = 1
NAIVE_FORMAT = "%Y-%m-%dT%H:%M:%S"

OutputFormat = Literal["jsonl", "csv", "parquet"]
_SUFFIXES: dict[str, OutputFormat] = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet"}
_EXIT_CODES_HELP = (
    "Exit codes: 0 done; 1 local problem (output exists: --overwrite; an interrupted run is in the way: "
    "--resume or --overwrite); 2 usage; 3 API error; 130 interrupted (Ctrl-C): run the same command with "
    "--resume to carry on."
)

FC = TypeVar("FC", bound=Callable[..., Any])

# Secrets given to this process (keys, client secrets): scrubbed from every message we print.
_SECRETS: list[str] = []


# --- errors and exit codes ----------------------------------------------------------


class CommandError(Exception):
    """A problem the command reports in one line and exits with `exit_code` (1: local)."""

    exit_code = EXIT_LOCAL


class UsageError(CommandError):
    """A bad option value found after click parsed the command line (exit 2)."""

    exit_code = EXIT_USAGE


class Interrupted(Exception):
    """Ctrl-C, after the work done was saved; the message says how to carry on (exit 130)."""


@attrs.frozen
class Tool:
    """A package's console command: its name, distribution and how to fix a refused credential."""

    name: str
    distribution: str
    credential_hint: str
    """Said after a 401, e.g. `check --api-key / CITYLENS_API_KEY`."""
    options: Mapping[str, str] = attrs.field(factory=dict)
    """The option (or argument) for each helper parameter, to name it in messages: `{"to_dt": "--to"}`."""

    def words(self, message: str) -> str:
        """A library message in the command line's words."""
        message = message.replace("pass overwrite=True", "pass --overwrite")
        for parameter, option in self.options.items():
            if parameter.startswith(("request.", "_")) or "_" in parameter:  # identifiers, not words
                message = re.sub(rf"(?<![\w.-]){re.escape(parameter)}\b", option, message)
            else:  # a plain word ("end", "name"): only where it names the parameter, `name: ...`
                message = re.sub(rf"(?:^|(?<=: )){re.escape(parameter)}(?=: )", option, message)
        return message

    @property
    def install_hint(self) -> str:
        return f"pip install '{self.distribution}[cli]'"


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
    args = None if argv is None else list(argv)
    with guard_interrupts():
        try:
            result = group.main(args=args, prog_name=tool.name, standalone_mode=False)
        except click.ClickException as error:
            error.show()
            return error.exit_code
        except click.Abort:
            # click's name for a KeyboardInterrupt that no command turned into `Interrupted`.
            _report(tool, "interrupted")
            return EXIT_INTERRUPTED
        except Interrupted as error:
            _report(tool, f"interrupted: {error}")
            return EXIT_INTERRUPTED
        except CommandError as error:
            _report(tool, f"error: {error}", error)
            return error.exit_code
        except ParameterError as error:
            _report(tool, f"error: {error}", error)
            return EXIT_USAGE
        except DestinationExistsError as error:
            _report(tool, f"error: {error}", error)
            return EXIT_LOCAL
        except AuthenticationError as error:
            _report(tool, f"error: {error}; {tool.credential_hint}", error)
            return EXIT_API
        except VisionAPIError as error:
            _report(tool, f"error: {error}", error)
            return EXIT_API
        except BrokenPipeError:
            # The reader went away (`... | head`): nothing more to say, to anyone.
            with contextlib.suppress(OSError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_LOCAL
        except OSError as error:
            _report(tool, f"error: {error}", error)
            return EXIT_LOCAL
    return result if isinstance(result, int) else EXIT_OK


def _report(tool: Tool, message: str, error: BaseException | None = None) -> None:
    notes = getattr(error, "__notes__", None) or []
    if sys.stderr.isatty():
        sys.stderr.write("\n")  # past a progress bar, or the terminal's ^C
    for line in [message, *notes]:
        sys.stderr.write(f"{tool.name}: {scrub(tool.words(str(line)), _SECRETS)}\n")
    sys.stderr.flush()


def epilog(examples: str) -> str:
    """A command's help epilog: its examples (kept as written, not rewrapped) and the exit codes."""
    lines = textwrap.dedent(examples).strip("\n").splitlines()
    return "\b\nExamples:\n" + textwrap.indent("\n".join(lines), "  ") + "\n\n" + _EXIT_CODES_HELP


def echo(message: str) -> None:
    """A result line, on stdout."""
    print(scrub(message, _SECRETS), flush=True)


def note(message: str) -> None:
    """A remark, on stderr (stdout is for results)."""
    sys.stderr.write(scrub(message, _SECRETS) + "\n")
    sys.stderr.flush()


def echo_json(value: object) -> None:
    """One JSON document on one line, on stdout."""
    echo(dumps(value))


# --- Ctrl-C ---------------------------------------------------------------------


class _SigintGuard:
    """SIGINT raises KeyboardInterrupt at once, except inside `critical()`, where it is
    held until the section ends: a record and its checkpoint are written whole or not."""

    def __init__(self) -> None:
        self.depth = 0
        self.pending = False

    def handler(self, signum: int, frame: FrameType | None) -> None:
        if self.depth:
            self.pending = True
            return
        raise KeyboardInterrupt

    @contextlib.contextmanager
    def critical(self) -> Iterator[None]:
        self.depth += 1
        try:
            yield
        finally:
            self.depth -= 1
            if self.pending and not self.depth:
                self.pending = False
                raise KeyboardInterrupt


_GUARD = _SigintGuard()


@contextlib.contextmanager
def guard_interrupts() -> Iterator[None]:
    """Install the SIGINT handler for the duration (main thread only; elsewhere a no-op)."""
    try:
        previous = signal.signal(signal.SIGINT, _GUARD.handler)
    except ValueError:  # not the main thread: signals are not ours to handle
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous if previous is not None else signal.default_int_handler)


# --- options ------------------------------------------------------------------------


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


def secret(value: str | None, option: str, envvar: str) -> str:
    """The secret given by option or environment, remembered so no message shows it."""
    text = required(value, option, envvar)
    _SECRETS.append(text)
    return text


def required(value: str | None, option: str, envvar: str) -> str:
    if value is None or not value.strip():
        raise UsageError(f"missing {option}: pass it, or set {envvar}")
    return value


# click callbacks: (ctx, param, value) -> converted value, raising BadParameter.


def _bad(message: str) -> Exception:
    import click

    return click.BadParameter(message)


def naive_datetime(ctx: click.Context, param: click.Parameter, value: str | None) -> datetime | None:
    """`YYYY-MM-DDTHH:MM:SS` (or a date), a local time without zone."""
    if value is None:
        return None
    for fmt in (NAIVE_FORMAT, "%Y-%m-%d"):
        try:
            return datetime.strptime(value, fmt)
        except ValueError:
            continue
    raise _bad(f"expected YYYY-MM-DDTHH:MM:SS (local time, no zone), got {value!r}")


def _iso(value: str) -> datetime:
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise _bad(f"expected an ISO 8601 date or date-time, e.g. 2025-01-31T12:00:00Z, got {value!r}") from None


def utc_datetime(ctx: click.Context, param: click.Parameter, value: str | None) -> datetime | None:
    """An ISO 8601 date-time; one without a zone is taken as UTC."""
    if value is None:
        return None
    moment = _iso(value)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def utc_or_local_datetime(ctx: click.Context, param: click.Parameter, value: str) -> datetime:
    """An ISO 8601 date-time: with `Z` or an offset it is UTC; without, local time (naive)."""
    moment = _iso(value)
    return moment.astimezone(UTC) if moment.tzinfo is not None else moment


def optional_utc_or_local_datetime(ctx: click.Context, param: click.Parameter, value: str | None) -> datetime | None:
    return None if value is None else utc_or_local_datetime(ctx, param, value)


def comma_list(ctx: click.Context, param: click.Parameter, value: str | None) -> list[str] | None:
    """`a,b,c` -> ["a", "b", "c"] (blank items dropped)."""
    if value is None:
        return None
    items = [item.strip() for item in value.split(",") if item.strip()]
    if not items:
        raise _bad("expected a comma-separated list")
    return items


def int_list(ctx: click.Context, param: click.Parameter, value: str | None) -> list[int] | None:
    """`1,2,3` or ranges `1-40,45` -> [1, 2, 3] / [1, ..., 40, 45]."""
    items = comma_list(ctx, param, value)
    if items is None:
        return None
    numbers: list[int] = []
    for item in items:
        low, dash, high = item.partition("-")
        try:
            numbers.extend(range(int(low), int(high) + 1) if dash else [int(item)])
        except ValueError:
            raise _bad(f"expected numbers or ranges like 1-40, got {item!r}") from None
    return numbers


def output_format(out: Path, given: str | None) -> OutputFormat:
    """The record format: `given`, or from the file's suffix (.jsonl/.ndjson, .csv, .parquet)."""
    if given is not None:
        fmt = _SUFFIXES.get(f".{given}")
        if fmt is None:
            raise UsageError(f"--format: expected jsonl, csv or parquet, got {given!r}")
    else:
        found = _SUFFIXES.get(out.suffix.lower())
        if found is None:
            raise UsageError(f"--out: cannot tell the format of {out.name}: use .jsonl, .csv or .parquet, or --format")
        fmt = found
    if fmt == "parquet" and importlib.util.find_spec("pyarrow") is None:
        raise UsageError("writing Parquet needs pyarrow (pip install pyarrow); or write .jsonl or .csv")
    return fmt


# --- files ----------------------------------------------------------------------------


def _part(path: Path) -> Path:
    return path.with_name(path.name + ".part")


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[IO[bytes]]:
    """A binary file that appears at `path` only once written whole: a temporary file in
    the same folder, fsynced and renamed over `path` when the block ends without error."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    # Not mkstemp: its files are 0600 whatever the umask; an output should not be.
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with open(fd, "wb") as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, path)
        _fsync_dir(path.parent)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _write_json_atomically(path: Path, value: object) -> None:
    with atomic_output(path) as file:
        file.write(dumps(value, indent=1).encode("utf-8") + b"\n")


def _json_default(value: object) -> object:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, UUID | Path):
        return str(value)
    if isinstance(value, enum.Enum):
        return value.value
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def dumps(value: object, indent: int | None = None) -> str:
    """Compact JSON (or indented), non-ASCII kept; datetimes, UUIDs and enums as text."""
    separators = None if indent else (",", ":")
    return json.dumps(value, ensure_ascii=False, separators=separators, indent=indent, default=_json_default)


def _normalised(value: object) -> Any:
    """`value` as it reads back from JSON, so that stored and current options compare."""
    return json.loads(dumps(value))


@contextlib.contextmanager
def download_to(dest: Path, *, resume: bool, overwrite: bool) -> Iterator[Path]:
    """Around a runtime download to `dest`: refuse to clobber `dest` or an interrupted
    download's `<dest>.part` unless told (`--overwrite` / `--resume`), and on Ctrl-C
    say how many bytes are kept for `--resume` (the downloader continues from them)."""
    part = _part(dest)
    if dest.exists() and not overwrite:
        raise CommandError(f"{dest} exists; pass --overwrite to replace it")
    if part.exists() and not resume:
        if not overwrite:
            raise CommandError(
                f"{part} is left from an interrupted download; "
                "pass --resume to continue it or --overwrite to start over"
            )
        part.unlink()
    try:
        yield dest
    except KeyboardInterrupt:
        kept = part.stat().st_size if part.exists() else 0
        raise Interrupted(
            f"{kept} bytes kept in {part}; run the same command with --resume to continue the download"
        ) from None


# --- resume state ---------------------------------------------------------------------


class ResumeState:
    """`<out>.resume.json`: the command and options of a run, and where it stands.

    `open()` decides, before any request, between a fresh start and a resumed one,
    refusing to silently drop or clobber an interrupted run's files.
    """

    def __init__(self, out: Path, command: str, params: Mapping[str, object]) -> None:
        self.out = out
        self.path = out.with_name(out.name + ".resume.json")
        self.command = command
        self.params = _normalised(dict(params))
        self.data: dict[str, Any] = {}

    def open(self, *, resume: bool, overwrite: bool, leftovers: Iterable[Path] = ()) -> bool:
        """Prepare the run; True when it carries on a saved state (in `data`).

        `leftovers` are other files of an interrupted run (`.part`): kept when resuming,
        deleted when starting over with `overwrite`, and refused otherwise.
        """
        if self.out.exists() and not overwrite:
            raise CommandError(f"{self.out} exists; pass --overwrite to replace it")
        found = [p for p in (self.path, *leftovers) if p.exists()]
        if resume and self.path.exists():
            self.data = self._load()
            return True
        if found and not overwrite and not resume:
            listed = ", ".join(str(p) for p in found)
            raise CommandError(
                f"{listed}: left from an interrupted run; pass --resume to continue it or --overwrite to start over"
            )
        if resume:
            note(f"nothing to resume for {self.out}: starting from the beginning")
        for leftover in found:
            leftover.unlink()
        self.data = {}
        return False

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise CommandError(f"{self.path}: unreadable ({error}); pass --overwrite to start over") from None
        if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
            raise CommandError(f"{self.path}: not a resume state this version writes; pass --overwrite to start over")
        if data.get("command") != self.command or data.get("params") != self.params:
            stored: dict[str, Any] = data["params"] if isinstance(data.get("params"), dict) else {}
            changed = sorted(k for k in set(stored) | set(self.params) if stored.get(k) != self.params.get(k)) or [
                "the command"
            ]
            raise CommandError(
                f"{self.path} was written by a run with other options ({', '.join(changed)}); "
                "resume with the same options, or pass --overwrite to start over"
            )
        return data

    def save(self, **fields: object) -> None:
        """Merge `fields` into the state and write it atomically."""
        self.data.update(fields)
        document = {**self.data, "version": STATE_VERSION, "command": self.command, "params": self.params}
        _write_json_atomically(self.path, document)

    def clear(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()
        self.data = {}


# --- record files ---------------------------------------------------------------------


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list | tuple):
        return dumps(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


def _flatten(record: Mapping[str, Any], nested: Collection[str]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in record.items():
        if key in nested and isinstance(value, Mapping):
            for inner, item in value.items():
                flat[f"{key}.{inner}"] = item
        else:
            flat[key] = value
    return flat


class RecordFile:
    """The records of a page walk, resumable: see the module docstring.

    Use as a context manager around the walk: `position` is where to start (None:
    from the beginning); `write(record, position)` takes each record with the position
    just after it; `commit()` puts the file in place. Leaving the block by Ctrl-C saves
    the state and raises `Interrupted`; by an error, saves it and notes `--resume`.

    CSV: columns are `columns`, or the first record's keys; objects named in `flatten`
    become dotted columns (`bbox.width`), other objects and lists JSON cells.
    """

    def __init__(
        self,
        out: Path,
        fmt: OutputFormat,
        *,
        command: str,
        params: Mapping[str, object],
        resume: bool,
        overwrite: bool,
        columns: Sequence[str] | None = None,
        flatten: Collection[str] = (),
        checkpoint_every: int = 1000,
        label: str = "records",
    ) -> None:
        self.out = out
        self.fmt = fmt
        self.part = _part(out)
        self.state = ResumeState(out, command, {**params, "format": fmt})
        self.resume = resume
        self.overwrite = overwrite
        self.columns: list[str] | None = None if columns is None else list(columns)
        self.flatten = frozenset(flatten)
        self.checkpoint_every = max(1, checkpoint_every)
        self.label = label
        self.position: Any = None
        """Where the saved run stopped (None: start from the beginning)."""
        self.extra: dict[str, Any] = {}
        """Command-specific values kept in the state (e.g. locations refused so far)."""
        self.records = 0
        self._bytes = 0
        self._since_checkpoint = 0
        self._mark: tuple[Any, int, int] = (None, 0, 0)  # (position, bytes, records): one consistent point
        self._file: IO[bytes] | None = None
        self._committed = False

    # The position, as the walks need it.
    @property
    def start_offset(self) -> int:
        """For offset walks: the offset of the next record (0 on a fresh start)."""
        if self.position is None:
            return 0
        if not isinstance(self.position, int) or isinstance(self.position, bool):
            raise CommandError(f"{self.state.path}: position {self.position!r} is not an offset")
        return self.position

    @property
    def start_marker(self) -> tuple[Any, int]:
        """For walks of pages or requests: (the page's key, items of it already written)."""
        if self.position is None:
            return None, 0
        if not isinstance(self.position, list) or len(self.position) != 2 or not isinstance(self.position[1], int):
            raise CommandError(f"{self.state.path}: position {self.position!r} is not [key, count]")
        return self.position[0], self.position[1]

    def __enter__(self) -> RecordFile:
        resumed = self.state.open(resume=self.resume, overwrite=self.overwrite, leftovers=[self.part])
        if resumed:
            data = self.state.data
            self.position = data.get("position")
            self.records = int(data.get("records", 0))
            self._bytes = int(data.get("bytes", 0))
            self.columns = data.get("columns", self.columns)
            self.extra = dict(data.get("extra") or {})
            size = self.part.stat().st_size if self.part.exists() else -1
            if size < self._bytes:
                raise CommandError(
                    f"{self.part} is shorter than {self.state.path} says; pass --overwrite to start over"
                )
            os.truncate(self.part, self._bytes)  # drop a record half-written when the run was killed
            note(f"resuming {self.out}: {self.records} {self.label} already written")
        self._mark = (self.position, self._bytes, self.records)
        self.part.parent.mkdir(parents=True, exist_ok=True)
        self._file = open(self.part, "ab")
        if self.fmt == "csv" and self.columns is not None and self._bytes == 0:
            self._append(self._csv_line(self.columns))
        return self

    def _append(self, data: bytes) -> None:
        assert self._file is not None
        self._file.write(data)
        self._bytes += len(data)

    def _csv_line(self, values: Iterable[str]) -> bytes:
        buffer = io.StringIO()
        csv.writer(buffer).writerow(list(values))
        return buffer.getvalue().encode("utf-8")

    def _encode(self, record: Mapping[str, Any]) -> bytes:
        if self.fmt != "csv":  # parquet is staged as JSONL and converted at commit
            return (dumps(record) + "\n").encode("utf-8")
        flat = _flatten(record, self.flatten)
        if self.columns is None:
            self.columns = list(flat)
            self._append(self._csv_line(self.columns))
        unknown = [key for key in flat if key not in self.columns]
        if unknown:
            raise CommandError(
                f"record {self.records + 1} has fields the CSV header lacks ({', '.join(unknown)}); "
                "write .jsonl instead"
            )
        return self._csv_line(_cell(flat.get(column)) for column in self.columns)

    def write(self, record: Mapping[str, Any], position: object) -> None:
        """Append `record`; `position` is where the walk resumes after it."""
        self.write_many([record], position)

    def write_many(self, records: Iterable[Mapping[str, Any]], position: object) -> None:
        """Append `records` as one unit: after Ctrl-C or a kill, all of them are kept or none."""
        with _GUARD.critical():
            for record in records:
                self._append(self._encode(record))
                self.records += 1
                self._since_checkpoint += 1
            self._mark = (position, self._bytes, self.records)
            if self._since_checkpoint >= self.checkpoint_every:
                self.checkpoint()

    def checkpoint(self) -> None:
        """Make what is written durable, then record it in the state file."""
        with _GUARD.critical():
            position, size, records = self._mark
            if self._file is not None:
                self._file.flush()
                os.fsync(self._file.fileno())
            self.state.save(position=position, records=records, bytes=size, columns=self.columns, extra=self.extra)
            self._since_checkpoint = 0

    def commit(self) -> Path:
        """The walk is complete: put the file at `out` and forget the state."""
        with _GUARD.critical():
            self._close()
            if self.fmt == "parquet":
                _jsonl_to_parquet(self.part, self.out, self.records)
                self.part.unlink()
            else:
                os.replace(self.part, self.out)
                _fsync_dir(self.out.parent)
            self.state.clear()
            self._committed = True
        return self.out

    def _close(self) -> None:
        if self._file is not None:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()
            self._file = None

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> bool:
        if self._committed:
            # A Ctrl-C held back while committing came too late to stop anything: the file is whole.
            return isinstance(error, KeyboardInterrupt)
        # Whatever stopped the walk, the records written so far stay resumable, up to the
        # last whole one; a run that wrote nothing leaves nothing behind.
        _, size, records = self._mark
        if records == 0 and not self.state.data:
            self._close()
            self.part.unlink(missing_ok=True)
            self.state.clear()
            if isinstance(error, KeyboardInterrupt):
                raise Interrupted("nothing was written yet") from None
            return False
        self.checkpoint()
        self._close()
        os.truncate(self.part, size)
        hint = "run the same command with --resume to continue"
        if isinstance(error, KeyboardInterrupt):
            raise Interrupted(f"{records} {self.label} kept in {self.part}; {hint}") from None
        if error is not None and records:
            error.add_note(f"{records} {self.label} kept in {self.part}; {hint}")
        return False


def _jsonl_to_parquet(source: Path, out: Path, records: int) -> None:
    pyarrow = importlib.import_module("pyarrow")
    parquet = importlib.import_module("pyarrow.parquet")
    # An empty file is no JSON pyarrow can read: an empty table then.
    table = importlib.import_module("pyarrow.json").read_json(str(source)) if records else pyarrow.table({})
    if records:
        # pyarrow reads `...Z` as a timestamp without zone: say it is UTC (naive times stay naive, local).
        with open(source, encoding="utf-8") as file:
            first = json.loads(file.readline())
        for index, name in enumerate(table.column_names):
            kind = table.schema.field(name).type
            value = first.get(name)
            if pyarrow.types.is_timestamp(kind) and kind.tz is None and isinstance(value, str) and value.endswith("Z"):
                utc = table.column(name).cast(pyarrow.timestamp(kind.unit, tz="UTC"))
                table = table.set_column(index, name, utc)
    with atomic_output(out) as file:
        parquet.write_table(table, file)


# --- waiting ---------------------------------------------------------------------------


class StatusLine:
    """Shows a job's status while waiting: a line redrawn in place (with the time
    waited) when progress is on, else one line per change of status, on stderr."""

    def __init__(self, label: str, *, live: bool) -> None:
        self.label = label
        self.live = live
        self.started = time.monotonic()
        self.last: str | None = None

    def __call__(self, status: object) -> None:
        text = str(getattr(status, "value", status))
        if self.live:
            waited = time.monotonic() - self.started
            sys.stderr.write(f"\r{self.label}: {text} ({waited:.0f}s)\033[K")
            sys.stderr.flush()
        elif text != self.last:
            note(f"{self.label}: {text}")
        self.last = text

    def close(self) -> None:
        if self.live and self.last is not None:
            sys.stderr.write("\n")
            sys.stderr.flush()

    def __enter__(self) -> StatusLine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def as_dict(value: object) -> dict[str, Any]:
    """A generated model as JSON-ready data (its `to_dict()`)."""
    to_dict = getattr(value, "to_dict", None)
    if to_dict is None:
        raise TypeError(f"{type(value).__name__} has no to_dict()")
    return cast(dict[str, Any], to_dict())
