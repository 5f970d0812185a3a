"""Typed client for the (made-up) Acme Widgets API."""

from ._client import connect
from ._runtime.errors import *  # noqa: F403 - the one error hierarchy, listed in its __all__
from ._runtime.errors import __all__ as _errors
from .client import Client
from .helpers import iter_widgets

__all__ = [*_errors, "Client", "connect", "iter_widgets"]
