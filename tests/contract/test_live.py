"""Live contract mode (scripts/contract_live.py) against the simulators, clean and drifting."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.simulators.drift import Drift, DriftMiddleware
from vision_api_sims import analytiks, citylens, hasty, scopix
from vision_api_sims.server import RunningServer, serve

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import contract_live as live  # noqa: E402

CITYLENS_KEY = "ck_live_contract_5e6f"
SCOPIX_KEY = "scopix_live_contract_9a8b"


@dataclass
class LiveSim:
    server: RunningServer
    drifting: DriftMiddleware
    violations: list[str]
    env: dict[str, str]

    def check(self, vendor: str, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
        """Run the checker in-process: (exit code, what it printed)."""
        code = live.main([vendor, *args], self.env)
        return code, capsys.readouterr().out


def _reset(sim: LiveSim) -> Iterator[LiveSim]:
    sim.drifting.drift = Drift()
    sim.violations.clear()
    yield sim
    sim.drifting.drift = Drift()
    # The checker's own requests must be valid: the simulator checks them against the spec
    # (and its answers, before they drift).
    assert sim.violations == []


@pytest.fixture(scope="module")
def citylens_live_server() -> Iterator[LiveSim]:
    violations: list[str] = []
    drifting = DriftMiddleware(citylens.create_app(api_key=CITYLENS_KEY, validator_violations=violations))
    with serve(drifting) as server:
        env = {"CITYLENS_BASE_URL": server.base_url, "CITYLENS_API_KEY": CITYLENS_KEY}
        yield LiveSim(server, drifting, violations, env)


@pytest.fixture
def live_citylens(citylens_live_server: LiveSim) -> Iterator[LiveSim]:
    yield from _reset(citylens_live_server)


@pytest.fixture(scope="module")
def scopix_live_server() -> Iterator[LiveSim]:
    violations: list[str] = []
    drifting = DriftMiddleware(scopix.create_app(api_key=SCOPIX_KEY, validator_violations=violations))
    with serve(drifting) as server:
        # The checker never creates anything: the export it reads is made here, and named
        # through the environment as a real run would.
        created = httpx.post(
            f"{server.base_url}/api/v2/data/export",
            json={"data_type": "descriptions", "format": "jsonl", "limit": 10},
            headers={"Authorization": f"Bearer {SCOPIX_KEY}"},
        )
        assert created.status_code == 202, created.text
        env = {
            "SCOPIX_BASE_URL": server.base_url,
            "SCOPIX_API_KEY": SCOPIX_KEY,
            "SCOPIX_PARAM_EXPORT_ID": created.json()["export_id"],
        }
        yield LiveSim(server, drifting, violations, env)


@pytest.fixture
def live_scopix(scopix_live_server: LiveSim) -> Iterator[LiveSim]:
    yield from _reset(scopix_live_server)


# --- CityLens -------------------------------------------------------------------------------


def test_citylens_clean(live_citylens: LiveSim, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = live_citylens.check("citylens", capsys)
    assert code == 0, out
    assert "No differences from the spec." in out
    report = live.run("citylens", live_citylens.env)
    assert report.differences == []
    assert {r.operation.operation_id: r.status for r in report.results} == {
        "list_detected_objects": 200,
        "list_frames": 200,
        "list_detectors": 200,
        "get_frame_image": 200,
        "get_frame_predictions_image": 200,
    }
    # The detail operations read a frame the list returned, not the spec's example.
    listed = httpx.get(
        f"{live_citylens.server.base_url}/export-api/v1/detections/objects",
        params={"from_dt": "2025-09-01T00:00:00", "to_dt": "2025-12-30T00:00:00"},
        headers={"X-API-Key": CITYLENS_KEY},
    ).json()
    frame_id = listed["detected_objects"][0]["frame_id"]
    image = next(r for r in report.results if r.operation.operation_id == "get_frame_image")
    assert (image.url, image.note) == (f"/export-api/v1/frames/{frame_id}/image", "frame_id from list_detected_objects")


def test_citylens_additions_are_listed_and_pass(live_citylens: LiveSim, capsys: pytest.CaptureFixture[str]) -> None:
    live_citylens.drifting.drift = Drift(add={"colour": "red"}, objects_with="bbox")
    code, out = live_citylens.check("citylens", capsys)
    assert code == 0, out
    assert "ADDITION  list_detected_objects 200  $.detected_objects[*].colour: undocumented field" in out
    assert "BREAKING" not in out


def test_citylens_removed_field_fails(live_citylens: LiveSim, capsys: pytest.CaptureFixture[str]) -> None:
    live_citylens.drifting.drift = Drift(remove=("bbox",))
    code, out = live_citylens.check("citylens", capsys)
    assert code == 1, out
    assert "BREAKING  list_detected_objects 200  $.detected_objects[*].bbox: missing required field" in out


def test_citylens_renamed_field_is_a_removal_and_an_addition(live_citylens: LiveSim) -> None:
    live_citylens.drifting.drift = Drift(rename={"label": "class_code"})
    report = live.run("citylens", live_citylens.env)
    kinds = {(d.where, d.kind) for d in report.differences}
    assert kinds == {
        ("$.detected_objects[*].label", live.Kind.MISSING_FIELD),
        ("$.detected_objects[*].class_code", live.Kind.UNDOCUMENTED_FIELD),
    }
    assert report.exit_code == 1


def test_citylens_type_change_fails(live_citylens: LiveSim, capsys: pytest.CaptureFixture[str]) -> None:
    live_citylens.drifting.drift = Drift(retype=("width",), objects_with="x_from")
    code, out = live_citylens.check("citylens", capsys)
    assert code == 1, out
    assert "$.detected_objects[*].bbox.width: type mismatch, expected integer, got string" in out


def test_citylens_undocumented_status_is_listed(live_citylens: LiveSim, capsys: pytest.CaptureFixture[str]) -> None:
    live_citylens.drifting.drift = Drift(status=203, paths=("/export-api/v1/detectors",))
    code, out = live_citylens.check("citylens", capsys)
    assert code == 0, out
    assert "list_detectors 203  status 203: undocumented status, the spec lists 200, 401, 422" in out


def test_citylens_wrong_key_cannot_check(live_citylens: LiveSim, capsys: pytest.CaptureFixture[str]) -> None:
    code = live.main(["citylens"], {**live_citylens.env, "CITYLENS_API_KEY": "ck_wrong"})
    out = capsys.readouterr().out
    assert code == 2, out
    assert "INCOMPLETE" in out
    assert "ck_wrong" not in out


def test_missing_configuration(capsys: pytest.CaptureFixture[str]) -> None:
    assert live.main(["citylens"], {"CITYLENS_API_KEY": "k"}) == 2
    assert "set CITYLENS_BASE_URL" in capsys.readouterr().out


def test_cli_in_a_subprocess(live_citylens: LiveSim) -> None:
    def run() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "contract_live.py"), "citylens"],
            env={**os.environ, **live_citylens.env},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    clean = run()
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "No differences from the spec." in clean.stdout
    live_citylens.drifting.drift = Drift(remove=("frame_id",))
    drifted = run()
    assert drifted.returncode == 1, drifted.stdout + drifted.stderr
    assert "$.detected_objects[*].frame_id: missing required field" in drifted.stdout


# --- Scopix ----------------------------------------------------------------------------------


def test_scopix_clean(live_scopix: LiveSim, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = live_scopix.check("scopix", capsys)
    assert code == 0, out
    assert "No differences from the spec." in out
    assert "export_id SCOPIX_PARAM_EXPORT_ID" in out  # from the environment, not the spec's example


def test_scopix_unknown_enum_value_is_listed_and_passes(
    live_scopix: LiveSim, capsys: pytest.CaptureFixture[str]
) -> None:
    live_scopix.drifting.drift = Drift(replace={"format": "parquet"})
    code, out = live_scopix.check("scopix", capsys, "--json")
    assert code == 0, out
    report = json.loads(out)
    assert report["differences"] == [
        {
            "operation": "get_export",
            "status": 200,
            "kind": "unknown enum value",
            "severity": "addition",
            "where": "$.format",
            "detail": '"parquet" is not one of ["csv", "json", "jsonl"]',
            "count": 1,
        }
    ]


@pytest.mark.parametrize(
    ("drift", "where", "kind"),
    [
        pytest.param(Drift(remove=("filters_applied",)), "$.filters_applied", "missing required field", id="removed"),
        pytest.param(Drift(retype=("has_more",)), "$.has_more", "type mismatch", id="retyped"),
        pytest.param(Drift(replace={"image_id": None}), "$.items[*].image_id", "type mismatch", id="null"),
        pytest.param(Drift(replace={"created_at": "yesterday"}), "$.items[*].created_at", "unparseable", id="format"),
    ],
)
def test_scopix_breaking_drift_fails(
    live_scopix: LiveSim, capsys: pytest.CaptureFixture[str], drift: Drift, where: str, kind: str
) -> None:
    live_scopix.drifting.drift = drift
    code, out = live_scopix.check("scopix", capsys)
    assert code == 1, out
    assert f"BREAKING  list_descriptions 200  {where}: {kind}" in out


def test_operation_filter(live_scopix: LiveSim) -> None:
    report = live.run("scopix", live_scopix.env, only=["get_export"])
    assert [r.operation.operation_id for r in report.results] == ["get_export"]
    assert report.exit_code == 0


# --- Analytiks: client-credentials token, idempotent POSTs, oneOf ---------------------------------


def test_analytiks_clean(capsys: pytest.CaptureFixture[str]) -> None:
    violations: list[str] = []
    dataset = analytiks.build_dataset()
    store = analytiks.TokenStore(analytiks.default_accounts(dataset))
    token_app = analytiks.create_token_app(store, validator_violations=violations)
    exports_app = analytiks.create_exports_app(store, dataset, validator_violations=violations)
    client_id, secret = analytiks.FULL_ACCESS[:2]
    with serve(token_app) as tokens, serve(exports_app) as exports:
        env = {
            "ANALYTIKS_CLIENT_ID": client_id,
            "ANALYTIKS_CLIENT_SECRET": secret,
            "ANALYTIKS_EXPORTS_URL": exports.base_url,
            "ANALYTIKS_TOKEN_URL": tokens.base_url,
        }
        code = live.main(["analytiks"], env)
    out = capsys.readouterr().out
    assert code == 0, out
    assert secret not in out
    statuses = [line.split()[0] for line in out.splitlines() if " POST " in line]
    assert statuses == ["200"] * 4, out
    assert violations == []


# --- Hasty: path parameters found in earlier answers, two levels deep -------------------------------


def test_hasty_clean_with_nested_path_parameters() -> None:
    violations: list[str] = []
    app = hasty.create_app(validator_violations=violations)
    with hasty.serve_with_storage(app) as (api, _storage):
        report = live.run("hasty", {"HASTY_BASE_URL": api.base_url, "HASTY_API_KEY": "hasty-key-viewer"})
    assert report.differences == [], report.to_text()
    assert report.exit_code == 0
    by_id = {r.operation.operation_id: r for r in report.results}
    # A dataset id from the project's dataset list, under a project id from the project list.
    assert by_id["get_dataset"].status == 200
    assert by_id["get_dataset"].note == "project_id from list_datasets, dataset_id from list_datasets"
    assert by_id["get_image"].status == 200
    assert by_id["get_image"].note == "project_id from list_projects, image_id from list_images"
    assert violations == []


# --- the schema walk on its own -------------------------------------------------------------


SPEC: dict[str, Any] = {
    "components": {
        "schemas": {
            "Base": {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer"}}},
            "Item": {
                "allOf": [
                    {"$ref": "#/components/schemas/Base"},
                    {"type": "object", "properties": {"tags": {"type": "object", "additionalProperties": True}}},
                ]
            },
            "Maybe": {"anyOf": [{"$ref": "#/components/schemas/Item"}, {"type": "null"}]},
            "Counts": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}},
            "Export": {
                "type": "object",
                "properties": {"format": {"enum": ["csv", "json"]}, "at": {"type": "string", "format": "date-time"}},
                "required": ["format", "at"],
                "additionalProperties": False,
            },
        }
    }
}


@pytest.mark.parametrize(
    ("schema", "value", "expected"),
    [
        ("Maybe", None, []),
        ("Maybe", {"id": 1, "tags": {"free": "form"}}, []),
        ("Maybe", {"id": 1, "extra": True}, [(live.Kind.UNDOCUMENTED_FIELD, "$.extra")]),
        ("Maybe", {"tags": {}}, [(live.Kind.MISSING_FIELD, "$.id")]),
        ("Export", {}, [(live.Kind.MISSING_FIELD, "$.format"), (live.Kind.MISSING_FIELD, "$.at")]),
        ("Maybe", {"id": "1"}, [(live.Kind.TYPE_MISMATCH, "$.id")]),
        ("Item", {"id": 2.0}, []),
        ("Counts", {"a": 1, "b": -1, "c": "x"}, [(live.Kind.CONSTRAINT, "$.*"), (live.Kind.TYPE_MISMATCH, "$.*")]),
        ("Export", {"format": "parquet", "at": "2024-01-02T03:04:05Z"}, [(live.Kind.UNKNOWN_ENUM_VALUE, "$.format")]),
        (
            "Export",
            {"format": 3, "at": "2024-01-02"},
            [(live.Kind.TYPE_MISMATCH, "$.format"), (live.Kind.UNPARSEABLE, "$.at")],
        ),
        (
            "Export",
            {"format": "csv", "at": "2024-01-02T03:04:05Z", "by": "me"},
            [(live.Kind.UNDOCUMENTED_FIELD, "$.by")],
        ),
    ],
)
def test_schema_checker(schema: str, value: Any, expected: list[tuple[live.Kind, str]]) -> None:
    checker = live.SchemaChecker(SPEC)
    found = checker.check({"$ref": f"#/components/schemas/{schema}"}, value)
    assert [(f.kind, f.where) for f in found] == expected
    assert all(f.kind.severity is live.Severity.NOTE for f in found if f.kind is live.Kind.CONSTRAINT)
