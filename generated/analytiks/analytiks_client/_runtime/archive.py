"""Extracting downloaded ZIP archives without trusting their member names or sizes."""

from __future__ import annotations

import os
import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from .concurrency import threaded
from .errors import ArchiveError, DestinationExistsError

DEFAULT_MAX_TOTAL_SIZE = 50 << 30  # 50 GiB: larger than any export we expect, smaller than a bomb
DEFAULT_MAX_MEMBERS = 1_000_000
_COPY_CHUNK = 1 << 20


class UnsafeArchiveError(ArchiveError):
    """The archive has a member that would land outside the target, a link, or more
    data than allowed. Nothing was extracted."""

    def __init__(self, member: str, reason: str) -> None:
        self.member = member
        super().__init__(f"refusing archive member {member!r}: {reason}")


def _checked_target(info: zipfile.ZipInfo, root: Path) -> Path:
    name = info.filename
    if not name:  # zipfile itself fails on one (ZipInfo.is_dir indexes the last character)
        raise UnsafeArchiveError("<a member with no name>", "every member needs a name")
    if "\x00" in name:
        raise UnsafeArchiveError(name, "NUL in name")
    posix = PurePosixPath(name.replace("\\", "/"))
    if posix.is_absolute() or (posix.parts and posix.parts[0].endswith(":")):
        raise UnsafeArchiveError(name, "absolute path")
    if ".." in posix.parts:
        raise UnsafeArchiveError(name, "'..' in path")
    kind = stat.S_IFMT(info.external_attr >> 16)  # 0 when the archiver recorded no type
    if kind and kind not in (stat.S_IFREG, stat.S_IFDIR):
        raise UnsafeArchiveError(name, "links and special files are not extracted")
    target = (root / Path(*posix.parts)).resolve() if posix.parts else root
    if target != root and root not in target.parents:
        raise UnsafeArchiveError(name, "resolves outside the target folder")
    return target


def extract_zip(
    archive: str | os.PathLike[str],
    target_dir: str | os.PathLike[str],
    *,
    max_total_size: int = DEFAULT_MAX_TOTAL_SIZE,
    max_members: int = DEFAULT_MAX_MEMBERS,
    overwrite: bool = False,
) -> list[Path]:
    """Extract `archive` into `target_dir` and return the files written.

    Every member is checked before anything is written: no absolute paths, no `..`,
    no links, nothing resolving outside `target_dir`, at most `max_members` members
    and `max_total_size` bytes in all (counted as written, whatever the archive
    claims). Existing files are kept unless `overwrite`.
    """
    root = Path(target_dir)
    try:
        root.mkdir(parents=True, exist_ok=True)
        root = root.resolve()
        return _extract(Path(archive), root, max_total_size, max_members, overwrite)
    except ArchiveError:
        raise
    # zipfile raises RuntimeError for encrypted members, NotImplementedError for unknown
    # compression, UnicodeDecodeError for a name flagged UTF-8 that is not (found by the fuzzer).
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        EOFError,
        zlib.error,
        RuntimeError,
        NotImplementedError,
        UnicodeDecodeError,
    ) as error:
        raise ArchiveError(f"{archive}: not a readable ZIP archive ({error})") from error
    except FileExistsError as error:
        if isinstance(error, DestinationExistsError):
            raise
        raise DestinationExistsError(str(error)) from error
    except OSError as error:
        raise ArchiveError(f"cannot extract {archive} into {target_dir}: {error}") from error


def _extract(archive: Path, root: Path, max_total_size: int, max_members: int, overwrite: bool) -> list[Path]:
    with zipfile.ZipFile(archive) as zf:
        infos = zf.infolist()
        if len(infos) > max_members:
            raise UnsafeArchiveError(f"<{len(infos)} members>", f"more than {max_members} members")
        plan = [(info, _checked_target(info, root)) for info in infos]
        declared = sum(info.file_size for info, _ in plan)
        if declared > max_total_size:
            raise UnsafeArchiveError("<archive>", f"declares {declared} bytes, more than {max_total_size}")
        if not overwrite:
            for info, target in plan:
                if not info.is_dir() and target.exists():
                    raise DestinationExistsError(f"{target} exists; pass overwrite=True to replace it")
        written: list[Path] = []
        budget = max_total_size
        for info, target in plan:
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as source, open(target, "wb") as sink:
                while chunk := source.read(_COPY_CHUNK):
                    budget -= len(chunk)
                    if budget < 0:
                        sink.close()
                        target.unlink()
                        raise UnsafeArchiveError(info.filename, f"more than {max_total_size} bytes once inflated")
                    sink.write(chunk)
            written.append(target)
    return written


def check_zip(path: Path) -> str | None:
    """A download check: None when `path` is a readable ZIP whose members pass their CRC."""
    try:
        with zipfile.ZipFile(path) as zf:
            bad = zf.testzip()
    except (zipfile.BadZipFile, OSError) as error:
        return f"not a readable ZIP archive: {error}"
    return None if bad is None else f"ZIP member {bad!r} is corrupt"


# The async form, for helpers written async: the event loop goes on while it writes.
aextract_zip = threaded(extract_zip)

__all__ = ["UnsafeArchiveError", "aextract_zip", "check_zip", "extract_zip"]
