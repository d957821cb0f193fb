"""Russian given names read by their case. A line that opens with whom its value went to, its
verb left out: "Кате: оффер Авито + цветы", "Диме резюме Артёма", "Ерлану -> JD Android" (the
Russian log's shorthand for "to Катя, to Дима"). The name is a Russian given name in the dative,
known by name (a word that only ends as a dative does, "Хосе:", "Вроде", "Поможете", "Марию",
is none), and the line says the value went: nothing in it plans, asks, denies, thanks or wants
("Кате — скинуть JD", "Диме нужна рефка", "Кате респект за интро"). And a clause that opens with
its verb is the contact's doing when a name in the nominative follows ("Позвонила Лиза") or the
verb answers the owner ("написала Кате, ответила через час")."""

from __future__ import annotations

import re
from functools import cache

from vaultkit.domain.clause_verbs import REPLY_VERB
from vaultkit.domain.short_names import GIVEN_NAMES, name_gender

_MORE_NAMES = (
    "алла анжела анфиса ася белла божена варвара василиса галя гуля жанна зарина злата зоя"
    " инна камила лариса лейла лера лиза люба майя марта мила надя нелли нина оксана ольга"
    " регина римма роза сабина снежана стефания таисия ульяна эвелина эльвира эля яна"
    " айдар азамат алан алик альберт анатолий антон аркадий арман арсен артур борис вадим"
    " валентин виталий виктор всеволод гена глеб гоша давид дамир данияр данила даниил егор"
    " ерлан захар ильдар ильнар ильшат кирилл марат марк матвей мирон назар нурлан платон"
    " радик ренат ринат руслан рустам савва самат святослав стас тагир тимофей тимур фарид"
    " филипп эдик эдуард эльдар эмиль юлиан петя никита илья толя боря валера жора сева лёва"
    " кристина вика варя аня настя катя ника лина тома ксюша алёна алена вероника витя саня"
).split()
_NAMES = frozenset(GIVEN_NAMES | set(_MORE_NAMES))
_FLEETING = {"павел": "павлу", "лев": "льву", "пётр": "петру", "петр": "петру"}
"""Names that drop a vowel or change their stem in the dative."""


@cache
def _datives() -> frozenset[str]:
    """The dative of each known given name, folded: Катя -> кате, Андрей -> андрею."""
    forms = set(_FLEETING.values())
    for name in _NAMES:
        if name in _FLEETING:
            continue
        if name.endswith("ия"):
            forms.add(name[:-1] + "и")  # Мария -> Марии
        elif name.endswith(("а", "я")):
            forms.add(name[:-1] + "е")  # Катя -> Кате, Илья -> Илье
        elif name.endswith(("й", "ь")):
            forms.add(name[:-1] + "ю")  # Андрей -> Андрею, Игорь -> Игорю
        elif name[-1] not in "аеёиоуыэюя":
            forms.add(name + "у")  # Олег -> Олегу
    return frozenset(forms)


_CYRILLIC_VERB = re.compile(r"[А-ЯЁа-яё]+$")
_LEAD_WORD = re.compile(r"[\s\[]*([А-ЯЁ][а-яё]+)(?![\w-])")
_NOT_DONE = re.compile(
    r"\b(не|ни|без|нет|not|no|never|отказ\w*|отбой|мимо|просьб\w*|попрос\w*|пинг\w*|ping\w*|"
    r"follow[- ]?up|фоллоуап\w*|вопрос\w*|хочу|хотел\w*|собира\w+|планиру\w+|план|готов\w*|"
    r"постара\w+|могу|может|maybe|later|pending|asap|tbd|потом|позже|как-нибудь|при случае|"
    r"на днях|нужн\w*|нужен|нравит\w*|интересн\w*|подходит|кажется|лень|рано|нельзя|хватает|"
    r"светит|пофиг|вс[её] равно|некогда|должн\w*|должен|долг\w*|иде[яюи]|черновик\w*|"
    r"отложен\w*|жд[её]т|жду|горит|пишу|звоню|буду|todo|от (неё|нее|него|них)|со слов|когда|"
    r"если|when|if|send|forward|ask|remind|check|(найти|прийти|пойти|зайти|отнести|принести|"
    r"провести|перевести)|при?шл[её]т|до (пн|вт|ср|чт|пт|сб|вс|завтра|конца|\w+(ника|ницы|"
    r"реды|верга|боты|енья))|к (выходным|понедельнику|пятнице)|после праздник\w*)\b"
    r"|[⏳❌?←]|<-|#задач|-нибудь|\b[а-яё]+(?<!ос)(?<!ас)(?<!ес)ть(ся)?\b"
)
"""What makes a line a plan, a wish, a question, a denial, a need or news from them: a plan
word, a Russian infinitive ("скинуть", not "новость"), a pending sign."""
_THANKS = re.compile(
    r"спасибо|спс|респект|благодар|карм|thanks|thx|мерси|❤|лайк|признател|кланя|🙏|\bза\b"
)
"""Thanks, in any words: what it is for came before; only a gift with it goes now."""
_GIFT = re.compile(
    r"цвет|подар|бутылк|вин[оа]|шоколад|торт|конфет|сертификат|книг|кофе|пив[оа]|мерч|открытк|"
    r"gift|flowers|wine|bottle"
)


def to_whom(clause: str) -> bool:
    """True when a clause opens with a Russian given name in the dative ("Кате: оффер",
    "Андрею выслан оффер", "[[Оле]]: контакт"), not with a word that only ends as one does."""
    found = _LEAD_WORD.match(clause)
    return found is not None and found[1].casefold() in _datives()


_THIRD = re.compile(
    r"\b(он|она|они|ему|ей|им|него|неё|нее|них|he|she|they|him|them)\b",
    re.IGNORECASE,
)


def spoken_by(label: str, said: str) -> str:
    """The gender of a speaker's `label` that is a known Russian given name alone ("Костя" of
    "Костя: закинул тебя через реф"), whose verb of that gender in `said` is then theirs; "" for
    any other label, a name of either gender ("Саша"), or a line that speaks of the contact in
    the third person, where the name is what the line is about ("Костя: скинул вакансию, он
    откликнулся")."""
    words = label.split()
    if len(words) != 1 or words[0].casefold() not in _NAMES or _THIRD.search(said):
        return ""
    return name_gender(words[0])


def named_one(verb: str, token: str) -> bool:
    """True when a Russian `verb` opening a clause is followed by a given name in the nominative
    (`token`: "Лиза", "Олег"), the one who acted ("Позвонила Лиза"), not whom it went to
    ("Кате"); not a name that never declines ("Нино", "Гио"), whose case no ending tells."""
    name = token.casefold()
    declines = name[-1:] not in "оеиуыэю"
    return (
        _CYRILLIC_VERB.match(verb) is not None
        and token[:1].isupper()
        and declines
        and name in _NAMES
    )


TO_THEM = re.compile(
    r"\b(ей|ему|им|with (her|him|them)|с (ним|ней|ними)|(mock|reference|referral|intro|prep|"
    r"session)\w*( \w+)? for (her|him))\b"
)
"""The value went to the contact: "ей", "with him", "mock interview for her final" (not "waiting
for her feedback", "great for her")."""


_CAME_WITH = re.compile(
    r"^(?:called|rang|phoned|came back|got back)"
    r"(?: (?:me|back|again|today|yesterday|later|herself|himself|themselves))?"
    r"(?: (?:at )?\d[\d:.]*\s*(?:am|pm)?)?(?::| (?:with|w/)) (?:the |a |an |their |some )?"
    r"(?!(?:my|our|his|her|its)\b)(?:[\w-]+ )?"
    r"(?:offer|rejection|no\b|feedback|verdict|decision|outcome|numbers?|figures?|\d)"
    r"(?![^.;]*\b(?:he|she|him|her|his|they|them|their|our|my|we|us|for)\b)"
)
"""A subject-less call that brought the news ("called with the Cerulean rejection + feedback",
"came back w/ 205 + 20k sign-on"): the contact came with it. Not where the call went to
someone ("called her w/ offer", "called candidate with our offer"), the news is the owner's
("our decision", "my numbers"), or someone named after it is who got it ("called w/ offer, he
asked for 2 days", "feedback for her"). A Russian verb's gender already says whose call it
was."""


def their_turn(tokens: list[str], previous: tuple[str | None, str, bool], piece: str = "") -> bool:
    """True when a clause that opens with its verb (`tokens`, the clause `piece`) is the
    contact's doing: a given name in the nominative follows the verb ("Позвонила Лиза"), the
    call brought the news (`_CAME_WITH`: "called with the rejection"), or the verb answers the
    owner's deed in the clause before (`previous`: its actor, gender, whether it asked),
    "написала Кате, ответила через час"."""
    if len(tokens) > 1 and named_one(tokens[0], tokens[1]):
        return True
    if _CAME_WITH.match(piece.casefold()):
        return True
    return (
        previous[0] == "me"
        and not previous[2]
        and REPLY_VERB.match(tokens[0].casefold()) is not None
    )


def went_to(line: str) -> bool:
    """True when nothing in a casefolded line keeps its value from having gone: no plan, wish,
    question, denial, need or word that it came from them (`_NOT_DONE`), and no thanks
    without a gift ("Кате респект за интро"; "Гоше в благодарность — бутылку" goes)."""
    if _NOT_DONE.search(line):
        return False
    return not _THANKS.search(line) or _GIFT.search(line) is not None
