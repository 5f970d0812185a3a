"""Handlers: uploads and images."""

from __future__ import annotations

import io
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from PIL import Image

from vision_api_sims.hasty._base import ApiError, Json, status_id_of
from vision_api_sims.hasty._registry import _handles, _or
from vision_api_sims.hasty.buckets import _bucket_files
from vision_api_sims.hasty.state import _Ctx, _find, _image_view, _whole
from vision_api_sims.hasty.world import Project, _drawn_jpeg, _image_record

# uploads and images


@_handles("get_upload_urls")
def _get_upload_urls(ctx: _Ctx) -> Json:
    project = ctx.project()
    if ctx.storage_base_url is None:
        raise RuntimeError("storage_base_url is not set: start the storage app and set app.state.storage_base_url")
    items = []
    for _ in range(ctx.query["count"]):
        upload = ctx.state.storage.open_project_upload(ctx.state.new_id(), project.id)
        url, _expiry = ctx.state.storage.sign(ctx.storage_base_url, upload.key, ctx.state.timing.upload_url_ttl, "PUT")
        items.append({"id": upload.id, "url": url})
    return _whole(items, "upload")


def _take_upload(ctx: _Ctx, project: Project, upload_id: str) -> bytes:
    """The bytes PUT to an upload slot of this project; a slot serves one image or video."""
    upload = ctx.state.storage.project_uploads.get(upload_id)
    if upload is None or upload.project_id != project.id:
        raise ApiError(400, f"upload_id: no upload {upload_id} in this project")
    if upload.used:
        raise ApiError(400, f"upload_id: upload {upload_id} was already used")
    if upload.data is None:
        raise ApiError(400, f"upload_id: nothing was uploaded to {upload_id}; PUT the file to its signed URL first")
    upload.used = True
    return upload.data


def _probe(data: bytes) -> tuple[int, int, str, str]:
    try:
        with Image.open(io.BytesIO(data)) as image:
            return image.width, image.height, str(image.format), image.mode
    except Exception:  # PIL raises many types for non-images
        raise ApiError(400, "the uploaded file is not an image Hasty can read") from None


def _name_taken(project: Project, dataset_id: str, name: str, exclude: str | None = None) -> dict[str, Any] | None:
    return next(
        (
            i
            for i in project.images.values()
            if i["dataset_id"] == dataset_id and i["name"] == name and i["id"] != exclude
        ),
        None,
    )


def _dataset_of(project: Project, dataset_id: str) -> dict[str, Any]:
    found = project.datasets.get(dataset_id)
    if found is None:
        raise ApiError(400, f"dataset_id: no dataset {dataset_id} in this project")
    return found


def _store_file(ctx: _Ctx, project: Project, image: dict[str, Any], data: bytes, name: str) -> None:
    width, height, file_format, mode = _probe(data)
    project.files[image["id"]] = data
    image.update(name=name, width=width, height=height, format=file_format, mode=mode)
    image.update(update_date=ctx.state.now(), updated_by=ctx.state.world.user_id)


def _source_bytes(ctx: _Ctx, project: Project, body: Mapping[str, Any]) -> bytes:
    """The file of a new image or video: from an upload (the page's form), or fetched from a
    URL or a connected bucket (the forms the vendor's own client sends). The simulator fetches
    nothing: a URL's or bucket object's content is drawn from its name."""
    if "upload_id" in body:
        return _take_upload(ctx, project, body["upload_id"])
    if "bucket_id" in body:
        workspace = ctx.state.workspace(project.record["workspace_id"])
        if body["bucket_id"] not in workspace.buckets:
            raise ApiError(400, f"bucket_id: no bucket {body['bucket_id']} in this workspace")
        if body["url"] not in _bucket_files(body["bucket_id"]):
            raise ApiError(400, f"url: no object {body['url']!r} in bucket {body['bucket_id']}")
        return _drawn_jpeg(f"{body['bucket_id']}/{body['url']}", ())
    if "url" in body:
        if not str(body["url"]).startswith(("http://", "https://")):
            raise ApiError(400, f"url: not an http(s) URL: {body['url']!r}")
        return _drawn_jpeg(body["url"], ())
    raise ApiError(400, "upload_id: field required (or url, or url and bucket_id)")


@_handles("create_image")
def _create_image(ctx: _Ctx) -> Json:
    project, body = ctx.project(), ctx.body
    dataset = _dataset_of(project, body["dataset_id"])
    existing = _name_taken(project, dataset["id"], body["filename"])
    if existing is not None and not ctx.query.get("replace"):
        raise ApiError(400, f"filename: {body['filename']!r} already exists in dataset {dataset['name']!r}")
    data = _source_bytes(ctx, project, body)
    image = existing
    if image is None:
        now, user = ctx.state.now(), ctx.state.world.user_id
        image = _image_record(ctx.state.new_id(), dataset, body["filename"], "NEW", now, user, 0, 0)
    _store_file(ctx, project, image, data, body["filename"])
    if "external_id" in body:
        image["external_id"] = body["external_id"]
    project.images[image["id"]] = image
    return _image_view(ctx, project, image)


def _image(ctx: _Ctx, project: Project) -> dict[str, Any]:
    return _find(project.images, ctx.path["image_id"], "Image")


@_handles("get_image")
def _get_image(ctx: _Ctx) -> Json:
    project = ctx.project()
    return _image_view(ctx, project, _image(ctx, project))


@_handles("replace_image")
def _replace_image(ctx: _Ctx) -> Json:
    project = ctx.project()
    image = _image(ctx, project)
    if _name_taken(project, image["dataset_id"], ctx.body["filename"], exclude=image["id"]):
        raise ApiError(400, f"filename: {ctx.body['filename']!r} already exists in the dataset")
    _store_file(ctx, project, image, _take_upload(ctx, project, ctx.body["upload_id"]), ctx.body["filename"])
    if "external_id" in ctx.body:
        image["external_id"] = ctx.body["external_id"]
    return _image_view(ctx, project, image)


def _move_and_rename(project: Project, item: dict[str, Any], body: Mapping[str, Any], *, images: bool) -> None:
    dataset_id = _or(body.get("dataset_id"), item["dataset_id"])
    name = _or(body.get("filename"), item["name"])
    dataset = _dataset_of(project, dataset_id)
    if images and _name_taken(project, dataset_id, name, exclude=item["id"]):
        raise ApiError(400, f"filename: {name!r} already exists in dataset {dataset['name']!r}")
    item.update(dataset_id=dataset_id, dataset_name=dataset["name"], name=name)


@_handles("update_image")
def _update_image(ctx: _Ctx) -> Json:
    project = ctx.project()
    image = _image(ctx, project)
    _move_and_rename(project, image, ctx.body, images=True)
    image["update_date"] = ctx.state.now()
    return _image_view(ctx, project, image)


@_handles("set_image_status")
def _set_image_status(ctx: _Ctx) -> Json:
    project = ctx.project()
    image = _image(ctx, project)
    status = ctx.body["status"]
    image.update(status=status, status_id=status_id_of(status), update_date=ctx.state.now())
    return {"status_id": image["status_id"]}


def _forget_image(project: Project, image_id: str) -> None:
    for label in project.labels_of(image_id):
        del project.labels[label["id"]]
        project.label_values.pop(label["id"], None)
    project.image_tags.pop(image_id, None)
    project.files.pop(image_id, None)
    del project.images[image_id]


@_handles("delete_image")
def _delete_image(ctx: _Ctx) -> Json:
    project = ctx.project()
    _forget_image(project, _image(ctx, project)["id"])


def _unix(moment: str) -> float:
    return datetime.strptime(moment, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).timestamp()


_IMAGE_FILTERS = (
    "dataset_id",
    "image_status",
    "status_id",
    "tag_class_id",
    "image_name",
    "created_since",
    "updated_since",
    "has_missing_tags",
)


def _created_since(ctx: _Ctx) -> float | None:
    """The upload time `created_since` means, as this server reads the integer."""
    given = ctx.query.get("created_since")
    if given is None:
        return None
    reading = ctx.state.created_since
    if reading == "unix_ms":
        return float(given) / 1000
    if reading == "seconds_ago":
        return ctx.state.wall_clock().timestamp() - float(given)
    return float(given)


def _filter_images(
    project: Project, query: Mapping[str, Any], created_since: float | None = None
) -> list[dict[str, Any]]:
    """Images matching the list filters the simulator implements (the error finder, queue,
    batch, ALDI and missing-attribute filters are accepted and ignored)."""
    datasets, statuses = set(query.get("dataset_id", ())), set(query.get("image_status", ()))
    status_ids, tags = set(query.get("status_id", ())), set(query.get("tag_class_id", ()))
    name = str(query.get("image_name", "")).casefold()
    if not any(key in query for key in _IMAGE_FILTERS):
        return project.images.ordered()
    chosen = []
    for image in project.images.values():
        image_tags = {t["tag_class_id"] for t in project.image_tags.get(image["id"], {}).values()}
        checks = (
            not datasets or image["dataset_id"] in datasets,
            not statuses or image["status"] in statuses,
            not status_ids or image["status_id"] in status_ids,
            not tags or bool(image_tags & tags),
            name in image["name"].casefold(),
            created_since is None or _unix(image["uploaded_on"]) >= created_since,
            "updated_since" not in query or _unix(image["update_date"]) >= query["updated_since"],
            not query.get("has_missing_tags") or not image_tags,
        )
        if all(checks):
            chosen.append(image)
    return chosen


@_handles("list_images")
def _list_images(ctx: _Ctx) -> Json:
    project = ctx.project()
    page = ctx.page(_filter_images(project, ctx.query, _created_since(ctx)), "image")
    page["items"] = [_image_view(ctx, project, image) for image in page["items"]]
    return page


@_handles("get_image_offset")
def _get_image_offset(ctx: _Ctx) -> Json:
    project = ctx.project()
    image = _image(ctx, project)
    ids = [i["id"] for i in _filter_images(project, ctx.query, _created_since(ctx))]
    if image["id"] not in ids:
        raise ApiError(404, "Image not found among the images matching the filters")
    return {"offset": ids.index(image["id"])}
