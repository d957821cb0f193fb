"""Cases a nineteenth attacker built against feedback told in prose (kept in
tests/vaults/attack39/): e-mails imported as notes and pasted in days' notes whose feedback is
in running sentences, in both languages, beside pleasantries, the company's praise of itself,
another candidate, the process, an offer's terms, logistics, a wish, the owner's own words
quoted or after the paste, a newsletter, a copy wrapped at 72 characters; tracker sections
whose heading is a word ("Точка роста", "драйв стартапа", "Bright side"); and what Due contacts
lists after a rejection that closes with a condition ("…, but if you're open to the Senior
role…"), tasks kept "→ done" or not ("→ sent? no"), "after the 1st round". Each case holds what
Due contacts lists and the feedback read now, checked against the attacker's key; KNOWN_WRONG
names the readings that are still wrong, whose feedback is not held."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from vaultkit.app import pipeline
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)
KEPT = Path(__file__).parent / "vaults" / "attack39"

DUE: dict[str, set[tuple[str, str, date]]] = {
    "01_im_en_true_positive": set(),
    "02_im_pleasantries_after_turn": {
        ("follow_up", "Jess Taylor", date(2026, 12, 7)),
    },
    "03_im_recruiter_sells_company": {
        ("follow_up", "Jess Taylor", date(2026, 12, 7)),
    },
    "04_im_other_candidate_praised": {
        ("follow_up", "Jess Taylor", date(2026, 12, 7)),
    },
    "05_im_process_feedback": {
        ("follow_up", "Jess Taylor", date(2026, 12, 7)),
    },
    "07_im_ru_feedback_next_week": {
        ("follow_up", "Анна Иванова", date(2026, 12, 7)),
    },
    "08_im_decision_sentence_with_turn_word": set(),
    "09_im_ru_decision_sentence": set(),
    "10_im_next_step_logistics": {
        ("follow_up", "Jess Taylor", date(2026, 12, 7)),
    },
    "11_im_offer_terms": {
        ("follow_up", "Jess Taylor", date(2026, 12, 7)),
    },
    "12_dp_coach_mock_pasted": {
        ("follow_up", "Jess Taylor", date(2026, 11, 27)),
    },
    "13_im_quotes_owner_inline": {
        ("follow_up", "Jess Taylor", date(2026, 12, 7)),
    },
    "14_im_talent_newsletter": {
        ("follow_up", "Jess Taylor", date(2026, 12, 7)),
    },
    "15_im_duplicate_quoted_older": {
        ("reply", "Jess Taylor", date(2026, 12, 2)),
    },
    "16_im_ru_true_positive_split": {
        ("follow_up", "Анна Иванова", date(2026, 12, 7)),
    },
    "19_im_polarity_reversed_praise": {
        ("follow_up", "Jess Taylor", date(2026, 12, 7)),
    },
    "20_im_polarity_criticism_soft": {
        ("follow_up", "Jess Taylor", date(2026, 12, 7)),
    },
    "21_im_list_inside_prose": {
        ("follow_up", "Jess Taylor", date(2026, 12, 7)),
    },
    "22_im_split_paragraphs_en": {
        ("follow_up", "Jess Taylor", date(2026, 12, 7)),
    },
    "23_im_mixed_ru_en": {
        ("follow_up", "Анна Иванова", date(2026, 12, 7)),
    },
    "25_im_straight_from_hm_true": {
        ("follow_up", "Jess Taylor", date(2026, 12, 7)),
    },
    "26_im_agency_subject_no_company": {
        ("follow_up", "Interviews/2026-11-24 Acme final.md", date(2026, 11, 27)),
    },
    "27_im_agency_quoted_other_company": {
        ("follow_up", "Interviews/2026-11-24 Acme final.md", date(2026, 11, 27)),
    },
    "28_due_rejection_with_if_true": set(),
    "29_due_rejection_one_role_other_open": {
        ("follow_up", "Jess Taylor", date(2026, 12, 7)),
    },
    "30_due_freeze_not_rejection": {
        ("follow_up", "Jess Taylor", date(2026, 12, 7)),
    },
    "31_due_ru_rejection_one_role": {
        ("follow_up", "Анна Иванова", date(2026, 12, 7)),
    },
    "32_due_arrow_markers": {
        ("promise", "Priya Shah", date(2026, 12, 2)),
        ("promise", "Tom Baker", date(2026, 12, 2)),
        ("promise", "Анна Иванова", date(2026, 12, 3)),
    },
    "34_due_after_the_nth_round": {
        ("promise", "Tom Baker", date(2026, 12, 2)),
        ("promise", "Анна Иванова", date(2026, 12, 2)),
    },
    "35_due_after_the_15th_true": {
        ("promise", "Tom Baker", date(2026, 12, 16)),
    },
    "36_tr_common_word_tochka": {
        ("follow_up", "Поиск работы 2026.md#Точка", date(2026, 12, 2)),
    },
    "37_tr_drive_vs_ritm": {
        ("follow_up", "Поиск работы 2026.md#Драйв", date(2026, 11, 6)),
    },
    "38_tr_first_word_true_positive": {
        ("follow_up", "Поиск работы 2026.md#Точка", date(2026, 12, 2)),
    },
    "39_tr_table_only_company": {
        ("follow_up", "Поиск работы 2026.md#Точка", date(2026, 12, 2)),
    },
    "40_tr_pasted_reply_ru_true": {
        ("follow_up", "Поиск работы 2026.md#Точка", date(2026, 12, 2)),
    },
    "41_dp_owner_words_after_paste": {
        ("follow_up", "Анна Иванова", date(2026, 12, 7)),
    },
    "42_dp_outlook_split_paragraphs": {
        ("follow_up", "Jess Taylor", date(2026, 12, 7)),
    },
    "44_dp_gmail_en_true_plus_wish": set(),
    "45_dp_reply_quotes_owner_email": {
        ("follow_up", "Jess Taylor", date(2026, 12, 7)),
    },
    "46_lead_prose_done_chasing_email": set(),
    "47_im_wrapped_quote_duplicate": {
        ("reply", "Jess Taylor", date(2026, 12, 2)),
    },
    "48_tr_owner_salary_opinion": {
        ("follow_up", "Поиск работы 2026.md#Точка", date(2026, 12, 2)),
        ("reach_out", "Костя Рябов", date(2026, 12, 9)),
    },
    "49_tr_en_first_word_bright": {
        ("follow_up", "Job hunt 2026.md#Bright Labs", date(2026, 11, 23)),
        ("follow_up", "Job hunt 2026.md#Northwind Health", date(2026, 11, 25)),
    },
}
FEEDBACK: dict[str, set[tuple[str, str]]] = {
    "12_dp_coach_mock_pasted": set(),  # a coach's mock-interview e-mail: no Acme's feedback
    "01_im_en_true_positive": {
        ("improvement", "However, they felt your live coding was "),
        ("strength", "They were impressed with your system des"),
    },
    "03_im_recruiter_sells_company": {
        ("strength", "Great news – the feedback from the panel"),
    },
    "04_im_other_candidate_praised": set(),
    "05_im_process_feedback": set(),
    "07_im_ru_feedback_next_week": set(),
    "08_im_decision_sentence_with_turn_word": {
        ("improvement", "your coding round was below the bar"),
        ("strength", "The panel felt your system design was so"),
    },
    "09_im_ru_decision_sentence": {
        ("improvement", "Но по алгоритмам не хватило скорости."),
        ("strength", "Команде понравилось, как вы разбирали ар"),
    },
    "10_im_next_step_logistics": {  # the verdict, said of the owner without a "you"
        ("strength", "Good news – the feedback from the tech r"),
    },
    "11_im_offer_terms": {
        ("strength", "I'm delighted to let you know the panel "),
        ("strength", "The hiring manager was really impressed "),
    },
    "13_im_quotes_owner_inline": set(),
    "14_im_talent_newsletter": set(),
    "15_im_duplicate_quoted_older": {
        ("improvement", "However, they felt your coding was slowe"),
        ("strength", "They were impressed with your system des"),
    },
    "16_im_ru_true_positive_split": {
        ("improvement", "Но по части алгоритмов не хватило скорос"),
        ("strength", "Команде очень понравилось, как вы структ"),
    },
    "18_im_ru_polarity_no_questions": set(),
    "21_im_list_inside_prose": {
        ("improvement", "They felt your estimation was a bit rush"),
        ("improvement", "needs more depth on statistics"),
        ("strength", "Overall they were impressed with how you"),
        ("strength", "very strong SQL and data modelling"),
    },
    "22_im_split_paragraphs_en": {
        ("strength", "They felt you were very strong on archit"),
    },
    "23_im_mixed_ru_en": {
        ("improvement", "Also the behavioural answers felt a bit "),
        ("improvement", "Но по system design не хватило глубины, "),
        ("strength", "He was impressed by your SQL and the way"),
    },
    "25_im_straight_from_hm_true": {
        ("improvement", "But he needs more ownership of projects "),
        ("strength", "We liked Ivan a lot, very sharp on distr"),
    },
    "26_im_agency_subject_no_company": {
        ("improvement", "However, they felt you were light on peo"),
        ("strength", "The panel was impressed with your system"),
    },
    "28_due_rejection_with_if_true": set(),
    "29_due_rejection_one_role_other_open": set(),
    "30_due_freeze_not_rejection": set(),
    "31_due_ru_rejection_one_role": set(),
    "32_due_arrow_markers": set(),
    "34_due_after_the_nth_round": set(),
    "35_due_after_the_15th_true": set(),
    "38_tr_first_word_true_positive": {
        ("improvement", "продуктового мышления не хватило"),
        ("strength", "сказали, что структура сильная"),
    },
    "39_tr_table_only_company": set(),
    "40_tr_pasted_reply_ru_true": {
        ("improvement", "Но по части продуктового мышления не хва"),
        ("strength", "Команде очень понравилось, как вы структ"),
    },
    "41_dp_owner_words_after_paste": {
        ("strength", "Делюсь обратной связью: команде понравил"),
    },
    "42_dp_outlook_split_paragraphs": {
        ("improvement", "However, they felt your coding round was"),
        ("strength", "They were impressed with your system des"),
    },
    "44_dp_gmail_en_true_plus_wish": {
        ("improvement", "your coding was below the bar for Staff"),
        ("strength", "The panel felt your system design was st"),
    },
    "45_dp_reply_quotes_owner_email": set(),
    "46_lead_prose_done_chasing_email": set(),
    "47_im_wrapped_quote_duplicate": {
        ("improvement", "However, they felt your coding was slowe"),
        ("strength", "They were impressed with your system des"),
    },
    "49_tr_en_first_word_bright": set(),
    # known wrong until 2026-12-06: the panel's "felt … was excellent" read as criticism, a
    # pleasantry about a new flat as praise
    "02_im_pleasantries_after_turn": {
        ("strength", "The panel felt your architecture answer "),
    },
    # known wrong until 2026-12-06: the panel's judgement without a "you" ("struggled to find a single weakness", "weren't impressed") not read
    "17_im_polarity_no_concerns": {
        ("strength", "Nobody doubted your coding."),
        ("strength", "The panel had no concerns about your tec"),
        ("strength", "Your lack of fintech experience was not "),
    },
    "19_im_polarity_reversed_praise": {
        ("strength", "The panel struggled to find a single wea"),
        ("strength", "Nothing was missing from your take-home."),
        ("strength", "They couldn't fault your SQL at all."),
    },
    "20_im_polarity_criticism_soft": {
        ("strength", "They liked you as a person"),
        ("improvement", "felt your system design was too shallow "),
        ("improvement", "The team weren't impressed by the take-h"),
        ("improvement", "They didn't love your answer on estimati"),
    },
}
KNOWN_WRONG: dict[str, str] = {
    "17_im_polarity_no_concerns": "'not a blocker for them at all' read as criticism (reading a denied blocker as praise was tried on 2026-12-06 and undone: tests/test_attack40.py)",
    "36_tr_common_word_tochka": "a mentor's 'Точка роста — …' is read for the section «Точка»",
    "37_tr_drive_vs_ritm": "Ритм's CEO's words are read for «Драйв» ('драйв стартапа')",
    "48_tr_owner_salary_opinion": "a friend's word on the band and the owner's view of it are read as Лавка's feedback",
}


@pytest.mark.parametrize("case", sorted(DUE))
def test_what_is_due_and_what_feedback_is_read(tmp_path: Path, case: str) -> None:
    shutil.copytree(KEPT / case, tmp_path / "vault")
    (tmp_path / "vault" / ".obsidian").mkdir(exist_ok=True)  # git keeps no empty folder
    facts = pipeline.build(tmp_path / "vault", use_cache=False).facts(TODAY)
    due = {
        (item.kind, item.contact.name if item.contact else item.interview.path, item.due_on)  # type: ignore[union-attr]
        for item in registry.due_report(facts).items
    }
    assert due == DUE[case]
    if case in FEEDBACK:  # KNOWN_WRONG's feedback is not held
        assert {(item.polarity, item.text[:40]) for item in facts.feedback()} == FEEDBACK[case]


def test_feedback_a_reply_quotes_from_another_company_is_that_companys(tmp_path: Path) -> None:
    # "Re: Acme final round" quoting the agency's older mail: "Feedback from Globex on last
    # week's interview: they were impressed with your Python, but felt your cloud experience
    # was too thin for the role."
    shutil.copytree(KEPT / "27_im_agency_quoted_other_company", tmp_path / "vault")
    (tmp_path / "vault" / ".obsidian").mkdir(exist_ok=True)
    items = pipeline.build(tmp_path / "vault", use_cache=False).facts(TODAY).feedback()
    assert items and {item.company for item in items} == {"Companies/Globex.md"}
