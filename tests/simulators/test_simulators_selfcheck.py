"""Self-checks of the simulator toolkit over real HTTP: server, validator, CityLens simulator."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import httpx
import pytest
from PIL import Image
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from vision_api_sims.citylens import (
    DETECTORS,
    SPEC_PATH,
    Dataset,
    build_dataset,
    create_app,
    detector_title,
)
from vision_api_sims.server import RunningServer, serve, start
from vision_api_sims.validation import SpecValidator, ValidationMiddleware

KEY = {"X-API-Key": "test-key"}
OBJECTS = "/export-api/v1/detections/objects"
FRAMES = "/export-api/v1/frames"
DETECTORS_PATH = "/export-api/v1/detectors"
ALL_TIME = {"from_dt": "2025-11-01T00:00:00", "to_dt": "2025-11-30T00:00:00"}


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return build_dataset()


@pytest.fixture(scope="module")
def violations() -> list[str]:
    return []


@pytest.fixture(scope="module")
def app(dataset: Dataset, violations: list[str]) -> Starlette:
    return create_app(dataset, validator_violations=violations)


@pytest.fixture(scope="module")
def server(app: Starlette) -> Iterator[RunningServer]:
    with serve(app) as running:
        yield running


@pytest.fixture
def client(server: RunningServer, violations: list[str]) -> Iterator[httpx.Client]:
    """A client of the validated CityLens simulator; the test must leave no violation behind."""
    violations.clear()
    with httpx.Client(base_url=server.base_url, headers=KEY) as http:
        yield http
    assert violations == []


def take_request_violations(violations: list[str]) -> list[str]:
    """Remove and return the violations of deliberately invalid requests; responses must still be valid."""
    taken = list(violations)
    violations.clear()
    assert all("parameter" in v for v in taken), taken
    return taken


# --- server -----------------------------------------------------------------------


async def hello(request: Request) -> Response:
    return JSONResponse({"hello": request.url.port})


HELLO = Starlette(routes=[Route("/", hello)])


def test_serve_starts_and_stops() -> None:
    with serve(HELLO) as running:
        assert running.base_url == f"http://127.0.0.1:{running.port}"
        assert httpx.get(running.base_url + "/").json() == {"hello": running.port}
    with pytest.raises(httpx.ConnectError):
        httpx.get(running.base_url + "/")


def test_two_servers_of_one_app_run_at_once(dataset: Dataset) -> None:
    app = create_app(dataset)
    with serve(app) as first, serve(app) as second:
        assert first.port != second.port
        for running in (first, second):
            response = httpx.get(running.base_url + DETECTORS_PATH, headers=KEY)
            assert response.status_code == 200
    assert app.state.requests == [("GET", DETECTORS_PATH)] * 2


def test_start_and_stop_for_long_lived_use() -> None:
    running = start(HELLO)
    try:
        assert httpx.get(running.base_url + "/").status_code == 200
    finally:
        running.stop()
    running.stop()  # a second stop is harmless


# --- validator and middleware -----------------------------------------------------


def test_validator_ignores_security_but_checks_parameters() -> None:
    validator = SpecValidator.cached(SPEC_PATH)
    url = "http://127.0.0.1:1" + OBJECTS
    assert validator.validate_request("GET", url + "?from_dt=2025-11-01T00:00:00&to_dt=2025-11-02T00:00:00", {}) == []
    problems = validator.validate_request("GET", url + "?from_dt=2025-11-01&limit=0", {})
    assert len(problems) == 3, problems  # from_dt pattern, to_dt missing, limit minimum


def test_middleware_records_invalid_responses() -> None:
    async def detectors(request: Request) -> Response:
        return JSONResponse({"detectors": [{"name": 1}]})

    async def image(request: Request) -> Response:
        return Response(b"\x89PNG", media_type="image/png")

    async def objects(request: Request) -> Response:
        return JSONResponse({"detail": "teapot"}, status_code=418)

    broken = Starlette(
        routes=[
            Route(DETECTORS_PATH, detectors),
            Route(FRAMES + "/{frame_id}/image", image),
            Route(OBJECTS, objects),
        ]
    )
    found: list[str] = []
    validated = ValidationMiddleware(broken, SpecValidator.cached(SPEC_PATH), found)
    with serve(validated) as running, httpx.Client(base_url=running.base_url) as http:
        assert http.get(DETECTORS_PATH).json() == {"detectors": [{"name": 1}]}  # passed on unchanged
        assert sorted(found) == [
            f"GET {DETECTORS_PATH}: InvalidData: at detectors/0/name: 1 is not of type 'string'",
            f"GET {DETECTORS_PATH}: InvalidData: at detectors/0: 'title' is a required property",
        ]
        found.clear()
        http.get(FRAMES + "/5/image")
        assert len(found) == 1, found
        assert "image/png" in found[0]
        found.clear()
        http.get(OBJECTS, params=ALL_TIME)
        assert found == [f"GET {OBJECTS}: Unknown response http status: 418"]


def test_middleware_passes_traffic_through_unchanged() -> None:
    async def echo(request: Request) -> Response:
        body = await request.body()

        async def chunks() -> Any:
            for i in range(0, len(body), 1000):
                yield body[i : i + 1000]

        return StreamingResponse(chunks(), media_type="application/octet-stream", headers={"x-seen": str(len(body))})

    found: list[str] = []
    app = ValidationMiddleware(
        Starlette(routes=[Route("/echo", echo, methods=["POST"])]), SpecValidator.cached(SPEC_PATH), found
    )
    payload = bytes(range(256)) * 40
    with serve(app) as running:
        response = httpx.post(running.base_url + "/echo", content=payload)
    assert response.content == payload
    assert response.headers["x-seen"] == str(len(payload))
    assert found == ["POST /echo: Path not found for http://" + f"127.0.0.1:{running.port}/echo"]


def test_normal_traffic_records_no_violation(client: httpx.Client, dataset: Dataset) -> None:
    frame = dataset.frames[0]
    responses = [
        client.get(OBJECTS, params=ALL_TIME),
        client.get(OBJECTS, params={**ALL_TIME, "detector_name": "potholes", "locale": "ru_RU", "limit": 50}),
        client.get(FRAMES, params={**ALL_TIME, "limit": 20, "offset": 7}),
        client.get(DETECTORS_PATH, params={"locale": "en_AE"}),
        client.get(f"{FRAMES}/{frame.id}/image"),
        client.get(f"{FRAMES}/{frame.id}/predictions-image"),
        client.get(f"{FRAMES}/1/image"),
        client.get(DETECTORS_PATH, headers={"X-API-Key": "wrong"}),
    ]
    assert [r.status_code for r in responses] == [200, 200, 200, 200, 200, 200, 404, 401]


# --- CityLens: data set -----------------------------------------------------------


def test_dataset_shape(dataset: Dataset) -> None:
    assert len(dataset.detections) >= 10_000
    assert {d.type for d in dataset.detections} == set(DETECTORS)
    assert len({d.first_seen.date() for d in dataset.detections}) == 5
    ids = [d.id for d in dataset.detections]
    assert ids == sorted(set(ids))
    assert [(d.first_seen, d.id) for d in dataset.detections] == sorted(
        (d.first_seen, d.id) for d in dataset.detections
    )
    assert all(d.frame_id in dataset.frames_by_id for d in dataset.detections)
    assert max(len(found) for found in dataset.detections_by_frame.values()) > 1
    assert [f.id for f in dataset.frames] == sorted({f.id for f in dataset.frames})
    record = dataset.detections[0].to_record()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}000", record["first_seen_datetime"])


def test_dataset_is_deterministic() -> None:
    fresh = build_dataset.__wrapped__(7, 12_000, 5)
    assert [d.to_record() for d in fresh.detections[:50]] == [d.to_record() for d in build_dataset().detections[:50]]
    assert build_dataset(seed=8, detections=300).detections != build_dataset(seed=9, detections=300).detections
    assert len(build_dataset(seed=8, detections=300).detections) == 300


# --- CityLens: endpoints ----------------------------------------------------------


@pytest.mark.parametrize(
    "path", [OBJECTS, FRAMES, DETECTORS_PATH, FRAMES + "/10250002/image", FRAMES + "/10250002/predictions-image"]
)
@pytest.mark.parametrize("headers", [{}, {"X-API-Key": "nope"}])
def test_every_endpoint_needs_the_key(client: httpx.Client, path: str, headers: dict[str, str]) -> None:
    client.headers.pop("X-API-Key")
    response = client.get(path, params=ALL_TIME, headers=headers)
    assert response.status_code == 401
    assert response.json() == {"detail": "Invalid or missing API key"}


@pytest.mark.parametrize(
    "value",
    [
        "2025-11-01",
        "2025-11-01T00:00",
        "2025-11-01 00:00:00",
        "2025-11-01T00:00:00Z",
        "2025-11-01T00:00:00.5",
        "2025-11-01T00:00:00\n",
        "2025-13-01T00:00:00",
        "",
    ],
)
@pytest.mark.parametrize("path", [OBJECTS, FRAMES])
def test_malformed_dates_are_422(client: httpx.Client, violations: list[str], path: str, value: str) -> None:
    response = client.get(path, params={**ALL_TIME, "from_dt": value})
    assert response.status_code == 422
    assert response.json()["detail"] == [
        {
            "loc": ["query", "from_dt"],
            "msg": "Input should be a valid datetime in YYYY-MM-DDTHH:MM:SS format",
            "type": "datetime_parsing",
        }
    ]
    take_request_violations(violations)


def test_missing_dates_are_422(client: httpx.Client, violations: list[str]) -> None:
    response = client.get(OBJECTS)
    assert response.status_code == 422
    assert [(e["loc"], e["type"]) for e in response.json()["detail"]] == [
        (["query", "from_dt"], "missing"),
        (["query", "to_dt"], "missing"),
    ]
    assert len(take_request_violations(violations)) == 2


@pytest.mark.parametrize(
    ("params", "kind"),
    [
        ({"limit": "0"}, "greater_than_equal"),
        ({"limit": "ten"}, "int_parsing"),
        ({"limit": "10001"}, "less_than_equal"),
        ({"offset": "-1"}, "greater_than_equal"),
        ({"offset": "5\n"}, "int_parsing"),
        ({"limit": "\u0665"}, "int_parsing"),  # ARABIC-INDIC DIGIT FIVE: int() would take it
        ({"locale": "en-AE"}, "string_pattern_mismatch"),
        ({"detector_name": ""}, "string_too_short"),
    ],
)
def test_bad_paging_and_filters_are_422(
    client: httpx.Client, violations: list[str], params: dict[str, str], kind: str
) -> None:
    response = client.get(OBJECTS, params={**ALL_TIME, **params})
    assert response.status_code == 422
    assert [e["type"] for e in response.json()["detail"]] == [kind]
    violations.clear()  # limit=10001 breaks no rule of the spec; the others are request violations


def test_filters_and_paging_match_the_dataset(client: httpx.Client, dataset: Dataset) -> None:
    window = {"from_dt": "2025-11-02T09:00:00", "to_dt": "2025-11-03T18:30:00", "detector_name": "signs"}
    expected = dataset.detections_in(datetime(2025, 11, 2, 9), datetime(2025, 11, 3, 18, 30), "signs")
    assert 1_000 < len(expected) < len(dataset.detections)
    seen: list[dict[str, Any]] = []
    offset = 0
    while True:
        page = client.get(OBJECTS, params={**window, "limit": 400, "offset": offset}).json()
        assert page["total_count"] == len(expected)
        assert (page["limit"], page["offset"], page["processed"]) == (400, offset, True)
        if not page["detected_objects"]:
            break
        seen.extend(page["detected_objects"])
        offset += 400
    assert seen == [d.to_record("en_AE") for d in expected]
    assert {d["type"] for d in seen} == {"signs"}


def test_dates_bound_inclusively(client: httpx.Client, dataset: Dataset) -> None:
    first = dataset.detections[0].first_seen.replace(microsecond=0)
    moment = {"from_dt": first.isoformat(), "to_dt": first.isoformat()}
    assert client.get(OBJECTS, params=moment).json()["total_count"] == len(dataset.detections_in(first, first))
    backwards = {"from_dt": "2025-11-03T00:00:00", "to_dt": "2025-11-02T00:00:00"}
    assert client.get(OBJECTS, params=backwards).json()["total_count"] == 0
    beyond = client.get(OBJECTS, params={**ALL_TIME, "offset": 50_000}).json()
    assert (beyond["detected_objects"], beyond["total_count"]) == ([], len(dataset.detections))


def test_unknown_detector_matches_nothing(client: httpx.Client) -> None:
    page = client.get(OBJECTS, params={**ALL_TIME, "detector_name": "cats"}).json()
    assert (page["detected_objects"], page["total_count"]) == ([], 0)


def test_names_follow_the_locale(client: httpx.Client) -> None:
    params: dict[str, str | int] = {**ALL_TIME, "detector_name": "potholes", "limit": 1}
    names = {
        locale: client.get(OBJECTS, params={**params, "locale": locale}).json()["detected_objects"][0]["name"]
        for locale in ("en_AE", "ru_RU", "fr_FR")
    }
    assert names == {"en_AE": "Pothole", "ru_RU": "Выбоина", "fr_FR": "Pothole"}
    assert client.get(OBJECTS, params=params).json()["detected_objects"][0]["name"] == "Pothole"


def test_frames_page_matches_the_dataset(client: httpx.Client, dataset: Dataset) -> None:
    page = client.get(
        FRAMES, params={"from_dt": "2025-11-04T00:00:00", "to_dt": "2025-11-04T23:59:59", "limit": 1000}
    ).json()
    expected = dataset.frames_in(datetime(2025, 11, 4), datetime(2025, 11, 4, 23, 59, 59))
    assert page["total_count"] == len(expected)
    assert page["frames"] == [f.to_record() for f in expected[:1000]]


def test_detectors_are_localized(client: httpx.Client) -> None:
    english = client.get(DETECTORS_PATH).json()["detectors"]
    russian = client.get(DETECTORS_PATH, params={"locale": "ru_RU"}).json()["detectors"]
    assert [d["name"] for d in english] == [d["name"] for d in russian] == list(DETECTORS)
    assert english[0] == {"name": "signs", "title": detector_title("signs")}
    assert russian[0]["title"] == detector_title("signs", "ru_RU") != english[0]["title"]


def test_frame_images_are_jpegs(client: httpx.Client, dataset: Dataset) -> None:
    frame_id = next(fid for fid, found in dataset.detections_by_frame.items() if found)
    plain = client.get(f"{FRAMES}/{frame_id}/image")
    boxed = client.get(f"{FRAMES}/{frame_id}/predictions-image")
    for response in (plain, boxed):
        assert response.status_code == 200
        assert response.headers["content-type"] == "image/jpeg"
        assert response.headers["content-length"] == str(len(response.content))
        assert response.content.startswith(b"\xff\xd8")
        assert response.content.endswith(b"\xff\xd9")
        assert Image.open(io.BytesIO(response.content)).size == (64, 48)
    assert plain.content != boxed.content
    assert client.get(f"{FRAMES}/{frame_id}/image").content == plain.content


def test_unknown_frame_is_404_and_bad_id_422(client: httpx.Client, violations: list[str]) -> None:
    for suffix in ("image", "predictions-image"):
        missing = client.get(f"{FRAMES}/1/{suffix}")
        assert (missing.status_code, missing.json()) == (404, {"detail": "Frame not found"})
        assert client.get(f"{FRAMES}/abc/{suffix}").status_code == 422
    # Only the deliberately malformed requests are flagged; the 422 answers are documented.
    assert len(violations) == 2, violations
    assert all("frame_id" in v for v in violations), violations
    violations.clear()


def test_request_counter(dataset: Dataset) -> None:
    app = create_app(dataset, api_key="other")
    with serve(app) as running, httpx.Client(base_url=running.base_url) as http:
        http.get(DETECTORS_PATH, headers={"X-API-Key": "other"})
        http.get(OBJECTS, params=ALL_TIME)
    assert app.state.requests == [("GET", DETECTORS_PATH), ("GET", OBJECTS)]
    assert app.state.request_log[0].headers["x-api-key"] == "other"
    assert "from_dt=2025-11-01T00%3A00%3A00" in app.state.request_log[1].query


def test_large_pages_come_whole(dataset: Dataset) -> None:
    with serve(create_app(dataset)) as running, httpx.Client(base_url=running.base_url, headers=KEY) as http:
        http.get(OBJECTS, params={**ALL_TIME, "limit": 1})  # warm the serialised records
        page = http.get(OBJECTS, params={**ALL_TIME, "limit": 1000, "offset": 5000}).json()
        assert len(page["detected_objects"]) == 1000
        everything = http.get(OBJECTS, params={**ALL_TIME, "limit": 10_000}).json()
        assert len(everything["detected_objects"]) == 10_000
