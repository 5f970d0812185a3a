"""Stateful local simulators of five computer-vision data APIs, served over real HTTP.

    vision-sim citylens                 # a simulator on 127.0.0.1 until Ctrl-C
    sim = vision_api_sims.start("scopix")   # the same, in-process; sim.stop() when done

In pytest, the fixtures `citylens_sim`, `scopix_sim`, `analytiks_sim`, `pictograph_sim`
and `hasty_sim` come from this distribution's plugin.
"""

from vision_api_sims.handle import Sim
from vision_api_sims.kit import Profile
from vision_api_sims.launch import DEFAULT_PORTS, VENDORS, Options, start

__all__ = ["DEFAULT_PORTS", "VENDORS", "Options", "Profile", "Sim", "start"]
