"""Reading a vault as its owner wrote it: Dataview inline fields are properties, and every key
vaultkit reads goes by the names people give it, in English and Russian."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import MakeVault
from hypothesis import given, settings
from hypothesis import strategies as st

from vaultkit.app import pipeline
from vaultkit.keys import canonical
from vaultkit.notes import registry
from vaultkit.parse.note_parser import loads

TODAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("Company:: Booking\n", "company", "Booking"),
        ("company::Booking\n", "company", "Booking"),
        ("Company::\n", "company", None),
        ("- Stage:: final\n", "stage", "final"),
        ("* Stage:: final\n", "stage", "final"),
        ("1. Stage:: final\n", "stage", "final"),
        ("> Stage:: final\n", "stage", "final"),
        ("**Stage**:: final\n", "stage", "final"),
        ("Last Contact:: 2026-10-20\n", "last_contact", date(2026, 10, 20)),
        ("last-contact:: 2026-10-20\n", "last_contact", date(2026, 10, 20)),
        ("Met her today [stage:: onsite] and more\n", "stage", "onsite"),
        ("Met her today (stage:: onsite) and more\n", "stage", "onsite"),
        ("Met [company:: [[Booking]]] today\n", "company", "[[Booking]]"),
        ("Tags:: #recruiter\n", "tags", "#recruiter"),
        ("Tier:: key\n", "tier", "key"),
        ("Cadence:: 30\n", "cadence", 30),
    ],
)
def test_each_inline_field_form_is_a_property(text: str, key: str, value: object) -> None:
    note = loads(text, "Notes/x.md")
    if value is None:
        assert note.get(key) is None
    else:
        assert note.get(key) == value
        assert note.find(key) is not None and note.find(key).source == "inline"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "```\nStage:: final\n```\n",  # code
        "    Stage:: final\n",  # an indented code block
        "%%\nStage:: final\n%%\n",  # a comment block
        "%% Stage:: final %%\n",  # a comment on one line, as templates leave hints
        "Next step %%[stage:: final]%% to see\n",
        "<!-- Stage:: final -->\n",
        "- [x] called [stage:: final]\n",  # a task's own field
        "A URL https://example.com::8080 in text\n",
    ],
)
def test_no_field_where_dataview_reads_none(text: str) -> None:
    note = loads(text, "Notes/x.md")
    assert note.get("stage") is None and not note.properties


def test_a_field_beside_a_comment_on_its_line_is_read() -> None:
    assert loads("[stage:: final] %% moved up 2026-11-20 %%\n", "x.md").get("stage") == "final"


def test_the_property_block_wins_over_an_inline_field_and_the_conflict_is_named() -> None:
    note = loads("---\nstage: screen\n---\nStage:: final\n", "Notes/x.md")
    assert note.get("stage") == "screen"
    [warning] = [d for d in note.diagnostics if "inline field" in d.message]
    assert warning.line == 4 and "screen" in warning.message and "final" in warning.message
    same = loads("---\nstage: final\n---\nStage:: final\n", "Notes/x.md")
    assert not [d for d in same.diagnostics if "inline field" in d.message]


def test_a_link_in_a_field_links_as_the_fields_key() -> None:
    note = loads("Company:: [[Booking]]\nSaw [[Anna]] there\n", "Notes/x.md")
    assert {(link.target, link.where) for link in note.links} == {
        ("Booking", "Company"),
        ("Anna", "body"),
    }


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Последний контакт", "last_contact"),
        ("last contacted", "last_contact"),
        ("Employer", "company"),
        ("компания", "company"),
        ("работодатель", "company"),
        ("Этап", "stage"),
        ("Outcome", "result"),
        ("итог", "result"),
        ("Результат", "result"),
        ("дата", "date"),
        ("Role", "position"),
        ("должность", "position"),
        ("вакансия", "position"),
        ("День рождения", "birthday"),
        ("ДР", "birthday"),
        ("Рекрутер", "recruiter"),
        ("HR", "recruiter"),
        ("частота", "cadence"),
        ("Attendees", "people"),
        ("участники", "people"),
        ("статус", "status"),
        ("some_key_of_mine", "some_key_of_mine"),
    ],
)
def test_every_key_goes_by_its_names(written: str, name: str) -> None:
    assert canonical(written) == name
    assert loads(f"---\n{written}: x\n---\n", "a.md").get(name) == "x"


_VALUES = st.one_of(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)).map(date.isoformat),
    st.integers(min_value=-1000, max_value=100000).map(str),
    st.sampled_from(["key", "final", "Senior Backend Engineer", "true", "Отказ", "раз в месяц"]),
    st.from_regex(r"[A-Za-zА-Яа-я][A-Za-zА-Яа-я ]{0,20}[A-Za-zА-Яа-я]", fullmatch=True),
    st.sampled_from(['"[[Booking]]"', "[[Booking]]", '"[[Anna Petrova|Anna]]"']),
)


@settings(max_examples=300, deadline=None)
@given(key=st.sampled_from(["stage", "Company", "Последний контакт", "tier"]), value=_VALUES)
def test_an_inline_field_reads_as_the_same_key_in_the_block(key: str, value: str) -> None:
    in_block = loads(f"---\n{key}: {value}\n---\n", "a.md").get(key)
    inline = loads(f"{key}:: {value}\n", "a.md").get(key)
    assert inline == in_block


def test_a_vault_kept_with_dataview_fields_gets_its_due_dates_right(
    make_vault: MakeVault,
) -> None:
    root = make_vault(
        {
            "Recruiters/Мария Соколова.md": (
                "---\ntype: contact\n---\n# Мария Соколова\n"
                "Компания:: [[Booking]]\nПоследний контакт:: 2026-10-20\nУровень:: key\n"
            ),
            "Companies/Booking.md": "---\ntype: company\n---\n",
        }
    )
    facts = pipeline.build(root, use_cache=False).facts(TODAY)
    [maria] = facts.contacts()
    assert maria.last_interaction is not None
    assert maria.last_interaction.on == date(2026, 10, 20)
    assert maria.companies == ("Companies/Booking.md",)
    assert maria.tier == "key"
    [item] = registry.due_report(facts).items
    assert item.due_on == date(2026, 11, 19)  # 30 days after the field's date, not a first touch


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("Job Search/Recruiters/Ольга.md", "# Ольга\nАгентство Kontakt\n"),
        ("Job Search/Рекрутеры/Ольга.md", "# Ольга\n"),
        ("Работа/HR/Ольга.md", "# Ольга\n"),
        ("Notes/Ольга.md", "# Ольга\n#хедхантер из агентства\n"),
        ("Notes/Ольга.md", "---\ntags: [эйчар]\n---\n"),
        ("Notes/Tom.md", "---\ntags: [headhunter]\n---\n"),
        ("Notes/Tom.md", "---\ntype: headhunter\n---\n"),
    ],
)
def test_contacts_are_found_by_the_tags_and_folders_people_use(
    make_vault: MakeVault, path: str, text: str
) -> None:
    built = pipeline.build(make_vault({path: text}), use_cache=False)
    assert built.graph.kinds[path] == "contact"


def test_the_config_maps_a_key_of_the_vaults_own_and_the_cache_follows(
    make_vault: MakeVault,
) -> None:
    root = make_vault(
        {
            "Recruiters/Anna.md": "---\ntype: contact\nКогда говорили: 2026-10-20\n---\n",
            "Interviews/Onsite.md": (  # its title names no company: which is its own?
                "---\ntype: interview\nФирма: '[[Acme]]'\ndate: 2026-11-01\n---\n"
                "Better than the [[Globex]] one.\n"
            ),
            "Companies/Acme.md": "---\ntype: company\n---\n",
            "Companies/Globex.md": "---\ntype: company\n---\n",
        }
    )

    def read() -> tuple[object, object]:
        facts = pipeline.build(root).facts(TODAY)  # through the cache file
        [anna] = facts.contacts()
        [interview] = facts.interviews()
        last = anna.last_interaction.on if anna.last_interaction else None
        return last, interview.company

    assert read() == (None, None)
    (root / ".vaultkit").mkdir(exist_ok=True)
    (root / ".vaultkit" / "config.toml").write_text(
        '[properties]\n"когда говорили" = "last contact"\n"Фирма" = "company"\n',
        encoding="utf-8",
    )
    assert read() == (date(2026, 10, 20), "Companies/Acme.md")  # no note changed: re-parsed
    assert read() == (date(2026, 10, 20), "Companies/Acme.md")  # and from the cache, the same
    (root / ".vaultkit" / "config.toml").write_text("", encoding="utf-8")
    assert read() == (None, None)


def test_key_value_lines_at_the_top_of_the_body_are_properties() -> None:
    note = loads(
        "# Olga Ivanova\n"
        "Created time: September 3, 2026 4:12 PM\n"
        "Tags: Recruiter, Agency\n"
        "Last contact: 2026-10-20\n"
        "\nMet at a meetup. Note: she prefers Telegram.\n",
        "Notion/Olga.md",
    )
    assert note.get("created_time") == date(2026, 9, 3)
    assert note.get("last_contact") == date(2026, 10, 20)
    assert note.find("last_contact").source == "body"  # type: ignore[union-attr]
    assert {"Recruiter", "Agency"} <= set(note.tags)
    assert note.get("note") is None  # below the block: a sentence


@pytest.mark.parametrize(
    "text",
    [
        "Just one line: with a colon.\nAnd prose after it.\n",  # one line is a sentence
        "Some prose first.\nStage: final\nResult: offer\n",  # not at the top
        "https://example.com: a link\nhttp://x.org: another\n",
        "- Stage: final\n- Result: offer\n",  # a list, not a block of keys
    ],
)
def test_no_body_properties_where_the_top_is_prose(text: str) -> None:
    note = loads(text, "x.md")
    assert note.get("stage") is None and note.get("result") is None and not note.properties


def test_a_mapping_onto_a_key_vaultkit_does_not_read_is_named(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "People/Anna.md": "---\ntype: contact\n---\n",
            ".vaultkit/config.toml": '[properties]\n"фирма" = "company"\n"когда" = "lastcontact"\n',
        }
    )
    built = pipeline.build(root, use_cache=False)
    [warning] = [d for d in built.diagnostics if "[properties]" in d.message]
    assert (warning.path, warning.line) == (".vaultkit/config.toml", 3)
    assert "'lastcontact'" in warning.message
