"""Promises the owner wrote in prose rather than as tasks, in a dated line of a daily or weekly
note or a timeline: "Обещал Диме скинуть вакансию джуна до пятницы", "told Ciara I'd send the
case study by Wednesday", "пообещал скинуть Ксении ссылку на доклад". Each is to the contact the
sentence names (or whose note it is in), made that day and due by the day its words give, else
at once. One is kept where a later line says it was sent ("11.11 — скинул ей ссылку на
доклад"), a ticked task says the same, or its own sentence says so ("Обещала до пятницы —
успела"). Someone else's promise ("Милица обещала прислать фидбек") is theirs, not the owner's.
Read once per build from the dated lines, never remembered between builds."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from vaultkit.domain.contacts import Contact
from vaultkit.domain.name_forms import NameIndex, capitalised_keys, named_in
from vaultkit.domain.named_tasks import names_index
from vaultkit.domain.owed_words import not_owed
from vaultkit.domain.owner_voice import voice_of_note
from vaultkit.domain.promise_kept import SOMEONE_BEFORE as _SOMEONE_BEFORE
from vaultkit.domain.promise_kept import content_of, kept_since
from vaultkit.domain.promise_said import CUES, NEVER, REPORT_BACK, due_by, said_so
from vaultkit.domain.promise_said import I_WILL as _I_WILL
from vaultkit.domain.promise_said import PROMISED as _PROMISED
from vaultkit.domain.promise_words import due_of
from vaultkit.domain.promises import Promise, name_starts
from vaultkit.domain.said_in_passing import KeyedLine
from vaultkit.links.graph import VaultGraph
from vaultkit.parse.dates import note_day
from vaultkit.parse.names import archived

_OWNER_SAYS = re.compile(r"\bi\b|i'd|^\s*(?:i'd|i would|i'll)\b|(?<![^\W\d_])я\b", re.I)
_TO_THEM = re.compile(
    r"\s*(?:i'?d\s+|to\s+)?(?:\S+\s+)?(?:ей|ему|им|her|him|them)(?![^\W\d_])",
    re.IGNORECASE,
)
"""In a contact's own note, a promise made to them: "обещала ей ужин", "I told her I'd
send it"; without them ("обещала прислать слоты") the subject may be the contact."""
_KEPT_AT_ONCE = re.compile(
    r"(?:[—–]|\s-\s|;|,\s*(?:и|and)\s)\s*(?:уже\s+|and\s+|already\s+)?(?:успел\w*|сделал\w*"
    r"|отправил\w*|скинул\w*|done|sent(?: it)?|kept(?: it)?)(?![^\W\d_])|✅",
    re.IGNORECASE,
)
"""Words that say the promise told was kept in the same breath ("Обещала до пятницы — успела")."""


def prose_promises(
    graph: VaultGraph, contacts: Iterable[Contact], lines: list[KeyedLine], owner: str = ""
) -> dict[str, tuple[Promise, ...]]:
    """For each contact's path, the promises to them written in prose and not kept yet (`owner`:
    the gender the owner writes of themselves in, "f" or "m": a Russian verb of the other
    gender with no subject is someone else's promise)."""
    known = list(contacts)
    index = names_index(graph, known)
    if not index:
        return {}
    found: dict[str, list[Promise]] = {}
    lines = [*lines, *meeting_lines(graph)]
    for number, (on, text, path, _) in enumerate(lines):
        folded = text.casefold()
        if not any(cue in folded for cue in CUES) or not _PROMISED.search(text):
            continue  # the common case, told without the pattern
        if archived(path):
            continue  # an archived search's promises are history
        for sentence in _sentences(text):
            made = _PROMISED.search(sentence)
            if made is None or not _owners(sentence, made, owner):
                continue
            if NEVER.match(sentence, made.end()):
                continue  # "Promised him I would never name him as a source": a vow, no task
            ends = not re.search(r"[^\W\d_]", sentence[made.end() :])  # "— я обещал."
            told = REPORT_BACK.search(sentence, 0 if ends else made.end())
            if told and due_of(sentence, on) is None:
                continue  # "Promised I'd tell him how the panel goes": after it, undated
            line = next((e.line for e in graph.notes[path].entries if e.text == text), 0)
            due = due_by(sentence, on, made)
            to = (
                _to_whom(graph, index, sentence, path, made, owner)
                or _talked_before(graph, index, lines, number, sentence, made)
                or _met(graph, path, sentence, made)
            )
            if said_so(made):
                to = _told_to(graph, to, sentence, made, owner)
            for contact in to:
                if not kept_since(graph, index, lines, contact, sentence, on, path):
                    promise = Promise(path, line, sentence, due, on, contact)
                    found.setdefault(contact, []).append(promise)
    return {contact: tuple(promises) for contact, promises in found.items()}


def _told_to(
    graph: VaultGraph, to: tuple[str, ...], sentence: str, made: re.Match[str], owner: str
) -> tuple[str, ...]:
    """Of the contacts a promise told with a verb of saying is to, those known to be of the
    other gender than the owner (between two women, or two men, "Сказала: «скину завтра»" may
    be the contact's own word), and none where it is to a third party ("отвечу им в среду")."""
    if _THIRD_PARTY.search(sentence, made.end()):
        return ()
    return tuple(c for c in to if voice_of_note(graph.notes[c]) not in ("", owner))


_THIRD_PARTY = re.compile(r"\s*(?:я\s+)?[а-яё]+\s+(?:им|they|them)(?![^\W\d_])", re.IGNORECASE)


def _owners(sentence: str, made: re.Match[str], owner: str) -> bool:
    """Whether the promise a sentence tells is the owner's, still to keep: not someone else's
    ("Милица обещала", "The recruiter told Ciara I'd", a quote, a verb of the other gender),
    not denied ("не обещал", "never promised"), not to hold off ("обещал не писать"), not kept
    in the same breath ("Обещала до пятницы — успела")."""
    before = sentence[: made.start()]
    clause = re.split(r"[,;:—–(]", before)[-1]
    said_so = made.group(0).casefold().lstrip("я ").startswith("сказал")
    if before.count('"') % 2 or before.count("«") > before.count("»"):
        return False  # 'Tom: "promised Ciara I'd…"': their words
    if (
        _SPEAKER.match(sentence)
        and not (said_so and not before.strip())
        and not _ME.match(sentence)  # "я: ок посмотрю на выходных" is the owner's own
    ):
        return False  # but "Сказала: «посмотрю на выходных»" is the owner's own too
    if _SOMEONE_BEFORE.search(clause.rstrip()) or _DENIED.search(clause):
        return False
    verb = re.sub(r"^я\s+", "", made.group(0).casefold()).split()[0].strip(",:")
    if re.match(r"[a-z]", verb) and clause.strip() and not re.search(r"\bi\b", clause, re.I):
        return False  # "Hiring manager promised Ciara…": theirs
    if verb.startswith("сказал") and (clause.strip() or owner not in ("f", "m")):
        return False  # "Саша сказал, что скину": whose words cannot be told
    if not clause.strip() and (
        verb.endswith("ли")  # "Обещали перезвонить": theirs
        or (owner == "f" and verb.endswith("л"))  # in a woman's diary, a man's
        or (owner == "m" and verb.endswith("ла"))
    ):
        return False
    after = sentence[made.end() :]
    if _THEIR_ERRAND.match(after):
        return False  # "обещала вернуться «через неделю-две» со слотами HM": the recruiter's
    return not _HOLD_OFF.match(after) and not _KEPT_AT_ONCE.search(after)


_THEIR_ERRAND = re.compile(
    r"\s*(?:мне\s+)?(?:вернуться|прислать|скинуть|come back|get back|send)\b[^.;]{0,40}"
    r"(?<![^\W\d_])(?:слот\w*|фидбек\w*|обратн\w* связ\w*|slots|feedback)(?![^\W\d_])",
    re.IGNORECASE,
)
"""What only the other side brings: an interview's slots, its feedback (a subject-less verb in
a woman's notes of a woman is hers as often as the owner's)."""
_SPEAKER = re.compile(r"^[^\W\d_][\w .-]{0,30}:\s")
_ME = re.compile(r"(?:я|me):\s", re.IGNORECASE)
_DENIED = re.compile(r"(?<![^\W\d_])(?:не|ничего не|never|didn'?t|did not|not)\s*$", re.I)
_HOLD_OFF = re.compile(
    r"\s*(?:[^\s,]+\s*)?(?:,?\s*(?:что|that)\s+)?(?:не\s+(?:буду\s+)?\w+|not to\b|i won'?t\b)",
    re.IGNORECASE,
)
"""A promise to hold off ("обещал Ксении не писать до января", "…, что не буду торопить")."""


def _sentences(text: str) -> list[str]:
    """The sentences of a line, without its list mark."""
    text = re.sub(r"^[\s>]*(?:[-*+]\s+)?", "", text)
    return [part.strip() for part in re.split(r"(?<=[.!?])\s+", text) if part.strip()]


def meeting_lines(graph: VaultGraph) -> list[KeyedLine]:
    """The lines of the meeting notes ("Созвон с Олегом про оффер", `Дата:: 2026-12-03`) on
    their day, but tasks, quotes and fields: what the owner wrote of the talk, where a promise
    to the one met is told ("Обещала сказать, что решу с оффером — до 10-го.")."""
    found: list[KeyedLine] = []
    for path, note in graph.notes.items():
        if graph.kinds.get(path) != "meeting":
            continue
        day = note_day(note.get("date"), note.title)
        if day is None:
            continue
        for section in note.sections:
            for text in section.content.split("\n"):
                bare = text.strip()
                if (
                    bare
                    and not bare.startswith((">", "- [", "* [", "|", "```"))
                    and "::" not in bare
                ):
                    found.append((day, bare, path, capitalised_keys(bare)))
    return found


def _met(graph: VaultGraph, path: str, sentence: str, made: re.Match[str]) -> tuple[str, ...]:
    """The one person a meeting note links, for a promise opening its sentence there that names
    no one ("Обещала сказать, что решу с оффером — до 10-го.")."""
    if graph.kinds.get(path) != "meeting" or sentence[: made.start()].strip(" -*"):
        return ()
    if not _DOING.match(sentence, made.end()) or _SOMEONE_ELSE.search(sentence, made.end()):
        return ()
    met = {
        target
        for _, target in graph.links_with_targets(path)
        if target is not None and graph.kinds.get(target) == "contact"
    }
    return (met.pop(),) if len(met) == 1 else ()


def _to_whom(
    graph: VaultGraph,
    index: NameIndex,
    sentence: str,
    path: str,
    made: re.Match[str],
    owner: str = "",
) -> tuple[str, ...]:
    """The contacts a promise is to: those named just after its verb ("обещал Диме", "told
    Ciara I'd", "promised Tom and Ciara"), else the one whose note it is in, where it says so
    ("обещала ей ужин", "I told her I'd send it") or its verb is in the owner's gender and not
    in the contact's ("Обещала ответить до понедельника" in Саша's note, of a woman's vault)."""
    after = made.end()
    named = sorted((match.start(), contact) for match, contact in named_in(index, sentence))
    to = []
    for at, contact in named:
        if _WITH.search(sentence[:at]):
            continue  # "Обещала свести с Димой": Дима is whom she is introduced to
        if made.start() <= at < after or (
            at >= after and len(_JOINED.sub(" ", sentence[after:at]).split()) <= 2
        ):
            to.append(contact)
            after = max(after, at)
    if to:
        return tuple(dict.fromkeys(to))
    near = sentence[after : after + 40]
    if "[[" in near or graph.kinds.get(path) != "contact":
        return ()
    said = made.group(0)
    if _ME.match(said):
        return (path,)  # "я: ок посмотрю на выходных" in her note: the owner's reply to her
    if re.search(r"[а-яё]", said, re.IGNORECASE):  # "обещала ей ужин": to her
        if _TO_THEM.match(sentence, after):
            return (path,)
        verb = said.casefold().removeprefix("я ").split()[0].strip(",:")
        gender = "f" if verb.endswith("ла") else "m" if verb.endswith("л") else ""
        theirs = voice_of_note(graph.notes[path])
        return (path,) if owner and gender == owner and theirs and theirs != owner else ()
    to_them = _TO_THEM.match(sentence, after) or re.search(r"\b(?:her|him|them)\b", said, re.I)
    mine = _OWNER_SAYS.search(said + sentence[after : after + 8])
    return (path,) if to_them and mine else ()


_DOING = re.compile(
    r"\s*(?:(?:ей|ему|ещё|еще|уже|точно|обязательно)\s+)?[а-яё]+(?:ть|ти|чь)(?:ся)?(?![^\W\d_])"
    r"|\s*(?:to|i'?d|i would|i'll)\s|\s*(?:я\s+)?" + _I_WILL + r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""What follows a promise's verb when it names no one: what was promised ("пообещала скинуть
портфолио", "promised to send")."""


def _talked_before(
    graph: VaultGraph,
    index: NameIndex,
    lines: list[KeyedLine],
    number: int,
    sentence: str,
    made: re.Match[str],
) -> tuple[str, ...]:
    """The one contact a promise that names no one is to: the only contact the line's earlier
    sentences name, else the line just before it (the same note, the same day) does ("intro
    call с João Ferreira … ¶ Пообещала скинуть портфолио до среды"). None where the promise
    names whom it is to ("пообещала маме позвонить"), where it does not open its sentence, or
    where the talk before names two."""
    if sentence[: made.start()].strip(" -*") or not _DOING.match(sentence, made.end()):
        return ()  # "[[Ольга]] созвонились, обещала вернуться": the promise opens no sentence
    if _SOMEONE_ELSE.search(sentence, made.end()):
        return ()  # "Пообещала купить сыну велосипед", "Promised to take Leo to the zoo"
    on, text, path, _ = lines[number]
    earlier = text[: text.find(sentence)] if sentence in text else ""
    pronoun = _HE_OR_SHE.match(earlier)
    if earlier.strip(" -*>") and not pronoun:
        return _one(index, earlier)  # "Вечером дома. Пообещала …": a scene of its own
    earlier, seen = "", 0
    for back in range(number - 1, max(number - 60, -1), -1):  # the day's lines before it
        before_on, before, before_path, _ = lines[back]
        if (before_on, before_path) != (on, path):
            continue  # a month's note: its headings are read before its lines
        seen += 1
        if _one(index, before) or seen >= 3:
            earlier = before  # "### 19.11 — созвон с Маратом" two lines above
            break
    found = _one(index, earlier)
    said_of = _PRONOUN_GENDER[pronoun[1].casefold()] if pronoun else ""
    if said_of and found and voice_of_note(graph.notes[found[0]]) != said_of:
        return ()  # "Он …" after Лена: her son, not her
    return found


_WITH = re.compile(
    r"(?<![^\W\d_])(?:свести|сведу|познакомить|познакомлю|introduce|connect)\s+(?:\S+\s+)?"
    r"(?:с|со|with|to)\s+$",
    re.IGNORECASE,
)
"""Whom a promise to introduce someone is about ("Обещала свести с Димой": Дима is whom she
is introduced to; "поделиться с Аней" is still to Аня)."""
_HE_OR_SHE = re.compile(r"[\s\-*>]*(он|она|he|she)(?![^\W\d_])", re.IGNORECASE)
_PRONOUN_GENDER = {"он": "m", "he": "m", "она": "f", "she": "f"}
"""A line that goes on of the one the line before named ("Он ведёт курс … Обещала …")."""


def _one(index: NameIndex, text: str) -> tuple[str, ...]:
    named = {contact for _, contact in named_in(index, text)} if text.strip() else set()
    return (named.pop(),) if len(named) == 1 else ()


_SOMEONE_ELSE = re.compile(
    r"(?<![^\W\d_])(?:сыну|сына|дочке|дочери|маме|папе|мужу|жене|брату|сестре|детям|ребёнку"
    r"|ребенку|бабушке|дедушке|подруге|другу|соседу|соседке|son|daughter|mom|mum|dad|husband"
    r"|wife|kids|brother|sister|friend|neighbou?r)(?![^\W\d_])"
    r"|\b(?!I\b|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"[A-Z][a-z]+",
)
"""Someone named after the verb of a promise that names no contact: to them, not to the
contact of the talk before it."""


_JOINED = re.compile(r"\b(?:and|и)\b|,|\[\[[^\]]*\]\]|[A-ZА-ЯЁ][\w-]+")
"""Between two names of one promise: "and", "и", a comma, another name."""


def besides_tasks(
    said: tuple[Promise, ...], tasks: Iterable[Promise], days: int = 2
) -> tuple[Promise, ...]:
    """The promises told in prose that no task to the same contact made within `days` of them
    writes down already ("I told her I'd send it tomorrow" beside "- [ ] send [[Anna]] my CV"),
    nor one set down since (or undated) for the same day or of the same words ("- [ ] send
    Marcus resume v4" after "I said I'd send him my updated resume this weekend")."""
    tasks = list(tasks)
    made = [task.made_on for task in tasks if task.made_on is not None]
    return tuple(
        promise
        for promise in said
        if promise.made_on is None
        or not (
            any(abs((promise.made_on - day).days) <= days for day in made)
            or any(_carried(promise, task) for task in tasks)
        )
    )


_NAMES = re.compile(r"(?<![\w\[])[A-ZА-ЯЁ][\w&-]{2,}")
"""Capitalised words of a promise: the company or thing it is about."""


def _named(promise: Promise) -> set[str]:
    """The capitalised words of a promise but its contact's name ("Ozon" of "спросить у Кати
    контакт рекрутера из Ozon")."""
    name = name_starts(promise)
    return {w for w in _NAMES.findall(promise.text) if w.casefold()[:3] not in name}


def _carried(promise: Promise, task: Promise) -> bool:
    """Whether a task set down since a promise told (or undated) writes it down: one set down
    since for the same day, or one sharing two words of what is promised ("скинуть Ане ссылку
    на запись доклада" is not "обещала скинуть ей ссылку на вакансию")."""
    if task.made_on is not None and promise.made_on is not None and task.made_on < promise.made_on:
        return False
    if not_owed(task.text):
        return False  # "- [ ] Read Hannah's promo packet" reads as her own: the promise says owed
    shared = content_of(task.text) & content_of(promise.text)
    theirs, told = _named(task), _named(promise)
    if theirs and told and not theirs & told:
        return False  # "контакт рекрутера из Ozon" is not "… из Авито"
    same_day = task.made_on is not None and task.due_on is not None
    return len(shared) >= 2 or (same_day and task.due_on == promise.due_on and bool(shared))


def dated_by_prose(
    tasks: tuple[Promise, ...], said: tuple[Promise, ...], days: int = 2
) -> tuple[Promise, ...]:
    """The tasks, each undated one taking the day a promise told in prose within `days` of it
    gives ("- [ ] портфолио для Жоау — отправить" beside "Пообещала скинуть портфолио до
    среды"): the prose says when, the task what."""
    dated = [p for p in said if p.made_on is not None and p.due_on is not None]
    if not dated:
        return tasks
    return tuple(
        _with_due(task, dated, days) if task.due_on is None and task.made_on else task
        for task in tasks
    )


def _with_due(task: Promise, dated: list[Promise], days: int) -> Promise:
    made = task.made_on
    if made is None:
        return task
    wanted = content_of(task.text)
    near = [
        p.due_on
        for p in dated
        if p.made_on
        and p.due_on
        and abs((p.made_on - made).days) <= days
        and p.due_on > made
        and wanted & content_of(p.text)  # the same thing: "портфолио" in both
    ]
    return replace(task, due_on=max(near)) if near else task
