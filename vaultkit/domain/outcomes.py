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
from typing import Literal

from vaultkit.domain.offer_waits import offer_kept
from vaultkit.domain.whose_outcome import SOMEONE_ELSES, STILL_IN, spares
from vaultkit.domain.written_off import written_off

Result = Literal["offer", "rejected", "withdrawn", "on_hold", "pending", "no_response", "passed"]
DECISIONS: frozenset[str] = frozenset({"offer", "rejected", "withdrawn"})
"""Outcomes after which nothing is awaited from the employer."""

_NEGATIONS = frozenset(
    "not no never didn doesn don wasn weren haven hasn isn aren won unable cannot "
    "не нет ни без".split()
)
_PHRASES: tuple[tuple[str, Result], ...] = (
    # turned-around phrases first: they hold words that alone say the opposite
    (
        r"not (?:be )?moving forward|won'?t be (?:moving forward|progressing)"
        r"|decided not to (?:proceed|move forward|progress)",
        "rejected",
    ),
    (r"not (?:been )?selected|did ?n[o']?t (?:get|pass|make)|not a (?:good )?fit", "rejected"),
    (
        r"(?<![^\W\d_])für (?:einen |eine )?andere\w* (?:kandidat|bewerber)\w*(?:\*innen)?\b"
        r"|(?<![^\W\d_])(?:leider )?nicht (?:weiter )?berücksichtig\w*|absagen müssen",
        "rejected",
    ),  # German: "dass wir uns für andere Kandidat*innen entschieden haben"
    (r"(?<![^\W\d_])absage(?!\s+(?:des|für|fur|для|vom|zum|zur)(?![^\W\d_]))", "rejected"),
    (r"(?<![^\W\d_])zusage(?!\s+(?:des|für|fur|для|vom|zum|zur)(?![^\W\d_]))", "offer"),
    # German, but not of an appointment ("Absage des Termins", "Zusage für das Onsite")
    (
        r"(?:went|go(?:ing)?|moving forward|move forward|proceed(?:ing)?) with (?:another|a "
        r"different|other) (?:candidate|person|applicant|profile)s?"
        r"|(?:moving|move|moved) forward with (?:the )?(?:candidates|applicants|profiles)"
        r" (?:whose|who|that|with|more)"
        r"|(?:went|go(?:ing)?|moving forward) with "
        r"(?:someone|somebody) (?:else|more \w+|with more|who ha[sd] more)"
        r"|(?:hired|chose) (?:someone|somebody|an? (?:internal|external) (?:candidate|hire))"
        r"(?! as\b)(?!.{0,40}\b(?:i'?d|i would|i'll) report)\b"
        r"|chose (?:another|someone else)|turned (?:me|us) down"
        r"|(?:❌|went with|gone with|go(?:ing)? with|chose|picked|hired) ?(?:an? )?internal"
        r" (?:candidate|hire|applicant|person)(?! for (?:the|a|an|another) )",
        "rejected",
    ),
    (
        r"(?:выбрали|взяли|наняли|предпочли|решили (?:взять|выбрать)) (?:другого|другую"
        r"|кого-то другого)(?!\s+(?:дат|день|время|слот|формат|вариант|врем|этап|задач|кейс))"
        r"|(?:продолж\w*|двигаться(?: дальше)?|пойд[её]м(?: дальше)?) с (?:другим|другой) "
        r"кандидат\w*(?![^.!?\n]*,\s*но\b)|выбор в пользу (?:другого|другой) кандидат\w*"
        r"|останов\w+ (?:свой )?выбор на (?:другом|другой) кандидат\w*",
        "rejected",
    ),
    (
        r"(?<![^\W\d_])не (?:прош(?:ёл|ел|ла|ли)|подош(?:ёл|ел|ла|ли)|подход|взял[иа]?"
        r"|выбрал[иа]?)",  # not "мне подходит"
        "rejected",
    ),
    (r"(?<![^\W\d_])не (?:готовы )?(?:двигаться|продолжать)|решили не продолжать", "rejected"),
    (  # "мы не готовы пригласить вас на следующий этап", "unable to move forward"
        r"(?<![^\W\d_])не (?:готовы|можем|сможем) пригласить (?:вас |тебя )?(?:на|в) "
        r"(?:следующий|финальный|дальнейший) этап"
        r"|(?<!пока )не (?:готовы|можем|сможем) пригласить (?:вас |тебя )?на финал"
        r"|(?:unable|not able|not in a position) to (?:proceed|move forward) with your"
        r" (?:application|candidacy)",
        "rejected",
    ),
    (
        r"\bi (?:have )?(?:withdrew|withdrawn|withdraw|declined|turned down"
        r"|turned (?:it|them) down|said no|pulled out(?! of the (?:call|slot|meeting)))"
        r"(?: (?:the|their|an?|this) (?:offer|role|position|process))?",
        "withdrawn",
    ),
    (
        r"(?:\bя |сам[аи]? )(?:отказал(?:ся|ась)|снял(?:ся|ась|а)?|отозвал[аи]?)"
        r"(?: от (?:оффера|офера|предложения|вакансии|процесса))?",
        "withdrawn",
    ),
    (r"отказал(?:ся|ась) от (?:оффера|офера|предложения|вакансии|процесса)", "withdrawn"),
    (
        r"(?<![^\W\d_])вынужден[а]? (?:остановиться|сняться|выйти из процесса)",
        "withdrawn",
    ),
    (r"отказал(?:ся|ась) сам[аи]?\b|(?<![^\W\d_])сам[аи]? отказал(?:ся|ась)", "withdrawn"),
    (
        r"\b(?:offer|оффер|офер)\w* (?:was )?(?:declined|turned down) by me"
        r"|\b(?:declined|turned down) (?:the|their|an?|this) offer",
        "withdrawn",
    ),
    (r"\bwithdr[ae]wn?\b|снял[аи]? (?:свою )?кандидатуру", "withdrawn"),
    (r"(?:offered|предложили)\s+[£$€]?\d+\s*[kк](?!\S*\s+(?:max|for|top))", "offer"),
    (  # "статус: снялась", "снялась с процесса": the owner's own word, said of herself
        r"^[\W_]*снял(?:ся|ась)(?![^\W\d_])"
        r"|(?<![^\W\d_])(?:снял(?:ся|ась)|снимаюсь) с (?:процесса|вакансии|позиции|отбора)"
        r"|(?:^[\W_]*|[.;:!—–]\s*|(?<![^\W\d_])я\s+)(?:вышла|вышел) из (?:процесса|отбора)"
        r"|(?<![^\W\d_])что (?:я )?выхожу из (?:процесса|отбора)",
        "withdrawn",
    ),
    (r"(?:^|[.;:!—–(]\s*|-\s+|\*\*)rej(?![\w'’])", "rejected"),  # "rej Fri 10/30" opening
    (r"un-?froze\w*|unpaused|разморо\w*", "pending"),  # "role unfrozen": the process goes on
    (r"on hold|paused|froze|frozen|hiring freeze", "on_hold"),
    (r"замороз|заморож|на паузе|поставили на паузу|приостанов|пауза до", "on_hold"),
    (r"(?<![^\W\d_])(?:на|в) холд(?:е|у)?(?![^\W\d_])", "on_hold"),  # "на холде до января"
    (r"^[\W_]*(?:дальше|next)\s*(?:→|->|=>|⇒)", "passed"),  # "дальше → финал"
    (
        r"offers? (?:was |got |has been )?(?:rescinded|withdrawn|pulled|revoked)"
        r"|(?:rescinded|pulled|revoked) (?:the |my |their )?offer|отозвали оф+ер|оф+ер отозвали"
        r"|(?<![^\W\d_])не (?:готовы )?(?:сделать|дать) оф+ер"
        r"|решили не нанимать|взяли внутреннего|позиция закрыта|вакансия закрыта"
        r"|не подхож(?:у|ит)|не подошл[аи]|(?:it'?s|the answer is) (?:a )?no\b"
        r"|filled (?:the|this) (?:role|position)|hire someone (?:else|more \w+)",
        "rejected",
    ),
    (r"no (?:response|answer|reply)|ghosted|(?:нет|без) ответа|тишина|молчат|👻", "no_response"),
    (r"(?<![^\W\d_])не (?:отвечают|ответили)", "no_response"),
    (r"next (?:round|stage|step)|moved (?:me )?(?:on|forward)|следующ(?:ий|ему|ем) этап", "passed"),
    (
        r"пригласили на|позвали на|(?<![^\W\d_])(?:зов[её]т|зовут) на"
        r"|invited (?:me )?to (?:the|a|an)\b",
        "passed",
    ),
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
