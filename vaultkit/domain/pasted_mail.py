"""E-mails pasted into a note with their headers, as a mail client copies a thread: a header
block ("**From:** Dana Kowalski <dana@fieldstone.io>", "**Date:** Tue, Nov 24, 2026 at 3:31
PM", "Sent: …", "Отправлено: …") or a reply's quote line ("On Thu, Nov 19, 2026 at 5:47 PM
Dana Kowalski <dana@fieldstone.io> wrote:", "пт, 20 нояб. 2026 г. в 09:02, Анна <a@b.ru>:"),
then the message, its older ones quoted below it ("> …", ">> …"). Each message is dated by
its own header, so a rejection told only in a quoted e-mail is read on its day."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from vaultkit.domain.outcomes import Result, read_outcome
from vaultkit.domain.whose_outcome import spares
from vaultkit.links.graph import VaultGraph
from vaultkit.model import Note
from vaultkit.parse.dates import as_date, first_date_in, month_first_day, parse_written_date

_DATE_FIELD = re.compile(
    r"^(?:\*\*)?(?:date|sent|дата|отправлено)(?:\*\*)?\s*:(?!:)\s*(?:\*\*)?\s*(?P<day>.+)$", re.I
)
_FROM_FIELD = re.compile(
    r"^(?:\*\*)?(?:from|от|отправитель)(?:\*\*)?\s*:(?!:)\s*(?:\*\*)?\s*(?P<who>.+)$", re.I
)
_WROTE = re.compile(
    r"^(?:on\s+)?(?P<head>.*\d.*<[^<>@\s]+@[^<>\s]+>)\s*(?:wrote|написал\w*)?\s*:\s*$", re.I
)
"""A reply's line over the message it quotes: the day, then the writer with an address."""
_WRITER = re.compile(r"(?P<who>[^\d,<>][^\d<>]*<[^<>]+>)$")
"""The writer at the end of a reply's line, after the day and hour ("… 5:47 PM Dana <d@f.io>")."""
_HOUR_MARK = re.compile(r"^(?:[AaPp]\.?[Mm]\.?|г\.|в)\s+")
"""What may stand between the hour and the writer's name ("PM", "в")."""
LETTER_HEADING = re.compile(
    r"^(?!.*(?<![^\W\d_])(?:my|мо[йеёя]|ответ\w*|reply|replied)(?![^\W\d_]))"
    r".*(?<![^\W\d_])(?:письм\w*|e-?mail\w*|mail|letter|message|сообщени\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A heading that names the letter quoted under it ("## Письмо 10.11", "## Message from
recruiter"); not one of the owner's own ("## Ответ", "## My reply")."""
_IF = re.compile(r"(?<![^\W\d_])(?:if|unless|in case|если|в случае)(?![^\W\d_])", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_MARKS = ("@", ", [", "Sent:", "SENT:", "sent:", "Отправлено:")
"""What a header holds (an address, a chat's stamp, Outlook's "Sent:"); a note with none of
them has no pasted e-mail or chat."""


@dataclass(frozen=True, slots=True)
class PastedMessage:
    """One e-mail of a pasted thread."""

    on: date
    """The day its header gives."""
    sender: str
    """Its writer as the header names them ("Dana Kowalski <dana@fieldstone.io>"), or ""."""
    line: int
    """The note line of its header."""
    text: str
    """Its own lines, without the quote marks and without the older messages it quotes."""
    chat: bool = False
    """True for a chat's message (Telegram's header), False for an e-mail."""


def pasted_messages(note: Note) -> list[PastedMessage]:
    """The e-mails and chat messages pasted into `note` with a header that dates them, in the
    note's order, the note's own first where it is an e-mail imported as a note (`from:` with
    an address, `date:`); a chat message ends at its first blank line (the owner's remark after
    it is his)."""
    imported = imported_mail(note)
    if not any(_pasted(section.content) for section in note.sections):
        return imported
    return [*imported, *_pasted_in(note)]


def headed_letters(note: Note, near: date) -> list[PastedMessage]:
    """The letters quoted under a heading that names one with its day ("## 27.11 письмо",
    "## Email from Anna 12/1"; read near `near`), where no header of their own dates them."""
    found = []
    for section in note.sections:
        if not LETTER_HEADING.match(section.heading) or _DATED_HEADER.search(section.content):
            continue
        if (on := first_date_in(section.heading, near)) is not None:
            text = "\n".join(line.strip().lstrip("> \t") for line in section.content.split("\n"))
            found.append(PastedMessage(on, "", section.line, text.strip()))
    return found


_DATED_HEADER = re.compile(
    r"^[> \t]*(?:\*\*)?(?:date|sent|дата|отправлено)(?:\*\*)?\s*:(?!:)", re.I | re.MULTILINE
)


def imported_mail(note: Note) -> list[PastedMessage]:
    """The e-mail a note is, as a mail plug-in imports one (`from: "Rachel Doyle
    <rachel@tines.io>"`, `date: 2026-12-03T11:47:00+00:00`, its body the message), up to the
    first older message it quotes."""
    sender = note.get("from")
    day = as_date(note.get("date"))
    if not isinstance(sender, str) or "@" not in sender or day is None:
        return []
    body: list[str] = []
    for _, line in _lines(note):
        bare = line.strip().lstrip("> \t")
        if _opening(bare, "") is not None or _FROM_FIELD.match(bare):
            break
        if bare:
            body.append(bare)
    if _BULK.search("\n".join(section.content for section in note.sections)):
        return []  # a newsletter, a mass mailing: no word to the owner
    return [PastedMessage(day, sender.strip(), 1, "\n".join(body))]


_BULK = re.compile(
    r"unsubscribe|view (?:this (?:email|e-mail) )?in (?:your )?browser|you are receiving this"
    r"|you(?:'re| are) (?:receiving|subscribed)|newsletter|отписаться|вы подписаны|рассылк",
    re.IGNORECASE,
)
"""What a mass mailing says (its unsubscribe link, "You are receiving this because…")."""


def _pasted_in(note: Note) -> list[PastedMessage]:
    """The messages pasted into the note's body with their headers."""
    lines = [(number, line.strip().lstrip("> \t")) for number, line in _lines(note)]
    senders = {
        at: named.group("who").strip("* ")
        for at, (_, bare) in enumerate(lines)
        if (named := _FROM_FIELD.match(bare)) is not None
    }
    found: list[PastedMessage] = []
    header: tuple[date, str, int] | None = None
    body: list[str] = []
    chat = False
    for at, (number, bare) in enumerate(lines):
        near = [senders[n] for n in range(at - _BLOCK, at + _BLOCK + 1) if n in senders]
        opening = _opening(bare, near[0] if near else None) if bare else None
        ends = chat and body and (not bare or bare.startswith(_OWNERS))
        if header is not None and (opening is not None or ends):
            found.append(PastedMessage(*header, "\n".join(body), chat))
            header = None
        if opening is not None:
            header, body, chat = (opening[0], opening[1], number), [], opening[2]
        elif header is not None and bare and at not in senders and not _FIELD.match(bare):
            body.append(bare)
    if header is not None:
        found.append(PastedMessage(*header, "\n".join(body), chat))
    return found


def _pasted(content: str) -> bool:
    """Whether a section may hold a pasted message's header (a cheap look first)."""
    return any(mark in content for mark in _MARKS)


_NAME_LIKE = re.compile(r"^\s*(?:[A-ZА-ЯЁ][\w.'-]*\s*){1,3}(?:\|.*)?$")
"""A chat's writer: a name of up to three words, capitalised ("Анна | Яндекс HR", "Вы"; not
"Созвон с Анной Ивановой", the owner's own line)."""
_CHAT = re.compile(r"^(?P<who>[^\[\]]{1,60}?),\s*\[(?P<day>[^\[\]]*\d{4}[^\[\]]*)\]\s*:?\s*$")
"""A chat message's header as Telegram Desktop copies it ("Полина Жукова, [13.10.2026 12:30]",
"Анна | Яндекс HR, [5 дек. 2026 г., 14:22]", "Вы, [15.10.2026 19:10]")."""
_OWNERS = ("- ", "* ", "+ ", "#", "— ", "(")
"""How the owner's own line after a chat message starts: an item, a heading, a remark."""
_BLOCK = 4
"""How far from its date a header block's From line may stand (Thunderbird puts it after)."""
_FIELD = re.compile(r"^(?:\*\*)?(?:to|cc|bcc|subject|кому|копия|тема)(?:\*\*)?\s*:", re.I)


def _opening(bare: str, sender: str | None) -> tuple[date, str, bool] | None:
    """The day and writer of a message whose header is this line (a date field only in a
    block with its writer's), and whether it is a chat's, or None."""
    if "[" in bare and (said := _CHAT.match(bare)) is not None and _NAME_LIKE.match(said["who"]):
        day = _header_day(said.group("day"))
        return None if day is None else (day, said.group("who").strip(), True)
    if sender is not None and (field := _DATE_FIELD.match(bare)) is not None:
        sent = field.group(0).lstrip("*").casefold().startswith(("sent", "отправлено"))
        if "@" not in sender and not sent:
            return None  # Notion's "Date:" beside "From: Referral (Kat)": no e-mail
        day = _header_day(field.group("day"))
        return None if day is None else (day, sender, False)
    if (wrote := _WROTE.match(bare)) is not None:
        day = _header_day(wrote.group("head"))
        writer = _WRITER.search(wrote.group("head"))
        who = _HOUR_MARK.sub("", writer.group("who").strip(" ,")) if writer else ""
        return None if day is None else (day, who, False)
    return None


def _header_day(text: str) -> date | None:
    """The day a header gives; a slashed date beside a 12-hour clock month first, as Outlook
    and Telegram on an American system write it ("Sent: 12/4/2026 3:31 PM" is 4 December)."""
    slashed = _US_DAY.search(text)
    if slashed is None or _TWELVE_HOUR.search(text) is None:
        return parse_written_date(text)
    return month_first_day(slashed.group(0))


_US_DAY = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/(?:\d{2}|\d{4})(?![\d/])")
_TWELVE_HOUR = re.compile(r"\d\s?[AaPp]\.?[Mm]\b")


def _lines(note: Note) -> Iterator[tuple[int, str]]:
    """The note's body lines with their numbers, section by section."""
    for section in note.sections:
        yield from enumerate(section.content.split("\n"), section.line + 1)


def settled(text: str) -> str:
    """`text` without its sentences that say "if": an auto-reply's "if urgent …", a
    rejection's "if a role comes up"."""
    return " ".join(
        sentence
        for line in text.split("\n")
        for sentence in _SENTENCE_END.split(line)
        if not _IF.search(sentence)
    )


def message_decision(text: str) -> Result | None:
    """The decision (offer, rejected) or hold a message tells of the owner's process, read a
    sentence at a time: none from a question ("Оффер от Тинькофф уже прислали?"), a condition
    ("Should you decide to go with another candidate…", "если…"), a disclaimer's words, a
    sentence that turns ("заморозили до весны, но ваша лидская в силе") or a hold another
    sentence says spares the owner ("… should be fine"), the writer's own fate or a third
    person's ("меня в Сбер не взяли", "моего знакомого не взяли", "второй кандидат … не прошёл
    финал", "the transfer I applied for"); none where two sentences disagree. A withdrawal is
    the owner's alone, and is never read from a message."""
    found: set[Result] = set()
    for line in text.split("\n"):
        for sentence in _SENTENCE_END.split(line):
            parts = _LATER_IF.split(sentence, maxsplit=1)
            head, tail = parts[0], parts[1] if len(parts) > 1 else ""
            settles = _ANY_LATER.search(tail) is not None and _STILL_OPEN.search(tail) is None
            if head != sentence and settles and not _UNSAID.search(head) and "?" not in sentence:
                if read_outcome(head).result == "rejected":  # "…, but if a role comes up …"
                    found.add("rejected")
                continue
            if "?" in sentence or _UNSAID.search(sentence) or _OWN_FATE.search(sentence):
                continue
            turn = _TURN.search(sentence)
            if turn is not None and _YOURS.search(sentence, turn.end()):
                continue  # "заморозили до весны, но ваша лидская в силе": another's
            result = read_outcome(sentence).result
            if result in _TOLD:
                found.add(result)
    if "on_hold" in found and spares(text):
        found.discard("on_hold")  # "froze hiring on the Risk team … should be fine": another's
    return found.pop() if len(found) == 1 else None


_TOLD = frozenset({"offer", "rejected", "on_hold"})
_UNSAID = re.compile(
    r"(?<![^\W\d_])(?:if|unless|in case|whether|should (?:you|they|the|we|it)|если|в случае"
    r"|liability|confidential|intended recipient|disclaimer|unsubscribe|моего|моей|моему|мою"
    r"|мой|моя|my|знаком\w*|friend|colleague|usually|typically|normally|обычно|как правило"
    r"|what we offer|we offer|мы предлагаем|предлагаем|another company|other company"
    r"|друг\w+ компани\w*|соседн\w+ позици\w*|another (?:role|position)|оффер\w* кандидат\w*"
    r"|offer to (?:a|another|the other) candidate"
    r"|(?:второй|другой|третий) кандидат|(?:the other|second) candidate)(?![^\W\d_])",
    re.IGNORECASE,
)
_LATER_IF = re.compile(
    r",\s*(?:(?:but|and|so|но|а|и)\s+)?(?:if|unless|если)(?![^\W\d_])", re.IGNORECASE
)
"""A condition after a comma that the sentence's decision does not hang on: a rejection's "…, but
if a suitable role comes up, we will reach out" (an offer's "…, if you are still interested"
still hangs on it: only a rejection is read before one)."""
_ANY_LATER = re.compile(
    r"(?<![^\W\d_])(?:comes? up|opens? up|arises?|becomes? available|in (?:the )?future"
    r"|появ\w+|откро\w+|в будущем|feedback|обратн\w+ связ\w+|фидб\w+)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A condition a rejection closes with that keeps nothing open: a role that may come up, the
feedback if wanted ("…, but if a suitable role comes up we'll be in touch")."""
_STILL_OPEN = re.compile(
    r"(?<![^\W\d_])(?:continue|продолж\w+|open to|interested|интересн\w+|budget|бюджет\w*"
    r"|reopens?|hiring|найм\w*|senior|другой позици\w*|другую позицию|same team)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A condition under which the process goes on after all (another role in the same team, a
budget that may reopen): what comes before it is no rejection of the owner."""
_TURN = re.compile(r"(?<![^\W\d_])(?:но|but|however|однако|зато)(?![^\W\d_])", re.IGNORECASE)
_YOURS = re.compile(
    r"(?<![^\W\d_])(?:ваш\w*|вас|вам|тебя|тебе|тво\w+|your|you)(?![^\W\d_])", re.IGNORECASE
)
"""After a turn, words of the owner's own: the decision before it was of something else."""
_OWN_FATE = re.compile(
    r"(?<![^\W\d_])(?:меня (?:\w+ ){0,3}(?:не )?(?:взяли|позвали|отказали|приняли)"
    r"|я (?:\w+ ){0,3}(?:принял\w*|подписал\w*|получил\w* оффер|прош[её]л|прошла|не прош\w*)"
    r"|i (?:\w+ ){0,2}(?:applied|accepted|signed|got the|got an|was rejected|was turned down"
    r"|received)"
    r"|i'?ve (?:accepted|signed|got)|(?:made|gave|sent|offered) me (?:an? |the )?(?:offer|job)"
    r"|мне (?:\w+ ){0,2}(?:сделали|дали|прислали) оф+ер)(?![^\W\d_])",
    re.IGNORECASE,
)
"""The writer's own news ("меня в Сбер не взяли", "я оффер от Маркетлайна принял", "they made
me an offer!!!")."""
"""Words that leave a message's sentence no word of the owner's process: a condition, a
legal footer, a turn, the writer's own or a third person's fate."""


def contact_senders(graph: VaultGraph) -> dict[frozenset[str], str]:
    """Each contact note by the words of its name, in any order ("Полина Жукова" is "Жукова
    Полина"); a first name alone where one contact has it."""
    found: dict[frozenset[str], str] = {}
    single: dict[str, list[str]] = {}
    for path, kind in graph.kinds.items():
        if kind != "contact":
            continue
        note = graph.notes[path]
        for name in (note.title, *note.aliases):
            words = sender_words(name)
            found.setdefault(words, path)
            for word in words:
                single.setdefault(word, []).append(path)
    for word, paths in single.items():
        if len(set(paths)) == 1:
            found.setdefault(frozenset({word}), paths[0])
    return found


def sender_words(name: str) -> frozenset[str]:
    """The words of a sender's or a note's name, before any "|" or "<" ("Нино | Nexta Pay HR")."""
    bare = re.split(r"[|<(]", name.strip("@ "))[0]
    return frozenset(re.findall(r"[^\W\d_]+", bare.casefold().replace("ё", "е")))
