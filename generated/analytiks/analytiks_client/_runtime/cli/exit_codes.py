"""The exit codes every command of every package uses, and the errors that carry them.

0    done.
1    a local problem: the output exists (pass --overwrite), an interrupted run
     is in the way (pass --resume or --overwrite), a file could not be written.
2    usage: a missing or bad option (click's own code), or a value the client
     refused before sending anything.
3    the API: an HTTP error (after retries), no connection, a job that failed or
     did not finish in time, a download that failed its checks.
130  interrupted by Ctrl-C (SIGINT; 128 + 2, the shell's convention). What was
     done is kept, and the message says how to carry on.
"""

from __future__ import annotations

__all__ = [
    "EXIT_API",
    "EXIT_INTERRUPTED",
    "EXIT_LOCAL",
    "EXIT_OK",
    "EXIT_USAGE",
    "CommandError",
    "Interrupted",
    "UsageError",
]

EXIT_OK = 0
EXIT_LOCAL = 1
EXIT_USAGE = 2
EXIT_API = 3
EXIT_INTERRUPTED = 130

EXIT_CODES_HELP = (
    "Exit codes: 0 done; 1 local problem (output exists: --overwrite; an interrupted run is in the way: "
    "--resume or --overwrite); 2 usage; 3 API error; 130 interrupted (Ctrl-C): run the same command with "
    "--resume to carry on."
)


class CommandError(Exception):
    """A problem the command reports in one line and exits with `exit_code` (1: local)."""

    exit_code = EXIT_LOCAL


class UsageError(CommandError):
    """A bad option value found after click parsed the command line (exit 2)."""

    exit_code = EXIT_USAGE


class Interrupted(Exception):
    """Ctrl-C, after the work done was saved; the message says how to carry on (exit 130)."""
