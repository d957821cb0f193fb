"""The callouts of a note that hold what was said to the owner: one whose title names feedback
("> [!quote] Feedback from Lumen Freight (relayed by Priyanka)") or the rejection it pastes, a
quote titled by who said it and when ("> [!quote] Priya, call 12/3 (paraphrasing)", "Sofia,
11/23 after portfolio review"), and the quoted words of one that tells a stage passed ("> [!success]
Passed to final")."""

from __future__ import annotations

import re

from vaultkit.domain.feedback_leads import CALLOUT, NOT_ON_ME, names_feedback

_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]*)+")
_REJECTED = re.compile(
    r"\s*(?:feedback|фидбек|rejected|rejection|отказ\w*)\s*(?:$|[—–:(,-])", re.IGNORECASE
)
"""A callout's title that is its feedback, or the rejection it pastes ("> [!failure] Rejected")."""


def feedback_callouts(text: str, speakers: bool = True) -> str:
    """The bodies of the callouts in `text` whose title names feedback ("> [!quote] Feedback
    from Lumen Freight (relayed by Priyanka)", "> [!quote] feedback (via Hannah, 27 Oct)") or
    who said it and when ("> [!quote] Priya, call 12/3"), and the quoted lines of one that
    tells a stage passed ("> [!success] Passed to final"), quote marks taken off; `speakers`:
    those titled by who said them too."""
    found: list[str] = []
    inside = quotes_only = listed = False
    for line in text.split("\n"):
        callout = CALLOUT.match(line)
        if callout is not None:
            if found and found[-1]:
                found.append("")  # each callout a paragraph of its own
            title, kind = callout["title"], callout["kind"].casefold()
            listed = speakers and kind in _QUOTES and _spoken(title) and not names_feedback(title)
            inside = (
                names_feedback(title)
                or bool(_REJECTED.match(title))
                or listed
                or (kind not in _QUOTES and bool(_LETTER.match(title)))
            ) and not NOT_ON_ME.search(title)  # "Feedback for Anna's performance review"
            quotes_only = not inside and bool(_PASSED.match(title))
            continue
        said = _QUOTE.sub("", line).strip()
        if inside and line.lstrip().startswith(">"):
            found.extend([said, ""] if listed else [said])  # a line said, a remark of its own
        elif quotes_only and line.lstrip().startswith(">"):
            if said[:1] in '"“«' and said[-1:] in '"”»':  # "> [!success] Passed to final"
                found.append(said)  # over their quoted word: that word
        else:
            inside = quotes_only = False
    return "\n".join(found)


_PASSED = re.compile(
    r"\s*(?:passed|прош(?:ёл|ел|ла)|offer|оффер|next round|moved forward)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A callout's title that tells a stage passed or an offer: its quoted words are feedback."""


_SPEAKER = re.compile(
    r"\s*(?-i:[A-ZА-ЯЁ])[^\W\d_]+(?:\s(?-i:[A-ZА-ЯЁ])[^\W\d_]+)?(?:\s+(?:at|on|на)\s+|\s*[,—–(]\s*)"
    r"(?:\d|(?:on |by |the )?(?:call|chat|phone|email|e-mail|mail|after|via|relay\w*|paraphras\w*"
    r"|debrief|screen\w*|panel|final|round|onsite|hm|созвон\w*|звон\w*|звонок"
    r"|после|письм\w*|скрин\w*|собес\w*|финал\w*|в (?:тг|телеграм\w*|личк\w*))"
    r"(?![^\W\d_]))",
    re.IGNORECASE,
)
"""A quote callout's title that names who said it and when or how ("Priya, call 12/3", "Tom,
12/4 call", "Hannah at screen, 11/18", "Асель, созвон 01.12"), not a quote of a book or a
posting."""
_QUOTES = frozenset({"quote", "cite", "note"})
_TOLD = re.compile(
    r"(?<![^\W\d_])(?:сказал\w*|передал\w*|said|told|relayed)(?![^\W\d_])", re.IGNORECASE
)
"""A title that says someone told what the callout holds ("что сказал HM", "Аня передала")."""
_A_NAME = re.compile(
    r"\s*(?-i:[A-ZА-ЯЁ])[^\W\d_]+(?:\s(?-i:[A-ZА-ЯЁ])[^\W\d_]+)?(?:\s+(?:про|about|on)\s+.{1,30})?\s*"
)
"""A title that is only who said it, or who said it about what ("> [!note] Нарине", "Аня про
CEO")."""
_MOCK = re.compile(r"(?<![^\W\d_])(?:мок\w*|mock|пробн\w*|practice)(?![^\W\d_])", re.IGNORECASE)
_LABELS = frozenset(
    "prep preparation notes note summary todo questions ideas plan links info context tips tip"
    " important reminder update status next agenda details подготовка вопросы заметки план идеи"
    " итог важно статус контекст детали ссылки".split()
)
"""Words a callout's title labels it with, not whose words it holds ("> [!note] Prep")."""
_MINE = re.compile(r"(?<![^\W\d_])(?:мо[иеёя]\w*|my|i|я|self)(?![^\W\d_])", re.IGNORECASE)
_LETTER = re.compile(r"\s*(?:письмо|letter|e-?mail|mail)(?![^\W\d_])", re.IGNORECASE)
"""A pasted letter's callout ("> [!success] письмо Katerina 3 дек")."""


def _spoken(title: str) -> bool:
    """Whether a quote's or note's title names who said what it holds, not the owner."""
    if _MINE.search(title) or _MOCK.search(title):
        return False  # "> [!note] мои ощущения": the owner's own; "Лёша, после мока": a friend's
    named = _A_NAME.fullmatch(title) and title.split()[0].casefold() not in _LABELS
    return bool(_SPEAKER.match(title) or _TOLD.search(title) or named)
