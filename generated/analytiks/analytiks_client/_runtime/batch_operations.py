"""The helpers of operations whose JSON body is a batch of items.

A spec marks an operation whose JSON body is a list with `x-batch`, and generation
writes its table entry and typed helper (scripts/batch_helpers.py), e.g.

    _CREATE_LABELS = BatchOperation(create_labels_batch, models.CreateLabelRequest, 100, "labels", answer="items")

so a helper takes any number of items, checks every one (its type, and the spec's rules
for the body: `labels[3].bbox`) before the first batch goes out, sends them in batches
of at most `size`, in order, and returns what the answers list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from types import ModuleType
from typing import Any, Generic, TypeVar
from uuid import UUID

import attrs

from .batching import chunks
from .errors import ParameterTypeError
from .lenient import field
from .request_rules import check_body

T = TypeVar("T")


@attrs.frozen
class BatchOperation(Generic[T]):
    """An operation taking a list of `item` models, at most `size` at once.

    parameter: the helper's name for the list (errors name it). answer: the field of
    each answer listing what its batch did (None: the answers say nothing). wrap: the
    helper takes the values of this field of `item` instead (ids to delete), each
    checked by `check` and made an item.
    """

    operation: ModuleType  # a generated operation: its `sync_detailed` and `asyncio_detailed`
    item: type[T]
    size: int
    parameter: str
    answer: str | None = None
    wrap: str | None = None
    check: Callable[[str, Any], Any] | None = None

    def batches(self, items: Iterable[Any]) -> list[list[T]]:
        """Every item checked, then in batches; nothing is sent when any is refused."""
        if isinstance(items, str | bytes | UUID) or hasattr(items, "to_dict") or not isinstance(items, Iterable):
            # one item alone would be sent as its letters, or not at all
            raise ParameterTypeError(self.parameter, f"expected a list, got a single {type(items).__name__}")
        body = [self._item(f"{self.parameter}[{n}]", value) for n, value in enumerate(items)]
        check_body(self.operation.__name__.rpartition(".")[2], body, self.parameter)
        return chunks(body, self.size)

    def _item(self, name: str, value: Any) -> T:
        if self.wrap is not None:
            return self.item(**{self.wrap: self.check(name, value) if self.check else value})
        if not isinstance(value, self.item):
            raise ParameterTypeError(name, f"expected {self.item.__name__}, got {type(value).__name__}")
        return value

    async def asend(self, client: Any, *path: Any, items: Iterable[Any]) -> list[Any]:
        """Send the items in batches, in order (`send` for a sync client); what the
        answers list, in the same order (an answer with no list adds nothing)."""
        done: list[Any] = []
        for batch in self.batches(items):
            answer = await self.operation.asyncio_detailed(*path, client=client, body=batch)
            listed = field(answer.parsed, self.answer) if self.answer is not None else None
            done.extend(listed if isinstance(listed, list) else ())
        return done

    # Written from the async form above at generation (scripts/sync_twins.py): edit that, not this.
    def send(self, client: Any, *path: Any, items: Iterable[Any]) -> list[Any]:
        """Send the items in batches, in order (`send` for a sync client); what the
        answers list, in the same order (an answer with no list adds nothing)."""
        done: list[Any] = []
        for batch in self.batches(items):
            answer = self.operation.sync_detailed(*path, client=client, body=batch)
            listed = field(answer.parsed, self.answer) if self.answer is not None else None
            done.extend(listed if isinstance(listed, list) else ())
        return done
