"""Frontmatter: Obsidian property shapes, and every way a real property block breaks."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from vaultkit.parse.note_parser import load, loads


def test_obsidian_property_shapes() -> None:
    note = loads(
        "---\ntitle: Anna\ncount: 3\nscore: 4.5\nactive: true\nmet: 2026-10-01\n"
        "at: 2026-10-01T14:30:00\nlist: [a, b]\nempty:\n---\nbody\n",
        "Anna.md",
    )
    assert note.get("title") == "Anna"
    assert note.get("count") == 3
    assert note.get("score") == 4.5
    assert note.get("active") is True
    assert note.get("met") == date(2026, 10, 1)
    assert note.get("at") == datetime(2026, 10, 1, 14, 30)
    assert note.get("list") == ("a", "b")
    assert note.get("empty") is None
    assert note.get("TITLE") == "Anna"  # keys are case-insensitive, as in Obsidian
    assert [p.line for p in note.properties] == [2, 3, 4, 5, 6, 7, 8, 9]
    assert note.diagnostics == ()


def test_links_in_properties_are_typed_by_key() -> None:
    note = loads(
        '---\ncompany: "[[Acme]]"\npeople: ["[[Anna Petrova]]", "[[Bob|Bobby]]"]\n'
        'note: "met at [[Conf 2026#Day 2]]"\n---\n',
        "x.md",
    )
    assert [(link.target, link.where, link.line) for link in note.links] == [
        ("Acme", "company", 2),
        ("Anna Petrova", "people", 3),
        ("Bob", "people", 3),
        ("Conf 2026", "note", 4),
    ]
    assert note.links[2].alias == "Bobby"
    assert note.links[3].heading == "Day 2"


def test_unquoted_link_is_read_with_a_warning() -> None:
    note = loads("---\ncompany: [[Acme]]\n---\n", "x.md")
    assert note.get("company") == "[[Acme]]"
    assert note.links[0].target == "Acme"
    assert note.diagnostics[0].severity == "warning"
    assert note.diagnostics[0].line == 2


def test_template_placeholder_costs_only_its_own_key() -> None:
    note = loads("---\ntype: contact\ncreated: {{date}}\ntier: key\n---\n", "x.md")
    assert note.get("type") == "contact"
    assert note.get("tier") == "key"
    assert note.get("created") is None
    [diagnostic] = note.diagnostics
    assert (diagnostic.line, diagnostic.severity) == (3, "error")
    assert "placeholder" in diagnostic.message


def test_impossible_date_is_kept_as_text_with_an_error() -> None:
    note = loads("---\nbirthday: 2026-02-30\nok: 1\n---\n", "x.md")
    assert note.get("birthday") == "2026-02-30"
    assert note.get("ok") == 1
    [diagnostic] = note.diagnostics
    assert diagnostic.line == 2
    assert "not a real date" in diagnostic.message


def test_block_that_is_not_a_mapping() -> None:
    note = loads("---\n- a\n- b\n---\ntext [[Link]]\n", "x.md")
    assert note.properties == ()
    assert note.diagnostics[0].severity == "error"
    assert [link.target for link in note.links] == ["Link"]


def test_python_tags_never_construct_anything() -> None:
    note = loads(
        "---\nx: !!python/object/apply:os.system ['touch /tmp/pwned']\ny: 2\n---\n", "x.md"
    )
    assert note.get("x") is None
    assert note.get("y") == 2
    assert note.diagnostics[0].line == 2


def test_alias_bomb_is_bounded() -> None:
    lines = ["a: &a [1,1,1,1,1,1,1,1,1]"]
    for level in "bcdefghij":
        previous = chr(ord(level) - 1)
        lines.append(f"{level}: &{level} [" + ",".join([f"*{previous}"] * 9) + "]")
    note = loads("---\n" + "\n".join(lines) + "\n---\n", "bomb.md")
    assert any("more than" in d.message for d in note.diagnostics)


def test_self_referencing_alias_is_bounded() -> None:
    note = loads("---\na: &a [*a]\nb: 1\n---\n", "loop.md")
    assert note.get("b") == 1
    assert note.diagnostics


def test_unclosed_block_is_body() -> None:
    note = loads("---\ntitle: x\nno end here [[Link]]\n", "x.md")
    assert note.properties == ()
    assert [link.target for link in note.links] == ["Link"]


def test_bom_keeps_properties() -> None:
    note = load("\ufeff---\ntype: contact\n---\n".encode(), "x.md")
    assert note.get("type") == "contact"
    assert note.diagnostics[0].severity == "info"


def test_crlf_keeps_properties_and_lines() -> None:
    note = load(b"---\r\ntype: contact\r\n---\r\n\r\n- 2026-10-01 call [[Anna]]\r\n", "x.md")
    assert note.get("type") == "contact"
    assert note.entries[0].line == 5
    assert note.links[0].line == 5


def test_tags_and_aliases_properties() -> None:
    note = loads('---\ntags: [recruiter, "#hr", 2026]\naliases: ["Annie P", Ann]\n---\n', "x.md")
    assert note.tags == ("recruiter", "hr", "2026")
    assert note.aliases == ("Annie P", "Ann")
    single = loads("---\ntags: recruiter, agency\naliases: Annie\n---\n", "y.md")
    assert single.tags == ("recruiter", "agency")
    assert single.aliases == ("Annie",)


def test_notes_sharing_a_block_each_get_their_own_diagnostics() -> None:
    block = "---\ncompany: [[Acme]]\nwhen: 2026-02-30\nbroken: [1, 2\nkept: yes\n---\nbody\n"
    first, second = loads(block, "People/A.md"), loads(block, "People/B.md")
    assert first.properties == second.properties
    assert [d.path for d in first.diagnostics] == ["People/A.md"] * len(first.diagnostics)
    assert [d.path for d in second.diagnostics] == ["People/B.md"] * len(second.diagnostics)
    assert [(d.line, d.message) for d in first.diagnostics] == [
        (d.line, d.message) for d in second.diagnostics
    ]
    assert sorted(d.line for d in first.diagnostics) == [2, 3, 4]  # link, date, broken list
    later = loads("# title\n" + block, "People/C.md")  # not a property block: no diagnostics
    assert later.properties == () and later.diagnostics == ()


def test_a_block_cut_short_names_the_line_where_the_unclosed_value_began() -> None:
    note = loads('---\ntype: x\nlist: [a,\n  b\nquote: "open\n---\nbody\n', "x.md")
    assert [d.line for d in note.diagnostics if d.severity == "error"] == [3, 5]


def test_plain_values_are_read_as_obsidian_reads_them() -> None:
    """YAML 1.2, as Obsidian: yes/no/on/off and times are text, leading zeros are decimal."""
    note = loads(
        "---\nremote: yes\ncountry: NO\nstatus: off\ntime: 12:30\nphone: 0755\n"
        "size: 1_000\nhex: 0x1F\nbig: 1e3\nchecked: True\nnothing: ~\n---\n",
        "x.md",
    )
    assert [p.value for p in note.properties] == [
        "yes",
        "NO",
        "off",
        "12:30",
        755,
        "1_000",
        31,
        1000.0,
        True,
        None,
    ]


def test_unicode_line_separators_inside_a_value_are_text() -> None:
    """Pasted from a web page: Obsidian (YAML 1.2) reads them as text, PyYAML as line breaks."""
    note = loads(
        "---\nheadline: Senior Recruiter\u2028at Acme\ntags: [a\u2029b, c]\ntier: key\n---\n",
        "x.md",
    )
    assert [(p.key, p.value, p.line) for p in note.properties] == [
        ("headline", "Senior Recruiter\u2028at Acme", 2),
        ("tags", ("a\u2029b", "c"), 3),
        ("tier", "key", 4),
    ]
    assert note.diagnostics == ()


def test_a_repeated_key_is_reported_and_its_last_value_read_at_its_line() -> None:
    note = loads(
        "---\ntype: contact\ncompany: '[[Acme]]'\ntier: key\ncompany: '[[Globex]]'\n"
        "company: '[[Initech]]'\n---\n",
        "Anna.md",
    )
    assert note.get("company") == "[[Initech]]"
    assert [(link.target, link.line) for link in note.links] == [("Initech", 6)]
    assert [(d.line, d.severity, d.message) for d in note.diagnostics] == [
        (
            6,
            "warning",
            "property 'company' is set more than once (lines 3, 5 and 6); only the last is "
            "read: merge them into one",
        )
    ]
    broken = loads("---\ntier: key\ntier: [oops\n---\n", "Boris.md")  # read key by key
    assert [d.line for d in broken.diagnostics if "more than once" in d.message] == [3]


def test_a_value_written_as_a_hashtag_is_a_comment_and_gets_a_hint() -> None:
    note = loads(
        "---\ntags: #recruiter\nstatus: #active  # why\ntopics: # a comment on its own\n"
        "  - python\nnotes: # just a comment\n---\n",
        "Anna.md",
    )
    assert note.get("tags") is None and note.tags == ()  # as Obsidian reads it
    assert note.get("topics") == ("python",)
    assert [(d.line, d.message) for d in note.diagnostics] == [
        (
            2,
            "property 'tags' is empty: '#recruiter' after it is a YAML comment; write tags: "
            "recruiter",
        ),
        (
            3,
            "property 'status' is empty: '#active' after it is a YAML comment; write status: "
            'active (or "#active" in quotes)',
        ),
    ]


def test_the_singular_tag_and_alias_keys_are_not_read_and_get_a_hint() -> None:
    note = loads("---\ntag: recruiter\nAlias: Аня\n---\n", "Anna.md")
    assert note.tags == () and note.aliases == ()  # as Obsidian reads them
    assert [(d.line, d.message) for d in note.diagnostics] == [
        (2, "property 'tag' is not read: Obsidian reads tags from 'tags'; rename it"),
        (3, "property 'Alias' is not read: Obsidian reads aliases from 'aliases'; rename it"),
    ]


@pytest.mark.parametrize(
    "block, cause, cause_ru",
    [
        ("title: Lead: platform", 'value holding ": " needs quotes', "нужно взять в кавычки"),
        ('title: "unclosed', "opened and never closed", "открыта и не закрыта"),
        ("tags: [a, b", "[list] is not closed", "список [...] не закрыт"),
        ("x:\n\t- a", "a tab used to indent", "отступ табуляцией"),
        ("a: *nope", "starting with * needs quotes", "начинается с *"),
    ],
)
def test_a_broken_block_says_what_most_likely_broke_it(
    block: str, cause: str, cause_ru: str
) -> None:
    [problem] = [d for d in loads(f"---\n{block}\n---\nbody", "x.md").diagnostics]
    assert problem.message.startswith("broken property block: ") and cause in problem.message
    assert "; most likely " in problem.message
    assert "; скорее всего, " in problem.message_ru and cause_ru in problem.message_ru
