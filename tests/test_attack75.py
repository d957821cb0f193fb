"""Cases a second attacker built against the whole of the thirty-third session's change (kept
in tests/vaults/attack75/, each a small vault): the owner's chat replies ("me: sure, I'll be
there"), a weekend just past, a reply owed beside a gift task, a check-in beside "update CV per
Kate's comments"; quote callouts of a team's description, a founder's interview, a friend's
mock; template letters and a passed round's praise against "feedback received"; a hand-over
line with its remark; a wrapped e-mail; "Hannah said thanks"; a male owner's weekly notes that
open with others' verbs; a recruiter's note that keeps the whole process; calls that are the
owner's own hiring, a friend's tips, a conference panel; prose promises beside other tasks;
quotes the owner wrote down; a survey to fill in; stops followed by another way to try. Each
case holds what Due contacts lists and the feedback read; those still read wrong are named."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import cases_held_or_named, due_in_kept_case, feedback_of_case

KEPT = Path(__file__).parent / "vaults" / "attack75"
TODAY = date(2026, 12, 7)

DUE: dict[str, set[tuple[str, str, date]]] = {
    # "me: sure, I'll be there" accepts the slot: no promise owed to Hannah, no reply owed.
    "02_me_ill_be_there_no_question": {("prepare", "Hannah Reeves", date(2026, 12, 7))},
    # Обещание дано на прошедших выходных (28-29.11), записано во вт 01.12: скинуть Лене вакансию.
    "04_na_vyhodnyh_past_weekend_dated": {("promise", "Лена Соколова", date(2026, 12, 1))},
    # Promise made over the past weekend, logged Mon 2026-12-07: send Tom my CV for the referral.
    "04b_over_the_weekend_en_dated": {("promise", "Tom Hughes", date(2026, 12, 7))},
    # Аня 03.12 спросила про ожидания по зп и срок выхода — ответа в логе нет.
    "05_reply_owed_vs_birthday_task": {
        ("promise", "Аня Белова", date(2026, 12, 10)),
        ("reply", "Аня Белова", date(2026, 12, 3)),
        ("special_date", "Аня Белова", date(2026, 12, 12)),
    },
    # Monthly cadence, last talk 2026-10-22 -> check-in with Kate due ~2026-11-21 (overdue).
    "06_checkin_vs_update_cv_task": {
        ("promise", "Kate Morgan", date(2026, 12, 9)),
        ("reach_out", "Kate Morgan", date(2026, 11, 21)),
    },
    # Цитата основателя из интервью vc.ru — это не фидбек мне.
    "08_company_note_founder_quote": set(),
    # Цитата основателя (интервью vc.ru) — не фидбек.
    "09_company_process_founder_quote_request_fb": {
        ("request_feedback", "Ира Котова", date(2026, 12, 5))
    },
    # Шаблонное письмо, причин нет ("сильный специалист, но выбрали другого") — попросить фидбек:
    "10_template_letter_compliment": {("request_feedback", "Юля Маркова", date(2026, 12, 4))},
    # Template rejection, no real reasons -> request_feedback Megan Ortiz ~12/4.
    "11_en_template_rejection_company_note": {
        ("request_feedback", "Megan Ortiz", date(2026, 12, 4))
    },
    # Фидбек: "не хватило опыта с Kafka" (improvement). Вступление "Передаю фидбек от техлида" сам
    "12_peredayu_fidbek_with_remark": set(),
    # Feedback: "not enough depth on distributed systems" (improvement). Due: nothing (feedback re
    "13_heres_feedback_en_oneliner": set(),
    # Feedback: + backend background solid (strength); − wanted deeper practical Kubernetes and Te
    "15_hard_wrapped_email_capital_tech": set(),
    # Dec 5: Hannah told me I passed to the final; "Hannah said thanks" is hers, I have not thanke
    "16_she_said_thanks_not_mine": {("thank_you", "Hannah Reeves", date(2026, 12, 5))},
    # Процесс Купер: отказ 04.12 (причина: искали более сеньорного — это фидбек).
    "18_company_note_log_tags_sobes": set(),
    # Это я провожу собеседование стажёра (по работе), не мой раунд и не фидбек мне.
    "20_sozvony_owner_interviews_intern": set(),
    # A call with a friend about how Stripe interviews go — not a round of mine (I have not applie
    "21_calls_friend_referral_interview_tips": set(),
    # Процесс Ozon: отказ 05.12 с фидбеком. Заметка в Созвоны — календарная карточка того же техсо
    "22_calendar_call_note_duplicates_round": {("thank_you", "Аня Белова", date(2026, 12, 5))},
    # Итог Авито — оффер (ответ до 14.12). "Ozon на холде" — про другой процесс.
    "23_offer_other_company_na_holde": {("answer_offer", "Рома Гусев", date(2026, 12, 14))},
    # The task is put off to after the final, with its day: ask Omar about the salary band on 12/1
    "24_ask_no_dont_until_dated": {
        ("prepare", "Omar Haddad", date(2026, 12, 7)),
        ("promise", "Omar Haddad", date(2026, 12, 11)),
    },
    # "гост. всё." написано наверху про старую историю; 03.12 Аня сама вернулась и задала вопрос.
    "25_gost_vse_top_then_she_returns": {("reply", "Аня Белова", date(2026, 12, 3))},
    # Олег только упомянут в разговоре с Катей — я с ним не общался с 15.10.
    "26_yearless_mention_not_talk": {("reach_out", "Олег Смирнов", date(2026, 11, 14))},
    # С Олегом я не общался с 15.10: Катя его видела и передала привет.
    "27_yearless_kate_saw_oleg": {("reach_out", "Олег Смирнов", date(2026, 11, 14))},
    # Оффер в Ozon получил Дима, не я. Мой финал 27.11 — жду решения.
    "28_yearless_friend_offer_same_company": {("follow_up", "Аня Белова", date(2026, 12, 2))},
    # Отказ из Ozon пришёл Лене (её слова в её заметке), не мне. Мой финал 27.11 — жду.
    "29_yearless_friend_chat_rejection": {("follow_up", "Аня Белова", date(2026, 12, 2))},
    # Два разных дела: (1) моё обещание 02.12 — скинуть Кате контакт рекрутера Авито до среды (09.
    "30_prose_promise_vs_task_two_words": {
        ("promise", "Катя Орлова", date(2026, 12, 9)),
        ("promise", "Катя Орлова", date(2026, 12, 10)),
    },
    # Two different things for Kate, both due Fri 12/4: the promised Stripe posting (from 11/30) a
    "31_prose_promise_vs_same_day_other_task": {
        ("promise", "Kate Morgan", date(2026, 12, 4)),
        ("promise", "Kate Morgan", date(2026, 12, 4)),
    },
    # Three quoted remarks from Jordan's debrief: + clean coding; − rushed system design / skipped
    "32_quotes_led_by_what_i_wrote_down": set(),
    # Два замечания тимлида: + хорошо структурирует ответы; − не хватило глубины в Kafka.
    "33_quotes_led_by_ya_zapisala_ru": set(),
    # Цитата — фидбек друга Лёши на моке, не Ozon. Фидбека от Ozon нет, жду решения.
    "34_mock_callout_in_interview_prep": {("follow_up", "Аня Белова", date(2026, 12, 8))},
    # Владелец решил больше не писать Игорю; "попробую через знакомых" — другой путь.
    "37_stop_then_poprobuyu_other_way": set(),
    # "Not chasing again." — I stop writing to Greg; trying the careers page is another route, not
    "38_not_chasing_again_try_referral": set(),
    # "Кого поздравить" — список дат ДР (план), не лог разговоров. С Олегом (10.10) и Олей (05.10)
    "40_yearless_congrats_list_not_titled_birthdays": {
        ("reach_out", "Олег Петров", date(2026, 11, 9)),
        ("reach_out", "Оля Смирнова", date(2026, 11, 4)),
    },
    # A conference panel I attended, not an interview. Expected: no process; no "any news?" follow
    "41_meetings_devfest_panel": set(),
    # Callout = Hannah explaining the process and the HM, not feedback. Screen passed; take-home s
    "42_callout_recruiter_next_steps": {("follow_up", "Hannah Reeves", date(2026, 12, 1))},
    # "Impressions" are mine about them, not feedback. Passed to the final, no slots yet since 11/
    "43_impressions_section_passed_process": {("follow_up", "Omar Haddad", date(2026, 12, 2))},
    # Passed to the final 11/26 with a word of praise; final slots promised but not sent since.
    "44_passed_with_quoted_praise_no_slots": {("follow_up", "Omar Haddad", date(2026, 11, 30))},
    # Onsite 12/1, waiting, no date given for their decision. The survey task is mine (feedback I
    "45_feedback_survey_task_delays_followup": {("follow_up", "Nina Park", date(2026, 12, 4))},
    # "дальше → финал?" — надежда, не решение: жду ответа, Рома обещал до 04.12.
    "46_dalshe_final_question": {("follow_up", "Рома Гусев", date(2026, 12, 7))},
    # Аня — рекрутер Ozon (заметка в папке компании, роль помечена тегом в пункте списка).
    "47_company_folder_person_tag_in_bullet": {("reply", "Аня Белова", date(2026, 12, 3))},
    # "I'll submit the referral tomorrow" is Kate's promise, not mine.
    "48_she_told_me_colon_ill": set(),
    # Task written Mon 12/7 about last weekend's dinner: due today (12/7), not next Sunday.
    "49_task_thank_for_weekend_dinner": {("promise", "Tom Hughes", date(2026, 12, 7))},
    # Скрининг Revolut 24.11; карточка Revolut в колонке "Отказ" — процесс закрыт.
    "50_sozvony_round_board_decides": set(),
}

FEEDBACK: dict[str, set[tuple[str, str]]] = {
    "02_me_ill_be_there_no_question": set(),
    "04_na_vyhodnyh_past_weekend_dated": set(),
    "04b_over_the_weekend_en_dated": set(),
    "05_reply_owed_vs_birthday_task": set(),
    "06_checkin_vs_update_cv_task": set(),
    "08_company_note_founder_quote": set(),
    "09_company_process_founder_quote_request_fb": set(),
    "10_template_letter_compliment": set(),
    "11_en_template_rejection_company_note": {
        ("improvement", "Unfortunately, we've decided to move for"),
        ("strength", "Your technical skills are impressive, an"),
    },
    "12_peredayu_fidbek_with_remark": {
        ("improvement", "Передаю фидбек от техлида: не хватило оп"),
    },
    "13_heres_feedback_en_oneliner": {
        ("improvement", "Here's the feedback from the panel: not "),
    },
    "15_hard_wrapped_email_capital_tech": {
        ("improvement", "they wanted deeper practical Kubernetes "),
        ("strength", "The team felt your background in backend"),
    },
    "16_she_said_thanks_not_mine": set(),
    "18_company_note_log_tags_sobes": {
        ("improvement", "искали более сеньорного #отказ"),
    },
    "20_sozvony_owner_interviews_intern": set(),
    "21_calls_friend_referral_interview_tips": set(),
    "22_calendar_call_note_duplicates_round": {
        ("improvement", "не хватило опыта с highload"),
    },
    "23_offer_other_company_na_holde": set(),
    "24_ask_no_dont_until_dated": set(),
    "25_gost_vse_top_then_she_returns": set(),
    "26_yearless_mention_not_talk": set(),
    "27_yearless_kate_saw_oleg": set(),
    "28_yearless_friend_offer_same_company": set(),
    "29_yearless_friend_chat_rejection": set(),
    "30_prose_promise_vs_task_two_words": set(),
    "31_prose_promise_vs_same_day_other_task": set(),
    "32_quotes_led_by_what_i_wrote_down": {
        ("improvement", "the team felt you'd need more time to ra"),
        ("strength", "you rushed the system design and skipped"),
        ("strength", "your coding round was really clean, best"),
    },
    "33_quotes_led_by_ya_zapisala_ru": {
        ("improvement", "вам не хватило глубины в Kafka и гаранти"),
        ("strength", "ты очень хорошо структурируешь ответы"),
    },
    "34_mock_callout_in_interview_prep": set(),
    "37_stop_then_poprobuyu_other_way": set(),
    "38_not_chasing_again_try_referral": set(),
    "40_yearless_congrats_list_not_titled_birthdays": set(),
    "41_meetings_devfest_panel": set(),
    "42_callout_recruiter_next_steps": set(),
    "43_impressions_section_passed_process": set(),
    "44_passed_with_quoted_praise_no_slots": {
        ("strength", "the panel loved your SQL, very clean"),
    },
    "45_feedback_survey_task_delays_followup": set(),
    "46_dalshe_final_question": set(),
    "47_company_folder_person_tag_in_bullet": set(),
    "48_she_told_me_colon_ill": set(),
    "49_task_thank_for_weekend_dinner": set(),
    "50_sozvony_round_board_decides": set(),
}

KNOWN_WRONG = {
    "01_me_sure_ill_be_there",  # "me: sure, I'll be there" answers a slot: a reply still owed
    "01b_me_sure_ill_be_there_own_line",  # the same on its own line
    "03_na_vyhodnyh_past_weekend",  # "07.12 на выходных были у Лены …, пообещал скинуть": not read
    "07_quote_callout_about_team",  # "> [!quote] Priya, call 12/3" on the team: read as neutral
    "14_tg_paste_lines_fragment",  # "Особенно про шардирование" read as praise, a line apart
    "17_weekly_inverted_verbs_male_owner",  # "- позвонила Лена" in a man's week: read as his
    "19_recruiter_note_only_process_tags",  # a recruiter's note keeping the process: no process
    "19b_recruiter_note_process_tags_company_linked",  # the same, the company linked
    "35_role_quote_drops_request_feedback",  # "no reasons given": no feedback request listed
    "36_result_words_otklik_submitted",  # "итог: отклик" three weeks on: no follow-up
    "39_yearless_friend_round_same_company",  # a friend's "финал в Ozon … 10.12" read as mine
}


@pytest.mark.parametrize("case", sorted(DUE))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAY) == DUE[case]


@pytest.mark.parametrize("case", sorted(FEEDBACK))
def test_the_feedback_read(tmp_path: Path, case: str) -> None:
    assert feedback_of_case(tmp_path, KEPT / case, TODAY) == FEEDBACK[case]


def test_every_kept_case_is_held_or_named() -> None:
    assert cases_held_or_named(KEPT, DUE, KNOWN_WRONG)
