"""Cases a twentieth attacker built against this session's readings of feedback (kept in
tests/vaults/attack40/): a blocker denied, softening a criticism, named, or only possible ("it
wasn't a blocker", "не стоп-фактор", "может стать блокером"); a weakness the panel could not
find beside the owner's own search for one (a code review, "name your weakness", sarcasm,
parking); praise denied and denied twice ("weren't impressed", "there wasn't a single person
who wasn't impressed", "not impressed at first but came around"); the panel's judgement in a
message without a "you", of the owner's work or of the process, the office, the applicant pool,
another finalist; one-word lines ("Fair.", "Skipped", "Sure", "Quick"); sentences around
"т.е.", "и т.п.", "e.g.". Each case holds the feedback read now, checked against the attacker's
key; KNOWN_WRONG names the readings that are still wrong, whose feedback is not held."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import cases_held_or_named, feedback_of_case

TODAY = date(2026, 12, 6)
KEPT = Path(__file__).parent / "vaults" / "attack40"

FEEDBACK: dict[str, set[tuple[str, str]]] = {
    "02_en_thin_but_it_wasnt_a_blocker": {
        ("improvement", "Testing was a bit thin, but it wasn't a "),
        ("strength", "Clean API design, good naming"),
    },
    "03_en_not_a_dealbreaker_for_the_team": {
        ("improvement", "Test coverage was thin, but not a dealbr"),
        ("strength", "Great energy, asked good questions about"),
    },
    "04_en_isnt_a_blocker_its_a_yellow_flag": {
        ("improvement", "The job-hopping isn't a blocker per se, "),
    },
    "05_en_not_dealbreaker_on_its_own": {
        ("improvement", "The missing Go experience wasn't a dealb"),
    },
    "06_en_isnt_really_a_blocker_but_concern": {
        ("improvement", "Job hopping isn't really a blocker, but "),
        ("strength", "Liked my incident postmortem story"),
    },
    "07_ru_slabovat_no_eto_ne_bylo_blockerom": {
        ("improvement", "Английский слабоват, но это не было блок"),
        ("strength", "Сильный system design, хорошо разложил п"),
    },
    "08_ru_hotya_ne_stop_factor": {
        ("improvement", "Опыт с Kubernetes поверхностный, хотя дл"),
    },
    "09_ru_ne_uvereny_chto_ne_blocker": {
        ("improvement", "Не уверены, что отсутствие опыта в финте"),
        ("strength", "По коду вопросов нет"),
    },
    "10_en_salary_not_blocker_real_problem": {
        ("improvement", "Salary was not a blocker, the real probl"),
    },
    "12_en_budget_not_a_blocker_anymore": {
        ("neutral", "Budget approval on their side is not a b"),
        ("strength", "HM liked the way I handled the on-call q"),
    },
    "16_en_code_review_couldnt_find_weakness": {
        ("improvement", "Code review task: I couldn't find a sing"),
    },
    "17_ru_review_slozhno_naiti_slaboe_mesto": {
        ("improvement", "На ревью их кода было сложно найти слабо"),
    },
    "18_en_panel_struggled_true": {
        ("strength", "The panel struggled to find a single wea"),
    },
    "19_en_sarcasm_no_weakness": {
        ("improvement", "Hard to find weaknesses when they barely"),
    },
    "20_ru_nazvat_slabuyu_storonu": {
        ("improvement", "Когда попросили назвать свою слабую стор"),
    },
    "22_en_typographic_apostrophe_true": {
        ("improvement", "They weren’t impressed by the take-home"),
    },
    "23_en_double_neg_single_person": {
        ("strength", "There wasn't a single person on the pane"),
    },
    "24_ru_double_neg_nikogo": {
        ("strength", "Не было никого в панели, кто бы не впеча"),
    },
    "25_ru_cto_ne_vpechatlil_no_offer": {
        ("strength", "Сначала CTO не особо впечатлил мой опыт,"),
    },
    "26_en_cto_came_around": {
        ("strength", "The CTO was not impressed at first but c"),
    },
    "27_ru_mail_double_neg_skazal": {
        ("improvement", "Из зон роста — SQL, оконные функции пока"),
        ("strength", "Я бы не сказала, что вы нас не впечатлил"),
    },
    "28_mail_en_team_found_takehome_too_long": {
        ("strength", "They were impressed with your system des"),
    },
    "29_mail_en_hm_struggled_schedule": {
        ("strength", "Quick update on feedback: the panel felt"),
    },
    "30_mail_ru_komanda_otmetila_process": {
        ("strength", "Вам удалось очень чётко разложить архите"),
    },
    "31_mail_en_team_praises_itself": {
        ("improvement", "you were a bit thin on metrics"),
        ("strength", "They liked how you framed the problem an"),
    },
    "32_mail_en_other_finalist": {
        ("strength", "The feedback on you was good: your syste"),
    },
    "33_mail_en_judged_true": {
        ("improvement", "The team weren’t impressed by the take-h"),
        ("strength", "The panel struggled to find a single wea"),
    },
    "34_mail_ru_judged_true": {
        ("improvement", "Команда засомневалась в опыте с highload"),
        ("strength", "Интервьюеры отметили глубокое знание Pos"),
    },
    "36_company_note_quote_process": {
        ("strength", "The team found your solution worked well"),
    },
    "37_daily_pasted_mail_panel_felt_bad": {
        ("strength", "They were impressed with your API design"),
    },
    "38_en_owner_reacts_fair": {
        ("improvement", "SQL window functions were shaky"),
        ("neutral", 'HM said I\'m "too architect-y" for the ro'),
        ("strength", "Strong on caching, liked the TTL discuss"),
    },
    "39_en_feedback_skipped": set(),
    "41_en_one_word_not_evaluations": set(),
    "44_ru_tp_then_owner_reply_lost": {
        ("strength", "Тимлид сказал, что я уверенно знаю Postg"),
    },
    "45_ru_te_one_sentence_true": {
        ("improvement", "Не хватило опыта с highload, т.е. с нагр"),
    },
    "46_en_eg_sentence_true": {
        ("improvement", "Weak on behavioural questions."),
        ("strength", "Strong on system design, e.g. sharding a"),
    },
    "47_ru_tk_sentence_end_then_praise": {
        ("improvement", "Слабо по алгоритмам, т.к. давно не решал"),
        ("strength", "Зато дизайн зашёл на ура."),
    },
    "48_mail_ru_komanda_hvalit_format": {
        ("improvement", "по SQL не хватило глубины"),
        ("strength", "Вы очень уверенно рассуждали про консист"),
    },
    "49_mail_en_hm_on_previous_hire": {
        ("strength", "Feedback from Tuesday: your communicatio"),
    },
    "50_en_one_word_call_description": set(),
    "51_mail_mixed_ru_en_panel": {
        ("improvement", "Интервьюеры не впечатлились тестовым зад"),
        ("strength", "Фидбек по финалу: Панель отметила strong"),
    },
}
KNOWN_WRONG: dict[str, str] = {
    "01_en_blocker_denied_true": "'Your lack of fintech experience was not a blocker for them at all' read as criticism",
    "11_en_not_a_blocker_own_line": "'Not a blocker though.' on its own line is an item of its own",
    "13_ru_hypothetical_blocker": "a blocker that may come ('может стать блокером') is read as neutral",
    "14_ru_blocker_named_true": "'Английский пока блокер для клиентских встреч' is read as neutral",
    "15_mixed_ru_en_blocker": "'опыт в банке — не блокер' read as criticism",
    "21_en_struggled_to_find_parking": "'Struggled to find parking' is read as criticism",
    "35_mail_en_judged_misses": "'The interviewers thought …' and 'Hiring manager felt …' (no 'the') are not read",
    "40_en_one_word_true": "a scorecard's nested 'Coding' / '  - Excellent' gives the topic alone",
    "42_ru_one_word_lines": "the same, in Russian ('Дизайн' / '  - Огонь')",
    "43_ru_td_sentence_end_same_polarity": "'Python тоже на уровне.' is read as neutral",
    "52_en_sarcasm_so_impressed": "the recruiter's 'Strong hire signal', quoted in sarcasm after a ghosting, is praise",
    "53_ru_daily_reapply_te": "a day's 'по алгоритмам слабовато', 'архитектура понравилась' are not read",
}


@pytest.mark.parametrize("case", sorted(FEEDBACK))
def test_the_feedback_read_in_each_case(tmp_path: Path, case: str) -> None:
    assert feedback_of_case(tmp_path, KEPT / case, TODAY) == FEEDBACK[case]


def test_every_kept_case_is_held_or_named_wrong() -> None:
    assert cases_held_or_named(KEPT, FEEDBACK, KNOWN_WRONG)
