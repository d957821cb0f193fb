"""Property keys as vaultkit reads them: compared without case and with spaces, hyphens and
underscores alike (as Dataview compares its fields), and each known by the names people give
it in English and Russian (`последний контакт`, `employer`, `этап`, `итог`, `ДР` ...).

A key's canonical name is the one vaultkit's rules ask for (`last_contact`, `company`, `stage`);
a key vaultkit does not know is its own name.
"""

from __future__ import annotations

from functools import lru_cache

_KEY_SEPARATORS = str.maketrans({" ": "_", "-": "_"})


def key_form(key: str) -> str:
    """A property key as vaultkit compares it: case-insensitive, with spaces and hyphens read
    as underscores, so that `Last contact`, `last-contact` and `last_contact` are one key, and
    without an emoji or a mark around it (`📅 Last contact`, `**Stage**`)."""
    start = next((i for i, char in enumerate(key) if char.isalnum() or char == "_"), len(key))
    end = len(key)
    while end > start and not (key[end - 1].isalnum() or key[end - 1] == "_"):
        end -= 1
    return key[start:end].casefold().translate(_KEY_SEPARATORS)


SYNONYMS: dict[str, tuple[str, ...]] = {
    "last_contact": (
        "last_contacted",
        "last_contact_date",
        "last_contacted_on",
        "last_touch",
        "last_touchpoint",
        "last_interaction",
        "last_spoke",
        "last_talk",
        "last_call",
        "last_chat",
        "последний_контакт",
        "дата_последнего_контакта",
        "последнее_общение",
        "последний_разговор",
    ),
    "company": (
        "org",
        "organization",
        "organisation",
        "employer",
        "company_name",
        "works_at",
        "works_for",
        "компания",
        "место_работы",
        "работодатель",
        "организация",
    ),
    "stage": ("interview_stage", "round", "этап", "стадия", "этап_собеседования"),
    "result": ("outcome", "decision", "итог", "исход", "результат", "решение"),
    "date": ("interview_date", "meeting_date", "дата", "дата_собеседования", "дата_встречи"),
    "position": (
        "role",
        "job",
        "job_title",
        "vacancy",
        "должность",
        "вакансия",
        "позиция",
        "роль",
    ),
    "birthday": (
        "birth_date",
        "birthdate",
        "bday",
        "b_day",
        "dob",
        "день_рождения",
        "дата_рождения",
        "др",
    ),
    "recruiter": ("recruiter_name", "hr", "рекрутер", "рекрутёр", "эйчар", "хедхантер"),
    "cadence": ("frequency", "contact_frequency", "частота", "периодичность", "как_часто"),
    "people": ("attendees", "participants", "участники"),
    "tier": ("уровень",),
    "status": ("статус",),
    "channel": ("канал",),
    "first_name": ("имя",),
    "type": ("тип",),
    "specialization": ("специализация",),
    "snooze_until": ("отложить_до",),
    "language": ("язык",),
    "feedback": ("фидбек", "фидбэк", "обратная_связь", "ос"),
    "author": ("автор", "written_by"),
    "me": ("я", "self", "myself"),
    "applied": (
        "date_applied",
        "applied_on",
        "application_date",
        "дата_отклика",
        "отклик",
        "откликнулась",
        "откликнулся",
        "дата_подачи",
    ),
    "offer_deadline": (
        "offer_expires",
        "offer_expiry",
        "offer_valid_until",
        "reply_by",
        "respond_by",
        "decision_deadline",
        "дедлайн_оффера",
        "дедлайн_по_офферу",
        "срок_оффера",
        "ответить_до",
    ),
}
"""The names each key vaultkit reads goes by, besides its own (in key_form)."""

READ = frozenset(
    {
        *SYNONYMS,
        *"""tags aliases categories cssclasses vaultkit result_date feedback_requested
        feedback_reminded followed_up thanked rejection_tone feedback_policy recruiter_type referral
        contact contacts interviewers work_anniversary hire_date new_role promotion award
        created created_time created_at updated modified last_edited_time date_created
        date_modified id uid source url link links email phone telegram tg linkedin whatsapp
        почта телефон телеграм телеграмм website site title description summary note notes
        publish permalink trust satisfaction salary_range previous_company previous_companies
        former_company бывшая_компания referred_by first_name имя channel next_action next_step
        следующий_шаг next_action_date next_step_date следующий_шаг_дата next_date""".split(),
    }
)
"""Keys vaultkit reads, or knows for another program's (Obsidian's, a contact's details)."""

KeyNames = tuple[tuple[str, str], ...]
"""A vault's own names for keys vaultkit reads (its config's [properties]): (the name in
key_form, the key it stands for), sorted."""

_CANONICAL = {synonym: name for name, synonyms in SYNONYMS.items() for synonym in synonyms}


@lru_cache(maxsize=4096)
def canonical(key: str) -> str:
    """The key vaultkit reads that `key` names (in key_form): `Последний контакт` ->
    `last_contact`; a key it does not know, in key_form."""
    form = key_form(key)
    return _CANONICAL.get(form, form)
