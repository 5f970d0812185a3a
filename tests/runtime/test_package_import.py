"""`import <package>` is cheap: each exported name is imported on first use (the
package's `__getattr__`, scripts/templates/package_init.py.tmpl), and every one is there."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from vendors import VENDORS

PACKAGES = sorted(vendor.package for vendor in VENDORS.values())


def _loaded_after(code: str) -> set[str]:
    script = f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout
    return set(json.loads(out))


@pytest.mark.parametrize("package", PACKAGES)
def test_a_plain_import_loads_neither_httpx_nor_the_operations(package: str) -> None:
    loaded = _loaded_after(f"import {package}")
    deferred = {"httpx", "attrs", "asyncio", *(f"{package}.{m}" for m in ("helpers", "api", "models", "client"))}
    assert package in loaded
    assert not loaded & deferred
    assert not {m for m in loaded if m.startswith(f"{package}._runtime")}


@pytest.mark.parametrize("package", PACKAGES)
def test_the_first_use_of_an_error_does_not_load_the_operations(package: str) -> None:
    loaded = _loaded_after(f"import {package}\n{package}.VisionAPIError")
    assert f"{package}._runtime.errors" in loaded
    assert f"{package}.helpers" not in loaded and f"{package}.api" not in loaded


@pytest.mark.parametrize("package", PACKAGES)
def test_every_exported_name_and_submodule_is_there(package: str) -> None:
    module = importlib.import_module(package)
    helpers = importlib.import_module(f"{package}.helpers")
    assert module.__all__ and all(getattr(module, name) is not None for name in module.__all__)
    assert module.connect is helpers.connect
    assert module.Client is importlib.import_module(f"{package}.client").Client
    assert module.models is importlib.import_module(f"{package}.models")
    assert set(module.__all__) <= set(dir(module))
    namespace: dict[str, object] = {}
    exec(f"from {package} import *", namespace)
    assert set(module.__all__) <= set(namespace)
    with pytest.raises(AttributeError, match="no attribute 'conect'"):
        module.conect  # noqa: B018
