"""The CityLens helpers: `citylens_client.helpers` has them sync, `citylens_client.aio`
async, with the same names and behaviour. The walks (`iter_detected_objects`,
`iter_frames`) are the spec's (`x-walk`), written at generation."""

# The one source of both forms: generation writes helpers.py from this file.

from __future__ import annotations

import os
from pathlib import Path
from typing import Unpack

from . import _aio_spec, _common
from ._aio_spec import *  # noqa: F403 - the spec's helpers, listed in its __all__
from ._client import connect
from ._runtime.download import adownload
from ._runtime.files import FileOptions, file_options
from ._runtime.flags import PartialResultsWarning
from .client import Client

__all__ = ["PartialResultsWarning", "connect", "download_frame"]
__all__ += _aio_spec.__all__  # iter_detected_objects, iter_frames, AsyncDetectionWalk


async def download_frame(
    client: Client,
    frame_id: int,
    dest: str | os.PathLike[str],
    *,
    with_detections: bool = False,
    **file: Unpack[FileOptions],
) -> Path:
    """Save a frame's JPEG (with the detected objects drawn when `with_detections`) to
    `dest` and return the path. The file appears only once complete and verified (size
    against Content-Length, JPEG signature); a failure leaves nothing at `dest`. `file`:
    the options of every file written (`FileOptions`)."""
    return await adownload(
        client.get_async_httpx_client(),
        _common.frame_url(frame_id, with_detections),
        dest,
        verify=_common.verify_jpeg,
        **file_options(file),
    )
