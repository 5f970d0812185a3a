"""What every package exports besides its own helpers: the one error hierarchy and the
types of the options every `connect()` and walk takes."""

from .errors import *  # noqa: F403 - listed in its __all__
from .errors import __all__ as _errors
from .http import ConnectKwargs
from .progress import TerminalProgress
from .retry import RetryPolicy
from .walks import WalkOptions

__all__ = [*_errors, "ConnectKwargs", "RetryPolicy", "TerminalProgress", "WalkOptions"]
