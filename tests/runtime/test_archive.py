"""Safe extraction: hostile members are refused with nothing written."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citylens_client import ArchiveError, DestinationExistsError, VisionAPIError
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


def test_a_member_with_no_name_is_refused(tmp_path: Path) -> None:
    # Found by the fuzz below: zipfile itself raises IndexError on such a member.
    archive = tmp_path / "a.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("ok.txt", b"fine")
        zf.writestr(zipfile.ZipInfo(""), b"nameless")
    with pytest.raises(UnsafeArchiveError, match="name"):
        extract_zip(archive, tmp_path / "out")


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
    with pytest.raises(DestinationExistsError):  # a VisionAPIError, and still a FileExistsError
        extract_zip(archive, tmp_path / "out")
    extract_zip(archive, tmp_path / "out", overwrite=True)
    assert (tmp_path / "out" / "a.txt").read_bytes() == b"new"


def test_check_zip_reports_a_truncated_archive(tmp_path: Path) -> None:
    archive = _zip(tmp_path / "a.zip", {"a.txt": b"x" * 1000})
    broken = tmp_path / "b.zip"
    broken.write_bytes(archive.read_bytes()[:-30])
    assert "not a readable ZIP" in (check_zip(broken) or "")


def test_a_file_that_is_not_a_zip_is_an_archive_error(tmp_path: Path) -> None:
    bogus = tmp_path / "export.zip"
    bogus.write_text("<html>Service Unavailable</html>")
    with pytest.raises(ArchiveError, match="not a readable ZIP"):
        extract_zip(bogus, tmp_path / "out")


def _valid_zip_bytes(tmp_path: Path) -> bytes:
    return _zip(tmp_path / "v.zip", {"a/b.json": b'{"k": 1}' * 50, "c.txt": b"hello" * 100}).read_bytes()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_archive_either_extracts_or_raises_a_vision_api_error(tmp_path: Path, data: st.DataObject) -> None:
    # Random bytes, and valid archives with bytes flipped or cut: whatever comes down the
    # wire, extraction ends in our hierarchy, never a zipfile or zlib error.
    valid = _valid_zip_bytes(tmp_path)
    kind = data.draw(st.sampled_from(["random", "flipped", "cut"]))
    if kind == "random":
        blob = data.draw(st.binary(max_size=2048))
    elif kind == "cut":
        blob = valid[: data.draw(st.integers(0, len(valid)))]
    else:
        mutable = bytearray(valid)
        for index in data.draw(st.lists(st.integers(0, len(valid) - 1), min_size=1, max_size=8)):
            mutable[index] ^= data.draw(st.integers(1, 255))
        blob = bytes(mutable)
    archive = tmp_path / "fuzz.zip"
    archive.write_bytes(blob)
    out = tmp_path / f"out-{data.draw(st.integers(0, 10**9))}"
    try:
        extract_zip(archive, out)
    except VisionAPIError:
        pass
