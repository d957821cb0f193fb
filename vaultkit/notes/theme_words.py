"""The words the Feedback themes note and `vaultkit themes` both use for a theme and its trend,
in each language, so that the command says what the note says (ids stay in --json)."""

from __future__ import annotations

THEME_LABELS = {
    "en": {
        "technical": "Technical skills",
        "system_design": "System design",
        "communication": "Communication",
        "attitude": "Attitude and ownership",
        "culture_fit": "Culture fit",
        "experience": "Experience",
        "compensation": "Compensation",
        "language": "Language",
        "preparation": "Preparation",
    },
    "ru": {
        "technical": "Технические навыки",
        "system_design": "Системный дизайн",
        "communication": "Коммуникация",
        "attitude": "Отношение и ответственность",
        "culture_fit": "Культурное соответствие",
        "experience": "Опыт",
        "compensation": "Зарплата",
        "language": "Язык",
        "preparation": "Подготовка",
    },
}
TREND_WORDS = {
    "en": {
        "rising": "more often lately",
        "falling": "less often lately",
        "steady": "steady",
        "new": "only lately",
        "short": "too early to tell",
    },
    "ru": {
        "rising": "чаще в последнее время",
        "falling": "реже в последнее время",
        "steady": "ровно",
        "new": "только в последнее время",
        "short": "пока рано судить",
    },
}
"""`short`: all the feedback falls inside the trend's window, too short a history to show one."""


def theme_label(theme: str, language: str) -> str:
    """A theme as the note names it (a theme of the user's own: its id, readable)."""
    labels = THEME_LABELS.get(language, THEME_LABELS["en"])
    return labels.get(theme) or theme.replace("_", " ").capitalize()


def trend_words(trend: str, language: str) -> str:
    """A trend as the note words it."""
    return TREND_WORDS.get(language, TREND_WORDS["en"]).get(trend, trend)
