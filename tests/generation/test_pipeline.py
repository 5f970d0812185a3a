"""The generation pipeline: drift is caught, generated enums tolerate new values."""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import generate  # noqa: E402
from vendors import Vendor  # noqa: E402

pytest.importorskip("openapi_python_client")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of everything generation reads and writes."""
    root = tmp_path_factory.mktemp("repo")
    for name in ("specs", "overlays", "scripts", "generated", "requirements"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache"))
    return root


def _check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "scripts/generate.py", "--check", "citylens"], cwd=root, capture_output=True, text=True
    )


def test_committed_tree_is_fresh_and_a_spec_edit_without_regeneration_is_caught(workspace: Path) -> None:
    assert _check(workspace).returncode == 0
    spec = workspace / "specs" / "citylens.yaml"
    original = spec.read_text()
    spec.write_text(
        original.replace(
            "title: {type: string, description: Display name",
            "colour: {type: string}\n        title: {type: string, description: Display name",
        )
    )
    try:
        result = _check(workspace)
        assert result.returncode == 1
        assert "changed: citylens_client/models/detector.py" in result.stderr
        assert "+    colour: str | Unset = UNSET" in result.stderr
    finally:
        spec.write_text(original)


def test_unchanged_inputs_make_a_no_op_and_a_hand_edit_is_still_caught(workspace: Path) -> None:
    quick = _check(workspace)
    assert quick.returncode == 0 and "inputs unchanged" in quick.stdout
    model = workspace / "generated" / "citylens" / "citylens_client" / "models" / "detector.py"
    original = model.read_text()
    model.write_text(original.replace("class Detector:", "class Detector:  # edited by hand"))
    try:
        result = _check(workspace)
        assert result.returncode == 1 and "changed: citylens_client/models/detector.py" in result.stderr
    finally:
        model.write_text(original)


def test_stale_files_are_caught(workspace: Path) -> None:
    stale = workspace / "generated" / "citylens" / "citylens_client" / "models" / "old_model.py"
    stale.write_text("class OldModel: ...\n")
    try:
        result = _check(workspace)
        assert result.returncode == 1
        assert "stale (nothing generates it any more): citylens_client/models/old_model.py" in result.stderr
    finally:
        stale.unlink()


def test_an_overlay_edit_without_regeneration_is_caught(workspace: Path) -> None:
    helper = workspace / "overlays" / "_runtime" / "clock.py"
    original = helper.read_text()
    helper.write_text(original + "\n# edited\n")
    try:
        result = _check(workspace)
        assert result.returncode == 1
        assert "changed: citylens_client/_runtime/clock.py" in result.stderr
    finally:
        helper.write_text(original)


ENUM_SPEC = """
openapi: 3.1.0
info: {title: Enum Probe, version: 0.1.0}
paths:
  /jobs/{id}:
    get:
      operationId: get_job
      tags: [jobs]
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: fields, in: query, style: form, explode: false, schema: {type: array, items: {type: string}}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Job'}
components:
  schemas:
    Job:
      type: object
      required: [status, priority]
      properties:
        status: {type: string, enum: [pending, done]}
        priority: {type: integer, enum: [1, 2]}
"""


@dataclass(frozen=True)
class _ProbeVendor(Vendor):
    root: Path = Path()

    @property
    def spec(self) -> Path:
        return self.root / "probe.yaml"

    @property
    def overlay(self) -> Path:
        return self.root / "overlay"


def test_generated_enums_keep_unknown_vendor_values(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "probe.yaml").write_text(ENUM_SPEC)
    (tmp_path / "overlay").mkdir()
    vendor = _ProbeVendor(key="probe", distribution="probe-client", package="probe_client", root=tmp_path)
    generate.build(vendor, tmp_path / "out")
    monkeypatch.syspath_prepend(str(tmp_path / "out"))
    models = importlib.import_module("probe_client.models")

    known = models.Job.from_dict({"status": "done", "priority": 2})
    assert known.status is models.JobStatus.DONE and known.status.is_known

    new = models.Job.from_dict({"status": "archived", "priority": 3})
    assert new.status == "archived" and not new.status.is_known
    assert new.priority == 3 and not new.priority.is_known
    assert isinstance(new.status, models.JobStatus)
    assert new.to_dict() == {"status": "archived", "priority": 3}

    # A field the vendor adds later is kept, and written back.
    extended = models.Job.from_dict({"status": "done", "priority": 1, "owner": {"id": 7}})
    assert extended.additional_properties == {"owner": {"id": 7}}
    assert extended.to_dict() == {"status": "done", "priority": 1, "owner": {"id": 7}}
    with pytest.raises(ValueError, match="None"):
        models.JobStatus(None)


def test_query_arrays_are_sent_comma_separated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "probe.yaml").write_text(ENUM_SPEC.replace("Enum Probe", "List Probe"))
    (tmp_path / "overlay").mkdir()
    vendor = _ProbeVendor(key="probe", distribution="listprobe-client", package="listprobe_client", root=tmp_path)
    generate.build(vendor, tmp_path / "out")
    monkeypatch.syspath_prepend(str(tmp_path / "out"))
    get_job = importlib.import_module("listprobe_client.api.jobs.get_job")
    assert get_job._get_kwargs(id="j", fields=["a", "b c"])["params"] == {"fields": "a,b c"}
    assert get_job._get_kwargs(id="j")["params"] == {}


def test_a_query_array_without_explode_false_is_refused(tmp_path: Path) -> None:
    (tmp_path / "probe.yaml").write_text(ENUM_SPEC.replace("style: form, explode: false, ", ""))
    (tmp_path / "overlay").mkdir()
    vendor = _ProbeVendor(key="probe", distribution="p-client", package="p_client", root=tmp_path)
    with pytest.raises(SystemExit, match="'fields' is an array without `explode: false`"):
        generate.build(vendor, tmp_path / "out")
