"""Arguments checked before any request, with errors that say what to send instead."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from citylens_client import ParameterError
from citylens_client._runtime.validate import naive_datetime


def test_an_aware_datetime_is_refused_naming_the_format_to_send() -> None:
    with pytest.raises(ParameterError) as caught:
        naive_datetime("from_dt", datetime(2025, 11, 1, 8, 30, tzinfo=UTC))
    assert caught.value.parameter == "from_dt"
    assert "YYYY-MM-DDTHH:MM:SS" in str(caught.value)
    assert "'2025-11-01T08:30:00'" in str(caught.value)


def test_a_naive_datetime_and_its_string_form_are_sent_alike() -> None:
    assert naive_datetime("to_dt", datetime(2025, 11, 1, 8, 30)) == naive_datetime("to_dt", "2025-11-01T08:30:00")
