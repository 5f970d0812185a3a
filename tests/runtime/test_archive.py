"""Safe extraction: hostile members are refused with nothing written."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from citylens_client._runtime.archive import UnsafeArchiveError, check_zip, extract_zip


def _zip(path: Path, members: dict[str, bytes], links: dict[str, str] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        for name, target in (links or {}).items():
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, target)
    return path


def test_extracts_nested_members(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "a.zip", {"annotations.json": b"{}", "images/a b #1.jpg": b"\xff\xd8x"})
    written = extract_zip(archive, tmp_path / "out")
    assert sorted(p.relative_to(tmp_path / "out").as_posix() for p in written) == [
        "annotations.json",
        "images/a b #1.jpg",
    ]
    assert check_zip(archive) is None


@pytest.mark.parametrize(
    ("name", "reason"),
    [("../evil.txt", "'..'"), ("/tmp/evil.txt", "absolute"), ("a/../../evil", "'..'"), ("C:/evil", "absolute")],
)
def test_escaping_members_are_refused_before_anything_is_written(tmp_path: Path, name: str, reason: str) -> None:
    archive = _zip(tmp_path / "a.zip", {"ok.txt": b"fine", name: b"evil"})
    with pytest.raises(UnsafeArchiveError, match=reason) as caught:
        extract_zip(archive, tmp_path / "out")
    assert caught.value.member == name
    assert list((tmp_path / "out").iterdir()) == []
    assert not (tmp_path / "evil.txt").exists()


def test_links_are_refused(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "a.zip", {"ok.txt": b"x"}, links={"link": "/etc/passwd"})
    with pytest.raises(UnsafeArchiveError, match="links"):
        extract_zip(archive, tmp_path / "out")


def test_a_bomb_is_stopped_by_the_size_bound(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "a.zip", {"zeros.bin": bytes(5_000_000)})
    assert archive.stat().st_size < 50_000
    with pytest.raises(UnsafeArchiveError, match="more than 1000000"):
        extract_zip(archive, tmp_path / "out", max_total_size=1_000_000)
    assert list((tmp_path / "out").iterdir()) == []


def test_existing_files_are_kept_unless_overwrite(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "a.zip", {"a.txt": b"new"})
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a.txt").write_bytes(b"old")
    with pytest.raises(FileExistsError):
        extract_zip(archive, tmp_path / "out")
    extract_zip(archive, tmp_path / "out", overwrite=True)
    assert (tmp_path / "out" / "a.txt").read_bytes() == b"new"


def test_check_zip_reports_a_truncated_archive(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "a.zip", {"a.txt": b"x" * 1000})
    broken = tmp_path / "b.zip"
    broken.write_bytes(archive.read_bytes()[:-30])
    assert "not a readable ZIP" in (check_zip(broken) or "")
