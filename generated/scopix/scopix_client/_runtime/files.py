"""The options of every helper that writes a file at `dest`: `download_*` and `export*`
(which also waits, and so takes the options of every wait too)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Generic, TypedDict, TypeVar, cast

from .polling import WaitOptions
from .progress import Progress
from .validate import check_option_names

S = TypeVar("S")


class FileOptions(TypedDict, total=False):
    """What every `download_*` and `export*` helper takes for the file it writes.

    overwrite: replace a file already at `dest`; without it, a file there is an error
        before any request (`DestinationExistsError`).
    progress: a callback `(bytes done, bytes in all or None)`, or True for a bar on stderr.
    """

    overwrite: bool
    progress: Progress


class ExportOptions(FileOptions, WaitOptions[S], Generic[S], total=False):
    """What every `export*` helper takes: the options of its file (`FileOptions`) and of
    its wait (`WaitOptions`)."""


def file_options(options: Mapping[str, Any]) -> FileOptions:
    """The options, checked: a name that is not one is refused before any request."""
    check_option_names(options, FileOptions.__annotations__, "a file")
    return cast(FileOptions, dict(options))


def export_options(options: Mapping[str, Any]) -> tuple[FileOptions, WaitOptions[Any]]:
    """An `export*` helper's options, split into its file's and its wait's, checked."""
    check_option_names(options, ExportOptions.__annotations__, "an export")
    file = {k: v for k, v in options.items() if k in FileOptions.__annotations__}
    wait = {k: v for k, v in options.items() if k not in file}
    return cast(FileOptions, file), cast(WaitOptions[Any], wait)
