"""The interview rules are safe first: whatever an interview's history, written in either
language, no "any news?" follow-up goes to a company whose decision is written down, and no
feedback request where the feedback is recorded or the outcome is no rejection."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vaultkit.app import pipeline
from vaultkit.notes import registry

TODAY = date(2026, 12, 4)
DECISIONS = {
    "rejected": [
        "отказ",
        "Получила отказ, сказали что не хватает опыта",
        "rejected",
        "Unfortunately they decided not to proceed",
        "не прошла финал",
        "мне отказали",
    ],
    "offer": ["offer", "оффер!", "устный оффер, ждём письменный", "verbal offer", "got hired"],
    "withdrawn": ["I withdrew", "сняла кандидатуру", "я отказалась от оффера"],
}
WAITS = [
    "ждём решения",
    "waiting for the decision",
    "no offer yet",
    "тишина",
    "passed the screen",
    "прошла скрининг",
    "не отказ, просто перенесли",
]
FEEDBACK = "## Feedback\n- strong coding, clean code\n- system design could be deeper\n"


@st.composite
def histories(draw: st.DrawFn) -> tuple[str, str | None, bool]:
    """An interview note's text, the decision it records (None: none), and whether it records
    feedback. Waits come before the decision, as they happen."""
    held = date(2026, 10, 1) + timedelta(days=draw(st.integers(0, 50)))
    stage = draw(st.sampled_from(["final", "финал", "onsite", "screen", "техническое"]))
    decision = draw(st.sampled_from([None, "rejected", "offer", "withdrawn"]))
    where = draw(st.sampled_from(["result", "section", "entry", "inline", "update"]))
    lines = [f"---\ntype: interview\nrecruiter: '[[Anna]]'\ndate: {held}\nstage: {stage}"]
    body: list[str] = []
    day = held
    for wait in draw(st.lists(st.sampled_from(WAITS), max_size=2)):
        day += timedelta(days=draw(st.integers(1, 5)))
        body.append(f"- {day} {wait}")
    if decision is not None:
        phrase = draw(st.sampled_from(DECISIONS[decision]))
        day += timedelta(days=draw(st.integers(1, 9)))
        if where == "result":
            lines.append(f"result: {phrase}")
        elif where == "section":
            body.append(f"\n## Итог\n{phrase}\n")
        elif where == "entry":
            body.append(f"- {day} {phrase}")
        elif where == "inline":
            body.append(f"Result:: {phrase}")
        else:
            body.append(f"\n## Заметки\n**UPD {day.day:02d}.{day.month:02d}:** {phrase}\n")
    feedback = draw(st.booleans())
    if feedback:
        body.append(FEEDBACK)
    text = "\n".join(lines) + "\n---\n# Interview\n" + "\n".join(body) + "\n"
    return text, decision, feedback


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(history=histories())
def test_no_any_news_after_a_decision_and_no_needless_feedback_request(
    history: tuple[str, str | None, bool],
) -> None:
    text, decision, feedback = history
    root = Path(tempfile.mkdtemp(prefix="vk-safety-"))
    try:
        (root / ".obsidian").mkdir()
        (root / "People").mkdir()
        (root / "Interviews").mkdir()
        (root / "People/Anna.md").write_text("---\ntype: contact\ntier: key\n---\n", "utf-8")
        (root / "Interviews/Acme final.md").write_text(text, "utf-8")
        facts = pipeline.build(root, use_cache=False).facts(TODAY)
        kinds = {item.kind for item in registry.due_report(facts).items if item.interview}
    finally:
        shutil.rmtree(root)
    if decision is not None:
        assert "follow_up" not in kinds, text
    if feedback or decision != "rejected":
        assert "request_feedback" not in kinds, text
