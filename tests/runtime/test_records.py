"""Streaming readers give back exactly what was written, however the chunks fall."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citylens_client._runtime.records import RecordFormatError, iter_csv, iter_json_array, iter_jsonl

RECORDS = [
    {"id": f"desc_{i:05}", "score": i / 7, "n": i * 1000, "text": 'a "quoted", [bracketed] {braced} ü', "m": {}}
    for i in range(200)
]


@pytest.mark.parametrize("chunk_size", [1, 7, 64, 1 << 20])
def test_json_array_is_read_element_by_element(tmp_path: Path, chunk_size: int) -> None:
    path = tmp_path / "e.json"
    path.write_text(json.dumps(RECORDS, indent=1))
    assert list(iter_json_array(path, chunk_size=chunk_size)) == RECORDS


@pytest.mark.parametrize("text", ["[]", " [ ] ", "[1, 22, 333]", "[1e5,-2]"])
def test_json_array_edge_cases(tmp_path: Path, text: str) -> None:
    path = tmp_path / "e.json"
    path.write_text(text)
    assert list(iter_json_array(path, chunk_size=1)) == json.loads(text)


@pytest.mark.parametrize("text", ['{"a": 1}', "[1, 2", '[{"a": }]', "[1 x]", "[1,"])
def test_json_array_rejects_what_is_not_one(tmp_path: Path, text: str) -> None:
    path = tmp_path / "e.json"
    path.write_text(text)
    with pytest.raises(RecordFormatError):
        list(iter_json_array(path, chunk_size=3))


def test_jsonl_and_csv(tmp_path: Path) -> None:
    lines = tmp_path / "e.jsonl"
    lines.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n\n")
    assert list(iter_jsonl(lines)) == RECORDS
    table = tmp_path / "e.csv"
    table.write_text('id,text\ndesc_1,"a, b"\ndesc_2,"line\nbreak"\n')
    assert list(iter_csv(table)) == [{"id": "desc_1", "text": "a, b"}, {"id": "desc_2", "text": "line\nbreak"}]
    lines.write_text('{"ok": 1}\n{broken\n')
    with pytest.raises(RecordFormatError, match=":2:"):
        list(iter_jsonl(lines))
