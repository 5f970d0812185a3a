"""Output files that appear whole or not at all."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..durable import fsync_dir
from .json_text import dumps


def part_of(path: Path) -> Path:
    """Where an unfinished `path` is kept: `<path>.part`."""
    return path.with_name(path.name + ".part")


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
        fsync_dir(path.parent)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_json_atomically(path: Path, value: object) -> None:
    with atomic_output(path) as file:
        file.write(dumps(value, indent=1).encode("utf-8") + b"\n")
