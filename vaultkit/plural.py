"""Numbers with the noun forms that agree with them, in English and Russian."""

from __future__ import annotations


def counted(number: int, *forms: str) -> str:
    """`number` and the noun form that goes with it: two forms follow English (1 note, 2
    notes), three follow Russian (1 день, 2 дня, 5 дней; 21 день, 12 дней)."""
    if len(forms) == 2:
        return f"{number} {forms[0] if number == 1 else forms[1]}"
    if len(forms) != 3:
        raise ValueError("counted takes two forms (English) or three (Russian)")
    last, last_two = abs(number) % 10, abs(number) % 100
    if last == 1 and last_two != 11:
        return f"{number} {forms[0]}"
    if 2 <= last <= 4 and not 12 <= last_two <= 14:
        return f"{number} {forms[1]}"
    return f"{number} {forms[2]}"
