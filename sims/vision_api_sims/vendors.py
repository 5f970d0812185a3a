"""The simulated vendors, by the name `vision-sim` and the fixtures use, and their default ports.

Kept apart from the simulators so that naming them (the pytest plugin does, at every
pytest start) costs no import of the web stack.
"""

from __future__ import annotations

__all__ = ["DEFAULT_PORTS", "NAMES"]

# Fixed defaults so several simulators run side by side and a printed URL stays true
# from one run to the next.
DEFAULT_PORTS = {"citylens": 8400, "scopix": 8410, "analytiks": 8420, "pictograph": 8430, "hasty": 8440}
NAMES = tuple(DEFAULT_PORTS)
