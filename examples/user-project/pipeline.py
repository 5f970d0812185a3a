"""A user's pipeline: count a day's road signs by label, and export the street scenes."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import citylens_client as cl
import scopix_client as sx
from scopix_client.models import ExportDataType, ExportFormat, ExportRequest


def signs_of_the_day(client: cl.AuthenticatedClient, day: datetime) -> Counter[str]:
    end = day + timedelta(days=1) - timedelta(seconds=1)
    return Counter(obj.name for obj in cl.iter_detected_objects(client, day, end, detector_name="signs"))


def street_scenes(client: sx.AuthenticatedClient, dest: Path) -> int:
    request = ExportRequest(data_type=ExportDataType.DESCRIPTIONS, format_=ExportFormat.JSONL, search_terms=["street"])
    result = sx.export(client, request, dest, poll_interval=0.2)
    return sum(1 for _ in sx.iter_export_records(result.path))
