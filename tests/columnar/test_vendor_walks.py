"""Every vendor's walks as tables hold the typed walk's items, value for value, whatever
the simulator answers where the spec is silent (page clamps, extra fields, nulls)."""

from __future__ import annotations

import json
import warnings
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import pytest

import citylens_client as cl
import hasty_client as hc
import scopix_client as sc
from vision_api_sims import citylens, hasty, scopix
from vision_api_sims.kit import Profile
from vision_api_sims.server import serve

SEEDS = [None, 1, 2, 3, 5]  # 1: a page clamp of 250, 5: of 37 (CityLens)


def same(cell: Any, typed: Any) -> bool:
    """A table cell and the typed item's JSON value say the same thing."""
    if isinstance(cell, datetime):
        return isinstance(typed, str) and cell == datetime.fromisoformat(typed)
    if isinstance(cell, dict):
        return isinstance(typed, dict) and all(same(v, typed.get(k)) for k, v in cell.items())
    if isinstance(cell, list):
        return isinstance(typed, list) and len(cell) == len(typed) and all(map(same, cell, typed))
    if isinstance(cell, str) and not isinstance(typed, str) and typed is not None:
        return bool(json.loads(cell) == typed)  # a free-form value, kept as JSON text
    return bool(cell == typed)


def check(walk: Callable[[], Any]) -> int:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # odd fields a profile adds are the point here
        typed = [item.to_dict() for item in walk()]
        rows = walk().to_arrow().to_pylist()
    assert len(rows) == len(typed)
    for row, item in zip(rows, typed, strict=True):
        for column, cell in row.items():
            assert same(cell, item.get(column)), (column, cell, item.get(column))
    return len(rows)


@pytest.fixture(params=SEEDS, ids=lambda s: "canonical" if s is None else f"seed{s}")
def profile(request: pytest.FixtureRequest) -> Profile:
    return Profile(seed=request.param)


def test_citylens_walks(profile: Profile) -> None:
    with (
        serve(citylens.create_app(api_key="k", profile=profile)) as server,
        cl.connect("k", base_url=server.base_url) as c,
    ):
        start, end = "2025-11-01T00:00:00", "2025-11-02T12:00:00"
        assert check(lambda: cl.iter_detected_objects(c, start, end, page_size=300)) > 1000
        assert check(lambda: cl.iter_frames(c, start, end, page_size=300)) > 300


def test_scopix_descriptions(profile: Profile) -> None:
    key = "scopix_walks_0a1b2c3d"
    with (
        serve(scopix.create_app(api_key=key, profile=profile)) as server,
        sc.connect(key, base_url=server.base_url) as c,
    ):
        assert check(lambda: sc.iter_descriptions(c, page_size=400)) > 1000


@pytest.fixture
def hasty_client(profile: Profile) -> Iterator[hc.AuthenticatedClient]:
    app = hasty.create_app(profile=profile, image_count=700)
    with serve(app) as server, hc.connect("hasty-key-owner", base_url=server.base_url) as client:
        yield client


def test_hasty_walks(hasty_client: hc.AuthenticatedClient) -> None:
    project = next(iter(hc.iter_projects(hasty_client))).id
    assert check(lambda: hc.iter_projects(hasty_client)) > 0
    assert check(lambda: hc.iter_images(hasty_client, project, page_size=100)) == 700
    assert check(lambda: hc.iter_label_classes(hasty_client, project)) > 0
    assert check(lambda: hc.iter_datasets(hasty_client, project)) > 0
