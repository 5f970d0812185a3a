"""Simulator of the CityLens Export API (`specs/citylens.yaml`) over a deterministic data set.

`build_dataset` makes the data (frames, the objects detected in them, detectors),
`create_app` serves it as a Starlette app with the documented behaviour: the
`X-API-Key` header, strict `YYYY-MM-DDTHH:MM:SS` dates, limit/offset paging with
`total_count`, localized names and titles, JPEG frame images.

Where the page is silent, `create_app(profile=...)` picks one of the answers it
allows (see `SWITCHES`); the canonical profile gives the answers above.
"""

from __future__ import annotations

import argparse
import bisect
import functools
import hmac
import io
import json
import random
import re
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, NamedTuple

import uvicorn
from PIL import Image, ImageDraw
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from vision_api_sims.checked import validation_middleware
from vision_api_sims.kit import CANONICAL, Profile, recorded_app, vary_optional, with_extras

__all__ = [
    "API_PREFIX",
    "Answers",
    "DETECTORS",
    "MAX_LIMIT",
    "DEFAULT_API_KEY",
    "SPEC_PATH",
    "Dataset",
    "Detection",
    "Frame",
    "Served",
    "build_dataset",
    "create_app",
    "detector_title",
    "main",
    "object_name",
]

API_PREFIX = "/export-api/v1"
DEFAULT_API_KEY = "test-key"
SPEC_PATH = Path(__file__).resolve().parent / "specs" / "citylens.yaml"
START = datetime(2025, 11, 1)
# The page documents no maximum; past this the simulator answers 422 rather than
# silently returning fewer items than asked for.
MAX_LIMIT = 10_000
DEFAULT_LIMIT = 100
FRAME_SIZE = (1920, 1080)  # the pixel space of the bounding boxes
IMAGE_SIZE = (64, 48)  # the JPEGs served: small, since only their bytes matter to tests
# Used with fullmatch and ASCII digits: `$` would let a trailing newline through and `\d`
# any Unicode digit, both of which int() and strptime() accept.
LOCALE_PATTERN = re.compile(r"[a-z]{2,3}(_[A-Z]{2})?")
DATETIME_PATTERN = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}")
INTEGER_PATTERN = re.compile(r"-?[0-9]+")


# --- detectors and object classes ------------------------------------------------


class _ObjectClass(NamedTuple):
    label: str
    en: str
    ru: str
    values: tuple[float, ...] = ()  # values read from the object (speed limits), if any


# Detector name -> (English title, Russian title, share of detections, object classes).
_CATALOGUE: dict[str, tuple[str, str, float, tuple[_ObjectClass, ...]]] = {
    "signs": (
        "Road signs",
        "Дорожные знаки",
        0.45,
        (
            _ObjectClass(
                "3_24",
                "Maximum speed limit Sign",
                "Знак «Ограничение максимальной скорости»",
                (20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 90.0),
            ),
            _ObjectClass("2_5", "Stop Sign", "Знак «Движение без остановки запрещено»"),
            _ObjectClass("2_4", "Give way Sign", "Знак «Уступите дорогу»"),
            _ObjectClass("2_1", "Priority road Sign", "Знак «Главная дорога»"),
            _ObjectClass("2_2", "End of the priority road Sign", "Знак «Конец главной дороги»"),
            _ObjectClass("4_2_1", "Detour on the right Sign", "Знак «Объезд препятствия справа»"),
            _ObjectClass("5_15_5", "End of the lane Sign", "Знак «Конец полосы»"),
            _ObjectClass("5_19_1", "Pedestrian crossing Sign", "Знак «Пешеходный переход»"),
            _ObjectClass("3_27", "No stopping Sign", "Знак «Остановка запрещена»"),
        ),
    ),
    "road_marking": (
        "Road marking",
        "Дорожная разметка",
        0.25,
        (
            _ObjectClass("1_1", "Solid line Marking", "Разметка «Сплошная линия»"),
            _ObjectClass("1_5", "Broken line Marking", "Разметка «Прерывистая линия»"),
            _ObjectClass("1_12", "Stop line Marking", "Разметка «Стоп-линия»"),
            _ObjectClass("1_14_1", "Zebra crossing Marking", "Разметка «Пешеходный переход»"),
        ),
    ),
    "traffic_lights": (
        "Traffic lights",
        "Светофоры",
        0.15,
        (
            _ObjectClass("t_1", "Traffic light", "Транспортный светофор"),
            _ObjectClass("p_1", "Pedestrian traffic light", "Пешеходный светофор"),
        ),
    ),
    "potholes": (
        "Potholes",
        "Выбоины",
        0.15,
        (_ObjectClass("pothole", "Pothole", "Выбоина"),),
    ),
}
DETECTORS: tuple[str, ...] = tuple(_CATALOGUE)
_NAMES: dict[str, _ObjectClass] = {c.label: c for _, _, _, classes in _CATALOGUE.values() for c in classes}


def _language(locale: str | None) -> str:
    """The data set speaks Russian and English; every other locale gets English."""
    return "ru" if locale is not None and locale.split("_", 1)[0] == "ru" else "en"


def detector_title(name: str, locale: str | None = None) -> str:
    """Display title of a detector in `locale` (English unless the language is `ru`)."""
    en, ru, _, _ = _CATALOGUE[name]
    return ru if _language(locale) == "ru" else en


def object_name(label: str, locale: str | None = None) -> str:
    """Human-readable name of an object class in `locale` (English unless `ru`)."""
    object_class = _NAMES[label]
    return object_class.ru if _language(locale) == "ru" else object_class.en


# --- the data set -----------------------------------------------------------------


def _format_dt(value: datetime) -> str:
    return value.isoformat(timespec="microseconds")


@dataclass(frozen=True, slots=True)
class Frame:
    """A captured frame; `date` is a naive local time."""

    id: int
    lat: float
    lon: float
    azimuth: float | None
    date: datetime

    def to_record(self) -> dict[str, Any]:
        """The frame as the API returns it."""
        return {
            "id": self.id,
            "lat": self.lat,
            "lon": self.lon,
            "azimuth": self.azimuth,
            "date": _format_dt(self.date),
            "frame_url": f"{API_PREFIX}/frames/{self.id}/image",
            "frame_url_with_detections": f"{API_PREFIX}/frames/{self.id}/predictions-image",
        }


@dataclass(frozen=True, slots=True)
class Detection:
    """An object detected in a frame; `type` is the detector's name, the name comes from `label`."""

    id: int
    lon: float
    lat: float
    type: str
    label: str
    value: float | None
    is_tmp: bool
    first_seen: datetime
    last_seen: datetime
    bbox: tuple[int, int, int, int]  # x_from, y_from, width, height
    frame_id: int

    def to_record(self, locale: str | None = None) -> dict[str, Any]:
        """The detected object as the API returns it, with its name in `locale`."""
        x_from, y_from, width, height = self.bbox
        return {
            "id": self.id,
            "lon": self.lon,
            "lat": self.lat,
            "type": self.type,
            "label": self.label,
            "name": object_name(self.label, locale),
            "value": self.value,
            "is_tmp": self.is_tmp,
            "first_seen_datetime": _format_dt(self.first_seen),
            "last_seen_datetime": _format_dt(self.last_seen),
            "bbox": {"x_from": x_from, "y_from": y_from, "width": width, "height": height},
            "frame_id": self.frame_id,
            "frame_url": f"{API_PREFIX}/frames/{self.frame_id}/image",
            "frame_url_with_detections": f"{API_PREFIX}/frames/{self.frame_id}/predictions-image",
        }


def _dumps(record: dict[str, Any]) -> str:
    # Compact, non-ASCII kept: what a FastAPI-style server sends.
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


class _Window:
    """Items sorted by time, with a bisectable list of their times."""

    def __init__(self, times: list[datetime], positions: list[int]) -> None:
        self.times = times
        self.positions = positions  # indexes into the data set's full tuple

    def span(self, from_dt: datetime, to_dt: datetime) -> tuple[int, int]:
        """Bounds of the items with from_dt <= time <= to_dt (both ends included)."""
        lo = bisect.bisect_left(self.times, from_dt)
        return lo, max(lo, bisect.bisect_right(self.times, to_dt))


@dataclass(frozen=True, eq=False)
class Dataset:
    """Frames and the objects detected in them, each sorted by (time, id)."""

    seed: int
    detections: tuple[Detection, ...]
    frames: tuple[Frame, ...]
    frames_by_id: dict[int, Frame] = field(repr=False)
    detections_by_frame: dict[int, tuple[Detection, ...]] = field(repr=False)
    detectors: tuple[str, ...] = DETECTORS

    def detections_in(self, from_dt: datetime, to_dt: datetime, detector_name: str | None = None) -> list[Detection]:
        """Detections first seen within [from_dt, to_dt], optionally from one detector, in API order."""
        window = self._detection_windows.get(detector_name)
        if window is None:
            return []
        lo, hi = window.span(from_dt, to_dt)
        return [self.detections[i] for i in window.positions[lo:hi]]

    def frames_in(self, from_dt: datetime, to_dt: datetime) -> list[Frame]:
        """Frames captured within [from_dt, to_dt], in API order."""
        lo, hi = self._frame_window.span(from_dt, to_dt)
        return list(self.frames[lo:hi])

    @functools.cached_property
    def _detection_windows(self) -> dict[str | None, _Window]:
        positions: dict[str | None, list[int]] = {None: list(range(len(self.detections)))}
        for name in self.detectors:
            positions[name] = []
        for i, detection in enumerate(self.detections):
            positions[detection.type].append(i)
        return {
            name: _Window([self.detections[i].first_seen for i in indexes], indexes)
            for name, indexes in positions.items()
        }

    @functools.cached_property
    def _frame_window(self) -> _Window:
        return _Window([frame.date for frame in self.frames], list(range(len(self.frames))))


@functools.lru_cache(maxsize=16)
def build_dataset(seed: int = 7, detections: int = 12_000, days: int = 5) -> Dataset:
    """A deterministic data set: `detections` objects in frames spread over `days` from START.

    Frames are captured in daytime (06:00-21:00), at millisecond precision like the
    vendor's example; about one in seven frames has no detection, the others one to
    five, which all share the frame's time as first_seen. Ids of frames and of
    detections strictly increase with time.
    """
    rng = random.Random(seed)
    counts: list[int] = []
    total = 0
    while total < detections:
        count = 0 if rng.random() < 0.15 else rng.choice((1, 1, 1, 2, 2, 3, 4, 5))
        counts.append(count)
        total += count
    if counts:
        counts[-1] -= total - detections

    day_ms = 86_400_000
    offsets = sorted(rng.randrange(days) * day_ms + rng.randrange(6 * 3_600_000, 21 * 3_600_000) for _ in counts)
    names = list(_CATALOGUE)
    weights = [share for _, _, share, _ in _CATALOGUE.values()]
    detector_of = rng.choices(names, weights=weights, k=detections)

    frames: list[Frame] = []
    found: list[Detection] = []
    by_frame: dict[int, tuple[Detection, ...]] = {}
    frame_id = 10_250_000
    detection_id = 409_250
    width, height = FRAME_SIZE
    for count, offset in zip(counts, offsets, strict=True):
        frame_id += rng.randint(1, 40)
        date = START + timedelta(milliseconds=offset)
        lat = 39.70 + rng.random() * 0.12
        lon = 44.45 + rng.random() * 0.10
        azimuth = None if rng.random() < 0.01 else round(rng.random() * 360, 1)
        frames.append(Frame(frame_id, lat, lon, azimuth, date))
        in_frame: list[Detection] = []
        for _ in range(count):
            detection_id += rng.randint(1, 3)
            detector = detector_of[len(found)]
            object_class = rng.choice(_CATALOGUE[detector][3])
            value = rng.choice(object_class.values) if object_class.values else None
            box_w, box_h = rng.randint(40, 220), rng.randint(40, 220)
            bbox = (rng.randint(0, width - box_w), rng.randint(0, height - box_h), box_w, box_h)
            seen_for = 0 if rng.random() < 0.5 else rng.randint(1, 2_500)
            detection = Detection(
                id=detection_id,
                lon=lon + (rng.random() - 0.5) * 0.0004,
                lat=lat + (rng.random() - 0.5) * 0.0004,
                type=detector,
                label=object_class.label,
                value=value,
                is_tmp=detector == "signs" and rng.random() < 0.05,
                first_seen=date,
                last_seen=date + timedelta(milliseconds=seen_for),
                bbox=bbox,
                frame_id=frame_id,
            )
            found.append(detection)
            in_frame.append(detection)
        by_frame[frame_id] = tuple(in_frame)
    return Dataset(
        seed=seed,
        detections=tuple(found),
        frames=tuple(frames),
        frames_by_id={frame.id: frame for frame in frames},
        detections_by_frame=by_frame,
    )


# --- frame images -----------------------------------------------------------------


@functools.lru_cache(maxsize=16_384)
def frame_jpeg(dataset: Dataset, frame_id: int, with_detections: bool) -> bytes:
    """A small JPEG of the frame, the same bytes every time; boxes drawn if asked."""
    shade = frame_id % 97
    image = Image.new("RGB", IMAGE_SIZE, (90 + shade, 140 + shade // 2, 200))  # sky
    draw = ImageDraw.Draw(image)
    w, h = IMAGE_SIZE
    draw.rectangle((0, h // 2, w, h), fill=(70 + shade // 3, 70, 75))  # road
    draw.line((w // 2, h // 2, w // 2, h), fill=(230, 230, 230))  # lane line
    if with_detections:
        sx, sy = w / FRAME_SIZE[0], h / FRAME_SIZE[1]
        for detection in dataset.detections_by_frame.get(frame_id, ()):
            x, y, bw, bh = detection.bbox
            box = (
                int(x * sx),
                int(y * sy),
                max(int(x * sx) + 1, int((x + bw) * sx)),
                max(int(y * sy) + 1, int((y + bh) * sy)),
            )
            draw.rectangle(box, outline=(255, 0, 0))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=80)
    return out.getvalue()


# --- what the page leaves open ----------------------------------------------------

# The switches `create_app` reads from its profile; each option list starts with the
# canonical answer.
PAGE_CLAMP = "citylens.page_clamp"  # most objects a page holds, whatever `limit` asks (None: as asked)
LIMIT_ECHO = "citylens.limit_echo"  # the `limit` a page reports: the one asked for, or the one served
PROCESSED = "citylens.processed"  # `processed` on detection pages: true, or left out
CHALLENGE = "citylens.challenge"  # whether a 401 carries a `WWW-Authenticate` header
EXTRA_DETECTOR = "citylens.extra_detector"  # a detector the page never named, in the detectors list
RECORDS = "citylens.records"  # per record: optional fields left out, undocumented fields added
SWITCHES: dict[str, tuple[Any, ...]] = {
    PAGE_CLAMP: (None, 250, 37),
    LIMIT_ECHO: ("asked", "served"),
    # `false` (results still being computed) is only given when a test asks for it by
    # override: our data set is complete, and a walk warns on `false`.
    PROCESSED: (True, None),
    CHALLENGE: (False, True),
    EXTRA_DETECTOR: (False, True),
}
_FRAME_OPTIONAL = ("frame_url", "frame_url_with_detections")
_NEW_DETECTOR = ("benches", "Benches", "Скамейки")


class Served:
    """The records as this server sends them: the data set's, varied as its profile says
    (optional fields left out, undocumented fields added), each serialised once so that
    a page is a join."""

    def __init__(self, dataset: Dataset, profile: Profile) -> None:
        self.dataset = dataset
        self._profile = profile
        self._json: dict[tuple[str, str | None], list[str]] = {}

    def detections_page(
        self, from_dt: datetime, to_dt: datetime, detector_name: str | None, language: str, offset: int, limit: int
    ) -> tuple[list[str], int]:
        """One page of serialised records and the total over all pages."""
        window = self.dataset._detection_windows.get(detector_name)
        if window is None:  # a detector nobody has: nothing matches
            return [], 0
        lo, hi = window.span(from_dt, to_dt)
        records = self._records("detections:" + language, detector_name)
        return records[min(lo + offset, hi) : min(lo + offset + limit, hi)], hi - lo

    def frames_page(self, from_dt: datetime, to_dt: datetime, offset: int, limit: int) -> tuple[list[str], int]:
        lo, hi = self.dataset._frame_window.span(from_dt, to_dt)
        records = self._records("frames", None)
        return records[min(lo + offset, hi) : min(lo + offset + limit, hi)], hi - lo

    def detection(self, detection: Detection, locale: str | None = None) -> dict[str, Any]:
        """The record of `detection` exactly as this server sends it."""
        index = self.dataset.detections.index(detection)
        loaded: dict[str, Any] = json.loads(self._records("detections:" + _language(locale), None)[index])
        return loaded

    def frame(self, frame: Frame) -> dict[str, Any]:
        """The record of `frame` exactly as this server sends it."""
        loaded: dict[str, Any] = json.loads(self._records("frames", None)[self.dataset.frames.index(frame)])
        return loaded

    def _records(self, kind: str, detector_name: str | None) -> list[str]:
        cached = self._json.get((kind, detector_name))
        if cached is None:
            if detector_name is not None:
                every = self._records(kind, None)
                cached = [every[i] for i in self.dataset._detection_windows[detector_name].positions]
            else:
                cached = [_dumps(record) for record in self._varied(kind)]
            self._json[(kind, detector_name)] = cached
        return cached

    def _varied(self, kind: str) -> Iterator[dict[str, Any]]:
        # A fresh source per list, in data set order: the same record varies the same way
        # in every page and every language.
        rng = self._profile.rng(RECORDS)
        if kind == "frames":
            for frame in self.dataset.frames:
                record = vary_optional(frame.to_record(), _FRAME_OPTIONAL, rng)
                for name in _FRAME_OPTIONAL:  # optional but not nullable: left out instead
                    if name in record and record[name] is None:
                        del record[name]
                yield with_extras(record, rng)
        else:
            language = kind.removeprefix("detections:")
            for detection in self.dataset.detections:
                yield with_extras(detection.to_record(language), rng)


# --- the HTTP app -----------------------------------------------------------------


def _error(loc: str, name: str, msg: str, kind: str) -> dict[str, Any]:
    return {"loc": [loc, name], "msg": msg, "type": kind}


class _Query:
    """Parses query parameters the way the vendor's FastAPI-style server does, collecting errors."""

    def __init__(self, request: Request) -> None:
        self.params = request.query_params
        self.errors: list[dict[str, Any]] = []

    def datetime(self, name: str) -> datetime | None:
        raw = self.params.get(name)
        if raw is None:
            self.errors.append(_error("query", name, "Field required", "missing"))
            return None
        if DATETIME_PATTERN.fullmatch(raw):
            try:
                return datetime.strptime(raw, "%Y-%m-%dT%H:%M:%S")
            except ValueError:
                pass
        msg = "Input should be a valid datetime in YYYY-MM-DDTHH:MM:SS format"
        self.errors.append(_error("query", name, msg, "datetime_parsing"))
        return None

    def integer(self, name: str, default: int, minimum: int, maximum: int | None = None) -> int:
        raw = self.params.get(name)
        if raw is None:
            return default
        if not INTEGER_PATTERN.fullmatch(raw):
            msg = "Input should be a valid integer, unable to parse string as an integer"
            self.errors.append(_error("query", name, msg, "int_parsing"))
            return default
        value = int(raw)
        if value < minimum:
            msg = f"Input should be greater than or equal to {minimum}"
            self.errors.append(_error("query", name, msg, "greater_than_equal"))
        elif maximum is not None and value > maximum:
            msg = f"Input should be less than or equal to {maximum}"
            self.errors.append(_error("query", name, msg, "less_than_equal"))
        return value

    def locale(self) -> str | None:
        raw = self.params.get("locale")
        if raw is not None and not LOCALE_PATTERN.fullmatch(raw):
            msg = f"String should match pattern '^{LOCALE_PATTERN.pattern}$'"
            self.errors.append(_error("query", "locale", msg, "string_pattern_mismatch"))
        return raw

    def text(self, name: str) -> str | None:
        raw = self.params.get(name)
        if raw == "":
            self.errors.append(_error("query", name, "String should have at least 1 character", "string_too_short"))
        return raw

    def error_response(self) -> JSONResponse:
        return JSONResponse({"detail": self.errors}, status_code=422)


def _json_page(items: Sequence[str], key: str, total: int, limit: int, offset: int, extra: str = "") -> Response:
    body = f'{{"{key}":[{",".join(items)}],"total_count":{total},"limit":{limit},"offset":{offset}{extra}}}'
    return Response(body.encode("utf-8"), media_type="application/json")


Endpoint = Callable[[Request], Awaitable[Response]]


@dataclass(frozen=True)
class Answers:
    """The profile's answers where the page is silent, read once when the app is made
    (`app.state.answers`)."""

    page_clamp: int | None
    limit_echo: str
    processed: bool | None
    challenge: bool
    extra_detector: bool

    @classmethod
    def of(cls, profile: Profile) -> Answers:
        return cls(*(profile.choose(name, options) for name, options in SWITCHES.items()))

    def served_limit(self, limit: int) -> int:
        return limit if self.page_clamp is None else min(limit, self.page_clamp)

    def reported_limit(self, limit: int) -> int:
        return limit if self.limit_echo == "asked" else self.served_limit(limit)


def _authenticated(api_key: str, answers: Answers, endpoint: Endpoint) -> Endpoint:
    expected = api_key.encode()
    # The page documents no 401; a server may or may not name the scheme it wants.
    headers = {"WWW-Authenticate": "APIKey"} if answers.challenge else None

    @functools.wraps(endpoint)
    async def wrapper(request: Request) -> Response:
        given = request.headers.get("x-api-key", "").encode("latin-1", errors="replace")
        if not hmac.compare_digest(given, expected):
            return JSONResponse({"detail": "Invalid or missing API key"}, status_code=401, headers=headers)
        return await endpoint(request)

    return wrapper


def _routes(dataset: Dataset, served: Served, answers: Answers) -> list[tuple[str, Endpoint]]:
    processed = "" if answers.processed is None else f',"processed":{json.dumps(answers.processed)}'

    async def list_detected_objects(request: Request) -> Response:
        query = _Query(request)
        from_dt, to_dt = query.datetime("from_dt"), query.datetime("to_dt")
        detector_name = query.text("detector_name")
        locale = query.locale()
        limit = query.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT)
        offset = query.integer("offset", 0, 0)
        if query.errors or from_dt is None or to_dt is None:
            return query.error_response()
        language, served_limit = _language(locale), answers.served_limit(limit)
        page, total = served.detections_page(from_dt, to_dt, detector_name, language, offset, served_limit)
        return _json_page(page, "detected_objects", total, answers.reported_limit(limit), offset, processed)

    async def list_frames(request: Request) -> Response:
        query = _Query(request)
        from_dt, to_dt = query.datetime("from_dt"), query.datetime("to_dt")
        limit = query.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT)
        offset = query.integer("offset", 0, 0)
        if query.errors or from_dt is None or to_dt is None:
            return query.error_response()
        page, total = served.frames_page(from_dt, to_dt, offset, answers.served_limit(limit))
        return _json_page(page, "frames", total, answers.reported_limit(limit), offset)

    def image_endpoint(with_detections: bool) -> Endpoint:
        async def get_image(request: Request) -> Response:
            raw = request.path_params["frame_id"]
            if not INTEGER_PATTERN.fullmatch(raw):
                msg = "Input should be a valid integer, unable to parse string as an integer"
                return JSONResponse({"detail": [_error("path", "frame_id", msg, "int_parsing")]}, status_code=422)
            frame_id = int(raw)
            if frame_id not in dataset.frames_by_id:
                return JSONResponse({"detail": "Frame not found"}, status_code=404)
            return Response(frame_jpeg(dataset, frame_id, with_detections), media_type="image/jpeg")

        get_image.__name__ = "get_frame_predictions_image" if with_detections else "get_frame_image"
        return get_image

    async def list_detectors(request: Request) -> Response:
        query = _Query(request)
        locale = query.locale()
        if query.errors:
            return query.error_response()
        detectors = [{"name": name, "title": detector_title(name, locale)} for name in dataset.detectors]
        if answers.extra_detector:  # one added after the page was written, with nothing detected yet
            name, en, ru = _NEW_DETECTOR
            detectors.append({"name": name, "title": ru if _language(locale) == "ru" else en})
        return JSONResponse({"detectors": detectors})

    return [
        ("/detections/objects", list_detected_objects),
        ("/frames", list_frames),
        ("/frames/{frame_id}/image", image_endpoint(False)),
        ("/frames/{frame_id}/predictions-image", image_endpoint(True)),
        ("/detectors", list_detectors),
    ]


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)


def create_app(
    dataset: Dataset | None = None,
    *,
    api_key: str = DEFAULT_API_KEY,
    validator_violations: list[str] | None = None,
    spec_path: str | Path | None = None,
    latency: float = 0.0,
    profile: Profile = CANONICAL,
) -> Starlette:
    """The CityLens Export API over `dataset` (default: `build_dataset()`).

    `profile` picks the answers where the page is silent (`SWITCHES`): pages clamped
    below the `limit` asked for, `processed` present or not, a 401 with or without
    `WWW-Authenticate`, a detector the page never named, frames without their optional
    URLs and records with undocumented fields. `app.state.served` gives each record as
    sent. `latency` adds that many seconds before every answer (a slow link, for
    benchmarks); `app.state.faults` injects statuses and latency (`kit.Faults`).

    With `validator_violations`, every exchange is checked against the spec
    (`spec_path`, default `specs/citylens.yaml`) and violations are appended there.
    `app.state.requests` lists (method, path) of every request received and
    `app.state.request_log` the same with query string, headers and status.
    """
    dataset = dataset if dataset is not None else build_dataset()
    answers = Answers.of(profile)
    served = Served(dataset, profile)
    middleware = []
    if validator_violations is not None:
        middleware.append(validation_middleware(spec_path or SPEC_PATH, validator_violations, profile))
    app = recorded_app(
        [
            Route(API_PREFIX + path, _authenticated(api_key, answers, endpoint), methods=["GET"])
            for path, endpoint in _routes(dataset, served, answers)
        ],
        middleware,
    )
    app.add_exception_handler(HTTPException, _http_error)
    app.state.faults.latency = latency
    app.state.dataset = dataset
    app.state.served = served
    app.state.answers = answers
    app.state.profile = profile
    app.state.api_key = api_key
    app.state.violations = validator_violations
    return app


def main(argv: Sequence[str] | None = None) -> None:
    """Serve the simulator on 127.0.0.1 for manual use."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--api-key", default=DEFAULT_API_KEY)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--detections", type=int, default=12_000)
    parser.add_argument("--days", type=int, default=5)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added before every answer")
    args = parser.parse_args(argv)
    app = create_app(build_dataset(args.seed, args.detections, args.days), api_key=args.api_key, latency=args.latency)
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="info")


if __name__ == "__main__":
    main()
