"""Feedback kept as the notes of a call: a daily note's section headed by a call with someone at
a company the owner is in a process with ("## 14:30 call w/ [[Aoife Byrne]] (Stripe)", "##
12:00 call w/ [[Orla Quinn]] (Intercom)"), whose bullets are what was said, with no "said" or
"feedback" in them ("- coding round was "solid, clean, good tests" - no issues there"). A bullet
is read where it evaluates the owner on something other than money, or reports someone's word:
not the band, an outcome ("through to final panel 🙌"), a deadline, the owner's own remark on
the caller ("v decent of her"), a task."""

from __future__ import annotations

import re
from datetime import date

from vaultkit.domain.feedback_classifier import classify
from vaultkit.domain.feedback_leads import reported_sentences
from vaultkit.domain.feedback_people import company_of
from vaultkit.domain.name_forms import NameIndex, named_in
from vaultkit.model import Section

_CALL = re.compile(
    r"(?<![^\W\d_])(?:call|calls|called|rang|phone|debrief|созвон\w*|звон\w*|позвонил\w*)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of a heading naming a call ("14:30 call w/ [[Aoife]]", "созвон с Машей")."""
_NO_ROUND_CALL = re.compile(
    r"(?<![^\W\d_])(?:coffee|mentor|mock|practice|friend|кофе|ментор\w*|мок\w*|друг\w*"
    r"|подруг\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A call that is no word of a company's: a coffee, a mentor's debrief, a friend's mock."""
_THEIR_WORD = r"(?:said|says|felt|thought|сказал\w*|считает|отметил\w*)"
"""Words of someone reporting after the owner's opening ("I mentioned …, the HM said …")."""
_NOT_THEIRS = re.compile(
    r"^\W*(?:my|мой|моя|мои|по-моему|мне кажется|imo)(?![^\W\d_])"
    r"|\b(?:i think|i felt|i feel|i guess|need to|have to|should|brush up|по-моему|мне кажется)\b"
    r"|(?<![^\W\d_])(?:надо|нужно|сама|сам|чувствую|подтянуть)(?![^\W\d_])"
    r"|^\W*(?:team|the team|команд\w*|про команду|рассказал\w* про)(?![^\W\d_])"
    r"|\b(?:they|we) (?:want|need|are looking for) (?:someone|somebody|a person)"
    r"|(?<![^\W\d_])им нуж\w+ (?:человек|кто-то)|^\W*(?:стек|стэк|stack|tech stack)\s*:"
    r"|^\W*(?:почитать|прочитать|изучить|read up|look into)(?![^\W\d_])(?!.*" + _THEIR_WORD + ")"
    r"|^\W*(?:i|я)\s+(?:(?:ей|ему|им|her|him|them)\s+)?(?:told|said|pitched|mentioned|explained"
    r"|сказал\w*|рассказал\w*|объяснил\w*)(?!.*" + _THEIR_WORD + ")"
    r"|^\W*(?:продукт|процесс\w*|офис|product|processes|office)\b(?!.*\b(?:answer|ответ\w*)\b)"
    r"|^\W*(?:\w+\s+)?(?:tips|advice|советы|совет)\b",
    re.IGNORECASE,
)
"""A bullet in the owner's own voice ("I think I rambled", "my weak spot: capacity planning";
not "i talked too much in the behavioural", what was said of them), or what the role wants
("they want someone who can own capacity planning")."""
_IN_QUOTES = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”")
_BULLET = re.compile(r"^[ \t]*[-*+•][ \t]+(?!\[.\])(?P<text>\S.*)$")
"""A list item that is no task."""
_MONEY_ONLY = frozenset({"compensation"})

CallRemark = tuple[date, str, str, int]
"""A bullet of a call's notes read as feedback: its day, its company's note, its words, and the
line of the section's heading."""


def call_remarks(
    section: Section,
    day: date,
    readers: tuple[NameIndex, dict[str, str], NameIndex, NameIndex, frozenset[str]],
    known: list[str],
) -> list[CallRemark]:
    """The bullets of a section headed by a call with someone who recruits or hires, at one
    company (`readers`: the companies' names, who works where, the people's names, the names
    of those who recruit or hire, the agencies) that tell what was said of the owner, besides
    those `known` (read already as the log's remarks)."""
    found: list[CallRemark] = []
    for heading, content, line in (
        (section.heading or "", section.content, section.line),
        *_called_entries(section),
    ):
        if not _CALL.search(heading) or _NO_ROUND_CALL.search(heading):
            continue
        index, works_at, people, hiring, agents = readers
        if not named_in(hiring, heading):
            continue  # a call with a recruiter or a hiring manager, not with a friend there
        company = company_of(index, works_at, heading, people, agents)
        if company is None:
            continue
        for text in content.split("\n"):
            bullet = _BULLET.match(text)
            said = bullet["text"].strip() if bullet else ""
            if not said or any(words in said or said in words for words in known):
                continue
            if _NOT_THEIRS.search(_IN_QUOTES.sub(" ", said)):
                continue  # (not "сказал «видно что человек строил это сам»": their words)
            themes = set(classify(said).themes) - _MONEY_ONLY
            if themes or reported_sentences(said):
                found.append((day, company, said, line))
    return found


def _called_entries(section: Section) -> list[tuple[str, str, int]]:
    """Each entry of a day's log that names a call, with the bullets nested under it ("- [[Anna
    Kowalska]] (type:: call) (company:: [[Vistula Pay]]) ¶ \t- Piotr'у очень зашла …"): as a
    section headed by it."""
    if "\n " not in section.content and "\n\t" not in section.content:
        return []  # nothing nested under an entry
    lines = section.content.split("\n")
    found = []
    for number, text in enumerate(lines):
        entry = _TOP_ENTRY.match(text)
        if entry is None or not _CALL.search(text) or text.rstrip().endswith(":"):
            continue  # not "- call with [[Anna]] at 16:00, points to make:": the owner's own
        if _OTHERS_ROUND.search(text) or _PLANNED.search(text):
            continue  # "- [[Anna]] (type:: call) about Piotr's application": another candidate
        nested = []
        for under in lines[number + 1 :]:
            if not under.startswith((" ", "\t")) or not under.strip():
                break
            nested.append(under)
        if nested:
            found.append((entry["text"], "\n".join(nested), section.line + 1 + number))
    return found


_PLANNED = re.compile(
    r"\b(?:points to (?:make|raise)|to ask|agenda|talking points)\b"
    r"|(?<![^\W\d_])(?:вопросы|спросить|план|тезисы)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A call still to come with the owner's points under it ("… — points to make")."""
_OTHERS_ROUND = re.compile(
    r"\b(?:candidate|'s application|his application|her application)\b"
    r"|(?<![^\W\d_])(?:кандидат\w*|его|её)(?![^\W\d_])",
    re.IGNORECASE,
)
_TOP_ENTRY = re.compile(r"^[-*+][ \t]+(?!\[.\])(?P<text>\S.*)$")
"""An entry of a log at its top level, no task."""
