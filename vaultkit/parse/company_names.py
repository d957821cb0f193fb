"""Companies written as plain text in a property or an inline field (`компания: Авито`,
`company:: Picsart`): each a link by name, which leads only where a note of that name is
(links/graph drops it elsewhere, and never reports it as a broken link)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from vaultkit.model import Link, Property, texts_of


def named_companies(props: Iterable[Property]) -> Iterator[Link]:
    """A company written as plain text in a property or an inline field (`компания: Авито`,
    `company:: Picsart`): a link by name, which leads only where a note of that name is."""
    for prop in props:
        if prop.name == "company":
            for text in texts_of(prop.value):
                named = text.strip()
                if "[[" not in named and _PLAIN_NAME.fullmatch(named) and not _NO_ONE.match(named):
                    yield Link(named, prop.key, prop.line, style="name")


_PLAIN_NAME = re.compile(r"[^\W_][^\[\]()|#^\n:/\\]{0,60}")
"""A company named as plain text: a name, not a link, a sentence, a path or a URL."""
_NO_ONE = re.compile(
    r"(?:stealth|freelanc\w*|self[- ]employed|independent|contract(?:or|ing)?|consult\w*"
    r"|unemployed|between jobs|open to work|looking|retired|student|startup|n/?a|none|tbd|tba"
    r"|фриланс\w*|самозанят\w*|ип|безработ\w*|в поиске|ищ\w+ работу|стартап|нет|пенси\w*)"
    r"(?:\s+(?:startup|mode|стартап))?\W*$",
    re.IGNORECASE,
)
"""Words LinkedIn and people put where an employer goes that name none ("Stealth",
"Freelance", "Фриланс", "n/a"): no link, whatever note shares the word."""
