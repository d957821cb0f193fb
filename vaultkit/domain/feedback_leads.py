"""Feedback kept without a feedback heading, as people write it: a line that says what follows
is their feedback, then the list of it ("Её фидбек (записал сразу после):", "Что понравилось:",
"Where we saw the gap:"), in any section, a pasted e-mail's quote included; and whole sections
or notes named for it ("## Rejection email (14.10.)", a note "Кредо - фидбек")."""

from __future__ import annotations

import re

from vaultkit.domain.line_lead import LEAD
from vaultkit.domain.thumbed_leads import thumbed_lead
from vaultkit.model import Note
from vaultkit.parse.markdown import LIST_ITEM

_LEAD_IN = re.compile(
    r"(?:feedback|\bfb\b|фидб[эе]к\w*|обратн\w+ связ\w*|what (?:they|he|she|the \w+) (?:liked|said"
    r"|didn'?t like|passed on|told me)|(?:he|she|they) (?:passed on|told me)"
    r"|по (?:их|его|её) словам|(?<![^\W\d_])(?:что )?(?:передал[аи]?|сказал[аи]?)(?: мне)?"
    r"|понравил\w*"
    r"|стоит (?:развивать|подтянуть|улучшить)|to improve|strengths?"
    r"|weaknesses|where we saw|плюсы|минусы|сильные стороны|слабые стороны|зоны роста"
    r"|что (?:можно )?улучшить)[^:\n]{0,60}:\s*$",
    re.IGNORECASE,
)
"""A line that opens a list of feedback: it names it, and ends with a colon."""
GIVEN = re.compile(
    r"\b(?:gave|give|giving|i told|told them|my (?:honest )?feedback|feedback (?:to|for) "
    r"(?:them|him|her|the (?:team|company|recruiter))|on their (?:hiring )?process|дал[аи]?|даю"
    r"|мой фидб\w*|my (?:honest )?fb"
    r"|моя обратная|фидб[эе]к (?:им|ему|ей|компании)|обратн\w+ связ\w* (?:им|ему|ей)"
    r"|ответил[аи]?|написал[аи]? (?:им|ей|ему)|(?:написал|отправил|оставил)[аи]? (?:им |ей |ему )?"
    r"(?:фидб\w*|обратн\w+ связ\w*|отзыв\w*)|про их (?:процесс|найм)\w*"
    r"|(?:sent|wrote|left) (?:them |him |her )?(?:my |some |a )?(?:feedback|review)"
    r"|asked (?:me )?for (?:my )?feedback|(?:interview|candidate|hiring) experience)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of feedback the owner gave ("Gave it:", "## Фидбек им"): not feedback on them."""
_ITEM = re.compile(
    r"^[ \t]*(?:>[ \t]*)*(?P<mark>[-*+—–•]|\d+[.)])[ \t]+(?:\[.\][ \t]+)?(?P<text>\S.*)$"
)
_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]*)+")
_MAILED = re.compile(
    r"(?:rejection|rejected|отказ\w*)\W+(?:\w+\W+){0,2}(?:e-?mail|mail|letter|письм\w*|message)"
    r"|(?:e-?mail|letter|письм\w*)\W+(?:\w+\W+){0,2}(?:rejection|с отказом|отказ\w*)",
    re.IGNORECASE,
)
"""A heading or title naming a rejection e-mail: what it holds is their word on the candidate."""
FEEDBACK_WORD = re.compile(
    r"(?<![^\W\d_])(?:feedback|(?-i:fb)|фидб[эе]к\w*|обратн\w+ связ\w*"
    r"|(?-i:ОС)(?=\s*(?:от|по|::|:|\()))"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)  # "feedback", "фидбек", "обратная связь", "ОС от HR"


_PRAISE_LEAD = re.compile(
    r"(?<!\bне )понравил|strengths?|what (?:they|he|she|the \w+) liked|плюсы|сильные стороны"
    r"|impressed",
    re.IGNORECASE,
)
_CRITICISM_LEAD = re.compile(
    r"стоит (?:развивать|подтянуть|улучшить)|to improve|weakness|where we saw|минусы|слабые"
    r"|зоны роста|(?<![^\W\d_])не понравил|didn'?t like|улучшить",
    re.IGNORECASE,
)


def led_in_items(text: str) -> list[str]:
    """The list items that follow a feedback lead-in line in `text`, up to the first line that
    is neither an item nor blank (quote marks of a pasted e-mail taken off); under a lead-in
    that names their side ("Что понравилось:", "Where we saw the gap:") each item carries it as
    the mark a pro or a con carries ("+ ", "− ")."""
    found: list[tuple[str, str, str]] = []  # (side of its lead-in, list mark, text)
    side: str | None = None  # None: not under a lead-in
    deeper = -1  # items under a lead-in that is an item itself are indented more than it
    level = -1  # and stand one level under it: what is nested under them is the owner's
    if ":" not in text and "что" not in text and "that" not in text and "**" not in text:
        return []
    for line in text.split("\n"):
        bare = (_QUOTE.sub("", line) if ">" in line else line).strip()
        if side is not None:
            item = _ITEM.match(line)
            if item is not None and _indent(line) > deeper:
                level = _indent(line) if level < 0 else level
                if deeper < 0 or _indent(line) == level:
                    said = item.group("text").strip().rstrip(";").strip()
                    found.append((side, item.group("mark"), said))
                continue
            if not bare:
                continue  # a blank line inside the list
        (side, deeper), level = _lead_of(line, bare), -1
    marks = {mark for _, mark, _ in found}
    sided = "+" in marks and bool(marks & {"-", "*"})  # "+ pro" beside "- con"
    return [
        (_MARKS.get(mark, "") if sided and not side else side) + said for side, mark, said in found
    ]


_MARKS = {"+": "+ ", "-": "− ", "*": "− "}


def _lead_of(line: str, bare: str) -> tuple[str | None, int]:
    """The side a line leads in (None where it leads in nothing, "" for either) and how deep
    the items it leads in stand: any depth under a line, deeper than an item that leads in
    ("- 26.11 — Анна передала фидбек с теха: ¶ \t- …")."""
    item = _ITEM.match(line)
    thumbed = thumbed_lead(bare) if item is None else None  # "что сказали 👍"
    if thumbed is not None and _leads_in(line, thumbed[0]):
        return thumbed[1], -1
    if item is None:
        return (_side(bare), -1) if _leads_in(line, bare) else (None, -1)
    said = LEAD.sub("", line, count=1).strip()
    if _NEXT_STEP.search(said) or not _leads_in(said, said):
        return None, -1  # "01.12 — Аня сказала про следующий этап:": how to prepare for it
    return _side(said), _indent(line)


_NEXT_STEP = re.compile(
    r"(?<![^\W\d_])(?:следующ\w+ (?:этап|раунд|шаг)\w*|подготов\w*|готовиться|next (?:round|stage"
    r"|step)s?|prep\w*)(?![^\W\d_])",
    re.IGNORECASE,
)


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())  # a tab as four spaces


def _leads_in(line: str, bare: str) -> bool:
    """Whether a line opens a list of feedback on the owner (not one they gave)."""
    return (
        (
            (bare.endswith(":") and bool(_LEAD_IN.search(bare)))
            or (
                _BOLD_LABEL.fullmatch(bare) is not None
                and bool(_LEAD_IN.search(f"{bare.strip('*')}:"))
            )
            or (
                bare.endswith(("что", "that"))
                and bool(_SAID_THAT.search(bare))
                and bool(FEEDBACK_WORD.search(bare))  # "Ирина дала фидбек. Сказала, что"
            )
        )
        and not _ITEM.match(line)
        and not GIVEN.search(SENTENCE_END.split(bare)[-1])
        and not NOT_ON_ME.search(bare)
    )


_BOLD_LABEL = re.compile(
    r"\*\*(?:плюсы|минусы|pros|cons|strengths|weaknesses|сильные стороны|слабые стороны"
    r"|зоны роста):?\*\*:?",
    re.IGNORECASE,
)
"""A label set in bold on a line of its own ("**плюсы**", "**минусы**"): a lead-in, colon or no."""
_SAID_THAT = re.compile(
    r"(?<![^\W\d_])(?<!\bя )(?<!\bi )(?:сказал[аи]?|говори[тл]\w*|отметил[аи]?|said|mentioned"
    r"|told me)\W{0,3}(?:что|that)$",
    re.IGNORECASE,
)
"""A line that says someone said what the list under it holds ("Сказала, что",
"She mentioned that"): the owner's own words ("Я сказал, что") are no feedback."""
_REPORTED = re.compile(
    r"(?<![^\W\d_])(?<!\bя )(?<!\bне )(?<!\bi )(?<!\bof )"
    r"(?:(?:говори[тл]\w*|сказал[аи]?|отметил[аи]?)(?=,|:| что| [\"«“])"
    r"|по (?:их|его|её|ее) словам"
    r"|(?:ему|ей|им|нам|(?!Мне )(?-i:[А-ЯЁ])\w+[уюе]) (?:очень |прям |реально )?понравил\w*"
    r"|(?:said|mentioned|told me|thought|felt)(?= (?:that|i|my|you|your|the (?:team|panel|hm)"
    r" (?:loved|liked|was|were|felt|thought))\b)"
    r"|(?:said|mentioned|told me)[,:]|(?:he|she|they) (?:really )?liked"
    r"|(?:was|were) (?:really |very |quite )?impressed)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Someone else's word, told in a running sentence ("техлид доволен, говорит, хорошо объясняешь",
"Ларсу понравилось, как ты декомпозировал", "Lars said the team loved my demo"); not the
owner's ("про мощность не сказал")."""
SENTENCE_END = re.compile(r"(?<=[.!?…])(?<![тТ]\.[ек]\.)(?<![eEiI]\.[gGeE]\.)(?<![Нн]апр\.)\s+")
"""Where a sentence ends: not after "т.е.", "т.к.", "e.g." ("и т.д.", "и т.п." often end one)."""
_TOLD_THEM = re.compile(
    r"(?<![^\W\d_])(?!мне )(?:ему|ей|им|(?-i:[А-ЯЁ])\w*[еую])"
    r" (?:сказал[аи]?|говорил[аи]?)(?![^\W\d_])",
    re.IGNORECASE,
)
"""The owner's word to someone ("Ольге сказала, что подумаю"): not theirs on the owner."""


def reported_sentences(text: str) -> list[str]:
    """The sentences of `text` (list items and quoted lines too) that tell what someone else
    said (see _REPORTED): a line that holds feedback in the words of a running sentence."""
    if not _REPORTED.search(text):
        return []
    found: list[str] = []
    for line in text.split("\n"):
        bare = (_QUOTE.sub("", line) if ">" in line else line).strip()
        item = _ITEM.match(bare)
        said = item.group("text") if item else bare
        found.extend(
            sentence.strip()
            for sentence in SENTENCE_END.split(said)
            if _of_me_by_them(sentence)
            and not GIVEN.search(sentence)
            and not _TOLD_THEM.search(sentence)
        )
    return found


def inline_feedback(text: str) -> list[str]:
    """What a line gives as feedback after a colon ("Получил фидбек: кодинг сильный, system
    design слабый", "Feedback from Lars: clear decomposition"): not feedback the owner gave,
    nor on something else than the owner."""
    if ":" not in text:
        return []
    found = []
    for line in text.split("\n"):
        bare = (_QUOTE.sub("", line) if ">" in line else line).strip()
        item = _ITEM.match(bare)
        lead, colon, said = (item.group("text") if item else bare).partition(":")
        if not (colon and said.strip()):
            continue
        if FEEDBACK_WORD.search(lead):
            if not GIVEN.search(lead) and not NOT_ON_ME.search(lead):
                found.append(said.strip())
        elif opened := _opened_by_feedback(said):
            found.append(opened)
    return found


_OPENS_WITH_FEEDBACK = re.compile(rf"^\W*{FEEDBACK_WORD.pattern}", re.IGNORECASE)


def _opened_by_feedback(said: str) -> str | None:
    """The first sentence after a colon that opens by naming feedback ("04.12 Ольга по
    телефону: фидбек от команды в целом положительный — понравилась мотивация. Ждут …"), where
    what names it is not feedback the owner gave nor on something else than the owner."""
    first = re.split(r"\s(?:→|->|=>)\s", SENTENCE_END.split(said.strip(), 1)[0])[0]
    if not _OPENS_WITH_FEEDBACK.match(first):
        return None
    named = re.split(r"\s[—–-]\s|[:,;]", first, maxsplit=1)[0]
    if GIVEN.search(first) or NOT_ON_ME.search(named) or _ON_ANOTHER.search(named):
        return None
    return first


_ON_ANOTHER = re.compile(
    r"(?<![^\W\d_])(?:по|о|об|про|для|на)\s+(?-i:[А-ЯЁ])[а-яё]+(?:е|и|у|ю|ой|ей)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:from|от)\s+(?:the\s+|their\s+|big\s+|ex-?|former\s+|бывш\w+\s+)*"
    r"(?:merchants?|customers?|clients?|users?|employees?|staff|glassdoor|reviews?|candidates?"
    r"|клиент\w*|пользовател\w*|сотрудник\w*|мерчант\w*|кандидат\w*)(?![^\W\d_])"
    r"|(?<![^\W\d_])feedback loops?(?![^\W\d_])",
    re.IGNORECASE,
)
"""Feedback named of someone else ("фидбек по Насте отличный") or from those who judge the
company, not the owner ("feedback from the big merchants on the new ledger API", "feedback
from ex-employees is mostly positive")."""


def _of_me_by_them(sentence: str) -> bool:
    """Whether a sentence reports someone's word (_REPORTED) about the owner (_ABOUT_ME: "ты",
    "вы", "you", "я", "my", "объясняешь") with its speaker written before the word; a word that
    opens its clause is the owner's own, as a diary drops the "I" ("Сказал, что устал от
    легаси"); one on the company or on others is no feedback ("Техлид сказал, что у них
    монолит", "Паша сказал, что Лена слабый тимлид")."""
    for said in _REPORTED.finditer(sentence):
        before = _CLAUSE_START.split(sentence[: said.start()])[-1]
        word = said.group(0).casefold()
        speaker = bool(before.strip()) or not word.startswith(_BARE_VERBS)
        if speaker and _ABOUT_ME.search(sentence[said.start() :]):
            return True
        if before.strip() and _ON_A_SKILL.match(sentence, said.end()):
            return True  # "HR-ка сказала, что по сисдизу слабовато, а по Go всё отлично"
    return False


_ON_A_SKILL = re.compile(
    r"(?:,?\s*(?:что|that)\s+|\s*:\s*)(?:по|on|in)\s+(?!(?:их|его|её|ее|нашим|their|our|his|her)\b)"
    r"[^\W\d_][\w-]*\s+(?:всё|все|был\w*|было|was|were|is)?\s*[^\W\d_]+",
    re.IGNORECASE,
)
"""A word reported on a skill without "you" ("сказала, что по сисдизу слабо", "сказал: по UI ок")"""


_CLAUSE_START = re.compile(r"[,;:.!?—–(]")
_BARE_VERBS = ("говорил", "сказал", "отметил", "said", "mentioned", "told", "thought", "felt")
"""Words of saying that need their speaker before them: not "говорит" (the owner says
"говорю"), "по их словам", "Ларсу понравилось" or "they liked", which name theirs."""
_ABOUT_ME = re.compile(
    r"(?<![^\W\d_])(?:ты|тебя|тебе|тобой|твой|твоя|твоё|твое|твои|твоих|вы|вас|вам|вами|ваш\w*"
    r"|я|меня|мне|мной|мой|моя|моё|мое|мои|моих|you|your|yours|you're|i|me|my)(?![^\W\d_])"
    r"|[^\W\d_]{2,}(?:ешь|ёшь|ишь)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words of the owner in someone's reported word: "you" or "I" in either language, and a
Russian verb said to "ты" ("объясняешь")."""


NOT_ON_ME = re.compile(
    r"\b(?:compan\w*|offer|their|(?<!from the )(?<!from )team|process|role|questions?|culture"
    r"|salary|my|i liked"
    r"|i shared|i left|i sent|for (?!feedback)\w+)\b"
    r"|(?<![^\W\d_])(?:компани\w*|оф+ер\w*|команд\w*|процесс\w*"
    r"|вакансии|роли|вопрос\w*|культур\w*|зарплат\w*|мои|мой|моя|мо[её]|я|для)(?![^\W\d_])"
    r"(?<!от команды)"
    r"|(?<!во )мне понравил",
    re.IGNORECASE,
)
"""A lead-in about something else than the owner as they saw them ("Плюсы компании:",
"Strengths of the company:", "My weaknesses to work on:", "Что мне понравилось:",
"Feedback I shared with them:", "Feedback for Lena:")."""


def _side(lead_in: str) -> str:
    if _CRITICISM_LEAD.search(lead_in):
        return "− "
    return "+ " if _PRAISE_LEAD.search(lead_in) else ""


_REVIEWERS = re.compile(
    r"(?<![^\W\d_])(?:коммент\w*|замечани\w*) (?:от )?ревьюер\w*|reviewer'?s?'? (?:comments|notes)"
    r"|comments from (?:the )?reviewers?",
    re.IGNORECASE,
)
"""A take-home's reviewers' comments ("## комменты ревьюера (ксюша переслала 2.12)")."""


def names_feedback(title: str) -> bool:
    """Whether a heading or a note's title names feedback on the owner or a rejection e-mail
    ("Фидбек им", feedback the owner gave, is none)."""
    named = FEEDBACK_WORD.search(title) or _MAILED.search(title) or _REVIEWERS.search(title)
    return bool(named) and not GIVEN.search(title)


def quoted_lines(text: str) -> str:
    """`text` with the quote marks of a pasted e-mail taken off, and without the title line of
    a callout ("> [!quote] Northwind feedback — take-home": a label, not a remark). Where an
    e-mail is pasted as a quote, its closing and the signature under it ("Best regards,\nJoanna
    Kamińska") are dropped, up to a message forwarded below it, and so is the owner's prose
    after it ("ну что ж. ожидаемо …") but for feedback it relays after a colon ("asked Sophie
    for feedback → she said: …"): what comes before it, and list items, stay."""
    lines = [line for line in text.split("\n") if not CALLOUT.match(line)]
    quoted = [n for n, line in enumerate(lines) if _QUOTE.match(line)]
    if quoted:
        kept, signed = [], False
        for number, line in enumerate(lines):
            said = _QUOTE.sub("", line)
            if number in quoted:
                if _FORWARDED.search(said) or _HEADER.match(said):
                    signed = signed and not _FORWARDED.search(said)
                    continue
                signed = signed or _CLOSING.match(said.strip()) is not None
                if not signed:
                    kept.append(said)
            elif number < quoted[0] or LIST_ITEM.match(line):
                kept.append(said)
            else:  # "asked Sophie for feedback on LI → she said (19.11.): liked hands-on …"
                kept.extend(inline_feedback(line))
        lines = kept
    return "\n".join(_QUOTE.sub("", line) for line in lines)


_CLOSING = re.compile(
    r"(?:(?:best|kind|warm|warmest)? ?(?:regards|wishes)|best|cheers|sincerely|thanks(?: again)?"
    r"|с уважением|всего доброго)"
    r"(?:[,.!]?$|,?\s+(?-i:[A-ZА-ЯЁ])[\w.-]*(?:\s+(?-i:[A-ZА-ЯЁ])[\w.-]*)?\s*$)",
    re.IGNORECASE,
)
"""An e-mail's closing line ("Best regards,", "Best, Olga"): it and the signature under it are
no remark."""
_FORWARDED = re.compile(
    r"forwarded message|original message|пересланное сообщение|исходное сообщение|^-{5,}",
    re.IGNORECASE,
)
"""The line a forwarded message starts under: what follows is no signature."""
_HEADER = re.compile(
    r"\s*(?:from|to|cc|subject|date|sent|от|кому|копия|тема|отправлено)\s*:", re.IGNORECASE
)
"""A forwarded message's header line ("From: Tom (Hiring Manager)"): no remark."""


CALLOUT = re.compile(r"^[ \t]*>[ \t]*\[!(?P<kind>[\w-]+)\][-+]?[ \t]*(?P<title>.*)$")
"""The first line of an Obsidian callout: its kind and its title."""


def named_for_feedback(note: Note) -> bool:
    """Whether the note as a whole is its feedback ("Кредо - фидбек", "Feedback from Kontor")."""
    return names_feedback(note.title)
