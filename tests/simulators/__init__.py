"""The simulators' own tests. The simulators are the `vision-api-sims` distribution
(`sims/`, imported as `vision_api_sims`).

`tests.simulators.<module>` stays an alias of `vision_api_sims.<module>`, so that code
written before the move (other branches, `python -m tests.simulators.citylens`) keeps
working; new code imports `vision_api_sims`.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys

import vision_api_sims

for _info in pkgutil.walk_packages(vision_api_sims.__path__, "vision_api_sims."):
    if _info.name.rsplit(".", 1)[-1] in ("__main__", "pytest_plugin", "cli"):
        continue
    _module = importlib.import_module(_info.name)
    _alias = "tests.simulators." + _info.name.removeprefix("vision_api_sims.")
    sys.modules.setdefault(_alias, _module)
    if "." not in _info.name.removeprefix("vision_api_sims."):
        globals()[_info.name.rsplit(".", 1)[-1]] = _module
