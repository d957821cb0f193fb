"""The word classes who-did-what reads a clause by: a Russian or English verb, a name, the
gender of a Russian past verb, and where a clause's first verb stands; the phrases that make a
piece of news the owner's own (their plans, an offer they got); and the phrases that tie one
clause to the next (a request and its answer, a promise and the deed that keeps it, a quote and
where it ends, a role offered as a question); and whether a line is still in process (a to-do,
an open task, a step of a hiring process: `in_process`)."""

from __future__ import annotations

import re

from vaultkit.domain.line_lead import LEAD

DIARY_VERBS = frozenset(
    "shared sent forwarded fwd fwd'd helped gave told passed introduced intro'd referred "
    "recommended reviewed pinged texted emailed messaged wrote dropped spent offered connected "
    "explained walked".split()
)
"""Verbs that open a diary's subject-less line ("Shared my CV with Tom")."""
VERB_RU = re.compile(r"^[а-яё-]+(л|ла|ло|ли|лся|лась|лось|лись|ёл|шёл|ог|ёс|ёз)$")
VERB_EN = re.compile(
    r"^([a-z]+ed|[a-z]+'d|sent|told|gave|got|said|lent|ran|wrote|put|set|came|met|is|was|"
    r"has|had|wants|pitched|shared|thanked|asked|says|writes|let|made|did|took|brought|found|"
    r"left|kept|showed|bought|spoke|paid|thought|taught|caught|пишет|говорит|просит|зов[её]т|"
    r"спрашивает|рассказывает)$"
)
NOT_VERBS = set(
    "павел михаил кирилл даниил гавриил финал канал сигнал журнал материал персонал потенциал "
    "интервал оригинал или если мол зал пол стол итог налог диалог каталог блог порог лог "
    "вопрос".split()
)
"""Names and nouns that end as a Russian past verb does."""
DATIVE = re.compile(r"^[А-ЯЁ][а-яё]+[ею]$|^[А-ЯЁ][а-яё]+[^аеёиоуыэюяй]у$")
"""A Russian name in the dative (Марине, Олегу, Андрею): the one the value went to."""
MY_PLANS = re.compile(
    r"\b(мо[йяеёи]\w*|my|own) (переход\w*|уход\w*|увольнени\w*|поиск\w*|план\w*|карьер\w*|"
    r"переезд\w*|релок\w*|move|plans?|search|switch|transition|career|leaving|departure|"
    r"relocation)\b|\b(какие|какая|what|which) (роли|роль|позиции|roles?|positions?|jobs?) "
    r"(мне|i'm|i am|i'd|i)\b"
)
"""Talking over one's own move: "обсудили мой переход в менеджмент", "какие роли мне интересны"
are news you gave."""
QUOTED_REQUEST = re.compile(
    r"^[«\"'“‘„]\s*(send|share|forward|скинь(те)?|кинь(те)?|пришли(те)?|отправь(те)?|"
    r"перешли(те)?)\b",
    re.IGNORECASE,
)
"""A quoted clause that opens with an imperative ("'send me your CV'", "«скинь резюме»"): the
contact asks, and the value moves in the clause that answers ("— sent", "— скинул")."""
OWN_OFFER = re.compile(
    r"^((i|я|i've|i have|i just|just) )?(got|received|получил\w*)( (the|an|a|my|свой))?"
    r"( [\w-]+)? (offer|оффер)\b|^(offer|оффер) (from|от|из)\b|"
    r"^([\w-]+ )?(offer|оффер) (accepted|signed|принят|подписан)|^signed (with|w/)"
)
"""An offer the owner got: news of their own, whoever hears it ("Got the Canva offer!!! Rang
Niamh"), not something the contact gave."""
THANKS = re.compile(
    r"\b(по)?благодарил\w* .*\bза\b|(спасибо|спс) .*\bза\b|thanked .*\bfor\b|thank-you .*\bfor\b|"
    r"\bthanks (again )?for\b"
)
"""Thanks for something: what it thanks for came earlier (and was noted then), so only a gift
sent with it moves anything now: the labelled sets' writers read every "thanked her for the
intro" as nothing moved (seventeen thanks lines in eight training sets; none labels what was
thanked for as received)."""
PITCH = re.compile(
    r"\b(asked|asks)( me)? (whether|if) i'?d (consider|be interested)\b(?! it in)"
    r"|(спрос|спрашива)\w*,? не хо(чу|тел\w*) ли я (\w+ )?(к ним|к себе|перейти|в |на )(?!.*через)"
)
"""Asked whether the owner would consider a role, or come over ("спросила, не хочу ли я к ним
в Booking"): a role offered, not a question waiting for its answer."""
REQUEST = re.compile(
    r"\b(asked|asks|asking|спросил\w*|спрашивал\w*|спрашивает|попросил\w*|просит|просил\w*|"
    r"wants|requested|запрос\w*|wanted to know|хотел\w* узнать)\b"
)
QUOTE_END = re.compile(r"[»”]|['\"’][\s.,!?]*$")
"""Where a quote closes: the words after it are no longer theirs ("'send me your CV' — sent")."""
ANSWER = re.compile(
    r"\b(sent|told|gave|replied|answered|did|done|submitted|shared|said|explained|walked|"
    r"forwarded|came back|рассказал\w*|скинул\w*|кинул\w*|ответил\w*|дал\w*|прислал\w*|"
    r"отправил\w*|поделил\w*|расписал\w*|посоветовал\w*|подсказал\w*|сказал\w*|объяснил\w*|"
    r"закинул\w*|написал\w*|wrote|сделал\w*|sorted(?! by| for))\b"
)
"""A clause that answers a request: it lends the request's kind when it names none."""

MUTUAL = re.compile(
    r"\b(обсудили|обсуждали|обменялись|поговорили|говорили|discussed|talked|swapped|traded|"
    r"exchanged)\b"
)
"""A mutual verb: what was said went both ways."""
ASKING_ME = re.compile(
    r"^((i|я) )?(pinged|pinging|wrote to|reached out to|messaged|emailed|followed up|got back to|"
    r"написал\w*|пинганул\w*|позвонил\w*)\b.*\b(про|about|re|по поводу|насч[её]т)\b"
)
"""The owner getting in touch about something: the topic is no value given."""
PROCESS = re.compile(  # searched in casefolded text
    r"\b(about|re|on|for) (the |my )?status\b|(про|по|насч[её]т) статус|\bstatus\?"
    r"|thank[- ]you (note|email|e-mail|letter|message)|\bthanked\b|поблагодарил"
    r"|\b(scheduled|rescheduled|назначил\w*|перенесл\w*|перенес[её]н\w*)\b"
    r"|\b(в|во|on|at) (понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|"
    r"monday|tuesday|wednesday|thursday|friday|mon|tue|wed|thu|fri)\b|\b\d{1,2}:\d{2}\b"
    r"|\b(tech(nical)? screen|phone screen|recruiter screen|screen\b|onsite|final round|"
    r"take-home|тестов\w+|техническ\w+ (интервью|собес\w*|этап)|техсобес\w*|скрининг\w*|"
    r"финал\w*|собес\w*|раунд\w*|round\b)"
    r"|\b(applied (to|via|for)|откликнул\w*|подал\w* (резюме|заявку|на)|reached out|"
    r"постучал\w*|passed\b(?! on| along| it| them| her| him)|прош(ла|[её]л) (дальше|этап|скрининг))"
    r"|\b\d{1,2} ?(am|pm)\b|\b(agenda|slots?|слот\w*|confirmed|подтвердил\w*|interview|"
    r"тишина|silence|no news|без ответа)\b|\bmoved (our|the|it) |(звонок|созвон|call) (с|with) "
    r"(рекрутер|hr)|\bintro[ -]?(call|chat|meeting)|интро[ -]?(звонок|звонк\w*|созвон\w*)"
    r"|^(technical|техническое|live coding|лайвкодинг)\b"
    r"|\b(sent|asked|задал\w*|отправил\w*) ([\w-]+ )?(questions|вопрос\w*)\b"
    r"|\b(in a (year|month|week)|in \d+ (years|months|weeks)|next (year|month|quarter)|"
    r"через (год|месяц|полгода|пару)|в следующем (году|месяце))\b",
)
"""A step of a hiring process, a status ping, a time set, thanks, questions sent, a plan for
later: what the line names in them (the role, the round) is no value moved, so the rules'
finding nothing there is a reading."""
BUJO_TASK = re.compile(r"\s*[•·>]")
"""A bullet journal's task ("• Маше фидбек по аппке") or one migrated ("> ..."): to do, where
a name in the dative with no verb is whom it is for, not whom it went to."""
_TODO = re.compile(r"(todo|to-do|next steps)\b")
_DONE = re.compile(
    r"[✔✅☑]|\b(done|сделано|готово|already|уже|sent)\b"
    r"|\b(?!(?:need|needed|indeed|speed|feed|seed|proceed|exceed|succeed|interested|required|"
    r"expected|based|related|detailed|updated|signed|revised|attached|red|bed)\b)\w{2,}ed\b"
    r"|\b(?!(?:павел|михаил|данил|даниил|гаврил|самуил|финал|канал|сигнал|материал|персонал|"
    r"идеал|капитал|штрафбал|пол|стол|мол)\b)\w{2,}[аеиоуыяё]л[аио]?\b"
)
"""A to-do's sign it was done: a check mark, "done", "уже", "sent", or a past verb ("emailed
Lena", "отправила CV"), not a word that only ends like one ("need", "Павел", "финал") nor a
participle a to-do names its object by ("send the updated CV")."""


def todo(line: str) -> bool:
    """True when a casefolded line (its stamp aside) opens as a to-do or a meeting's next steps
    and nothing in it says it was done ("todo ✔ CV отправил Лене", "next steps: he sent the JD")."""
    return _TODO.match(line) is not None and _DONE.search(line) is None


OPEN_TASK = re.compile(r"^[\s>]*[-*+] \[ \]")
"""An open task (`- [ ] intro Jess to Tom`): a plan, not a deed (in the labelled sets, all 60
lines that are one move nothing)."""
PLAN = re.compile(
    r"\b(will|would(?! i (?:be interested|consider))|going to|gonna|tomorrow|"
    r"next week|(?<!as )(?<!\()promised|(?<!как )обещал\w*|"
    r"(?<=\()(?<!✅ \()(?<!✔ \()(?<!finally \()promised(?![^)]*[✅✔])|"
    r"пообещал\w*|завтра|следующей неделе|через (две|пару|неделю)|надо|нужно|need to|should|"
    r"подумаю|подумать|пришлю|скину|отправлю|напишу|маякну|посоветую|порекомендую|закину|"
    r"узнаю|посмотрю|спрошу|уточню|гляну|познакомлю|передам|"
    r"перешлю|отправляю|sending|будет|буду|still waiting)\b|'ll\b"
    r"|\b(?!хотел|посмотрел)[а-яё]+л[аио]? бы\b"
    r"|\b(ещё|still) (собира\w*|collecting)|собираем фидбек"
    r"|\b(he|she|they|i)'d (\w+ )?(intro|send|check|do|help|refer|ping|get|share|connect|"
    r"submit|pass|forward|ask|look|talk|introduce)\b"
    r"|\bчто (посмотрит|уточнит|поднимет|скинет|пришл[её]т|напишет|узнает|спросит|"
    r"закинет|перешл[её]т|переда(ст|дут)|порекомендует|познакомит|отправит|поможет|глянет)\b"
    r"|\b(said|says) (he|she|they)'d (\w+ )?put\b|\bi'd put\b"
    r"|\bmight (be able to )?(intro|refer (me|her|him)|put (me|my name) forward|send me)\b"
    r"|\bесли (\w+ ){0,2}(появ\w*|откро\w*|освобод\w*)|\bif (a |an |the )?(something|anything|"
    r"role|position|job|opening|vacancy|one) (opens|comes up|pops up)\b"
    r"|\bif (we|they) (open|have|get) (a |an |another )?(\w+ )?(role|position|job|opening|req)"
    r"|(предложил\w*|предлагал\w*|предлагает) (\w+ )?[а-яё]+(ть|ти|чь)(ся)?\b"
    r"|\boffer(ed|s) (\([^)]*\) |me )?to\b|договорились|agreed to"
    r"|\b(хотел\w*|думал\w*|собирал\w*) (бы )?[а-яё]+(ть|ти)\b"
    r"|\b(wanted to|хотел\w* (бы )?(попросить|спросить|отправить|скинуть|прислать)|обещание"
    r"|обещан\w*|ожидание|не выполнено|пока без результата|пока ничего|we'll see|с меня)\b"
)
"""A value planned, promised or offered to be done, not done yet: "пришлю", "offered to intro
me", "договорились"."""
TAKE_HOME = re.compile(
    r"\b(тестов(ое|ого|ому|ым|ые|ых|ую|ой)( задани\w*)?|take[- ]?homes?|test (task|assignment)s?|"
    r"home assignments?|домашк\w*)\b"
)
"""A take-home: sent, received or done in the owner's own hiring process, a step of it, no value
either way ("Ира прислала тестовое, дедлайн 5 дней", "сдал тестовое", "submitted the take-home")."""
_TAKE_HOME_SENT = re.compile(
    r"\b(при?сла\w*|сдал\w*|отправил\w*|получил\w*|пришл[оа]|прилетел\w*|скинул\w*|кинул\w*|"
    r"сделал\w*|доделал\w*|выполнил\w*|submitted|sent|got|received|did|finished|here's)\b"
)
"""The verbs that move a take-home between the owner and a company, or finish it."""
_NOT_THE_STEP = re.compile(
    r"глян|разобрал|разбор|посмотрел|проверил|ревью|review|look(ed)? over|помог|help|дебаж|"
    r"debug|обменял|exchang|одолж|комментари|коммент|comment|remark|пометк|замечан|рубрик|"
    r"rubric|оцен|score|result|writeup|write-up|bugs|ошибк|\bnote\b|check|test(ed)?\b|poked|"
    r"fix|исправ|walked|swap|shar|sanity|сказал|рассказал|написал\w* (ему|ей|им|что)|told|"
    r"said|says|explain|как прошл|went\b|\b(my|mine|мо[йеёя]\w*|his|her|their|our|его|её|ее|"
    r"их|наш\w*|сво\w+)\b|котор\w+|прошл\w+ год|last year|old|стар\w+|с решением|"
    r"потрен|тренир|practi|prep|собеседуется|with me|со мной|вместе|together|за меня|pair|"
    r"drop|skip|waiv|отмен|push|extend|продл|перенес|instead|вместо|thanks to|благодаря|"
    r"кандидат|candidate|подсказ|hint|heads-up|нам[её]к|шаблон|template|чек-?лист|checklist|"
    r"questions|вопрос|grade|на что смотр|notes|описани|роль|роли|role|\bjd\b|ваканси|best|"
    r"loved|liked|great|good|clean|impress|понрав|хорош|отличн|шикарн|восторг|круто|сильн|"
    r"слаб|хвал|feedback|фидбек|отзыв"
)
"""A take-home talked of, helped with or sent with more: value, unlike the step itself."""


def take_home_step(folded: str) -> bool:
    """True when a casefolded clause names a take-home (`TAKE_HOME`), moves or finishes it and
    says nothing more of it: a step of the owner's process, no value either way."""
    if not TAKE_HOME.search(folded):
        return False
    return bool(_TAKE_HOME_SENT.search(folded)) and not _NOT_THE_STEP.search(folded)


PROMISE = re.compile(
    r"\b(promised|обещал\w*|пообещал\w*|(said|says) (he|she|they)'d|сказал\w*,? что)\b",
    re.IGNORECASE,
)
KEPT = re.compile(
    r"\b(sent|did|done|submitted|forwarded|passed|posted|delivered|came through|скинул\w*|"
    r"shared(?! that| (my |the |a )?(calendar|zoom|availability|meme))(?![^.;]*\binstead\b)|"
    r"кинул\w*|"
    r"прислал\w*|отправил\w*|закинул\w*|сделал\w*|выполнил\w*|познакомил\w*)\b"
)
"""A promise (not an offer: "offered to intro me; I said yes" moves nothing yet; "she said she'd
pass my CV", "сказала что закинет"), and the deed that keeps it in the next clause ("— скинула",
"— passed it same day")."""
OPENERS = frozenset(
    "in on at the a an after before then also finally today yesterday just still later once "
    "during with for and but so this that there here в на после потом сегодня вчера ещё еще "
    "тоже и а но также затем наконец утром вечером днём днем".split()
)
"""Capitalised words that open a sentence and name nobody ("In return helped Ankit")."""
NAME = re.compile(r"^(\[\[[^\]]*\]\]|[A-ZА-ЯЁ][\w'’-]*)$")


REPLY_VERB = re.compile(
    r"(ответил|перезвонил|отписал|откликнул|отозвал|replied|answered|wrote|called|rang)\w*$"
)
"""A verb of answering: after the owner's message, the one who answers is the contact."""
CONTACTED = re.compile(
    r"(позвонил|написал|встретил|увидел|поблагодарил|поздравил|набрал|перезвонил|отписал|"
    r"ответил|объявил|вспомнил|напомнил|постучал|пинганул|пингнул|связал|созвонил)\w*"
)
"""A verb of getting in touch: the one the owner reached may be who acts next ("Позвонила
[[Марина]], рассказала про позицию")."""
LISTED = re.compile(r"\s*,\s*(и\s+|and\s+)?")
"""A comma between two clauses: the owner's list of deeds ("глянула CV, накидала правок")."""
HEADING = re.compile(
    r"^(\[\[[^\]]*\]\]|[A-ZА-ЯЁ][\w'’.]*(?: [A-ZА-ЯЁ][\w'’.]*)?)(?: \([^)]*\))? [—–] "
)
"""A log entry headed by whom it is about ("Luis — reviewed his resume"): not its subject."""


def goes_on(joined: str, before: str) -> bool:
    """True when the owner's deed in the casefolded clause `before` goes on in the next, joined
    to it by `joined`: a comma, and no one reached in it who might act next."""
    return LISTED.fullmatch(joined) is not None and CONTACTED.search(before) is None


def verb_gender(word: str) -> str:
    """The gender of a Russian past verb: "m", "f", "pl", or "" for another word."""
    word = word.casefold()
    if not VERB_RU.match(word) or word in NOT_VERBS:
        return ""
    word = word.removesuffix("ся").removesuffix("сь")
    if word.endswith("ли"):
        return "pl"
    return "f" if word.endswith(("ла", "ло")) else "m"


def same_one(was: str, gender: str, was_gender: str) -> bool:
    """True when a clause's verb, of `gender`, goes on from the clause before, whose actor `was`
    and whose verb's gender `was_gender`: the same gender, and one person ("Глянула CV,
    посоветовала убрать фото": still the owner; "взяли Дениса, выплатили бонус": not)."""
    return gender == was_gender and (was == "them" or (was == "me" and gender != "pl"))


def first_verb(tokens: list[str]) -> int | None:
    """The index of the first word that reads as a verb (a name before it is the subject)."""
    for index, token in enumerate(tokens[:6]):
        folded = token.casefold()
        if folded in NOT_VERBS:
            continue
        if index == 0 and DATIVE.match(token):
            continue  # "Марине скинул": the one it went to
        if index == 0 and folded in DIARY_VERBS:
            return 0  # "Shared updated CV to Sanjay": a verb, not a name, opens the line
        if index == 0 and NAME.match(token) and len(tokens) > 1:
            following = tokens[1].casefold()
            if VERB_RU.match(following) or VERB_EN.match(following):
                continue  # "Кирилл прислал": the first word is the subject
        if VERB_RU.match(folded) or VERB_EN.match(folded):
            return index
    return None


_BEFORE_NAME_RU = (
    "с",
    "со",
    "в",
    "во",
    "из",
    "от",
    "к",
    "у",
    "про",
    "о",
    "об",
    "на",
    "по",
    "для",
    "за",
)
_SELF_VERBS = set(
    "joined left moved started applied signed accepted got went is was был была были было стал "
    "стала стали работал работала".split()
)
"""Verbs whose object is no person: "joined Spotify" gives Spotify nothing, "была HRBP" is what
she was."""


def addressed(tokens: list[str], verb: int | None) -> bool:
    """True when a clause without a verb names a `[[link]]` right after its first word,
    not after a preposition: "Письмо [[Дмитрий]] с новым резюме" went to them; so does a name
    right after "intro" ("intro Marcus -> Dana": the diary's introduction, made)."""
    if verb is None and len(tokens) > 1 and tokens[0].casefold() in ("intro", "интро"):
        return bool(NAME.match(tokens[1]))
    if tokens and tokens[0].casefold().replace("’", "'") in _SAYS_WHAT:
        return False  # "It's [[Groenhuis]]": what something is, no one it went to
    return verb is None and len(tokens) > 1 and tokens[1].startswith("[[")


_SAYS_WHAT = frozenset("it's it its this that's that there's here's это".split())
"""Words that open a clause saying what something is ("It's [[Groenhuis]]", "это [[Ozon]]")."""


_LETTERS = re.compile(r"(?i:eur|usd|rub|gbp|chf|kzt|gel|aed|pln|amd|uah|byn|usdt)")
"""A currency's letters ("сказал 80k EUR"): no one the value went to."""


def third_after(tokens: list[str], verb: int | None) -> bool:
    """True when a third person follows the verb as its object: a `[[link]]` or a name, not
    after a preposition (`Рассказала Ане`, `sent [[Julia]] the job`; not `познакомила с
    [[Тимуром]]`)."""
    if verb is None or tokens[verb].casefold() in _SELF_VERBS:
        return False
    for index in range(verb + 1, min(verb + 3, len(tokens))):
        token = tokens[index]
        if tokens[index - 1].casefold() in _BEFORE_NAME_RU:
            continue  # "Познакомила с [[Тимур]]", "рассказала про [[Nordlys]]": no object
        if token.startswith("[["):
            return True
        if NAME.match(token):  # not "CV", "JD", nor a currency's letters: "80k EUR"
            return not token.casefold().startswith(("cv", "jd")) and not _LETTERS.fullmatch(token)
    return False


MINE = re.compile(
    r"\b(по моей (рекомендации|наводке|рекомендаци|рефке)|с моей подачи|(on|by) my "
    r"(recommendation|referral|rec)|my rec\b|через меня|благодаря мне|при мо[её]м "
    r"(участии|посредничестве)|с моей помощью|это я (их |нас )?св[её]л)"
)
"""The owner's own doing ("по моей рекомендации Лёшу взяли", "через меня познакомились")."""
THEIR_WAY = re.compile(
    r"\b(через (неё|нее|него|них)|благодаря (ей|ему|им)|(по|с|при) (её|ее|его|их) (наводке|"
    r"рекомендации|совету|подач[еи]|участии|посредничестве|помощью))\b"
)
"""Through the contact ("познакомился с Борисом через неё"): what came of it came from them."""


NONE_LEFT = re.compile(r"ваканси\w* (пока |сейчас )?нет|no (openings|vacancies|roles)\b")
"""What someone said there is none of."""
CALL_WITH = re.compile(r"^(?i:созвон|call|звонок|зум|zoom) (?i:с|with) (\[\[|[A-ZА-ЯЁ])")
"""A call with someone: what was said in it went both ways."""


MY_CV = re.compile(r"\b(моё|мое|мой|мою|my) (резюме|cv|resume)\b")
"""The owner's own CV: sent on by the owner, it is news of theirs, not a referral."""
VIA = re.compile(r"\b(через|via|through|thanks to) (\[\[|[A-ZА-ЯЁ])")
"""Value that came by way of the contact: "познакомился с CTO через Машу"."""
TALK = re.compile(
    r"^(calls?|звонок|созвон|coffee|кофе|lunch|обед|ужин|dinner|zoom|зум|sync|встреча|"
    r"meeting|chat|чат)\b"
)
"""A channel heading the line ("call: EU market"): the topics after it were talked over."""


def in_process(text: str) -> bool:
    """True when a line is an open task or a to-do (`OPEN_TASK`, `TODO`), a step of a hiring
    process, a status ping, a time set, thanks, questions sent or a plan for later (`PROCESS`, its
    stamp aside: "- Nov 19 — technical (Tom + a senior engineer)"): then, too, the rules' finding
    nothing is a reading. Asked only of a line the model would turn a side on in."""
    body = LEAD.sub("", text, count=1).casefold()
    return bool(OPEN_TASK.match(text) or todo(body) or PROCESS.search(body))
