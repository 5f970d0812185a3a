"""Page bodies read straight into Arrow (see `capture.py` for how a walk gets them)."""

from __future__ import annotations

import io
import json
from typing import Any

from ..errors import ResponseValidationError
from .convert import BatchMaker
from .deps import need
from .misfits import warn_once
from .models import Envelope
from .schema import arrow_schema


class PageReader:
    """Record batches (and the counters) of page bodies of one envelope."""

    def __init__(self, envelope: Envelope, items: BatchMaker) -> None:
        self.envelope = envelope
        self.items = items
        # The strictest way of reading that works, kept once found: a page with no
        # field beyond the spec's reads fastest against the whole page schema; extra
        # fields are read and dropped ("infer"), or, when they defeat inference,
        # skipped ("ignore", measured 2.5x slower than the first).
        kept = arrow_schema(envelope.description, wire=True)
        self._ways = [(kept, "infer"), (kept, "ignore")]
        if envelope.whole is not None:
            self._ways.insert(0, (arrow_schema(envelope.whole, wire=True), "error"))

    def _table(self, body: bytes) -> Any:
        pa, pj = need("pyarrow"), need("pyarrow.json")
        # One block, one thread: a page is one JSON line, which threads cannot share.
        read = pj.ReadOptions(block_size=len(body) + 64, use_threads=False)
        while True:
            schema, extras = self._ways[0]
            options = pj.ParseOptions(explicit_schema=schema, unexpected_field_behavior=extras)
            try:
                return pj.read_json(io.BytesIO(body), parse_options=options, read_options=read)
            except pa.ArrowException as error:
                if len(self._ways) == 1:
                    raise ResponseValidationError("columnar page", "", str(error), body=body) from error
                self._ways.pop(0)

    def read(self, body: bytes) -> tuple[Any, int, int | None, bool | None]:
        """The page's items as a batch, how many items the page held (a null one has no
        row but moves the walk on), its total and its has-more flag."""
        pa, pc = need("pyarrow"), need("pyarrow.compute")
        try:
            table = self._table(body)
        except ResponseValidationError:  # some value does not fit its column: read it row by row
            return self._rows(body)
        if table.num_rows != 1:
            raise ResponseValidationError("columnar page", "", "expected one JSON object", body=body)
        structs = pc.list_flatten(table.column(self.envelope.items)).combine_chunks()
        count = len(structs)
        if structs.null_count:  # a null in the list (a lenient page keeps it) has no row
            warn_once(self.envelope.items, "an item that is null has no row; left out")
            structs = structs.filter(structs.is_valid())
        if len(structs):
            wire = pa.RecordBatch.from_struct_array(structs)
        else:
            wire = pa.RecordBatch.from_pylist([], schema=self.items.wire)
        return self.items.cast(wire), count, self._counter(table, self.envelope.total), self._flag(table)

    def _rows(self, body: bytes) -> tuple[Any, int, int | None, bool | None]:
        """A page the fast reader refused, read from its JSON: values that do not fit
        their columns become nulls (`misfits.py`)."""
        try:
            page = json.loads(body)
        except ValueError as error:
            raise ResponseValidationError("columnar page", "", f"not JSON: {error}", body=body) from error
        items = page.get(self.envelope.items) if isinstance(page, dict) else None
        if items is None and isinstance(page, dict):  # absent or null: no items, as the typed walk reads it
            items = []
        if not isinstance(items, list):
            raise ResponseValidationError("columnar page", self.envelope.items, "not a list", body=body)
        rows = [item for item in items if isinstance(item, dict)]
        if len(rows) < len(items):
            warn_once(self.envelope.items, "an item that is not an object has no row; left out")
        total: Any = page
        for key in self.envelope.total or ():
            total = total.get(key) if isinstance(total, dict) else None
        more = page.get(self.envelope.has_more) if self.envelope.has_more else None
        counted = total if isinstance(total, int) and not isinstance(total, bool) else None
        return self.items.from_rows(rows), len(items), counted, more if isinstance(more, bool) else None

    @staticmethod
    def _counter(table: Any, path: tuple[str, ...] | None) -> int | None:
        if path is None:
            return None
        value = table.column(path[0])[0].as_py()
        for key in path[1:]:
            value = None if value is None else value.get(key)
        return value if isinstance(value, int) else None

    def _flag(self, table: Any) -> bool | None:
        if self.envelope.has_more is None:
            return None
        value = table.column(self.envelope.has_more)[0].as_py()
        return value if isinstance(value, bool) else None
