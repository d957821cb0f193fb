"""Days told outside a process's notes: when the recruiter said the answer would come, in their
log after the round ("she replied "… we'll be in touch by end of next week at the latest""),
is the day its answer is awaited by, as a day its note gives is; the day a daily note that
tells of an offer gives it to be answered by is the offer's deadline. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date

from vaultkit.domain.awaited import deadline, their_promise
from vaultkit.domain.contacts import Contact
from vaultkit.domain.feedback_leads import SENTENCE_END
from vaultkit.domain.interviews import Interview
from vaultkit.parse.dates import dates_in

_OF_THE_ANSWER = re.compile(
    r"\b(?:back to (?:me|you)|in touch|answer|decision|decide|feedback|news|hear|update|come back"
    r"|confirm|clarify|let (?:me|you) know)|(?<![^\W\d_])(?:ответ\w*|решени\w*|фидбек\w*|вернётся"
    r"|вернется|подтверд\w*|уточн\w*|сообщ\w*|дать знать"
    r"|новост\w*|напишет|ОС)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of a promise of the process's answer, not of something else they will send."""
_WILL_COME = re.compile(
    r"(?<![^\W\d_])(?<!мой )(?<!моё )(?<!мое )(?:фидбек|ответ|решение|обратная связь|ОС)"
    r" (?:будет|придёт|придет)(?![^\W\d_])(?![^!?\n]*\?)"
    r"|\b(?<!my )(?:feedback|answer|decision) (?:will come|is coming|will be)\b(?![^!?\n]*\?)",
    re.IGNORECASE,
)
"""An answer told to come ("ответила: фидбек будет до конца след недели"), not the owner's own
("мой ответ будет до 10.12"), nor asked ("спросила: фидбек будет до 15.12?")."""
_OF_A_COMPANY = re.compile(r"^\W*(?P<name>[A-ZА-ЯЁ][\w&.'-]*(?:\s[A-ZА-ЯЁ][\w&.'-]*)?)\s*:\s")
"""A line led by whom it is of ("Globex: feedback will come by Fri 11 Dec")."""
_WITHIN_DAYS = 21
"""A promised answer is at most this many days after the line promising it: a later time is
another matter's (a role for the new year), not this round's answer."""


def with_their_word(interview: Interview, recruiter: Contact | None) -> Interview:
    """`interview` awaiting its answer by the latest day the recruiter promised it by, in a
    line since the round (none where its note gives a later one)."""
    if recruiter is None or interview.on is None:
        return interview
    days = [
        day
        for said in recruiter.interactions
        if said.on >= interview.on
        and not _of_another(said.text, interview, recruiter)
        and (their_promise(said.text) or _WILL_COME.search(said.text))
        and _OF_THE_ANSWER.search(said.text)  # not "he'll send me the ING job spec by Fri"
        and (day := deadline(said.text, said.on) or _day_named(said.text, said.on)) is not None
        and (day - said.on).days <= _WITHIN_DAYS  # not "back in January with the ING details"
    ]
    promised = max(days, default=None)
    if promised is None or (interview.answer_by is not None and interview.answer_by >= promised):
        return interview
    return replace(interview, answer_by=promised)


_NO_NAMES = frozenset(
    "update upd note she he they email e-mail call me recruiter hr said replied wrote answer"
    " ответ письмо звонок итог апд".split()
)


def _of_another(text: str, interview: Interview, recruiter: Contact) -> bool:
    """Whether a line is led by a name that is neither the process's company nor the recruiter
    (an agency's recruiter's "Globex: feedback will come by …", of Acme's process)."""
    led = _OF_A_COMPANY.match(text)
    if led is None:
        return False
    name = led["name"].casefold()
    if name in _NO_NAMES or name.endswith(("ла", "ли", "л")):
        return False  # "Ответила: фидбек будет …", "Update: …": no one's name
    ours = (interview.company_name or "").casefold()
    return not (ours and (name in ours or ours in name)) and name not in recruiter.name.casefold()


def _day_named(text: str, said_on: date) -> date | None:
    """The first day the sentence of a promise names after the day it was said ("she'll come
    back to me by Friday 11 Dec"; not "В отпуске до 14.12." before it)."""
    promising = [
        part for part in SENTENCE_END.split(text) if their_promise(part) or _WILL_COME.search(part)
    ]
    return next((day for day in dates_in(" ".join(promising), said_on) if day > said_on), None)


def with_deadlines_told(
    interviews: Iterable[Interview], deadlines: Mapping[str, date]
) -> list[Interview]:
    """`interviews`, each whose notes give its offer no deadline with the one told elsewhere
    of its company (`deadlines`: offer_deadline.deadlines_in_passing)."""
    return [
        replace(i, offer_by=deadlines[i.company])
        if i.offer_by is None and i.company is not None and i.company in deadlines
        else i
        for i in interviews
    ]
