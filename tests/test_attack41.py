"""Cases a twenty-first attacker built against reading recruiters' messages in prose (kept in
tests/vaults/attack41/): a Russian verb's ending taken for "ты" ("сам знаешь", "представляешь",
"помнишь Петю"), an emoji taken for a sentence's end ("твой код 👍 а вот тесты слабоваты", a
checklist of ✅ and ❌), a panel's judgement of the owner's work beside "we", "us", "кандидатов",
"наш", or of another finalist after a lead-in ("Про второго финалиста: команда отметила …"),
and messages pasted as quotes in a tracker's company sections: the recruiter's, the owner's own
reply, a friend's, a newsletter, feedback meant for another candidate. The verb's ending, the
emoji and the tracker's quotes were read for one session and undone after this report. Each case
holds the feedback read now; KNOWN_WRONG names the readings still wrong, whose feedback is not
held."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import cases_held_or_named, feedback_of_case

TODAY = date(2026, 12, 6)
KEPT = Path(__file__).parent / "vaults" / "attack41"

FEEDBACK: dict[str, set[tuple[str, str]]] = {
    "01_mail_ru_sam_znaesh_roma_boleet": set(),
    "02_mail_ru_pomnish_petya": {
        ("strength", "Фидбек по тебе хороший, CTO доволен."),
    },
    "03_mail_ru_predstavlyaesh_finalist": set(),
    "04_mail_ru_obschiy_ty_final": set(),
    "05_mail_ru_smozhesh_bez_voprosa": {
        ("strength", "Фидбек по скринингу хороший."),
    },
    "08_mail_ru_ponimaesh_kvartal": set(),
    "09_daily_mail_ru_znaesh_timlid": set(),
    "10_interview_mail_ru_sidish_4_chasa": {
        ("strength", "Фидбек хороший, команде понравилось, как"),
    },
    "13_tracker_ru_ne_perezhivai": set(),
    "14_tracker_ru_own_reply": set(),
    "17_tracker_ru_feedback_about_lena": set(),
    "18_tracker_ru_dostav_ofis": set(),
    "21_tracker_ru_recruiter_about_colleague": set(),
    "24_mail_ru_emoji_a_vot_testy": {
        ("improvement", "тесты слабоваты"),
        ("strength", "Фидбек от команды: твой код 👍"),
    },
    "28_mail_en_emoji_loved_you": {
        ("strength", "The team loved you 😍 honestly the CTO sa"),
    },
    "29_mail_en_judged_we_see": {
        ("strength", "The panel felt the coding was excellent,"),
    },
    "30_mail_en_judged_gave_us_signal": {
        ("strength", "The team found the take-home gave us a r"),
    },
    "31_mail_en_judged_communication": {
        ("improvement", "The panel felt the communication was a b"),
    },
    "34_mail_ru_judged_intuition": {
        ("strength", "Интервьюеры отметили сильную продуктовую"),
    },
    "35_mail_en_leadin_headsup_takehome": set(),
    "36_mail_ru_leadin_vtoroi_finalist": set(),
    "37_mail_en_leadin_about_priya": set(),
    "38_mail_ru_leadin_pro_olega": set(),
    "40_interview_mail_ru_ponimaesh_kvartal": set(),
    "41_tracker_ru_slyshish_ne_parsya": set(),
    "42_mail_ru_emoji_gosha_govorit": {
        ("improvement", "в A/B есть пробелы"),
        ("strength", "Фидбек хороший 😊 Гоша говорит: отличный "),
    },
    "43_tracker_ru_ty_zhe_znaesh_zanuda": set(),
    "45_mail_ru_leadin_pro_finalista_v_pisme": set(),
    "46_mail_ru_lish_tish": set(),
    "47_mail_ru_zaedesh_kofe_logistics": set(),
    "48_tracker_ru_emoji_gosha_govorit": {
        ("improvement", "в A/B есть пробелы"),
        ("strength", "отличный SQL"),
    },
}
KNOWN_WRONG: dict[str, str] = {
    "06_mail_ru_structurno_rasskazyvaesh_true": "a verb's ending says 'ты' ('структурно рассказываешь'): not read, as fillers ('сам знаешь') would be",
    "07_mail_ru_reflexive_derzhishsya": "the A/B criticism after the praise is not read",
    "11_tracker_ru_sokolova_like_true": "a recruiter's message pasted as a quote in a tracker's company section is not read as prose",
    "12_tracker_ru_friend_cheer": "a friend's cheering in a tracker's section is read as Monetka's praise",
    "15_tracker_en_own_reply": "the owner's own reply in a tracker's section is read as praise",
    "16_tracker_en_newsletter": "a company's newsletter in a tracker's section is read as praise",
    "19_tracker_ru_emoji_duplicate": "a quoted message in a tracker's section is not read",
    "20_tracker_ru_lead_in_case_true": "the same ('Фидбек по кейсу: Команда отметила …')",
    "22_tracker_en_true_praise": "the same, in English",
    "23_tracker_ru_mixed_ru_en": "the same, mixed",
    "25_mail_en_emoji_tests_thin": "'your code was clean 👍 tests a bit thin though' is one item, criticism",
    "26_mail_ru_emoji_checklist": "a checklist of ✅ and ❌ in one line is one item, praise",
    "27_company_quote_emoji_checklist": "the same, quoted in a company note",
    "32_mail_ru_judged_kandidatov": "'решение кейса — лучшее среди всех кандидатов' is left out for naming candidates",
    "33_mail_ru_judged_nash_masshtab": "'Команда засомневалась … под наш масштаб' is left out for 'наш'",
    "39_mail_en_leadin_time_true": "'Tue 3pm debrief: the panel felt …' is not read (a lead-in before the panel)",
    "44_tracker_ru_chat_owner_lines": "a chat pasted in a tracker's section is not read",
    "49_tracker_ru_emoji_vostorg_dup": "a quoted message in a tracker's section is not read",
    "50_tracker_ru_emoji_cherepakha_dup": "the same",
}


@pytest.mark.parametrize("case", sorted(FEEDBACK))
def test_the_feedback_read_in_each_case(tmp_path: Path, case: str) -> None:
    assert feedback_of_case(tmp_path, KEPT / case, TODAY) == FEEDBACK[case]


def test_every_kept_case_is_held_or_named_wrong() -> None:
    assert cases_held_or_named(KEPT, FEEDBACK, KNOWN_WRONG)
