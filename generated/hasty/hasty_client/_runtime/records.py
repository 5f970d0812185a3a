"""Reading export files record by record, so a multi-GB file never loads whole."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from typing import Any

_CHUNK = 1 << 20
_DECODER = json.JSONDecoder()
_WHITESPACE = " \t\n\r"


class RecordFormatError(ValueError):
    """The file is not in the format it was read as."""


def iter_jsonl(path: str | os.PathLike[str]) -> Iterator[Any]:
    """One value per non-empty line."""
    with open(path, encoding="utf-8") as file:
        for number, line in enumerate(file, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as error:
                    raise RecordFormatError(f"{os.fspath(path)}:{number}: {error.msg}") from None


def iter_json_array(path: str | os.PathLike[str], chunk_size: int = _CHUNK) -> Iterator[Any]:
    """The elements of a top-level JSON array, decoded one at a time from a sliding buffer."""
    with open(path, encoding="utf-8") as file:
        buffer = ""
        eof = False

        def fill() -> bool:
            nonlocal buffer, eof
            data = file.read(chunk_size)
            eof = not data
            buffer += data
            return not eof

        def skip(pos: int, chars: str) -> int:
            while True:
                while pos < len(buffer) and buffer[pos] in chars:
                    pos += 1
                if pos < len(buffer) or not fill():
                    return pos

        pos = skip(0, _WHITESPACE)
        if buffer[pos : pos + 1] != "[":
            raise RecordFormatError(f"{os.fspath(path)}: not a JSON array")
        pos += 1
        while True:
            pos = skip(pos, _WHITESPACE + ",")
            if buffer[pos : pos + 1] == "]":
                return
            if pos >= len(buffer):
                raise RecordFormatError(f"{os.fspath(path)}: array not closed")
            try:
                value, end = _DECODER.raw_decode(buffer, pos)
            except json.JSONDecodeError:
                # Most likely the element continues past the buffer: read on and retry.
                if fill():
                    continue
                raise RecordFormatError(f"{os.fspath(path)}: invalid JSON near byte {pos}") from None
            after = skip(end, _WHITESPACE)
            if after < len(buffer) and buffer[after] in ",]":
                yield value
                buffer, pos = buffer[after:], 0
                continue
            # No delimiter after the value: it may have been cut (the `1` of `1e5`).
            # Read on and decode it again; at the end of the file it is an error.
            if not fill():
                raise RecordFormatError(f"{os.fspath(path)}: invalid JSON near byte {pos}")


def iter_csv(path: str | os.PathLike[str]) -> Iterator[dict[str, str]]:
    """Rows as dicts keyed by the header row."""
    with open(path, encoding="utf-8", newline="") as file:
        yield from csv.DictReader(file)
