"""What changed between two versions of a vendor spec, as the users of its client see it.

    python scripts/api_changes.py OLD_SPEC NEW_SPEC              # the report
    python scripts/api_changes.py --git-base REF specs/scopix.yaml  # against the spec at REF
    python scripts/api_changes.py --markdown ... / --json ... / --fail-on-breaking ...

`compare(old, new)` walks both specs: operations (matched by method and path, then by
operationId), their parameters, request bodies and responses, into every schema
(`$ref`s followed, cycles cut), and the component schemas themselves (each becomes a
model class). Every change is one of:

- **Breaking**: code written against the old client can fail with the new one: an
  operation, parameter, field or enum value removed; a parameter or request field made
  required; a response field made optional or nullable; a type changed (except a request
  type widened, `integer` -> `number`, or a response type narrowed); a request
  constraint tightened; a function or model renamed or moved.
- **Added**: something new that nobody has to use: an operation, an optional parameter or
  field, an enum value. A value added to a *response* enum is not breaking: generated
  enums keep values they do not list (`is_known` is False; scripts/templates/str_enum.py.jinja).
- **Changed**: a difference in behaviour that keeps old code working: a request
  constraint loosened, a default changed, a field now always present, an operation
  deprecated or made idempotent.
- **Docs**: descriptions, summaries, examples, `x-source`/`x-inferred` notes.

A change to a schema used by several operations is reported once, at the schema
(`Description.image_url`), with the operations that use it and whether it is used in
requests, responses or both (a change is breaking if it is breaking in either).

The bump a report implies for the package: major if anything is breaking, minor if
anything was added or changed, patch if only docs changed, none if nothing did.

Package versions
================

A package's version is the spec's `info.version` (the API version, as the vendor numbers
it) followed by one more number, the client revision: API 2.0.0, revision 3 is
`2.0.0.3`. PEP 440 allows any number of release components and compares them as
integers, left to right, so versions sort as they should: 2.0.0.9 < 2.0.0.10 <
2.0.1.0 < 2.1.0.0, and every revision of an API version comes before the next API
version. (`2.0.0` and `2.0.0.0` are the same version to PEP 440; a package generated
before this rule reads as revision 0.) `info.version` is reduced to three integers
first: `v1` and `1` -> `1.0.0`, `2023-06-01` -> `2023.6.1`, `1.2.3-beta` -> `1.2.3`.

- The vendor moves `info.version`: the package becomes `<new info.version>.0`,
  whatever the diff says. If the diff is breaking but the vendor's own major number did
  not move, the changelog entry says so.
- `info.version` stays, and the package changes (the spec, the overlay, the runtime or
  the generator): the revision goes up by one. Nothing else.
- Nothing changed: the version stays.
- A version that would sort below the previous one (the spec's `info.version` went
  backwards) is refused.

What this gives up, on purpose: the number cannot say that a revision breaks code. The
first three numbers belong to the vendor, so a breaking change we make while the vendor
keeps its number (a field we had inferred and the API never sends, a field the vendor
removed without a new version) goes out as the next revision, listed under "Breaking"
in `generated/<vendor>/CHANGELOG.md`, and `generate` says so when it writes it. Such a
change is always a correction: the old client was already wrong about the real API. For
users this means: `==2.0.0.*` keeps you on one API version; read the Breaking section
before moving to a new revision (or pin the full four numbers).

Generation
==========

`write_release_files(fresh, previous, spec)` is what `generate.py` calls on every freshly
built package. The base of the comparison is `generated/<vendor>/openapi.yaml`, a copy of
the spec the committed package was generated from, not git HEAD: a spec is often edited
and regenerated several times before a commit, generation must not depend on git, and a
copy in the package makes `--check` catch a spec edited without regenerating. It writes
that copy, `CHANGELOG.md` (a new entry on top when the package changed) and the
`pyproject.toml` version; when nothing changed all three come out byte for byte as before.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from spec import Document, load, parse

__all__ = [
    "Bump",
    "Change",
    "ChangeReport",
    "Kind",
    "Release",
    "api_release",
    "compare",
    "load_spec",
    "main",
    "next_version",
    "prepend_changelog",
    "render_markdown",
    "write_release_files",
]

Spec = Mapping[str, Any]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
SNAPSHOT_NAME = "openapi.yaml"
CHANGELOG_NAME = "CHANGELOG.md"
# Not part of the comparison of two builds: what this module writes, generate.py's stamp,
# and caches (as in generate.py's IGNORED_NAMES).
_NOT_COMPARED = frozenset({SNAPSHOT_NAME, CHANGELOG_NAME, ".generation-stamp"})
# `<package>/_version.py` holds the release's version, like pyproject.toml's `version`:
# written from the comparison, so not part of it.
VERSION_MODULE = "_version.py"
_CACHES = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build", "dist", ".venv"})
CHANGELOG_TITLE = "# Changelog"

REQUEST = "request"
RESPONSE = "response"


class Kind(StrEnum):
    BREAKING = "breaking"
    ADDED = "added"
    CHANGED = "changed"
    DOCS = "docs"

    @property
    def rank(self) -> int:
        return _KIND_RANK[self]


_KIND_RANK = {Kind.DOCS: 0, Kind.CHANGED: 1, Kind.ADDED: 2, Kind.BREAKING: 3}
SECTIONS = {Kind.BREAKING: "Breaking", Kind.ADDED: "Added", Kind.CHANGED: "Changed", Kind.DOCS: "Docs"}


class Bump(StrEnum):
    NONE = "none"
    PATCH = "patch"
    MINOR = "minor"
    MAJOR = "major"

    @property
    def rank(self) -> int:
        return list(Bump).index(self)


@dataclass(frozen=True)
class Change:
    kind: Kind
    where: str
    """The schema and field (`Description.image_url`), or the operation (`GET /frames`)."""
    what: str
    directions: tuple[str, ...] = ()
    """`request`, `response` or both, for changes inside schemas."""
    operations: tuple[str, ...] = ()
    """operationIds of the operations affected (none for an unused schema)."""

    def describe(self, code: str = "`") -> str:
        text = f"{code}{self.where}{code}: {self.what}"
        context = []
        if self.directions:
            context.append("in " + " and ".join(f"{d}s" for d in self.directions))
        if self.operations:
            context.append(", ".join(f"{code}{op}{code}" for op in self.operations))
        return f"{text} ({'; '.join(context)})" if context else text


@dataclass(frozen=True)
class ChangeReport:
    changes: tuple[Change, ...]
    old_api_version: str | None = None
    new_api_version: str | None = None

    def of_kind(self, kind: Kind) -> list[Change]:
        return [c for c in self.changes if c.kind is kind]

    @property
    def breaking(self) -> bool:
        return any(c.kind is Kind.BREAKING for c in self.changes)

    @property
    def bump(self) -> Bump:
        kinds = {c.kind for c in self.changes}
        if Kind.BREAKING in kinds:
            return Bump.MAJOR
        if kinds & {Kind.ADDED, Kind.CHANGED}:
            return Bump.MINOR
        return Bump.PATCH if Kind.DOCS in kinds else Bump.NONE

    def counts(self) -> dict[str, int]:
        return {kind.value: len(self.of_kind(kind)) for kind in Kind}

    def to_dict(self) -> dict[str, Any]:
        return {
            "old_api_version": self.old_api_version,
            "new_api_version": self.new_api_version,
            "bump": self.bump.value,
            "counts": self.counts(),
            "changes": [
                {
                    "kind": c.kind.value,
                    "where": c.where,
                    "what": c.what,
                    "directions": list(c.directions),
                    "operations": list(c.operations),
                }
                for c in self.changes
            ],
        }

    def to_text(self) -> str:
        counts = ", ".join(f"{n} {kind}" for kind, n in self.counts().items())
        lines = [
            f"API version: {self.old_api_version} -> {self.new_api_version}",
            f"Implied bump: {self.bump.value} ({counts})",
        ]
        for kind, title in SECTIONS.items():
            changes = self.of_kind(kind)
            if changes:
                lines += ["", f"{title}:"]
                lines += [f"  - {c.describe(code='')}" for c in changes]
        return "\n".join(lines) + "\n"


# --- comparing -------------------------------------------------------------------------

# Keywords that only document: a difference is a Docs change.
DOC_KEYS = frozenset({"description", "summary", "title", "example", "examples", "externalDocs", "$comment"})
# Extensions that change generated code or behaviour, not only docs.
BEHAVIOUR_EXTENSIONS = frozenset({"x-enum-varnames", "x-idempotent"})
# Raising one of these refuses values that were accepted; lowering one of the others does.
LOWER_BOUNDS = ("minimum", "exclusiveMinimum", "minLength", "minItems", "minProperties")
UPPER_BOUNDS = ("maximum", "exclusiveMaximum", "maxLength", "maxItems", "maxProperties")
# Formats openapi-python-client turns into another Python type (datetime, date, UUID, File).
TYPED_FORMATS = frozenset({"date-time", "date", "uuid", "binary"})
SCHEMA_KEYS = frozenset(
    {
        "$ref", "type", "nullable", "enum", "const", "x-enum-varnames", "properties", "required",
        "additionalProperties", "items", "anyOf", "oneOf", "allOf", "format", "pattern", "default",
        "readOnly", "writeOnly", "deprecated", "multipleOf", "uniqueItems", *LOWER_BOUNDS, *UPPER_BOUNDS,
    }
)  # fmt: skip

_Key = tuple[str, str]


def _is_doc_key(key: str) -> bool:
    return key in DOC_KEYS or (key.startswith("x-") and key not in BEHAVIOUR_EXTENSIONS)


def _unescape(part: str) -> str:
    return part.replace("~1", "/").replace("~0", "~")


def _target(doc: Document, ref: str) -> Any:
    """The node a local `$ref` points at, or None when it leads nowhere."""
    try:
        return doc.lookup(ref) if ref.startswith("#/") else None
    except LookupError:
        return None


def _component(ref: str) -> str | None:
    prefix = "#/components/schemas/"
    return _unescape(ref[len(prefix) :]) if ref.startswith(prefix) and "/" not in ref[len(prefix) :] else None


def _text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True) if not isinstance(value, str) else repr(value)


def _types(schema: Mapping[str, Any]) -> frozenset[str]:
    """The JSON types a (null-free) schema allows; empty means any."""
    declared = schema.get("type")
    if isinstance(declared, str):
        return frozenset({declared}) - {"null"}
    if isinstance(declared, list):
        return frozenset(declared) - {"null"}
    if "properties" in schema or "additionalProperties" in schema:
        return frozenset({"object"})
    if "items" in schema:
        return frozenset({"array"})
    return frozenset()


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Whether every value of the `narrow` types is also one of the `wide` types."""
    if not wide:
        return True
    if not narrow:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


@dataclass
class _Entry:
    kind: Kind
    directions: set[str] = field(default_factory=set)
    operations: set[str] = field(default_factory=set)


class _Comparer:
    def __init__(self, old: Spec, new: Spec) -> None:
        self.old = old
        self.new = new
        self.old_doc, self.new_doc = Document(old, "urn:old-spec"), Document(new, "urn:new-spec")
        self.entries: dict[_Key, _Entry] = {}
        self.operation: str | None = None
        # (old ref, new ref, direction) -> the changes found below it, to report a
        # schema shared by many operations once and cut reference cycles.
        self.memo: dict[tuple[str, str, str], frozenset[_Key]] = {}
        self.active: set[tuple[str, str, str]] = set()
        self.visited: set[tuple[str, str]] = set()

    # recording

    def add(self, kind: Kind, where: str, what: str, direction: str | None = None) -> _Key:
        key = (where, what)
        entry = self.entries.setdefault(key, _Entry(kind))
        if kind.rank > entry.kind.rank:
            entry.kind = kind
        if direction:
            entry.directions.add(direction)
        if self.operation:
            entry.operations.add(self.operation)
        return key

    def touch(self, keys: frozenset[_Key], direction: str) -> None:
        for key in keys:
            entry = self.entries[key]
            entry.directions.add(direction)
            if self.operation:
                entry.operations.add(self.operation)

    def report(self) -> ChangeReport:
        changes = [
            Change(entry.kind, where, what, tuple(sorted(entry.directions)), tuple(sorted(entry.operations)))
            for (where, what), entry in self.entries.items()
        ]
        changes.sort(key=lambda c: (-c.kind.rank, c.where.lower(), c.what))
        return ChangeReport(tuple(changes), _info_version(self.old), _info_version(self.new))

    # helpers

    def docs(self, old: Mapping[str, Any], new: Mapping[str, Any], where: str, direction: str | None) -> set[_Key]:
        keys: set[_Key] = set()
        for key in sorted(set(old) | set(new)):
            if _is_doc_key(key) and old.get(key) != new.get(key):
                verb = "added" if key not in old else "removed" if key not in new else "changed"
                keys.add(self.add(Kind.DOCS, where, f"{key} {verb}", direction))
        return keys

    # schemas

    def schema(self, old: Any, new: Any, where: str, d: str) -> set[_Key]:
        if not isinstance(old, dict) or not isinstance(new, dict):
            return {self.add(Kind.CHANGED, where, "schema changed", d)} if old != new else set()
        old, new = self.align(old, new)
        old, old_null = _split_nullable(old)
        new, new_null = _split_nullable(new)
        keys: set[_Key] = set()
        if old_null != new_null:
            if new_null:
                what = "now accepts null" if d == REQUEST else "may now be null"
                keys.add(self.add(Kind.CHANGED if d == REQUEST else Kind.BREAKING, where, what, d))
            else:
                what = "no longer accepts null" if d == REQUEST else "is no longer null"
                keys.add(self.add(Kind.BREAKING if d == REQUEST else Kind.CHANGED, where, what, d))
        old, new = self.align(old, new)
        if "$ref" in old and "$ref" in new:
            return keys | self.reference(old, new, where, d)
        return keys | self.structure(self.old_doc.flatten(old), self.new_doc.flatten(new), where, d)

    def align(self, old: dict[str, Any], new: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        """Inline the `$ref` of one side when the other has none, so both are compared as written."""
        if ("$ref" in old) != ("$ref" in new):
            old, new = self.old_doc.resolve(old), self.new_doc.resolve(new)
        return old, new

    def reference(self, old: dict[str, Any], new: dict[str, Any], where: str, d: str) -> set[_Key]:
        old_ref, new_ref = str(old["$ref"]), str(new["$ref"])
        siblings_old = {k: v for k, v in old.items() if k != "$ref"}
        siblings_new = {k: v for k, v in new.items() if k != "$ref"}
        keys = self.docs(siblings_old, siblings_new, where, d)
        rest_old = {k: v for k, v in siblings_old.items() if not _is_doc_key(k)}
        rest_new = {k: v for k, v in siblings_new.items() if not _is_doc_key(k)}
        if rest_old or rest_new:
            # Keywords beside a $ref (3.1 allows them): compare them in place.
            keys |= self.structure(rest_old, rest_new, where, d)
        if not (old_ref.startswith("#/") and new_ref.startswith("#/")):
            if old_ref != new_ref:
                keys.add(self.add(Kind.CHANGED, where, f"reference changed from {old_ref} to {new_ref}", d))
            return keys
        old_name, new_name = _component(old_ref), _component(new_ref)
        if old_name:
            self.visited.add(("old", old_name))
        if new_name:
            self.visited.add(("new", new_name))
        location = new_name or where
        memo_key = (old_ref, new_ref, d)
        if memo_key in self.memo:
            self.touch(self.memo[memo_key], d)
            return keys | self.memo[memo_key]
        if memo_key in self.active:
            return keys
        old_target, new_target = _target(self.old_doc, old_ref), _target(self.new_doc, new_ref)
        if new_target is None or old_target is None:
            if new_target is None:
                keys.add(self.add(Kind.BREAKING, where, f"refers to {new_ref}, which does not exist", d))
            return keys
        self.active.add(memo_key)
        try:
            below = self.schema(old_target, new_target, location, d)
        finally:
            self.active.discard(memo_key)
        self.memo[memo_key] = frozenset(below)
        return keys | below

    def structure(self, old: dict[str, Any], new: dict[str, Any], where: str, d: str) -> set[_Key]:
        keys = self.docs(old, new, where, d)
        old_types, new_types = _types(old), _types(new)
        if old_types != new_types:
            ok = _covers(new_types, old_types) if d == REQUEST else _covers(old_types, new_types)
            what = f"type changed from {'/'.join(sorted(old_types)) or 'any'} to {'/'.join(sorted(new_types)) or 'any'}"
            keys.add(self.add(Kind.CHANGED if ok else Kind.BREAKING, where, what, d))
        keys |= self.enum(old, new, where, d)
        keys |= self.constraints(old, new, where, d)
        keys |= self.object(old, new, where, d)
        if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
            keys |= self.schema(old["items"], new["items"], f"{where}[]", d)
        elif ("items" in old) != ("items" in new):
            what = "item schema " + ("added" if "items" in new else "removed")
            keys.add(self.add(Kind.BREAKING if d == REQUEST and "items" in new else Kind.CHANGED, where, what, d))
        keys |= self.variants(old, new, where, d)
        for key in sorted(set(old) | set(new)):
            if key not in SCHEMA_KEYS and not _is_doc_key(key) and old.get(key) != new.get(key):
                keys.add(self.add(Kind.CHANGED, where, f"`{key}` changed", d))
        return keys

    def enum(self, old: dict[str, Any], new: dict[str, Any], where: str, d: str) -> set[_Key]:
        old_values = old.get("enum", [old["const"]] if "const" in old else None)
        new_values = new.get("enum", [new["const"]] if "const" in new else None)
        keys: set[_Key] = set()
        if old_values is None and new_values is None:
            return keys
        if old_values is None:
            what = f"now restricted to the values {_text(new_values)}"
            return {self.add(Kind.BREAKING if d == REQUEST else Kind.CHANGED, where, what, d)}
        if new_values is None:
            # A response enum turned into a plain string loses its generated enum class.
            return {self.add(Kind.CHANGED if d == REQUEST else Kind.BREAKING, where, "no longer an enum", d)}
        for value in new_values:
            if value not in old_values:
                keys.add(self.add(Kind.ADDED, where, f"enum value {_text(value)} added", d))
        for value in old_values:
            if value not in new_values:
                # Breaking in responses too: the generated enum loses the member code may name.
                keys.add(self.add(Kind.BREAKING, where, f"enum value {_text(value)} removed", d))
        old_names = dict(zip(old_values, old.get("x-enum-varnames") or [], strict=False))
        new_names = dict(zip(new_values, new.get("x-enum-varnames") or [], strict=False))
        for value, name in old_names.items():
            if value in new_values and new_names.get(value, name) != name:
                what = f"enum member for {_text(value)} renamed from {name} to {new_names.get(value)}"
                keys.add(self.add(Kind.BREAKING, where, what, d))
        return keys

    def constraints(self, old: dict[str, Any], new: dict[str, Any], where: str, d: str) -> set[_Key]:
        keys: set[_Key] = set()

        def record(tighter: bool, what: str) -> None:
            keys.add(self.add(Kind.BREAKING if d == REQUEST and tighter else Kind.CHANGED, where, what, d))

        for key in (*LOWER_BOUNDS, *UPPER_BOUNDS):
            before, after = old.get(key), new.get(key)
            if before == after:
                continue
            if isinstance(before, bool) or isinstance(after, bool):  # OpenAPI 3.0 exclusive flags
                record(bool(after), f"`{key}` changed from {_text(before)} to {_text(after)}")
                continue
            if after is None:
                tighter = False
            elif before is None:
                tighter = True
            else:
                tighter = after > before if key in LOWER_BOUNDS else after < before
            shown = f"`{key}` {'unset' if before is None else before} -> {'unset' if after is None else after}"
            record(tighter, f"{'tightened' if tighter else 'loosened'}: {shown}")
        for key in ("pattern", "multipleOf"):
            if old.get(key) != new.get(key):
                tighter = new.get(key) is not None
                verb = "added" if key not in old else "removed" if key not in new else "changed"
                record(tighter, f"`{key}` {verb}" + (f": {_text(new[key])}" if key in new else ""))
        if bool(old.get("uniqueItems")) != bool(new.get("uniqueItems")):
            record(bool(new.get("uniqueItems")), f"`uniqueItems` {'added' if new.get('uniqueItems') else 'removed'}")
        if old.get("format") != new.get("format"):
            before, after = old.get("format"), new.get("format")
            what = f"format changed from {before or 'none'} to {after or 'none'}"
            if {before, after} & TYPED_FORMATS:
                keys.add(self.add(Kind.BREAKING, where, what + " (the generated Python type changes)", d))
            else:
                record(after is not None, what)
        if old.get("default") != new.get("default"):
            what = f"default changed from {_text(old.get('default'))} to {_text(new.get('default'))}"
            keys.add(self.add(Kind.CHANGED, where, what, d))
        for key in ("readOnly", "writeOnly", "deprecated"):
            if bool(old.get(key)) != bool(new.get(key)):
                what = f"now {key}" if new.get(key) else f"no longer {key}"
                keys.add(self.add(Kind.CHANGED, where, what, d))
        return keys

    def object(self, old: dict[str, Any], new: dict[str, Any], where: str, d: str) -> set[_Key]:
        keys: set[_Key] = set()
        old_props: dict[str, Any] = old.get("properties") or {}
        new_props: dict[str, Any] = new.get("properties") or {}
        old_required = set(old.get("required") or [])
        new_required = set(new.get("required") or [])
        for name in old_props:
            if name not in new_props:
                keys.add(self.add(Kind.BREAKING, f"{where}.{name}", "field removed", d))
        for name in new_props:
            if name in old_props:
                continue
            required = name in new_required
            if d == REQUEST:
                kind = Kind.BREAKING if required else Kind.ADDED
                what = "required field added" if required else "optional field added"
            else:
                kind, what = Kind.ADDED, "field added, always present" if required else "optional field added"
            keys.add(self.add(kind, f"{where}.{name}", what, d))
        for name in old_props:
            if name not in new_props:
                continue
            was, now = name in old_required, name in new_required
            if was != now:
                if d == REQUEST:
                    kind, what = (Kind.BREAKING, "now required") if now else (Kind.CHANGED, "now optional")
                else:
                    kind, what = (Kind.CHANGED, "now always present") if now else (Kind.BREAKING, "now optional")
                keys.add(self.add(kind, f"{where}.{name}", what, d))
            keys |= self.schema(old_props[name], new_props[name], f"{where}.{name}", d)
        before, after = old.get("additionalProperties"), new.get("additionalProperties")
        if isinstance(before, dict) and isinstance(after, dict):
            keys |= self.schema(before, after, f"{where}.*", d)
        elif before != after:
            closes = after is False and before is not False
            what = f"`additionalProperties` changed from {_text(before)} to {_text(after)}"
            keys.add(self.add(Kind.BREAKING if d == REQUEST and closes else Kind.CHANGED, where, what, d))
        return keys

    def variants(self, old: dict[str, Any], new: dict[str, Any], where: str, d: str) -> set[_Key]:
        old_list = old.get("anyOf") or old.get("oneOf") or []
        new_list = new.get("anyOf") or new.get("oneOf") or []
        keys: set[_Key] = set()
        if not old_list and not new_list:
            return keys
        old_word = "anyOf" if "anyOf" in old else "oneOf" if "oneOf" in old else None
        new_word = "anyOf" if "anyOf" in new else "oneOf" if "oneOf" in new else None
        if old_word and new_word and old_word != new_word:
            keys.add(self.add(Kind.CHANGED, where, f"{old_word} changed to {new_word}", d))
        old_by, new_by = _variants_by_label(old_list), _variants_by_label(new_list)
        for label in old_by:
            if label not in new_by:
                kind, what = (Kind.BREAKING, "no longer accepted") if d == REQUEST else (Kind.CHANGED, "no longer sent")
                keys.add(self.add(kind, where, f"variant {label} {what}", d))
        for label in new_by:
            if label not in old_by:
                # A response may now hold a shape the old client cannot read.
                kind, what = (Kind.ADDED, "accepted") if d == REQUEST else (Kind.BREAKING, "may be sent")
                keys.add(self.add(kind, where, f"new variant {label} {what}", d))
        for label, variant in old_by.items():
            if label in new_by:
                sub = where if label.startswith("`") else f"{where}<{label}>"
                keys |= self.schema(variant, new_by[label], sub, d)
        return keys

    # operations

    def parameters(self, doc: Document, item: Mapping[str, Any], operation: Mapping[str, Any]) -> dict[_Key, Any]:
        found: dict[_Key, Any] = {}
        for raw in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
            param = doc.resolve(raw)
            if isinstance(param, dict):
                found[(str(param.get("in")), str(param.get("name")))] = param
        return found

    def compare_operation(
        self,
        where: str,
        old_item: Mapping[str, Any],
        old: Mapping[str, Any],
        new_item: Mapping[str, Any],
        new: Mapping[str, Any],
    ) -> None:
        old_id, new_id = old.get("operationId"), new.get("operationId")
        if old_id != new_id:
            self.add(Kind.BREAKING, where, f"operationId (the generated function) renamed from {old_id} to {new_id}")
        old_tag, new_tag = (old.get("tags") or [None])[0], (new.get("tags") or [None])[0]
        if old_tag != new_tag:
            self.add(Kind.BREAKING, where, f"first tag (the generated module) changed from {old_tag} to {new_tag}")
        self.docs(old, new, where, None)
        if bool(old.get("deprecated")) != bool(new.get("deprecated")):
            self.add(Kind.CHANGED, where, "deprecated" if new.get("deprecated") else "no longer deprecated")
        if bool(old.get("x-idempotent")) != bool(new.get("x-idempotent")):
            what = "now idempotent (retried like a GET)" if new.get("x-idempotent") else "no longer idempotent"
            self.add(Kind.CHANGED, where, what)
        servers = [_servers(self.old, old_item, old), _servers(self.new, new_item, new)]
        if servers[0] != servers[1]:
            self.add(Kind.CHANGED, where, f"server changed from {servers[0]} to {servers[1]}")
        security = [old.get("security", self.old.get("security")), new.get("security", self.new.get("security"))]
        if security[0] != security[1]:
            self.add(Kind.CHANGED, where, f"security changed from {_text(security[0])} to {_text(security[1])}")
        self.compare_parameters(
            where, self.parameters(self.old_doc, old_item, old), self.parameters(self.new_doc, new_item, new)
        )
        self.compare_body(where, old.get("requestBody"), new.get("requestBody"))
        self.compare_responses(where, old.get("responses") or {}, new.get("responses") or {})

    def compare_parameters(self, where: str, old: dict[_Key, Any], new: dict[_Key, Any]) -> None:
        for place, name in old:
            if (place, name) not in new:
                self.add(Kind.BREAKING, f"{where} {place} parameter {name}", "removed")
        for (place, name), param in new.items():
            if (place, name) not in old:
                required = bool(param.get("required"))
                what = "added, required" if required else "added, optional"
                self.add(Kind.BREAKING if required else Kind.ADDED, f"{where} {place} parameter {name}", what)
        for key, before in old.items():
            after = new.get(key)
            if after is None:
                continue
            at = f"{where} {key[0]} parameter {key[1]}"
            if bool(before.get("required")) != bool(after.get("required")):
                if after.get("required"):
                    self.add(Kind.BREAKING, at, "now required")
                else:
                    self.add(Kind.CHANGED, at, "now optional")
            self.docs(before, after, at, None)
            for word in ("style", "explode", "allowEmptyValue", "allowReserved", "deprecated", "content"):
                if before.get(word) != after.get(word):
                    self.add(
                        Kind.CHANGED, at, f"`{word}` changed from {_text(before.get(word))} to {_text(after.get(word))}"
                    )
            self.schema(before.get("schema") or {}, after.get("schema") or {}, at, REQUEST)

    def compare_body(self, where: str, old_raw: Any, new_raw: Any) -> None:
        at = f"{where} request body"
        old, new = self.old_doc.resolve(old_raw), self.new_doc.resolve(new_raw)
        if not old and not new:
            return
        if not new:
            self.add(Kind.BREAKING, at, "removed")
            return
        if not old:
            required = bool(new.get("required"))
            self.add(Kind.BREAKING if required else Kind.ADDED, at, "added" + (", required" if required else ""))
            return
        if bool(old.get("required")) != bool(new.get("required")):
            self.add(
                Kind.BREAKING if new.get("required") else Kind.CHANGED,
                at,
                "now required" if new.get("required") else "now optional",
            )
        self.docs(old, new, at, None)
        self.compare_content(at, old.get("content") or {}, new.get("content") or {}, REQUEST, removal=Kind.BREAKING)

    def compare_content(
        self, at: str, old: Mapping[str, Any], new: Mapping[str, Any], d: str, *, removal: Kind
    ) -> None:
        for media in old:
            if media not in new:
                self.add(removal, at, f"media type {media} removed")
        for media in new:
            if media not in old:
                self.add(Kind.ADDED, at, f"media type {media} added")
        for media, before in old.items():
            after = new.get(media)
            if not isinstance(after, dict) or not isinstance(before, dict):
                continue
            self.docs(before, after, at, None)
            self.schema(
                before.get("schema") or {}, after.get("schema") or {}, at if len(new) == 1 else f"{at} {media}", d
            )

    def compare_responses(self, where: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        for status in old:
            if status not in new:
                success = str(status).startswith("2")
                self.add(Kind.BREAKING if success else Kind.CHANGED, f"{where} response {status}", "removed")
        for status in new:
            if status not in old:
                self.add(Kind.ADDED, f"{where} response {status}", "added")
        for status, raw in old.items():
            if status not in new:
                continue
            at = f"{where} response {status}"
            before, after = self.old_doc.resolve(raw), self.new_doc.resolve(new[status])
            self.docs(before, after, at, None)
            old_headers, new_headers = before.get("headers") or {}, after.get("headers") or {}
            for name in old_headers.keys() - new_headers.keys():
                self.add(Kind.CHANGED, at, f"header {name} removed")
            for name in new_headers.keys() - old_headers.keys():
                self.add(Kind.ADDED, at, f"header {name} added")
            removal = Kind.BREAKING if str(status).startswith("2") else Kind.CHANGED
            self.compare_content(at, before.get("content") or {}, after.get("content") or {}, RESPONSE, removal=removal)

    # the whole spec

    def run(self) -> ChangeReport:
        self.docs(self.old.get("info") or {}, self.new.get("info") or {}, "info", None)
        if self.old.get("servers") != self.new.get("servers"):
            self.add(Kind.CHANGED, "servers", "the default server changed")
        old_ops = {(_path_key(path), method): (path, item, op) for path, method, item, op in _operations(self.old)}
        new_ops = {(_path_key(path), method): (path, item, op) for path, method, item, op in _operations(self.new)}
        # An operation that moved to another path but kept its operationId keeps its function.
        moved: dict[tuple[str, str], tuple[str, str]] = {}
        new_by_id = {op.get("operationId"): key for key, (_p, _i, op) in new_ops.items() if op.get("operationId")}
        for key, (_path, _item, op) in old_ops.items():
            target = new_by_id.get(op.get("operationId"))
            if key not in new_ops and target is not None and target not in old_ops:
                moved[key] = target
        for key, (path, item, op) in old_ops.items():
            target_key = key if key in new_ops else moved.get(key)
            where = f"{key[1].upper()} {path}"
            self.operation = str(op.get("operationId") or where)
            if target_key is None:
                self.add(Kind.BREAKING, where, "operation removed")
                continue
            new_path, new_item, new_op = new_ops[target_key]
            if target_key != key or new_path != path:
                if target_key != key:
                    self.add(Kind.CHANGED, where, f"moved to {target_key[1].upper()} {new_path}")
                where = f"{target_key[1].upper()} {new_path}"
            self.compare_operation(where, item, op, new_item, new_op)
        for key, (path, _item, op) in new_ops.items():
            if key not in old_ops and key not in moved.values():
                self.operation = str(op.get("operationId") or "")
                self.add(Kind.ADDED, f"{key[1].upper()} {path}", "operation added")
        self.operation = None
        self.compare_components()
        return self.report()

    def compare_components(self) -> None:
        old_schemas = (self.old.get("components") or {}).get("schemas") or {}
        new_schemas = (self.new.get("components") or {}).get("schemas") or {}
        for name in old_schemas:
            if name not in new_schemas:
                self.add(Kind.BREAKING, name, "schema removed (its generated model goes away)")
        for name in new_schemas:
            if name not in old_schemas:
                self.add(Kind.ADDED, name, "schema added")
        for name in old_schemas:
            unused = ("old", name) not in self.visited and ("new", name) not in self.visited
            if name in new_schemas and unused:
                ref = f"#/components/schemas/{name.replace('~', '~0').replace('/', '~1')}"
                for direction in (REQUEST, RESPONSE):
                    self.schema({"$ref": ref}, {"$ref": ref}, name, direction)
        old_schemes = (self.old.get("components") or {}).get("securitySchemes") or {}
        new_schemes = (self.new.get("components") or {}).get("securitySchemes") or {}
        for name in sorted(set(old_schemes) | set(new_schemes)):
            if old_schemes.get(name) != new_schemes.get(name):
                self.add(Kind.CHANGED, f"security scheme {name}", "changed (connect() is written from it)")


def _info_version(spec: Spec) -> str | None:
    version = (spec.get("info") or {}).get("version")
    return None if version is None else str(version)


def _split_nullable(schema: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """The schema without its null alternative, and whether it had one.

    Handles `type: [X, 'null']`, OpenAPI 3.0 `nullable: true` and `anyOf`/`oneOf` of one
    schema and `{type: 'null'}`.
    """
    declared = schema.get("type")
    if isinstance(declared, list) and "null" in declared:
        rest = [t for t in declared if t != "null"]
        core = dict(schema)
        if rest:
            core["type"] = rest[0] if len(rest) == 1 else rest
        else:
            core.pop("type")
        return core, True
    if schema.get("nullable") is True:
        return {k: v for k, v in schema.items() if k != "nullable"}, True
    for word in ("anyOf", "oneOf"):
        variants = schema.get(word)
        if isinstance(variants, list) and len(variants) == 2:
            nulls = [v for v in variants if isinstance(v, dict) and v.get("type") == "null" and len(v) == 1]
            others = [v for v in variants if v not in nulls]
            if len(nulls) == 1 and len(others) == 1 and isinstance(others[0], dict):
                outer = {k: v for k, v in schema.items() if k != word}
                return {**outer, **others[0]}, True
    return schema, False


def _variants_by_label(variants: list[Any]) -> dict[str, Any]:
    labelled: dict[str, Any] = {}
    inline = 0
    for variant in variants:
        ref = variant.get("$ref") if isinstance(variant, dict) else None
        if isinstance(ref, str):
            labelled[f"`{_component(ref) or ref}`"] = variant
        else:
            inline += 1
            labelled[f"variant {inline}"] = variant
    return labelled


def _servers(spec: Spec, item: Mapping[str, Any], operation: Mapping[str, Any]) -> list[str]:
    servers = operation.get("servers") or item.get("servers") or spec.get("servers") or []
    return [str(s.get("url")) for s in servers if isinstance(s, dict)]


def _path_key(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def _operations(spec: Spec) -> Iterator[tuple[str, str, Mapping[str, Any], Mapping[str, Any]]]:
    for path, item in (spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield path, method, item, item[method]


def compare(old_spec: Spec, new_spec: Spec) -> ChangeReport:
    """Every difference between two specs, each marked breaking or not for client users."""
    return _Comparer(old_spec, new_spec).run()


def load_spec(path: str | Path) -> dict[str, Any]:
    try:
        return load(Path(path))
    except ValueError as exc:
        raise SystemExit(str(exc)) from None


# --- versions --------------------------------------------------------------------------


def api_release(info_version: str) -> str:
    """`info.version` as three integers: `v1` -> `1.0.0`, `2023-06-01` -> `2023.6.1`."""
    text = str(info_version).strip()
    if dated := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
        numbers = [int(part) for part in dated.groups()]
    else:
        leading = re.match(r"[vV]?(\d+(?:\.\d+)*)", text)
        numbers = [int(part) for part in leading.group(1).split(".")] if leading else []
    numbers = [*numbers, 0, 0, 0][:3]
    return ".".join(str(n) for n in numbers)


def _release_tuple(version: str) -> tuple[int, ...] | None:
    if not re.fullmatch(r"\d+(\.\d+)*", version):
        return None
    numbers = [int(part) for part in version.split(".")]
    while len(numbers) > 1 and numbers[-1] == 0:  # PEP 440: trailing zeros do not count
        numbers.pop()
    return tuple(numbers)


def next_version(old_package_version: str | None, info_version: str, bump: Bump | str) -> str:
    """The package version after a generation (the rule is in the module docstring).

    `bump` is what changed in the package: the report's bump, or at least patch when the
    package changed for another reason (overlay, runtime, generator).
    """
    bump = Bump(bump)
    api = api_release(info_version)
    api_numbers = [int(n) for n in api.split(".")]
    if old_package_version is None or _release_tuple(old_package_version) is None:
        return f"{api}.0"
    old_numbers = [int(n) for n in old_package_version.split(".")]
    padded = old_numbers + [0] * (4 - len(old_numbers))
    if padded[:3] == api_numbers and len(old_numbers) <= 4:
        revision = padded[3] + (0 if bump is Bump.NONE else 1)
        return f"{api}.{revision}"
    new = f"{api}.0"
    if (_release_tuple(new) or ()) < (_release_tuple(old_package_version) or ()):
        raise ValueError(
            f"version {new} would sort below the previous version {old_package_version}: "
            f"the spec's info.version went backwards ({info_version})"
        )
    return new


# --- changelog -------------------------------------------------------------------------


def render_markdown(
    report: ChangeReport,
    vendor: str,
    old_version: str | None,
    new_version: str,
    *,
    day: date | None = None,
    notes: Sequence[str] = (),
) -> str:
    """A CHANGELOG entry: heading with version and date, then Breaking / Added / Changed / Docs."""
    day = day or date.today()
    lines = [f"## {vendor} {new_version} ({day.isoformat()})", ""]
    old_api, new_api = report.old_api_version, report.new_api_version
    api = f"API version {new_api}" if old_api == new_api else f"API version {old_api} -> {new_api}"
    previous = f"previous release {old_version}" if old_version else "first release"
    lines.append(f"{api}; {previous}; implied bump: {report.bump.value}.")
    same_major = old_api is not None and new_api is not None and _major(old_api) == _major(new_api)
    if report.breaking and same_major:
        lines += [
            "",
            "> Breaking changes without a new major API version: the vendor's number did not move, "
            "so this release is only a new revision. Check the Breaking section before upgrading.",
        ]
    lines += [f"\n{note}" for note in notes]
    if not report.changes:
        lines += ["", "No changes to the API."]
    for kind, title in SECTIONS.items():
        changes = report.of_kind(kind)
        if changes:
            lines += ["", f"### {title}", ""]
            lines += [f"- {change.describe()}" for change in changes]
    return "\n".join(lines) + "\n"


def _major(info_version: str) -> str:
    return api_release(info_version).split(".")[0]


def prepend_changelog(existing: str | None, entry: str, distribution: str) -> str:
    """The changelog with `entry` as its newest entry (a new changelog when there is none)."""
    if not existing or not existing.strip():
        header = (
            f"{CHANGELOG_TITLE}\n\nReleases of {distribution}, newest first. Written by scripts/generate.py "
            "from the spec's changes (scripts/api_changes.py); versions are `<API version>.<client revision>`.\n"
        )
        return f"{header}\n{entry}"
    index = existing.find("\n## ")
    if index < 0:
        return existing.rstrip("\n") + "\n\n" + entry
    return existing[: index + 1] + entry + "\n" + existing[index + 1 :]


# --- generation --------------------------------------------------------------------------


@dataclass(frozen=True)
class Release:
    version: str
    bump: Bump
    report: ChangeReport | None
    entry: str | None
    """The changelog entry written, or None when nothing changed."""


_VERSION_LINE = re.compile(r'^version = "([^"]*)"$', re.MULTILINE)


def _package_version(pyproject: Path) -> str | None:
    if not pyproject.is_file():
        return None
    found = _VERSION_LINE.search(pyproject.read_text(encoding="utf-8"))
    return found.group(1) if found else None


def _package_files(root: Path) -> dict[str, bytes]:
    """The package's files, minus what this module writes (snapshot, changelog, version),
    generate.py's stamp and caches."""
    files: dict[str, bytes] = {}
    if not root.is_dir():
        return files
    for path in root.rglob("*"):
        rel = path.relative_to(root).as_posix()
        parts = rel.split("/")
        cached = set(parts) & _CACHES or any(p.endswith((".pyc", ".egg-info")) for p in parts)
        version_module = len(parts) == 2 and parts[1] == VERSION_MODULE
        if not path.is_file() or rel in _NOT_COMPARED or cached or version_module:
            continue
        data = path.read_bytes()
        if rel == "pyproject.toml":
            data = _VERSION_LINE.sub('version = ""', data.decode("utf-8"), count=1).encode("utf-8")
        files[rel] = data
    return files


def write_release_files(
    fresh: Path,
    previous: Path,
    spec_path: Path,
    *,
    distribution: str,
    today: date | None = None,
) -> Release:
    """Finish a freshly built package `fresh` against the committed one at `previous`.

    Writes into `fresh`: `openapi.yaml` (the spec it was generated from, the base of the
    next comparison), `CHANGELOG.md` (the previous one, with a new entry on top when the
    package changed) and the version in `pyproject.toml`. With nothing changed, all three
    come out exactly as they are in `previous`, so `generate.py --check` stays quiet.
    """
    spec_text = spec_path.read_text(encoding="utf-8")
    new_spec = parse(spec_text, str(spec_path))
    info_version = str(new_spec.get("info", {}).get("version", "0"))
    snapshot = previous / SNAPSHOT_NAME
    old_spec = load(snapshot) if snapshot.is_file() else None
    old_version = _package_version(previous / "pyproject.toml")
    changelog = previous / CHANGELOG_NAME
    existing = changelog.read_text(encoding="utf-8") if changelog.is_file() else None
    package_changed = _package_files(fresh) != _package_files(previous)

    report: ChangeReport | None = compare(old_spec, new_spec) if old_spec is not None else None
    bump = report.bump if report else Bump.NONE
    if package_changed and bump is Bump.NONE:
        bump = Bump.PATCH
    version = next_version(old_version, info_version, bump)
    release_needed = existing is None or _release_tuple(version) != _release_tuple(old_version or "")
    entry: str | None = None
    if release_needed:
        name = str(new_spec.get("info", {}).get("title") or distribution)
        notes: list[str] = []
        if report is None:
            notes.append("First release with a changelog: no earlier spec snapshot to compare with.")
            report = ChangeReport((), info_version, info_version)
        elif package_changed and not report.changes:
            notes.append("No API change: the runtime, the overlay or the generator changed (see the commit log).")
        entry = render_markdown(report, name, old_version, version, day=today, notes=notes)
        existing = prepend_changelog(existing, entry, distribution)
    else:
        version = old_version or version
    (fresh / SNAPSHOT_NAME).write_text(spec_text, encoding="utf-8")
    if existing is not None:
        (fresh / CHANGELOG_NAME).write_text(existing, encoding="utf-8")
    pyproject = fresh / "pyproject.toml"
    if pyproject.is_file():
        text = pyproject.read_text(encoding="utf-8")
        pyproject.write_text(_VERSION_LINE.sub(f'version = "{version}"', text, count=1), encoding="utf-8")
    return Release(version, bump, report, entry)


# --- command line -----------------------------------------------------------------------


def _spec_at(ref: str, path: Path) -> dict[str, Any]:
    """The spec at a git revision (`git show REF:path`)."""
    path = path.resolve()
    top = subprocess.run(
        ["git", "rev-parse", "--show-toplevel"], cwd=path.parent, capture_output=True, text=True, check=False
    )
    if top.returncode != 0:
        raise SystemExit(f"not in a git repository: {path}")
    rel = path.relative_to(Path(top.stdout.strip()).resolve()).as_posix()
    shown = subprocess.run(
        ["git", "show", f"{ref}:{rel}"], cwd=path.parent, capture_output=True, text=True, check=False
    )
    if shown.returncode != 0:
        raise SystemExit(f"git show {ref}:{rel} failed: {shown.stderr.strip()}")
    try:
        return parse(shown.stdout, f"{ref}:{rel}")
    except ValueError as exc:
        raise SystemExit(str(exc)) from None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Report what changed between two versions of a spec, for the users of its client."
    )
    parser.add_argument("specs", nargs="+", metavar="SPEC", help="OLD_SPEC NEW_SPEC, or one spec with --git-base")
    parser.add_argument("--git-base", metavar="REF", help="compare the spec at this git revision with the file")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print the report as JSON")
    output.add_argument("--markdown", action="store_true", help="print a CHANGELOG entry")
    parser.add_argument("--package-version", metavar="VERSION", help="with --markdown: the previous package version")
    parser.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when a change is breaking")
    args = parser.parse_args(argv)

    if args.git_base:
        if len(args.specs) != 1:
            parser.error("--git-base takes exactly one spec")
        new_path = Path(args.specs[0])
        old_spec, new_spec = _spec_at(args.git_base, new_path), load_spec(new_path)
    else:
        if len(args.specs) != 2:
            parser.error("give OLD_SPEC and NEW_SPEC (or --git-base REF SPEC)")
        new_path = Path(args.specs[1])
        old_spec, new_spec = load_spec(args.specs[0]), load_spec(new_path)

    report = compare(old_spec, new_spec)
    if args.json:
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    elif args.markdown:
        info_version = str(new_spec.get("info", {}).get("version", "0"))
        new_version = next_version(args.package_version, info_version, report.bump)
        name = str(new_spec.get("info", {}).get("title") or new_path.stem)
        print(render_markdown(report, name, args.package_version, new_version), end="")
    else:
        print(report.to_text(), end="")
    return 1 if args.fail_on_breaking and report.breaking else 0


if __name__ == "__main__":
    sys.exit(main())
