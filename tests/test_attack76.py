"""Cases an attacker built against the thirty-fourth session's change (kept in
tests/vaults/attack76/, each a small vault): the owner's own letters in code fences or between
"---" lines, letters a contact "signs" with a line opening with their name, a friend's
recommendation, an agency's relay, a cold pitch; lines tagged #fb about a flatmate's interview;
notes whose title or tags name a company (a side project, a prep note, a friend's debrief);
bullets under a logged call that are the owner's pitch, a plan, another candidate; "ring" and
"phone" inside words, names after a comma or a possessive; tasks linking one contact and
addressed to another; "not replying yet"; #writer contacts; "сказали нет" of remote work;
"heard nothing but good things"; a portfolio review with a mentor; a round that links another
application. Each case holds what Due contacts lists and the feedback read; those still read
wrong are named."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import cases_held_or_named, due_in_kept_case, feedback_of_case

KEPT = Path(__file__).parent / "vaults" / "attack76"
TODAY = date(2026, 12, 7)

DUE: dict[str, set[tuple[str, str, date]]] = {
    # Process: Northwind final 2026-12-02, pending (decision by 2026-12-11).
    "02_own_letter_fenced_in_contact": {("follow_up", "Tom Price", date(2026, 12, 8))},
    # Process: Northwind final 2026-12-02, pending; decision by 2026-12-11.
    "03_owner_letter_names_contact_line": {("follow_up", "Tom Price", date(2026, 12, 9))},
    # Processes: none with a note (Monzo pairing round told only in Hope's note).
    "04_hope_signoff": set(),
    # Feedback: NONE (owner's letter; "Will send the two references" is the owner's sentence, not
    "05_will_line": {("first_touch", "Will Turner", date(2026, 12, 7))},
    # Feedback: NONE — письмо написала владелица (подпись «Анна»); строка «Январь у меня свободен»
    "06_yan_ru_january": set(),
    # Processes: none.
    "07_friend_recommendation_signed": set(),
    # Process: Brightwater first round 2026-11-19, passed (final panel next).
    "08_agency_letter_client": {("follow_up", "Declan Murphy", date(2026, 11, 26))},
    # Process: Monzo screen 2026-12-01, pending.
    "09_fb_friend_interview_inbox": {("promise", "Ben Carter", date(2026, 12, 7))},
    # Process: Figma screen 2026-11-30, pending (next round TBC).
    "11_title_names_company_side_project": {
        ("follow_up", "Interviews/2026-11-30 Figma portfolio screen.md", date(2026, 12, 3))
    },
    # Process: Monzo system design on 2026-12-09 (upcoming).
    "12_prep_note_mock_feedback": {
        ("prepare", "Interviews/2026-12-09 Monzo system design.md", date(2026, 12, 6))
    },
    # Process: Webflow HM call 2026-12-01; portfolio presentation 2026-12-10.
    "13_tag_names_company_portfolio": {
        ("follow_up", "Interviews/2026-12-01 Webflow HM call.md", date(2026, 12, 4))
    },
    # Process: Cleo screen 2026-11-25 passed; tech round 2026-12-10.
    "14_coffee_ex_company_title": {
        ("follow_up", "Interviews/2026-11-25 Cleo screen.md", date(2026, 11, 30))
    },
    # Process: Vistula Pay screen 2026-12-01, pending.
    "15_call_entry_owner_pitch": {("follow_up", "Anna Kowalska", date(2026, 12, 9))},
    # Process: Vistula Pay screen 2026-12-01 (passed, tech round being arranged).
    "16_call_entry_prep_questions": {("follow_up", "Anna Kowalska", date(2026, 12, 10))},
    # Process: Stripe system design 2026-11-26, rejected (told 12-03).
    "17_call_heading_look_into": {("follow_up", "Aoife Byrne", date(2026, 12, 8))},
    # Процесс: Озон техсобес 2026-11-27, отказ (02.12).
    "18_call_ru_pochitat_quotes": {("follow_up", "Мария Лебедева", date(2026, 12, 7))},
    # Processes: Monzo (Data Engineer), applied 2026-11-16, screen done, pending; Wise (Product An
    "19_app_title_role_first": set(),
    # Processes: Semrush (applied 2026-11-05, waiting); Acme Analytics final 2026-12-03 (company "
    "20_round_links_other_application": {
        ("follow_up", "Interviews/2026-12-03 Acme final.md", date(2026, 12, 8))
    },
    # Processes: NONE (a mentoring session, not a hiring round).
    "21_portfolio_review_mentor_meeting": {("promise", "Dana Whitfield", date(2026, 12, 11))},
    # Processes: NONE (the owner reviews candidates' take-homes at their own employer).
    "22_takehome_review_my_team": set(),
    # Due for Olga: promise — call her Wed 2026-12-09 to negotiate; and answer the offer by Friday
    "26_dont_reply_yet_task": {
        ("first_touch", "Olga Petrenko", date(2026, 12, 7)),
        ("promise", "Olga Petrenko", date(2026, 12, 7)),
        ("promise", "Olga Petrenko", date(2026, 12, 9)),
    },
    # Due: NOTHING owed to Tom or Sophie — these are errands about things they mentioned (buy head
    "27_ring_phone_inside_words": {
        ("first_touch", "Sophie Lane", date(2026, 12, 7)),
        ("first_touch", "Tom Becker", date(2026, 12, 7)),
    },
    # Due: promise to Ravi (call, 2026-12-08). NOT to Sophie (she is on leave; she is only mention
    "28_and_comma_second_name": {
        ("first_touch", "Ravi Shah", date(2026, 12, 7)),
        ("first_touch", "Sophie Lane", date(2026, 12, 7)),
        ("promise", "Ravi Shah", date(2026, 12, 8)),
    },
    # Due: Ира — написать про тестовое (08.12) и поблагодарить (09.12); Оля — поблагодарить за инт
    "29_and_ru_comma": {
        ("first_touch", "Ирина Смирнова", date(2026, 12, 7)),
        ("first_touch", "Ольга Кузнецова", date(2026, 12, 7)),
        ("promise", "Ирина Смирнова", date(2026, 12, 8)),
        ("promise", "Ирина Смирнова", date(2026, 12, 9)),
        ("promise", "Ольга Кузнецова", date(2026, 12, 9)),
    },
    # Due: promise to Anna Kowalska (thank her for the intro, coffee) 2026-12-09. Nothing to Piotr
    "30_own_note_task_links_other": {
        ("first_touch", "Anna Kowalska", date(2026, 12, 7)),
        ("first_touch", "Piotr Nowak", date(2026, 12, 7)),
        ("promise", "Anna Kowalska", date(2026, 12, 9)),
    },
    # Due: promise to Anna Kowalska (thank for the intro) 2026-12-09; nothing to Piotr (only linke
    "31_daily_task_links_other": {
        ("first_touch", "Anna Kowalska", date(2026, 12, 7)),
        ("first_touch", "Piotr Nowak", date(2026, 12, 7)),
        ("promise", "Anna Kowalska", date(2026, 12, 9)),
    },
    # Due for Ben: promise "send the Monzo referral form" 2026-12-09 (inbox, dated).
    "32_inbox_distinct_task_dropped": {
        ("first_touch", "Ben Carter", date(2026, 12, 7)),
        ("promise", "Ben Carter", date(2026, 12, 7)),
        ("promise", "Ben Carter", date(2026, 12, 9)),
    },
    # Contacts: Mia Chen (Figma; a technical WRITER by job, who referred the owner), Lena Ross (an
    "33_writer_tag_real_contact": {
        ("first_touch", "Lena Ross", date(2026, 12, 7)),
        ("promise", "Lena Ross", date(2026, 12, 9)),
        ("promise", "Mia Chen", date(2026, 12, 8)),
        ("reply", "Mia Chen", date(2026, 12, 3)),
    },
    # Процесс: Тинькофф финал 2026-12-01 -> ОФФЕР (04.12); ответ владелицы до 11.12. НЕ отказ.
    "35_skazali_net_ru": set(),
    # Process: Deliveroo final 2026-12-02 -> OFFER (04.12); owner owes the answer by 2026-12-09. T
    "37_heard_nothing_dated_line": {("answer_offer", "Kate Moss", date(2026, 12, 9))},
    # Process: Bolt tech 2026-11-30.
    "38_details_below_dropped": {
        ("follow_up", "Interviews/2026-11-30 Bolt tech.md", date(2026, 12, 3))
    },
    # Due: REPLY owed to Anna Schmidt (her LinkedIn message of 2026-12-04, "haven't replied yet";
    "39_greets_same_first_name": {("reply", "Anna Schmidt", date(2026, 12, 4))},
    # Due: REPLY owed to Jo Park (her message of 2026-12-03 greeting the owner Jonas; "haven't rep
    "40_greets_name_prefix": {("reply", "Jo Park", date(2026, 12, 3))},
    # Процесс: Авито финал 2026-12-02, ждём ответ до 10.12.
    "41_thumbs_pros_cons_company": {
        ("follow_up", "Собесы/2026-12-02 Авито финал.md", date(2026, 12, 7))
    },
    # Process: Northwind tech 2026-11-27, rejected 12-02.
    "42_checkmark_feedback_requested": {("follow_up", "Tom Price", date(2026, 12, 2))},
    # Contacts: Declan Murphy only. "LinkedIn profile draft" is the owner's own profile note — no
    "43_current_company_profile_note": {("first_touch", "Declan Murphy", date(2026, 12, 7))},
    # Process: Monzo HM interview 2026-12-02, pending; the contact for it is Tom Becker (the HM; n
    "45_unrelated_recruiter_friend_chosen": {("follow_up", "Tom Becker", date(2026, 12, 7))},
    # Process: Monzo screen 2026-12-02 (the note declares its type in a Dataview metadata list), p
    "46_item_field_is_note_type": {
        ("follow_up", "Job search/Monzo backend screen.md", date(2026, 12, 7))
    },
    # Feedback: NONE — the section is the owner's own follow-up mail (self-assessment), not Bolt's
    "47_mail_about_rejection_heading": set(),
    # Фидбек: НЕТ — между --- письмо самой владелицы Ивану (подпись «Анна»), её самооценка.
    "49_ru_dashes_own_letter": set(),
    # Feedback: if read at all, Monzo's ([improvement] system design too shallow; [strength] commu
    "50_fenced_chat_friend": set(),
    # Процесс: Озон скрининг 2026-12-01 пройден; техсобес 10.12.
    "51_ru_call_entry_company_opinion": {("follow_up", "Мария Лебедева", date(2026, 12, 9))},
    # Process: Monzo final 2026-11-28, pending.
    "52_fb_line_two_companies": {
        ("first_touch", "Ravi Shah", date(2026, 12, 7)),
        ("follow_up", "Interviews/2026-11-28 Monzo final.md", date(2026, 12, 2)),
    },
    # Process: Monzo system design 2026-12-09 upcoming.
    "53_fb_mock_by_friend_at_company": {
        ("first_touch", "Ravi Shah", date(2026, 12, 7)),
        ("prepare", "Interviews/2026-12-09 Monzo system design.md", date(2026, 12, 6)),
    },
    # Процессы: НЕТ (встреча с подругой, не этап найма).
    "54_ru_portfolio_review_friend": {("promise", "Катя Орлова", date(2026, 12, 11))},
    # Due: NO reply owed by the owner (the quoted message is the owner's to Jovana; Jovana hasn't
    "55_greets_owner_message_ok": set(),
    # Process: Vistula Pay screen 2026-12-01 passed.
    "56_call_entry_other_candidate": {("follow_up", "Anna Kowalska", date(2026, 12, 9))},
    # Feedback: NONE — a recruiter's cold pitch, no assessment of the owner in a process.
    "57_signed_cold_pitch": set(),
    # Due for Ben: TWO promises — send availability (undated, due now) and send the signed NDA (20
    "58_company_note_task_dropped": {
        ("first_touch", "Ben Carter", date(2026, 12, 7)),
        ("promise", "Ben Carter", date(2026, 12, 7)),
        ("promise", "Ben Carter", date(2026, 12, 8)),
    },
    # Processes: none with its own note (the daily note and Ewa's note are not interviews).
    "59_daily_item_type_interview": {
        ("prepare", "Companies/Szybko.md", date(2026, 12, 7)),
        ("promise", "Ewa Kamińska", date(2026, 12, 8)),
    },
    # Due: promise to Ravi (tell him about the accepted offer, 2026-12-09). NOT to Sophie — the ta
    "60_and_possessive_manager": {
        ("first_touch", "Ravi Shah", date(2026, 12, 7)),
        ("first_touch", "Sophie Lane", date(2026, 12, 7)),
        ("promise", "Ravi Shah", date(2026, 12, 9)),
    },
    # Due: NOTHING for Мария — the owner stopped writing on 12-01 ("больше не пишу").
    "61_stop_with_day_link": set(),
    # Process: Bolt HM 2026-12-02, pending; whom to write: Katya (the agency recruiter who carries
    "62_agency_recruiter_no_company": {("follow_up", "Marek Tamm", date(2026, 12, 7))},
    # Process: Monzo screen 2026-12-01 passed.
    "63_fleeting_title_friend_debrief": {
        ("follow_up", "Interviews/2026-12-01 Monzo screen.md", date(2026, 12, 4))
    },
}

FEEDBACK: dict[str, set[tuple[str, str]]] = {
    "02_own_letter_fenced_in_contact": set(),
    "03_owner_letter_names_contact_line": set(),
    "04_hope_signoff": set(),
    "05_will_line": set(),
    "06_yan_ru_january": set(),
    "07_friend_recommendation_signed": set(),
    "08_agency_letter_client": {
        ("improvement", "she felt your GLM answers were a bit slo"),
        ("strength", "Orla really liked your claims modelling "),
        ("strength", "They'd like you back for the final panel"),
    },
    "09_fb_friend_interview_inbox": set(),
    "11_title_names_company_side_project": set(),
    "12_prep_note_mock_feedback": set(),
    "13_tag_names_company_portfolio": set(),
    "14_coffee_ex_company_title": set(),
    "15_call_entry_owner_pitch": set(),
    "16_call_entry_prep_questions": set(),
    "17_call_heading_look_into": {
        ("improvement", "system design answer on event sourcing w"),
        ("strength", 'coding round was "solid, clean, good tes'),
        ("strength", "stack questions: they liked my Postgres "),
    },
    "18_call_ru_pochitat_quotes": {
        ("improvement", "по Kafka ответы слабые, посоветовала поч"),
        ("strength", "алгоритмы решила хорошо, код чистый"),
    },
    "19_app_title_role_first": set(),
    "20_round_links_other_application": set(),
    "21_portfolio_review_mentor_meeting": set(),
    "22_takehome_review_my_team": set(),
    "26_dont_reply_yet_task": set(),
    "27_ring_phone_inside_words": set(),
    "28_and_comma_second_name": set(),
    "29_and_ru_comma": set(),
    "30_own_note_task_links_other": set(),
    "31_daily_task_links_other": set(),
    "32_inbox_distinct_task_dropped": set(),
    "33_writer_tag_real_contact": set(),
    "35_skazali_net_ru": set(),
    "37_heard_nothing_dated_line": set(),
    "38_details_below_dropped": {
        ("improvement", "Recruiter: strong on SQL, weak on produc"),
        ("improvement", "product case: didn't define a success me"),
    },
    "39_greets_same_first_name": set(),
    "40_greets_name_prefix": set(),
    "41_thumbs_pros_cons_company": set(),
    "42_checkmark_feedback_requested": set(),
    "43_current_company_profile_note": set(),
    "45_unrelated_recruiter_friend_chosen": set(),
    "46_item_field_is_note_type": set(),
    "47_mail_about_rejection_heading": set(),
    "49_ru_dashes_own_letter": set(),
    "50_fenced_chat_friend": set(),
    "51_ru_call_entry_company_opinion": {
        ("improvement", "я честно сказала, что алгоритмы — моё сл"),
    },
    "52_fb_line_two_companies": {
        ("improvement", "thought I was vague on on-call"),
        ("strength", "Ravi had drinks with the Monzo HM: she l"),
    },
    "53_fb_mock_by_friend_at_company": set(),
    "54_ru_portfolio_review_friend": set(),
    "55_greets_owner_message_ok": set(),
    "56_call_entry_other_candidate": set(),
    "57_signed_cold_pitch": set(),
    "58_company_note_task_dropped": set(),
    "59_daily_item_type_interview": set(),
    "60_and_possessive_manager": set(),
    "61_stop_with_day_link": set(),
    "62_agency_recruiter_no_company": set(),
    "63_fleeting_title_friend_debrief": set(),
}

KNOWN_WRONG = {
    "01_own_letter_fenced_in_interview",  # the owner's fenced letter in an interview note: read
    "10_fb_owner_feedback_to_them",  # "Rejected on 2 Dec" in prose: no rejection read
    "23_gloss_nickname",  # "Alexandra Ivanova (Sasha)": "call Sasha" is to no one
    "24_gloss_two_annas",  # "send Anna (Wise) my portfolio": promised to both Annas
    "34_they_said_no_to_remote",  # `status: offer — they said no to full remote`: no offer
    "48_of_course_letter_line",  # "Of course, … a real strength, but …": one item, not two
}


@pytest.mark.parametrize("case", sorted(DUE))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAY) == DUE[case]


@pytest.mark.parametrize("case", sorted(FEEDBACK))
def test_the_feedback_read(tmp_path: Path, case: str) -> None:
    assert feedback_of_case(tmp_path, KEPT / case, TODAY) == FEEDBACK[case]


def test_every_kept_case_is_held_or_named() -> None:
    assert cases_held_or_named(KEPT, DUE, KNOWN_WRONG)
