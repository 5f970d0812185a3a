from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.default_status import DefaultStatus
from ..types import NO_UNPARSED, UNSET, Unset, enum_member, parse_datetime, parse_strictly, parse_uuid, parsing_strictly

if TYPE_CHECKING:
    from ..models.exif import Exif

_lazy: dict[str, Any] = {}


T = TypeVar("T", bound="Image")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "dataset_id",
        "id",
        "name",
        "status",
        "dataset_name",
        "height",
        "format",
        "mode",
        "health_status",
        "status_id",
        "is_locked",
        "public_url",
        "thumbnail_url",
        "uploaded_on",
        "update_date",
        "updated_by",
        "url",
        "width",
        "external_id",
        "queue_ids",
        "exif",
    }
)

_JSON_NAMES: dict[str, str] = {
    "dataset_id": "dataset_id",
    "id": "id",
    "name": "name",
    "status": "status",
    "dataset_name": "dataset_name",
    "height": "height",
    "format_": "format",
    "mode": "mode",
    "health_status": "health_status",
    "status_id": "status_id",
    "is_locked": "is_locked",
    "public_url": "public_url",
    "thumbnail_url": "thumbnail_url",
    "uploaded_on": "uploaded_on",
    "update_date": "update_date",
    "updated_by": "updated_by",
    "url": "url",
    "width": "width",
    "external_id": "external_id",
    "queue_ids": "queue_ids",
    "exif": "exif",
}


@_attrs_define
class Image:
    """An image of a project.

    Attributes:
        dataset_id (UUID):
        id (UUID):
        name (str): File name in the dataset (unique in a dataset).
        status (DefaultStatus): Status of an image (or video): the page's `DefaultStatus`. Values contain spaces and
            hyphens.
        dataset_name (str | Unset):
        height (int | Unset): Height in pixels.
        format_ (str | Unset): Image file format.
        mode (str | Unset): Colour mode.
        health_status (str | Unset): Health of the stored media, `OK` on the page (the videos filter lists OK, ERROR,
            UNHEALTHY, PROCESSING). An open set.
        status_id (UUID | Unset): ID of the status (statuses may be customised per workspace).
        is_locked (bool | Unset):
        public_url (str | Unset):
        thumbnail_url (str | Unset):
        uploaded_on (datetime.datetime | Unset):
        update_date (datetime.datetime | Unset):
        updated_by (None | Unset | UUID):
        url (str | Unset):
        width (int | Unset): Width in pixels.
        external_id (None | str | Unset): External ID, used for mapping.
        queue_ids (list[UUID] | Unset):
        exif (Exif | None | Unset):
    """

    dataset_id: UUID
    id: UUID
    name: str
    status: DefaultStatus
    dataset_name: str | Unset = UNSET
    height: int | Unset = UNSET
    format_: str | Unset = UNSET
    mode: str | Unset = UNSET
    health_status: str | Unset = UNSET
    status_id: UUID | Unset = UNSET
    is_locked: bool | Unset = UNSET
    public_url: str | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    uploaded_on: datetime.datetime | Unset = UNSET
    update_date: datetime.datetime | Unset = UNSET
    updated_by: None | Unset | UUID = UNSET
    url: str | Unset = UNSET
    width: int | Unset = UNSET
    external_id: None | str | Unset = UNSET
    queue_ids: list[UUID] | Unset = UNSET
    exif: Exif | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.exif import Exif  # noqa: PLC0415

        if self.unparsed:
            return self._to_dict_keeping_raw()
        dataset_id = str(self.dataset_id)

        id = str(self.id)

        name = self.name

        status = self.status.value

        dataset_name = self.dataset_name

        height = self.height

        format_ = self.format_

        mode = self.mode

        health_status = self.health_status

        status_id: str | Unset = UNSET
        if not isinstance(self.status_id, Unset):
            status_id = str(self.status_id)

        is_locked = self.is_locked

        public_url = self.public_url

        thumbnail_url = self.thumbnail_url

        uploaded_on: str | Unset = UNSET
        if not isinstance(self.uploaded_on, Unset):
            uploaded_on = self.uploaded_on.isoformat().replace("+00:00", "Z")

        update_date: str | Unset = UNSET
        if not isinstance(self.update_date, Unset):
            update_date = self.update_date.isoformat().replace("+00:00", "Z")

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        elif isinstance(self.updated_by, UUID):
            updated_by = str(self.updated_by)
        else:
            updated_by = self.updated_by

        url = self.url

        width = self.width

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        queue_ids: list[str] | Unset = UNSET
        if not isinstance(self.queue_ids, Unset):
            queue_ids = []
            for queue_ids_item_data in self.queue_ids:
                queue_ids_item = str(queue_ids_item_data)
                queue_ids.append(queue_ids_item)

        exif: dict[str, Any] | None | Unset
        if isinstance(self.exif, Unset):
            exif = UNSET
        elif isinstance(self.exif, Exif):
            exif = self.exif.to_dict()
        else:
            exif = self.exif

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_id": dataset_id,
                "id": id,
                "name": name,
                "status": status,
            }
        )
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name
        if height is not UNSET:
            field_dict["height"] = height
        if format_ is not UNSET:
            field_dict["format"] = format_
        if mode is not UNSET:
            field_dict["mode"] = mode
        if health_status is not UNSET:
            field_dict["health_status"] = health_status
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if is_locked is not UNSET:
            field_dict["is_locked"] = is_locked
        if public_url is not UNSET:
            field_dict["public_url"] = public_url
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if uploaded_on is not UNSET:
            field_dict["uploaded_on"] = uploaded_on
        if update_date is not UNSET:
            field_dict["update_date"] = update_date
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if url is not UNSET:
            field_dict["url"] = url
        if width is not UNSET:
            field_dict["width"] = width
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if queue_ids is not UNSET:
            field_dict["queue_ids"] = queue_ids
        if exif is not UNSET:
            field_dict["exif"] = exif

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        from ..models.exif import Exif  # noqa: PLC0415

        if "dataset_id" not in self.unparsed:
            dataset_id = str(self.dataset_id)
        else:  # read leniently: written back as the server sent it
            dataset_id = self.unparsed["dataset_id"].raw

        if "id" not in self.unparsed:
            id = str(self.id)
        else:  # read leniently: written back as the server sent it
            id = self.unparsed["id"].raw

        if "name" not in self.unparsed:
            name = self.name
        else:  # read leniently: written back as the server sent it
            name = self.unparsed["name"].raw

        if "status" not in self.unparsed:
            status = self.status.value
        else:  # read leniently: written back as the server sent it
            status = self.unparsed["status"].raw

        if "dataset_name" not in self.unparsed:
            dataset_name = self.dataset_name
        else:  # read leniently: written back as the server sent it
            dataset_name = self.unparsed["dataset_name"].raw

        if "height" not in self.unparsed:
            height = self.height
        else:  # read leniently: written back as the server sent it
            height = self.unparsed["height"].raw

        if "format" not in self.unparsed:
            format_ = self.format_
        else:  # read leniently: written back as the server sent it
            format_ = self.unparsed["format"].raw

        if "mode" not in self.unparsed:
            mode = self.mode
        else:  # read leniently: written back as the server sent it
            mode = self.unparsed["mode"].raw

        if "health_status" not in self.unparsed:
            health_status = self.health_status
        else:  # read leniently: written back as the server sent it
            health_status = self.unparsed["health_status"].raw

        if "status_id" not in self.unparsed:
            status_id: str | Unset = UNSET
            if not isinstance(self.status_id, Unset):
                status_id = str(self.status_id)
        else:  # read leniently: written back as the server sent it
            status_id = self.unparsed["status_id"].raw

        if "is_locked" not in self.unparsed:
            is_locked = self.is_locked
        else:  # read leniently: written back as the server sent it
            is_locked = self.unparsed["is_locked"].raw

        if "public_url" not in self.unparsed:
            public_url = self.public_url
        else:  # read leniently: written back as the server sent it
            public_url = self.unparsed["public_url"].raw

        if "thumbnail_url" not in self.unparsed:
            thumbnail_url = self.thumbnail_url
        else:  # read leniently: written back as the server sent it
            thumbnail_url = self.unparsed["thumbnail_url"].raw

        if "uploaded_on" not in self.unparsed:
            uploaded_on: str | Unset = UNSET
            if not isinstance(self.uploaded_on, Unset):
                uploaded_on = self.uploaded_on.isoformat().replace("+00:00", "Z")
        else:  # read leniently: written back as the server sent it
            uploaded_on = self.unparsed["uploaded_on"].raw

        if "update_date" not in self.unparsed:
            update_date: str | Unset = UNSET
            if not isinstance(self.update_date, Unset):
                update_date = self.update_date.isoformat().replace("+00:00", "Z")
        else:  # read leniently: written back as the server sent it
            update_date = self.unparsed["update_date"].raw

        if "updated_by" not in self.unparsed:
            updated_by: None | str | Unset
            if isinstance(self.updated_by, Unset):
                updated_by = UNSET
            elif isinstance(self.updated_by, UUID):
                updated_by = str(self.updated_by)
            else:
                updated_by = self.updated_by
        else:  # read leniently: written back as the server sent it
            updated_by = self.unparsed["updated_by"].raw

        if "url" not in self.unparsed:
            url = self.url
        else:  # read leniently: written back as the server sent it
            url = self.unparsed["url"].raw

        if "width" not in self.unparsed:
            width = self.width
        else:  # read leniently: written back as the server sent it
            width = self.unparsed["width"].raw

        if "external_id" not in self.unparsed:
            external_id: None | str | Unset
            if isinstance(self.external_id, Unset):
                external_id = UNSET
            else:
                external_id = self.external_id
        else:  # read leniently: written back as the server sent it
            external_id = self.unparsed["external_id"].raw

        if "queue_ids" not in self.unparsed:
            queue_ids: list[str] | Unset = UNSET
            if not isinstance(self.queue_ids, Unset):
                queue_ids = []
                for queue_ids_item_data in self.queue_ids:
                    queue_ids_item = str(queue_ids_item_data)
                    queue_ids.append(queue_ids_item)

        else:  # read leniently: written back as the server sent it
            queue_ids = self.unparsed["queue_ids"].raw

        if "exif" not in self.unparsed:
            exif: dict[str, Any] | None | Unset
            if isinstance(self.exif, Unset):
                exif = UNSET
            elif isinstance(self.exif, Exif):
                exif = self.exif.to_dict()
            else:
                exif = self.exif
        else:  # read leniently: written back as the server sent it
            exif = self.unparsed["exif"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_id": dataset_id,
                "id": id,
                "name": name,
                "status": status,
            }
        )
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name
        if height is not UNSET:
            field_dict["height"] = height
        if format_ is not UNSET:
            field_dict["format"] = format_
        if mode is not UNSET:
            field_dict["mode"] = mode
        if health_status is not UNSET:
            field_dict["health_status"] = health_status
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if is_locked is not UNSET:
            field_dict["is_locked"] = is_locked
        if public_url is not UNSET:
            field_dict["public_url"] = public_url
        if thumbnail_url is not UNSET:
            field_dict["thumbnail_url"] = thumbnail_url
        if uploaded_on is not UNSET:
            field_dict["uploaded_on"] = uploaded_on
        if update_date is not UNSET:
            field_dict["update_date"] = update_date
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if url is not UNSET:
            field_dict["url"] = url
        if width is not UNSET:
            field_dict["width"] = width
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if queue_ids is not UNSET:
            field_dict["queue_ids"] = queue_ids
        if exif is not UNSET:
            field_dict["exif"] = exif

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:
            try:
                Exif = _lazy["Exif"]
            except KeyError:
                from ..models.exif import Exif  # noqa: PLC0415

                _lazy["Exif"] = Exif

        try:
            d = src_dict
            dataset_id = parse_uuid(d["dataset_id"])

            id = parse_uuid(d["id"])

            name = d["name"]

            status = enum_member(DefaultStatus, d["status"])

            dataset_name = d.get("dataset_name", UNSET)

            height = d.get("height", UNSET)

            format_ = d.get("format", UNSET)

            mode = d.get("mode", UNSET)

            health_status = d.get("health_status", UNSET)

            _status_id = d.get("status_id", UNSET)
            status_id: UUID | Unset
            if isinstance(_status_id, Unset):
                status_id = UNSET
            else:
                status_id = parse_uuid(_status_id)

            is_locked = d.get("is_locked", UNSET)

            public_url = d.get("public_url", UNSET)

            thumbnail_url = d.get("thumbnail_url", UNSET)

            _uploaded_on = d.get("uploaded_on", UNSET)
            uploaded_on: datetime.datetime | Unset
            if isinstance(_uploaded_on, Unset):
                uploaded_on = UNSET
            else:
                uploaded_on = parse_datetime(_uploaded_on)

            _update_date = d.get("update_date", UNSET)
            update_date: datetime.datetime | Unset
            if isinstance(_update_date, Unset):
                update_date = UNSET
            else:
                update_date = parse_datetime(_update_date)

            def _parse_updated_by(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    updated_by_type_0 = parse_uuid(data)

                    return updated_by_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            updated_by = _parse_updated_by(d.get("updated_by", UNSET))

            url = d.get("url", UNSET)

            width = d.get("width", UNSET)

            external_id = d.get("external_id", UNSET)

            _queue_ids = d.get("queue_ids", UNSET)
            queue_ids: list[UUID] | Unset = UNSET
            if _queue_ids is not UNSET:
                queue_ids = []
                for queue_ids_item_data in _queue_ids:
                    queue_ids_item = parse_uuid(queue_ids_item_data)

                    queue_ids.append(queue_ids_item)

            def _parse_exif(data: object) -> Exif | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    exif_type_0 = Exif._from_dict_strict(data)
                    return exif_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Exif | None | Unset, data)

            exif = _parse_exif(d.get("exif", UNSET))

            image = cls(
                dataset_id,
                id,
                name,
                status,
                dataset_name,
                height,
                format_,
                mode,
                health_status,
                status_id,
                is_locked,
                public_url,
                thumbnail_url,
                uploaded_on,
                update_date,
                updated_by,
                url,
                width,
                external_id,
                queue_ids,
                exif,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 4 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            image.additional_properties = extra
            return image

        except Exception:  # noqa: BLE001
            if parsing_strictly():
                raise
            return cls._from_dict_lenient(src_dict)

    @classmethod
    def from_json(cls: type[T], content: bytes) -> T:
        """`from_dict(loads_json(content))`, the same model, decoded in C when the body fits
        the schema exactly (see _runtime/fastdecode.py)."""
        from .._runtime.fastdecode import decode_model  # noqa: PLC0415 - msgspec loads on first use

        return decode_model(cls, content)

    @classmethod
    def _from_dict_strict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """`from_dict` that raises when the object does not fit (a union trying its shapes)."""
        return parse_strictly(cls.from_dict, src_dict)

    @classmethod
    def _from_dict_lenient(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """`from_dict` field by field: what cannot be read keeps its raw value (in `unparsed`)."""
        from .._runtime.lenient import not_an_object, unparsed_field  # noqa: PLC0415
        from ..models.exif import Exif  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise not_an_object("Image", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            dataset_id = parse_uuid(d["dataset_id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            dataset_id = unparsed_field(
                unparsed,
                "Image",
                "dataset_id",
                d.get("dataset_id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            id = parse_uuid(d["id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            id = unparsed_field(
                unparsed,
                "Image",
                "id",
                d.get("id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            name = d["name"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            name = unparsed_field(
                unparsed,
                "Image",
                "name",
                d.get("name"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            status = enum_member(DefaultStatus, d["status"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            status = unparsed_field(
                unparsed,
                "Image",
                "status",
                d.get("status"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            dataset_name = d.get("dataset_name", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            dataset_name = unparsed_field(
                unparsed,
                "Image",
                "dataset_name",
                d.get("dataset_name"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            height = d.get("height", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            height = unparsed_field(
                unparsed,
                "Image",
                "height",
                d.get("height"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            format_ = d.get("format", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            format_ = unparsed_field(
                unparsed,
                "Image",
                "format",
                d.get("format"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            mode = d.get("mode", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            mode = unparsed_field(
                unparsed,
                "Image",
                "mode",
                d.get("mode"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            health_status = d.get("health_status", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            health_status = unparsed_field(
                unparsed,
                "Image",
                "health_status",
                d.get("health_status"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _status_id = d.get("status_id", UNSET)
            status_id: UUID | Unset
            if isinstance(_status_id, Unset):
                status_id = UNSET
            else:
                status_id = parse_uuid(_status_id)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            status_id = unparsed_field(
                unparsed,
                "Image",
                "status_id",
                d.get("status_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            is_locked = d.get("is_locked", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            is_locked = unparsed_field(
                unparsed,
                "Image",
                "is_locked",
                d.get("is_locked"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            public_url = d.get("public_url", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            public_url = unparsed_field(
                unparsed,
                "Image",
                "public_url",
                d.get("public_url"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            thumbnail_url = d.get("thumbnail_url", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            thumbnail_url = unparsed_field(
                unparsed,
                "Image",
                "thumbnail_url",
                d.get("thumbnail_url"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _uploaded_on = d.get("uploaded_on", UNSET)
            uploaded_on: datetime.datetime | Unset
            if isinstance(_uploaded_on, Unset):
                uploaded_on = UNSET
            else:
                uploaded_on = parse_datetime(_uploaded_on)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            uploaded_on = unparsed_field(
                unparsed,
                "Image",
                "uploaded_on",
                d.get("uploaded_on"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _update_date = d.get("update_date", UNSET)
            update_date: datetime.datetime | Unset
            if isinstance(_update_date, Unset):
                update_date = UNSET
            else:
                update_date = parse_datetime(_update_date)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            update_date = unparsed_field(
                unparsed,
                "Image",
                "update_date",
                d.get("update_date"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_updated_by(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    updated_by_type_0 = parse_uuid(data)

                    return updated_by_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            updated_by = _parse_updated_by(d.get("updated_by", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            updated_by = unparsed_field(
                unparsed,
                "Image",
                "updated_by",
                d.get("updated_by"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            url = d.get("url", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            url = unparsed_field(
                unparsed,
                "Image",
                "url",
                d.get("url"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            width = d.get("width", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            width = unparsed_field(
                unparsed,
                "Image",
                "width",
                d.get("width"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            external_id = d.get("external_id", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            external_id = unparsed_field(
                unparsed,
                "Image",
                "external_id",
                d.get("external_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _queue_ids = d.get("queue_ids", UNSET)
            queue_ids: list[UUID] | Unset = UNSET
            if _queue_ids is not UNSET:
                queue_ids = []
                for queue_ids_item_data in _queue_ids:
                    queue_ids_item = parse_uuid(queue_ids_item_data)

                    queue_ids.append(queue_ids_item)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            queue_ids = unparsed_field(
                unparsed,
                "Image",
                "queue_ids",
                d.get("queue_ids"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        try:

            def _parse_exif(data: object) -> Exif | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    exif_type_0 = Exif._from_dict_strict(data)
                    return exif_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(Exif | None | Unset, data)

            exif = _parse_exif(d.get("exif", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            exif = unparsed_field(
                unparsed,
                "Image",
                "exif",
                d.get("exif"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        image = cls(
            dataset_id,
            id,
            name,
            status,
            dataset_name,
            height,
            format_,
            mode,
            health_status,
            status_id,
            is_locked,
            public_url,
            thumbnail_url,
            uploaded_on,
            update_date,
            updated_by,
            url,
            width,
            external_id,
            queue_ids,
            exif,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 4 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        image.additional_properties = extra
        image.unparsed = unparsed
        return image

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
