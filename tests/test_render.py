"""Rendering: vaultkit's own templates render alike with and without the sandbox; the filters
they use."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from vaultkit.app import pipeline
from vaultkit.notes.registry import OUTPUTS, text_of
from vaultkit.notes.render import Renderer, counted
from vaultkit.store.templates import load_templates
from vaultkit.titles import TITLES
from vaultkit.words import ru_quoted

TODAY = date(2026, 11, 24)


def test_sandbox_only_when_the_vault_overrides_a_template(sample_copy: Path) -> None:
    assert not Renderer(load_templates(sample_copy), "en").sandboxed
    folder = sample_copy / ".vaultkit" / "templates" / "en"
    folder.mkdir(parents=True)
    assert not Renderer(
        load_templates(sample_copy), "en"
    ).sandboxed  # an empty folder overrides nothing
    (folder / "unused.md.j2").write_text("mine", encoding="utf-8")
    assert Renderer(load_templates(sample_copy), "en").sandboxed


def test_every_note_renders_the_same_in_the_sandbox(sample_copy: Path) -> None:
    folder = sample_copy / ".vaultkit" / "templates" / "en"
    folder.mkdir(parents=True)
    (folder / "unused.md.j2").write_text("an override no note uses", encoding="utf-8")
    built = pipeline.build(sample_copy)
    for language in ("en", "ru"):
        sandboxed = Renderer(load_templates(sample_copy), language)
        plain = Renderer(load_templates(None), language)
        assert sandboxed.sandboxed and not plain.sandboxed
        facts = built.facts(TODAY)
        for output in OUTPUTS:
            expected = text_of(output, facts, plain)
            assert text_of(output, facts, sandboxed) == expected, output.name


def test_every_generated_note_is_named_in_titles() -> None:
    assert [output.name for output in OUTPUTS] == list(TITLES)
    assert all(set(TITLES[name]) == {"en", "ru"} for name in TITLES)


def test_counted_nouns_agree_with_their_number() -> None:
    assert [counted(n, "note", "notes") for n in (0, 1, 2, 11, 21)] == [
        "0 notes",
        "1 note",
        "2 notes",
        "11 notes",
        "21 notes",
    ]
    days = ("день", "дня", "дней")
    assert [counted(n, *days) for n in (0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111)] == [
        "0 дней",
        "1 день",
        "2 дня",
        "4 дня",
        "5 дней",
        "11 дней",
        "12 дней",
        "14 дней",
        "21 день",
        "22 дня",
        "25 дней",
        "101 день",
        "111 дней",
    ]


def test_russian_drafts_set_a_cyrillic_name_in_guillemets_after_a_noun() -> None:
    assert ru_quoted(" Кодовая Гавань ") == "«Кодовая Гавань»"  # no case ending to get wrong
    assert ru_quoted("Northwind Systems") == "Northwind Systems"  # a Latin name stays as is
    assert ru_quoted('ООО "Ромашка"') == 'ООО "Ромашка"'  # quoted by its writer already
    assert ru_quoted("«Яндекс»") == "«Яндекс»"
    text = Renderer(load_templates(None), "ru").render(
        "drafts/follow_up.md.j2",
        language="ru",
        first_name="Елена",
        position="Техлид Python",
        company="Кодовая Гавань",
        interview_date="18 ноября",
        my_message="",
        late=False,
        welcome_back=False,
        on_hold_since="",
    )
    assert "по позиции «Техлид Python» в компании «Кодовая Гавань»:" in text
