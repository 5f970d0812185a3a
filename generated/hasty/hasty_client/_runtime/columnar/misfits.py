"""What a table does with values that do not fit the spec's columns: keeps going.

A walk reads odd items leniently (`_runtime/lenient.py`); its tables must too, or one
odd value would cost a whole pull. So every column takes nulls (a null where the spec
says a value is always there is kept as null, with a warning), and a value of another
type than its column's becomes null, with a warning naming the column, once per column.
Only the slow path pays: a page is first read as it comes, and only when that fails
are its rows checked one value at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .. import lenient
from .deps import need
from .schema import Description


def warn_once(column: str, problem: str) -> None:
    """A `ResponseFieldWarning` about a column, once per column and kind of problem."""
    lenient.warn_once((column, problem), f"column {column}: {problem}. Warned once per column.", stacklevel=4)


def _fits(kind: Any) -> Callable[[Any], bool]:
    """Whether a JSON value can fill a column of this type as the readers take it."""
    if isinstance(kind, list):
        return lambda v: isinstance(v, dict if kind[0] == "struct" else list)
    if kind == "int64":
        return lambda v: isinstance(v, int) and not isinstance(v, bool)
    if kind == "float64":
        return lambda v: isinstance(v, int | float) and not isinstance(v, bool)
    if kind == "bool":
        return lambda v: isinstance(v, bool)
    if kind == "json":
        return lambda v: True
    return lambda v: isinstance(v, str)  # text, and what arrives as text (times, dates, enums)


def cleaned(rows: list[dict[str, Any]], description: Description, prefix: str = "") -> list[dict[str, Any]]:
    """The rows with every value that cannot fill its column replaced by null (nested
    objects and lists of them checked the same way), each column warned about once."""
    checks = [(name, kind, _fits(kind)) for name, kind, _ in description]
    out = []
    for row in rows:
        fixed = dict(row)
        for name, kind, fits in checks:
            value = fixed.get(name)
            if value is None:
                continue
            if not fits(value):
                warn_once(
                    prefix + name, f"a value of type {type(value).__name__} does not fit {_name(kind)}; kept as null"
                )
                fixed[name] = None
            elif isinstance(kind, list) and kind[0] == "struct":
                fixed[name] = cleaned([value], kind[1], f"{prefix}{name}.")[0]
            elif isinstance(kind, list) and isinstance(kind[1], list) and kind[1][0] == "struct":
                items = [v if isinstance(v, dict) else None for v in value]
                fixed[name] = [None if v is None else cleaned([v], kind[1][1], f"{prefix}{name}.")[0] for v in items]
        out.append(fixed)
    return out


def _name(kind: Any) -> str:
    return kind[0] if isinstance(kind, list) else str(kind)


def cast_each(array: Any, target: Any, column: str) -> Any:
    """`array` cast value by value: a value the cast refuses (a time that does not
    parse) becomes null, with a warning."""
    pa = need("pyarrow")
    values = []
    for scalar in array:
        try:
            values.append(pa.array([scalar.as_py()], type=array.type).cast(target)[0].as_py())
        except (pa.ArrowException, ValueError, TypeError):
            warn_once(column, f"{scalar.as_py()!r} cannot be read as {target}; kept as null")
            values.append(None)
    return pa.array(values, type=target)
