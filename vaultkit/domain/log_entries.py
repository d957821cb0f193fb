"""A daily or weekly note's log read as entries: each top-level list item with the lines
under it, each paragraph, and a paragraph's line that leads in a list of feedback with that
list ("His paraphrase of the HM's feedback:" and the items under it)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from vaultkit.domain.feedback_leads import FEEDBACK_WORD

TOP_ITEM = re.compile(r"^(?:[-*+]|\d+[.)])[ \t]+")
"""A top-level list item's mark."""
_HEADING = re.compile(r"^#{1,6}[ \t]")


_LEADS_FEEDBACK = re.compile(rf"{FEEDBACK_WORD.pattern}.*:\s*$", re.IGNORECASE)
RELAYED = re.compile(
    r"(?<![^\W\d_])(?:rang|rung|called|phoned|call (?:w/|with)|paraphras\w*|passed on|relayed"
    r"|verbatim|(?:his|her|their) words|позвонил\w*|созвонил\w*|передал\w*|пересказ\w*"
    r"|по телефону|e-?mail\w*|письм\w*)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:from|от|via|через)\s+(?:the\s+)?(?:(?-i:[A-ZА-ЯЁ])|panel|team|hm|tech\w*"
    r"|final|round|interview\w*|screen\w*)",
    re.IGNORECASE,
)
"""Words that tell feedback as someone relayed it to the owner ("Marcus rang — Kestrel
feedback from stage 1:", "His paraphrase of the HM's feedback:", "Her feedback from Dev:");
not the owner's own list ("Feedback I'm still waiting on:", "His feedback:" on her CV)."""


def entries(text: str) -> Iterator[tuple[int, str]]:
    """A log's entries, each with the index of its first line: each top-level list item with
    the lines under it (continued, nested, or a quote its line introduces with a colon), and
    each paragraph, with the list its last line leads in as feedback someone relayed ("His
    paraphrase of the HM's feedback:")."""
    start, lines, ended, leads = 0, list[str](), False, False
    for number, line in enumerate(text.split("\n")):
        if leads and TOP_ITEM.match(line):
            lines.append(line)  # "His paraphrase of the HM's feedback:" and the list under it
        elif TOP_ITEM.match(line) or _HEADING.match(line) or (ended and line.strip()):
            if lines:
                yield start, "\n".join(lines)
            start, lines, ended = number, ([] if _HEADING.match(line) else [line]), False
        elif not line.strip():
            ended = ended or (bool(lines) and not lines[-1].rstrip().endswith(":"))
        elif lines or line.strip():
            lines.append(line)
        if not line.strip() or _HEADING.match(line):
            leads = False
        elif not TOP_ITEM.match(line):  # a paragraph's line that leads in a list of feedback
            leads = bool(
                lines
                and not TOP_ITEM.match(lines[0])
                and _LEADS_FEEDBACK.search(line)
                and RELAYED.search(line)
            )
    if lines:
        yield start, "\n".join(lines)
