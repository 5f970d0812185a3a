"""Serve the Hasty simulator with IMAGES images until killed; prints a JSON line with
the base URL, the key and the image project's ID.

    python serve_hasty.py IMAGES
"""

from __future__ import annotations

import json
import sys
import time

from vision_api_sims import hasty as sim

KEY = "hasty-key-owner"


def main() -> None:
    app = sim.create_app(image_count=int(sys.argv[1]), export_init_seconds=0.0, export_seconds=0.0)
    project = max(app.state.world.projects.values(), key=lambda p: len(p.images))
    with sim.serve_with_storage(app) as (api, _storage):
        print(json.dumps({"base": api.base_url, "key": KEY, "project": project.record["id"]}), flush=True)
        while True:
            time.sleep(3600)


if __name__ == "__main__":
    main()
