"""Simulator of the Scopix Data API (`specs/scopix.yaml`) and of the storage host of its exports.

`build_history` makes a deterministic processing history, `create_app` serves it
with the documented behaviour (bearer keys, filters with statistics, asynchronous
exports whose status moves on with an injectable clock) and `create_storage_app`
serves the export files at presigned URLs, as an object store would: HMAC-signed
and expiring, refusing credentials, honouring `Range`.

Test switches (see `create_app` and `create_storage_app`):
- `api.state.fail_next = True` makes the next export fail ("Export failed:
  simulated failure"); so does the search term `__fail__` in `search_terms`.
- A `limit` above 100000 is accepted (202) and the job then fails with "Export
  exceeded maximum record limit", the message of the page's failed example.
- `api.state.export_repeat = N` writes every exported record N times (big files for
  benchmarks; the bytes are streamed, never held whole).
- `storage.state.ignore_range = True` answers every download with the whole file.

Where the page is silent, `create_app(profile=...)` picks one of the answers it allows
(`SWITCHES`): the status of a create (202, 200, 201), the estimate of a job (right,
absent, already past, far too late), how fast jobs run, pages clamped below `limit`,
a 401 with or without `WWW-Authenticate`, undocumented fields in records. The
canonical profile gives the answers above.

The storage host stays its own (not `kit.SignedStorage`): export files are streamed by
range from repeated segments, never built whole, and its URLs expire on the API's clock.
"""

from __future__ import annotations

import argparse
import csv
import functools
import hashlib
import hmac
import io
import json
import math
import random
import re
import secrets
import string
import threading
import time
import uuid
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from vision_api_sims.checked import validation_middleware
from vision_api_sims.kit import (
    CANONICAL,
    Job,
    ManualClock,
    Profile,
    RecordedRequest,
    byte_range,
    job_timing,
    recorded_app,
    with_extras,
    xml_error,
)
from vision_api_sims.server import start

__all__ = [
    "API_PREFIX",
    "DEFAULT_API_KEY",
    "DEFAULT_STORAGE_URL",
    "FAIL_TERM",
    "FIELDS",
    "LIMIT_EXCEEDED",
    "MAX_EXPORT_RECORDS",
    "MAX_LIMIT",
    "RECORD_SCHEMA_PATH",
    "SIMULATED_FAILURE",
    "SPEC_PATH",
    "SWITCHES",
    "URL_TTL",
    "Entry",
    "ExportFile",
    "ExportJob",
    "ExportParams",
    "ExportStore",
    "Filters",
    "History",
    "ManualClock",
    "RecordedRequest",
    "build_history",
    "create_app",
    "create_storage_app",
    "format_datetime",
    "main",
    "parse_datetime",
    "statistics",
]

API_PREFIX = "/api/v2/data"
SPEC_PATH = Path(__file__).resolve().parent / "specs" / "scopix.yaml"
RECORD_SCHEMA_PATH = SPEC_PATH.with_name("scopix-export-record.schema.json")
DEFAULT_API_KEY = "scopix_test_key"
DEFAULT_STORAGE_URL = "https://storage.scopix.ai"
DEFAULT_LIMIT = 100
MAX_LIMIT = 1000
MAX_EXPORT_RECORDS = 100_000
URL_TTL = 3600.0  # "Download URLs expire after 1 hour"
FIELDS: tuple[str, ...] = (
    "id",
    "type",
    "source_type",
    "source_id",
    "created_at",
    "image_url",
    "description",
    "confidence_score",
    "verification",
    "image_id",
    "metadata",
)
FAIL_TERM = "__fail__"
LIMIT_EXCEEDED = "Export exceeded maximum record limit"
SIMULATED_FAILURE = "Export failed: simulated failure"
START = datetime(2025, 1, 1, tzinfo=UTC)
DAYS = 60
CHUNK = 1 << 20  # bytes per streamed piece of an export file

# Used with fullmatch and ASCII digits: `\d` would accept any Unicode digit and `$` a
# trailing newline, both of which int(), float() and fromisoformat() take.
INTEGER_PATTERN = re.compile(r"[+-]?[0-9]+")
NUMBER_PATTERN = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?")
DATETIME_PATTERN = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}([T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,6})?)?([Zz]|[+-][0-9]{2}:?[0-9]{2})?)?"
)
UUID_PATTERN = re.compile(r"[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}")

# The switches `create_app` reads from its profile; each option list starts with the
# canonical answer.
CREATE_STATUS = "scopix.create_status"  # the status of a created export
ESTIMATE = "scopix.estimate"  # `estimated_completion_time`: right, absent, already past, far too late
PAGE_CLAMP = "scopix.page_clamp"  # most items a page holds, whatever `limit` asks (None: as asked)
CHALLENGE = "scopix.challenge"  # whether a 401 carries `WWW-Authenticate: Bearer`
RECORDS = "scopix.records"  # per record: undocumented fields added
SWITCHES: dict[str, tuple[Any, ...]] = {
    CREATE_STATUS: (202, 200, 201),
    ESTIMATE: ("right", "absent", "past", "late"),
    PAGE_CLAMP: (None, 250),
    CHALLENGE: (True, False),
}
LATE_BY = 3600.0  # how far past the real finish a "late" estimate points


# --- the history ------------------------------------------------------------------


def format_datetime(value: datetime) -> str:
    """RFC 3339 in UTC with `Z`, as on the page; milliseconds only when there are some."""
    value = value.astimezone(UTC)
    if value.microsecond:
        return value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}Z"
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True, slots=True, eq=False)
class Entry:
    """One processing result. Failed results have no description and are never listed."""

    id: str
    type: str
    source_type: str
    source_id: str
    created_at: datetime
    image_url: str
    description: str | None
    confidence_score: float | None
    verification: dict[str, Any] | None
    image_id: str
    metadata: dict[str, Any]
    failed: bool = False

    def to_record(self) -> dict[str, Any]:
        """The entry as the API returns it (and as an export writes it, all fields)."""
        return {
            "id": self.id,
            "type": self.type,
            "source_type": self.source_type,
            "source_id": self.source_id,
            "created_at": format_datetime(self.created_at),
            "image_url": self.image_url,
            "description": self.description,
            "confidence_score": self.confidence_score,
            "verification": self.verification,
            "image_id": self.image_id,
            "metadata": self.metadata,
        }


def _dumps(value: Any) -> str:
    # Compact, non-ASCII kept: what a FastAPI-style server sends.
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _bucket(score: float) -> str:
    tenth = min(math.floor(score * 10 + 1e-9), 9)  # 1.0 belongs to 0.9-1.0
    return f"{tenth / 10:.1f}-{(tenth + 1) / 10:.1f}"


@dataclass(frozen=True)
class Filters:
    """The filters shared by `list_descriptions` and exports; terms are already split and trimmed."""

    start_date: datetime | None = None
    end_date: datetime | None = None
    min_confidence: float | None = None
    max_confidence: float | None = None
    search: tuple[str, ...] = ()
    source_types: tuple[str, ...] = ()

    @staticmethod
    def terms(values: Iterable[str]) -> tuple[str, ...]:
        """Non-empty trimmed terms: `landscape, mountain` and `landscape,,mountain` mean two terms."""
        return tuple(term.strip() for term in values if term.strip())

    def matches(self, entry: Entry, lowered: str) -> bool:
        """Whether `entry` (whose description, lower-cased, is `lowered`) passes every filter."""
        if self.start_date is not None and entry.created_at < self.start_date:
            return False
        if self.end_date is not None and entry.created_at > self.end_date:
            return False
        if self.min_confidence is not None or self.max_confidence is not None:
            score = entry.confidence_score
            if score is None:  # "descriptions return null": no score, no match
                return False
            if self.min_confidence is not None and score < self.min_confidence:
                return False
            if self.max_confidence is not None and score > self.max_confidence:
                return False
        if self.source_types and entry.source_type not in self.source_types:
            return False
        return not self.search or any(term.lower() in lowered for term in self.search)

    def applied(self) -> dict[str, Any]:
        """The response's `filters_applied`."""
        return {
            "date_range_applied": self.start_date is not None or self.end_date is not None,
            "confidence_range_applied": self.min_confidence is not None or self.max_confidence is not None,
            "search_applied": bool(self.search),
            "source_types_filtered": bool(self.source_types),
            "filter_summary": self.summary(),
        }

    def summary(self) -> str:
        """In the page's style: `Date: 2025-01-01 to 2025-01-31, Min confidence: 0.8`."""
        parts: list[str] = []
        start = self.start_date.astimezone(UTC).date().isoformat() if self.start_date else None
        end = self.end_date.astimezone(UTC).date().isoformat() if self.end_date else None
        if start and end:
            parts.append(f"Date: {start} to {end}")
        elif start:
            parts.append(f"Date: from {start}")
        elif end:
            parts.append(f"Date: until {end}")
        if self.min_confidence is not None:
            parts.append(f"Min confidence: {self.min_confidence}")
        if self.max_confidence is not None:
            parts.append(f"Max confidence: {self.max_confidence}")
        if self.search:
            parts.append("Search: " + ", ".join(self.search))
        if self.source_types:
            parts.append("Source types: " + ", ".join(self.source_types))
        return ", ".join(parts) if parts else "No filters applied"


def statistics(entries: Sequence[Entry]) -> dict[str, Any]:
    """The response's `statistics`, over every matching entry."""
    scores = [e.confidence_score for e in entries if e.confidence_score is not None]
    buckets = Counter(_bucket(score) for score in scores)
    days = Counter(e.created_at.astimezone(UTC).date() for e in entries)
    return {
        "total_count": len(entries),
        "average_confidence": round(sum(scores) / len(scores), 4) if scores else None,
        "confidence_distribution": dict(sorted(buckets.items())),
        "daily_counts": [{"date": day.isoformat(), "count": days[day]} for day in sorted(days)],
        "source_distribution": dict(sorted(Counter(e.source_type for e in entries).items())),
    }


@dataclass(frozen=True, eq=False)
class History:
    """Every processing result, newest first (`created_at` then `id` descending)."""

    seed: int
    entries: tuple[Entry, ...]

    @functools.cached_property
    def listed(self) -> tuple[Entry, ...]:
        """The entries `list_descriptions` can return: every result that did not fail."""
        return tuple(e for e in self.entries if not e.failed)

    @functools.cached_property
    def by_id(self) -> dict[str, Entry]:
        return {e.id: e for e in self.entries}

    @functools.cached_property
    def _lowered(self) -> dict[str, str]:
        return {e.id: (e.description or "").lower() for e in self.entries}

    @functools.cached_property
    def _json(self) -> dict[str, str]:
        return {e.id: _dumps(e.to_record()) for e in self.entries}

    def select(self, filters: Filters, *, include_failed: bool = False) -> list[Entry]:
        """The matching entries, in API order."""
        pool = self.entries if include_failed else self.listed
        lowered = self._lowered
        return [e for e in pool if filters.matches(e, lowered[e.id])]

    def serialised(self, entry: Entry) -> str:
        """The entry's JSON, computed once, so that a page is a join."""
        return self._json[entry.id]


_ADJECTIVES = ("busy", "quiet", "sunlit", "foggy", "crowded", "empty", "well-lit", "cluttered", "snowy", "rainy")
_SUBJECTS = (
    "mountain landscape",
    "city street",
    "construction site",
    "warehouse aisle",
    "beach at sunset",
    "office interior",
    "parking lot",
    "factory floor",
    "forest trail",
    "kitchen counter",
    "retail shelf",
    "loading dock",
)
_DETAILS = (
    "snow-capped peaks",
    "workers wearing safety equipment",
    "stacked pallets",
    "parked cars",
    "a red forklift",
    "people walking",
    "wet pavement",
    "hard hats and high-visibility vests",
    "an overcast sky",
    "bright artificial lighting",
    "scattered debris",
    "a fire extinguisher on the wall",
    "a river valley",
    "pine trees",
)
_RULES = (
    "hard hat required",
    "safety vest required",
    "no blocked exits",
    "shelf fully stocked",
    "fire extinguisher present",
)
_FAILURES = ("Image could not be downloaded", "Unsupported image format", "Processing timed out")
_ALNUM = string.ascii_lowercase + string.digits


def _token(rng: random.Random, size: int = 6) -> str:
    return "".join(rng.choices(_ALNUM, k=size))


def _moments(rng: random.Random, count: int) -> list[datetime]:
    """`count` times over DAYS days from START, oldest first, busier in working hours."""
    seconds = []
    for _ in range(count):
        day = rng.randrange(DAYS)
        second = rng.randrange(8 * 3600, 20 * 3600) if rng.random() < 0.75 else rng.randrange(86_400)
        seconds.append(day * 86_400 + second)
    return [START + timedelta(seconds=s) for s in sorted(seconds)]


def _a(phrase: str) -> str:
    return ("an " if phrase[0] in "aeiou" else "a ") + phrase


def _text(rng: random.Random, kind: str, metadata: dict[str, Any]) -> str:
    subject, detail = rng.choice(_SUBJECTS), rng.choice(_DETAILS)
    if kind == "extraction":
        count = metadata["fields_extracted"]
        return f"Extracted {count} field{'s' if count > 1 else ''} from {_a(subject)} showing {detail}."
    if kind == "rule":
        outcome = "passed" if metadata["passed"] else "failed"
        return f"Rule '{metadata['rule_name']}' {outcome} for {_a(subject)} with {detail}."
    text = f"{_a(rng.choice(_ADJECTIVES) + ' ' + subject).capitalize()} with {detail}."
    if rng.random() < 0.4:
        text += f" The image also shows {rng.choice(_DETAILS)}."
    return text


def _metadata(rng: random.Random, kind: str) -> dict[str, Any]:
    if kind == "extraction":
        return {"model": "scopix-extract-1", "fields_extracted": rng.randint(1, 12)}
    if kind == "rule":
        rule = rng.randrange(len(_RULES))
        return {"rule_id": f"rule_{rule + 1:03d}", "rule_name": _RULES[rule], "passed": rng.random() < 0.8}
    if rng.random() < 0.2:
        return {}  # as in the page's example
    width, height = rng.choice(((1920, 1080), (1280, 720), (4032, 3024), (800, 600)))
    return {"model": "scopix-describe-2", "language": "en", "width": width, "height": height}


def _verification(rng: random.Random, created_at: datetime) -> dict[str, Any]:
    status = rng.choices(("verified", "rejected", "pending"), weights=(7, 2, 1))[0]
    if status == "pending":
        return {"status": status, "verified_by": None, "verified_at": None, "notes": None}
    return {
        "status": status,
        "verified_by": f"user_{_token(rng, 4)}",
        "verified_at": format_datetime(created_at + timedelta(minutes=rng.randint(5, 4 * 24 * 60))),
        "notes": rng.choice((None, None, "Checked against the original image", "Wrong object counted")),
    }


@functools.lru_cache(maxsize=8)
def build_history(seed: int = 11, size: int = 5000) -> History:
    """A deterministic history: `size` listed results over DAYS days of 2025, plus ~2.5 % failed ones.

    Types: about 70 % `description` (confidence null but for ~2 %), 20 % `extraction`
    and 10 % `rule` (confidence 0-1, skewed high). Sources: `single`, `batch` (runs of
    entries sharing a `batch_...` source id) and `api`. Ids `desc_00001`... increase
    with time; the history is returned newest first.
    """
    rng = random.Random(seed)
    failed_count = size // 40
    total = size + failed_count
    failed_at = set(rng.sample(range(total), failed_count))
    width = max(5, len(str(total)))
    batch_id, batch_left = "", 0
    entries: list[Entry] = []
    for n, created_at in enumerate(_moments(rng, total)):
        source_type = rng.choices(("single", "batch", "api"), weights=(45, 40, 15))[0]
        if source_type == "batch":
            if batch_left == 0:
                batch_id, batch_left = f"batch_{_token(rng)}", rng.randint(5, 60)
            batch_left -= 1
            source_id = batch_id
        else:
            source_id = f"{'op' if source_type == 'single' else 'api'}_{_token(rng)}"
        kind = rng.choices(("description", "extraction", "rule"), weights=(70, 20, 10))[0]
        image_id = f"img_{_token(rng)}"
        common: dict[str, Any] = {
            "id": f"desc_{n + 1:0{width}d}",
            "type": kind,
            "source_type": source_type,
            "source_id": source_id,
            "created_at": created_at,
            "image_url": f"https://images.example/scopix/{image_id}.jpg",
            "image_id": image_id,
        }
        if n in failed_at:
            metadata = {"status": "failed", "error": rng.choice(_FAILURES)}
            entries.append(
                Entry(
                    **common,
                    description=None,
                    confidence_score=None,
                    verification=None,
                    metadata=metadata,
                    failed=True,
                )
            )
            continue
        metadata = _metadata(rng, kind)
        if kind == "description":
            score = round(rng.uniform(0.5, 1.0), 3) if rng.random() < 0.02 else None
        else:
            score = round(min(1.0, rng.betavariate(8, 2)), 3)
        verified = rng.random() < (0.25 if kind != "description" else 0.03)
        entries.append(
            Entry(
                **common,
                description=_text(rng, kind, metadata),
                confidence_score=score,
                verification=_verification(rng, created_at) if verified else None,
                metadata=metadata,
            )
        )
    entries.reverse()  # newest first; ids increase with time, so ties keep id descending
    return History(seed=seed, entries=tuple(entries))


# --- export files -----------------------------------------------------------------

_STATUSES = {"queued": "pending", "running": "processing", "done": "completed", "failed": "failed"}
_MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "json": "application/json", "jsonl": "application/x-ndjson"}


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return _dumps(value)  # numbers as JSON writes them; objects JSON-encoded in their cell


def _csv_line(values: Iterable[str]) -> str:
    out = io.StringIO()
    csv.writer(out).writerow(values)  # RFC 4180 quoting, CRLF line end
    return out.getvalue()


class ExportFile:
    """The bytes of an export as runs of repeated segments, read by range without building them.

    A segment `(data, count)` stands for `data * count`: the records of an export made
    with `export_repeat` come back that many times at the cost of one copy.
    """

    def __init__(self, segments: Sequence[tuple[bytes, int]], media_type: str, filename: str) -> None:
        self.segments = [(data, count) for data, count in segments if data and count > 0]
        self.size = sum(len(data) * count for data, count in self.segments)
        self.media_type = media_type
        self.filename = filename
        digest = hashlib.sha256(filename.encode())
        for data, count in self.segments:
            digest.update(hashlib.sha256(data).digest() + count.to_bytes(8, "big"))
        self.etag = f'"{digest.hexdigest()[:32]}"'

    @classmethod
    def build(
        cls, records: Sequence[dict[str, Any]], fmt: str, fields: Sequence[str], repeat: int, name: str
    ) -> ExportFile:
        """The file of `records` (already reduced to `fields`) in `fmt`, each record `repeat` times."""
        segments: list[tuple[bytes, int]]
        if fmt == "csv":
            rows = "".join(_csv_line(_csv_cell(r.get(f)) for f in fields) for r in records)
            segments = [(_csv_line(fields).encode(), 1), (rows.encode(), repeat)]
        elif fmt == "jsonl":
            segments = [("".join(_dumps(r) + "\n" for r in records).encode(), repeat)]
        elif not records:
            segments = [(b"[]\n", 1)]
        else:
            # One JSON array: the separator goes before every copy of the records but the first.
            unit = ",\n".join(_dumps(r) for r in records).encode()
            segments = [(b"[\n" + unit, 1), (b",\n" + unit, repeat - 1), (b"\n]\n", 1)]
        return cls(segments, _MEDIA_TYPES[fmt], f"{name}.{fmt}")

    def read(self, start: int = 0, end: int | None = None) -> Iterator[bytes]:
        """Bytes `start` to `end` (exclusive), in pieces of at most CHUNK bytes."""
        end = self.size if end is None else min(end, self.size)
        base = 0
        for data, count in self.segments:
            length = len(data) * count
            lo, hi = max(start, base), min(end, base + length)
            if lo < hi:
                yield from _periodic(data, lo - base, hi - base)
            base += length
            if base >= end:
                return

    def content(self) -> bytes:
        """The whole file (for small files in tests)."""
        return b"".join(self.read())


def _periodic(data: bytes, start: int, end: int) -> Iterator[bytes]:
    """Bytes `start` to `end` of `data` repeated forever."""
    # A block of whole copies of `data` lets one slice cross copy boundaries.
    block = data * max(1, CHUNK // len(data) + 1)
    pos = start
    while pos < end:
        offset = pos % len(data)
        piece = block[offset : offset + min(end - pos, CHUNK)]
        yield piece
        pos += len(piece)


# --- export jobs ------------------------------------------------------------------


@dataclass(eq=False)
class ExportJob:
    """An export: what it selected at creation, and its timeline on the store's clock."""

    export_id: uuid.UUID
    format: str
    timeline: Job
    created_at: datetime
    entries: tuple[Entry, ...]
    fields: tuple[str, ...]
    repeat: int
    error: str | None
    _file: ExportFile | None = field(default=None, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def created(self) -> float:
        return self.timeline.created

    @property
    def record_count(self) -> int:
        return len(self.entries) * self.repeat

    @property
    def object_name(self) -> str:
        return f"{self.export_id}.{self.format}"

    def file(self) -> ExportFile:
        """The file, built on first use (a job that is never downloaded costs nothing)."""
        with self._lock:
            if self._file is None:
                records = [{name: e.to_record()[name] for name in self.fields} for e in self.entries]
                name = f"scopix-export-{self.export_id}"
                self._file = ExportFile.build(records, self.format, self.fields, self.repeat, name)
            return self._file


@dataclass(frozen=True)
class ExportParams:
    """A validated export request."""

    format: str
    filters: Filters
    include_metadata: bool = True
    include_failed: bool = False
    fields: tuple[str, ...] = ()
    limit: int | None = None


class ExportStore:
    """Export jobs, their timeline on `clock`, and the signing of their download URLs.

    Shared by the API app (which creates and reports jobs) and the storage app (which
    serves their files). A job is `pending` for `queue_seconds`, then `processing` for
    `export_seconds`, then `completed` or `failed`: computed on every read from the
    clock, so no thread moves jobs on. `estimate` is what jobs announce as their
    completion time: "right", "absent", "past" (a time already gone) or "late".
    """

    def __init__(
        self,
        history: History,
        *,
        clock: Callable[[], float] = time.monotonic,
        queue_seconds: float = 0.5,
        export_seconds: float = 2.0,
        url_ttl: float = URL_TTL,
        credentials: Sequence[str] = (),
        estimate: str = "right",
    ) -> None:
        self.history = history
        self.estimate = estimate
        self.clock = clock
        self.queue_seconds = queue_seconds
        self.export_seconds = export_seconds
        self.url_ttl = url_ttl
        self.credentials = tuple(credentials)  # secrets that must never reach the storage host
        self.jobs: dict[uuid.UUID, ExportJob] = {}
        self._secret = secrets.token_bytes(32)
        self._ids = random.Random(f"scopix-exports-{history.seed}")
        self._epoch = (datetime.now(UTC).replace(microsecond=0), clock())
        self._lock = threading.Lock()

    def wall(self, moment: float) -> datetime:
        """The wall-clock time of a store clock reading (the clock may be a fake one)."""
        wall, clock = self._epoch
        return wall + timedelta(seconds=moment - clock)

    def create(self, params: ExportParams, *, repeat: int = 1, fail: bool = False) -> ExportJob:
        """Select the records now; a failure (limit, `fail`, FAIL_TERM) shows once processing ends."""
        selected = self.history.select(params.filters, include_failed=params.include_failed)
        error = None
        if params.limit is not None and params.limit > MAX_EXPORT_RECORDS:
            error = LIMIT_EXCEEDED
        elif fail or any(term.lower() == FAIL_TERM for term in params.filters.search):
            error = SIMULATED_FAILURE
        if params.limit is not None:
            selected = selected[: params.limit]
        fields = tuple(dict.fromkeys(params.fields or FIELDS))
        if not params.include_metadata:
            fields = tuple(f for f in fields if f != "metadata")
        now = self.clock()
        with self._lock:
            export_id = uuid.UUID(int=self._ids.getrandbits(128), version=4)
            job = ExportJob(
                export_id=export_id,
                format=params.format,
                timeline=Job(str(export_id), now, self.queue_seconds, self.export_seconds, error),
                created_at=self.wall(now),
                entries=tuple(selected) if error is None else (),
                fields=fields,
                repeat=max(1, repeat),
                error=error,
            )
            self.jobs[export_id] = job
        return job

    def status(self, job: ExportJob) -> str:
        return _STATUSES[job.timeline.phase(self.clock())]

    def estimated_completion(self, job: ExportJob) -> datetime | None:
        """The completion time the job announces (this store's `estimate`)."""
        finish = job.timeline.finishes_at()
        if self.estimate == "absent":
            return None
        if self.estimate == "past":  # an estimate that has already gone by
            return self.wall(job.created - 60)
        return self.wall(finish + (LATE_BY if self.estimate == "late" else 0))

    def view(self, job: ExportJob, storage_base_url: str) -> dict[str, Any]:
        """The `Export` body; a completed job gets a freshly presigned URL on every read."""
        status = self.status(job)
        done = status in ("completed", "failed")
        finish = None if done else self.estimated_completion(job)
        return {
            "export_id": str(job.export_id),
            "status": status,
            "download_url": self.presign(job, storage_base_url) if status == "completed" else None,
            "record_count": job.record_count if status == "completed" else None,
            "format": job.format,
            "created_at": format_datetime(job.created_at),
            "estimated_completion_time": None if finish is None else format_datetime(finish),
            "error_message": job.error if status == "failed" else None,
        }

    def presign(self, job: ExportJob, storage_base_url: str) -> str:
        path = f"/exports/{job.object_name}"
        expires = f"{self.clock() + self.url_ttl:.3f}"
        return f"{storage_base_url.rstrip('/')}{path}?Expires={expires}&Signature={self._sign(path, expires)}"

    def _sign(self, path: str, expires: str) -> str:
        return hmac.new(self._secret, f"{path}\n{expires}".encode(), hashlib.sha256).hexdigest()

    def check_signature(self, path: str, expires: str, signature: str) -> str | None:
        """None when the URL is good, else the object store's error code."""
        if not hmac.compare_digest(self._sign(path, expires).encode(), signature.encode("latin-1", "replace")):
            return "SignatureDoesNotMatch"
        if self.clock() >= float(expires):
            return "AccessDenied"
        return None

    def job_for(self, object_name: str) -> ExportJob | None:
        """The completed job whose file is `object_name`."""
        export_id, _, _ = object_name.partition(".")
        try:
            job = self.jobs.get(uuid.UUID(export_id))
        except ValueError:
            return None
        if job is None or job.object_name != object_name or self.status(job) != "completed":
            return None
        return job


# --- parsing as the vendor's FastAPI server does --------------------------------------


def _error(loc: Sequence[str | int], msg: str, kind: str) -> dict[str, Any]:
    return {"loc": list(loc), "msg": msg, "type": kind}


def parse_datetime(raw: str) -> datetime | None:
    """An ISO 8601 date-time (or date); a time without offset is taken as UTC."""
    if not DATETIME_PATTERN.fullmatch(raw):
        return None
    try:
        value = datetime.fromisoformat(raw.replace("z", "Z"))
    except ValueError:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


class _Errors:
    """Collects FastAPI-style validation errors."""

    def __init__(self) -> None:
        self.errors: list[dict[str, Any]] = []

    def add(self, loc: Sequence[str | int], msg: str, kind: str) -> None:
        self.errors.append(_error(loc, msg, kind))

    def bounded(self, loc: Sequence[str | int], value: float, minimum: float, maximum: float | None) -> None:
        if value < minimum:
            self.add(loc, f"Input should be greater than or equal to {minimum}", "greater_than_equal")
        elif maximum is not None and value > maximum:
            self.add(loc, f"Input should be less than or equal to {maximum}", "less_than_equal")

    def response(self) -> JSONResponse:
        return JSONResponse({"detail": self.errors}, status_code=422)


class _Query(_Errors):
    """The query parameters of `list_descriptions`."""

    def __init__(self, request: Request) -> None:
        super().__init__()
        self.params = request.query_params

    def datetime(self, name: str) -> datetime | None:
        raw = self.params.get(name)
        if raw is None:
            return None
        value = parse_datetime(raw)
        if value is None:
            self.add(("query", name), "Input should be a valid datetime", "datetime_parsing")
        return value

    def number(self, name: str) -> float | None:
        raw = self.params.get(name)
        if raw is None:
            return None
        if not NUMBER_PATTERN.fullmatch(raw):
            self.add(
                ("query", name), "Input should be a valid number, unable to parse string as a number", "float_parsing"
            )
            return None
        value = float(raw)
        self.bounded(("query", name), value, 0, 1)
        return value

    def integer(self, name: str, default: int, minimum: int, maximum: int | None = None) -> int:
        raw = self.params.get(name)
        if raw is None:
            return default
        if not INTEGER_PATTERN.fullmatch(raw):
            msg = "Input should be a valid integer, unable to parse string as an integer"
            self.add(("query", name), msg, "int_parsing")
            return default
        value = int(raw)
        self.bounded(("query", name), value, minimum, maximum)
        return value

    def terms(self, name: str) -> tuple[str, ...]:
        # The vendor takes one comma-separated string; repeated parameters are not merged.
        return Filters.terms(self.params.get(name, "").split(","))

    def filters(self) -> Filters:
        return Filters(
            start_date=self.datetime("start_date"),
            end_date=self.datetime("end_date"),
            min_confidence=self.number("min_confidence"),
            max_confidence=self.number("max_confidence"),
            search=self.terms("search"),
            source_types=self.terms("source_types"),
        )


class _Body(_Errors):
    """The JSON body of `create_export`, checked field by field like a pydantic model (unknown keys ignored)."""

    def __init__(self, body: dict[str, Any]) -> None:
        super().__init__()
        self.body = body

    def _get(self, name: str) -> Any:
        return self.body.get(name)  # null is the same as absent, as with Optional fields

    def choice(self, name: str, allowed: Sequence[str], required: bool) -> str | None:
        value = self._get(name)
        if value is None:
            if required:
                self.add(("body", name), "Field required", "missing")
            return None
        if value not in allowed:
            quoted = [f"'{a}'" for a in allowed]
            listed = quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]
            self.add(("body", name), f"Input should be {listed}", "enum")
            return None
        return str(value)

    def datetime(self, name: str) -> datetime | None:
        value = self._get(name)
        if value is None:
            return None
        parsed = parse_datetime(value) if isinstance(value, str) else None
        if parsed is None:
            self.add(("body", name), "Input should be a valid datetime", "datetime_parsing")
        return parsed

    def number(self, name: str) -> float | None:
        value = self._get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.add(("body", name), "Input should be a valid number", "float_type")
            return None
        self.bounded(("body", name), value, 0, 1)
        return float(value)

    def boolean(self, name: str, default: bool) -> bool:
        value = self._get(name)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.add(("body", name), "Input should be a valid boolean", "bool_type")
            return default
        return value

    def strings(self, name: str, allowed: Sequence[str] | None = None) -> tuple[str, ...]:
        value = self._get(name)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.add(("body", name), "Input should be a valid list", "list_type")
            return ()
        good: list[str] = []
        for i, item in enumerate(value):
            if not isinstance(item, str):
                self.add(("body", name, i), "Input should be a valid string", "string_type")
            elif allowed is not None and item not in allowed:
                self.add(
                    ("body", name, i), f"Unknown field '{item}'; known fields: {', '.join(allowed)}", "value_error"
                )
            else:
                good.append(item)
        return tuple(good)

    def limit(self) -> int | None:
        value = self._get("limit")
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
            self.add(("body", "limit"), "Input should be a valid integer", "int_type")
            return None
        # Only the minimum is checked here: above MAX_EXPORT_RECORDS the job fails later.
        self.bounded(("body", "limit"), int(value), 1, None)
        return int(value)

    def params(self) -> ExportParams | None:
        self.choice("data_type", ("descriptions",), required=True)
        fmt = self.choice("format", ("csv", "json", "jsonl"), required=True)
        filters = Filters(
            start_date=self.datetime("start_date"),
            end_date=self.datetime("end_date"),
            min_confidence=self.number("min_confidence"),
            max_confidence=self.number("max_confidence"),
            search=Filters.terms(self.strings("search_terms")),
            source_types=Filters.terms(self.strings("source_types")),
        )
        params = ExportParams(
            format=fmt or "",
            filters=filters,
            include_metadata=self.boolean("include_metadata", True),
            include_failed=self.boolean("include_failed", False),
            fields=self.strings("fields", FIELDS),
            limit=self.limit(),
        )
        return None if self.errors or fmt is None else params


async def _json_body(request: Request) -> dict[str, Any] | JSONResponse:
    """The body as a JSON object, or the 422 FastAPI answers when it is not one."""
    raw = await request.body()
    try:
        body = json.loads(raw)
    except ValueError as exc:
        position = exc.pos if isinstance(exc, json.JSONDecodeError) else 0
        return JSONResponse({"detail": [_error(("body", position), "JSON decode error", "json_invalid")]}, 422)
    if not isinstance(body, dict):
        msg = "Input should be a valid dictionary or object to extract fields from"
        return JSONResponse({"detail": [_error(("body",), msg, "model_attributes_type")]}, 422)
    return body


# --- the API app ------------------------------------------------------------------

Endpoint = Callable[[Request], Awaitable[Response]]


@dataclass(frozen=True)
class Answers:
    """The profile's answers where the page is silent, read once when the app is made
    (`app.state.answers`)."""

    create_status: int
    estimate: str
    page_clamp: int | None
    challenge: bool
    extras: random.Random | None

    @classmethod
    def of(cls, profile: Profile) -> Answers:
        create_status, estimate, page_clamp, challenge = (profile.choose(n, o) for n, o in SWITCHES.items())
        return cls(create_status, estimate, page_clamp, challenge, extras=profile.rng(RECORDS))

    def served_limit(self, limit: int) -> int:
        return limit if self.page_clamp is None else min(limit, self.page_clamp)

    def body(self, record: dict[str, Any]) -> dict[str, Any]:
        """`record`, with an undocumented field when this server adds them."""
        return with_extras(record, random.Random(self.extras.random()) if self.extras else None)


def _authenticated(api_key: str, answers: Answers, endpoint: Endpoint) -> Endpoint:
    expected = api_key.encode()
    # FastAPI's bearer scheme names itself; the page documents no 401, so a server may not.
    challenge = {"WWW-Authenticate": "Bearer"} if answers.challenge else None

    @functools.wraps(endpoint)
    async def wrapper(request: Request) -> Response:
        header = request.headers.get("authorization")
        if not header:
            return JSONResponse({"detail": "Not authenticated"}, status_code=401, headers=challenge)
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            detail = "Invalid authentication credentials"
            return JSONResponse({"detail": detail}, status_code=401, headers=challenge)
        if not hmac.compare_digest(token.strip().encode("latin-1", "replace"), expected):
            return JSONResponse({"detail": "Invalid API key"}, status_code=401, headers=challenge)
        return await endpoint(request)

    return wrapper


def _page_body(
    history: History, entries: Sequence[Entry], filters: Filters, offset: int, limit: int, answers: Answers
) -> bytes:
    page = entries[offset : offset + answers.served_limit(limit)]
    items = ",".join(history.serialised(e) for e in page)
    rest = {
        "total_count": len(entries),
        "limit": limit,
        "offset": offset,
        "has_more": offset + len(page) < len(entries),
        "statistics": statistics(entries),
        "filters_applied": filters.applied(),
    }
    return f'{{"items":[{items}],{_dumps(answers.body(rest))[1:]}'.encode()


def _routes(history: History, exports: ExportStore, answers: Answers) -> list[tuple[str, str, Endpoint]]:
    async def list_descriptions(request: Request) -> Response:
        query = _Query(request)
        filters = query.filters()
        offset = query.integer("offset", 0, 0)
        limit = query.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT)
        if query.errors:
            return query.response()
        entries = history.select(filters)
        body = _page_body(history, entries, filters, offset, limit, answers)
        return Response(body, media_type="application/json")

    async def create_export(request: Request) -> Response:
        body = await _json_body(request)
        if isinstance(body, JSONResponse):
            return body
        parsed = _Body(body)
        params = parsed.params()
        if params is None:
            return parsed.response()
        state = request.app.state
        fail, state.fail_next = bool(state.fail_next), False
        job = exports.create(params, repeat=int(state.export_repeat), fail=fail)
        view = answers.body(exports.view(job, state.storage_base_url))
        return JSONResponse(view, status_code=answers.create_status)

    async def get_export(request: Request) -> Response:
        raw = request.path_params["export_id"]
        if not UUID_PATTERN.fullmatch(raw):
            msg = "Input should be a valid UUID, invalid character or length"
            return JSONResponse({"detail": [_error(("path", "export_id"), msg, "uuid_parsing")]}, status_code=422)
        job = exports.jobs.get(uuid.UUID(raw))
        if job is None:
            return JSONResponse({"detail": "Export not found"}, status_code=404)
        return JSONResponse(answers.body(exports.view(job, request.app.state.storage_base_url)))

    return [
        ("GET", "/descriptions", list_descriptions),
        ("POST", "/export", create_export),
        ("GET", "/export/{export_id}", get_export),
    ]


def create_app(
    history: History | None = None,
    *,
    api_key: str = DEFAULT_API_KEY,
    clock: Callable[[], float] = time.monotonic,
    queue_seconds: float = 0.5,
    export_seconds: float = 2.0,
    url_ttl: float = URL_TTL,
    storage_url: str = DEFAULT_STORAGE_URL,
    export_repeat: int = 1,
    validator_violations: list[str] | None = None,
    spec_path: str | Path | None = None,
    profile: Profile = CANONICAL,
) -> Starlette:
    """The Scopix Data API over `history` (default: `build_history()`).

    Exports are `pending` for `queue_seconds`, `processing` for `export_seconds`, then
    `completed` (or `failed`), measured on `clock`; under a `profile` they may run at
    once or much slower (`kit.job_timing`), and the other answers the page leaves open
    follow `SWITCHES` (`app.state.answers`). Their download URLs point at
    `app.state.storage_base_url` (`storage_url`; set it once the storage app
    `create_storage_app(app.state.exports)` is serving) and stay valid `url_ttl`
    seconds of `clock`.

    State for tests: `exports` (the ExportStore), `history`, `fail_next`,
    `export_repeat`, `storage_base_url`, `requests` (method, path),
    `request_log` (with query, headers, body and status), `faults` (`kit.Faults`). With
    `validator_violations`, every exchange
    is checked against the spec (`spec_path`, default `specs/scopix.yaml`) and
    violations are appended there.
    """
    history = history if history is not None else build_history()
    answers = Answers.of(profile)
    queue_seconds, export_seconds = job_timing(profile, "scopix.export", queue_seconds, export_seconds)
    exports = ExportStore(
        history,
        clock=clock,
        queue_seconds=queue_seconds,
        export_seconds=export_seconds,
        url_ttl=url_ttl,
        credentials=(api_key,),
        estimate=answers.estimate,
    )
    middleware = []
    if validator_violations is not None:
        middleware.append(validation_middleware(spec_path or SPEC_PATH, validator_violations, profile))
    app = recorded_app(
        [
            Route(API_PREFIX + path, _authenticated(api_key, answers, endpoint), methods=[method])
            for method, path, endpoint in _routes(history, exports, answers)
        ],
        middleware,
    )
    app.state.answers = answers
    app.state.profile = profile
    app.state.history = history
    app.state.exports = exports
    app.state.api_key = api_key
    app.state.storage_base_url = storage_url
    app.state.fail_next = False
    app.state.export_repeat = export_repeat
    app.state.violations = validator_violations
    return app


# --- the storage app --------------------------------------------------------------


def _carries_credentials(request: Request, credentials: Sequence[str]) -> bool:
    if "authorization" in request.headers or "x-api-key" in request.headers:
        return True
    seen = [v for _, v in request.headers.items()] + [request.url.query]
    return any(secret and secret in value for secret in credentials for value in seen)


def _streamed(file: ExportFile, start: int, end: int) -> AsyncIterator[bytes]:
    async def chunks() -> AsyncIterator[bytes]:
        for chunk in file.read(start, end):
            yield chunk

    return chunks()


def create_storage_app(exports: ExportStore) -> Starlette:
    """The storage host serving export files at the URLs `exports` presigns.

    Like an object store: 400 (XML) when the request carries the API key or an
    Authorization header, 403 (XML) when the signature is wrong or the URL has
    expired, 404 for an unknown object; `Range: bytes=...` answered with 206 and
    Content-Range (416 when unsatisfiable), `If-Range` honoured, ETag and
    Content-Length always. `app.state.ignore_range = True` makes it send the whole
    file whatever the request asks. Requests are logged in `app.state.requests` and
    `app.state.request_log`; `app.state.faults` injects statuses (`kit.Faults`).
    """

    async def download(request: Request) -> Response:
        if _carries_credentials(request, exports.credentials):
            msg = "Only one auth mechanism allowed; only the Signature query parameter or the Authorization header"
            return xml_error(400, "InvalidArgument", msg + " should be specified")
        path = request.url.path
        expires, signature = request.query_params.get("Expires"), request.query_params.get("Signature")
        if not expires or not signature or not NUMBER_PATTERN.fullmatch(expires):
            return xml_error(403, "AccessDenied", "Query-string authentication requires the Signature and Expires")
        problem = exports.check_signature(path, expires, signature)
        if problem == "SignatureDoesNotMatch":
            return xml_error(
                403, problem, "The request signature we calculated does not match the signature you provided"
            )
        if problem is not None:
            return xml_error(403, problem, "Request has expired")
        job = exports.job_for(request.path_params["name"])
        if job is None:
            return xml_error(404, "NoSuchKey", "The specified key does not exist.")
        return _file_response(request, job.file())

    def _file_response(request: Request, file: ExportFile) -> Response:
        headers = {
            "ETag": file.etag,
            "Content-Disposition": f"attachment; filename=\"{file.filename}\"; filename*=UTF-8''{quote(file.filename)}",
        }
        wanted: tuple[int, int] | str = "ignore"
        if not app.state.ignore_range:
            headers["Accept-Ranges"] = "bytes"
            if_range = request.headers.get("if-range")
            if if_range is None or if_range == file.etag:
                wanted = byte_range(request.headers.get("range"), file.size)
        if wanted == "unsatisfiable":
            refusal = xml_error(416, "InvalidRange", "The requested range is not satisfiable")
            refusal.headers["Content-Range"] = f"bytes */{file.size}"
            return refusal
        start, end, status = (wanted[0], wanted[1] + 1, 206) if isinstance(wanted, tuple) else (0, file.size, 200)
        if status == 206:
            headers["Content-Range"] = f"bytes {start}-{end - 1}/{file.size}"
        headers["Content-Length"] = str(end - start)
        if request.method == "HEAD":
            return Response(b"", status_code=status, headers=headers, media_type=file.media_type)
        body = _streamed(file, start, end)
        return StreamingResponse(body, status_code=status, headers=headers, media_type=file.media_type)

    app = recorded_app([Route("/exports/{name}", download, methods=["GET", "HEAD"])])
    app.state.exports = exports
    app.state.ignore_range = False
    return app


def main(argv: Sequence[str] | None = None) -> None:
    """Serve the API on 127.0.0.1 (and the storage host on a free port) for manual use."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--api-key", default=DEFAULT_API_KEY)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--size", type=int, default=5000)
    parser.add_argument("--export-seconds", type=float, default=2.0)
    parser.add_argument("--repeat", type=int, default=1, help="write every exported record this many times")
    args = parser.parse_args(argv)
    app = create_app(
        build_history(args.seed, args.size),
        api_key=args.api_key,
        export_seconds=args.export_seconds,
        export_repeat=args.repeat,
    )
    storage = start(create_storage_app(app.state.exports))
    app.state.storage_base_url = storage.base_url
    print(f"storage host: {storage.base_url}")
    try:
        uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="info")
    finally:
        storage.stop()


if __name__ == "__main__":
    main()
