"""Simulator of the Hasty public API v1 (`specs/hasty.yaml`) and of its storage host.

`build_world` makes the data (workspaces, an image project with datasets, small JPEG
images, labels, classes, attributes, tags and a keypoint schema, and a video project
with segments); `create_app` serves the whole API over it, every operation of the spec
on a real in-memory model: `X-Api-Key` auth (a viewer key gets 403 on writes), errors
`{"code", "message"}`, `X-Request-ID` on every response, `{meta, items}` lists paged with
offset/limit. Query strings and bodies are checked against the spec itself, so a
malformed request gets the 400 the vendor documents.

Long-running work follows an injectable clock: export jobs go INIT -> RUNNING -> DONE
(or FAILED on demand) and then carry a signed `meta.url` to a real ZIP; automated
labeling jobs report growing `progress`. `create_storage_app` is the second host:
signed, expiring URLs for uploads (PUT) and downloads (GET, with Range), refusing
any request that carries the API key. `serve_with_storage` runs both.

Where the page is silent, `create_app(profile=...)` answers as one of the servers the page
allows (`vision_api_sims.kit.Profile`): statuses of creates and deletes, error bodies,
Retry-After, page clamps, optional and extra fields, job pace.

The package is split by resource: `world` (the data), `state` (server state and views),
`archives`, `storage` (the kit's signed storage with project upload slots), one module of
handlers per resource (`projects`, `datasets`, `images`, `labels`, `schema`, `jobs`,
`buckets`, `videos`), and `app` (auth, errors, dispatch).
"""

from __future__ import annotations

# Each handler module registers its handlers on import; the app serves every one of them.
from vision_api_sims.hasty import buckets, datasets, images, jobs, labels, projects, schema, videos  # noqa: F401
from vision_api_sims.hasty._base import (
    BUCKET,
    DEFAULT_KEYS,
    IMAGE_STATUSES,
    SPEC_PATH,
    ApiError,
    status_id_of,
)
from vision_api_sims.hasty.app import create_app, main
from vision_api_sims.hasty.archives import build_export_archive
from vision_api_sims.hasty.jobstate import ExportJob, LabelingJob
from vision_api_sims.hasty.state import HastyState
from vision_api_sims.hasty.storage import Storage, Upload, create_storage_app
from vision_api_sims.hasty.world import Project, Workspace, World, build_world, image_jpeg
from vision_api_sims.kit import RecordedRequest, serve_with_storage

__all__ = [
    "BUCKET",
    "DEFAULT_KEYS",
    "IMAGE_STATUSES",
    "SPEC_PATH",
    "ApiError",
    "ExportJob",
    "HastyState",
    "LabelingJob",
    "Project",
    "RecordedRequest",
    "Storage",
    "Upload",
    "Workspace",
    "World",
    "build_export_archive",
    "build_world",
    "create_app",
    "create_storage_app",
    "image_jpeg",
    "main",
    "serve_with_storage",
    "status_id_of",
]
