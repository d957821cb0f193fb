"""The short forms Russian speakers call each other by ("Дима" for Дмитрий, "Серёга" for
Сергей, "Настя" for Анастасия), and the name a contact's note calls them by in its heading
("# Дима Захаров" in "Дмитрий Захаров.md"): a line that says "Дима звонил" is about that
contact where no other contact answers to the name."""

from __future__ import annotations

import re
from functools import cache

from vaultkit.domain.name_forms import cyrillic_spellings
from vaultkit.model import Note

_SHORT: dict[str, tuple[str, ...]] = {
    "александр": ("Саша", "Шура"),
    "александра": ("Саша",),
    "алексей": ("Лёша", "Леша", "Лёха"),
    "анастасия": ("Настя",),
    "анатолий": ("Толя",),
    "андрей": ("Андрюша",),
    "анна": ("Аня",),
    "арсений": ("Сеня",),
    "артём": ("Тёма",),
    "артем": ("Тема",),
    "борис": ("Боря",),
    "валентина": ("Валя",),
    "валерий": ("Валера",),
    "василий": ("Вася",),
    "виктория": ("Вика",),
    "владимир": ("Вова", "Володя"),
    "владислав": ("Влад",),
    "вячеслав": ("Слава",),
    "галина": ("Галя",),
    "геннадий": ("Гена",),
    "георгий": ("Гоша", "Жора"),
    "григорий": ("Гриша",),
    "дарья": ("Даша",),
    "дмитрий": ("Дима", "Димон"),
    "евгений": ("Женя",),
    "евгения": ("Женя",),
    "екатерина": ("Катя",),
    "елена": ("Лена",),
    "елизавета": ("Лиза",),
    "иван": ("Ваня",),
    "ирина": ("Ира",),
    "константин": ("Костя",),
    "ксения": ("Ксюша",),
    "леонид": ("Лёня",),
    "людмила": ("Люда",),
    "максим": ("Макс",),
    "маргарита": ("Рита",),
    "мария": ("Маша",),
    "михаил": ("Миша",),
    "надежда": ("Надя",),
    "наталья": ("Наташа",),
    "наталия": ("Наташа",),
    "николай": ("Коля",),
    "ольга": ("Оля",),
    "павел": ("Паша",),
    "роман": ("Рома",),
    "светлана": ("Света",),
    "семён": ("Сеня",),
    "сергей": ("Серёжа", "Сережа", "Серёга", "Серега"),
    "софья": ("Соня",),
    "софия": ("Соня",),
    "станислав": ("Стас",),
    "степан": ("Стёпа",),
    "татьяна": ("Таня",),
    "фёдор": ("Федя",),
    "юлия": ("Юля",),
    "юрий": ("Юра",),
    "ярослав": ("Слава",),
}
"""Full Russian first names and the short forms people write for them."""


GIVEN_NAMES = frozenset(
    {*_SHORT, *(form.casefold() for forms in _SHORT.values() for form in forms)}
    | set(
        "полина тамара ольга елена наталья татьяна ирина светлана юлия марина вера нино алина"
        " карина дина лев яков софия милана арина диана кира ева роман олег игорь денис".split()
    )
)
"""Russian given names (full and short, folded): a word of a "Фамилия Имя" title that is one."""


_MASCULINE_IN_A = frozenset(
    "гена гоша данила никита илья толя боря валера жора сева лёва лева петя савва фома лука витя"
    " саня".split()
)
"""Men's names that end in -а or -я, as most women's do, and are not the short form of a full
name in the table above."""


@cache
def _table_genders() -> dict[str, str]:
    """The gender of each name in the short-forms table, full or short ("" for "Саша", "Женя",
    which are both)."""
    found: dict[str, set[str]] = {}
    for full, forms in _SHORT.items():
        gender = "f" if full.endswith(("а", "я")) else "m"
        for name in (full, *forms):
            found.setdefault(name.casefold(), set()).add(gender)
    return {name: genders.pop() if len(genders) == 1 else "" for name, genders in found.items()}


def name_gender(name: str) -> str:
    """The gender of a Russian given name: "m", "f", or "" for one that is both ("Саша"):
    "Костя" and "Лёха" are men's, "Лена" a woman's, a name that ends in a consonant a man's."""
    folded = name.casefold()
    known = _table_genders().get(folded)
    if known is not None:
        return known
    return "m" if folded in _MASCULINE_IN_A or not folded.endswith(("а", "я")) else "f"


def short_forms(first_name: str) -> tuple[str, ...]:
    """The short forms of a Russian first name ("Дмитрий": "Дима", "Димон"); none for a name
    the table does not know, or one already short."""
    return _SHORT.get(first_name.casefold(), ())


_NAME_WORD = re.compile(r"[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)?")


def heading_name(note: Note) -> str | None:
    """The name a contact's note gives in its top heading where it differs from the note's
    title ("# Дима Захаров" in "Дмитрий Захаров.md"): two or three capitalised words sharing
    the title's last word, else None."""
    top = next((s for s in note.sections if s.level == 1 and s.heading), None)
    if top is None:
        return None
    words = top.heading.split()
    title = note.title.split()
    if not 2 <= len(words) <= 3 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return None
    if top.heading == note.title or not title or words[-1] != title[-1]:
        return None  # the title itself, or another person's name
    return top.heading


_NICKNAME = re.compile(r"\((?P<nick>[A-ZА-ЯЁ][a-zа-яё]{2,})\)")


def heading_nicknames(note: Note) -> tuple[str, ...]:
    """The names a contact's top heading gives in brackets ("# Лена Ковалёва (Ленка)", "#
    Максим (Макс) Зуев"): what the owner calls them, where they are a form of the first name
    (not a company's, "# Priya Shah (Google)", nor a role, "(Recruiter)")."""
    top = next((s for s in note.sections if s.level == 1 and s.heading), None)
    if top is None or len(top.heading) > 60:
        return ()
    first = (top.heading.split() or [""])[0].casefold()
    return tuple(
        found["nick"]
        for found in _NICKNAME.finditer(top.heading)
        if found["nick"][:2].casefold()
        in {first[:2], *(s[:2].casefold() for s in cyrillic_spellings(first))}
        or found["nick"] in short_forms(first)  # "Ленка" of Лена, "Оля" of Olga; not "(Яндекс)"
    )
