"""Check a real deployment against its spec: run the read-only operations, report every difference.

    CITYLENS_BASE_URL=https://citylens.example CITYLENS_API_KEY=... python scripts/contract_live.py citylens
    SCOPIX_API_KEY=... python scripts/contract_live.py scopix --json
    python scripts/contract_live.py pictograph --list        # what would run, with no request

Credentials and hosts come from the environment: `<VENDOR>_API_KEY` and
`<VENDOR>_BASE_URL` (optional when the spec names a server); for Analytiks
`ANALYTIKS_CLIENT_ID`, `ANALYTIKS_CLIENT_SECRET` and, optionally, `ANALYTIKS_EXPORTS_URL`
and `ANALYTIKS_TOKEN_URL`.

Read-only means GET, and POSTs the spec marks `x-idempotent: true` (Analytiks' exports
only read; its token request is run with the real credentials). Nothing else is ever
sent: no create, update or delete. Requests go through the installed vendor package
(`<package>.connect(...)`), so authentication, routing to per-operation hosts and
retries are the client's own.

Parameter values, first found wins:
1. `<VENDOR>_PARAM_<NAME>` from the environment (`SCOPIX_PARAM_EXPORT_ID=...`); a
   request body from `<VENDOR>_BODY_<OPERATIONID>` (JSON);
2. path parameters: a value from the items an operation without path parameters
   returned (`frame_id` from a detected object; `export_name` from the `name` of an
   item listed under the same path);
3. `PARAMETERS` below, for required parameters the spec gives no example for;
4. the spec's example, or its default.
Optional parameters are left out (the API's defaults apply), so filters do not narrow
the answers. An operation whose required parameter has no value is skipped and says
which variable to set.

Every answer is checked against the spec: the status must be documented, the media type
documented for it, and a JSON body is validated against its schema with jsonschema
(through scripts/spec.py), each error then classified:

- additions, reported, exit 0: an undocumented field (a key not in `properties`
  where the schema lists properties and does not declare `additionalProperties`), an
  unknown enum value, an undocumented status code;
- breaking, exit 1: a required field missing, a type that differs, a date, time or UUID
  the client cannot parse, a media type not documented for the status;
- notes, exit 0: values outside documented bounds, patterns or lengths (clients do not
  check those on responses).

Exit 2 means the check could not be made: configuration missing, the API unreachable,
or no operation answered with a success status (wrong credentials, say). Values are
never printed, except unknown enum values; nor are credentials or bodies.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import re
import sys
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent))
from schema_check import Finding, Kind, SchemaChecker, Severity
from spec import Document, load
from vendors import VENDORS, Vendor

__all__ = [
    "Difference",
    "Kind",
    "LiveReport",
    "ReadOperation",
    "SchemaChecker",
    "Severity",
    "main",
    "read_operations",
    "run",
]

# Values for required parameters the spec gives no example for: {vendor: {name: value}}.
# Empty today: every required parameter of our specs has an example, and every path
# parameter can also be found in a list's items.
PARAMETERS: dict[str, dict[str, Any]] = {}


def _analytiks_token_body(env: Mapping[str, str], example: Any) -> Any:
    """The token request of the spec's example, with the real credentials."""
    base = example if isinstance(example, dict) else {}
    return {**base, "client_id": env["ANALYTIKS_CLIENT_ID"], "client_secret": env["ANALYTIKS_CLIENT_SECRET"]}


# Request bodies built from the environment: {vendor: {operationId: (env, spec example) -> body}}.
BODIES: dict[str, dict[str, Callable[[Mapping[str, str], Any], Any]]] = {
    "analytiks": {"create_token": _analytiks_token_body},
}


@dataclass(frozen=True)
class Difference:
    operation: str
    status: int | None
    kind: Kind
    where: str
    detail: str
    count: int = 1

    @property
    def severity(self) -> Severity:
        return self.kind.severity

    def describe(self) -> str:
        times = f" ({self.count}x)" if self.count > 1 else ""
        status = f" {self.status}" if self.status is not None else ""
        detail = f", {self.detail}" if self.detail else ""
        return f"{self.operation}{status}  {self.where}: {self.kind.value}{detail}{times}"


# --- operations ---------------------------------------------------------------------------

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@dataclass(frozen=True)
class ReadOperation:
    operation_id: str
    method: str
    path: str
    parameters: tuple[dict[str, Any], ...]
    request_body: dict[str, Any] | None
    responses: dict[str, Any]

    @property
    def path_parameters(self) -> list[str]:
        return [str(p["name"]) for p in self.parameters if p.get("in") == "path"]


def read_operations(spec: Mapping[str, Any]) -> list[ReadOperation]:
    """GETs and `x-idempotent: true` POSTs, those with fewer path parameters first."""
    document = Document(spec)
    found: list[ReadOperation] = []
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            if method != "get" and not (method == "post" and operation.get("x-idempotent") is True):
                continue
            merged: dict[tuple[str, str], dict[str, Any]] = {}
            for raw in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
                param = document.resolve(raw)
                merged[(param.get("in"), param.get("name"))] = param
            body = document.resolve(operation.get("requestBody")) if operation.get("requestBody") else None
            found.append(
                ReadOperation(
                    str(operation.get("operationId") or f"{method} {path}"),
                    method.upper(),
                    path,
                    tuple(merged.values()),
                    body,
                    {str(k): document.resolve(v) for k, v in (operation.get("responses") or {}).items()},
                )
            )
    return sorted(found, key=lambda op: len(op.path_parameters))


def _example(node: Mapping[str, Any]) -> tuple[bool, Any]:
    """The first example of a parameter or media type (`example`, then `examples`)."""
    if "example" in node:
        return True, node["example"]
    examples = node.get("examples")
    if isinstance(examples, dict) and examples:
        first = next(iter(examples.values()))
        if isinstance(first, dict) and "value" in first:
            return True, first["value"]
    if isinstance(examples, list) and examples:
        return True, examples[0]
    return False, None


def _env_name(*parts: str) -> str:
    return "_".join(re.sub(r"[^A-Za-z0-9]+", "_", part).strip("_").upper() for part in parts)


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _usable(value: Any) -> bool:
    return isinstance(value, str | int | float) and not isinstance(value, bool) and value != ""


def _lookup(path: str, source_path: str, obj: Mapping[str, Any], name: str) -> Any:
    """`obj[name]`; or, for `frame_id` / `export_name`, the object's `id` / `name` when it came
    from the list the parameter's path continues (`/frames` for `/frames/{frame_id}/image`)."""
    if _usable(obj.get(name)):
        return obj[name]
    if "_" not in name or not path.startswith(source_path.rstrip("/") + "/"):
        return None
    noun, key = name.rsplit("_", 1)
    segments = [s for s in source_path.split("/") if s and not s.startswith("{")]
    last = segments[-1] if segments else ""
    plurals = {noun, noun + "s", noun + "es", noun[:-1] + "ies" if noun.endswith("y") else noun}
    return obj[key] if last in plurals and _usable(obj.get(key)) else None


@dataclass
class OperationResult:
    operation: ReadOperation
    status: int | None = None
    url: str | None = None
    note: str | None = None
    skipped: str | None = None
    error: str | None = None


@dataclass
class LiveReport:
    vendor: str
    base_url: str
    results: list[OperationResult] = field(default_factory=list)
    differences: list[Difference] = field(default_factory=list)
    problem: str | None = None

    def of_severity(self, severity: Severity) -> list[Difference]:
        return [d for d in self.differences if d.severity is severity]

    @property
    def checked(self) -> bool:
        """Whether at least one operation answered with a success status."""
        return any(r.status is not None and 200 <= r.status < 300 for r in self.results)

    @property
    def exit_code(self) -> int:
        if self.of_severity(Severity.BREAKING):
            return 1
        if self.problem or not self.checked or any(r.error for r in self.results):
            return 2
        return 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "vendor": self.vendor,
            "base_url": self.base_url,
            "exit_code": self.exit_code,
            "problem": self.problem,
            "operations": [
                {
                    "operation": r.operation.operation_id,
                    "method": r.operation.method,
                    "path": r.operation.path,
                    "status": r.status,
                    "url": r.url,
                    "note": r.note,
                    "skipped": r.skipped,
                    "error": r.error,
                }
                for r in self.results
            ],
            "differences": [
                {
                    "operation": d.operation,
                    "status": d.status,
                    "kind": d.kind.value,
                    "severity": d.severity.value,
                    "where": d.where,
                    "detail": d.detail,
                    "count": d.count,
                }
                for d in self.differences
            ],
        }

    def to_text(self) -> str:
        lines = [f"Live contract check of {self.vendor} at {self.base_url}", ""]
        if self.problem:
            lines.append(f"Could not check: {self.problem}")
        width = max((len(r.operation.operation_id) for r in self.results), default=0)
        for r in self.results:
            op = r.operation
            status = str(r.status) if r.status is not None else "--"
            outcome = f"skipped: {r.skipped}" if r.skipped else f"failed: {r.error}" if r.error else r.url or op.path
            note = f"  ({r.note})" if r.note else ""
            lines.append(f"  {status:>3}  {op.method:<5} {op.operation_id:<{width}}  {outcome}{note}")
        lines.append("")
        if self.differences:
            lines.append(f"Differences from the spec ({len(self.differences)}):")
            for severity in Severity:
                for difference in self.of_severity(severity):
                    lines.append(f"  {severity.value.upper():<9} {difference.describe()}")
        elif self.checked:
            lines.append("No differences from the spec.")
        if self.results and not self.checked:
            lines.append("No operation answered with a success status: check the credentials and the base URL.")
        plural = {Severity.BREAKING: "breaking", Severity.ADDITION: "additions", Severity.NOTE: "notes"}
        counts = ", ".join(f"{len(self.of_severity(s))} {plural[s]}" for s in Severity)
        verdict = {0: "OK", 1: "FAIL: breaking differences", 2: "INCOMPLETE: see above"}[self.exit_code]
        lines += ["", f"{verdict} ({counts}); exit {self.exit_code}"]
        return "\n".join(lines) + "\n"


class _UsageError(Exception):
    pass


def _require(env: Mapping[str, str], name: str) -> str:
    value = env.get(name)
    if not value:
        raise _UsageError(f"set {name}")
    return value


def _connect(vendor: Vendor, spec: Mapping[str, Any], env: Mapping[str, str], timeout: float) -> tuple[Any, str]:
    """A client from the vendor package, and the base URL it talks to."""
    try:
        package = importlib.import_module(vendor.package)
    except ImportError as exc:
        raise _UsageError(f"install the {vendor.distribution} package ({exc})") from exc
    connect = getattr(package, "connect", None)
    if connect is None:
        raise _UsageError(f"{vendor.package} has no connect() yet")
    servers = spec.get("servers") or []
    default = str(servers[0]["url"]) if servers and isinstance(servers[0], dict) else None
    if vendor.key == "analytiks":
        options: dict[str, Any] = {"timeout": timeout}
        if env.get("ANALYTIKS_EXPORTS_URL"):
            options["exports_url"] = env["ANALYTIKS_EXPORTS_URL"]
        if env.get("ANALYTIKS_TOKEN_URL"):
            options["token_url"] = env["ANALYTIKS_TOKEN_URL"]
        client_id, secret = _require(env, "ANALYTIKS_CLIENT_ID"), _require(env, "ANALYTIKS_CLIENT_SECRET")
        return connect(client_id, secret, **options), str(options.get("exports_url") or default)
    prefix = vendor.key.upper()
    api_key = _require(env, f"{prefix}_API_KEY")
    base_url = env.get(f"{prefix}_BASE_URL") or default
    if not base_url:
        raise _UsageError(f"set {prefix}_BASE_URL (the spec names no server)")
    return connect(api_key=api_key, base_url=base_url, timeout=timeout), base_url


class _Runner:
    def __init__(self, vendor: Vendor, spec: Mapping[str, Any], env: Mapping[str, str]) -> None:
        self.vendor = vendor
        self.spec = spec
        self.env = env
        self.checker = SchemaChecker(spec)
        self.document = self.checker.document
        # (operationId, path template, object) for every object a successful answer held.
        self.harvest: list[tuple[str, str, dict[str, Any]]] = []

    # values

    def parameter(
        self, param: dict[str, Any], discovered: Mapping[str, tuple[Any, str]]
    ) -> tuple[bool, Any, str | None]:
        """(found, value, where it came from when not the spec)."""
        name = str(param["name"])
        variable = _env_name(self.vendor.key, "PARAM", name)
        if variable in self.env:
            return True, self.env[variable], variable
        if param.get("in") == "path" and name in discovered:
            value, source = discovered[name]
            return True, value, f"from {source}"
        table = PARAMETERS.get(self.vendor.key, {})
        if name in table:
            return True, table[name], None
        has, value = _example(param)
        if has:
            return True, value, None
        schema = self.document.resolve(param.get("schema") or {})
        if isinstance(schema, dict):
            has, value = _example(schema)
            if has:
                return True, value, None
            if "default" in schema:
                return True, schema["default"], None
        return False, None, None

    def discovered(self, op: ReadOperation, names: list[str]) -> dict[str, tuple[Any, str]]:
        """{name: (value, operationId)} for path parameters, from the objects earlier
        answers held: all from one object when one has them all (a dataset and an export
        name that belong together), else each from the first object that has it."""
        for source_op, source_path, obj in self.harvest:
            values = {name: value for name in names if (value := _lookup(op.path, source_path, obj, name)) is not None}
            if len(values) == len(names):
                return {name: (value, source_op) for name, value in values.items()}
        found: dict[str, tuple[Any, str]] = {}
        for name in names:
            for source_op, source_path, obj in self.harvest:
                value = _lookup(op.path, source_path, obj, name)
                if value is not None:
                    found[name] = (value, source_op)
                    break
        return found

    def keep(self, op: ReadOperation, data: Any) -> None:
        stack = deque([data])  # breadth first: a list's items before what they hold
        while stack and len(self.harvest) < 5000:
            node = stack.popleft()
            if isinstance(node, dict):
                self.harvest.append((op.operation_id, op.path, node))
                stack.extend(v for v in node.values() if isinstance(v, dict | list))
            elif isinstance(node, list):
                stack.extend(v for v in node if isinstance(v, dict | list))

    def body(self, op: ReadOperation) -> tuple[bool, Any]:
        if op.request_body is None:
            return True, None
        content: dict[str, Any] = op.request_body.get("content") or {}
        media: Any = content.get("application/json") or next(iter(content.values()), {})
        has, example = _example(media) if isinstance(media, dict) else (False, None)
        if not has and isinstance(media, dict):
            has, example = _example(self.document.resolve(media.get("schema") or {}))
        variable = _env_name(self.vendor.key, "BODY", op.operation_id)
        if variable in self.env:
            return True, json.loads(self.env[variable])
        builder = BODIES.get(self.vendor.key, {}).get(op.operation_id)
        if builder is not None:
            return True, builder(self.env, example)
        if has:
            return True, example
        return not op.request_body.get("required"), None

    # requests

    def prepare(self, op: ReadOperation, result: OperationResult) -> tuple[str, dict[str, Any], dict[str, str]] | None:
        url = op.path
        query: dict[str, Any] = {}
        headers: dict[str, str] = {}
        notes: list[str] = []
        from_env = {n for n in op.path_parameters if _env_name(self.vendor.key, "PARAM", n) in self.env}
        wanted = [n for n in op.path_parameters if n not in from_env]
        discovered = self.discovered(op, wanted) if wanted else {}
        for param in op.parameters:
            if not param.get("required") and param.get("in") != "path":
                continue
            name = str(param["name"])
            found, value, source = self.parameter(param, discovered)
            if not found:
                variable = _env_name(self.vendor.key, "PARAM", name)
                result.skipped = f"no value for the required {param.get('in')} parameter {name} (set {variable})"
                return None
            if source:
                notes.append(f"{name} {source}")
            place = param.get("in")
            if place == "path":
                url = url.replace("{" + name + "}", quote(_scalar(value), safe=""))
            elif place == "query":
                if isinstance(value, list):
                    explode = param.get("explode", param.get("style", "form") == "form")
                    items = [_scalar(v) for v in value]
                    query[name] = items if explode else ",".join(items)
                else:
                    query[name] = _scalar(value)
            elif place == "header":
                headers[name] = _scalar(value)
        result.note = ", ".join(notes) or None
        return url, query, headers

    def run(self, client: Any, package: Any, report: LiveReport, only: Sequence[str] = ()) -> None:
        http = client.get_httpx_client()
        api_error = getattr(package, "APIError", ())
        connection_error = getattr(package, "APIConnectionError", ())
        unreachable = False
        for op in read_operations(self.spec):
            if only and op.operation_id not in only and op.path_parameters:
                continue  # operations without path parameters still run: they supply values
            result = OperationResult(op)
            report.results.append(result)
            if unreachable:
                result.skipped = "not run: the API could not be reached"
                continue
            prepared = self.prepare(op, result)
            if prepared is None:
                continue
            url, query, headers = prepared
            has_body, body = self.body(op)
            if not has_body:
                result.skipped = f"no request body (set {_env_name(self.vendor.key, 'BODY', op.operation_id)})"
                continue
            result.url = url
            try:
                response = http.request(
                    op.method,
                    url,
                    params=query or None,
                    headers=headers or None,
                    json=body if body is not None else None,
                )
            except api_error as exc:
                lowered = {str(k).lower(): str(v) for k, v in (exc.headers or {}).items()}
                self.answer(op, result, report, exc.status_code, lowered.get("content-type", ""), exc.body, None)
                continue
            except connection_error as exc:
                result.error = str(exc)
                unreachable = True  # after the client's own retries: do not wait as long again per operation
                continue
            media = response.headers.get("content-type", "")
            self.answer(op, result, report, response.status_code, media, None, response.content)

    def answer(
        self,
        op: ReadOperation,
        result: OperationResult,
        report: LiveReport,
        status: int,
        content_type: str,
        parsed: Any,
        raw: bytes | None,
    ) -> None:
        result.status = status
        findings: list[Finding] = []
        documented = (
            op.responses.get(str(status)) or op.responses.get(f"{status // 100}XX") or op.responses.get("default")
        )
        if documented is None:
            listed = ", ".join(sorted(op.responses))
            findings.append(Finding(Kind.UNDOCUMENTED_STATUS, f"status {status}", f"the spec lists {listed}"))
        else:
            findings += self.body_findings(op, documented, status, content_type, parsed, raw)
        counted: dict[Finding, int] = {}
        for finding in findings:
            counted[finding] = counted.get(finding, 0) + 1
        report.differences += [
            Difference(op.operation_id, status, f.kind, f.where, f.detail, count) for f, count in counted.items()
        ]

    def body_findings(
        self,
        op: ReadOperation,
        documented: dict[str, Any],
        status: int,
        content_type: str,
        parsed: Any,
        raw: bytes | None,
    ) -> list[Finding]:
        content: dict[str, Any] = documented.get("content") or {}
        media = content_type.split(";", 1)[0].strip().lower()
        if not content:
            return []
        match = content.get(media)
        if match is None:
            wildcard = [m for m in content if (m.endswith("/*") and media.startswith(m[:-1])) or m == "*/*"]
            match = content[wildcard[0]] if wildcard else None
        if match is None:
            listed = ", ".join(content)
            return [Finding(Kind.MEDIA_TYPE, "content-type", f"{media or 'none'} where the spec lists {listed}")]
        if not (media == "application/json" or media.endswith("+json")):
            return []
        data = parsed
        if raw is not None:
            try:
                data = json.loads(raw)
            except ValueError:
                return [Finding(Kind.TYPE_MISMATCH, "$", "the body is not JSON")]
        elif parsed is None:
            return [Finding(Kind.TYPE_MISMATCH, "$", "the body is not JSON")]
        if 200 <= status < 300:
            self.keep(op, data)
        return self.checker.check(match.get("schema") or {}, data)


def run(vendor_key: str, env: Mapping[str, str], *, timeout: float = 30.0, only: Sequence[str] = ()) -> LiveReport:
    """Run the read-only operations of `vendor_key` against the deployment `env` describes."""
    vendor = VENDORS[vendor_key]
    spec = load(vendor.spec)
    report = LiveReport(vendor_key, "")
    try:
        client, report.base_url = _connect(vendor, spec, env, timeout)
    except _UsageError as exc:
        report.problem = str(exc)
        return report
    runner = _Runner(vendor, spec, env)
    if only:
        unknown = set(only) - {op.operation_id for op in read_operations(spec)}
        if unknown:
            report.problem = f"not read-only operations of {vendor_key}: {', '.join(sorted(unknown))}"
            return report
    package = importlib.import_module(vendor.package)
    with client:
        runner.run(client, package, report, only)
    if only:
        report.results = [r for r in report.results if r.operation.operation_id in only]
        report.differences = [d for d in report.differences if d.operation in only]
    return report


def _plan(vendor_key: str, env: Mapping[str, str]) -> Iterator[str]:
    """The operations that would run and their parameter values' origins, without requests."""
    vendor = VENDORS[vendor_key]
    spec = load(vendor.spec)
    runner = _Runner(vendor, spec, env)
    yield "# path parameters come from earlier answers when they have one; else as shown (examples, env)"
    for op in read_operations(spec):
        result = OperationResult(op)
        prepared = runner.prepare(op, result)
        if prepared is None:
            detail = f"needs a value: {result.skipped}" if op.path_parameters else f"skipped: {result.skipped}"
        else:
            detail = prepared[0]
        yield f"{op.method:<5} {op.operation_id}  {detail}"


def main(argv: Sequence[str] | None = None, env: Mapping[str, str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Run a vendor's read-only operations against a real deployment and report every "
        "difference from the spec (exit 1 on removals and type changes, 2 when it could not check).",
    )
    parser.add_argument("vendor", choices=sorted(VENDORS))
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--list", action="store_true", help="list the operations that would run; send nothing")
    parser.add_argument("--operation", action="append", default=[], help="only this operationId (repeatable)")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per request (default 30)")
    args = parser.parse_args(argv)
    env = os.environ if env is None else env

    if args.list:
        for line in _plan(args.vendor, env):
            print(line)
        return 0
    report = run(args.vendor, env, timeout=args.timeout, only=args.operation)
    print(json.dumps(report.to_dict(), indent=2) if args.json else report.to_text(), end="\n" if args.json else "")
    return report.exit_code


if __name__ == "__main__":
    sys.exit(main())
