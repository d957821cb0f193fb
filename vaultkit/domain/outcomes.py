"""What happened at an interview, read from words as people write them, in English and Russian:
"Получила отказ, сказали что не хватает опыта", "устный оффер, ждём письменный", "no offer yet",
"не прошла техническое", "they put the role on hold", "I withdrew".

A text is read for every outcome it names. A negation just before a word turns it around: "не
отказ" is no rejection, "no offer yet" no offer (a wait), "не прошла" a rejection. A text that
names a decision (rejected, offer, withdrawn) and a wait is read as the decision ("a verbal
offer, waiting for the written one" is an offer); one that names two decisions that disagree
cannot be read, and nothing is sent on it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from vaultkit.domain.offer_waits import offer_kept
from vaultkit.domain.outcome_phrases import PHRASES as _PHRASES
from vaultkit.domain.outcome_phrases import Result as Result
from vaultkit.domain.whose_outcome import SOMEONE_ELSES, STILL_IN, spares
from vaultkit.domain.written_off import written_off

DECISIONS: frozenset[str] = frozenset({"offer", "rejected", "withdrawn"})
"""Outcomes after which nothing is awaited from the employer."""

_NEGATIONS = frozenset(
    "not no never didn doesn don wasn weren haven hasn isn aren won unable cannot "
    "не нет ни без".split()
)
_STEMS: tuple[tuple[Result, str], ...] = (  # a word starting with one of these names the outcome
    ("rejected", "отказ откажут отклон reject declin unsuccessful"),
    ("offer", "оффер офер offer hired наняли"),
    ("passed", "прош passed pass"),
    ("pending", "ждём ждем жду ожида waiting pending await"),
)
_WORDS = {stem: result for result, stems in _STEMS for stem in stems.split()}
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_YET = frozenset("yet пока ещё еще".split())
_ARTICLES = frozenset("a an the".split())
_UNABLE = re.compile(r"(?:unable|not able|no longer able|not in a position|not in the position)$")
"""Words that, right before "to", negate what follows ("unable to offer relocation")."""
_CLAUSES = re.compile(r"[,.;:!?()\n—–]+")
_FUTURE = frozenset(
    "will would might may could should maybe perhaps обещали обещала обещал скоро должны "
    "возможно может".split()
)
"""Words before a decision that put it in the future or make it a guess ("they will send an
offer", "maybe an offer next week"): a wait."""
_SUPPOSED = frozenset("if если бы".split())
"""Words that make a whole clause a supposition ("if he had answered I'd have had an offer")."""
UNSETTLED = re.compile(
    r"\?|\b(?:expect\w*|hop(?:e|ed|ing|efully)|wait\w*|await\w*|pending|yet|still|soon|no news"
    r"|not|never|no|\w+n't|again|last year|ago|maybe|if|would|will|might|should|stage"
    r"|re-?appl\w*|\d{4})\b"
    r"|(?<![^\W\d_])(?:не|нет|жд\w*|ожида\w*|надеюсь|пока|ещ[её]|скоро|снова|опять|прошл\w*"
    r"|может|если|бы|этап\w*|повторно)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words that leave a decision unsettled or elsewhere in time ("expecting an offer", "no
rejection yet", "last year they rejected me", "rejected in March 2025, reapplying now")."""
_COMPILED = tuple((re.compile(pattern), result) for pattern, result in _PHRASES)


@dataclass(frozen=True, slots=True)
class Reading:
    """What a text says happened."""

    result: Result | None
    """The outcome; None when the text names none, or names decisions that disagree."""
    conflicting: bool = False
    """True when it names decisions that disagree (offer and rejected): it cannot be read."""


def read_outcome(text: str) -> Reading:
    """What `text` (a result value, an outcome section, a dated entry) says happened."""
    text = SOMEONE_ELSES.sub(" ", text)  # "Гуле дали оффер 🎉": hers, not the owner's
    folded = text.casefold().replace("ё", "е").replace("’", "'").replace(" as expected", "")
    found: list[Result] = ["withdrawn"] if written_off(folded) else []
    said, another_hired = folded, STILL_IN.search(folded)  # "… went with someone more senior,
    for pattern, phrased in _COMPILED:
        if pattern.search(folded):
            found.append(phrased)
            folded = pattern.sub(" ", folded)
    for clause in _CLAUSES.split(folded):  # a negation turns around only its own clause
        found.extend(_clause_results(clause))
    if another_hired:  # she'd be my manager if I get in": another's hire, not my rejection
        found = [result for result in found if result != "rejected"]
    if _TEAM_FREEZE.search(said) and spares(said):  # "froze hiring on the Risk team … you're
        found = ["pending" if result == "on_hold" else result for result in found]  # fine"
    return _settled(found)


_ASKED = frozenset(
    "asked ask asking wondered wonder спросила спросил спрошу уточнила уточнил уточнить".split()
)
_WHEN = frozenset("when whether if когда ли будет".split())
_MANNER = frozenset(
    "хорошо отлично нормально норм неплохо плохо ужасно бодро гладко спокойно "
    "ровно средне так ок окей".split()
)
"""Words after "прошёл" or "passed" that tell how a round went, not that it was passed."""
_SOMEONE_HIRED = frozenset("someone somebody a an him her them people two three".split())
_PASSES = frozenset("резюме cv тестовое задание портфолио".split())
"""What "прошло" is said of when it was passed ("резюме прошло"), not of a talk that went."""
_TEAM_FREEZE = re.compile(
    r"(?:froze\w*|frozen|freeze|on hold|замороз\w*|заморож\w*)[^.\n]{0,60}"
    r"(?<![^\W\d_])(?:team|команд\w*|отдел\w*)(?![^\W\d_])"
)
"""A freeze said of a team: of the owner's, or of another that spares it (whose_outcome)."""
_AWAITED = frozenset("expected awaited ожидается ожидаем".split())
"""Words after a decision that make it one still awaited ("offer decision expected")."""
_STAGE_NAMED = frozenset("stage stages round этап этапе этапа".split())
"""Words by "offer" that make it a round's name ("offer stage next", "этап оффера")."""
_NOT_ME = frozenset(
    "slot slots time times date dates invite invitation proposal meeting слот время дату".split()
)


def _clause_results(clause: str) -> list[Result]:
    """The outcomes the words of one clause name, negation and future understood."""
    words = [word.split("'")[0] for word in _WORD.findall(clause)]  # didn't -> didn
    found: list[Result] = []
    for index, word in enumerate(words):
        result = _word_result(word)
        if result is None:
            continue
        before = [w for w in words[max(0, index - 2) : index] if w not in _ARTICLES][-1:]
        if index and words[index - 1] == "to" and _UNABLE.search(" ".join(words[: index - 1])):
            before = ["not"]  # "unable to offer", "not in a position to offer"
        supposed = _SUPPOSED.intersection(words)
        if result in DECISIONS and (
            supposed or _FUTURE.intersection(words[max(0, index - 4) : index])
        ):
            found.append("pending")
            continue
        if result in ("offer", "rejected") and "нет" in words[index + 1 : index + 3]:
            continue  # "оффера нет": none came (yet)
        if result in DECISIONS and _ASKED.intersection(words) and _WHEN.intersection(words):
            continue  # "asked when they'll make an offer": a question, no decision
        if result == "rejected" and _NOT_ME.intersection(words[index + 1 : index + 4]):
            continue  # "they rejected my first slot": a time, not the candidate
        if (
            result == "passed"
            and word.startswith("прош")
            and not _NEGATIONS.intersection(before)
            and (
                _MANNER.intersection(words[index + 1 : index + 3])
                or (word == "прошло" and not _PASSES.intersection(words[max(0, index - 2) : index]))
            )
        ):
            continue  # "прошло отлично", "собес прошёл нормально": how it went, no pass
        if word == "hired" and _SOMEONE_HIRED.intersection(words[index + 1 : index + 2]):
            continue  # "they hired someone as Head of Data": someone else's hire
        if result == "offer" and not _job_offer(word, words[index + 1 : index + 2]):
            continue  # "offered to refer me", "offers to help", "offered help"
        if result in DECISIONS and _AWAITED.intersection(words[index + 1 : index + 3]):
            found.append("pending")  # "offer decision expected", "offer expected by Friday"
            continue
        if result == "offer" and (
            _STAGE_NAMED.intersection(words[index + 1 : index + 2])
            or words[index - 1 : index] == ["этап"]
        ):
            found.append("passed")  # "offer stage next": a round ahead, no offer yet
            continue
        if _NEGATIONS.intersection(before):
            if result == "passed":
                found.append("rejected")  # "didn't pass", "не прошла"
            elif result in ("offer", "rejected") and _YET.intersection(words):
                found.append("pending")  # "no offer yet": still waiting
            continue
        found.append(result)
    return found


def _job_offer(word: str, after: list[str]) -> bool:
    """Whether "offer" or "offered" names a job offer by the word after it: "offered me the
    role", "got offered the position", a status "Offered"; not "offer to refer", "offered help"."""
    if word.startswith(("offer", "оффер", "офер")) and after[:1] == ["to"]:
        return False
    if word in ("offered", "offering"):
        return not after or after[0] in ("me", "the", "a", "an", "you", "him", "her", "us")
    return True


def _word_result(word: str) -> Result | None:
    """The outcome a single word names, by the stems it starts with."""
    word = word.replace("ё", "е")
    for stem, result in _WORDS.items():
        if word.startswith(stem.replace("ё", "е")):
            if stem == "pass" and word not in ("pass", "passed"):
                return None  # "password", "passion"

            if stem == "прош" and not re.match(r"прош(?:ел|ла|ли|ло)$", word):
                return None  # "прошлый", "прошу"
            return result
    return None


def _settled(found: list[Result]) -> Reading:
    """One outcome from all those named: a decision over a wait; disagreeing decisions, none."""
    if not found:
        return Reading(None)
    decisions = {result for result in found if result in DECISIONS}
    if len(decisions) > 1:
        return Reading(None, conflicting=True)
    if decisions:
        return Reading(decisions.pop())
    waits: tuple[Result, ...] = ("on_hold", "no_response", "passed", "pending")
    return Reading(next((result for result in waits if result in found), None))


OUTCOME_HEADINGS = frozenset(
    "outcome result results decision итог итоги результат результаты решение".split()
)
"""Headings of a section that says how an interview ended (`## Итог`, `## Outcome`)."""


@dataclass(frozen=True, slots=True)
class Fact:
    """One place that says what happened: a result value, an outcome section, a dated entry."""

    reading: Reading
    """What it says."""
    on: date | None
    """The day it says it happened (a dated entry's day, a result_date), if any."""
    line: int
    """Its line in the note."""
    text: str = ""
    """What it says, as written (its first line)."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened at an interview, all its notes' facts weighed."""

    result: Result | None
    """The outcome; None when nothing says, or what they say cannot be settled."""
    on: date | None
    """The day it happened, when a fact dates it."""
    unreadable: tuple[Fact, ...] = ()
    """The facts that could not be settled (decisions that disagree, on one day or undated)."""
    silent: tuple[Fact, ...] = ()
    """The facts that say something but name no outcome (a result value, an outcome section)."""


def decide(facts: Iterable[Fact]) -> Outcome:
    """The outcome the facts settle on: the latest dated fact wins (a decision recorded without
    a date wins over a later step that is no decision); facts of one day, or all undated, that
    name disagreeing decisions leave it unreadable."""
    facts = list(facts)
    silent = tuple(fact for fact in facts if fact.text and not _names(fact))
    return replace(_decided([fact for fact in facts if _names(fact)]), silent=silent)


def _names(fact: Fact) -> bool:
    return bool(fact.reading.result or fact.reading.conflicting)


def _decided(named: list[Fact]) -> Outcome:
    """The outcome of the facts that name one (see decide)."""
    dated = sorted((fact for fact in named if fact.on is not None), key=lambda f: f.on or date.min)
    undated = [fact for fact in named if fact.on is None]
    if dated:
        latest_day = dated[-1].on
        latest = _together([fact for fact in dated if fact.on == latest_day], latest_day)
        offered = offer_kept(dated)  # waiting on its terms keeps an offer ("#жду" about ESOP)
        if offered is not None:
            return Outcome("offer", offered)
        if latest.unreadable or latest.result in DECISIONS or not undated:
            return latest
        settled = _together(undated, None)
        if settled.result in DECISIONS:
            return settled
        return latest
    return _together(undated, None)


def _together(facts: list[Fact], on: date | None) -> Outcome:
    """The outcome of facts taken as said at once."""
    if not facts:
        return Outcome(None, None)
    if any(fact.reading.conflicting for fact in facts):
        return Outcome(None, on, tuple(facts))
    reading = _settled([fact.reading.result for fact in facts if fact.reading.result])
    if reading.conflicting:
        return Outcome(None, on, tuple(facts))
    return Outcome(reading.result, on)
