"""The Acme helpers, written once: generation writes their sync form, `helpers.py`.

Its one list needs nothing of ours: the spec's `x-walk` makes `iter_widgets`."""

from __future__ import annotations

from . import _aio_spec
from ._aio_spec import *  # noqa: F403 - the spec's helpers, listed in its __all__
from ._client import connect

__all__ = ["connect"]
__all__ += _aio_spec.__all__
