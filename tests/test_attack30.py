"""Cases a tenth attacker built against the eighteenth session's rules (kept in
tests/vaults/attack30/): a stage passed whose next round a recruiter's log books, or that waits
"after January 11"; "role unfrozen" in a stage; "резюме прошло" and "screen passed well" (passes),
"прошло отлично" (how it went); "Too early to write them off", "they wrote me off", "gave up on
it after 20 min", "Вопрос с деньгами считаю закрытым" (no process closed); a day plan's dotted
times beside a log's dates; "1.03" in a day's note (1 March); "забыл ответить" after a question;
a chase task beside another promise, or of another process; a promise in prose beside a task
sharing a word; "update [[Milan]] (notice period …)", "дописать [[Игорю]] письмо" (owed);
arrowed feedback bullets, "Отказ: нужен Kotlin"; "Lena — interview prep notes: send …", "раунд
торга" (promises, no rounds); an older week's different task; "they hired someone as Head of
Data", "picked someone from Zalando" (no decision). Each is what Due contacts lists now, checked
against the attacker's key."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from conftest import due_in_kept_case

from vaultkit.app import pipeline
from vaultkit.app.build import Build

TODAY = date(2026, 12, 6)
KEPT = Path(__file__).parent / "vaults" / "attack30"

CASES: dict[str, set[tuple[str, str, date]]] = {
    "r01_pass_next_round_own_note": {("prepare", "Anna Kim", date(2026, 12, 6))},
    "r01b_pass_next_round_in_recruiter_log": {("prepare", "Ольга Смирнова", date(2026, 12, 5))},
    "r01c_pass_next_round_after_holidays": set(),
    "r01d_stage_field_mentions_freeze": {("thank_you", "James OConnor", date(2026, 11, 26))},
    "r02_pass_then_great": {("thank_you", "Мария Орлова", date(2026, 11, 30))},
    "r02b_cv_passed_screening": {("follow_up", "Игорь Лебедев", date(2026, 11, 27))},
    "r02c_passed_easily_en": {("follow_up", "Sam Lee", date(2026, 11, 26))},
    "r03a_too_early_to_write_off": {("follow_up", "Tom Baker", date(2026, 11, 27))},
    "r03b_wrote_me_off": {("follow_up", "Mia Lopez", date(2026, 11, 24))},
    "r03c_gave_up_on_task": {("follow_up", "Sofia Rossi", date(2026, 11, 30))},
    "r03d_salary_question_closed": {("follow_up", "Елена Кузнецова", date(2026, 12, 1))},
    "r03e_krestik": {("follow_up", "Денис Фролов", date(2026, 11, 26))},
    "r03f_dont_want_to_give_up": {("follow_up", "Ravi Menon", date(2026, 11, 25))},
    "r04a_agenda_times_hide_log_dates": {("thank_you", "Аня Ким", date(2026, 12, 3))},
    "r04b_far_plan_in_daily": {("reach_out", "Маша Иванова", date(2026, 10, 20))},
    "r05a_forgot_to_answer": {("reply", "Анна Соколова", date(2026, 12, 4))},
    "r05b_read_and_postponed": {("reply", "Анна Соколова", date(2026, 12, 4))},
    # "спросила «решился?» — сказал, что скажу в среду": answered in its own line (r05a "забыл
    # ответить", r05b "прочитал и отложил" answer nothing); what he said he would tell her on
    # Wednesday is owed then (the nineteenth session: "сказал, что скажу" is a promise told)
    "r05c_said_will_tell_wednesday_ok": {("promise", "Анна Соколова", date(2026, 12, 9))},
    "r06a_chase_task_swallows_other_promise": {
        ("follow_up", "Anna Kim", date(2026, 12, 10)),
        ("promise", "Anna Kim", date(2026, 12, 7)),
    },
    "r06b_chase_other_company_unnamed": {
        ("follow_up", "Ольга Смирнова", date(2026, 12, 7)),
        ("promise", "Ольга Смирнова", date(2026, 12, 16)),
    },
    "r07a_prose_and_task_share_about": {
        ("promise", "Tom Baker", date(2026, 11, 20)),
        ("promise", "Tom Baker", date(2026, 12, 8)),
    },
    "r07b_two_links_ru": {
        ("promise", "Аня Морозова", date(2026, 11, 18)),
        ("promise", "Аня Морозова", date(2026, 12, 10)),
    },
    "r08a_update_milan_parenthesis": {("promise", "Milan Novak", date(2026, 12, 7))},
    "r08b_dopisat_pismo": {("promise", "Игорь Лебедев", date(2026, 12, 7))},
    "r08c_update_profile_ok": {("special_date", "Priya Natarajan", date(2026, 12, 2))},
    "r09a_arrow_bullets_feedback": {("thank_you", "Ольга Смирнова", date(2026, 11, 27))},
    "r09b_short_rejection_with_reason": {("thank_you", "Jonas Berg", date(2026, 12, 1))},
    "r10a_name_dash_interview_promise": {("promise", "Lena Fischer", date(2026, 12, 7))},
    "r10b_olya_sobes_cv": {
        ("promise", "Оля Петрова", date(2026, 12, 5)),
        ("reply", "Оля Петрова", date(2026, 12, 2)),
    },
    "r10c_funding_round": {("follow_up", "Anna Kim", date(2026, 11, 25))},
    "r10d_negotiation_round_task": {("promise", "Дмитрий Ковалёв", date(2026, 12, 9))},
    "r11a_week_name_formats": {("promise", "Sam Lee", date(2026, 12, 6))},
    "r12a_older_week_different_task": {("promise", "Rafa Ortiz", date(2026, 12, 6))},
    # "bday 12/10" written month first beside her 10 December: a promise besides, as before
    "r13a_us_bday_ambiguous": {
        ("promise", "Ana Silva", date(2026, 12, 1)),
        ("special_date", "Ana Silva", date(2026, 12, 10)),
    },
    "r13b_birthday_dayfirst_ok": {("special_date", "Ana Silva", date(2026, 12, 10))},
    "r14a_hired_someone_context": {("follow_up", "Jonas Berg", date(2026, 12, 1))},
    "r14b_picked_someone_reference": {("follow_up", "Chloe Martin", date(2026, 12, 2))},
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_what_is_due(tmp_path: Path, case: str) -> None:
    assert due_in_kept_case(KEPT / case, tmp_path, TODAY) == CASES[case]


def _built(tmp_path: Path, case: str) -> Build:
    shutil.copytree(KEPT / case, tmp_path / "vault")
    (tmp_path / "vault" / ".obsidian").mkdir(exist_ok=True)
    return pipeline.build(tmp_path / "vault", use_cache=False)


@pytest.mark.parametrize(
    ("case", "result"),
    [
        ("r02b_cv_passed_screening", "passed"),  # "резюме прошло, команда хочет поговорить"
        ("r02c_passed_easily_en", "passed"),  # "screen passed well, next is the tech round"
        ("r01d_stage_field_mentions_freeze", "passed"),  # `stage: final (role unfrozen …)`
        ("r03a_too_early_to_write_off", None),
        ("r03d_salary_question_closed", "pending"),  # "считаю закрытым" of the salary question
    ],
)
def test_what_the_process_says(tmp_path: Path, case: str, result: str | None) -> None:
    (interview,) = _built(tmp_path, case).facts(TODAY).interviews()
    assert interview.result == result


def test_arrowed_bullets_and_a_rejections_reasons_are_feedback(tmp_path: Path) -> None:
    arrowed = _built(tmp_path / "a", "r09a_arrow_bullets_feedback").facts(TODAY).feedback()
    assert any(item.text.startswith("→ сильный в алгоритмах") for item in arrowed)
    reasons = _built(tmp_path / "b", "r09b_short_rejection_with_reason").facts(TODAY).feedback()
    assert sorted(item.text for item in reasons) == [
        "Отказ, ищут с финтехом",
        "Отказ: нужен Kotlin",
    ]
