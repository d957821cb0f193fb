"""A company's note that keeps the application itself (`applied: 22/09/2026`, `status: 🤝
offer`, a timeline of its rounds), where no interview note tells of that process: read as the
process's own note, one interview, as an application's note is."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from vaultkit.config import DueSettings
from vaultkit.domain.interviews import Interview, interview_of
from vaultkit.domain.name_forms import NameIndex, cyrillic_spellings
from vaultkit.domain.note_outcome import text_of
from vaultkit.domain.outcomes import DECISIONS, Outcome, read_outcome
from vaultkit.domain.rounds import ROUND, ticked_steps
from vaultkit.links.graph import VaultGraph
from vaultkit.links.kinds import is_hiring_stage
from vaultkit.model import DatedEntry, Note
from vaultkit.parse.dates import as_date
from vaultkit.parse.names import page_name


def company_applications(
    graph: VaultGraph,
    interviews: Iterable[Interview],
    settings: DueSettings,
    today: date,
    told_by: dict[str, Outcome],
    titled: NameIndex | None,
) -> tuple[Interview, ...]:
    """The company notes that are their process's only note, each as an interview (an
    interview of its name a year and more before the note's latest line is another process:
    "Interviews/2025-03-10 Yandex screen" beside this year's "Компании/Яндекс")."""
    known: dict[str, date] = {}
    for interview in interviews:
        day = max(filter(None, (interview.on, interview.result_date)), default=date.min)
        for key in filter(None, (interview.company, (interview.company_name or "").casefold())):
            known[key] = max(known.get(key, date.min), day)
    found = []
    for note in graph.of_kind("company"):
        log = note.log_as_of(today)
        kept = any(note.get(key) for key in _STATUS_KEYS) or _applied_in(log, today)
        if not kept or not _applied_to(note, today, log):
            continue
        latest = max((entry.on for entry in log), default=date.min)
        recent = {
            key
            for key, day in known.items()
            if day == date.min or (latest - day).days < _ANOTHER_PROCESS
        }
        name = page_name(note.title).casefold()
        aliases = {alias.casefold() for alias in note.aliases}  # "Stroomlijn", as written
        if note.path not in recent and not _named_among(name, recent) and not aliases & recent:
            found.append(interview_of(graph, note, settings, None, today, told_by, titled))
    return tuple(found)


_STATUS_KEYS = ("status", "stage", "pipeline")
"""Where a company's note keeps how its application stands (`pipeline: final round`)."""
_NOT_APPLIED = re.compile(
    r"(?<![^\W\d_])(?:хочу|хотела?|на потом|потом|не (?:откликал\w*|подавал\w*)|research\w*"
    r"|target\w*|wish\w*|former|ex|бывш\w*|написать|apply|to apply|not applied|interested"
    r"|watch\w*|later|someday|ideas?|иде[яи]|присматрива\w*|мечта|dream|worked|работал\w*"
    r"|alumni|prospect\w*|lead|maybe|может|присмотр\w*|нетворк\w*|networking|explor\w*)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""A company's status that says no application was made, or one long past ("хочу
податься", "researching", "former employer", "написать HR")."""
_SOMEONE_ELSES = re.compile(r"(?<![^\W\d_])(?:у|for)\s+[А-ЯЁA-Z][а-яёa-z]+")
"""A status of someone else's process ("финал (у Насти)", "offer for Kate")."""
_ANOTHER_PROCESS = 300
"""Days after an interview of a company's name that a line of its note tells of another
process: this year's application, not last year's."""


def _applied_to(note: Note, today: date, logged: tuple[DatedEntry, ...]) -> bool:
    """Whether a company's note tells of an application to it: its day (`applied`), or the
    role and who handles it (`Позиция::`, `Рекрутер::`) over a dated history of its own, or
    a stage of hiring or an outcome (`статус: тех интервью`, `статус: отказ`), or a line saying
    it applied, over a history naming a round ("- 1.10 скрининг"); `logged`: its dated lines
    as of `today`."""
    if as_date(note.get("applied")) is not None:
        return True
    stage = " ".join(text_of(note.get(key)) for key in _STATUS_KEYS)
    decided = read_outcome(stage).result in DECISIONS  # "offer, exploring relocation"
    if not decided and (_NOT_APPLIED.search(stage) or _SOMEONE_ELSES.search(stage)):
        return False  # "хочу податься", "researching", "former employer", "финал (у Насти)"
    log = [*logged, *ticked_steps(note, today)]
    if note.get("position") or note.get("recruiter"):
        return bool(log)
    where = is_hiring_stage(stage) or read_outcome(stage).result is not None  # "жду фидбек"
    return (where or _applied_in(logged)) and any(ROUND.search(entry.text) for entry in log)


_APPLIED = re.compile(
    r"[\W_]*(?:(?:подал[аи]?сь|подался|откликнул\w*)(?![^\W\d_])|(?:applied|submitted"
    r"|referral in|(?:подал[аи]?|отправил[аи]?) (?:cv|резюме|отклик|заявку))"
    r"(?:\s*$|\s*[^\w\s]|\s+-\s|\s+(?:via|through|on|online|by|по|with|w/|at|in"
    r"|for(?=\s)(?!\s+(?:a |an |the |their |its )?(?:[\w-]+\s+){0,2}(?:visa|mortgage|loan|flat"
    r"|apartment|passport|permit|hackathon|conference|meetup|event|talk|cfp|grant|program\w*"
    r"|course|bootcamp)(?![^\W\d_]))"
    r"|to (?:the )?(?:role|job|position)"
    r"|(?:my )?(?:application|cv|resume)|через|на вакансию|на позицию)(?![^\W\d_])))",
    re.IGNORECASE,
)
"""A line of a timeline opening with the application ("applied (careers page)", "submitted",
"подалась через сайт"); not "submitted my laptop + badge", "submitted a CFP", "подала Лену в
реферальную программу", nor a take-home "Submitted Mon 2 Nov" told later in its line."""
_RECENT_DAYS = 90
"""Days before today within which a company note with no status must log its latest
application or round to be a process of now (a spring attempt that went quiet is none)."""


def _applied_in(log: tuple[DatedEntry, ...], today: date | None = None) -> bool:
    """Whether a company note's dated lines say the owner applied ("- 5/10 applied (careers
    page)", "- 19/10 submitted", "- 2/11 referral in"), where no status is kept, and (with
    `today`) name an application or a round within _RECENT_DAYS of it: with a round in them,
    the note is the process's timeline."""
    steps = [e.on for e in log if _APPLIED.match(e.text) or ROUND.search(e.text)]
    if today is not None and (today - max(steps, default=date.min)).days > _RECENT_DAYS:
        return False  # "- 12.03 applied", "- 28.03 tech interview", then only news in November
    return any(_APPLIED.match(entry.text) for entry in log)


def _named_among(name: str, known: set[str]) -> bool:
    """Whether a company is among the `known` names, as written or shortened ("tessellate" for
    "tessellate health", "сбер" for "сбербанк"), or in the other script ("яндекс" for
    "yandex")."""
    name = name.removesuffix(".com")
    return any(
        name == key.removesuffix(".com")
        or name.startswith(key + " ")
        or key.startswith(name + " ")
        or _suffixed(name, key)
        or _suffixed(key, name)
        or name in _in_cyrillic(key)
        or key in _in_cyrillic(name)
        for key in known
    )


def _suffixed(longer: str, shorter: str) -> bool:
    """Whether one name is the other with a company's suffix ("сбербанк" of "сбер"; not
    "metabase" of "meta", "сбермаркет" of "сбер")."""
    rest = longer.removeprefix(shorter) if len(shorter) >= 4 else longer
    if rest == longer:
        return False
    if rest[:1] in " -":  # "Tenge Labs", "Acme-Group"
        return rest.strip(" -") in _SUFFIXES
    return rest in _GLUED  # "Сбербанк"; not "Metalab", "Metabase"


_SUFFIXES = frozenset("банк bank group labs lab tech inc ltd llc gmbh ai io hq".split())
_GLUED = frozenset({"банк", "bank"})


def _in_cyrillic(key: str) -> frozenset[str]:
    """A one-word Latin company name as Russian writes it ("yandex": "яндекс")."""
    return frozenset(word.casefold() for word in cyrillic_spellings(key))
