"""Generate every vendor package from its spec, or check that `generated/` is fresh.

    python scripts/generate.py [VENDOR ...]          # write generated/<vendor>/
    python scripts/generate.py --check [VENDOR ...]  # exit 1 when generated/ drifted

A package is openapi-python-client's output for the spec (with our templates from
`scripts/templates/`), plus the shared runtime from `overlays/_runtime/` and the
vendor's overlay from `overlays/<vendor>/`. Each package is built whole in a
temporary folder and then compared or swapped in, so files nobody writes any more
cannot linger (the generator's own `--overwrite` leaves them behind).
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import arrow_schemas
import readme
from api_changes import write_release_files
from connect_module import write_connect_module
from package_init import write_package_init
from request_rules import body_rules, parameter_rules
from spec import Document, load
from spec_helpers import write_spec_modules
from split_rules import split_rules
from sync_twins import write_runtime_twins, write_sync_twin
from vendors import OVERLAYS, ROOT, SPECS, Vendor, select

TEMPLATES = Path(__file__).resolve().parent / "templates"
RUNTIME = OVERLAYS / "_runtime"
# Build and cache leftovers that are not part of a package's source.
IGNORED_NAMES = {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build", "dist", ".venv"}
IGNORED_SUFFIXES = (".pyc", ".egg-info")


def check_spec_conventions(spec_path: Path) -> None:
    """Refuse what our templates cannot express faithfully.

    Query arrays are sent comma-separated (`style: form, explode: false`), the form our
    vendors document; openapi-python-client ignores `explode`, so our template applies
    it to every query array and a spec asking for repeated parameters must fail here.
    """
    document = Document.from_path(spec_path)
    spec, resolve = document.contents, document.resolve

    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            if not isinstance(operation, dict):
                continue
            for param in map(resolve, [*item.get("parameters", []), *operation.get("parameters", [])]):
                schema = resolve(param.get("schema", {}))
                if param.get("in") == "query" and schema.get("type") == "array" and param.get("explode") is not False:
                    raise SystemExit(
                        f"{spec_path.name}: {method.upper()} {path} query parameter {param['name']!r} is an array "
                        "without `explode: false`; our clients send query arrays comma-separated"
                    )


def build(vendor: Vendor, dest: Path) -> None:
    """Write the complete package for `vendor` into `dest` (which must not exist)."""
    check_spec_conventions(vendor.spec)
    with tempfile.TemporaryDirectory(prefix=f"gen-{vendor.key}-") as tmp:
        config = Path(tmp) / "config.json"
        config.write_text(
            json.dumps(
                {
                    "project_name_override": vendor.distribution,
                    "package_name_override": vendor.package,
                    **vendor.generator_config,
                }
            )
        )
        out = Path(tmp) / "out"
        # The generator's post-hooks call `ruff` from PATH: make it the pinned one
        # installed beside this interpreter, not whatever the machine has.
        env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
        result = subprocess.run(
            [
                sys.executable, "-m", "openapi_python_client", "generate",
                "--path", str(vendor.spec),
                "--config", str(config),
                "--meta", "uv",
                "--custom-template-path", str(TEMPLATES),
                "--output-path", str(out),
                "--fail-on-warning",
            ],
            env=env,
            capture_output=True,
            text=True,
        )  # fmt: skip
        if result.returncode != 0 or not out.is_dir():
            raise SystemExit(f"openapi-python-client failed for {vendor.key}:\n{result.stdout}{result.stderr}")
        package_dir = out / vendor.package
        _write_operations(vendor, package_dir)
        records = tuple(SPECS / schema for schema in vendor.record_models.values())
        (package_dir / "_arrow_schemas.py").write_text(arrow_schemas.render(vendor.spec, records))
        _ruff(package_dir / "_arrow_schemas.py")
        _add_record_models(vendor, package_dir, env)
        _finish_pyproject(vendor, out / "pyproject.toml")
        shutil.rmtree(out / ".ruff_cache", ignore_errors=True)
        _copy_tree(RUNTIME, package_dir / "_runtime")
        for module in write_runtime_twins(package_dir / "_runtime"):  # the sync forms of its async code
            _ruff(module, cwd=out)
        for item in sorted(vendor.overlay.iterdir()):
            if _ignored(item) or item.name == "USAGE.md":  # USAGE.md goes into the README, not the package
                continue
            target = package_dir / item.name
            if item.is_dir():
                _copy_tree(item, target)
            else:
                shutil.copyfile(item, target)
        for declared in write_spec_modules(vendor, package_dir):
            _ruff(declared)
        (out / "README.md").write_text(readme.render(vendor, package_dir))
        if write_connect_module(vendor, package_dir):
            _ruff(package_dir / "_client.py")
        twin = write_sync_twin(package_dir)
        if twin is not None:
            _ruff(twin)
        if write_package_init(vendor, package_dir):  # after helpers.py: it reads the names it exports
            _ruff(package_dir / "__init__.py")
        try:
            # Version, CHANGELOG.md and the spec snapshot (openapi.yaml), continuing the committed package's.
            release = write_release_files(out, vendor.output, vendor.spec, distribution=vendor.distribution)
        except ValueError as exc:  # info.version went backwards
            raise SystemExit(f"{vendor.key}: {exc}") from exc
        if release.report is not None and release.report.breaking:
            print(
                f"{vendor.key}: breaking API changes, released as {release.version}; see CHANGELOG.md", file=sys.stderr
            )
        # `__version__` from the release just computed: known without reading the
        # installed distribution's metadata (slow to import, absent in a source tree).
        (package_dir / "_version.py").write_text(
            f'"""The package version (written by scripts/generate.py)."""\n\n__version__ = "{release.version}"\n'
        )
        write_stamp(vendor, out)
        shutil.move(str(out), str(dest))


# msgspec Structs: measured 5x faster than json.loads alone on Scopix JSONL records, and
# typed and validated (pydantic 1.1x, json.loads + dataclass 1.4x, untyped); see the note.
RECORD_MODEL_OPTIONS = [
    "--input-file-type", "jsonschema",
    "--output-model-type", "msgspec.Struct",
    "--target-python-version", "3.11",
    "--use-standard-collections",
    "--use-union-operator",
    "--output-datetime-class", "datetime",
    "--disable-timestamp",
    "--formatters", "builtin",
]  # fmt: skip


def _add_record_models(vendor: Vendor, package_dir: Path, env: dict[str, str]) -> None:
    for module, schema in vendor.record_models.items():
        target = package_dir / f"{module}.py"
        command = [sys.executable, "-m", "datamodel_code_generator", "--input", str(SPECS / schema)]
        subprocess.run(
            [*command, "--output", str(target), *RECORD_MODEL_OPTIONS],
            check=True,
            capture_output=True,
            env=env,
        )
        _ruff(target)


def _ruff(path: Path, cwd: Path | None = None) -> None:
    """Format a file we write beside the generator's output the way its post-hooks do.
    `cwd` is on `python -m`'s import path: never a package folder, whose `types.py`
    would hide the standard library's."""
    for command in (["check", "--fix-only", "--quiet"], ["format", "--quiet"]):
        subprocess.run([sys.executable, "-m", "ruff", *command, str(path)], check=True, cwd=cwd or path.parent.parent)


def _write_operations(vendor: Vendor, package_dir: Path) -> None:
    """What the runtime needs to know about operations that the generated code does not
    carry: per-operation `servers` (openapi-python-client drops them), POSTs the spec
    marks `x-idempotent: true` (safe to retry without an idempotency key) and each
    operation's id (to name it in traces) and the constraints on its query parameters."""
    spec = load(vendor.spec)
    rules, bodies = parameter_rules(Document(spec)), body_rules(Document(spec))
    default = (spec.get("servers") or [{}])[0].get("url")
    servers: dict[tuple[str, str], str] = {}
    idempotent: list[tuple[str, str]] = []
    names: dict[tuple[str, str], str] = {}
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            if not isinstance(operation, dict):
                continue
            key = (method.upper(), path)
            names[key] = operation.get("operationId") or f"{method.upper()} {path}"
            own = operation.get("servers")
            if own and own[0]["url"] != default:
                servers[key] = own[0]["url"]
            if operation.get("x-idempotent") is True:
                idempotent.append(key)
    lines = [
        f'"""Operation facts from specs/{vendor.spec.name} (written by scripts/generate.py)."""',
        "",
        "from typing import Any",
        "",
        f"DEFAULT_SERVER: str | None = {default!r}",
        "# (method, path template) -> server, for operations the spec sends to another host.",
        f"OPERATION_SERVERS: dict[tuple[str, str], str] = {servers!r}",
        "# (method, path template) of non-idempotent methods the spec marks safe to repeat.",
        f"IDEMPOTENT_OPERATIONS: frozenset[tuple[str, str]] = frozenset({sorted(idempotent)!r})",
        "# (method, path template) -> operationId, to name the operation a request calls (tracing).",
        f"OPERATION_IDS: dict[tuple[str, str], str] = {names!r}",
        "# operationId -> query parameter -> the spec's constraints, checked before a walk's",
        "# first request (_runtime/request_rules.py; scripts/request_rules.py).",
        f"PARAMETER_RULES: dict[str, dict[str, dict[str, Any]]] = {rules!r}",
        "# operationId -> the spec's constraints on its JSON body, checked before it is sent.",
        f"BODY_RULES: dict[str, dict[str, Any]] = {bodies!r}",
        "# request model -> how a longer period or list is split (x-period, x-split; scripts/split_rules.py).",
        f"SPLIT_RULES: dict[str, dict[str, Any]] = {split_rules(Document(spec), package_dir)!r}",
        "",
    ]
    target = package_dir / "_operations.py"
    target.write_text("\n".join(lines))
    _ruff(target)


def _finish_pyproject(vendor: Vendor, pyproject: Path) -> None:
    """Dependencies beyond the template's, and the console command when the vendor has one."""
    text = pyproject.read_text()
    if vendor.extra_dependencies:
        listed = "".join(f'    "{d}",\n' for d in vendor.extra_dependencies)
        text = text.replace("dependencies = [\n", "dependencies = [\n" + listed, 1)
    # Optional parts are extras, so the library itself stays httpx + attrs: tracing (used
    # when opentelemetry-api is installed), columnar output (Arrow tables, Parquet, sync)
    # and, with a console command, click for it and pyarrow for the Parquet files it writes.
    extras = {"otel": ["opentelemetry-api>=1.20"], "arrow": ["pyarrow>=15"]}
    scripts = ""
    if (vendor.overlay / "cli.py").exists():
        extras |= {"cli": ["click>=8.1"], "parquet": ["pyarrow>=15"]}
        command = vendor.distribution.removesuffix("-client")
        scripts = f'\n[project.scripts]\n{command} = "{vendor.package}.cli:main"\n'
    listed = "".join(f"{name} = {json.dumps(requirements)}\n" for name, requirements in sorted(extras.items()))
    section = f"\n[project.optional-dependencies]\n{listed}{scripts}"
    text = text.replace("\n[tool.uv.build-backend]", section + "\n[tool.uv.build-backend]", 1)
    pyproject.write_text(text)


def _copy_tree(src: Path, dest: Path) -> None:
    shutil.copytree(src, dest, ignore=lambda _dir, names: [n for n in names if _ignored(Path(n))], dirs_exist_ok=True)


def _ignored(path: Path) -> bool:
    return path.name in IGNORED_NAMES or path.name.endswith(IGNORED_SUFFIXES)


STAMP = ".generation-stamp"


def inputs_digest(vendor: Vendor) -> str:
    """A hash of everything a package is generated from: its spec and record schemas,
    the runtime and its overlay, our templates, this script, its registry entry and the
    pinned tool versions. Unchanged inputs make a no-op generation."""
    digest = hashlib.sha256(repr(vendor).encode())
    sources = [
        vendor.spec,
        *(SPECS / s for s in vendor.record_models.values()),
        Path(__file__),
        Path(__file__).with_name("api_changes.py"),
        Path(__file__).with_name("readme.py"),
        Path(__file__).with_name("sync_twins.py"),
        Path(__file__).with_name("package_init.py"),
        Path(__file__).with_name("connect_module.py"),
        Path(__file__).with_name("spec_helpers.py"),
        Path(__file__).with_name("walk_helpers.py"),
        Path(__file__).with_name("job_helpers.py"),
        Path(__file__).with_name("operation_signatures.py"),
        Path(__file__).with_name("request_rules.py"),
        Path(__file__).with_name("split_rules.py"),
        Path(__file__).with_name("spec.py"),
        Path(__file__).with_name("arrow_schemas.py"),
        ROOT / "requirements" / "generate.txt",
        ROOT / "requirements" / "spec.txt",
    ]
    for folder in (RUNTIME, vendor.overlay, TEMPLATES):
        sources += sorted(p for p in folder.rglob("*") if p.is_file() and not any(map(_ignored, map(Path, p.parts))))
    for source in sources:
        label = source.relative_to(ROOT) if source.is_relative_to(ROOT) else Path(source.name)
        digest.update(label.as_posix().encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()


def outputs_digest(files: dict[str, bytes]) -> str:
    digest = hashlib.sha256()
    for rel in sorted(files):
        if rel != STAMP:
            digest.update(rel.encode() + b"\0" + files[rel])
    return digest.hexdigest()


def write_stamp(vendor: Vendor, package_root: Path) -> None:
    stamp = {"inputs": inputs_digest(vendor), "outputs": outputs_digest(tree_files(package_root))}
    (package_root / STAMP).write_text(json.dumps(stamp, indent=1) + "\n")


def is_fresh(vendor: Vendor) -> bool:
    """True when generated/<vendor>/ was made from the current inputs and not touched since."""
    files = tree_files(vendor.output)
    try:
        stamp = json.loads(files[STAMP])
    except (KeyError, ValueError):
        return False
    return bool(stamp.get("inputs") == inputs_digest(vendor) and stamp.get("outputs") == outputs_digest(files))


def tree_files(root: Path) -> dict[str, bytes]:
    """Every source file below `root`, by relative path."""
    files: dict[str, bytes] = {}
    if not root.is_dir():
        return files
    for path in root.rglob("*"):
        rel = path.relative_to(root)
        if any(_ignored(Path(part)) for part in rel.parts) or not path.is_file():
            continue
        files[rel.as_posix()] = path.read_bytes()
    return files


def drift(expected: dict[str, bytes], actual: dict[str, bytes]) -> list[str]:
    """Human-readable differences between a fresh generation and what is committed."""
    report: list[str] = []
    for rel in sorted(expected.keys() - actual.keys()):
        report.append(f"missing (spec or overlay adds it): {rel}")
    for rel in sorted(actual.keys() - expected.keys()):
        report.append(f"stale (nothing generates it any more): {rel}")
    for rel in sorted(expected.keys() & actual.keys()):
        if expected[rel] != actual[rel]:
            diff = difflib.unified_diff(
                actual[rel].decode(errors="replace").splitlines(),
                expected[rel].decode(errors="replace").splitlines(),
                f"generated/{rel}",
                "fresh generation",
                lineterm="",
                n=1,
            )
            report.append(f"changed: {rel}\n" + "\n".join(list(diff)[:40]))
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("vendors", nargs="*", help="vendor keys (default: all)")
    parser.add_argument("--check", action="store_true", help="fail when generated/ differs from a fresh generation")
    parser.add_argument("--force", action="store_true", help="generate even when the inputs are unchanged")
    args = parser.parse_args(argv)

    failed = False
    for vendor in select(args.vendors):
        started = time.perf_counter()
        rel_out = vendor.output.relative_to(ROOT)
        if not args.force and is_fresh(vendor):
            print(f"{rel_out}: up to date, inputs unchanged ({time.perf_counter() - started:.2f}s)")
            continue
        with tempfile.TemporaryDirectory(prefix="gen-stage-") as stage:
            fresh = Path(stage) / vendor.key
            build(vendor, fresh)
            if args.check:
                problems = drift(tree_files(fresh), tree_files(vendor.output))
                if problems:
                    failed = True
                    print(f"{rel_out}: differs from a fresh generation; run `nox -s generate`:", file=sys.stderr)
                    for line in problems:
                        print("  " + line.replace("\n", "\n  "), file=sys.stderr)
                else:
                    print(f"{rel_out}: up to date ({time.perf_counter() - started:.1f}s)")
            else:
                if vendor.output.exists():
                    shutil.rmtree(vendor.output)
                vendor.output.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(str(fresh), str(vendor.output))
                print(f"{rel_out}: generated ({time.perf_counter() - started:.1f}s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
