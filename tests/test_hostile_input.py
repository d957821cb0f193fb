"""Parsing never raises and stays linear on hostile input, and whole vaults of broken values
rebuild (property-based and crafted cases)."""

from __future__ import annotations

import json
import shutil
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vaultkit.app import pipeline
from vaultkit.app.session import Session
from vaultkit.parse.encoding import decode
from vaultkit.parse.note_parser import load, loads

PIECES = [
    *"[]|#^!`$-:\n\t ()%aZя1{}>*\\\"'&",
    "---\n",
    "[[",
    "]]",
    "```\n",
    "    ",
    "- 2026-10-01 ",
]
MARKDOWNISH = st.lists(st.sampled_from(PIECES), max_size=150).map("".join)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(max_size=500))
def test_loads_never_raises_on_any_text(text: str) -> None:
    note = loads(text, "x.md")
    assert note.path == "x.md"


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(MARKDOWNISH)
def test_loads_never_raises_on_markdown_like_text(text: str) -> None:
    note = loads("---\n" + text, "x.md")
    for link in note.links:
        assert link.line >= 1


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=500))
def test_load_never_raises_on_any_bytes(raw: bytes) -> None:
    load(raw, "x.md")


@settings(max_examples=200, deadline=None)
@given(
    st.dictionaries(
        st.text(min_size=1, max_size=10).filter(lambda k: ":" not in k and "\n" not in k),
        st.text(max_size=20),
        max_size=5,
    )
)
def test_frontmatter_fuzz_never_raises(props: dict[str, str]) -> None:
    text = "---\n" + "".join(f"{key}: {value}\n" for key, value in props.items()) + "---\nbody"
    loads(text, "x.md")


def test_nested_brackets_and_huge_link_counts_finish() -> None:
    # Each of these would take minutes with a quadratic scan; pytest-timeout guards the suite.
    for text in ("[" * 50_000, "[[" * 50_000, "[[a" * 50_000 + "]]", "![" * 50_000):
        loads(text, "x.md")
    many = loads("[[Note]] " * 100_000, "x.md")
    assert len(many.links) == 100_000


def test_huge_property_blocks_of_empty_or_repeated_keys_finish_with_short_messages() -> None:
    empty = loads("---\n" + "".join(f"k{i}: #t\n" for i in range(100_000)) + "---\n", "x.md")
    assert len(empty.properties) == 100_000
    hints = [d for d in empty.diagnostics if "after it is a YAML comment" in d.message]
    assert len(hints) == 100_000  # one per key, each found without splitting the block again
    repeated = loads("---\n" + "k:\n" * 50_000 + "---\n", "x.md")
    [diagnostic] = repeated.diagnostics
    assert diagnostic.message == (
        "property 'k' is set more than once (50000 times, on lines 2 to 50001); only the last "
        "is read: merge them into one"
    )


def test_latin1_and_cp1251_are_read_with_a_warning() -> None:
    text, diagnostics = decode("Café déjà vu".encode("latin-1"), "x.md")
    assert text == "Café déjà vu"
    assert diagnostics[0].severity == "warning"
    note = load("---\nтип: контакт\n---\nПривет, [[Анна]]".encode("cp1251"), "y.md")
    assert note.get("тип") == "контакт"
    assert note.links[0].target == "Анна"


def test_binary_and_empty_files() -> None:
    binary = load(b"\x89PNG\r\n\x1a\n\x00\x00\x00", "junk.md")
    assert binary.diagnostics[0].severity == "error"
    assert binary.links == ()
    empty = load(b"", "empty.md")
    assert [d.message for d in empty.diagnostics] == ["empty note"]


def test_huge_note_is_read_with_a_diagnostic() -> None:
    raw = ("- line with [[Link]]\n" * 250_000).encode()  # about 5 MB
    note = load(raw, "big.md")
    assert len(note.links) == 250_000
    assert any("large note" in d.message for d in note.diagnostics)


VAULT_NAMES = st.sampled_from(
    [
        "Anna",
        "Bob",
        "Acme",
        "Interview 1",
        "2026-11-20",
        "Daily/2026-11-21",
        "People/Anna",
        "Карина",
        "Meet",
    ]
)
PROPS = st.sampled_from(
    [
        "type: contact",
        "type: company",
        "type: interview",
        "type: meeting",
        "type: [contact, company]",
        "tier: key",
        "tier: supporting",
        "tier: [key]",
        "cadence: 2w",
        "cadence: monthly",
        "cadence: 0",
        "cadence: [1]",
        "last_contact: 2026-10-01",
        "last_contact: 2026-13-01",
        "last_contact: yes",
        "last_contact: [2026-10-01]",
        "birthday: 03-14",
        "birthday: 2026-02-29",
        "birthday: 14.03",
        "birthday: {a: 1}",
        'company: "[[Acme]]"',
        'recruiter: "[[Anna]]"',
        'people: ["[[Anna]]", "[[Bob]]"]',
        "date: 2026-11-01",
        "date: 2026-11-01T10:00:00",
        "date: tomorrow",
        "result: rejected",
        "result: offer",
        "result: [x]",
        "result_date: 2026-11-03",
        "feedback_requested: 2026-11-04",
        "status: inactive",
        "status: paused",
        "channel: call",
        "position: Backend",
        "aliases: [Ann]",
        "tags: [contact]",
        'categories: ["[[People]]"]',
        "interview_date: 2026-11-01",
        "stage: final",
        "stage: Final round",
        "stage: not final",
        "date: 2026-11-01 25:00",
        "tier: key contact",
        "tier: not key",
        "result: offer received",
        "result: didn't pass",
        "result: no",
        "birthday: 3 декабря",
        "birthday: Dec 3, 1990",
        "birthday: 31 June",
        "birthday: 03.12",
    ]
)
BODY = st.sampled_from(
    [
        "- 2026-10-01 call [[Anna]]",
        "- [x] wrote [[Anna]] ✅ 2026-11-02",
        "- [ ] plan [[Bob]]",
        "## Feedback\n- Weak on system design\n- Strong python",
        "## Обратная связь\n- Не хватило опыта",
        "[[Acme]] [[Nobody]] #hr",
        "```\n[[Anna]]\n```",
        "- 31.12.2026 call",
        "> [!note]\n> [[Bob]]",
        "## Log\n- 2026-11-10 coffee",
        "![[Anna]]",
        "- [[2026-11-20]] met [[Anna]]",
        "#given/referral [[Anna]] #no-reply",
    ]
)
NOTE = st.tuples(VAULT_NAMES, st.lists(PROPS, max_size=5), st.lists(BODY, max_size=4))
DAILY = st.sampled_from(
    [None, "YYYY-MM-DD", "YYYY/MM/YYYY-MM-DD", "DD.MM.YYYY", "D MMMM YYYY", "[Day] YYYY-MM-DD"]
)
CONFIG = st.sampled_from(
    [
        "",
        'language = "ru"\n',
        '[due]\nrecord_ticks_in = "log"\n',
        '[network]\ncanvas_color = "tier"\n',
        'output_folder = "Out"\n',
    ]
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(NOTE, min_size=1, max_size=8),
    DAILY,
    CONFIG,
    st.sampled_from([date(2026, 11, 24), date(2026, 2, 28), date(2024, 2, 29)]),
)
def test_any_mix_of_conventions_rebuilds_and_a_second_rebuild_changes_nothing(
    notes: list[tuple[str, list[str], list[str]]], daily: str | None, config: str, today: date
) -> None:
    """Whole vaults of the conventions, broken values included: never a crash, every note
    written, and the next rebuild finds every note unchanged."""
    root = Path(tempfile.mkdtemp())
    (root / ".obsidian").mkdir()
    try:
        for name, props, body in notes:
            path = root / f"{name}.md"
            path.parent.mkdir(parents=True, exist_ok=True)
            text = (
                ("---\n" + "\n".join(props) + "\n---\n" if props else "") + "\n".join(body) + "\n"
            )
            path.write_text(text, encoding="utf-8")
        if daily:
            (root / ".obsidian").mkdir(exist_ok=True)
            (root / ".obsidian/daily-notes.json").write_text(json.dumps({"format": daily}))
        if config:
            (root / ".vaultkit").mkdir(exist_ok=True)
            (root / ".vaultkit/config.toml").write_text(config)
        result = pipeline.rebuild(Session(root), today)
        assert all(w.outcome in ("written", "unchanged") for w in result.writes), result.writes
        again = pipeline.rebuild(Session(root), today)
        assert all(w.outcome == "unchanged" for w in again.writes)
    finally:
        shutil.rmtree(root)
