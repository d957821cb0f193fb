"""The phrases an outcome is told in (outcomes.read_outcome reads them before single words):
each a pattern and the outcome it names, the turned-around ones ("not moving forward") first,
since they hold words that alone say the opposite."""

from __future__ import annotations

from typing import Literal

Result = Literal["offer", "rejected", "withdrawn", "on_hold", "pending", "no_response", "passed"]

PHRASES: tuple[tuple[str, Result], ...] = (
    # turned-around phrases first: they hold words that alone say the opposite
    (
        r"not (?:be )?moving forward|won'?t be (?:moving forward|progressing)"
        r"|decided not to (?:proceed|move forward|progress)",
        "rejected",
    ),
    (r"not (?:been )?selected|did ?n[o']?t (?:get|pass|make)|not a (?:good )?fit", "rejected"),
    (
        r"(?<![^\W\d_])für (?:einen |eine )?andere\w* (?:kandidat|bewerber)\w*(?:\*innen)?\b"
        r"|(?<![^\W\d_])(?:leider )?nicht (?:weiter )?berücksichtig\w*|absagen müssen",
        "rejected",
    ),  # German: "dass wir uns für andere Kandidat*innen entschieden haben"
    (r"(?<![^\W\d_])absage(?!\s+(?:des|für|fur|для|vom|zum|zur)(?![^\W\d_]))", "rejected"),
    (r"(?<![^\W\d_])zusage(?!\s+(?:des|für|fur|для|vom|zum|zur)(?![^\W\d_]))", "offer"),
    # German, but not of an appointment ("Absage des Termins", "Zusage für das Onsite")
    (
        r"(?:went|go(?:ing)?|moving forward|move forward|proceed(?:ing)?) with (?:another|a "
        r"different|other) (?:candidate|person|applicant|profile)s?"
        r"|(?:moving|move|moved) forward with (?:the )?(?:candidates|applicants|profiles)"
        r" (?:whose|who|that|with|more)"
        r"|(?:went|go(?:ing)?|moving forward) with "
        r"(?:someone|somebody) (?:else|more \w+|with more|who ha[sd] more)"
        r"|(?:hired|chose) (?:someone|somebody|an? (?:internal|external) (?:candidate|hire))"
        r"(?! as\b)(?!.{0,40}\b(?:i'?d|i would|i'll) report)\b"
        r"|chose (?:another|someone else)|turned (?:me|us) down"
        r"|(?:❌|went with|gone with|go(?:ing)? with|chose|picked|hired) ?(?:an? )?internal"
        r" (?:candidate|hire|applicant|person)(?! for (?:the|a|an|another) )",
        "rejected",
    ),
    (
        r"(?:выбрали|взяли|наняли|предпочли|решили (?:взять|выбрать)) (?:другого|другую"
        r"|кого-то другого)(?!\s+(?:дат|день|время|слот|формат|вариант|врем|этап|задач|кейс))"
        r"|(?:продолж\w*|двигаться(?: дальше)?|пойд[её]м(?: дальше)?) с (?:другим|другой) "
        r"кандидат\w*(?![^.!?\n]*,\s*но\b)|выбор в пользу (?:другого|другой) кандидат\w*"
        r"|останов\w+ (?:свой )?выбор на (?:другом|другой) кандидат\w*",
        "rejected",
    ),
    (
        r"(?<![^\W\d_])не (?:прош(?:ёл|ел|ла|ли)|подош(?:ёл|ел|ла|ли)|подход|взял[иа]?"
        r"|выбрал[иа]?)",  # not "мне подходит"
        "rejected",
    ),
    (r"(?<![^\W\d_])не (?:готовы )?(?:двигаться|продолжать)|решили не продолжать", "rejected"),
    (  # "мы не готовы пригласить вас на следующий этап", "unable to move forward"
        r"(?<![^\W\d_])не (?:готовы|можем|сможем) пригласить (?:вас |тебя )?(?:на|в) "
        r"(?:следующий|финальный|дальнейший) этап"
        r"|(?<!пока )не (?:готовы|можем|сможем) пригласить (?:вас |тебя )?на финал"
        r"|(?:unable|not able|not in a position) to (?:proceed|move forward) with your"
        r" (?:application|candidacy)",
        "rejected",
    ),
    (
        r"\bi (?:have )?(?:withdrew|withdrawn|withdraw|declined|turned down"
        r"|turned (?:it|them) down|said no|pulled out(?! of the (?:call|slot|meeting)))"
        r"(?: (?:the|their|an?|this) (?:offer|role|position|process))?",
        "withdrawn",
    ),
    (
        r"(?:\bя |сам[аи]? )(?:отказал(?:ся|ась)|снял(?:ся|ась|а)?|отозвал[аи]?)"
        r"(?: от (?:оффера|офера|предложения|вакансии|процесса))?",
        "withdrawn",
    ),
    (r"отказал(?:ся|ась) от (?:оффера|офера|предложения|вакансии|процесса)", "withdrawn"),
    (
        r"(?<![^\W\d_])вынужден[а]? (?:остановиться|сняться|выйти из процесса)",
        "withdrawn",
    ),
    (r"отказал(?:ся|ась) сам[аи]?\b|(?<![^\W\d_])сам[аи]? отказал(?:ся|ась)", "withdrawn"),
    (
        r"\b(?:offer|оффер|офер)\w* (?:was )?(?:declined|turned down) by me"
        r"|\b(?:declined|turned down) (?:the|their|an?|this) offer",
        "withdrawn",
    ),
    (r"\bwithdr[ae]wn?\b|снял[аи]? (?:свою )?кандидатуру", "withdrawn"),
    (r"(?:offered|предложили)\s+[£$€]?\d+\s*[kк](?!\S*\s+(?:max|for|top))", "offer"),
    (r"(?<![^\W\d_])что (?:я )?снимаюсь(?![^\W\d_])", "withdrawn"),  # "написала, что снимаюсь"
    (  # "статус: снялась", "снялась с процесса": the owner's own word, said of herself
        r"^[\W_]*снял(?:ся|ась)(?![^\W\d_])"
        r"|(?<![^\W\d_])(?:снял(?:ся|ась)|снимаюсь) с (?:процесса|вакансии|позиции|отбора)"
        r"|(?:^[\W_]*|[.;:!—–]\s*|(?<![^\W\d_])я\s+)(?:вышла|вышел) из (?:процесса|отбора)"
        r"|(?<![^\W\d_])что (?:я )?выхожу из (?:процесса|отбора)",
        "withdrawn",
    ),
    (r"(?:^|[.;:!—–(]\s*|-\s+|\*\*)rej(?![\w'’])", "rejected"),  # "rej Fri 10/30" opening
    (r"un-?froze\w*|unpaused|разморо\w*", "pending"),  # "role unfrozen": the process goes on
    (r"on hold|paused|froze|frozen|hiring freeze", "on_hold"),
    (r"замороз|заморож|на паузе|поставили на паузу|приостанов|пауза до", "on_hold"),
    (r"(?<![^\W\d_])(?<!не )(?:на|в) холд(?:е|у)?(?![^\W\d_])", "on_hold"),  # "на холде до"
    (  # "дальше → финал", "next -> onsite"; not "дальше → жду решения", "next -> ping Dan"
        r"^[\W_]*(?:дальше|next)\s*(?:→|->|=>|⇒)\s*(?:на\s+|to\s+(?:the\s+)?)?(?:финал\w*|тех\w*"
        r"|hm|onsite|on-site|final\w*|screen\w*|скрин\w*|собес\w*|интервью|interview\w*|round\w*"
        r"|раунд\w*|panel|этап\w*|stage|sd|кейс\w*|case)(?![^\W\d_])",
        "passed",
    ),
    (
        r"offers? (?:was |got |has been )?(?:rescinded|withdrawn|pulled|revoked)"
        r"|(?:rescinded|pulled|revoked) (?:the |my |their )?offer|отозвали оф+ер|оф+ер отозвали"
        r"|(?<![^\W\d_])не (?:готовы )?(?:сделать|дать) оф+ер"
        r"|решили не нанимать|взяли внутреннего|позиция закрыта|вакансия закрыта"
        r"|не подхож(?:у|ит)|не подошл[аи]|(?:it'?s|the answer is) (?:a )?no\b"
        r"|filled (?:the|this) (?:role|position)|hire someone (?:else|more \w+)",
        "rejected",
    ),
    (
        r"no (?:response|answer|reply)|heard nothing (?:since|from|back(?! yet))|ghosted"
        r"|(?:нет|без) ответа|тишина|молчат|👻",
        "no_response",
    ),
    (r"(?<![^\W\d_])не (?:отвечают|ответили)", "no_response"),
    (r"next (?:round|stage|step)|moved (?:me )?(?:on|forward)|следующ(?:ий|ему|ем) этап", "passed"),
    (
        r"пригласили на|позвали на|(?<![^\W\d_])(?:зов[её]т|зовут) на"
        r"|invited (?:me )?to (?:the|a|an)\b",
        "passed",
    ),
)
