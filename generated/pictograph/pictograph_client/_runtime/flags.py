"""A flag the pages of a walk carry about the whole result, such as CityLens'
`processed: false` (the server was still computing it): remembered for the walk and
warned about once. A spec declares it on the list (`x-walk` `flag:`), and generation
writes the walk type that exposes it under the field's name."""

from __future__ import annotations

import warnings

from .lenient import field


class PartialResultsWarning(UserWarning):
    """A page said its list is not final (CityLens: `processed: false`, the period was
    still being processed): the walk may miss items a later walk will find."""


class PageFlag:
    """What the pages of one walk said in `name`: None until a page says; False as soon
    as any page says false (then a `PartialResultsWarning`, once per walk); True when
    every page that said anything said true."""

    def __init__(self, name: str, warning: str) -> None:
        self.name = name
        self.warning = warning
        self.value: bool | None = None

    def note(self, page: object) -> None:
        said = field(page, self.name)
        if not isinstance(said, bool) or self.value is False:
            return
        self.value = said
        if not said:
            # The user's loop: warn < note < the walk's observe < read < fetch < the walk.
            warnings.warn(self.warning, PartialResultsWarning, stacklevel=5)
