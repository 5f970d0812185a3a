"""What a command prints: results on stdout, remarks on stderr, never a secret."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from ..progress import print_above
from .json_text import dumps
from .secret_registry import hide

if TYPE_CHECKING:  # the columnar package needs the [arrow] extra; a report needs none
    from ..columnar.syncing import SyncReport


def echo(message: str) -> None:
    """A result line, on stdout (below any progress bar on the same terminal)."""
    print_above(hide(message), sys.stdout)


def note(message: str) -> None:
    """A remark, on stderr (stdout is for results), above any progress bar shown."""
    print_above(hide(message), sys.stderr)


def echo_json(value: object) -> None:
    """One JSON document on one line, on stdout."""
    echo(dumps(value))


def echo_pull(report: SyncReport, where: object) -> None:
    """The result line of a `sync` command."""
    echo(f"{report.rows} rows pulled into {where}; next pull starts at {report.watermarks}")
