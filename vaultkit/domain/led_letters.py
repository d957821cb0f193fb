"""Letters pasted as quotes into a note, read for feedback: under a line that leads one in as
theirs ("- 2026-11-13 rejection by email:", "she did!! Long mail:", "11.12 письмо от Ольги:"),
where it speaks to the owner, or under a heading that names a rejection letter ("## 27.11
письмо"). Each line is a feedback item to weigh, without its greeting, thanks, wishes, next
steps and signature (prose_feedback.letter_lines). Not the owner's own letters ("my email to
her:"), one forwarded, a message sent after a letter, nor a thread pasted with its headers."""

from __future__ import annotations

import re
from functools import lru_cache

from vaultkit.domain.feedback_classifier import classify, default_lexicon
from vaultkit.domain.feedback_leads import quoted_lines
from vaultkit.domain.feedback_split import split_items
from vaultkit.domain.fenced_letters import GREETING, unfenced_letters
from vaultkit.domain.outcomes import read_outcome
from vaultkit.domain.pasted_mail import LETTER_HEADING, message_decision
from vaultkit.domain.prose_feedback import TO_ME, letter_lines
from vaultkit.model import Section

_LEAD = re.compile(
    r"^[^>]*(?<![^\W\d_])(?:e-?mail|mail|letter|письм\w*)(?![^\W\d_])[^:\n]{0,40}:\s*$",
    re.IGNORECASE,
)
"""A line that leads in a letter, its last word before the colon not far from the letter's."""
_LOG_LEAD = re.compile(
    r"^[^>]*(?<![^\W\d_])(?:e-?mail|mail|letter|письм\w*|msg|message|dm|сообщени\w*)"
    r"(?![^\W\d_])[^:\n]{0,50}:\s*$",
    re.IGNORECASE,
)
"""In a daily note's log, a line that leads in a letter or a message, named a little further
from the colon ("email from [[Ciara Nolan]] (Intercom) 😞 pasting:", "[[Róisín Walsh]] msg on
LI, pasting:")."""
_MINE = re.compile(
    r"(?<![^\W\d_])(?:i|i'?ve|my|me|mine|sent|forwarded|fwd|draft\w*|repl\w+|thank-?you"
    r"|cover|applied|application|follow-?up|я|мой|моё|мое|моя|мне|отправил\w*|переслал\w*"
    r"|черновик\w*|ответил\w*|написал\w*|сопроводительн\w*|answer(?:ed)? to|reference\w*"
    r"|referral|her|his|automated|ats|no-?reply|рекомендаци\w*|её|его)(?![^\W\d_])"
    r"|(?:после|after)\s+(?:\w+\s+)?(?:письм|e-?mail|mail|letter)"
    r"|(?:msg|message|e-?mail|mail|dm|сообщени\w*|письм\w*)\s*(?:→|->|=>)"
    r"|(?:e-?mail|mail|letter|message|note)\s+to\s+\S"  # "Email to Tom:", mine to him
    r"|(?:письм\w*|сообщени\w*)\s+(?:\[\[)?(?-i:[А-ЯЁ])[а-яё]+[уе](?![а-яё])",  # "Письмо Ивану:"
    re.IGNORECASE,
)
"""A lead that makes the letter the owner's own ("my email to her:", "Replied to her by
email:", "draft email", "cover letter", "Написала Ольге письмо:", "answer to Maria's email:"),
one forwarded, one about someone else ("reference check for Mark, her email:", "Her rejection
email:"), a machine's ("automated mail from their ATS:"), or one that quotes a message sent after
a letter ("написал в тг после письма про заморозку:")."""
_ABOUT_THE_PROCESS = re.compile(
    r"(?<![^\W\d_])(?:panel|team|interview\w*|feedback|round|candida\w*|decided|decision|role"
    r"|loop|final|onsite|screen\w*|conversation|impressed|финал\w*|скрининг\w*|позици\w*"
    r"|take-?home|assignment|debrief|собеседован\w*|команд\w*|фидбек\w*|обратн\w+ связ\w*"
    r"|этап\w*|кандидат\w*|решени\w*|тестов\w+)(?![^\W\d_])",
    re.IGNORECASE,
)
"""A letter about the owner's hiring process (its panel, rounds, decision): not a friend's
news nor a cold pitch."""
_PITCH = re.compile(
    r"came across your profile|(?:are|be) you open to|open to (?:a )?(?:chat|new|opportunit)"
    r"|survey|rate your|опрос\w*|would you be interested|интересно ли вам|рассмотрите ли"
    r"|great fit for|reaching out (?:about|regarding)|увидел\w* ваш\w* профил\w*"
    r"|рассматриваете ли|you be open to|i'?m (?:working on|recruiting for|hiring for) an? "
    r"|exclusive (?:[\w-]+ ){0,4}(?:role|position|opportunity)|stood out"
    r"|(?:brilliant|great|perfect) (?:match|fit)|would love to (?:chat|talk|connect)",
    re.IGNORECASE,
)
"""A recruiter's first pitch of a role ("I came across your profile and you'd be a great fit
for…"): news of a vacancy, no word on the owner."""


def led_letters(text: str, logged: bool = False) -> list[str]:
    """The lines that may be feedback of each letter in `text` quoted right under a line that
    leads it in as theirs, where the letter speaks to the owner (`logged`: in a daily note's
    log, a message's lead too)."""
    found: list[str] = []
    lines = text.split("\n")
    lead = _LOG_LEAD if logged else _LEAD
    for number, line in enumerate(lines):
        if not lead.search(line) or _MINE.search(line):
            continue
        quote: list[str] = []
        for after in lines[number + 1 :]:
            if not after.lstrip().startswith(">") and (quote or after.strip()):
                break  # the quote under it, a blank line between them at most
            quote.extend([after] if after.strip() else [])
        letter = quoted_lines("\n".join(quote))
        theirs = TO_ME.search(letter) and _ABOUT_THE_PROCESS.search(letter)
        if quote and theirs and not _PITCH.search(letter) and not _THREAD.search("\n".join(quote)):
            found.extend(said for said in letter_lines(split_items(letter)) if _said(said))
    return found


_THREAD = re.compile(r"^>+\s*(?:from|von|от|on .{5,80} wrote):", re.IGNORECASE | re.MULTILINE)
"""A thread pasted with its headers: read as a pasted e-mail is (pasted_mail), not here."""


def _said(line: str) -> bool:
    """Whether a letter's line may be its word on the owner: one that praises or criticises, not
    its greeting, a signature's address or phone, a courtesy ("Happy to share more."), the
    decision it brings."""
    if _HELLO.match(line) or _SIGNED.search(line) or _COURTESY.match(line):
        return False
    if _SPEC.search(line):
        return False  # "Strong Go and Kubernetes skills required.": a job's spec
    if read_outcome(line).result in _NEWS and not _REASON_AFTER.search(line):
        return False  # "… the role has been put on hold.": news, no word on them (a reason
        # for a rejection is one: "… candidates whose experience more closely aligns")
    return classify(line, _LEXICON()).polarity != "neutral"  # "The band is 80-90k": no word on them


_SPEC = re.compile(
    r"\b(?:required|^\W*requirements?|requirements?\s*:|must[- ]have|nice[- ]to[- ]have"
    r"|responsibilit\w*|you will"
    r"|we offer|what you'll do|qualifications)\b|(?<![^\W\d_])(?:требовани\w*|обязанност\w*"
    r"|будет плюсом|мы предлагаем|что мы ждём|что мы ждем)(?![^\W\d_])",
    re.IGNORECASE,
)
_NEWS = frozenset({"on_hold", "withdrawn", "offer", "no_response"})
_REASON_AFTER = re.compile(
    r"\b(?:but|however|although|though)\b|(?<![^\W\d_])(?:но|однако)(?![^\W\d_])", re.I
)
"""A decision's line that goes on to a reason ("…, but your system design was weaker")."""


_LEXICON = lru_cache(maxsize=1)(default_lexicon)
_SIGNED = re.compile(r"\w@\w+\.\w|\+\d[\d ()-]{7,}")
_COURTESY = re.compile(
    r"\W*(?:happy to|glad to|keen to|we (?:expect|plan|hope|will)|we'll|i'll|i will"
    r"|not at all|no (?:problem|worries)|of course|completely understand)\b",
    re.IGNORECASE,
)
_HELLO = re.compile(
    r"\W*(?:hi|hello|hey|dear|hej|hallo|здравствуйте|привет|добрый день)\b[^.!?]{0,30}[,!.]?\s*$",
    re.IGNORECASE,
)
"""A letter's greeting on its own line ("Hi Mei!", "Здравствуйте, Артём!")."""


def decision_letter(section: Section) -> bool:
    """Whether the section is a letter its heading names ("## 27.11 письмо") that tells the
    owner she is rejected: its words are the company's on the candidate (an offer's are its
    terms, and the owner's reply under them)."""
    if not LETTER_HEADING.match(section.heading):
        return False
    return message_decision(quoted_lines(section.content)) == "rejected"


def the_letter(content: str) -> str:
    """A section's quoted letter alone where it is quoted (not the owner's bullets under it:
    "- ну и ладно, тимлид показался токсичным"), else the whole section."""
    quoted = [line for line in content.split("\n") if line.lstrip().startswith(">")]
    return "\n".join(quoted) if quoted else content


def signed_letters(text: str, name: str) -> list[tuple[str, str]]:
    """The lines that may be feedback of each letter quoted in a contact's note that greets
    someone and is signed with the contact's first `name` (their letter to the owner, pasted
    with no line leading it in: "> Hi Siobhan, … > Kind regards, > Ciarán"), each with the
    letter's text."""
    found: list[tuple[str, str]] = []
    text = unfenced_letters(text) if name else ""
    if ">" not in text:
        return found
    for letter in _quoted_runs(text):
        lines = [line for line in letter if line.strip()]
        tail = len(letter) - _SIGNATURE_LINES  # the name signs among the last lines
        signed = next(
            (
                n
                for n, line in enumerate(letter)
                if n >= tail and _signs(line.strip(), name) and _only_signature(letter[n + 1 :])
            ),
            None,
        )
        if (
            lines
            and GREETING.match(lines[0])
            and signed is not None
            and not _TO_ALL.match(lines[0])
        ):
            said = quoted_lines("\n".join(f"> {line}" for line in letter[:signed]))
            if _PITCH.search(said):
                continue  # a recruiter's cold pitch: "you'd be a great fit for …"
            found.extend((line, said) for line in letter_lines(split_items(said)) if _said(line))
    return found


def _signs(line: str, name: str) -> bool:
    """Whether a letter's line is its signature by `name`: the name alone, with a surname or
    an initial after it ("Ciarán", "Rob Fitzgerald | Talent Acquisition"), or after a closing
    ("Best, Dan"); not a sentence opening with it ("Tom, could you …", "Will send …")."""
    found = re.search(rf"(?:^|[,—–-]\s*){re.escape(name)}(?![^\W\d_])", line)
    if found is None or (found.start() > 0 and not _CLOSING_WORDS.match(line)):
        return False
    rest = line[found.end() :].strip(" .!")
    return not rest or (rest[:1].isupper() and len(rest.split()) <= 2) or rest.startswith("|")


_CLOSING_WORDS = re.compile(
    r"\W*(?:best|thanks|thank you|cheers|regards|kind regards|all the best|talk soon|speak soon"
    r"|с уважением|спасибо|всего доброго|хорошего дня)\W",
    re.IGNORECASE,
)


def _only_signature(lines: list[str]) -> bool:
    """Whether the lines after a letter's signing name are only its signature: a full name, a
    title, a company, a phone (not "Sam", another's name signing below "Thanks again, Anna!")."""
    rest = [line.strip() for line in lines if line.strip()]
    return not any(len(line.split()) == 1 and line[:1].isupper() for line in rest[:1])


_TO_ALL = re.compile(
    r"\W*(?:hi|hello|hey|dear|привет|здравствуйте)\W+(?:everyone|all|folks|team|candidates|всем"
    r"|все|коллеги|друзья)\b",
    re.IGNORECASE,
)
"""A letter to many: a newsletter, no word on the owner."""
_SIGNATURE_LINES = 8
"""How far from a letter's end its signature may stand (a title, a phone, an address below)."""


def _quoted_runs(text: str) -> list[list[str]]:
    """Each run of quoted lines in `text`, its quote marks off."""
    runs: list[list[str]] = []
    current: list[str] = []
    for line in [*text.split("\n"), ""]:
        if line.lstrip().startswith(">"):
            current.append(re.sub(r"^\s*>\s?", "", line))
        elif current:
            runs.append(current)
            current = []
    return runs
