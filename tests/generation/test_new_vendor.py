"""Following docs/adding-a-vendor.md with a made-up vendor, Acme, step by step."""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from vision_api_sims.server import serve
from vision_api_sims.validation import SpecValidator, ValidationMiddleware

ROOT = Path(__file__).resolve().parents[2]
ACME = Path(__file__).resolve().parent / "acme"
KEY = "acme-test-key"
WIDGETS = [{"id": n, "colour": ("red", "green", "blue")[n % 3]} for n in range(1, 38)]

pytest.importorskip("openapi_python_client")


def _simulator(spec: Path, violations: list[str]) -> Starlette:
    """Step 5 of the guide: a simulator that implements the documented behaviour."""

    async def widgets(request: Request) -> JSONResponse:
        if request.headers.get("x-acme-key") != KEY:
            return JSONResponse({"detail": "bad key"}, status_code=401)
        colours = set(filter(None, request.query_params.get("colours", "").split(",")))
        chosen = [w for w in WIDGETS if not colours or w["colour"] in colours]
        offset, limit = int(request.query_params.get("offset", 0)), int(request.query_params.get("limit", 10))
        return JSONResponse({"items": chosen[offset : offset + limit], "total": len(chosen)})

    validator = SpecValidator(spec)
    middleware = [Middleware(ValidationMiddleware, validator=validator, violations=violations)]
    return Starlette(routes=[Route("/v1/widgets", widgets)], middleware=middleware)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    root = tmp_path_factory.mktemp("repo")
    for name in ("specs", "overlays", "scripts", "requirements"):
        shutil.copytree(ROOT / name, root / name, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache"))
    # Step 1: the spec. Step 2: the registry entry. Step 3: the overlay.
    shutil.copyfile(ACME / "acme.yaml", root / "specs" / "acme.yaml")
    shutil.copytree(ACME / "overlay", root / "overlays" / "acme")
    registry = root / "scripts" / "vendors.py"
    registry.write_text(
        registry.read_text().replace(
            "    ]\n}",
            '        Vendor(key="acme", distribution="acme-client", package="acme_client"),\n    ]\n}',
        )
    )
    # Step 4: generate.
    subprocess.run([sys.executable, "scripts/generate.py", "acme"], cwd=root, check=True, capture_output=True)
    sys.path.insert(0, str(root / "generated" / "acme"))
    yield root
    sys.path.remove(str(root / "generated" / "acme"))
    for name in [m for m in sys.modules if m.startswith("acme_client")]:
        del sys.modules[name]


def test_the_package_is_complete(workspace: Path) -> None:
    package = workspace / "generated" / "acme"
    readme = (package / "README.md").read_text()
    assert "# acme-client" in readme and "| `iter_widgets` | Every widget, optionally of some colours. |" in readme
    assert "acme.iter_widgets(client" in readme
    assert 'version = "0.1.0.0"' in (package / "pyproject.toml").read_text()
    assert (package / "CHANGELOG.md").exists() and (package / "acme_client" / "_runtime" / "retry.py").exists()
    check = subprocess.run(
        [sys.executable, "scripts/generate.py", "--check", "--force", "acme"], cwd=workspace, capture_output=True
    )
    assert check.returncode == 0


def test_the_client_walks_the_simulator_with_every_exchange_valid(workspace: Path) -> None:
    acme = importlib.import_module("acme_client")
    violations: list[str] = []
    with serve(_simulator(workspace / "specs" / "acme.yaml", violations)) as server:
        with acme.connect(KEY, base_url=server.base_url) as client:
            everything = [w.id for w in acme.iter_widgets(client, page_size=7)]
            blue_or_red = [w.colour for w in acme.iter_widgets(client, colours=["blue", "red"])]
        with acme.connect("wrong", base_url=server.base_url) as client, pytest.raises(acme.AuthenticationError):
            list(acme.iter_widgets(client))
        with acme.connect(KEY, base_url=server.base_url) as client, pytest.raises(acme.ParameterError, match="50"):
            acme.iter_widgets(client, page_size=51)  # the spec's `limit` maximum, refused before any request
    assert everything == [w["id"] for w in WIDGETS]
    assert blue_or_red == [w["colour"] for w in WIDGETS if w["colour"] in ("blue", "red")]
    assert violations == []


async def test_the_async_twin(workspace: Path) -> None:
    aio = importlib.import_module("acme_client.aio")
    violations: list[str] = []
    with serve(_simulator(workspace / "specs" / "acme.yaml", violations)) as server:
        async with aio.connect(KEY, base_url=server.base_url) as client:
            ids = [w.id async for w in aio.iter_widgets(client, page_size=50)]
    assert ids == [w["id"] for w in WIDGETS] and violations == []


def test_the_command_line(
    workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = importlib.import_module("acme_client.cli")
    monkeypatch.chdir(tmp_path)

    def run(*args: str) -> tuple[int | str | None, str, str]:
        with pytest.raises(SystemExit) as exit_:
            cli.main(list(args))
        out, err = capsys.readouterr()
        return exit_.value.code, " ".join(out.split()) if "--help" in args else out, err  # help: unwrapped

    code, usage, _ = run("--help")  # the module docstring is the command's help
    assert code == 0 and "Acme widgets, to a file." in usage and "acme widgets --colours red,blue" in usage
    code, usage, _ = run("widgets", "--help")
    assert code == 0 and "ACME_API_KEY" in usage and "default: https://api.acme.example]" in usage  # connect()'s
    violations: list[str] = []
    with serve(_simulator(workspace / "specs" / "acme.yaml", violations)) as server:
        monkeypatch.setenv("ACME_BASE_URL", server.base_url)
        code, _, err = run("widgets", "--colours", "blue,red", "--out", "widgets.jsonl")
        assert (code, err) == (2, "acme: error: missing --api-key: pass it, or set ACME_API_KEY\n")
        monkeypatch.setenv("ACME_API_KEY", KEY)
        code, out, _ = run("widgets", "--colours", "blue,red", "--out", "widgets.jsonl")
    expected = [w for w in WIDGETS if w["colour"] in ("blue", "red")]
    records = [json.loads(line) for line in (tmp_path / "widgets.jsonl").read_text().splitlines()]
    assert code == 0 and out == f"{len(expected)} widgets written to widgets.jsonl\n"
    assert records == expected and violations == []
