"""Stateful local simulators of five computer-vision data APIs, served over real HTTP.

    vision-sim citylens                 # a simulator on 127.0.0.1 until Ctrl-C
    sim = vision_api_sims.start("scopix")   # the same, in-process; sim.stop() when done

In pytest, the fixtures `citylens_sim`, `scopix_sim`, `analytiks_sim`, `pictograph_sim`
and `hasty_sim` come from this distribution's plugin.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vision_api_sims.handle import Sim
    from vision_api_sims.kit import Profile
    from vision_api_sims.launch import VENDORS, Options, start
    from vision_api_sims.vendors import DEFAULT_PORTS

__all__ = ["DEFAULT_PORTS", "VENDORS", "Options", "Profile", "Sim", "start"]

# Imported on first use: the pytest plugin imports this package at every pytest start,
# and most runs start no simulator.
_HOMES = {
    "DEFAULT_PORTS": "vision_api_sims.vendors",
    "VENDORS": "vision_api_sims.launch",
    "Options": "vision_api_sims.launch",
    "start": "vision_api_sims.launch",
    "Profile": "vision_api_sims.kit",
    "Sim": "vision_api_sims.handle",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'vision_api_sims' has no attribute {name!r}")
    return getattr(importlib.import_module(home), name)
