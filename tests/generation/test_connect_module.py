"""`connect()` of an `oauth2` client-credentials scheme, written from the spec, and the
spec mistakes generation refuses instead of writing a wrong one."""

from __future__ import annotations

import copy
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import connect_module  # noqa: E402
from spec import load  # noqa: E402
from vendors import VENDORS  # noqa: E402

ANALYTIKS = VENDORS["analytiks"]


def _scheme(document: dict[str, Any]) -> dict[str, Any]:
    scheme: dict[str, Any] = document["components"]["securitySchemes"]["ClientCredentials"]
    return scheme


def test_the_written_connect_names_its_hosts_and_token_fields() -> None:
    text = connect_module.render(ANALYTIKS)
    assert 'DEFAULT_EXPORTS_URL = "https://exports.analytiks.ai"' in text.replace("'", '"')
    assert 'DEFAULT_TOKEN_URL = "https://tokens.analytiks.ai"' in text.replace("'", '"')
    assert "audience: str = DEFAULT_AUDIENCE," in text and "from .api.auth import create_token" in text


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: s["flows"]["clientCredentials"].update(tokenUrl="https://elsewhere.example/token"), "tokenUrl"),
        (lambda s: s.update({"x-token-operation": "no_such_operation"}), "no operation"),
        (lambda s: s.pop("x-token-operation"), "x-token-operation"),
        (lambda s: s.update({"x-token-parameters": ["client_id"]}), "with a default"),
        (lambda s: s.pop("x-connect-doc"), "x-connect-doc"),
    ],
)
def test_a_scheme_that_does_not_match_its_token_operation_is_refused(
    monkeypatch: pytest.MonkeyPatch, change: Any, message: str
) -> None:
    document = copy.deepcopy(load(ANALYTIKS.spec))
    change(_scheme(document))
    monkeypatch.setattr(connect_module, "load", lambda _path: document)
    with pytest.raises(SystemExit, match=message):
        connect_module.render(ANALYTIKS)
