"""Jobs as data (`_runtime/jobs.py`): how a spec's `x-wait` entry reads a job's status,
liberally: undocumented keys, any case, odd values."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from hasty_client import JobFailedError, UnexpectedResponseError
from hasty_client._runtime.jobs import StatusOperation
from hasty_client._runtime.lenient import field
from hasty_client._runtime.polling import PollPolicy, poll
from hasty_client.api.exports import get_export
from hasty_client.models import Job
from scopix_client.models import Export
from tests.conftest import FakeClock

EXPORT: StatusOperation[Job] = StatusOperation(
    get_export, done=("DONE",), failed=("FAILED",), reason="meta.error", url="meta.url", size="meta.size"
)
JOB_ID = "497f6eca-6276-4993-bfeb-53cbbbba6f08"


def _job(status: str, **meta: Any) -> Job:
    return Job.from_dict({"id": JOB_ID, "status": status, "meta": meta})


def test_a_field_the_spec_does_not_document_is_read_from_the_kept_keys() -> None:
    job = _job("FAILED", error="disk full", url="https://files.example/x.zip")
    assert field(job, "meta.error") == "disk full"  # not in the spec: kept in additional_properties
    assert field(job, "meta.url") == "https://files.example/x.zip"
    assert field(job, "meta.nothing") is None
    assert field(job, "status.nothing.deeper") is None


def test_a_failed_job_says_why_and_a_status_in_another_case_still_ends_the_wait(clock: FakeClock) -> None:
    answers = iter([_job("INIT"), _job("failed", error="disk full")])
    with pytest.raises(JobFailedError, match="disk full"):
        poll(lambda: next(answers), EXPORT.job(JOB_ID, clock), clock=clock)
    answers = iter([_job("INIT"), _job("done")])
    assert str(poll(lambda: next(answers), EXPORT.job(JOB_ID, clock), clock=clock).status) == "done"


def test_a_failed_job_that_gives_no_reason_still_fails_with_a_message(clock: FakeClock) -> None:
    with pytest.raises(JobFailedError, match="no reason given"):
        poll(lambda: _job("FAILED"), EXPORT.job(JOB_ID, clock), clock=clock)


def test_a_server_estimate_brings_the_next_look_forward(clock: FakeClock) -> None:
    scopix = StatusOperation[Export](get_export, done=("completed",), hint="estimated_completion_time")
    soon = clock.now() + timedelta(seconds=3)
    body = {
        "export_id": JOB_ID,
        "status": "processing",
        "download_url": None,
        "record_count": None,
        "format": "csv",
        "created_at": clock.now().isoformat(),
        "estimated_completion_time": soon.isoformat(),
        "error_message": None,
    }
    answers = iter([Export.from_dict(body), Export.from_dict(body | {"status": "COMPLETED"})])
    poll(lambda: next(answers), scopix.job(JOB_ID, clock), policy=PollPolicy(interval=10), clock=clock)
    assert clock.sleeps == [3.0]


def test_a_progress_fraction_is_shown_beside_the_status(clock: FakeClock) -> None:
    labeling = StatusOperation[Any](get_export, done=("DONE",), progress="progress")
    seen: list[str] = []

    class Answer:
        status, progress = "RUNNING", 0.25

    spec = labeling.job(JOB_ID, clock)
    seen.append(spec.describe(Answer()))
    Answer.progress = "a quarter"  # type: ignore[assignment]  # an odd value is not shown, not an error
    seen.append(spec.describe(Answer()))
    assert seen == ["RUNNING 25%", "RUNNING"]


def test_a_finished_job_without_its_url_is_an_error_naming_the_operation_and_field() -> None:
    with pytest.raises(UnexpectedResponseError, match=r"get_export: meta\.url missing \(DONE\)"):
        EXPORT.file(_job("DONE"))
    assert EXPORT.file(_job("DONE", url="https://f/x.zip", size=10)) == ("https://f/x.zip", 10)
    assert EXPORT.file(_job("DONE", url="https://f/x.zip", size="ten")) == ("https://f/x.zip", None)
