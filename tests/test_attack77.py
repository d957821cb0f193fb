"""Cases a second attacker built against the whole of the thirty-fourth session's change (kept
in tests/vaults/attack77/, each a small vault): letters a friend, a mentor, a newsletter or the
owner signed with a contact's first name; a recruiter who moved on; agencies named "… Talent";
notes titled for a company's alumni call, a final's prep, a rejection retro; an inbox's #fb lines
rating the company; call entries with plans, prep points, a referred friend; "I mentioned …, the
HM said …"; "if nothing by 9.12 … the 2.12 call"; "a coffee with Ravi"; labelled Dataview items
("- Type: [type:: interview]"); glosses "(ex-Google)", "(she-her)", a nickname; "they said no (to
full remote)"; "heard nothing back yet". Each case holds what Due contacts lists and the feedback
read; those still read wrong are named."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import cases_held_or_named, due_in_kept_case, feedback_of_case

KEPT = Path(__file__).parent / "vaults" / "attack77"
TODAY = date(2026, 12, 7)

DUE: dict[str, set[tuple[str, str, date]]] = {
    # Process: Monzo system design 2026-12-02, pending.
    "01_friend_letter_cv_advice": {
        ("follow_up", "Interviews/2026-12-02 Monzo system design.md", date(2026, 12, 7))
    },
    # Process: Monzo screen 2026-12-01 passed; next round unscheduled (maybe follow-up to Anna).
    "03_recruiter_newsletter": {("follow_up", "Anna Kowalska", date(2026, 12, 4))},
    # Owner is Sam. Sam Okafor (Cleo recruiter) wrote to the owner on 2026-12-04 asking about a ca
    "04_greets_owner_same_name": {("reply", "Sam Okafor", date(2026, 12, 4))},
    # Process: Wise onsite 2026-11-30, rejected.
    "05_handed_over_with_remarks": set(),
    # Process: Тинькофф финал 2026-11-27 rejected (letter 03.12).
    "06_pismo_olgi_genitive": {("request_feedback", "Ольга Смирнова", date(2026, 12, 3))},
    # Process: Monzo product case 2026-12-01 passed; next round 2026-12-10 (final).
    "07_call_product_bullet": {("prepare", "Anna Kowalska", date(2026, 12, 7))},
    # Process: Monzo take-home review 2026-12-01 passed, next 2026-12-10.
    "08_call_entry_nested_tasks": {("prepare", "Anna Kowalska", date(2026, 12, 7))},
    # Due: promise/task to Ravi Menon (coffee) 2026-12-09; to Sophie Tran (call about offer) 2026-
    "13_a_coffee_a_call": {
        ("first_touch", "Ravi Menon", date(2026, 12, 7)),
        ("first_touch", "Sophie Tran", date(2026, 12, 7)),
        ("promise", "Ravi Menon", date(2026, 12, 9)),
        ("promise", "Sophie Tran", date(2026, 12, 8)),
    },
    # Due: promise Anna Kowalska 2026-12-10 (day after 9.12 deadline); promise Оля Петрова 2026-12
    "15_if_by_later_date": {
        ("first_touch", "Anna Kowalska", date(2026, 12, 7)),
        ("first_touch", "Оля Петрова", date(2026, 12, 7)),
        ("promise", "Anna Kowalska", date(2026, 12, 10)),
        ("promise", "Оля Петрова", date(2026, 12, 11)),
    },
    # Due: promise Anna Kowalska 2026-12-10 (day after 9.12; 2.12 is a past call, referenced); pro
    "16_if_by_past_ref": {
        ("first_touch", "Anna Kowalska", date(2026, 12, 7)),
        ("first_touch", "Оля Петрова", date(2026, 12, 7)),
        ("promise", "Anna Kowalska", date(2026, 12, 9)),
        ("promise", "Оля Петрова", date(2026, 12, 11)),
    },
    # Due: promise Anna Kowalska 2026-12-10 (day after 9.12). 2.12 is a past call being referenced
    "17_if_nothing_by_past_ref": {
        ("first_touch", "Anna Kowalska", date(2026, 12, 7)),
        ("promise", "Anna Kowalska", date(2026, 12, 10)),
    },
    # Processes: Monzo screen 2026-12-01 passed; Cleo HM 2026-11-28 passed.
    "18_inbox_fb_owner_on_company": {
        ("follow_up", "Interviews/2026-11-28 Cleo HM.md", date(2026, 12, 2)),
        ("follow_up", "Interviews/2026-12-01 Monzo screen.md", date(2026, 12, 4)),
    },
    # Process: Monzo screen 2026-12-01 passed (follow-up due 2026-12-04..07).
    "19_call_with_monzo_alumni": {
        ("follow_up", "Interviews/2026-12-01 Monzo screen.md", date(2026, 12, 4))
    },
    # Process: Monzo HM 2026-12-01 passed, next (final) 2026-12-10.
    "20_final_prep_mentor_feedback": {
        ("first_touch", "Dana Lewis", date(2026, 12, 7)),
        ("prepare", "Interviews/2026-12-01 Monzo HM.md", date(2026, 12, 7)),
    },
    # Process: Monzo onsite 2026-11-27 rejected (via agency recruiter Rob at Northbeam Talent).
    "22_agency_talent_signed_letter": {("request_feedback", "Rob Fitzgerald", date(2026, 11, 27))},
    # Due: promise Ben Carter 2026-12-08 (send CV, in his note); a second, separate task to Ben fr
    "25_distinct_tasks_shared_words": {
        ("first_touch", "Ben Carter", date(2026, 12, 7)),
        ("promise", "Ben Carter", date(2026, 12, 7)),
        ("promise", "Ben Carter", date(2026, 12, 8)),
    },
    # Due: promise Ravi Menon 2026-12-08 (thank-you note to him); promise Oskar Lind 2026-12-09 (a
    "27_possessive_before_link": {
        ("first_touch", "Anna Berg", date(2026, 12, 7)),
        ("first_touch", "Oskar Lind", date(2026, 12, 7)),
        ("first_touch", "Ravi Menon", date(2026, 12, 7)),
        ("first_touch", "Sophie Tran", date(2026, 12, 7)),
        ("promise", "Oskar Lind", date(2026, 12, 9)),
        ("promise", "Ravi Menon", date(2026, 12, 8)),
    },
    # Process: Monzo application (applied 2026-11-20), screen 2026-11-25, still in process (HM rou
    "28_status_they_said_no_paren": {("follow_up", "Applications/Monzo.md", date(2026, 11, 30))},
    # Processes: Headspace (company Headspace), technical 2026-12-03 pending -> follow-up ~2026-12
    "29_app_title_company_with_lead_head": {
        ("follow_up", "Applications/🟡 Headspace — remote EU.md", date(2026, 12, 8)),
        ("request_feedback", "Applications/Leadfeeder — Helsinki.md", date(2026, 11, 29)),
    },
    # Process: Monzo final 2026-12-02, pending (the note's own Dataview fields, one per labelled l
    "30_labelled_item_type_field": {
        ("follow_up", "Job Search/Monzo Data Engineer.md", date(2026, 12, 7))
    },
    # Process: Monzo final 2026-12-02, pending (answer expected after debrief 10.12) — not "no res
    "33_heard_nothing_back_yet": {("follow_up", "Anna Kowalska", date(2026, 12, 11))},
    # Process: Wise final 2026-11-27 rejected (04.12).
    "34_courtesy_of_course_feedback": set(),
    # Process: Monzo HM interview 2026-12-01 pending; who to write to: Dana Price (the HM, the onl
    "35_free_agency_recruiter_incidental": {("follow_up", "Dana Price", date(2026, 12, 4))},
    # Process: Авито техсобес 2026-12-02 pending (follow-up ~2026-12-07).
    "40_referral_letter_by_friend_ru": {
        ("follow_up", "Interviews/2026-12-02 Авито техсобес.md", date(2026, 12, 7))
    },
    # Process: Cleo HM 2026-11-28 passed (follow-up due).
    "51_scratch_fb_friend_at_company": {
        ("follow_up", "Interviews/2026-11-28 Cleo HM.md", date(2026, 12, 2))
    },
    # Process: Monzo final 2026-11-30 rejected (04.12), no details -> request feedback due.
    "52_rejection_reflection_note": {
        ("request_feedback", "Interviews/2026-11-30 Monzo final.md", date(2026, 11, 30))
    },
    # Process: Monzo final 2026-12-03, pending; follow-up to Anna ~2026-12-08 (she was written to
    "53_owner_letter_thanks_name": {("follow_up", "Anna Kowalska", date(2026, 12, 9))},
    # Processes: Monzo application (applied 2026-11-10) rejected 2026-11-28; final round 2026-12-0
    "58_round_links_other_application": {
        ("follow_up", "Interviews/2026-12-03 final round.md", date(2026, 12, 8)),
        ("request_feedback", "Applications/🟡 Monzo — Data Engineer.md", date(2026, 11, 28)),
    },
    # Process: Monzo HM 2026-12-01 passed, next 2026-12-11.
    "60_call_i_mentioned_she_said": set(),
    # Process: Monzo final 2026-12-02, offer (04.12); offer call 08.12.
    "61_offer_call_prep_expected_pushback": set(),
    # Hub note listing two processes as Dataview items: ideally Monzo final 2026-12-02 pending and
    "62_hub_dataview_items": set(),
    # Process: Wise screen 2026-11-30 passed (follow-up due).
    "64_mentor_works_at_letter": {
        ("follow_up", "Interviews/2026-11-30 Wise screen.md", date(2026, 12, 3))
    },
    # Owner is also Саша. Саша Ким (Озон HR) asked on 2026-12-05 about a call; owner hasn't replie
    "65_greets_owner_same_name_ru": {("reply", "Саша Ким", date(2026, 12, 5))},
    # Contact: Anna Kowalska (recruiter) @ Monzo — her note's own Dataview fields, one per labelle
    "67_labelled_item_type_contact": {
        ("reach_out", "Anna Kowalska", date(2026, 12, 17)),
        ("reply", "Anna Kowalska", date(2026, 12, 3)),
    },
    # Process: Monzo HM 2026-12-01 passed.
    "68_call_entry_prep_points": {("follow_up", "Anna Kowalska", date(2026, 12, 10))},
    # "Done chasing — [[Monzo]]" = stop chasing the Monzo submission, not Rob.
    "69_done_chasing_one_client": {("reply", "Rob Hale", date(2026, 12, 5))},
    # Process: Cleo final 2026-12-02 (its own fields on a single list item) pending; follow-up ~20
    "70_single_item_type_field": {
        ("follow_up", "Job Search/2026-12-02 Cleo final.md", date(2026, 12, 7))
    },
    # Process: Corrib Health final 2026-11-30 rejected (04.12).
    "71_ex_google_recruiter_signed_letter": {
        ("request_feedback", "Tomás Brennan", date(2026, 11, 30))
    },
    # Processes: Monzo onsite 2026-12-02 passed (final next); Cleo final 2026-11-25 offer.
    "72_signed_letter_names_other_company": {("follow_up", "Anna Kowalska", date(2026, 12, 9))},
    # Process: Авито техсобес 2026-12-01 passed, final 2026-12-11.
    "82_call_read_up_with_feedback": set(),
}

FEEDBACK: dict[str, set[tuple[str, str]]] = {
    "01_friend_letter_cv_advice": set(),
    "03_recruiter_newsletter": set(),
    "04_greets_owner_same_name": set(),
    "05_handed_over_with_remarks": {
        ("improvement", "The HM wanted more ownership stories in "),
        ("improvement", "weak on product sense, details below"),
        ("strength", "04.12 Recruiter call: they decided not t"),
    },
    "06_pismo_olgi_genitive": {
        ("improvement", "К сожалению, по итогам решили не продолж"),
        ("strength", "Команда отметила ваш сильный system desi"),
    },
    "07_call_product_bullet": {
        ("strength", "onboarding flow redesign answer was real"),
    },
    "08_call_entry_nested_tasks": {
        ("strength", "the HM was impressed with the take-home,"),
    },
    "13_a_coffee_a_call": set(),
    "15_if_by_later_date": set(),
    "16_if_by_past_ref": set(),
    "17_if_nothing_by_past_ref": set(),
    "18_inbox_fb_owner_on_company": set(),
    "19_call_with_monzo_alumni": set(),
    "20_final_prep_mentor_feedback": set(),
    "22_agency_talent_signed_letter": {
        ("improvement", "They felt your Kafka experience was a bi"),
        ("strength", "They really liked your system design and"),
    },
    "25_distinct_tasks_shared_words": set(),
    "27_possessive_before_link": set(),
    "28_status_they_said_no_paren": set(),
    "29_app_title_company_with_lead_head": set(),
    "30_labelled_item_type_field": set(),
    "33_heard_nothing_back_yet": set(),
    "34_courtesy_of_course_feedback": {
        ("improvement", "No worries about the reschedule — but th"),
        ("strength", "Of course the panel was impressed with y"),
    },
    "35_free_agency_recruiter_incidental": set(),
    "40_referral_letter_by_friend_ru": set(),
    "51_scratch_fb_friend_at_company": set(),
    "52_rejection_reflection_note": set(),
    "53_owner_letter_thanks_name": set(),
    "58_round_links_other_application": set(),
    "60_call_i_mentioned_she_said": {
        ("improvement", "I explained the on-call gap"),
        ("strength", "I mentioned my mentoring work and the HM"),
        ("strength", "the panel felt my incident stories were "),
    },
    "61_offer_call_prep_expected_pushback": set(),
    "62_hub_dataview_items": set(),
    "64_mentor_works_at_letter": set(),
    "65_greets_owner_same_name_ru": set(),
    "67_labelled_item_type_contact": set(),
    "68_call_entry_prep_points": set(),
    "69_done_chasing_one_client": set(),
    "70_single_item_type_field": set(),
    "71_ex_google_recruiter_signed_letter": {
        ("improvement", "They felt you were light on hands-on Ter"),
        ("strength", "The panel was really impressed with your"),
    },
    "72_signed_letter_names_other_company": {
        ("strength", "The panel really liked your system desig"),
    },
    "82_call_read_up_with_feedback": {
        ("improvement", "look into Flink — the HM felt my streami"),
        ("improvement", "почитать про Kafka: техлид сказал, что п"),
    },
}

KNOWN_WRONG = {
    "02_owner_same_first_name_letter",  # the owner's letter signed with the contact's name
    "09_call_entry_owner_notes",  # "he clearly loves the stack" under a call: read as praise
    "11_thumb_friends_said",  # friends' word under "Что сказали друзья 👍": read (wrong before)
    "14_after_lunch_on_date",  # "after lunch on the 9th": due the day written (wrong before)
    "21_hr_rule_reply_under_feedback",  # a reply under a "---" rule in ## Feedback (wrong before)
    "23_nickname_in_brackets",  # "Xiaoling Wang (Sophie)": "call Sophie" is to no one
    "41_recruiter_moved_letter_old_company",  # a moved recruiter's letter on Cleo: no company
    "47_after_final_moved",  # "после финала 10.12" when the final moved to 15.12
    "55_if_by_weekday_paren",  # "if no news by 9.12 (Wed), ping Anna on Friday": a day early
    "56_call_entry_about_referred_friend",  # a call's bullets on a friend referred: read
    "57_glassdoor_reviews_thumb",  # reviews on Glassdoor under a thumb (wrong before)
    "59_linked_task_also_names_other",  # "[[Ravi]] lunch — tell Sophie": Sophie's, not Ravi's
    "63_fidbek_zaproshen_check",  # "фидбек запрошен ✅" (wrong before)
    "66_recruiter_no_company_prop_signed",  # her letter's praise, kept as led: dropped
    "83_inbox_fb_two_companies",  # an #fb line naming two companies (wrong before)
}


@pytest.mark.parametrize("case", sorted(DUE))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAY) == DUE[case]


@pytest.mark.parametrize("case", sorted(FEEDBACK))
def test_the_feedback_read(tmp_path: Path, case: str) -> None:
    assert feedback_of_case(tmp_path, KEPT / case, TODAY) == FEEDBACK[case]


def test_every_kept_case_is_held_or_named() -> None:
    assert cases_held_or_named(KEPT, DUE, KNOWN_WRONG)
