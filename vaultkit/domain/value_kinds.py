"""The kinds of value one clause of an interaction speaks of, whoever gave it: vacancies,
referrals, introductions, advice, market information, feedback on a company or its process,
news about oneself, candidates, other help. Which way it went is `direction`'s business.

Each kind is one pattern set tried only on clauses that hold one of its stems (a substring
test costs far less than a regular expression; a property test checks that this shortcut never
changes an answer). Patterns are matched against the casefolded clause, English and Russian.
One scan of a text (`literals.Scan`) tells which stems it holds, and which of the words each
pattern needs (read from the pattern itself): a pattern is searched only where one of them is.
"""

from __future__ import annotations

import re

from vaultkit.domain.literals import Needed, Scan, needed

OWN_NEWS_AFTER = (
    r"что (?:(?:пока|уже|ещё|еще|сейчас|не|тоже|сама?|всё ещё|все еще|всё-таки|все-таки)\s+)*"
    r"(?:ищу(?! (?:компани|квартир|няню|ментора|кандидат|кого|им |ей |ему |тебе ))|сижу|"
    r"выбираю(?! между (?:суши|пицц))|беру|выхожу(?! из| через)|ухожу(?! на больничн| в отпуск)|"
    r"продолжаю|рассматриваю|принимаю|переезжаю|перехожу|смотрю|остаюсь|"
    r"иду(?! (?:к |спать|домой|гулять|спрашивать|узнавать|в (?:бар|кино|театр|зал|спортзал|"
    r"магазин|отпуск|поход|гости)|на (?:корпоратив|концерт|митап|конференц|обед|ужин|вечерин|"
    r"день рожд|др\b|свадьб|тренировк|йогу)))|я (?:в поиске|open|уже|всё ещё|все еще|пока|"
    r"сейчас|в процесс\w*)|у меня (?:оффер|финал|встречн|параллельн|ещё|еще|есть|уже|испыта))"
)
"""The owner's own news told as what they said ("сказала, что пока сижу на фрилансе", "ответил,
что уже выхожу в Сбер", "что у меня оффер"): a verb in the first person, or "я"/"у меня" and
the state of the search. Not a promise ("что спрошу", "что подумаю"): nothing is news yet; nor
a withdrawal ("что снимаюсь", "что выхожу из процесса"), a step of the owner's own process; nor
the everyday ("что иду к врачу", "не иду на корпоратив", "ищу няню")."""


def _stems(words: str) -> tuple[str, ...]:
    """Stems written as one string, `|` between them."""
    return tuple(words.split("|"))


_GO_BETWEEN = (
    r"(\b(через|благодаря) (?!linkedin|линкедин|работ|общ|рабоч|чат|проект|хабр|телег|tg\b|"
    r"тг\b|конф|митап|курс|универ|школ|сайт|hh|хедхантер)[\w\[]|"
    r"\b(с|по|при) (\w+ )?(подачи|наводке|рекомендации|совету|участии|посредничестве|помощью)\b|"
    r"\bэто я (их |нас )?св[её]л)"
)
"""Someone through whom two people met ("через Игоря", "по её наводке", "с моей подачи"),
matched in casefolded text: meeting someone is an introduction only with one (a channel,
"через LinkedIn", "через работу", is none)."""

KINDS: dict[str, tuple[str, ...]] = {
    "vacancy": (
        r"vacanc|ваканси|ваканис|\bjd\b|\bopenings?\b|\breq\b|\binternships?\b|стажировк",
        r"\b(a|an|new|one|two|three|\d+)\b[^,;.]{0,30}\b(?<!new )(roles?|positions?|jobs?)\b"
        r"|\bnew roles? for me\b|\bрол[ьи] (?!мне)\w+|позици(?!я закрыта)",
        r"(sent|pitched|offered|forwarded|shared)\w*\b[^,;.]*\b(roles?|positions?|jobs?)\b",
        r"(sent|прислал|sent over)\w*(?![^.;]*(signed|подписан))[^.;]*(offer|оффер)",
        r"(make|made|сделать|сделали|устный|written|письменный) (an )?(offer|оффер)|offer letter|"
        r"с оффером",
        r"(?<!freezing )(?<!freeze )\bhiring for\b|\bищут \w+",
        r"(is|are|'s|'re) looking for (a|an) (?!new job|job)\w+",
        r"зов[её]т (меня )?(к себе|в )|(по)?зва(л|ла|ли) (меня )?(в |к себе|на (позици|скрининг|"
        r"собес|интервью))|зовут (на|в )",
    ),
    "referral": (
        r"\breferr(ed|al|ing)\b|\brefer\b|\breferal|рефк|реферал|рефералк",
        r"рекомендаци|рекомендательн|recommendation|vouched|good word|замолвил|put a word in",
        r"\b(recommended|рекомендовал\w*|порекомендовал\w*|отрекомендовал\w*) "
        r"(me|her|him|them|меня|её|ее|его)\b",
        r"(passed|forwarded) (my|her|his|their|\w+'s) (cv|resume)|(cv|resume) to (our|the|my) "
        r"(hiring|vp|team|manager|recruit)",
        r"(передал|дала?) (его |её |ее |их |моё |мое |мой )?(резюме|контакт)",
        r"(переслал|закинул|скинул|отправил|кинул|отдал)\w* (моё|мое|мой|мою|его|её|ее|их) "
        r"(резюме|cv)\b[^.;]{0,25}(\bв\b|\bво\b|\bк\b|сво\w+ |тимлид|hr|рекрутер|нанима|hiring|"
        r"руководител|\bлид)",
        r"меня (порекомендовал|рекомендовал|отрекомендовал)",
        r"резюме ушло|\bреф\b|рефнул\w*|зарефер\w*|\breference (call|check)|\ba reference for",
        r"\b(i|i've|i had) (\w+ )?put (her|him|them|his name|her name) forward\b(?! for "
        r"(the )?(hackathon|panel|election|rep\b|redundanc|award|speaker|talk|committee|promo))|"
        r"\bput (me|my name) forward\b(?! for (the )?(hackathon|panel|election|rep\b|redundanc|"
        r"award|speaker|talk|committee|judging|promo))|\bsubmitted me (to|for)\b",
    ),
    "introduction": (
        r"\bintro(duc\w*|'d|d|s)?\b(?![ -](call|chat|meeting))|интро(?![ -]?(звон|созвон))|"
        r"познакомил(?!ся|ась|ись)|заинтродьюс|познакомил(ся|ась|ись)\b[^.;]*"
        + _GO_BETWEEN
        + "|"
        + _GO_BETWEEN
        + r"[^.;]*познакомил(ся|ась|ись)",
        r"\bсв[её]л(а|и)? |\bconnected (me|her|him|them) with|\bconnected them\b|"
        r"контактами рекрутер",
        r"set up a call for me",
    ),
    "advice": (
        r"подготов|\bprep\b|посмотрел\w* (\w+ )?резюме|правк|"
        r"advi[cs]e|\btips?\b|pointers|\bсовет|подсказал|\bидею\b|suggested \w+ing",
        r"посоветовал\w* (ей |ему |им |мне )?(не |как |\w+ть\b)",
        r"\bmock|мок-|review(ed)? [^,;]{0,20}(cv|resume|резюме)|\b(cv|resume|portfolio) review|"
        r"правок|комментари|\bplan\b|план\b",
        r"\bcomments? on (my |her |his |their |your |the )?(cv|resume|резюме|portfolio|deck|slides|"
        r"case study|cover letter|linkedin|draft)\b|\b(slide|cv|resume|deck|portfolio) comments\b",
        r"(feedback|фидбек|фидбэк|отзыв\w*) (on|на|по|о|об) (my|her|his|мо\w+|её|ее|его|сво\w+|"
        r"резюме|cv|тестов)",
        r"\btold me (not )?to\b|\bsaid to\b|\bhow to \w+|\bкак (лучше )?[а-яё]+(ть|ться|ти)\b|"
        r"сказал\w* (мне )?(не )?[а-яё]+(ть|ться)\b|how i'd position",
        r"negotiat|переговор|резюме: |твоё резюме|на мо[её] резюме|добавь",
        r"\bкак (подать|отвечать|готовиться|уходить)|стоит ли идти|"
        r"\bhow to prepare",
        r"(?<=[a-z\]]{2} )rewr(o|i)te my (cv|resume|cover letter|linkedin|headline)\b|"
        r"\brewr(o|i)te (her|his) (cv|resume|cover letter|linkedin|headline)\b|"
        r"\b(went|going|go) through (his|her|their) (cv|resume|portfolio)\b",
    ),
    "market_info": (
        r"\bmarket\b|рын(ок|ке|ка|ку|ком)\b|salar(?!y expectation)|зарплат|\bзп\b|вилк|вилок",
        r"\branges?\b|рейндж|\bcomp\b|\bbands?\b|\bpays?\b|платят|benchmark|survey|levels",
        r"restructur|реструктур|реорганиз|freez|froze|замороз|замёрз|замерз|layoff|laying off",
        r"сокращ|режут|reorg|\bcutting\b|\bcuts\b",
        r"(still|actually|is|nobody is|are) hiring(?! for)|companies[^.;]* hiring|hiring freeze|"
        r"\bнанимают|(?<!процесс )\bнайм|набирают|'re hiring|hiring again|не берут|ceiling",
        r"\d+ ?[-–] ?\d+ ?k|\d+k\b",
    ),
    "company_feedback": (
        r"feedback|фидбек|фидбэк|обратн\w* связ|отзыв|впечатлени|review of|"
        r"(?<!for the )(?<!for a )(?<!to the )debrief\w*(?! (call|pushed|moved|scheduled|slot))|"
        r"дебриф\w*",
        r"\bprocess\b|процесс(?!инг|ов)|собеседовали|собесах|take-home|interviewers|слили",
        r"\d+ (этап\w*|раунд\w*|rounds?|stages?|секци\w*)|(проходит|устроен\w*) (собес|интервью)|"
        r"как прош(ёл|ел|ла|ло)|how [^,;]*\bwent\b|после (онсайта|собеса|финала)",
        r"interview(s|ing)? (at|in|went|was|were|loop|process)|(first|final|last) interview",
        r"cultur|культур|менеджмент|токсичн|текучк|client('s| is| was)|заказчик|"
        r"у (её |его )?клиента|о клиент|грейдинг",
        r"\bloop\b|rejected|отказ|не взяли|\bстек|roadmap|hires left|ушёл предыдущий",
        r"(другой|other|internal) (кандидат|candidate)|позиция закрыта|\bexperience at|"
        r"опыт в |went with",
    ),
    "update": (
        r"\b(my|свой|своё|свое|обновл\w*) (updated )?(cv|resume|резюме)|\bcv\b|резюме",
        r"\boffer\b|оффер|new (job|role)|нов(ую|ой) работ|вышел на|перешла|signed|подписан",
        r"(she|he|they)('s| is| are)? mov(ed|ing) to|\b(is|are) (moving|relocating) to",
        r"\blanded (at|in|a|an)\b|\blaid off\b|sabbatical|саббатикал|\bвыш(ел|ла) (в|на)\b|"
        r"\bуш(ёл|ел|ла) (на|во?)\b|перешёл|перешел|устроил(ся|ась)",
        r"join(ed|ing)(?! to\b| the call| us\b)|уволил|ушла? из|ушёл из|ушел из|ищ(у|ет) работу",
        r"уходит|переехал|\bтеперь\b|\bnow at\b",
        r"'s now|\bis now\b",
        r"\bmy search|поиск|searching|job searches|pausing|рассматриваю|статус поиска|новост|"
        r"\bnews\b|portfolio|портфолио",
        r"кандидатур|let (her|him|them) know|декрет|закончил|finished|cert|сертификат|ухожу",
        r"что ищу|\bстал(а)? (хэд|лид|тимлид|техлид|head|cto|директор|руководител)\w*|"
        rf"\b{OWN_NEWS_AFTER}|"
        r"\bвыш(ел|ла) к (нам|ним)",
        r"\bupdated? (her|him|them|me)\b|\bupdate\b",
        r"\bвыхожу (с \d|на (работу|новую))|\bi start (on|at)\b",  # the owner's first day
    ),
    "candidate": (
        r"(?<!other )(?<!другой )(?<!других )(?<!another )(?<!internal )(кандидат(?!ур)|candidate)"
        r"|\bsubmittals?\b",
        r"\bдруг(а)?\b|friend|знакомых|знакомого|профиль|profile",
        r"(referred|sent|introduced) (a |my )?(former |old )?(colleague|engineer|developer)",
        r"(?<!passed )\b\w+'s (cv|linkedin)|\bcvs\b|\bcv of\b|двух \w+(ов|ят)\b",
        r"(\bcv|резюме|контакт\w*) (?!(для|на|по|без|из|с|в)\b)[а-яё]{3,}(и|ы|а|я)\b",
        r"(recommended|suggested|порекомендовал\w*|посоветовал\w*) (a |an |his |ей |ему |им |мне )?"
        r"(?!me\b|меня|её|ее|его|him|her|them|в\b|на\b|к\b|to\b|for\b|не\b|как\b|\w+ing\b|\w+ть\b)"
        r"\w+",
    ),
    "other": (
        r"подарил|\bgift|\bgave (her|him|them) my old|\blent\b|одолжил|\bhelped\b|помог",
        r"доступ|аккаунт|книг|\bbook\b|wine|тестовое|перевести трудовую|paperwork",
        r"relocation (docs|forms)|grabbed the (check|bill)|bottle|бутылк|\bторт|\bcake\b|"
        r"\bflowers\b|цветы|конфет|brownies|chocolates|шоколад|\bswag\b|мерч",
        r"\bbought (\w+ ){0,2}(a |an |some )?(coffee|lunch|dinner|drinks?|beers?|pints?|cake)\b|"
        r"угостил\w*|проставил\w*|коньяк|виски|whisk(e)?y|hamper|voucher|gift card",
        r"\b(sent|gave|left|bought|got)\b[^.;]{0,40}(?<!my )(?<!his )(?<!her )(?<!their )"
        r"\b(starbucks|amazon|coffee|itunes|deliveroo|uber eats) (gift )?card\b|"
        r"(\b(sent|gave|left|bought)\b[^.;]{0,40}\b|^)a (signed )?copy of "
        r"(?!(the|my|his|her|our|their|a) )",
    ),
}
"""Per kind, the words that name it in a clause; `kinds_in` settles the overlaps."""

STEMS: dict[str, tuple[str, ...]] = {
    "vacancy": _stems(
        "vacanc|ваканси|ваканис|jd|job|internship|стажировк|opening|req|role|position|позици|"
        "рол|offer|оффер|"
        "hiring for|зов|звал|зовут|looking for|ищут"
    ),
    "referral": _stems(
        "refer|referal|рефк|реферал|рекомендаци|рекомендательн|recommendation|vouched|"
        "recommended|рекомендовал|my cv|passed|forwarded|передал|дал|резюме ушло|good word|"
        "замолвил|resume|cv|реф|резюме|a word in|forward|submitted"
    ),
    "introduction": _stems(
        "intro|интро|познакомил|заинтродьюс|свел|свёл|connected|контактами|set up a call"
    ),
    "advice": _stems(
        "advi|tip|suggested|посоветовал|pointers|совет|подсказал|идею|mock|мок-|review|правок|"
        "комментари|plan|план|feedback|фидбек|told me to|said to|how to|how i'd|negotiat|"
        "переговор|резюме|добавь|как |стоит ли|отзыв|подготов|prep|посмотрел|правк|told me|"
        "сказал|фидбэк|rewr|through|comment"
    ),
    "market_info": _stems(
        "market|рын|salar|зарплат|зп|вилк|вилок|range|рейндж|comp|band|pay|платят|benchmark|survey|"
        "levels|freez|froze|замороз|замёрз|замерз|layoff|laying off|сокращ|режут|reorg|hiring|"
        "нанимают|найм|набирают|не берут|k|ceiling|'re hiring|hiring again|restructur|"
        "реструктур|реорганиз|cutting|cuts"
    ),
    "company_feedback": _stems(
        "feedback|фидбек|фидбэк|обратн|отзыв|впечатлени|review of|process|процесс|onsite|debrief|"
        "дебриф|"
        "онсайт|interview|собес|финал|final round|take-home|cultur|культур|менеджмент|токсичн|"
        "текучк|client|заказчик|клиент|грейдинг|loop|rejected|отказ|не взяли|стек|roadmap|"
        "hires left|ушёл предыдущий|кандидат|candidate|позиция закрыта|experience at|опыт в |"
        "went with|слили|этап|раунд|round|stage|секци|проходит|устроен|прош|went|после"
    ),
    "update": _stems(
        "cv|resume|резюме|offer|оффер|new |нов|вышел на|перешла|moved to|join|уволил|ушла? из|"
        "ушёл из|ушел из|ищ(у|ет) работу|уходит|переехал|теперь|now|search|поиск|pausing|"
        "рассматриваю|статус поиска|signed|подписан|mov|новост|news|portfolio|портфолио|let |"
        "декрет|закончил|finished|cert|сертификат|ухожу|что ищу|update|кандидатур|ушл|ушёл|"
        "ушел|ищу работу|ищет работу|moving|relocating|landed|laid off|sabbatical|саббатикал|"
        "вышел|вышла|перешёл|перешел|устроил|стал|что |выхожу|i start"
    ),
    "candidate": _stems(
        "кандидат|candidate|submittal|друг|friend|знакомых|знакомого|профиль|profile|referred|"
        "introduced|sent|'s |cv|резюме|recommended|suggested|порекомендовал|посоветовал|"
        "контакт|двух"
    ),
    "other": _stems(
        "подарил|gift|gave|lent|одолжил|helped|помог|доступ|аккаунт|книг|book|wine|тестовое|"
        "перевести трудовую|relocation|paperwork|grabbed the|bottle|бутылк|торт|cake|flowers|"
        "цветы|конфет|brownies|chocolates|шоколад|swag|мерч|bought|угостил|проставил|коньяк|"
        "виски|whisk|hamper|voucher|gift card| card|copy of"
    ),
}
"""Per kind, words of which a clause must hold one before its patterns are tried."""


class Signal:
    """A pattern set tried only on texts that hold one of its stems."""

    def __init__(self, stems: tuple[str, ...], patterns: tuple[str, ...]) -> None:
        self.stems = stems
        self.pattern = re.compile("|".join(patterns))
        """The set as one expression: what `search` answers (tests hold it to that)."""
        self._parts = tuple(Pattern(pattern) for pattern in patterns)
        self._stems = frozenset(stems)
        self.needs: frozenset[str] = frozenset(
            word for part in self._parts for word in part.needs or ()
        )
        """The words its patterns need, one of them each (where that is known)."""

    def search(self, folded: str) -> bool:
        """True when the casefolded text matches."""
        for stem in self.stems:  # a plain loop: any() over a generator costs twice as much
            if stem in folded:
                for part in self._parts:  # noqa: SIM110 (a loop: any() costs 8% more here)
                    if part.search(folded):
                        return True
                return False
        return False

    def holds(self, folded: str, held: set[str]) -> bool:
        """What `search` answers, told the words of `stems` and `needs` the text holds (all
        of them): a pattern is searched only where one of the words it needs is."""
        if self._stems.isdisjoint(held):
            return False
        for part in self._parts:
            if (part.needs is None or not part.needs.isdisjoint(held)) and part.search(folded):
                return True
        return False


_AT_BOUNDARY = re.compile(r"\b")


class Pattern:
    """One pattern, searched fast: a leading `\\b` keeps Python's regex engine from skipping
    ahead to where the pattern's first letters are, so the rest is searched and `\\b` then
    checked where it matched (3x faster on interaction texts)."""

    def __init__(self, pattern: str) -> None:
        self._bounded = pattern.startswith(r"\b") and not _alternation_at_top(pattern)
        self.needs: Needed = needed(re.compile(pattern))
        """Words one of which the text must hold for this pattern to match (None: unknown)."""
        self._regex = re.compile(pattern[2:] if self._bounded else pattern)

    def search(self, folded: str) -> bool:
        """True when the pattern matches somewhere in `folded`."""
        if not self._bounded:
            return self._regex.search(folded) is not None
        found = self._regex.search(folded)
        while found is not None:
            if _AT_BOUNDARY.match(folded, found.start()):
                return True
            found = self._regex.search(folded, found.start() + 1)
        return False


def _alternation_at_top(pattern: str) -> bool:
    """True when `pattern` holds a `|` outside any group (`\\bx|y`: its `\\b` binds x alone)."""
    depth = 0
    in_class = escaped = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


SIGNALS = {kind: Signal(STEMS[kind], patterns) for kind, patterns in KINDS.items()}

_OUTRANKS = (
    ("advice", ("company_feedback", "update", "other", "market_info", "candidate")),
    ("candidate", ("vacancy", "update", "referral", "company_feedback")),
    ("referral", ("vacancy", "update")),
    ("introduction", ("vacancy", "referral", "company_feedback")),
    ("other", ("company_feedback",)),
    ("vacancy", ("update", "company_feedback")),
    ("market_info", ("company_feedback", "update", "candidate")),
)
"""Where a clause names two kinds, the first names the value and the others are its
circumstances: "закинул его резюме через рефку" is a referral, not news about a CV; "the
Canva job" in "she sent me a vacancy" is no second value."""


_PROGRAM = re.compile(r"реферал|рефк|referral program|internal portal")
"""A company's referral programme: what goes into it is a referral, whoever's CV it is."""


WORDS = frozenset(
    word for signal in SIGNALS.values() for word in (*signal.stems, *signal.needs) if word
)
"""Every word a kind's patterns are tried for: its stems and what each of its patterns needs."""
if any("[" in word or "]" in word for word in WORDS):  # `direction` reads words out of links
    raise ValueError("a value kind's word holds a bracket: a link's removal could make it")
_SCAN = Scan(WORDS)


def kinds_in(folded: str, held: set[str] | None = None) -> list[str]:
    """The kinds of value a casefolded clause names, the overlaps settled by `_OUTRANKS`;
    `held` are the `WORDS` it holds (or more: those of its line), when they are known."""
    held = _SCAN.held(folded) if held is None else held
    found = [kind for kind, signal in SIGNALS.items() if signal.holds(folded, held)]
    if len(found) < 2:
        return found
    dropped: set[str] = set()
    if "referral" in found and _PROGRAM.search(folded):
        dropped.add("candidate")  # "закинула резюме Димы в реферальную программу"
    for kind, lesser in _OUTRANKS:
        if kind in found and kind not in dropped:
            dropped.update(lesser)
    return [kind for kind in found if kind not in dropped]


def names_any(folded: str, held: set[str] | None = None) -> bool:
    """True when a casefolded text names any kind of value (a line naming none gives none);
    `held` are the `WORDS` it holds (or more), when they are known."""
    held = _SCAN.held(folded) if held is None else held
    for signal in SIGNALS.values():  # noqa: SIM110 (a loop: any() over a generator costs more)
        if signal.holds(folded, held):
            return True
    return False
