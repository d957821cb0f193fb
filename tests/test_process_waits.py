"""Where a process waits, read from the owner's words: a stage passed and silent since is chased
once ("прошла скрининг, жду следующего этапа"), unless the next round is booked or the note's
own `stage` says the process is on hold; "прошло отлично" tells how a round went, not that it
was passed; "Writing them off", "считаю мёртвым" close a process the owner gave up on."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault

from vaultkit.app import pipeline
from vaultkit.domain.outcomes import read_outcome
from vaultkit.domain.rounds_ahead import round_task_day
from vaultkit.notes import registry

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("- 2026-11-05 — nothing for three weeks. Writing them off.", "withdrawn"),
        ("writing Acme off", "withdrawn"),
        ("Two pings, no answer. Written off.", "withdrawn"),
        ("consider it written off", "withdrawn"),
        ("gave up on them", "withdrawn"),
        ("тишина месяц, считаю мёртвым", "withdrawn"),
        ("считаю процесс закрытым", "withdrawn"),
        ("ставлю на них крест", "withdrawn"),
        ("not writing it off yet", None),
        ("never give up on it", None),
        ("не считаю мёртвым, подожду", None),
        ("write off the laptop as an expense", None),
        ("the old code was written off", None),
        ("по ощущениям прошло отлично", None),
        ("собес прошёл нормально", None),
        ("прошла бодро, но устала", None),
        ("резюме не прошло", "rejected"),
        ("не прошла тех", "rejected"),
        ("прошла скрининг, жду следующего этапа", "passed"),
        ("passed the screen", "passed"),
    ],
)
def test_what_the_words_say(text: str, result: str | None) -> None:
    assert read_outcome(text).result == result


def _due(make_vault: MakeVault, company_note: str) -> list[tuple[str, date]]:
    root = make_vault(
        {
            "People/Jo Lane.md": '---\ntype: contact\ncompany: "[[Acme]]"\n---\n',
            "Companies/Acme.md": company_note,
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(TODAY)
    return [(i.kind, i.due_on) for i in registry.due_report(facts).items if i.interview]


HEAD = "---\nstatus: applied\napplied: 2026-10-12\n---\n# Acme\n\n"


def test_a_stage_passed_and_silent_since_is_chased_once(make_vault: MakeVault) -> None:
    note = HEAD + "- 2026-10-15 — screen with [[Jo Lane]], passed, waiting for the next round\n"
    assert _due(make_vault, note) == [("follow_up", date(2026, 10, 20))]


def test_a_stage_passed_with_the_next_round_booked_waits_for_it(make_vault: MakeVault) -> None:
    note = HEAD + (
        "- 2026-10-15 — screen with [[Jo Lane]], passed\n"
        "- 2026-11-20 — Jo booked the tech round for 2026-12-10\n"
    )
    assert [kind for kind, _ in _due(make_vault, note)] in ([], ["prepare"])


def test_the_notes_own_stage_on_hold_is_where_it_stands(make_vault: MakeVault) -> None:
    note = HEAD.replace("status: applied", "stage: on hold") + (
        "- 2026-10-15 — screen with [[Jo Lane]], passed\n"
    )
    root = make_vault({"Companies/Acme.md": note})
    (interview,) = pipeline.build(root, use_cache=False).facts(TODAY).interviews()
    assert interview.result == "on_hold"


def test_a_process_written_off_is_not_chased(make_vault: MakeVault) -> None:
    note = HEAD + (
        "- 2026-10-15 — recruiter screen with [[Jo Lane]]\n"
        "- 2026-11-05 — nothing for three weeks. Writing them off.\n"
    )
    assert _due(make_vault, note) == []
    assert _due(make_vault, note.replace("Writing them off.", "Not writing it off yet.")) == [
        ("follow_up", date(2026, 10, 20))
    ]


def test_a_days_times_written_with_a_dot_are_its_hours(make_vault: MakeVault) -> None:
    day = (
        "- 8.40 вышла, пробки\n- 9.10 созвон с [[Аня Белова|Аней]] — тимлид вернётся\n"
        "- 9.50 кофе\n- 11.05 написала Диме про квартиру\n"
    )
    root = make_vault(
        {"Люди/Аня Белова.md": "---\ntype: contact\n---\n", "Дневник/2026-12-03.md": day}
    )
    built = pipeline.build(root, use_cache=False)
    assert built.graph.notes["Дневник/2026-12-03.md"].entries == ()  # no 9 October, no 11 May
    (anya,) = built.facts(TODAY).contacts()
    assert anya.last_interaction is not None and anya.last_interaction.on == date(2026, 12, 3)


def test_a_task_that_is_a_round_may_open_with_its_companys_name() -> None:
    assert round_task_day("Iveria — раунд с Levan 📅 2026-12-10") == date(2026, 12, 10)
    assert round_task_day("раунд с Levan 📅 2026-12-10") == date(2026, 12, 10)
    assert round_task_day("Iveria — прислать CV 📅 2026-12-07") is None
