"""Typed decoding at the parse floor: a JSON body read in C straight into the models.

`from_dict` over `orjson.loads` costs about four times the decode alone on a page of
images, nearly all of it Python reading each field. Here msgspec (C) decodes the body
into *twins* of the generated models, `msgspec.Struct`s built once per model from its
annotations, checking every type, UUID, datetime and enum on the way; the attrs models
are then built positionally from the twins, by a constructor call compiled per model.
The public models are unchanged: only how they are filled differs.

The twins are deliberately strict, so that the fast path never has to be lenient: an
unknown key (`forbid_unknown_fields`), a null where none is documented, a value of
another type, a malformed UUID or datetime each make the decoder refuse the whole body,
which is then read exactly as before, `from_dict(loads_json(...))`, keeping unknown keys
in `additional_properties` and odd values in `unparsed`. A body the twins accept is one
`from_dict` reads without any of its lenient steps, so both paths give the same models
for the same JSON (tests/unit/test_fast_decode.py holds them to that).

What a twin cannot express exactly is left to `from_dict`: a model with no documented
fields (a free-form object: any key is expected there) is decoded as a plain object and
built by its own `from_dict`, as its parent's `from_dict` would; a union of several
shapes, or a type the twins do not know, makes its model's twin unavailable, and so on up
to the body, which then takes the usual path.
"""

from __future__ import annotations

import datetime
import enum
import gc
import sys
import threading
import types
import typing
from collections.abc import Callable
from typing import Any, Protocol, TypeVar
from uuid import UUID

import attrs

__all__ = ["CollectorPaused", "decode_model"]


class _Model(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Any) -> Any: ...  # returns an instance of cls


_M = TypeVar("_M", bound=_Model)

# How a twin's value becomes the model's: None where it is the model's value already.
_Convert = Callable[[Any], Any] | None


class _Plan:
    """A model's twin decoder and how to build the model from a decoded twin."""

    __slots__ = ("build", "decoder", "twin")

    def __init__(self, twin: Any, build: Callable[[Any], Any], decoder: Any) -> None:
        self.twin = twin
        self.build = build
        self.decoder = decoder


class _Unsupported(Exception):
    """A type the twins cannot read exactly as `from_dict` does."""


# Per model class: its plan, or None when its bodies take `from_dict` (see the docstring).
_PLANS: dict[type, _Plan | None] = {}
_BUILDING = threading.RLock()


def decode_model(cls: type[_M], content: bytes) -> _M:
    """`cls.from_dict(loads_json(content))`, with the same result, read in C when the body
    fits the model exactly."""
    types_module = _types_module(cls)
    if types_module.capturing():
        # A columnar walk takes the bytes themselves: `loads_json` hands them over.
        return typing.cast(_M, cls.from_dict(types_module.loads_json(content)))
    if cls in _PLANS:
        plan = _PLANS[cls]
    else:
        # One thread builds plans at a time (prefetching walks decode on threads): another
        # would meet the placeholders of a plan in progress and settle for `from_dict`.
        with _BUILDING:
            plan = _PLANS[cls] if cls in _PLANS else _plan(cls)
    if plan is not None:
        import msgspec  # imported already by _plan: a dict lookup now

        with CollectorPaused():
            try:
                return typing.cast(_M, plan.build(plan.decoder.decode(content)))
            except msgspec.MsgspecError:
                pass  # refused: not exactly as documented, so read leniently below
    return typing.cast(_M, cls.from_dict(types_module.loads_json(content)))


class CollectorPaused:
    """The cyclic collector paused while a page of models is built, as `from_dict` does
    for lists of models: every object stays alive until the page is done, so a collection
    would only walk the growing page again and again and find nothing. (Restored as it
    was: an application that turned it off keeps it off.)

    A class rather than a generator: leaving a generator's `with` raises and catches a
    `StopIteration` after the collector is back on, and that allocation alone makes a
    collection due with the whole new page alive (a fifth of the parse of a Hasty page)."""

    __slots__ = ("_enabled",)

    def __enter__(self) -> None:
        self._enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc_info: object) -> None:
        if self._enabled:
            gc.enable()


def _types_module(cls: type) -> Any:
    package = cls.__module__.rsplit(".models", 1)[0]
    return sys.modules[package + ".types"]


class _Models(dict[str, Any]):
    """The models package's names, for `eval`: read from the package as they are asked for."""

    def __init__(self, package: str) -> None:
        super().__init__()
        self._package = sys.modules[package]

    def __missing__(self, name: str) -> Any:
        try:
            return getattr(self._package, name)
        except AttributeError:
            raise KeyError(name) from None


def _plan(cls: type) -> _Plan | None:
    # Placed first: a model that contains itself (directly or not) meets None here and
    # reads that field with `from_dict`, instead of recursing forever.
    _PLANS[cls] = None
    try:
        import msgspec  # here: only clients that decode a body pay for the import
    except ImportError:  # pragma: no cover - a dependency; a broken install still works
        return None
    try:
        plan = _build_plan(cls, msgspec)
    except Exception:  # _Unsupported, or a type msgspec refuses (TypeError)
        # No twin is no error: this model's bodies take `from_dict`, as they always did.
        return None
    _PLANS[cls] = plan
    return plan


def _build_plan(cls: type, msgspec: Any) -> _Plan:
    module = sys.modules[cls.__module__]
    json_names: dict[str, str] | None = getattr(module, "_JSON_NAMES", None)
    if json_names is None or not json_names:
        # No documented field: a free-form object, where any key is expected.
        raise _Unsupported(cls.__name__)
    # The annotations name models imported only for type checkers: the models package
    # has them all (loaded on first access, hence a lookup rather than its dict).
    hints = typing.get_type_hints(cls, globalns=vars(module), localns=_Models(cls.__module__.rsplit(".", 1)[0]))
    unset = _types_module(cls).UNSET
    fields: list[tuple[str, Any, Any]] = []
    builds: list[tuple[str, _Convert, bool]] = []
    for field in (f for f in attrs.fields(cls) if f.init):
        members = _members(hints[field.name])
        optional = any(m.__name__ == "Unset" for m in members if isinstance(m, type))
        members = [m for m in members if not (isinstance(m, type) and m.__name__ == "Unset")]
        nullable = type(None) in members
        shapes = [m for m in members if m is not type(None)]
        if len(shapes) != 1:
            raise _Unsupported(f"{cls.__name__}.{field.name}")
        twin_type, convert = _shape(shapes[0], in_union=nullable, msgspec=msgspec)
        if nullable:
            twin_type = twin_type | None
        # Absent: the model's own UNSET, straight from the decoder (no conversion).
        spec = msgspec.field(name=json_names[field.name], **({"default": unset} if optional else {}))
        fields.append((field.name, twin_type, spec))
        builds.append((field.name, convert, nullable or optional))
    twin = msgspec.defstruct(f"_{cls.__name__}Twin", fields, forbid_unknown_fields=True, gc=False, module=__name__)
    # The decoder made here, not on first use: msgspec checks the types (a union it cannot
    # tell apart, say) when it is made, and a refusal means no twin, not a failed body.
    return _Plan(twin, _builder(cls, builds, unset), msgspec.json.Decoder(twin))


def _builder(cls: type, fields: list[tuple[str, _Convert, bool]], unset: Any) -> Callable[[Any], Any]:
    """`cls(twin.a, twin.b, convert(twin.c), ...)`, written for this model and compiled, as
    attrs and dataclasses write their `__init__`: a generic loop over the fields cost a
    fifth of the whole decode of a CityLens page. Field names are the model's attributes
    (Python identifiers); nothing from a response reaches the source."""
    namespace: dict[str, Any] = {"cls": cls, "unset": unset}
    arguments = []
    for index, (name, convert, maybe_absent) in enumerate(fields):
        if convert is None:
            arguments.append(f"twin.{name}")
            continue
        namespace[f"convert{index}"] = convert
        if maybe_absent:  # None or UNSET: the model's value as it is
            arguments.append(f"(v if (v := twin.{name}) is None or v is unset else convert{index}(v))")
        else:
            arguments.append(f"convert{index}(twin.{name})")
    source = f"def build(twin):\n    return cls({', '.join(arguments)})\n"
    exec(compile(source, f"<twin builder {cls.__qualname__}>", "exec"), namespace)  # safe: see above
    return typing.cast(Callable[[Any], Any], namespace["build"])


def _members(annotation: Any) -> list[Any]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return list(typing.get_args(annotation))
    return [annotation]


def _shape(tp: Any, *, in_union: bool, msgspec: Any) -> tuple[Any, _Convert]:
    """The twin's type for one documented shape, and how its value becomes the model's."""
    if tp is float:
        # `from_dict` keeps a JSON integer as int; msgspec's float would make it 1.0.
        return int | float, None
    if tp in (str, int, bool, UUID, datetime.datetime, Any):
        return tp, None
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        # An unlisted value goes through the class's `_missing_`, as `enum_member` does.
        return tp, None
    if typing.get_origin(tp) is list:
        (inner,) = typing.get_args(tp) or (Any,)
        inner_twin, inner_convert = _shape(inner, in_union=in_union, msgspec=msgspec)
        if inner_convert is None:
            return list[inner_twin], None  # type: ignore[valid-type]
        convert_item = inner_convert
        return list[inner_twin], lambda items: [convert_item(item) for item in items]  # type: ignore[valid-type]
    if attrs.has(tp) and hasattr(tp, "from_dict"):
        nested = _PLANS[tp] if tp in _PLANS else _plan(tp)
        if nested is not None:
            return nested.twin, nested.build
        if in_union:
            # A union reads its shapes strictly, one after the other; only a twin says
            # exactly which one fits.
            raise _Unsupported(tp.__name__)
        # Read by its own `from_dict`, as the parent's `from_dict` does.
        return dict[str, Any], tp.from_dict
    raise _Unsupported(repr(tp))
