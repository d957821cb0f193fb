"""The feedback classifier: quality on the labelled dev set, and its rules on their own."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import REPO

from vaultkit.domain.feedback_classifier import (
    build_lexicon,
    classify,
    default_lexicon,
    default_table,
)
from vaultkit.domain.feedback_model import default_model

sys.path.insert(0, str(REPO))
from bench.bench_themes import DEV_SET, evaluate, no_feedback_in, read_as_feedback_in
from bench.lexicon_precision import DATA, loose

HOLDOUT = REPO / "tests" / "data" / "feedback_holdout.jsonl"


@pytest.mark.skipif(not DEV_SET.exists(), reason="the shared dev set is not beside the repo")
def test_dev_set_quality() -> None:
    scores = evaluate(DEV_SET)
    assert scores.f1 >= 0.85, scores.mistakes
    assert scores.polarity_accuracy >= 0.90, scores.mistakes


def test_holdout_quality_written_apart_from_the_lexicon() -> None:
    scores = evaluate(HOLDOUT)
    assert scores.f1 >= 0.90, scores.mistakes
    assert scores.polarity_accuracy >= 0.90, scores.mistakes


@pytest.mark.parametrize(
    ("name", "themes_f1", "polarity"),
    [
        ("feedback_train.jsonl", 0.93, 0.97),  # tuned on, and the model trained on it
        ("feedback_train2.jsonl", 0.92, 0.96),  # tuned on, and the model trained on it
        ("feedback_train3.jsonl", 0.90, 0.89),  # the same: personas, irony, ratings, emoji
        # The model trained on these, and the polarity rules were since tuned on their mistakes
        # (unseen, they scored 0.814 and 0.810, 0.765 and 0.791: the same as the held-out set)
        ("feedback_train4.jsonl", 0.89, 0.91),
        ("feedback_train5.jsonl", 0.88, 0.88),
        # The model trained on it; scored on arrival it gave 0.749 / 0.743 (rules never tuned)
        ("feedback_train6.jsonl", 0.87, 0.84),
        # The same; on arrival 0.775 / 0.733 (0.734 / 0.707 with the rules of the day before)
        ("feedback_train7.jsonl", 0.86, 0.77),
        # Written by another helper and never tuned on: 0.909 and 0.894 when this floor was set
        # (2026-12-05, the model of forty sets, the rules weighing 1.5 log-odds beside it,
        # the lexicon's loose phrases taken out); 0.791 and 0.800 by the rules alone before any
        # of it. The goal is 0.90 and 0.95; the floor only keeps what is reached from slipping.
        # With 56 sets and the rules weighing 1.0 (l2 1e-3): 0.916 / 0.918; floor raised.
        ("feedback_heldout2.jsonl", 0.89, 0.89),
        # A second held-out set, by a third helper, never tuned on: 0.801 and 0.867 when this
        # floor was set (0.798 / 0.887 with 56 sets and the rules at 1.0; 0.803 / 0.863 with 46;
        # 0.798 / 0.853 the session before, 0.769 / 0.853, 0.758 / 0.740 and 0.699 / 0.667 the
        # sessions before that).
        ("feedback_heldout3.jsonl", 0.78, 0.86),
        ("feedback_train8.jsonl", 0.87, 0.84),  # trained on; on arrival 0.801 / 0.787
        ("feedback_train9.jsonl", 0.86, 0.75),  # trained on; on arrival 0.676 / 0.720
        ("feedback_train10.jsonl", 0.87, 0.73),  # trained on; on arrival 0.778 / 0.740
        # Trained on; each scored on arrival (themes F1, polarity) with the classifier of then.
        # A trained set's own figures slip a little as more voices share the model: its floor
        # sits two or three points under them.
        ("feedback_train11.jsonl", 0.87, 0.83),  # 0.789 / 0.727 (rules weighing 5)
        ("feedback_train12.jsonl", 0.87, 0.84),  # 0.789 / 0.750 (the same)
        ("feedback_train13.jsonl", 0.85, 0.89),  # 0.708 / 0.777 (the same)
        ("feedback_train14.jsonl", 0.88, 0.87),  # 0.783 / 0.820 (thirteen sets, 1.5)
        ("feedback_train15.jsonl", 0.86, 0.87),  # 0.715 / 0.800 (the same)
        ("feedback_train16.jsonl", 0.84, 0.84),  # 0.738 / 0.773 (fifteen sets)
        ("feedback_train17.jsonl", 0.80, 0.82),  # 0.648 / 0.730 (the same)
        ("feedback_train18.jsonl", 0.86, 0.86),  # 0.743 / 0.860 (seventeen sets)
        ("feedback_train19.jsonl", 0.87, 0.89),  # 0.799 / 0.873 (the same)
        ("feedback_train20.jsonl", 0.84, 0.90),  # 0.738 / 0.877 (nineteen sets)
        ("feedback_train21.jsonl", 0.86, 0.87),  # 0.740 / 0.847 (the same)
        ("feedback_train22.jsonl", 0.88, 0.88),  # 0.830 / 0.857 (the same)
        ("feedback_train23.jsonl", 0.67, 0.85),  # 0.405 / 0.770 (twenty-two sets): senior roles
        ("feedback_train24.jsonl", 0.83, 0.83),  # 0.717 / 0.797 (the same)
        ("feedback_train25.jsonl", 0.87, 0.90),  # 0.792 / 0.887 (the same)
        ("feedback_train26.jsonl", 0.80, 0.88),  # 0.694 / 0.800 (twenty-five sets)
        ("feedback_train27.jsonl", 0.84, 0.82),  # 0.832 / 0.823 (the same): jotted lines
        ("feedback_train28.jsonl", 0.90, 0.94),  # 0.750 / 0.903 (the same): long emails
        ("feedback_train29.jsonl", 0.78, 0.78),  # 0.555 / 0.700 (twenty-eight): behavioural
        ("feedback_train30.jsonl", 0.84, 0.87),  # 0.767 / 0.830 (the same): infrastructure
        ("feedback_train31.jsonl", 0.86, 0.83),  # 0.776 / 0.767 (the same): one's own words
        ("feedback_train32.jsonl", 0.86, 0.83),  # 0.769 / 0.770 (thirty-one): calibrated verdicts
        ("feedback_train33.jsonl", 0.83, 0.90),  # 0.684 / 0.847 (the same): recruiter chats
        ("feedback_train34.jsonl", 0.84, 0.83),  # 0.771 / 0.730 (the same): irony, politeness
        ("feedback_train35.jsonl", 0.82, 0.78),  # 0.696 / 0.713 (thirty-four): screening calls
        ("feedback_train36.jsonl", 0.89, 0.89),  # 0.792 / 0.880 (the same): themes reworded
        ("feedback_train37.jsonl", 0.85, 0.86),  # 0.783 / 0.847 (the same): fast typing
        ("feedback_train38.jsonl", 0.71, 0.86),  # 0.573 / 0.767 (thirty-seven): product roles
        ("feedback_train39.jsonl", 0.88, 0.86),  # 0.842 / 0.867 (the same): regional phrasing
        ("feedback_train40.jsonl", 0.85, 0.74),  # 0.802 / 0.607 (the same): facts alone
        ("feedback_train41.jsonl", 0.83, 0.88),  # 0.761 / 0.830 (forty sets): messenger chats
        ("feedback_train42.jsonl", 0.81, 0.85),  # 0.680 / 0.793 (the same): roles beside dev
        ("feedback_train43.jsonl", 0.86, 0.86),  # 0.784 / 0.820 (the same): told from memory
        ("feedback_train44.jsonl", 0.88, 0.92),  # 0.855 / 0.897 (43 sets): translated
        ("feedback_train45.jsonl", 0.86, 0.79),  # 0.811 / 0.737 (the same): verdicts, numbers
        ("feedback_train46.jsonl", 0.80, 0.85),  # 0.706 / 0.827 (the same): staff and heads
        ("feedback_train47.jsonl", 0.81, 0.95),  # 0.661 / 0.867 (46 sets, 1.5): take-homes
        ("feedback_train48.jsonl", 0.88, 0.92),  # 0.763 / 0.823 (the same): hiring committees
        ("feedback_train49.jsonl", 0.86, 0.89),  # 0.646 / 0.827 (the same): non-eng; 0.923 at 84
        ("feedback_train50.jsonl", 0.89, 0.87),  # 0.727 / 0.810 (the same): offers; 0.907 at 75
        ("feedback_train51.jsonl", 0.86, 0.85),  # 0.744 / 0.700 (the same): praise; 0.887 at 81
        ("feedback_train52.jsonl", 0.90, 0.93),  # 0.828 / 0.893 (the same): Obsidian markup
        ("feedback_train53.jsonl", 0.86, 0.92),  # 0.621 / 0.837 (the same): research roles
        ("feedback_train54.jsonl", 0.88, 0.90),  # 0.673 / 0.817 (the same): gaps; 0.933 at 84
        ("feedback_train55.jsonl", 0.80, 0.87),  # 0.527 / 0.743 (the same): conduct; 0.806 by theme
        ("feedback_train56.jsonl", 0.86, 0.93),  # 0.688 / 0.817 (the same): across languages
        ("feedback_train57.jsonl", 0.88, 0.90),  # 0.817 / 0.813 (56 sets, 1.0): hinge words
        ("feedback_train58.jsonl", 0.89, 0.90),  # 0.744 / 0.827 (the same): hearsay; 0.937 at 84
        ("feedback_train59.jsonl", 0.82, 0.91),  # 0.599 / 0.833 (the same): managers, leads
        ("feedback_train60.jsonl", 0.88, 0.92),  # 0.691 / 0.863 (59 sets): attitude as fact
        ("feedback_train61.jsonl", 0.88, 0.90),  # 0.795 / 0.817 (the same): praise, near-misses
        ("feedback_train62.jsonl", 0.85, 0.95),  # 0.737 / 0.903 (the same): frontend, mobile, QA
        ("feedback_train63.jsonl", 0.83, 0.92),  # 0.663 / 0.830 (62 sets, 0.4): data, ML scores
        ("feedback_train64.jsonl", 0.89, 0.93),  # 0.725 / 0.870 (the same): SRE in messengers
        ("feedback_train65.jsonl", 0.90, 0.89),  # 0.747 / 0.807 (the same): career changers
        ("feedback_train66.jsonl", 0.90, 0.93),  # 0.712 / 0.863 (the same): staff packets
        ("feedback_train67.jsonl", 0.88, 0.83),  # 0.810 / 0.797 (the same): shorthand
        ("feedback_train68.jsonl", 0.86, 0.92),  # 0.678 / 0.847 (the same): fit and level
        ("feedback_train69.jsonl", 0.90, 0.95),  # 0.855 / 0.927 (the same): corporate register
        ("feedback_train70.jsonl", 0.89, 0.89),  # 0.820 / 0.830 (the same): polarity traps
        ("feedback_train71.jsonl", 0.89, 0.93),  # 0.842 / 0.920 (the same): note structures
        ("feedback_train72.jsonl", 0.85, 0.88),  # 0.727 / 0.797 (the same); 0.913 since "вряд"
        ("feedback_train73.jsonl", 0.87, 0.89),  # 0.749 / 0.830 (the same); 0.917 since "вряд"
        ("feedback_train74.jsonl", 0.91, 0.96),  # 0.771 / 0.943 (73 sets, 0.3): whole emails
        ("feedback_train75.jsonl", 0.88, 0.93),  # 0.816 / 0.903 (the same): regional voices
        ("feedback_train76.jsonl", 0.88, 0.87),  # 0.765 / 0.753 (75 sets): hiring decisions
        ("feedback_train77.jsonl", 0.90, 0.94),  # 0.814 / 0.900 (the same): outcome + reason
        ("feedback_train78.jsonl", 0.83, 0.92),  # 0.738 / 0.870 (the same): PMs, designers
        ("feedback_train79.jsonl", 0.88, 0.76),  # 0.745 / 0.660 (the same): flat facts; 0.793 at 84
        ("feedback_train80.jsonl", 0.90, 0.92),  # 0.844 / 0.887 (the same): critique as advice
        ("feedback_train81.jsonl", 0.90, 0.88),  # 0.822 / 0.823 (the same): neutral look-alikes
        ("feedback_train82.jsonl", 0.89, 0.93),  # 0.803 / 0.903 (81 sets): Russian IT hiring
        ("feedback_train83.jsonl", 0.87, 0.90),  # 0.776 / 0.863 (the same): English hiring
        ("feedback_train84.jsonl", 0.90, 0.93),  # 0.843 / 0.910 (the same): experience, attitude
        # Fragments of one to six words, as jotted in lists ("Bad", "слабый SD", "норм-"), by two
        # more helpers (2026-12-06): a gap in the training sets (412 of 25,600 lines have four
        # words or fewer). Scored, never trained on (trained on, they cost the held-out sets and
        # the strangers' vaults more than they gave: docs/accuracy-history.md). On arrival
        # 0.863 / 0.800 and 0.844 / 0.757.
        ("feedback_short_a.jsonl", 0.83, 0.78),  # engineers after technical rounds, grades
        ("feedback_short_b.jsonl", 0.81, 0.73),  # non-engineers, recruiters' one-liners
        # The feedback lines of the strangers' vaults as vaultkit hands them to the classifier,
        # labelled by two more helpers (2026-12-07), half the vaults each. Scored, never trained
        # on: trained on one half, the other half read +0.01 themes F1 and one polarity more,
        # but heldout3's polarity fell 0.897 -> 0.870. On arrival 0.744 / 0.895, 0.761 / 0.876.
        ("feedback_vaults.jsonl", 0.71, 0.86),  # may be read for mistakes
        ("feedback_vaults_heldout.jsonl", 0.73, 0.84),  # never tuned on
    ],
)
def test_labelled_sets_stay_above_their_floor(name: str, themes_f1: float, polarity: float) -> None:
    scores = evaluate(REPO / "tests" / "data" / name)
    assert scores.f1 >= themes_f1 and scores.polarity_accuracy >= polarity, (
        scores.f1,
        scores.polarity_accuracy,
    )


@pytest.mark.parametrize(
    ("name", "most"),
    [
        # Lines that are no feedback on the owner (greetings, logistics, moods, the owner's view
        # of a company, others' interviews), written by three more helpers (2026-12-07). Read
        # alone the classifier takes about half for feedback: it trusts the stage that hands it
        # lines from a feedback section. On arrival 151, 157 and 172 of 300. Trained on (a and
        # b), the held-out set's count fell to 143, but the strangers' vaults read no better.
        ("not_feedback_a.jsonl", 160),
        ("not_feedback_b.jsonl", 165),
        ("not_feedback_heldout.jsonl", 180),
    ],
)
def test_lines_that_are_no_feedback_stay_mostly_unread(name: str, most: int) -> None:
    path = REPO / "tests" / "data" / name
    assert no_feedback_in(path)
    found, lines = read_as_feedback_in(path)
    assert lines == 300 and found <= most


@pytest.mark.parametrize(
    "text, themes, polarity",
    [
        ("Архитектуру продумал хорошо", ("system_design",), "strength"),
        ("С архитектурой были проблемы: слабое место", ("system_design",), "improvement"),
        ("не хватило знаний SQL", ("technical",), "improvement"),
        ("Не плохо для первого раза, код аккуратный", ("technical",), "strength"),
        ("not clear when explaining the design", ("system_design", "communication"), "improvement"),
        ("Good communication, but no tests at all", ("technical", "communication"), "improvement"),
        ("Lacked depth but very motivated", ("attitude",), "improvement"),  # one part criticises
        ("We went with another candidate", (), "neutral"),  # no evaluation in it
    ],
)
def test_rules(text: str, themes: tuple[str, ...], polarity: str) -> None:
    result = classify(text)
    assert set(result.themes) == set(themes)
    assert result.polarity == polarity


def test_a_user_theme_from_the_config() -> None:
    table = default_table()
    table["themes"]["leadership"] = {"words": ["mentoring", "наставничество"]}
    lexicon = build_lexicon(table)
    assert classify("Мало опыта наставничества", lexicon).themes == ("experience", "leadership")
    assert "leadership" in lexicon.themes


def test_data_files_are_packaged() -> None:
    assert Path(REPO / "vaultkit" / "lexicon.toml").is_file()
    assert Path(REPO / "vaultkit" / "feedback_model.npz").is_file()


def test_words_the_model_never_saw_leave_the_rules_answer() -> None:
    model = default_model()
    assert model.rule_weight > 0 and len(model.index) > 1000
    # words the model never saw: the rules' answer stands, and no theme is invented
    only_bias = replace(model, index={"bias": model.index["bias"]})
    assert classify("Qwxz plorf") == classify("Qwxz plorf", model=only_bias)
    assert classify("Qwxz plorf").polarity == "neutral"
    assert not classify("Qwxz plorf").evaluates


@pytest.mark.slow
@pytest.mark.timeout(900)  # one fit on every training set: about two minutes with 43 of them
def test_the_shipped_model_is_what_the_training_script_writes(tmp_path: Path) -> None:
    from bench.train_feedback_model import Settings, fit, load, save

    save(fit(load(), Settings()), tmp_path / "model.npz")
    shipped = REPO / "vaultkit" / "feedback_model.npz"
    assert (tmp_path / "model.npz").read_bytes() == shipped.read_bytes()


@pytest.mark.parametrize(
    ("text", "themes"),
    [
        ("Начали на 10 минут позже по нашей вине", ()),  # their fault is no attitude
        ("Слушай, тебе перезвонят на следующей неделе, у них HR в отпуске", ()),  # "слушай"
        ("Вакансию не читал, путал нас с другим банком", ("preparation",)),
    ],
)
def test_the_model_drops_a_theme_it_is_all_but_sure_is_not_there(
    text: str, themes: tuple[str, ...]
) -> None:
    assert classify(text).themes == themes


def test_a_users_own_theme_is_never_dropped_by_the_model() -> None:
    table = default_table()
    table["themes"]["kubernetes"] = {"words": ["кубер", "kubernetes"]}
    lexicon = build_lexicon(table)
    assert "kubernetes" in classify("С кубером вопросов не было", lexicon).themes


@pytest.mark.parametrize(
    ("text", "themes"),
    [
        ("Автоматизация (Selenium/Playwright): 4/5", ("technical",)),  # a tool alone: the stack
        ("Your dashboard critique was spot on", ("technical",)),
        ("Solid grasp of distributed transactions and idempotency in the design round", None),
    ],
)
def test_a_tool_names_the_stack_only_where_nothing_else_is_named(
    text: str, themes: tuple[str, ...] | None
) -> None:
    found = classify(text).themes
    if themes is None:  # a design round that names a tool is system design, not the stack
        assert "system_design" in found and "technical" not in found
    else:
        assert set(found) == set(themes)


def test_no_lexicon_phrase_names_its_theme_on_fewer_than_half_the_lines_it_fires_on() -> None:
    # a new writer's set can push a phrase under: take it out, or say why it stays
    assert loose(default_lexicon(), sorted(DATA.glob("feedback_train*.jsonl"))) == []


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("с лидерским опытом у тебя всё круто, такие нам и нужны", "strength"),
        ("Не только сильный кодинг, но и хороший system design.", "strength"),
        (
            "We expected a stronger design than most candidates produce at director level.",
            "improvement",
        ),
        ("Ожидали более глубокого понимания индексов", "improvement"),
    ],
)
def test_what_the_model_reads_as_words_the_rules_read_as_said(text: str, polarity: str) -> None:
    assert classify(text).polarity == polarity


def test_an_abbreviation_ends_no_sentence() -> None:
    from vaultkit.domain.feedback import split_items

    text = "Можно подаваться снова через 6 месяцев (т.е. с мая 2027). Strong tests, e.g. mocks."
    assert split_items(text) == [
        "Можно подаваться снова через 6 месяцев (т.е. с мая 2027).",
        "Strong tests, e.g. mocks.",
    ]


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Excellent.", "strength"),
        ("Strong 💪", "strength"),
        ("Poor", "improvement"),
        ("слабо", "improvement"),
        ("Fair", "neutral"),  # no verdict: a fair process, a fair question
        ("Passed.", "neutral"),
    ],
)
def test_a_line_that_is_one_verdict_reads_as_the_verdict(text: str, side: str) -> None:
    assert classify(text).polarity == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("A-", "strength"),
        ("C+", "improvement"),
        ("пятёрка", "strength"),
        ("удовл.", "improvement"),
        ("лайвкод на троечку", "improvement"),
        ("провал", "improvement"),
        ("ну такое", "improvement"),
        ("норм-", "improvement"),
        ("meh", "improvement"),
        ("so-so", "improvement"),
        ("mid", "improvement"),
        ("★★☆☆☆", "improvement"),
        ("★★★★☆", "strength"),
        ("топ", "strength"),
        # a grade's letter inside a line is no grade
        ("A/B test next week", "neutral"),
        ("Honestly? Fair.", "neutral"),
        ("вопрос про провал проекта", "neutral"),
        ("(c)", "neutral"),  # no capital: no grade
        ("Plan A", "neutral"),
        # a grade after its label, or a list's marker
        ("Grade: C+", "improvement"),
        ("- C+", "improvement"),
        ("system design: провал", "improvement"),
        ("Оценка: пятёрка", "strength"),
        ("system design — C", "improvement"),
        ("> ну такое", "improvement"),
        ("Glassdoor: ★★☆☆☆", "neutral"),  # the company's grade, not the candidate's
        # "довольно" is "quite", whatever stem it shares with "довольна"
        ("довольно далеко от метро", "neutral"),
    ],
)
def test_a_line_that_is_a_grade_reads_as_its_side(text: str, side: str) -> None:
    assert classify(text).polarity == side


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("Ни разу не перебил, даже когда я давил на больное", "strength"),
        ("Все 60 минут на английском, интервьюер ни разу не переспросил", "strength"),
        ("ни одного магического числа, имена говорящие", "strength"),
        ("Not once did he get defensive when I pushed on the design", "strength"),
        ("Интервьюер ни разу не подсказал, дошёл до решения сам", "strength"),
        # a virtue that never came is criticism
        ("на дизайне ты ни разу не спросил про нагрузку", "improvement"),
        ("не задал ни одного вопроса про продукт", "improvement"),
        # a turn after the fault that never came: the line is about what followed
        ("Ни одной ошибки в коде — только задачу я решил не ту", "improvement"),
    ],
)
def test_a_fault_that_never_came_is_praise(text: str, side: str) -> None:
    assert classify(text).polarity == side
