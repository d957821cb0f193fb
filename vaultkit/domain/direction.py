"""Who gave what in one interaction line: the line cut into clauses, each clause's value read by
`value_kinds`, and its direction from who acts in it, in English and Russian.

The owner of the notes acts when the clause says so (`I`, `я`), when a verb has no subject in
a diary's way (`sent her my CV`, `скинул ей резюме`: a masculine past verb, or a feminine one
with a third person after it), or when the value goes to the contact (`to her`, `ей`,
`поделился с ним`). The contact acts when a pronoun, a name or a `[[link]]` is the subject
(`she`, `Anna`, `он`), when the value comes to the owner (`me`, `мне`, `меня`, `with me`,
`from her`, `от неё`, `мне прислали`), or when a feminine verb has no subject (`скинула
вакансию`). Both act when the clause is mutual (`we discussed`, `обсудили`, `обменялись`).
A clause that is negated (`didn't send`, `не стала делиться`), a plan (`will send`,
`пришлю`, `- [ ]`) or a request (`asked me for a referral`) gives nothing itself; a request
answered in the next clause (`— sent her Mike's LinkedIn`) lends that clause its kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from vaultkit.domain.arrows import ARROW, by_arrows
from vaultkit.domain.clause_verbs import (
    ANSWER,
    ASKING_ME,
    BUJO_TASK,
    CALL_WITH,
    DATIVE,
    HEADING,
    KEPT,
    MINE,
    MUTUAL,
    MY_CV,
    MY_PLANS,
    NAME,
    NONE_LEFT,
    OPENERS,
    OWN_OFFER,
    PITCH,
    PLAN,
    PROMISE,
    QUOTE_END,
    QUOTED_REQUEST,
    REQUEST,
    TAKE_HOME,
    TALK,
    THANKS,
    THEIR_WAY,
    VERB_EN,
    VIA,
    addressed,
    first_verb,
    goes_on,
    same_one,
    take_home_step,
    third_after,
    verb_gender,
)
from vaultkit.domain.dative_lead import TO_THEM, spoken_by, their_turn, to_whom, went_to
from vaultkit.domain.line_lead import LEAD
from vaultkit.domain.literals import Gates
from vaultkit.domain.sending import sent_hither
from vaultkit.domain.telling import own_news, told_over
from vaultkit.domain.value_kinds import WORDS, kinds_in, names_any

Actor = Literal["me", "them", "both"]

_CUT = re.compile(
    r"\s*(?:[;!]|\.(?:\s|$)|:\s|\s[—–-]\s(?![^\[]*\]\])|\+|->|→|=>"
    r"|\s/\s(?=(?:я|me|i|он|она|he|she)\b|(?-i:[A-ZА-ЯЁ])[\w.]*:\s|\[\[))\s*|(?<=\?)\s+"
    r"|,\s*(?:(?:а|но|and|but|while)\s+)?(?=(?:я|i|он|она|они|he|she|they|мне|ей|ему)\b)"
    r"|,?\s+(?:а|и|and|but)\s+(?=(?:я|i|он|она|они|he|she|they)\b|\w+(?:л|ла|ли|ed)\b)"
    r"|,\s*(?=(?:(?:вежливо|опять|снова|сразу|тоже|но|я|politely|but|i)\s+){0,2}"
    r"(?:отказал(?:ся|ась)|declined|said no)\b)"
    r"|,\s+(?=(?:не(?! (?:хочу|хотел\w*|интересно) ли)|ни|not|no|but|но|пока|still|ещё|еще|"
    r"haven't|hasn't|told|said|gave|sent|did|submitted|[а-яё]+(?:л|ла|ли|лся|лась|ит|ет)|[a-z]+ed"
    r"|(?!b?cc'd)[a-z]+'d)\b)"
    r"|,\s+(?=(?:[а-яё]+\s+){0,3}(?:посмотрю|узнаю|спрошу|уточню|гляну|передам)\b)",
    re.IGNORECASE,
)
"""Where one clause ends and the next begins: punctuation, a spaced dash, a slash before a chat's
next speaker ("... / я: ок"), a comma or "and" before a new subject, verb, negation or plan."""

_SUBORDINATE = re.compile(
    r"[,:]?\s*\b(что|чтобы|чтоб|как|почему|сколько|какие|кого|котор\w+|that|how|why|what|which|"
    r"who|if|ли)\b"
)
"""Where a clause's head ends: what someone said is content, not who acts."""

_NO_LINE = re.compile(r"^[\s>*+-]*\[ \]|\b(todo|next steps|итоги)\b", re.IGNORECASE)
"""A line that is a plan as a whole: an open task, a to-do, the next steps of a meeting."""
_NEGATED = re.compile(
    r"\b(не|ни)( \w+)? (?!взял|прош|подош)[а-яё]+(л|ла|ло|ли|лся|лась|ет|ит|ут|ют|ят|ат)\b"
    r"|\b(нет|no|(is|was|are|were|do|does|did|have|has) not|nothing|never|"
    r"ничего|didn't|did not|couldn't|could not|can't|cannot|won't|hasn't|haven't|"
    r"wasn't|isn't|отказал\w*|declined|ghosted|игнор|тишина|молчит|гостит)\b|^(не|no|not) "
)
_NO_VALUE = re.compile(
    r"поздрав|congrat|пожелал|wished|\bre: статус|по статусу|^(scheduled|назначил|перенесл)"
)
"""Good wishes and status pings: kind words in them are no value given."""
_TO_ME = re.compile(
    r"\b(мне|меня|me|со мной|from (her|him|them)|от (неё|нее|него|них))\b|\bmy (way|inbox)\b"
)
_ME = re.compile(r"\b(я|i|i'm|i've|(?<!со )мной|мною|by me|from me)\b")
_OURS = re.compile(r"\b(у нас|в нашей|our (team|company)|at my company)\b")
_THEM = re.compile(r"\b(он|она|они|he|she|they|he's|she's|she'll|he'll|у него|у неё)\b")
_FROM = re.compile(
    r"\b(?i:from|от|by) (\[\[|[A-ZА-ЯЁ]|(?i:her|him|them|неё|нее|него|них|нанима|рекрутер|hr)\b)"
    r"|(?i:\bfrom [a-z]+ to\b)"
    r"|(?<!I )\b(?i:got|received|recieved|heard|learned|получил\w*|узнал\w*) "
    r"(?!(?i:back|offer|an offer|the job|оффер))"
)
"""The value comes from the contact: `from her`, `от Пети`, `heard from`, `получил`."""
_PASSIVE = re.compile(
    r"\b(was|were|got|been|is) (sent|given|referred|introduced|recommended|forwarded|told|offered|"
    r"shown|passed|connected|pitched)\b"
)
"""The passive voice: its subject received, its `by` gave."""
_ROLE = re.compile(r"^(recruiter|рекрутер|hr|hiring manager|tech lead|техлид)\b")
_LINK = re.compile(r"\[\[[^\]]*\]\]")
_TOKEN = re.compile(r"\[\[[^\]]*\]\]|[\w'’-]+")
_POSSESSIVE: dict[str, Actor] = dict.fromkeys(("my", "мой", "моя", "моё", "мои"), "me")
_POSSESSIVE |= dict.fromkeys(("her", "his", "their", "её", "его", "их"), "them")
_OBJECT_ME = {"me", "мне", "меня"}
_OBJECT_THEM = {"her", "him", "them", "ей", "ему", "им", "её", "его"}
_GATED: tuple[re.Pattern[str], ...] = (_NO_VALUE, _SUBORDINATE, _NEGATED, NONE_LEFT, PLAN)
_GATED += (REQUEST, ASKING_ME, THANKS, MUTUAL, _PASSIVE, _ROLE, _ME, _TO_ME, TO_THEM, MINE)
_GATES = Gates((*_GATED, THEIR_WAY, _THEM, _OURS, ANSWER, TALK), WORDS)
"""The expressions searched in a clause or its head, each tried only where a word it needs
is; one scan of a line tells which of those and the value kinds' words its clauses may hold."""
_may = _GATES.may


@dataclass(frozen=True, slots=True)
class Clause:
    """One clause of a line, as read."""

    kinds: tuple[str, ...]
    """The kinds of value it names (`value_kinds.KINDS` keys)."""
    actor: Actor | None
    """Who acts in it, when the words say."""
    gives: bool
    """False for a negated, planned or requested value."""
    request: bool
    """True when it asks for something (its kinds then wait for the answer)."""
    gender: str
    """The gender of its Russian past verb ("m", "f", "pl"), "" when there is none."""


def read_value(text: str) -> tuple[list[str], list[str]]:
    """The kinds of value the owner gave and received, in the order the line names them."""
    given, received, _ = reading(text)
    return given, received


def reading(text: str) -> tuple[list[str], list[str], bool]:
    """`read_value`'s kinds, and whether the line names a value the rules set aside (negated,
    planned, asked for, thanked for, good wishes): then their finding nothing is a reading, not
    a line they could not read."""
    if ARROW.search(text):
        arrowed = by_arrows(LEAD.sub("", text, count=1), lambda part: _read(part)[:2])
        if arrowed is not None:
            return arrowed[0], arrowed[1], False
    return _read(text)


def _read(text: str) -> tuple[list[str], list[str], bool]:
    given: list[str] = []
    received: list[str] = []
    pending: tuple[tuple[str, ...], Actor | None] | None = None
    promise: tuple[tuple[str, ...], Actor | None] | None = None
    previous: tuple[Actor | None, str, bool] = (None, "", False)
    talk = quoted = False
    folded = text.casefold()
    held = _GATES.scan.held(folded)  # its clauses hold no other: a search needing none is not tried
    if not names_any(folded, held) and not MY_PLANS.search(folded):
        return given, received, False  # most lines: a ping, a call, no value named at all
    aside = bool(_may(_NO_VALUE, held) and _NO_VALUE.search(folded))  # "Congratulated him on"
    pieces = _pieces(text)
    named = [_kinds_named(piece.casefold(), held) for piece in pieces]
    last = max((index for index, kinds in enumerate(named) if kinds), default=-1)
    # Only a clause with kinds (its own, or a request's before it) gives: the rest is not read.
    at, said = 0, ""
    for index, (piece, kinds_named) in enumerate(zip(pieces[: last + 2], named, strict=False)):
        found = text.find(piece, at)
        joined = text[at : max(found, at)]
        told = told_over(said, joined, piece, previous[0])
        if previous[0] == "them" and ": " in joined and not previous[1]:  # a label; ":\xa0" in hers
            previous = ("them", spoken_by(said, text[found:]), False)
        if previous[0] == "me" and not goes_on(joined, said):
            previous = ("me", "", previous[2])  # the owner's list goes on only past a comma
        at, said = max(at, found + len(piece)), piece.casefold()
        opens = index == 0 and to_whom(piece) and not BUJO_TASK.match(text) and went_to(folded)
        clause = read_clause(piece, previous, (kinds_named, held), opens)
        kinds, actor = clause.kinds, clause.actor
        if told and actor in ("me", "them"):
            actor = told  # after "told Sam:" the owner's words, after "ответила:" the contact's
        moves = bool(kinds) and clause.gives and not clause.request
        aside = aside or (bool(kinds_named) and not moves)
        quoted = quoted or piece.lstrip().startswith(("«", '"', "'", "“"))
        if quoted or (actor is None and talk):
            actor = "them" if quoted else "both"  # their words, quoted; a call's topics
        quoted = quoted and not QUOTE_END.search(piece)
        talk = _may(TALK, held) and bool(TALK.match(piece.casefold())) and len(piece) < 40
        answers = not kinds and clause.gives and _may(ANSWER, held)
        if pending and answers and ANSWER.search(piece.casefold()):
            kinds, actor = pending[0], actor or pending[1]
        elif promise and not kinds and clause.gives and KEPT.search(piece.casefold()):
            kinds, actor = promise  # "обещала скинуть контакт — скинула": the promise kept
        pending = (clause.kinds, _other(clause.actor)) if clause.request else None
        promise = _promised(piece, clause)
        if clause.request:
            previous = (_other(actor), "", True)
        elif actor is not None:
            previous = (actor, clause.gender or previous[1], False)
        if not clause.gives or clause.request:
            continue
        if actor in ("me", "both"):
            given.extend(kind for kind in kinds if kind not in given)
        if actor in ("them", "both"):
            received.extend(kind for kind in kinds if kind not in received)
    return given, received, aside


def _promised(piece: str, clause: Clause) -> tuple[tuple[str, ...], Actor | None] | None:
    """What a clause promises, and who promises it, when it is a promise ("обещала скинуть
    контакт HR", "promised the intro"): the next clause may keep it."""
    if clause.gives or clause.request or not clause.kinds or not PROMISE.search(piece):
        return None
    return clause.kinds, clause.actor


def _pieces(text: str) -> list[str]:
    """The clauses of a line, without its list marker and dates; none for a plan."""
    if _NO_LINE.search(text):
        return []
    body = LEAD.sub("", text, count=1)
    heading = HEADING.match(body)
    if heading and not (to_whom(heading[0]) and went_to(body.casefold())):  # "Лене — подборка"
        body = body[heading.end() :]
    return [piece for piece in _CUT.split(body) if piece and piece.strip()]


def _other(actor: Actor | None) -> Actor | None:
    """The other side of a request: who is asked answers."""
    return {"me": "them", "them": "me"}.get(actor or "")  # type: ignore[return-value]


def _kinds_named(folded: str, held: set[str]) -> tuple[str, ...]:
    """The kinds of value a casefolded clause names, before who acts in it is known; `held`
    are the words of `_GATES.scan` it holds (or more: those of the line it is part of)."""
    if _may(_NO_VALUE, held) and _NO_VALUE.search(folded):
        return ()
    topics = _LINK.sub("[[]]", folded) if "[[" in folded else folded  # a link names no value
    kinds = tuple(kinds_in(topics, held))  # no word of `WORDS` holds a bracket
    if kinds and take_home_step(topics):
        kinds = tuple(kinds_in(TAKE_HOME.sub(" ", topics), held))  # a step of the process
    if "update" not in kinds and MY_PLANS.search(folded):
        kinds += ("update",)  # "my move into management": news of one's own, if one tells it
    return kinds


def read_clause(
    piece: str,
    previous: tuple[Actor | None, str, bool] = (None, "", False),
    known: tuple[tuple[str, ...], set[str]] | None = None,
    opens: bool = False,
) -> Clause:
    """One clause's kinds, actor and whether it gives anything; `previous` is who acted in
    the clause before, the gender of its verb and whether it was a request (a clause without
    a subject of its own continues it); `known` is what `_kinds_named` found in it and the
    words of `_GATES.scan` it holds, when they are known; `opens` whether it opens with a dative
    name (`to_whom`) in a line that says the value went (`went_to`): "Кате: оффер"."""
    folded = piece.casefold()
    held = _GATES.scan.held(folded) if known is None else known[1]
    kinds = _kinds_named(folded, held) if known is None else known[0]
    split = _may(_SUBORDINATE, held)
    head = _SUBORDINATE.split(folded, maxsplit=1)[0] if split else folded
    negated = bool(_may(_NEGATED, held) and _NEGATED.search(head))
    negated = negated or bool(_may(NONE_LEFT, held) and NONE_LEFT.search(folded))
    planned = bool(_may(PLAN, held) and PLAN.search(folded))
    request = bool(_may(REQUEST, held) and REQUEST.search(head))
    request = request or piece.rstrip(" »\"'").endswith("?") or bool(QUOTED_REQUEST.match(piece))
    tokens = _TOKEN.findall(piece.split(":", 1)[0] if ": " in piece[:40] else piece)
    verb = first_verb(tokens)
    gender = verb_gender(tokens[verb]) if verb is not None else ""
    if opens and verb is None:
        actor: Actor | None = "me"
    else:
        actor = _actor(piece, (head, held), tokens, verb, previous)
    if request and PITCH.search(folded):  # "asked if I'd consider the role": a role offered
        request, actor = False, "them"
        kinds = kinds if "vacancy" in kinds else ("vacancy", *kinds)
    if request and actor is None:
        actor = "me"
    if actor == "me" and head == folded and _may(ASKING_ME, held) and ASKING_ME.match(folded):
        kinds = ()  # "pinged her about the role": asking, not giving
    if "update" in kinds and (OWN_OFFER.search(head) or own_news(folded, previous[0])):
        actor = "me"
    if actor == "me" and "referral" in kinds and MY_CV.search(folded):
        kinds = ("update", *_but(kinds, "referral"))  # my own CV sent on: news, no referral
    if actor in ("both", "them") and MY_PLANS.search(folded if actor == "both" else head):
        actor, kinds = ("me", ("update",)) if actor == "both" else (actor, _but(kinds, "update"))
    if _may(THANKS, held) and THANKS.search(folded):
        kinds = tuple(k for k in kinds if k == "other")  # "a bottle of wine for the intro"
    return Clause(kinds, actor, not (negated or planned), request, gender)


def _but(kinds: tuple[str, ...], kind: str) -> tuple[str, ...]:
    return tuple(other for other in kinds if other != kind)


def _actor(
    piece: str,
    heads: tuple[str, set[str]],
    tokens: list[str],
    verb: int | None,
    previous: tuple[Actor | None, str, bool],
) -> Actor | None:
    """Who acts in a clause, read from its head (the words before what was said).

    Long because each cue is one line, in the order they decide: a mutual verb, the subject
    before the verb, who the value goes to or comes from, the Russian verb's gender, the
    diary's subject-less verb, then the clause before. `heads` is the head and the words of
    `_GATES.scan` the clause holds."""
    head, held = heads
    if _in(MUTUAL, heads) or CALL_WITH.match(piece):
        return "both"
    folded = [token.casefold() for token in tokens]
    if _in(_PASSIVE, heads):  # "I was sent two vacancies by Anna"
        if re.search(r"\bby (me|myself)\b", head):
            return "me"
        return "them" if folded[0] in ("i", "я") or " by " in head else "me"
    if _in(MINE, heads):
        return "me"  # "по моей рекомендации Лёшу взяли": my recommendation acted
    if _in(THEIR_WAY, heads) or (verb == 0 and their_turn(tokens, previous, piece)):
        return "them"  # "через неё", "Позвонила Лиза", "написала Кате, ответила": they acted
    if VIA.search(_SUBORDINATE.split(piece, maxsplit=1)[0]):  # not "которую знаю через Антона"
        return "them"
    before = folded[:verb] if verb is not None else folded[:1]
    if verb is None and folded and folded[0] in _POSSESSIVE:
        return _POSSESSIVE[folded[0]]  # "Her advice: ..."
    if any(token in ("я", "i", "i'm", "i've") for token in before):
        return "me"
    if _TO_ME.search(" ".join(before)) and verb is not None:
        return "them"  # мне прислали, меня порекомендовали
    if any(_THEM.fullmatch(t) for t in before) or (_may(_ROLE, held) and _ROLE.match(head)):
        return "them"
    if verb and DATIVE.match(tokens[0]):
        return "me"  # "Марине скинул вакансию"
    if (
        ((verb is None and len(tokens) == 1) or verb)
        and NAME.match(tokens[0])
        and folded[0] not in OPENERS
        and not (verb is None and VERB_EN.match(folded[0]))  # "Thanked.": the diary's verb
    ):
        return "them"  # Anna sent, [[Борис]] скинул; "Mike: joined"
    after = folded[verb + 1] if verb is not None and verb + 1 < len(folded) else ""
    if after in _OBJECT_ME or _FROM.search(piece.split(" что ")[0]):
        return "them"
    if after in _OBJECT_THEM or _in(_ME, heads):
        return "me"
    if _in(_TO_ME, heads):
        return "them"
    if _in(TO_THEM, heads) or third_after(tokens, verb) or addressed(tokens, verb):
        return "me"
    if _in(_THEM, heads):
        return "them"
    gender = verb_gender(folded[verb]) if verb is not None else ""
    was, was_gender, asked = previous
    if gender and was is not None and (asked or same_one(was, gender, was_gender)):
        return was  # "Петя не сделал, сказал": still Петя; "она спросила — рассказал": me
    if _in(_OURS, heads):
        return "me"
    if gender:  # "прислал правки": a verb of sending here is theirs, whatever its gender
        hither = verb is not None and was != "me" and sent_hither(folded, verb)
        return "me" if gender == "m" and not hither else "them"
    if was is not None:
        return was
    if verb == 0 and re.match(r"[a-z]", folded[0]):
        return "me"  # the diary's way: "sent her my CV"
    return None


def _in(regex: re.Pattern[str], heads: tuple[str, set[str]]) -> bool:
    """True when `regex` is found in a clause's head (`heads`: it, and the words of `_GATES.scan`
    the whole clause holds)."""
    head, held = heads
    return _may(regex, held) and regex.search(head) is not None
