"""Periods and lists split as a spec's `x-period` and `x-split` say (Analytiks' rules),
and the `connect()` written from its `oauth2` client-credentials scheme."""

from __future__ import annotations

import inspect
import itertools
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

import analytiks_client as ak
from analytiks_client._runtime.splits import Split, bodies, one, period, unique_items, wire_time
from analytiks_client._runtime.validate import check_int
from analytiks_client.models import ExportV3Request, LocationIdsExportRequest, ReferenceNumbersExportRequest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from split_rules import seconds

START = datetime(2023, 6, 1, tzinfo=UTC)


def test_the_rules_are_the_specs() -> None:
    split = Split.of(LocationIdsExportRequest)
    assert (split.start, split.end) == ("start_date", "end_date")
    assert (split.max_span, split.step) == (timedelta(days=5), timedelta(minutes=15))
    assert split.batched == {"locations": 50}
    assert Split.of(ReferenceNumbersExportRequest).batched == {"reference_numbers": 50}
    assert Split.of(ExportV3Request).batched == {}


def test_windows_cover_the_period_once_each_bucket() -> None:
    split = Split.of(LocationIdsExportRequest)
    end = START + timedelta(days=12)
    windows = split.windows(START, end)
    assert windows[0][0] == START and windows[-1][1] == end and len(windows) == 3
    for (_, last), (first, _) in itertools.pairwise(windows):
        assert first - last == split.step  # the end is included: the next window starts a step later
    assert all(last - first <= split.max_span for first, last in windows)
    assert split.windows(START, START) == [(START, START)]


def test_bodies_are_every_window_times_every_batch() -> None:
    ids = list(range(1, 121))
    week = START + timedelta(days=7)
    made = bodies(LocationIdsExportRequest, START, week, locations=ids, interval=ak.Interval.HOURLY)
    assert len(made) == 2 * 3
    assert [len(b.locations) for b in made[:3]] == [50, 50, 20]
    assert made[0].start_date == "2023-06-01T00:00:00.000Z" and made[0].end_date == "2023-06-05T23:45:00.000Z"
    assert made[3].start_date == "2023-06-06T00:00:00.000Z" and made[3].end_date == "2023-06-08T00:00:00.000Z"
    assert all(b.interval is ak.Interval.HOURLY for b in made)


def test_a_period_that_must_fit_one_request() -> None:
    body = one(ExportV3Request, START, START + timedelta(days=5), "split it", brand_id=7)
    assert (body.start_date, body.end_date) == ("2023-06-01T00:00:00.000Z", "2023-06-06T00:00:00.000Z")
    assert body.brand_id == 7
    with pytest.raises(ak.ParameterError, match=r"end.*at most 5 days; split it"):
        one(ExportV3Request, START, START + timedelta(days=5, minutes=15), "split it", brand_id=7)


def test_periods_are_local_or_utc_never_both() -> None:
    paris = timezone(timedelta(hours=2))
    assert period(datetime(2023, 6, 1, 2, tzinfo=paris), datetime(2023, 6, 1, 4, tzinfo=paris))[0] == START
    assert wire_time(datetime(2023, 6, 8, 9, 0, 0, 250_000)) == "2023-06-08T09:00:00.250"
    with pytest.raises(ak.ParameterError, match="end"):
        period(START, datetime(2023, 6, 2))
    with pytest.raises(ak.ParameterError, match="end"):
        period(START, START - timedelta(minutes=1))
    with pytest.raises(ak.ParameterTypeError, match="start"):
        period("2023-06-01", START)


def test_batched_lists_are_checked_and_repeats_left_out() -> None:
    def positive(name: str, value: object) -> int:
        return check_int(name, value, minimum=1)

    assert unique_items("locations", [3, 1, 3], positive, "location ids") == [3, 1]
    assert unique_items("locations", range(1, 4), positive, "location ids") == [1, 2, 3]
    assert unique_items("locations", (i for i in (2, 2)), positive, "location ids") == [2]
    bad: list[int] | str | None
    for bad in ([], "12", None):
        with pytest.raises(ak.ParameterError, match="locations"):
            unique_items("locations", bad, positive, "location ids")
    with pytest.raises(ak.ParameterError, match="locations"):
        unique_items("locations", [1, 0], positive, "location ids")


def test_durations_of_the_spec() -> None:
    assert seconds("P5D") == 5 * 86400 and seconds("PT15M") == 900 and seconds("P1DT1H1M1S") == 90061
    for bad in ("P", "PT", "5 days", "P1W", "P1DT"):
        with pytest.raises(SystemExit):
            seconds(bad)


def test_connect_is_written_from_the_client_credentials_scheme() -> None:
    parameters = inspect.signature(ak.connect).parameters
    assert list(parameters)[:2] == ["client_id", "client_secret"]
    defaults = {name: parameters[name].default for name in ("exports_url", "token_url", "audience")}
    assert defaults == {
        "exports_url": "https://exports.analytiks.ai",
        "token_url": "https://tokens.analytiks.ai",
        "audience": "https://gql.analytiks.ai",
    }
    with pytest.raises(ak.ParameterError, match="client_secret"):
        ak.connect("id", "")
    with pytest.raises(ak.ParameterError, match="token_url"):
        ak.connect("id", "secret", token_url="not a url")
