"""Every task of the project. `nox -l` lists them; `nox -t ci` is the test command."""

from __future__ import annotations

import sys
from pathlib import Path

import nox

ROOT = Path(__file__).parent
sys.path.insert(0, str(ROOT / "scripts"))
from vendors import VENDORS  # noqa: E402

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.error_on_external_run = True
nox.options.sessions = []

PYTHON = "3.11"
PACKAGES = [str(v.output.relative_to(ROOT)) for v in VENDORS.values()]
# The simulators, as users install them: `vision-sim`, the pytest plugin, and (with
# [validate]) the spec checks the contract suite runs on every exchange.
SIMS = "sims"
SIMS_CHECKED = f"./{SIMS}[validate]"
LINTED = ["overlays", "scripts", "tests", SIMS, "noxfile.py"]
# Type-checked together: the tests import the scripts (scripts/ is not a package).
HAND_WRITTEN_PYTHON = ["scripts", "tests", "noxfile.py"]


def _install_packages(session: nox.Session) -> None:
    # Not editable: tests must see the packages as users install them.
    session.install(*PACKAGES, SIMS_CHECKED)


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Regenerate generated/<vendor>/ from specs/ and overlays/ (all vendors, or those named)."""
    session.install("-r", "requirements/generate.txt")
    session.run("python", "scripts/generate.py", *session.posargs)


@nox.session(python=PYTHON, tags=["ci"])
def check_generated(session: nox.Session) -> None:
    """Fail when generated/ differs from a fresh generation."""
    session.install("-r", "requirements/generate.txt")
    # --force: CI proves a full generation reproduces generated/, not just the stamps.
    session.run("python", "scripts/generate.py", "--check", "--force", *session.posargs)


@nox.session(python=PYTHON, tags=["ci"])
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check on everything hand-written."""
    session.install("-r", "requirements/lint.txt")
    session.run("ruff", "check", *LINTED)
    session.run("ruff", "format", "--check", *LINTED)


@nox.session(python=PYTHON, tags=["ci"])
def typecheck(session: nox.Session) -> None:
    """mypy --strict on every generated package (overlays and runtime included), on the
    simulators, and on the scripts, the tests and this file."""
    # The tests' and scripts' libraries too: untyped imports would hide every use of them.
    session.install(
        "-r", "requirements/typecheck.txt",
        "-r", "requirements/test.txt",
        "-r", "requirements/generate.txt",
        "-r", "requirements/nox.txt",
    )  # fmt: skip
    _install_packages(session)
    config = str(ROOT / "pyproject.toml")
    for vendor in VENDORS.values():
        with session.chdir(vendor.output):
            session.run("mypy", "--config-file", config, "--strict", vendor.package)
    with session.chdir(SIMS):
        session.run("mypy", "--config-file", config, "--strict", "vision_api_sims")
    session.run("mypy", "--config-file", config, "--strict", *HAND_WRITTEN_PYTHON)


def _test_environment(session: nox.Session) -> None:
    # The generation tests run the pinned generator too.
    session.install("-r", "requirements/test.txt", "-r", "requirements/generate.txt")
    _install_packages(session)


@nox.session(python=PYTHON, tags=["ci"])
def tests(session: nox.Session) -> None:
    """Unit, fault-injection, generation, simulator and CLI tests."""
    _test_environment(session)
    session.run("pytest", "--ignore=tests/contract", "--ignore=tests/vendor_sdks", *(session.posargs or ["-q"]))


@nox.session(python=PYTHON, tags=["ci"])
def contract(session: nox.Session) -> None:
    """The contract suite: every spec, example and operation of every vendor, over HTTP
    against the simulators, with a coverage report that fails on an untested operation."""
    _test_environment(session)
    session.run("pytest", "tests/contract", *(session.posargs or ["-q"]))


@nox.session(python=PYTHON, tags=["ci"])
def build(session: nox.Session) -> None:
    """Build a wheel per vendor, install each alone into a fresh venv and use it; then
    install the simulators' wheel beside each client's and run the package README's
    "Try it" steps there (`vision-sim <vendor>`, its usage example, its CLI examples)."""
    session.install("build==1.6.1")
    session.run("python", "scripts/check_wheels.py", *PACKAGES)
    session.run("python", "scripts/check_sims.py", *PACKAGES)


@nox.session(python=PYTHON)
def contract_live(session: nox.Session) -> None:
    """Check a real deployment against its spec: `nox -s contract_live -- <vendor> [--json]`.

    Read-only operations only; credentials from <VENDOR>_API_KEY and <VENDOR>_BASE_URL
    (Analytiks: ANALYTIKS_CLIENT_ID, ANALYTIKS_CLIENT_SECRET, ANALYTIKS_EXPORTS_URL,
    ANALYTIKS_TOKEN_URL). Additions are reported; removals and type changes fail."""
    if not session.posargs:
        session.error("name a vendor: nox -s contract_live -- citylens")
    session.install("-r", "requirements/spec.txt")
    _install_packages(session)
    session.run("python", "scripts/contract_live.py", *session.posargs)


@nox.session(python=PYTHON)
def api_changes(session: nox.Session) -> None:
    """What a spec edit means for client users: `nox -s api_changes -- --git-base HEAD specs/scopix.yaml`."""
    session.install("-r", "requirements/spec.txt")
    session.run("python", "scripts/api_changes.py", *session.posargs)


# The vendors' own SDKs, as evidence of what their servers accept: test-only, never a
# dependency of a package, and not in CI (they are large and pull their own stacks).
VENDOR_SDKS = ("hasty==0.3.12", "pictograph==1.69.146")


@nox.session(python=PYTHON)
def vendor_sdks(session: nox.Session) -> None:
    """Run the vendors' own SDK calls against our simulators and report how many work."""
    _test_environment(session)
    session.install(*VENDOR_SDKS)
    session.run("pytest", "tests/vendor_sdks", "-rA", *(session.posargs or ["-q"]))


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    """The main job: every client end to end against the vendor simulators."""
    session.install("-r", "requirements/test.txt")
    _install_packages(session)
    session.run("python", "scripts/demo.py", *session.posargs)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks beside the floor, the usual baselines and the vendors' SDKs, measured in
    the same run; writes docs/benchmarks.md. `nox -s bench -- --only listing --runs 3`."""
    import tempfile

    # Byte-compiled, as pip leaves packages for users: otherwise the first import compiles.
    session.env["UV_COMPILE_BYTECODE"] = "1"
    session.install("-r", "requirements/test.txt", "-r", "requirements/generate.txt", "-r", "requirements/bench.txt")
    _install_packages(session)
    # A stock openapi-python-client build of our CityLens spec (no templates of ours).
    with tempfile.TemporaryDirectory(prefix="bench-stock-") as tmp:
        stock = str(Path(tmp) / "stock-citylens")
        session.run(
            "openapi-python-client", "generate", "--path", "specs/citylens.yaml", "--output-path", stock,
            "--meta", "poetry", success_codes=[0, 1],  # 1: its ruff post-hook is not on PATH; the code is there
        )  # fmt: skip
        session.install(stock)
    session.run("python", "scripts/bench.py", *session.posargs)
    session.run("python", "scripts/bench_columnar.py")  # writes its figures into docs/columnar.md
