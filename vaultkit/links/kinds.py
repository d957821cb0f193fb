"""Which kind a note is (contact, company, interview, meeting, daily, template, other)."""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from vaultkit.config import Config
from vaultkit.links.daily import daily_date, named_with_weekday
from vaultkit.links.job_titles import JOB_TITLE, titled_by_its_company
from vaultkit.links.line_labels import line_labels
from vaultkit.links.meeting_rounds import is_hiring_stage as is_hiring_stage
from vaultkit.links.meeting_rounds import meeting_is_round
from vaultkit.links.own_kind import own_values, preparation
from vaultkit.model import Note
from vaultkit.parse.dates import as_date, day_before
from vaultkit.parse.names import fold, periodic_name

NoteKind = Literal["contact", "company", "interview", "meeting", "daily", "template", "other"]
NOTE_KINDS: tuple[NoteKind, ...] = (
    "contact",
    "company",
    "interview",
    "meeting",
    "daily",
    "template",
    "other",
)
"""Every kind, in the order reports list them."""


def link_name(value: object) -> str:
    """'[[Folder/People|x]]' -> 'people'; plain text folded (names.fold); '' for anything but
    text."""
    if not isinstance(value, str):
        return ""
    text = value.strip()
    if text.startswith("[[") and text.endswith("]]"):
        text = text[2:-2].split("|", 1)[0].split("#", 1)[0]
        text = text.rsplit("/", 1)[-1]
    return fold(text.strip())


class Classifier:
    """Classifies notes under one configuration (its lookups are built once)."""

    def __init__(self, config: Config) -> None:
        self._config = config
        self._by_type: dict[str, NoteKind] = {}
        self._by_category: dict[str, NoteKind] = {}
        self._by_tag: dict[str, NoteKind] = {}
        self._folders: list[tuple[str, NoteKind]] = []
        for name, rule in config.kinds:  # earlier kinds win: setdefault keeps the first
            kind: NoteKind = name  # type: ignore[assignment]
            for value in (*rule.types, *rule.categories):
                self._by_type.setdefault(fold(value), kind)
            for value in rule.categories:
                self._by_category.setdefault(fold(value), kind)
            for value in rule.tags:
                self._by_tag.setdefault(fold(value), kind)
            self._folders.extend((fold(folder), kind) for folder in rule.folders)
        self._order: dict[str, int] = {name: index for index, (name, _) in enumerate(config.kinds)}

    def _known_from_work(self, note: Note) -> bool:
        """Whether a note's tags say its person is known from their work, not met ("#author"),
        and neither its `type` nor another tag makes them a contact."""
        tags = {fold(tag) for tag in note.tags}
        if not tags or not tags <= _READ_NOT_MET or note.get("type"):
            return False  # "#writer #referral": a writer who referred the owner, a contact
        return not any(
            self._by_tag.get(prefix) == "contact"
            for tag in note.tags
            for prefix in _tag_prefixes(tag)
        )

    def _first(self, kinds: list[NoteKind]) -> NoteKind | None:
        return min(kinds, key=lambda kind: self._order[str(kind)]) if kinds else None

    def _kind_tagged(self, note: Note) -> bool:
        """Whether a note's properties tag it as one of the kinds."""
        return any(
            prefix in self._by_tag
            for tag in note.values("tags")
            for prefix in _tag_prefixes(str(tag).lstrip("#"))
        )

    def _daily(self, note: Note, by_type: list[NoteKind], kinded: bool) -> bool:
        """Whether a note is named as a day and its `type` says no other kind of note
        ("Interviews/Kestrel/2026-11-25 Wed.md" with `type: interview` is the round's); one
        named with its weekday ("2026-11-25 Wed") also not in a kind's folder nor tagged as one
        (`kinded`)."""
        config = self._config
        named = daily_date(note.path, config.daily_folder, config.daily_format)
        if named is None or (by_type and "daily" not in by_type):
            return False
        kinded = kinded or self._kind_tagged(note)
        return not (kinded and named_with_weekday(note.path, config.daily_folder))

    def classify(self, note: Note) -> NoteKind:
        """The kind of `note`: a meeting of the owner's template that is a round of a process
        (its `stage` names one, its `company` is set: "stage: HM tech"; or, without a stage,
        its dated title names one: "2026-11-10 Bolt техсобес") is an interview."""
        kind = self._classify(note)
        if kind == "contact" and self._known_from_work(note):
            return "other"  # "#author" in People/: a book's writer, known from the page
        return "interview" if kind == "meeting" and meeting_is_round(note) else kind

    def _classify(self, note: Note) -> NoteKind:
        config = self._config
        lowered = fold(note.path)
        folders = set(lowered.split("/")[:-1])

        def inside(folder: str) -> bool:  # a folder name anywhere in the path, or a path prefix
            return lowered.startswith(folder + "/") if "/" in folder else folder in folders

        if any(inside(fold(folder)) for folder in config.template_folders):
            return "template"
        types = own_values(note, "type")  # not a list item's "(type:: interview)"
        by_type = [self._by_type[n] for v in types if (n := link_name(v)) in self._by_type]
        if self._daily(note, by_type, any(inside(f) for f, _ in self._folders)):
            return "daily"
        if periodic_name(note.title) or (not by_type and preparation(note)):
            return "other"  # a monthly note (2026-11), "type: prep": no one's note
        by_category = [
            self._by_category[n]
            for v in own_values(note, "categories")
            if (n := link_name(v)) in self._by_category
        ]
        event = calendar_event(note) if not (by_type or by_category) else None
        if event and not self._kind_tagged(note):  # a Full Calendar event's note, unless its
            return event  # properties tag it (not "#рекрутер" written in its text)
        by_folder = [kind for folder, kind in self._folders if inside(folder)]
        labels = line_labels(note) if {"contact", "company"} & {*by_folder} else set()
        by_tag = [  # not "- 3.11 — скрин 30 мин #собес" in a person's log: that line's label
            self._by_tag[prefix]
            for tag in note.tags
            for prefix in _tag_prefixes(tag)
            if prefix in self._by_tag
            and not (fold(tag) in labels and self._by_tag[prefix] in ("interview", "meeting"))
        ]
        by_map: list[NoteKind] = [  # `up:: [[MOC - People]]`: a map of people, or companies
            kind
            for v in note.values("up")
            if (n := _MAP_WORDS.sub("", link_name(v)).strip(_MAP_MARKS)) in self._by_category
            and (kind := self._by_category[n]) in ("contact", "company")
        ]
        if (
            by_type == ["contact"]
            and note.get("date")
            and {"interview", "meeting"} & {*by_folder}
            and "contact" not in by_folder  # not Interviews/People/Sam Lee.md
        ):
            by_type = []  # "type: hiring manager" with its day, in Interviews/: whom it was with
        for kinds in (by_type, by_category, by_tag, by_map):
            found = self._first(_agreed(kinds, by_folder, note.tags) or kinds)
            if found is not None:
                return found
        found = self._first(by_folder) or "other"
        parent = lowered.split("/")[-2] if "/" in lowered else ""
        if (
            found == "company"
            and parent
            and not any(folder == parent for folder, kind in self._folders if kind == "company")
        ):
            return _in_company_folder(note, parent)
        return found if found != "other" else _by_properties(note, bool(_VACANCIES & folders))


_READ_NOT_MET = frozenset({"author", "writer", "автор", "писатель", "писательница"})
"""Tags of a person known from their work, not met."""

_MAP_WORDS = re.compile(r"(?<![^\W\d_])(?:moc|map|maps|index|hub|карта)(?![^\W\d_])")
_MAP_MARKS = " -–—_:()[]👥🧑‍🤝‍🧑"
"""A map of content's name is its kind's category with a word saying it is a map ("MOC -
People", "People MOC", "Люди (MOC)")."""


def _agreed(
    kinds: list[NoteKind], by_folder: list[NoteKind], tags: tuple[str, ...]
) -> list[NoteKind]:
    """Where a note's own tags name it a company and an interview (tags [company,
    application]), the one its folder names: in Companies/, the company's note. Not an
    interview that is also a meeting (the interview is the narrower), nor where a tag nested
    under a kind names which company (`company/kestrel`), not what the note is."""
    if set(kinds) != {"company", "interview"} or any("/" in tag for tag in tags):
        return []
    return [kind for kind in kinds if kind in by_folder]


_CALENDAR_KEYS = frozenset({"allday", "starttime", "endtime", "daysofweek", "startrecur", "rrule"})
"""Properties the Full Calendar plugin writes into an event's note."""


def calendar_event(note: Note) -> NoteKind | None:
    """The kind of a Full Calendar event's note (`allDay`, `startTime`, `date`, `type: single`):
    an interview when its title names a round ("2026-11-18 Interview Farfetch"), no one's when
    it recurs ("Португальский (вт)"), else a meeting ("Кофе Inês"); None for any other note."""
    kind = link_name(note.get("type"))
    if kind not in ("single", "recurring", "rrule"):
        return None  # Full Calendar writes its `type`: a note of another with a startTime is not
    keys = {prop.name for prop in note.properties}
    if not keys & _CALENDAR_KEYS:
        return None
    if kind in ("recurring", "rrule") or "daysofweek" in keys:
        return "other"
    title = " ".join(str(v) for v in (note.title, note.get("title")) if v)
    practice = _PRACTICE.search(title)  # "Mock с Руи", "offer deadline": no round
    return "interview" if _EVENT_ROUND.search(title) and not practice else "meeting"


_EVENT_ROUND = re.compile(
    r"(?<![^\W\d_])(?:interviews?|screen|tech(?:nical)? (?:interview|round|screen)|final|finals"
    r"|onsite|on-site|hm (?:call|screen|interview)|hiring manager|take-home|скрин\w*|собес\w*"
    r"|техсобес\w*|техинтервью|интервью|финал\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of an event's title that name a round of the owner's, not a word of other events
("PyData panel", "Film screening", "offer call")."""


_PRACTICE = re.compile(
    r"(?<![^\W\d_])(?:mock|мок|practice|rehearsal|тренировк\w*|репетици\w*|deadline|due"
    r"|prep\w*|decision|answer|coffee|cancel\w*|дедлайн|подготовк\w*)(?![^\W\d_])",
    re.IGNORECASE,
)


_VACANCIES = frozenset({"вакансии", "vacancies"})
"""Folders of vacancies: an application's note where it logs one, else a posting kept."""
_FOR_MY_TEAM = re.compile(r"(?:в )?мою команду|(?:for )?my team|hiring for|нанимаю", re.I)
"""A vacancy the owner hires for ("QA Automation в мою команду"), not one applied to."""
_PROCESS_WORD = re.compile(
    r"(?<![^\W\d_])(?:screen\w*|скрин\w*|interview\w*|интервью|собес\w*|финал\w*|final|тех\w*"
    r"|offer\w*|оф+ер\w*|отказ\w*|reject\w*|этап\w*|stage|round|тестов\w*|take-home|кейс\w*)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


def _a_process(note: Note) -> bool:
    """Whether a note logs a hiring process of its own: a stage, status or result, or a dated
    line naming a round or a decision ("- 27.10 — скрин с Ольгой"; not a saved posting, a
    salary survey or a wishlist)."""
    if any(note.get(key) for key in ("stage", "status", "result")):
        return True
    return any(_PROCESS_WORD.search(e.text) for e in (*note.entries, *note.yearless))


def _by_properties(note: Note, vacancy: bool = False) -> NoteKind:
    """The kind a note's own properties tell where nothing else does (a vault of its own
    folders: `CRM/`, `Pipeline/`, `Job Search/`): a person's (a birthday, an e-mail, how you
    met), an application's (the day applied, with its company, stage or status), a person's
    (a company and a title), or an application's (a stage with its recruiter); in a folder of
    `vacancy` notes, an application's where it logs one ("Вакансии/Finvera.md" with "- 27.10 —
    скрин с Ольгой")."""
    if vacancy and _a_process(note) and not _FOR_MY_TEAM.search(note.title):
        return "interview"
    keys = {prop.name for prop in note.properties}
    if not keys or not keys - _LISTED_FIELDS:
        return "interview" if _status_of_a_process(note) else "other"
    if keys & _PERSONAL:
        return "contact"
    applied = note.get("applied")  # "2026-09-24", or "9/24" without its year
    written = isinstance(applied, str) and day_before(applied, date(2000, 1, 1)) is not None
    if (as_date(applied) or written) and keys & _OF_AN_APPLICATION:
        return "interview"  # the day applied: an application's
    stage = str(note.get("stage") or "")
    if {"company", "stage", "status"} <= keys and is_hiring_stage(stage):
        return "interview"  # "этап: скрининг", "статус: в процессе": where a process stands
    if "company" in keys and keys & {"title", "position"} and not keys & _OF_A_JOB:
        return "interview" if titled_by_its_company(note) else "contact"  # a person's, not a job's
    if "stage" in keys and keys & {"applied", "recruiter"}:
        return "interview"
    return "other"


_LEAD_STATUS = re.compile(r"\s*\*\*(?:status|статус):?\*\*:?\s*(?P<said>[^\n]+)", re.IGNORECASE)
_PROCESS_WORDS = re.compile(
    r"(?<![^\W\d_])(?:feedback|waiting|rejected|rej|withdr\w*|frozen|freeze|declined|ghosted"
    r"|отказ\w*|фидбек\w*|жд[уё]\w*|заморож\w*)(?![^\W\d_])",
    re.IGNORECASE,
)


def lead_status(note: Note) -> str:
    """The status a note opens with as a bold label ("**Status:** rejected (1/10)"), or ''."""
    lead = note.sections[0] if note.sections and not note.sections[0].heading else None
    found = _LEAD_STATUS.match(lead.content) if lead else None
    return found["said"].strip() if found else ""


def _status_of_a_process(note: Note) -> bool:
    """Whether a note with no properties opens with a bold status of a hiring process
    ("**Status:** waiting for feedback (since 25/11)", "**Status:** rejected (1/10)")."""
    said = lead_status(note)
    if not said or not (is_hiring_stage(said) or _PROCESS_WORDS.search(said)):
        return False
    text = "\n".join(section.content for section in note.sections[:3])
    named = {prop.name for prop in note.properties} & {"position", "recruiter", "role"}
    rounds = any(_ROUND_WORDS.search(e.text) for e in (*note.entries, *note.yearless))
    return bool(named or rounds or _JOB_MARK.search(text) or JOB_TITLE.search(note.title))


_LISTED_FIELDS = frozenset({"position", "role", "where", "source", "stack", "salary", "location"})
"""Fields a note may list under its status ("- Role: …", "- Where: …"): no kind of their own."""


_JOB_MARK = re.compile(
    r"^\W*(?:role|position|job|recruiter|hiring manager|роль|позиция|вакансия|рекрутер)\W*:"
    r"|\b(?:applied|recruiter)\b|(?<![^\W\d_])(?:откликнул\w*|рекрутер\w*)",
    re.IGNORECASE | re.MULTILINE,
)
"""What makes a note with a status a job's: a role or a recruiter named, a word of applying."""


_OF_AN_APPLICATION = frozenset({"company", "stage", "status", "recruiter", "position"})
_OF_A_JOB = frozenset(
    {"applied", "salary", "comp", "base", "bonus", "equity", "offer_date", "offer_deadline"}
)
"""Properties of a job or an offer ("base: 88000", "offer_date: …"), never of a person."""
_PERSONAL = frozenset(
    {"birthday", "email", "phone", "linkedin", "telegram", "how_we_met", "met", "first_name"}
)
"""Properties only a person's note has."""


_ROUND_WORDS = re.compile(
    r"(?<![^\W\d_])(?:screen|screening|interviews?|technical|tech (?:interview|screen|round)"
    r"|final|finals|onsite|on-site|hm|hiring manager|case|take-home|test task|offer|panel"
    r"|скрин|скрининг\w*|собес\w*|техсобес\w*|техническ\w*|техинтервью|интервью|финал\w*"
    r"|тестовое|тестового|кейс|оф+ер\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of a title that name a round of a hiring process ("Кредо - техсобес", "Ритм финал")."""


def names_a_round(words: str) -> bool:
    """Whether `words` (a title, a `round` property) name a round of a hiring process, not a
    practice one ("Halden — recruiter screen", "HM"; not "Mock interview with Dan")."""
    return bool(_ROUND_WORDS.search(words)) and not _PRACTICE.search(words)


def _in_company_folder(note: Note, folder: str) -> NoteKind:
    """The kind of a note in a company's own folder (Companies/Acme/...): the company's note
    itself (named as its folder), an interview when its title or its `type` names a round (and
    is no comparison, preparation or list of questions), else another note about the company."""
    if fold(note.title) == folder:
        return "company"
    words = " ".join((note.title, *(v for v in note.values("type") if isinstance(v, str))))
    if _ABOUT_ROUNDS.search(note.title):
        return "other"
    return "interview" if _ROUND_WORDS.search(words) else "other"


_ABOUT_ROUNDS = re.compile(
    r"(?<![^\W\d_])(?:comparison|compare|vs|versus|prep|preparation|questions|cheat ?sheet"
    r"|research|сравнение|сравниваю|подготовка|вопросы|шпаргалка)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of a title about rounds rather than of one ("Offer comparison", "Кредо - подготовка к
финалу", "Questions for the HM")."""


def _tag_prefixes(tag: str) -> list[str]:
    """'a/b/c' -> ['a', 'a/b', 'a/b/c'] (folded): a nested tag matches its parents."""
    parts = fold(tag).split("/")
    return ["/".join(parts[: i + 1]) for i in range(len(parts))]


def classify(note: Note, config: Config) -> NoteKind:
    """The kind of `note` under the conventions in `config` (builds a Classifier each call)."""
    return Classifier(config).classify(note)
