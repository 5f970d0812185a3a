"""The API change report: made-up edits of a real spec, the version rule, the changelog."""

from __future__ import annotations

import copy
import functools
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import api_changes as ac  # noqa: E402

Spec = dict[str, Any]
Mutation = Callable[[Spec], None]


@functools.cache
def _scopix() -> Spec:
    return ac.load_spec(ROOT / "specs" / "scopix.yaml")


def scopix() -> Spec:
    return copy.deepcopy(_scopix())


def schemas(spec: Spec) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"]
    return found


def list_descriptions(spec: Spec) -> dict[str, Any]:
    found: dict[str, Any] = spec["paths"]["/api/v2/data/descriptions"]["get"]
    return found


def param(spec: Spec, name: str) -> dict[str, Any]:
    return next(p for p in list_descriptions(spec)["parameters"] if p.get("name") == name)


def edited(mutate: Mutation, base: Spec | None = None) -> tuple[Spec, Spec]:
    old = base if base is not None else scopix()
    new = copy.deepcopy(old)
    mutate(new)
    return old, new


def report_for(mutate: Mutation, base: Spec | None = None) -> ac.ChangeReport:
    return ac.compare(*edited(mutate, base))


def only(report: ac.ChangeReport, kind: ac.Kind) -> ac.Change:
    found = report.of_kind(kind)
    assert len(found) == 1, report.to_text()
    return found[0]


# --- the brief's cases ---------------------------------------------------------------------


def test_no_change_is_none() -> None:
    report = ac.compare(scopix(), scopix())
    assert report.changes == ()
    assert report.bump is ac.Bump.NONE


def test_optional_response_field_added_is_minor() -> None:
    report = report_for(lambda s: schemas(s)["Description"]["properties"].update(colour={"type": "string"}))
    assert report.bump is ac.Bump.MINOR
    change = only(report, ac.Kind.ADDED)
    assert (change.where, change.what) == ("Description.colour", "optional field added")
    assert change.directions == ("response",)
    assert change.operations == ("list_descriptions",)


def test_response_field_removed_is_major() -> None:
    def remove(spec: Spec) -> None:
        del schemas(spec)["Description"]["properties"]["image_url"]
        schemas(spec)["Description"]["required"].remove("image_url")

    report = report_for(remove)
    assert report.bump is ac.Bump.MAJOR
    change = only(report, ac.Kind.BREAKING)
    assert (change.where, change.what, change.directions) == ("Description.image_url", "field removed", ("response",))


def test_parameter_made_required_is_major() -> None:
    report = report_for(lambda s: param(s, "limit").update(required=True))
    assert report.bump is ac.Bump.MAJOR
    change = only(report, ac.Kind.BREAKING)
    assert change.where == "GET /api/v2/data/descriptions query parameter limit"
    assert change.what == "now required"


def test_operation_added_is_minor() -> None:
    def add(spec: Spec) -> None:
        detail = copy.deepcopy(spec["paths"]["/api/v2/data/export/{export_id}"]["get"])
        detail["operationId"] = "get_description"
        spec["paths"]["/api/v2/data/descriptions/{description_id}"] = {"get": detail}

    report = report_for(add)
    assert report.bump is ac.Bump.MINOR
    change = only(report, ac.Kind.ADDED)
    assert (change.where, change.what) == ("GET /api/v2/data/descriptions/{description_id}", "operation added")


def test_operation_removed_is_major() -> None:
    report = report_for(lambda s: s["paths"].pop("/api/v2/data/export/{export_id}"))
    assert report.bump is ac.Bump.MAJOR
    change = only(report, ac.Kind.BREAKING)
    assert (change.where, change.what, change.operations) == (
        "GET /api/v2/data/export/{export_id}",
        "operation removed",
        ("get_export",),
    )


def test_enum_value_added_to_a_response_is_not_breaking() -> None:
    # Export.status as a response-only enum, then one more value.
    base = scopix()
    schemas(base)["Export"]["properties"]["status"]["enum"] = ["pending", "processing", "completed", "failed"]
    report = report_for(lambda s: schemas(s)["Export"]["properties"]["status"]["enum"].append("cancelled"), base)
    assert report.bump is ac.Bump.MINOR
    change = only(report, ac.Kind.ADDED)
    assert (change.where, change.what, change.directions) == (
        "Export.status",
        "enum value 'cancelled' added",
        ("response",),
    )


def test_enum_value_removed_from_a_request_is_major() -> None:
    base = scopix()
    schemas(base)["ExportDataType"]["enum"] = ["descriptions", "extractions"]
    report = report_for(lambda s: schemas(s)["ExportDataType"]["enum"].remove("extractions"), base)
    assert report.bump is ac.Bump.MAJOR
    change = only(report, ac.Kind.BREAKING)
    assert (change.where, change.what, change.directions) == (
        "ExportDataType",
        "enum value 'extractions' removed",
        ("request",),
    )
    assert change.operations == ("create_export",)


def test_description_only_is_patch() -> None:
    report = report_for(lambda s: schemas(s)["Description"]["properties"]["image_url"].update(description="New."))
    assert report.bump is ac.Bump.PATCH
    change = only(report, ac.Kind.DOCS)
    assert (change.where, change.what) == ("Description.image_url", "description changed")


# --- more rules -----------------------------------------------------------------------------


def _set(path: list[str], value: Any) -> Mutation:
    def mutate(spec: Spec) -> None:
        node: Any = spec
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = value

    return mutate


def _drop(path: list[str]) -> Mutation:
    def mutate(spec: Spec) -> None:
        node: Any = spec
        for part in path[:-1]:
            node = node[part]
        del node[path[-1]]

    return mutate


DESCRIPTION = ["components", "schemas", "Description", "properties"]
EXPORT_REQUEST = ["components", "schemas", "ExportRequest", "properties"]


@pytest.mark.parametrize(
    ("mutate", "bump"),
    [
        pytest.param(_set([*DESCRIPTION, "id", "type"], "integer"), ac.Bump.MAJOR, id="response-type-changed"),
        pytest.param(
            _set([*DESCRIPTION, "image_id"], {"type": ["string", "null"]}), ac.Bump.MAJOR, id="response-now-nullable"
        ),
        pytest.param(
            _set([*DESCRIPTION, "confidence_score"], {"type": "number", "minimum": 0, "maximum": 1}),
            ac.Bump.MINOR,
            id="response-no-longer-nullable",
        ),
        pytest.param(
            lambda s: schemas(s)["Description"]["required"].remove("image_id"), ac.Bump.MAJOR, id="response-optional"
        ),
        pytest.param(_set([*EXPORT_REQUEST, "limit", "maximum"], 5000), ac.Bump.MAJOR, id="request-max-tightened"),
        pytest.param(_set([*EXPORT_REQUEST, "limit", "maximum"], 500000), ac.Bump.MINOR, id="request-max-loosened"),
        pytest.param(
            lambda s: schemas(s)["ExportRequest"]["required"].append("start_date"),
            ac.Bump.MAJOR,
            id="request-field-required",
        ),
        pytest.param(
            _set([*EXPORT_REQUEST, "priority"], {"type": "integer"}), ac.Bump.MINOR, id="request-optional-field"
        ),
        pytest.param(
            lambda s: list_descriptions(s)["parameters"].append(
                {"name": "tag", "in": "query", "required": False, "schema": {"type": "string"}}
            ),
            ac.Bump.MINOR,
            id="optional-parameter-added",
        ),
        pytest.param(
            lambda s: list_descriptions(s)["parameters"].remove(param(s, "search")), ac.Bump.MAJOR, id="param-removed"
        ),
        pytest.param(_set([*DESCRIPTION, "created_at", "format"], None), ac.Bump.MAJOR, id="typed-format-changed"),
        pytest.param(_set([*EXPORT_REQUEST, "include_failed", "default"], True), ac.Bump.MINOR, id="default"),
        pytest.param(
            _set(["paths", "/api/v2/data/descriptions", "get", "operationId"], "list_history"),
            ac.Bump.MAJOR,
            id="function-renamed",
        ),
        pytest.param(_drop(["components", "schemas", "Unused"]), ac.Bump.MAJOR, id="unused-model-removed"),
        pytest.param(
            _set(["components", "schemas", "Unused", "properties", "a", "type"], "integer"),
            ac.Bump.MAJOR,
            id="unused-model-changed",
        ),
        pytest.param(_set(["info", "description"], "Shorter."), ac.Bump.PATCH, id="info-docs"),
        pytest.param(_set([*DESCRIPTION, "id", "x-inferred"], True), ac.Bump.PATCH, id="extension-docs"),
    ],
)
def test_rules(mutate: Mutation, bump: ac.Bump) -> None:
    base = scopix()
    schemas(base)["Unused"] = {"type": "object", "properties": {"a": {"type": "string"}}}  # still a model
    report = report_for(mutate, base)
    assert report.bump is bump, report.to_text()


def test_a_shared_schema_is_reported_once_with_every_operation_using_it() -> None:
    def remove(spec: Spec) -> None:
        del schemas(spec)["Export"]["properties"]["error_message"]
        schemas(spec)["Export"]["required"].remove("error_message")

    change = only(report_for(remove), ac.Kind.BREAKING)
    assert change.where == "Export.error_message"
    assert change.operations == ("create_export", "get_export")


def test_a_schema_in_requests_and_responses_takes_the_worse_verdict() -> None:
    # ExportFormat is sent (ExportRequest.format) and received (Export.format).
    report = report_for(lambda s: schemas(s)["ExportFormat"]["enum"].remove("csv"))
    change = only(report, ac.Kind.BREAKING)
    assert change.directions == ("request", "response")


def test_recursive_schemas_terminate() -> None:
    children = {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}
    base = scopix()
    schemas(base)["Node"] = {"type": "object", "properties": {"name": {"type": "string"}, "children": children}}
    schemas(base)["Description"]["properties"]["tree"] = {"$ref": "#/components/schemas/Node"}
    report = report_for(lambda s: schemas(s)["Node"]["properties"].pop("name"), base)
    change = only(report, ac.Kind.BREAKING)
    assert (change.where, change.operations) == ("Node.name", ("list_descriptions",))


def test_a_path_moved_keeps_its_function() -> None:
    def move(spec: Spec) -> None:
        spec["paths"]["/api/v3/data/descriptions"] = spec["paths"].pop("/api/v2/data/descriptions")

    report = report_for(move)
    assert report.bump is ac.Bump.MINOR
    assert only(report, ac.Kind.CHANGED).what == "moved to GET /api/v3/data/descriptions"


# --- versions and the changelog ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "info", "bump", "expected"),
    [
        (None, "2.0.0", "minor", "2.0.0.0"),
        ("2.0.0", "2.0.0", "none", "2.0.0.0"),  # before the rule: revision 0
        ("2.0.0", "2.0.0", "major", "2.0.0.1"),
        ("2.0.0.9", "2.0.0", "patch", "2.0.0.10"),
        ("2.0.0.9", "2.0.0", "none", "2.0.0.9"),
        ("2.0.0.9", "2.1.0", "none", "2.1.0.0"),
        ("2.0.0.9", "3.0.0", "major", "3.0.0.0"),
        ("1.0.0.2", "v1", "minor", "1.0.0.3"),
    ],
)
def test_next_version(old: str | None, info: str, bump: str, expected: str) -> None:
    assert ac.next_version(old, info, bump) == expected


def test_versions_sort_as_pep_440_compares_them() -> None:
    from packaging.version import Version

    ordered = ["2.0.0", "2.0.0.1", "2.0.0.9", "2.0.0.10", "2.0.1.0", "2.1.0.0", "10.0.0.0"]
    assert sorted(ordered, key=Version) == ordered
    assert Version("2.0.0") == Version("2.0.0.0")


def test_a_version_going_backwards_is_refused() -> None:
    with pytest.raises(ValueError, match="went backwards"):
        ac.next_version("2.1.0.4", "2.0.0", "minor")


@pytest.mark.parametrize(
    ("info", "release"),
    [("2.0.0", "2.0.0"), ("v1", "1.0.0"), ("1.2", "1.2.0"), ("2023-06-01", "2023.6.1"), ("1.2.3-beta.4", "1.2.3")],
)
def test_api_release(info: str, release: str) -> None:
    assert ac.api_release(info) == release


def test_render_markdown() -> None:
    def edit(spec: Spec) -> None:
        del schemas(spec)["Export"]["properties"]["record_count"]
        schemas(spec)["Export"]["required"].remove("record_count")
        schemas(spec)["Description"]["properties"]["colour"] = {"type": "string"}
        schemas(spec)["ExportRequest"]["properties"]["limit"]["maximum"] = 200000
        schemas(spec)["Description"]["description"] = "An entry."

    entry = ac.render_markdown(report_for(edit), "Scopix Data API", "2.0.0.3", "2.0.0.4", day=date(2026, 1, 2))
    assert entry.startswith("## Scopix Data API 2.0.0.4 (2026-01-02)\n\n")
    assert "API version 2.0.0; previous release 2.0.0.3; implied bump: major." in entry
    assert "> Breaking changes without a new major API version" in entry
    sections = [line for line in entry.splitlines() if line.startswith("### ")]
    assert sections == ["### Breaking", "### Added", "### Changed", "### Docs"]
    assert "- `Export.record_count`: field removed (in responses; `create_export`, `get_export`)" in entry
    assert "- `Description.colour`: optional field added (in responses; `list_descriptions`)" in entry
    assert "- `ExportRequest.limit`: loosened: `maximum` 100000 -> 200000 (in requests; `create_export`)" in entry
    assert "- `Description`: description changed (in responses; `list_descriptions`)" in entry


def test_prepend_changelog() -> None:
    first = ac.prepend_changelog(None, "## A 1.0.0.0 (2026-01-01)\n\nOne.\n", "a-client")
    assert first.startswith("# Changelog\n")
    second = ac.prepend_changelog(first, "## A 1.0.0.1 (2026-01-02)\n\nTwo.\n", "a-client")
    assert second.index("1.0.0.1") < second.index("1.0.0.0")
    assert second.startswith(first[: first.index("## ")])


def test_write_release_files_over_successive_generations(tmp_path: Path) -> None:
    spec_path = tmp_path / "scopix.yaml"
    spec_path.write_text(yaml.safe_dump(scopix(), sort_keys=False))

    def package(name: str, version: str) -> Path:
        root = tmp_path / name
        (root / "scopix_client").mkdir(parents=True)
        (root / "scopix_client" / "__init__.py").write_text("")
        (root / "pyproject.toml").write_text(f'[project]\nname = "scopix-client"\nversion = "{version}"\n')
        return root

    def generate(previous: Path, name: str, helper: str | None = None) -> tuple[Path, ac.Release]:
        fresh = package(name, "2.0.0")  # the generator writes info.version
        if helper is not None:
            (fresh / "scopix_client" / "helpers.py").write_text(helper)
        release = ac.write_release_files(
            fresh, previous, spec_path, distribution="scopix-client", today=date(2026, 1, 2)
        )
        return fresh, release

    committed = package("committed", "2.0.0")
    first, release = generate(committed, "first")
    assert release.version == "2.0.0.0"
    assert "First release with a changelog" in (first / "CHANGELOG.md").read_text()
    assert (first / "openapi.yaml").read_text() == spec_path.read_text()

    same, release = generate(first, "same")  # nothing changed: byte for byte the same
    assert release.entry is None
    for name in ("CHANGELOG.md", "openapi.yaml", "pyproject.toml"):
        assert (same / name).read_bytes() == (first / name).read_bytes()

    spec = scopix()
    del schemas(spec)["Description"]["properties"]["image_url"]
    spec_path.write_text(yaml.safe_dump(spec, sort_keys=False))
    changed, release = generate(same, "changed")
    assert (release.version, release.bump) == ("2.0.0.1", ac.Bump.MAJOR)
    assert 'version = "2.0.0.1"' in (changed / "pyproject.toml").read_text()
    changelog = (changed / "CHANGELOG.md").read_text()
    assert changelog.index("2.0.0.1 (2026-01-02)") < changelog.index("2.0.0.0 (2026-01-02)")
    assert "`Description.image_url`: field removed" in changelog

    _overlay, release = generate(changed, "overlay", helper="# an overlay change\n")  # the API did not change
    assert (release.version, release.bump) == ("2.0.0.2", ac.Bump.PATCH)
    assert release.entry is not None and "No API change" in release.entry


def test_cli(tmp_path: Path) -> None:
    old, new = edited(lambda s: s["paths"].pop("/api/v2/data/export/{export_id}"))
    (tmp_path / "old.yaml").write_text(yaml.safe_dump(old))
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(new))
    script = str(ROOT / "scripts" / "api_changes.py")
    run = subprocess.run(
        [sys.executable, script, str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "Implied bump: major" in run.stdout
    assert "GET /api/v2/data/export/{export_id}: operation removed (get_export)" in run.stdout

    failing = subprocess.run(
        [
            sys.executable,
            script,
            "--json",
            "--fail-on-breaking",
            str(tmp_path / "old.yaml"),
            str(tmp_path / "new.yaml"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert failing.returncode == 1
    assert json.loads(failing.stdout)["bump"] == "major"


def test_cli_against_a_git_revision(capsys: pytest.CaptureFixture[str]) -> None:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs the git checkout")
    tracked = subprocess.run(
        ["git", "ls-files", "--error-unmatch", "specs/scopix.yaml"], cwd=ROOT, capture_output=True, check=False
    )
    if tracked.returncode != 0:
        pytest.skip("specs/scopix.yaml is not committed")
    assert ac.main(["--git-base", "HEAD", str(ROOT / "specs" / "scopix.yaml")]) == 0
    assert "Implied bump:" in capsys.readouterr().out
