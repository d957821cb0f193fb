"""The day an offer must be answered by, as the notes of its process say it: a line since the
offer that names the deadline and is about the offer or the owner's answer ("ответить до
вторника 08.12", "Offer expires Fri Dec 11 5pm", "Дедлайн был 08.12, сдвинули на 09.12", an
open task "answer Will by Mon 12/7 12:00"), the latest such line's day; else the latest an
undated line or a property gives (`offer_deadline`, `дедлайн_оффера`, a round's `deadline`).
ANSWERED once a line since the offer says the owner answered it ("signed with them")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, timedelta

from vaultkit.domain.name_forms import NameIndex, named_in
from vaultkit.domain.outcomes import Outcome
from vaultkit.domain.promise_kept import SOMEONE_BEFORE
from vaultkit.domain.said_in_passing import KeyedLine
from vaultkit.domain.whose_outcome import SOMEONE_ELSES
from vaultkit.keys import canonical
from vaultkit.model import Note
from vaultkit.parse.dates import as_date, dates_by, next_weekday, slashes_swapped

_DEADLINE = re.compile(
    r"(?<![^\W\d_])(?:deadline|expires?|expiry|expiring|exploding|valid (?:until|till)"
    r"|(?:reply|respond|answer|get back to|need to know)(?:\s+[^\W\d_]+)?\s+by"
    r"|extended (?:it |the deadline )?"
    r"(?:to|until)|moved (?:it |the deadline )?to|дедлайн\w*|срок\w* ответа|продлил\w* (?:до|на)"
    r"|сдвинул\w* (?:на|до)|(?:ответить|ответом|ответ|подписать)\s+(?:им\s+|ей\s+|ему\s+)?до"
    r"|(?<!мне )ответ нуж(?:ен|но)\s+(?:дать\s+)?до)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words that give an offer's deadline (not "до 08.12" alone: a take-home's, a trip's; not
"they decide by Wed": their decision)."""
_OFFER = re.compile(r"(?<![^\W\d_])(?:offer\w*|оффер\w*|офер\w*)(?![^\W\d_])", re.IGNORECASE)
_OFFER_OR_CONTRACT = re.compile(
    r"(?<![^\W\d_])(?:offer\w*|оффер\w*|офер\w*|contract|договор\w*)(?![^\W\d_])", re.I
)
_TOLD_ANSWER = re.compile(
    r"\b(?:answer|reply|response|decision|respond|know)\b[^.;\n]{0,15}\bby\b"
    r"|(?<![^\W\d_])(?:ответ\w*|знать|решени\w*)\s+(?:[^\W\d_]+\s+)?до(?![^\W\d_])",
    re.IGNORECASE,
)
"""In a note that tells of an offer elsewhere, a line of the day the answer is wanted by ("she
said fine, answer by **Fri 11 Dec**", "They need to know by Fri 11 Dec")."""
_NOT_A_JOB = re.compile(
    r"(?<![^\W\d_])(?:аренд\w*|квартир\w*|хозяйк\w*|landlord\w*|lease|rent|flat|apartment|visa"
    r"|виз[аеуы]|exam\w*|экзамен\w*|mortgage|ипотек\w*|school|школ\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A line about something else with a day ("хозяйка квартиры: … ответ нужен до 10.12")."""
_ASKED = re.compile(r"\b(?:asked|ask) (?:them|him|her)\b|(?<![^\W\d_])попросил\w*", re.I)
"""The owner's own request of a day ("asked them to get back to me by Wed 9 Dec")."""
_MY_ANSWER = re.compile(
    r"\bneeds? (?:an|my|our) answer\b|\byour (?:answer|response|decision)\b"
    r"|(?<![^\W\d_])(?:нужен|ждут|ждём|ждем) (?:мой |моего |вашего |ваш )?ответ|ответ нужен"
    r"|за ответ до|ваш ответ",
    re.IGNORECASE,
)
"""Words asking for the owner's answer ("needs an answer by", "Будем благодарны за ответ до 9
декабря", "your decision by")."""
_THEIRS = re.compile(r"\b(?:hers|his)\b")
_BARE = re.compile(r"(?<![^\W\d_])(?:deadline|дедлайн)(?![^\W\d_])", re.IGNORECASE)
_OF_ANOTHER = re.compile(
    r"(?<![^\W\d_])(?:application|submission|take-?home|test|project|тестов\w*|заявк\w*"
    r"|кейс\w*|подач\w*|референс\w*|reference\w*|refs)\W+(?:[^\W\d_]+\W+){0,2}$",
    re.IGNORECASE,
)
"""What a deadline is of, just before it, where it is not the offer's ("application
deadline", "тестовое, дедлайн")."""
_MOVED = re.compile(
    r"\bextended (?:it |the deadline )?(?:to|until)|(?<!application )(?<!submission )deadline"
    r" (?:is now|moved|now)|(?<![^\W\d_])(?:продлил\w*|сдвинул\w*|подождать с ответом)"
    r"|(?<![^\W\d_])дедлайн\s*(?:→|->|теперь|перенесли|сдвинули)",
    re.IGNORECASE,
)
"""A deadline moved, which can only be the offer's ("she extended it to Dec 12", "the deadline
is now Dec 7", "согласилась подождать с ответом до 14.12")."""
_ASKING_MORE = re.compile(
    r"(?<![^\W\d_])(?:попросить|попросил\w*|просить|просил\w*|спросить|хочу|ask\w*|request\w*"
    r"|want to|counter\w*)[^—;(.!?]{0,60}?(?:продлить|продлени\w*|extend\b|extension|сдвинуть"
    r"|сдвиг\w*|перенести|push|move)[^—;(.!?]*",
    re.IGNORECASE,
)
"""A deadline the owner asks, or means to ask, for ("попросил до 14.12", "counter: … and a
deadline extension to Mon 12/14"): that part of the line, up to a dash or a bracket, is left
out ("дедлайн 10.12, попросил до 14.12 — дали только до 11.12" gives 11.12)."""
_ANSWERED = re.compile(
    r"\b(?:accepted|signed|declined|turned down)\s+(?:the |their |this |an? )?(?:[^\W\d_]+\s+)?"
    r"(?:offer|contract)\b|\b(?:accepted|signed) it\b|\bsigned with\b|\bturned (?:it|them) down"
    r"|\banswered the offer\b|\bdecided to (?:stay|decline|accept)\b|\bgoing with \w+ instead"
    r"|\b(?:sent|emailed) (?:\w+ )?my acceptance|\bi'?m in\b(?=\s*(?:[.!—–-]|$))"
    r"|\bit'?s a (?:yes|no)\b"
    r"|(?<![^\W\d_])(?:принял[а]?|подписал[а]?|отклонил[а]?) (?:оффер|офер|предложение|договор)"
    r"|согласил(?:ся|ась) на (?:оффер|офер|предложение)|отказал(?:ся|ась) от (?:оффера|офера"
    r"|предложения)|ответ на оффер дан|(?<![^\W\d_])согласн[аы]?!",
    re.IGNORECASE,
)
"""The owner's answer to the offer, told since it came."""
_DENIED = re.compile(
    r"(?<![^\W\d_])(?:not|не|haven'?t|didn'?t|not yet|yet to|ещё не|еще не|пока не|почти|almost"
    r"|nearly)\s+$|(?:\b(?:they|she|he|the company|candidate)|(?<![^\W\d_])(?:они|она|он"
    r"|кандидат\w*))\s+$"
)
"""Before the verb: it is denied ("not yet signed"), or someone else's ("they accepted the
counter")."""
_WEEKDAY = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday)?\b\.?"
    r"|(?<![^\W\d_])(?:понедельник\w*|вторник\w*|сред[аеуы]|четверг\w*|пятниц\w*|суббот\w*"
    r"|воскресень\w*|пн|вт|ср|чт|пт|сб|вс)(?![^\W\d_])",
    re.IGNORECASE,
)
_SOMEWHEN = timedelta(days=30)
"""How long before today an offer whose notes give it no day is taken to have come, at most."""
_WITHIN_DAYS = 60
"""An offer's deadline is at most this many days after it came; a later date is a start date."""
ANSWERED = date.min
"""What offer_answer_by gives for an offer a line since says was answered."""


def offer_by(
    note: Note,
    company: Note | None,
    outcome: Outcome,
    told: Outcome | None,
    today: date | None,
    on: date | None = None,
    elsewhere: Callable[[str], bool] = lambda _: False,
) -> date | None:
    """The day the offer that an interview's outcome, or its company's note (`told`), tells of
    must be answered by (offer_answer_by of the two notes; an offer of no day of its own came
    on the round's day `on`, or a month before `today` if that is later); None where no offer
    is told; `elsewhere` says whether words name another company than the process's ("told
    Priya about the Точка offer (their deadline 09.12)")."""
    somewhen = max(on, today - _SOMEWHEN) if on and today else on  # an offer of no day
    offered = [
        day for o in (outcome, told) if o and o.result == "offer" and (day := o.on or somewhen)
    ]
    if not offered or not today:
        return None
    return offer_answer_by((note, company), max(offered), today, elsewhere)


def offer_answer_by(
    notes: Iterable[Note | None],
    offered_on: date,
    today: date,
    elsewhere: Callable[[str], bool] = lambda _: False,
    telling: bool = False,
) -> date | None:
    """The day `notes` (the interview's and its company's; `telling`: notes elsewhere that
    tell of the offer, whose every line may be of it) give the offer that came on
    `offered_on` to be answered by; None where they give none; ANSWERED where a line dated
    since says the owner answered it."""
    if today - offered_on > timedelta(days=_WITHIN_DAYS):
        return None
    dated: list[tuple[date, date]] = []  # (the line's day, the deadline it gives)
    undated: list[date] = []
    for place, note in enumerate(notes):
        if note is None:
            continue
        keys = ("offer_deadline", "deadline") if place == 0 else ("offer_deadline",)
        undated.extend(
            d for p in note.properties if canonical(p.key) in keys and (d := as_date(p.value))
        )
        for on, line, task, under in _lines(note, today):
            if on is not None and on < offered_on and not _OFFER.search(line):
                continue  # before the offer, and not of it: another step's day
            if on is not None and not task and _answered(line):
                return ANSWERED
            if telling and (_ASKED.search(line) or _NOT_A_JOB.search(line) or elsewhere(line)):
                continue  # the owner's own ask, a flat's lease, another company's take-home
            told = telling and bool(_TOLD_ANSWER.search(line))
            of_it = (task and not telling) or bool(under) or told or bool(_OFFER.search(note.title))
            days = _deadlines(line, (on or today, on or offered_on), offered_on, of_it, elsewhere)
            if on is not None:
                dated.extend((on, day) for day in days)
            else:
                undated.extend(days)
    if dated:
        return max(dated)[1]
    ahead = [day for day in undated if 0 <= (day - offered_on).days <= _WITHIN_DAYS]
    return max(ahead, default=None)


def _lines(note: Note, today: date) -> list[tuple[date | None, str, bool, str]]:
    """The note's dated lines (with their day; "03.12 — оффер" as of `today`), its other lines
    (without), and whether each is an open task (the owner's own, "- [ ] answer Will by Mon
    12/7"; never an answer given), each with the item about the offer it is nested under, if
    any ("- Offer (verbal, Nov 27):" over "  - **reply by 9 December**"), or the heading about
    it that they stand under ("## оффер")."""
    dated = [(entry.on, entry.text, False, "") for entry in note.log_as_of(today)]
    said = {text for _, text, _, _ in dated}
    plain: list[tuple[date | None, str, bool, str]] = []
    for section in note.sections:
        above = ""  # the last item about the offer that the lines below it are nested in
        heading = section.heading if _OFFER.search(section.heading) else ""  # "## оффер"
        for line in section.content.split("\n"):
            if not line.strip():
                continue
            nested = line[:1] in " \t"
            if not nested:
                above = line if _OFFER.search(line) else ""
            if not any(text in line for text in said):  # "- 2/12 written offer:" is dated
                plain.append((None, line, "[ ]" in line, (above if nested else "") or heading))
    return [*dated, *plain]


def answers_in_passing(index: NameIndex, lines: Iterable[KeyedLine]) -> dict[str, date]:
    """For each company note's path, the latest day a dated line elsewhere that names it alone
    says the owner answered its offer ("Позвонила [[Катя]] — подписала оффер в [[Точка]]!");
    not a bare yes ("… созвон с CTO, чтобы ответить на вопросы по офферу — согласна!"), nor
    someone else's ("Лена Соколова подписала оффер в [[Точка]]")."""
    answered: dict[str, date] = {}
    for on, text, _, keys in lines:
        folded = text.casefold() if keys else ""
        if not any(word in folded for word in ("ffer", "ффер", "офер", "contract", "договор")):
            continue  # the common line, with no offer in it
        if not any(verb in folded for verb in _ANSWER_VERBS):
            continue
        found = _ANSWERED.search(text)
        if found is None or _BARE_YES.match(found.group(0)) or not _OFFER_OR_CONTRACT.search(text):
            continue  # "signed the contract with [[Checkout.com]]" answers it too
        before = text[: found.start()]
        if not _answered(text) or SOMEONE_BEFORE.search(before.rstrip()):
            continue
        named = {path for _, path in named_in(index, text, keys)}
        if len(named) == 1:
            company = named.pop()
            answered[company] = max(on, answered.get(company, on))
    return answered


_LEADING = re.compile(
    r"[\s:—–-]*(?:(?:is|are|by|before|until|till|at|the|будет|до|к|на)\s+)*", re.IGNORECASE
)
"""What may stand between a deadline word and the day it gives relatively."""
_RELATIVE = re.compile(
    r"\bend of (?:the |this )?(?P<month>month)\b|\bend of (?:the |this )?(?P<week>week)\b"
    r"|(?<![^\W\d_])конц[аеу] (?:этого )?(?P<месяц>месяца)|(?<![^\W\d_])конц[аеу] (?:этой )?"
    r"(?P<неделя>недели)|\b(?:in|within) (?P<hours>\d{1,3}) ?(?:hours|hrs|h)\b"
    r"|(?<![^\W\d_])(?:через|в течение) (?P<часы>\d{1,3}) час"
    r"|\b(?:in|within) (?P<days>\d{1,2}) (?P<work>business |working )?days\b"
    r"|(?<![^\W\d_])(?:через|в течение) (?P<дни>\d{1,2}) (?P<рабочих>рабоч\w+ )?(?:дн|ден)",
    re.IGNORECASE,
)
"""A deadline said from the day it was told ("expires in 48 hours", "до конца месяца",
"within 3 business days"; not "tomorrow", which more often tells when a talk is)."""


def another_company(titled: NameIndex | None, company: str | None) -> Callable[[str], bool]:
    """Whether words name a company other than `company` (the process's note) by `titled`,
    outside brackets ("Offer: €120k base (Beta offered 110k) — answer by Dec 9" is this one's)."""
    return lambda text: any(
        path != company for _, path in named_in(titled or {}, _BRACKETED.sub(" ", text))
    )


_BRACKETED = re.compile(r"\([^()]*\)")


def said_relatively(text: str, on: date, anchored: bool = False) -> date | None:
    """The day `text`, told on `on`, gives relatively (_RELATIVE), or None; `anchored`: only
    where `text` opens with it ("expires| in 48 hours", not "Deadline Friday, talking to her
    tomorrow")."""
    found = _RELATIVE.search(text)
    if found is None or (anchored and not _LEADING.fullmatch(text[: found.start()])):
        return None
    said = {key: value for key, value in found.groupdict().items() if value}
    if "month" in said or "месяц" in said:
        following = date(on.year + on.month // 12, on.month % 12 + 1, 1)
        return following - timedelta(days=1)
    if "week" in said or "неделя" in said:
        return on + timedelta(days=(4 - on.weekday()) % 7)  # its Friday
    if hours := said.get("hours") or said.get("часы"):
        return on + timedelta(days=-(-int(hours) // 24))
    count = int(said.get("days") or said.get("дни") or 0)
    if not ("work" in said or "рабочих" in said):
        return on + timedelta(days=count)
    day = on
    while count > 0:  # working days: weekends skipped
        day += timedelta(days=1)
        count -= day.weekday() < 5
    return day


_ANSWER_VERBS = (
    "accepted",
    "signed",
    "declined",
    "turned down",
    "turned it",
    "turned them",
    "answered",
    "decided to",
    "going with",
    "acceptance",
    "принял",
    "подписал",
    "отклонил",
    "согласил",
    "отказал",
    "ответ на оффер",
)
"""What _ANSWERED's words hold, looked for before it (most lines hold none)."""
_BARE_YES = re.compile(r"согласн|i'?m in|it'?s a", re.IGNORECASE)
"""An answer said without the offer in it: read only in the offer's own notes."""


def _answered(line: str) -> bool:
    """Whether a line says the owner answered the offer, not asking, supposing, denying it or
    countering ("declined their first offer and countered at €130k")."""
    found = _ANSWERED.search(line)
    return (
        found is not None
        and not _DENIED.search(line[: found.start()])
        and not _SUPPOSED.search(line)
        and not _COUNTERED.search(line)
    )


_COUNTERED = re.compile(r"(?<![^\W\d_])(?:counter\w*|контр\w*)", re.IGNORECASE)


_SUPPOSED = re.compile(r"\?|(?<![^\W\d_])(?:if|whether|если|ли)(?![^\W\d_])", re.IGNORECASE)


def _deadlines(
    line: str,
    days_from: tuple[date, date],
    offered_on: date,
    task: bool,
    elsewhere: Callable[[str], bool],
) -> list[date]:
    """The day a line about the offer or the owner's answer (`task`: an open task of the
    owner's, or a line nested under the offer's item) gives as the deadline: the last
    date after its deadline word ("Дедлайн был 08.12, сдвинули на 09.12"; "12/4" read either
    way round, as its window allows), else the weekday it names after the line's day; none for
    someone else's offer ("Lena also got an offer, hers expires Dec 10"), nor another
    company's, named before the deadline word (`elsewhere`). `days_from`: the line's day (today
    for an undated line) to read dates and weekdays by, and the day a day said relatively
    counts from (the offer's, for an undated line: "expires in 5 business days")."""
    on, told_on = days_from
    line = _ASKING_MORE.sub(" ", line)
    found = _DEADLINE.search(line)
    bare = _BARE.search(line)  # "дедлайн 10.12, попросил до 14.12 — дали только до 11.12"
    about = bool(
        _OFFER.search(line)
        or _MY_ANSWER.search(line)
        or task
        or _MOVED.search(line)
        or (bare and not _OF_ANOTHER.search(line[: bare.start()]))
    )
    if found is None or not about or SOMEONE_ELSES.search(line) or _THEIRS.search(line):
        return []
    if elsewhere(line[: found.start()]) or _OF_ANOTHER.search(line[: found.start()]):
        return []  # another company's, or another thing's ("референсов, ответ нужен до 08.12")
    after = re.split(r"(?<=[^\d\s])[.!?]\s", line[found.start() :])[0]  # its sentence only
    anchor = max(on, offered_on)
    swapped = slashes_swapped(after)
    days = [
        day
        for day in (*dates_by(after, anchor), *dates_by(swapped, anchor))
        if 0 <= (day - offered_on).days <= _WITHIN_DAYS
    ]
    if days:
        return days[-1:]
    relative = said_relatively(after[found.end() - found.start() :], told_on, anchored=True)
    if relative is not None:
        return [relative]
    weekday = _WEEKDAY.search(after)
    day = next_weekday(weekday.group(0).rstrip("."), on) if weekday else None
    return [day] if day is not None else []


def deadlines_in_passing(
    decided: Mapping[str, tuple[tuple[date, str, str], ...]],
    notes: Mapping[str, Note],
    today: date,
    index: NameIndex,
) -> dict[str, date]:
    """For each company whose offer notes elsewhere tell of, and whose process no later word
    decided otherwise (`decided`: said_in_passing.decisions_in_passing), the day those notes
    give it to be answered by ("> We'd love an answer by Friday 11 December" pasted in the
    daily note that tells of the offer, "she said fine, answer by Fri 11 Dec"; not a line that
    names another company of `index` first, nor the owner's own ask)."""
    found: dict[str, date] = {}
    for company, told in decided.items():
        offers = [(on, source) for on, result, source in told if result == "offer"]
        if not offers or max(told)[1] != "offer":
            continue
        telling = [notes[source] for _, source in offers if source in notes]

        def elsewhere(words: str, company: str = company) -> bool:
            return any(path != company for _, path in named_in(index, words))

        day = offer_answer_by(telling, min(on for on, _ in offers), today, elsewhere, True)
        if day is not None and day != ANSWERED:
            found[company] = day
    return found
