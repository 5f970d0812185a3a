"""A table, or a typed walk, keeps going where a server's page does not fit the spec: an
odd value costs its cell (null, with a warning), an item that is no object costs itself,
never the pull."""

from __future__ import annotations

import json
import warnings
from typing import Any

import httpx
import pyarrow as pa  # type: ignore[import-untyped]
import pytest
from starlette.applications import Starlette

import citylens_client as cl
from citylens_client import ResponseFieldWarning
from tests.columnar.conftest import API_KEY, FROM, TO
from vision_api_sims.server import RunningServer

PAGE = 5


def _page(server: RunningServer, offset: int) -> dict[str, Any]:
    query: dict[str, str | int] = {"from_dt": FROM, "to_dt": TO, "limit": PAGE, "offset": offset}
    answer = httpx.get(
        f"{server.base_url}/export-api/v1/detections/objects", params=query, headers={"X-API-Key": API_KEY}
    )
    page: dict[str, Any] = answer.json()
    page["total_count"] = 2 * PAGE  # the walk ends after the two pages served below
    return page


def _serve(app: Starlette, *pages: dict[str, Any]) -> None:
    for page in pages:
        app.state.faults.add(200, body=json.dumps(page).encode(), path_prefix="/export-api/v1/detections")


def test_odd_values_cost_their_cells_not_the_table(citylens_app: Starlette, citylens_server: RunningServer) -> None:
    first, second = _page(citylens_server, 0), _page(citylens_server, PAGE)
    expected = [dict(o) for o in first["detected_objects"] + second["detected_objects"]]
    # The first page is read through the typed models, the second straight from its
    # body (the raw reader the first page set up): both paths meet the same odd values.
    for page in (first, second):
        odd = page["detected_objects"]
        odd[0]["lat"] = None  # documented as always there
        odd[1]["frame_id"] = "ten"  # an integer column
        odd[2]["bbox"] = [1, 2, 3, 4]  # an object column
    second["detected_objects"][3]["last_seen_datetime"] = "yesterday"  # no time at all
    _serve(citylens_app, first, second)

    with cl.connect(API_KEY, base_url=citylens_server.base_url) as client:
        walk = cl.iter_detected_objects(client, FROM, TO, page_size=PAGE)
        with pytest.warns(ResponseFieldWarning) as caught:
            table = walk.to_arrow()

    assert table.num_rows == 2 * PAGE and walk.position == 2 * PAGE
    rows = table.to_pylist()
    for start in (0, PAGE):
        assert rows[start]["lat"] is None and rows[start]["lon"] == expected[start]["lon"]
        assert rows[start + 1]["frame_id"] is None and rows[start + 1]["id"] == expected[start + 1]["id"]
        assert rows[start + 2]["bbox"] is None and rows[start + 2]["name"] == expected[start + 2]["name"]
    assert rows[PAGE + 3]["last_seen_datetime"] is None
    assert rows[PAGE + 3]["first_seen_datetime"] is not None
    assert [r["id"] for r in rows] == [o["id"] for o in expected]  # no row lost, none moved
    assert table.schema.field("lat").nullable and table.schema.field("lat").type == pa.float64()
    said = " ".join(str(w.message) for w in caught)
    assert "column lat" in said and "column frame_id" in said and "column bbox" in said


def test_a_null_item_has_no_row_and_the_rest_stay(citylens_app: Starlette, citylens_server: RunningServer) -> None:
    first, second = _page(citylens_server, 0), _page(citylens_server, PAGE)
    ids = [o["id"] for o in first["detected_objects"] + second["detected_objects"]]
    second["detected_objects"][1] = None
    _serve(citylens_app, first, second)

    with (
        cl.connect(API_KEY, base_url=citylens_server.base_url) as client,
        pytest.warns(ResponseFieldWarning, match="no row"),
    ):
        table = cl.iter_detected_objects(client, FROM, TO, page_size=PAGE).to_arrow()

    assert table.column("id").to_pylist() == ids[: PAGE + 1] + ids[PAGE + 2 :]


def test_a_page_whose_items_are_null_is_a_page_of_none(citylens_app: Starlette, citylens_server: RunningServer) -> None:
    first, second = _page(citylens_server, 0), _page(citylens_server, PAGE)
    second["detected_objects"] = None  # "optional means absent or null": no items, not a broken pull
    _serve(citylens_app, first, second)

    with cl.connect(API_KEY, base_url=citylens_server.base_url) as client:
        table = cl.iter_detected_objects(client, FROM, TO, page_size=PAGE).to_arrow()

    assert table.column("id").to_pylist() == [o["id"] for o in first["detected_objects"]]


@pytest.mark.parametrize("prefetch", [1, 2])
def test_a_typed_walk_leaves_out_a_null_item_and_loses_or_repeats_no_other(
    citylens_app: Starlette, citylens_server: RunningServer, prefetch: int
) -> None:
    first, second = _page(citylens_server, 0), _page(citylens_server, PAGE)
    ids = [o["id"] for o in first["detected_objects"] + second["detected_objects"]]
    first["detected_objects"][2] = None  # once an object: the page is still read, less that item
    _serve(citylens_app, first, second)

    with cl.connect(API_KEY, base_url=citylens_server.base_url) as client:
        walk = cl.iter_detected_objects(client, FROM, TO, page_size=PAGE, prefetch=prefetch)
        with warnings.catch_warnings():  # said once per process: not what this test is about
            warnings.simplefilter("ignore", ResponseFieldWarning)
            got = [o.id for o in walk]

    assert got == ids[:2] + ids[3:]  # the next page starts after the null, not at it
    assert walk.position == 2 * PAGE
