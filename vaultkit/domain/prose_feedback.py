"""Feedback a recruiter's message tells in running prose, not as a list ("Команде очень
понравилось, как вы структурировали кейс… Но по части продуктового мышления не хватило
глубины… Единственное, что ещё смутило, — …"; "They were very positive about your technical
skills – … Ultimately, we felt you were not quite there yet on product sense"). From the
sentence where the message turns to feedback, each sentence of that paragraph, and of a
paragraph after it that goes on about the candidate, that says something good or bad; never a
thank-you, a wish, a question, a condition, the decision itself or the next step."""

from __future__ import annotations

import re

from vaultkit.domain.feedback_leads import (
    SENTENCE_END,
    inline_feedback,
    reported_sentences,
)
from vaultkit.domain.outcomes import read_outcome
from vaultkit.domain.pasted_mail import LETTER_HEADING, pasted_messages
from vaultkit.domain.polarity import clause_polarity
from vaultkit.domain.quoted_remarks import addressed_quotes
from vaultkit.model import Note

_TURNS = re.compile(
    r"(?<![^\W\d_])(?:фидб[еэ]к\w*|обратн\w+ связ\w+|понравил\w*|впечатлен\w*|впечатлил\w*"
    r"|отметил\w*|зашл[аои]|смутил\w*|не хватил\w*|feedback|impressed|the panel|the team (?:felt"
    r"|found|liked|loved|was|were)|they (?:felt|found|liked|loved|were)|we (?:felt|found)"
    r"|stood out|highlight|debrief\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words where a message turns to feedback."""
_GOES_ON = re.compile(
    r"^\W*(?:но|однако|единственное|из (?:зон роста|минусов)|также|ещё|еще|при этом|к сожалению"
    r"|unfortunately|but|however"
    r"|the one area|one area|on the \w+ side|also|ultimately|that said)(?![^\W\d_])",
    re.IGNORECASE,
)
"""The opening of a paragraph that goes on with the feedback."""
_NOT_FEEDBACK = re.compile(
    r"(?<![^\W\d_])(?:спасибо|благодар\w*|надеюсь|рад[аы]?|будем рады|удачи|поздравля\w*"
    r"|если|пригла\w*|следующ\w+ (?:этап|шаг)\w*|оффер\w*|thank\w*|hope|glad|good luck"
    r"|congratulat\w*|if|unless|invite\w*|next steps?|offer\w*|let me know|please"
    r"|пожалуйста|созвон\w*|call|slots?|слот\w*|i'?ll|i will|i'?m going to|постараюсь|попробую"
    r"|уточню|узнаю|wish\w*|желаем|желаю|успехов|sorry|apolog\w*|извин\w*|keeping you waiting"
    r"|kept you waiting|(?:successful|other|another|second|chosen|winning) candidate"
    r"|(?:друг\w+|выбранн\w+|втор\w+|сильн\w+|много) кандидат\w*"
    r"|(?:strong|many|several|other|more experienced|stronger) candidates|best of luck"
    r"|all the best|(?:number|volume|pool) of (?:\w+ )?(?:applications|applicants|candidates)"
    r"|(?:other|another) finalist"
    r"|lovely to|great to|nice to|good to|pleasure to|(?:was|is) a (?:real )?pleasure (?:getting"
    r"|meeting|speaking|talking)|flat|apartment|holiday\w*|vacation|wedding"
    r"|квартир\w*|отпуск\w*|свадьб\w*|base salary|annual bonus|pto|relocation package"
    r"|оклад\w*|релокационн\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A sentence of a message that is no feedback: a thank-you, a wish or an apology, a
pleasantry ("It was really lovely to finally meet you", "Your new flat in Hackney sounds
wonderful"), a condition, an invitation or the
next step, an offer's terms, a request, the writer's own plan ("I'll try to get some more
specific feedback from the panel"), another candidate."""
TO_ME = re.compile(
    r"(?<![^\W\d_])(?:you|your|you'?re|you'?ve|yourself|вы|вас|вам|ваш\w*|ты|тебя|тебе|тво\w+)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words that make a sentence one said to the owner (not a verb's ending: "знаешь", "сам
понимаешь" are a chat's fillers)."""
_VERDICT = re.compile(
    r"(?<![^\W\d_])(?:feedback|фидб[еэ]к\w*|обратн\w+ связ\w+)[^.!?]{0,40}?(?:very |really "
    r"|overall |очень |в целом )?(?:positive|strong|great|excellent|good|mixed|положительн\w*"
    r"|отличн\w*|хорош\w*|смешанн\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""The feedback's overall verdict, said of the owner though it names no "you" ("Good news –
the feedback from the tech round was strong!", "В целом фидбэк положительный")."""
_JUDGED = re.compile(
    r"^\W*"
    r"(?:the (?:panel|team|interviewers?|hiring manager)|интервьюер\w*|команд[аы]|панель)\s+"
    r"(?:(?:really|all|also|тоже|также|очень)\s+)?"
    r"(?:felt|found|struggled|(?:was|were)(?:n[’']t| not)? impressed|couldn[’']t fault"
    r"|could not fault|doubted|questioned|praised|отметил\w*|оценил\w*"
    r"|похвалил\w*|(?:не )?впечатлил\w*|засомневал\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A sentence that gives the panel's judgement, though it names no "you" ("The team weren't
impressed by the take-home", "The panel struggled to find a single weakness in the design
round"): never the team's praise of itself ("The team is amazing")."""
_OF_MY_WORK = re.compile(
    r"(?<![^\W\d_])(?:take-?home|test task|coding|live coding|system design|design round|case"
    r"|case study|answers?|solution|sql|python|code|тестов\w*|решени\w*|код\w*|кейс\w*"
    r"|архитектур\w*|ответ\w*|задач\w*|аналитик\w*|дизайн\w*|experience|опыт\w*|знани\w*"
    r"|communication|english|коммуникаци\w*|английск\w*|интуици\w*)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""What a panel's judgement must be about to be about the owner: their work in a round."""
_OF_OTHERS = re.compile(
    r"(?<![^\W\d_])(?:process|format|office|schedul\w*|applicants?|candidates?|finalist|person"
    r"|seat|our|his|her|процесс\w*|формат\w*|офис\w*|кандидат\w*|финалист\w*|наш\w*|его|её|ее)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""Words that make a panel's judgement one of the process, the company or someone else."""
_DECIDED = frozenset({"rejected", "offer", "withdrawn", "on_hold"})
_ITEM_MARK = re.compile(r"^(?:[-*+]|\d+[.)])\s+")
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")


def prose_remarks(message: str) -> list[str]:
    """The sentences of `message` (a recruiter's e-mail or chat message, quote marks allowed)
    that give feedback in prose: see the module's docstring. A sentence is said to the owner
    ("They were impressed with your system design") or goes on from one that is ("However,
    test coverage was quite thin"): never the company's praise of itself ("The team is
    amazing"), nor the owner's own words ("Мне самому понравилось, как я отвечал")."""
    if not _TURNS.search(message):
        return []
    found: list[str] = []
    turned = kept = False
    for paragraph in _paragraphs(message):
        if turned and not _GOES_ON.match(paragraph) and not _TURNS.search(paragraph):
            turned = False
        for sentence in _SENTENCE.split(paragraph):
            turned = turned or _TURNS.search(sentence) is not None
            said = (
                TO_ME.search(sentence)
                or _VERDICT.search(sentence)
                or (
                    _JUDGED.match(sentence)
                    and _OF_MY_WORK.search(sentence)
                    and not _OF_OTHERS.search(sentence)
                )
                or (kept and _GOES_ON.match(sentence))
            )
            sentence = _reason_of(sentence)
            kept = bool(turned and said and _feedback(sentence))
            if kept:
                found.append(sentence.strip())
    return found


_SO = re.compile(
    r"\s*[,;]\s*(?:и\s+|and\s+)?(?:поэтому|так что|в связи с чем|so|therefore|which is why|hence)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)
"""Where a reason gives way to the decision it led to ("…ожидания команды оказались выше,
поэтому сейчас мы не готовы сделать вам предложение", "…, so we won't be moving forward")."""
_DECLINED = re.compile(
    r"(?<![^\W\d_])(?:не готовы|не сможем|не можем|вынуждены|won't|will not|unable|not able"
    r"|not in a position|decided)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A decision told as what they cannot do ("не готовы сделать вам предложение")."""


def _reason_of(sentence: str) -> str:
    """The reason a sentence gives before the decision it ends with, or the sentence."""
    cut = _SO.search(sentence)
    if cut is None:
        return sentence
    decision = sentence[cut.end() :]
    if read_outcome(decision).result not in _DECIDED and not _DECLINED.search(decision):
        return sentence
    return sentence[: cut.start()].rstrip()  # no full stop: a remark holding it stays one


def _paragraphs(message: str) -> list[str]:
    """The message's paragraphs, without quote or list marks (see unwrapped)."""
    return [_ITEM_MARK.sub("", line) for line in unwrapped(message).split("\n") if line]


def unwrapped(message: str) -> str:
    """`message` without its quote marks, each line that does not end a sentence joined to the
    next (plain-text mail wraps its lines at 72 characters); a list's items stay lines of their
    own, and so does a greeting ("Hi Ivan,")."""
    joined: list[str] = []
    for line in message.split("\n"):
        line = line.strip().lstrip("> \t")
        last = joined[-1] if joined else ""
        ends = last.endswith((".", "!", "?", "…", ":", ","))
        if last and line and not ends and not _ITEM_MARK.match(line) and not _ITEM_MARK.match(last):
            joined[-1] = f"{last} {line}"
        else:
            joined.append(line)
    return "\n".join(joined)


def letter_lines(items: list[str]) -> list[str]:
    """The items of a letter read line by line that may be feedback: not its thank-you, a wish,
    the next step or another candidate (see _NOT_FEEDBACK); a reason without the decision it
    led to ("…didn't meet the bar, so we won't be moving forward.")."""
    return [_reason_of(item).strip() for item in items if not _NOT_FEEDBACK.search(item)]


def _feedback(sentence: str) -> bool:
    """Whether a sentence of the feedback says something good or bad of the candidate."""
    if "?" in sentence or _NOT_FEEDBACK.search(sentence) or len(sentence.split()) < 3:
        return False
    if sentence.rstrip().endswith(":"):
        return False  # "The panel shared some feedback, summarised below:"
    if read_outcome(sentence).result in _DECIDED and not _TURNS.search(sentence):
        return False  # "К сожалению, мы приняли решение не продолжать процесс": the decision
    return clause_polarity(sentence) != "neutral"


def with_prose(said: list[str], message: str) -> list[str]:
    """`said` (the remarks read otherwise), and the sentences of `message` that give feedback
    in prose which no remark of them holds already."""
    more = [
        sentence
        for sentence in prose_remarks(message)
        if not any(sentence in remark or remark in sentence for remark in said)
    ]
    return [*said, *more]


def message_remarks(note: Note, known: list[str]) -> list[tuple[str, int]]:
    """The feedback in prose of the messages pasted into an interview's or a process's note,
    each with its message's line: only sentences said to the owner ("The panel were really
    positive about your product sense"; not the owner's own reply, "The BFF part is fair"),
    and none that an item of `known` holds already."""
    return [
        (sentence, message.line)
        for message in pasted_messages(note)
        for sentence in with_prose(known, message.text)[len(known) :]
        if TO_ME.search(sentence)
    ]


def told_in_note(note: Note) -> list[tuple[str, int]]:
    """Feedback told in running sentences of an interview note that keeps none otherwise
    ("Вечером Максим: > техлид доволен, говорит, хорошо объясняешь ход мысли"), or quoted as
    said to the owner ("- \"Your English is great, no concerns there\""), each with the line
    of its section."""
    found = [
        (said, section.line)
        for section in note.sections
        for said in (*inline_feedback(section.content), *reported_sentences(section.content))
    ]
    headed = min((section.line for section in note.sections if section.heading), default=None)
    found += [  # a long dated line before the first heading, which its lead leaves out
        (said, entry.line)
        for entry in note.entries
        if (headed is None or entry.line < headed)
        and not any(entry.text in section.content for section in note.sections)
        for said in (*inline_feedback(entry.text), *reported_sentences(entry.text))
    ]
    found += message_remarks(note, [said for said, _ in found])  # a pasted e-mail's prose
    found += quoted_prose(note, [said for said, _ in found], LETTER_HEADING)  # "## Письмо 10.11"
    return found + quoted_to_me(note, [said for said, _ in found])


def quoted_to_me(note: Note, known: list[str]) -> list[tuple[str, int]]:
    """The sentences of the words quoted as said to the owner in `note` (addressed_quotes) that
    none of the `known` items holds already."""
    return [
        (sentence, section.line)
        for section in note.sections
        for said in addressed_quotes(section.content)
        for sentence in SENTENCE_END.split(said)
        if sentence.strip() and not any(sentence.strip() in item for item in known)
    ]


def quoted_prose(
    note: Note, known: list[str], headed: re.Pattern[str] | None = None
) -> list[tuple[str, int]]:
    """The feedback in prose of the messages quoted in `note` ("Письмо: ¶ > The team found your
    solution worked well … However, test coverage was quite thin …"), each with its quote's
    first line, that no item of `known` holds already; with `headed`, only in the sections whose
    heading it finds."""
    found = []
    for section in note.sections:
        if ">" not in section.content or (headed and not headed.search(section.heading)):
            continue
        for start, block in _quotes(section.content):
            for sentence in with_prose(known, block)[len(known) :]:
                found.append((sentence, section.line + start))
    return found


def _quotes(text: str) -> list[tuple[int, str]]:
    """Each run of quoted lines ("> …") in `text`, with the number of its first line."""
    runs: list[tuple[int, list[str]]] = []
    for number, line in enumerate(text.split("\n")):
        if line.lstrip().startswith(">"):
            if runs and runs[-1][0] + len(runs[-1][1]) == number:
                runs[-1][1].append(line)
            else:
                runs.append((number, [line]))
    return [(start, "\n".join(lines)) for start, lines in runs]
