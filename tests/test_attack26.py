"""Cases a sixth attacker built against the session's rules (kept in tests/vaults/attack26/):
company notes that are no application (a target list, a former employer, a status that is a
to-do, a visa "подала"), Python versions "- 3.10" read as days, a word of one letter after a
name read as an initial, common words read as short names ("Люди", "Слава богу", "Тема
созвона", dictated "жене", "без света", "ели"), a gloss naming someone else, a post seen in
Telegram, decisions misread ("not in a position to offer more than", "unable to offer
relocation", "сегодня не можем продолжить", another candidate's rejection under the company's
heading), last year's Yandex swallowing this year's Яндекс, a friend's final and a final called
off moving a process, "Purchased", "got chased by", "пнула себя" as follow-ups, "Not chasing
again." about a company or one role, a thank-you settled by a sighting. Each is what Due
contacts lists now, checked against the attacker's key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import due_in_kept_case

TODAY = date(2026, 12, 6)
KEPT = Path(__file__).parent / "vaults" / "attack26"

CASES: dict[str, set[tuple[str, str, date]]] = {
    "cannot_continue_today": {("follow_up", "Ксения Павлова", date(2026, 12, 1))},
    "chased_me": {("follow_up", "Callum Reid", date(2026, 12, 2))},
    "company_status_hr_todo": {("reach_out", "Артем Быстров", date(2027, 1, 1))},
    "crm_target": set(),
    "dictated_common_words": {
        ("reach_out", "Артем Быстров", date(2026, 10, 25)),
        ("reach_out", "Светлана Котова", date(2026, 11, 5)),
    },
    "dictated_wife_people": {
        ("reach_out", "Евгений Соколов", date(2026, 10, 31)),
        ("reach_out", "Людмила Орлова", date(2026, 11, 14)),
    },
    "eli_eaten": {("reach_out", "Eli Cohen", date(2026, 11, 20))},
    "email_unable_to_offer_relocation": {("follow_up", "Inês Costa", date(2026, 11, 24))},
    "former_employer": set(),
    "gloss_other_person": {
        ("reach_out", "Дмитрий Смирнов", date(2026, 12, 10)),
        ("reach_out", "Маша Иванова", date(2026, 10, 20)),
    },
    "heading_other_withdrawal": {("follow_up", "Elena Georgiou", date(2026, 11, 25))},
    "initial_preposition": {
        ("reach_out", "Kasia Nowak", date(2026, 12, 23)),
        ("reach_out", "Анастасия Ли", date(2026, 12, 23)),
    },
    "negotiation_not_in_position": set(),
    "not_chasing_company_in_friend_note": {("reach_out", "Jo Whitfield", date(2026, 11, 2))},
    "not_chasing_one_role": {("follow_up", "Rachel Moore", date(2026, 12, 4))},
    "people_word_lyudi": {("reach_out", "Людмила Орлова", date(2026, 11, 14))},
    "pnula_sebya": {("follow_up", "Вера Горина", date(2026, 11, 25))},
    "podala_visa": {("reach_out", "Оля Кузнецова", date(2026, 12, 28))},
    "purchased_substring": {("follow_up", "Callum Reid", date(2026, 12, 1))},
    "python_versions": {
        ("follow_up", "Вера Горина", date(2026, 11, 13)),
        ("reach_out", "Паша Ковалёв", date(2026, 10, 14)),
    },
    "round_ahead_cancelled": set(),
    "round_ahead_friend": {("follow_up", "Марина Волкова", date(2026, 11, 19))},
    "sasha_female": {  # "ответ будет через неделю" after the round of 20.11: asked after it
        ("follow_up", "Александр Петров", date(2026, 11, 30))
    },
    "slava_bogu_tema": {
        ("reach_out", "Артем Лаптев", date(2026, 11, 2)),
        ("reach_out", "Вячеслав Гусев", date(2026, 10, 31)),
    },
    "sofia_city": {("reach_out", "Sofija Marković", date(2026, 11, 14))},
    "telegram_post_seen": {("reach_out", "Аня Белова", date(2026, 11, 10))},
    "thankyou_settled_by_linkedin_sighting": {("thank_you", "Ingrid Solberg", date(2026, 12, 4))},
    "yandex_old_and_new": {("follow_up", "Ирина Лис", date(2026, 11, 27))},
    # "- 9.10 созвон с [[Аня Белова|Аней]]" in a day's note beside "- 8.40 вышла" and "- 9.50
    # кофе": a time with a dot, so a talk that day (3 Dec; until the eighteenth session, none)
    "zz_preexisting_time_dots": {("reach_out", "Аня Белова", date(2026, 12, 17))},
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAY) == CASES[case]
