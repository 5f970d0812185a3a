"""The vendor's own SDK (`pictograph`) against our simulator: which of its calls work.

Not part of CI: `python3 -m nox -s vendor_sdks` installs the SDK and runs this file
(`-rA` lists each call as passed or failed). Nothing is installed here; without the
SDK every test is skipped. The simulator speaks the server generation the installed
SDK was written for (see `specs/pictograph.yaml`): `legacy-envelope` up to 1.60,
`current` after. One test per SDK call, so the report counts the calls that work.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from vision_api_sims import pictograph as sim
from vision_api_sims.kit import Profile

pictograph = pytest.importorskip("pictograph")

KEY = "pk_live_admin"
DATASET = "street-scenes"


def _generation(version: str) -> str:
    major, minor = (int(part) for part in version.split(".")[:2])
    return "legacy-envelope" if (major, minor) <= (1, 60) else "current"


GENERATION = _generation(pictograph.__version__)


@pytest.fixture
def sdk() -> Iterator[Any]:
    """The SDK's client on a fresh simulator whose exports finish at once."""
    violations: list[str] = []
    profile = Profile(overrides={"pictograph.generation": GENERATION})
    app = sim.create_app(profile=profile, pending_seconds=0.0, processing_seconds=0.0, validator_violations=violations)
    with sim.serve_with_storage(app) as (api, _storage):
        client = pictograph.Client(api_key=KEY, base_url=api.base_url, max_retries=0)
        try:
            yield client
        finally:
            client.close()
    assert violations == [], "the SDK's requests broke our spec:\n" + "\n".join(violations)


def test_versions_report(record_property: Any) -> None:
    record_property("sdk_version", pictograph.__version__)
    record_property("generation", GENERATION)


def test_create(sdk: Any) -> None:
    created = sdk.exports.create(DATASET, "sdk v1 / cars", class_filter=["car"], wait=False)
    assert created.name == "sdk v1 / cars"


def test_create_and_wait(sdk: Any) -> None:
    done = sdk.exports.create(DATASET, "sdk waited", wait=True, poll_interval=0.05, timeout=10)
    assert done.status == "completed"


def test_list(sdk: Any) -> None:
    for name in ("a", "b", "c"):
        sdk.exports.create(DATASET, name, wait=False)
    assert [e.name for e in sdk.exports.list(dataset_name=DATASET)] == ["a", "b", "c"]


def test_iter(sdk: Any) -> None:
    for name in ("a", "b", "c"):
        sdk.exports.create(DATASET, name, wait=False)
    assert [e.name for e in sdk.exports.iter(page_size=2)] == ["a", "b", "c"]


def test_get(sdk: Any) -> None:
    sdk.exports.create(DATASET, "sdk / get", wait=False)
    assert sdk.exports.get(DATASET, "sdk / get").status == "completed"


def test_download(sdk: Any, tmp_path: Path) -> None:
    sdk.exports.create(DATASET, "sdk download", include_images=True, wait=False)
    path = sdk.exports.download(DATASET, "sdk download", tmp_path / "export.zip")
    assert Path(path).read_bytes()[:2] == b"PK"


def test_delete(sdk: Any) -> None:
    sdk.exports.create(DATASET, "sdk delete", wait=False)
    sdk.exports.delete(DATASET, "sdk delete")
    with pytest.raises(pictograph.exceptions.NotFoundError):
        sdk.exports.get(DATASET, "sdk delete")
