"""Wiki-links, markdown links, embeds and tags in the body, and where they do not count."""

from __future__ import annotations

from vaultkit.model import Link
from vaultkit.parse.note_parser import loads


def links(text: str) -> list[Link]:
    return list(loads(text, "Folder/Note.md").links)


def targets(text: str) -> list[str]:
    return [link.target for link in links(text)]


def test_plain_link() -> None:
    [link] = links("see [[Anna Petrova]] today")
    assert (link.target, link.where, link.alias, link.line) == ("Anna Petrova", "body", None, 1)


def test_alias_heading_block_forms() -> None:
    alias, heading, block, both = links(
        "[[Anna|Ann]] [[Acme#Team]] [[Acme#^abc123]] [[Acme#Team|the team]]"
    )
    assert (alias.target, alias.alias) == ("Anna", "Ann")
    assert (heading.target, heading.heading, heading.block) == ("Acme", "Team", None)
    assert (block.target, block.block, block.heading) == ("Acme", "abc123", None)
    assert (both.target, both.heading, both.alias) == ("Acme", "Team", "the team")


def test_same_note_heading_link() -> None:
    [link] = links("jump to [[#History]]")
    assert (link.target, link.heading) == ("", "History")


def test_embeds() -> None:
    note, image = links("![[Meeting notes]] and ![[photo.png|200]]")
    assert (note.target, note.where) == ("Meeting notes", "embed")
    assert (image.target, image.where, image.alias) == ("photo.png", "embed", "200")


def test_table_form_with_escaped_pipe() -> None:
    [link] = links("| who | note |\n| --- | --- |\n| [[Anna Petrova\\|Anna]] | x |\n")
    assert (link.target, link.alias, link.line) == ("Anna Petrova", "Anna", 3)


def test_markdown_links_to_notes() -> None:
    found = links(
        "[Anna](Anna%20Petrova.md) [site](https://example.com) [mail](mailto:a@b.c) "
        "[top](#Heading) [sub](../People/Bob.md#Work)"
    )
    assert [(link.target, link.style) for link in found] == [
        ("Anna Petrova.md", "markdown"),
        ("../People/Bob.md", "markdown"),
    ]
    assert found[1].heading == "Work"


def test_markdown_image_is_an_embed() -> None:
    [link] = links("![chart](attachments/chart%201.png)")
    assert (link.target, link.where) == ("attachments/chart 1.png", "embed")


def test_no_links_in_code_or_math() -> None:
    text = (
        "`[[inline code]]` and ``[[double ticks]]``\n\n"
        "```\n[[fenced]]\n```\n\n"
        "~~~python\n[[tilde fenced]]\n~~~\n\n"
        "    [[indented code]]\n\n"
        "inline $[[math]]$ here\n\n"
        "$$\n[[block math]]\n$$\n\n"
        "real [[Link]]\n"
    )
    assert targets(text) == ["Link"]


def test_nothing_inside_obsidian_comments_counts() -> None:
    """Obsidian indexes no link or tag in a %% comment %%: no backlink, so no interaction; a
    comment block hides the dated items, tasks and headings in it too."""
    note = loads(
        "Text %% hidden [[Secret]] #hid %% and [[Shown]] #shown\n"
        "%%\n- 2026-11-20 call with [[InBlock]]\n- [x] done ✅ 2026-11-20\n\n## Hidden\n%%\n"
        "- 2026-11-21 call with [[Real]]\n"
        "`%%` code, then [[AfterCode]] and `x %% y`\n"
        "```\n%%\n```\n[[AfterFence]]\n"
        "- item %% a [[ItemHidden]] %% b [[ItemShown]]\n"
        "50%% off [[NeverClosed]]\n",
        "x.md",
    )
    assert [(link.target, link.line) for link in note.links] == [
        ("Shown", 1),
        ("Real", 8),
        ("AfterCode", 9),
        ("AfterFence", 13),
        ("ItemShown", 14),
        ("NeverClosed", 15),  # an opener never closed is text
    ]
    assert note.tags == ("shown",)
    assert [(entry.on.isoformat(), entry.line) for entry in note.entries] == [("2026-11-21", 8)]
    assert note.tasks == () and not [s for s in note.sections if s.heading]  # only the lead


def test_nothing_inside_html_comments_counts() -> None:
    """Obsidian indexes no link in an HTML comment either."""
    note = loads(
        "a <!-- [[Hidden]] #h --> [[Shown]]\n<!--\n- 2026-11-20 [[InBlock]]\n-->\n"
        "[[After]] 1 < 2 <!-- never closed [[Open]]\n",
        "x.md",
    )
    assert [(link.target, link.line) for link in note.links] == [
        ("Shown", 1),
        ("After", 5),
        ("Open", 5),
    ]
    assert note.tags == () and note.entries == ()


def test_links_in_lists_quotes_callouts_and_headings() -> None:
    text = (
        "# About [[Heading Link]]\n"
        "- item [[A]]\n"
        "\t- nested [[B]]\n\n"
        "> [!note] callout\n> with [[C]]\n\n"
        "1. numbered [[D]]\n"
    )
    assert targets(text) == ["Heading Link", "A", "B", "C", "D"]


def test_link_lines_after_frontmatter() -> None:
    found = links('---\ncompany: "[[Acme]]"\n---\n# Title\n\ntext\nmore [[Anna]]\n')
    assert [(link.target, link.line) for link in found] == [("Acme", 2), ("Anna", 7)]


def test_brackets_that_are_no_links() -> None:
    assert targets("[[]] [[ ]] [[a\nb]] [single] [[[triple]]]") == ["triple"]
    assert targets("[[a [[b]]") == ["b"]


def test_inline_tags() -> None:
    note = loads(
        "#recruiter and #тег and #a/b/c, not#this, not #123, `#code`, "
        "[[Note#Heading]], url http://x.com/#frag\n\n```\n#fenced\n```\n",
        "x.md",
    )
    assert note.tags == ("recruiter", "тег", "a/b/c")


def test_heading_is_not_a_tag() -> None:
    assert loads("# Title\n## Sub\n", "x.md").tags == ()


def test_sections_and_dated_entries() -> None:
    note = loads(
        "# Anna\n\n## History\n- 2026-10-01 call: first screen\n- [[2026-10-05]] email\n"
        "- 05.10.2026 встреча\n* 2026-10-07: LinkedIn message\n- no date here\n"
        "```\n- 2026-10-09 in code\n```\n## Feedback\n- Good\n",
        "x.md",
    )
    assert [(e.on.isoformat(), e.text, e.line) for e in note.entries] == [
        ("2026-10-01", "call: first screen", 4),
        ("2026-10-05", "email", 5),
        ("2026-10-05", "встреча", 6),
        ("2026-10-07", "LinkedIn message", 7),
    ]
    assert [(s.heading, s.level, s.line) for s in note.sections] == [
        ("Anna", 1, 1),
        ("History", 2, 3),
        ("Feedback", 2, 12),
    ]
    assert note.sections[2].content == "- Good"
    assert note.sections[0].content == ""
    assert note.section_text(0).startswith("## History\n- 2026-10-01 call")
    assert note.section_text(0).endswith("## Feedback\n- Good")


def test_a_date_with_a_month_name_starts_an_entry() -> None:
    note = loads(
        "- 20 ноября 2026 — созвонились\n- 21 нояб. 2026 г. встреча\n- Nov 22, 2026 email\n"
        "- November 23rd, 2026: coffee\n- 3 мая 2026 звонок\n- **5 Dec 2026** call\n"
        "- 3 mayors 2026 no date\n- 12 ноября без года\n- 31 февраля 2026 typo\n",
        "x.md",
    )
    assert [(e.on.isoformat(), e.text) for e in note.entries] == [
        ("2026-11-20", "созвонились"),
        ("2026-11-21", "встреча"),
        ("2026-11-22", "email"),
        ("2026-11-23", "coffee"),
        ("2026-05-03", "звонок"),
        ("2026-12-05", "call"),
        ("2026-11-12", "без года"),  # a timeline's year comes from the note's latest full date
    ]
    assert [(d.line, d.message) for d in note.diagnostics] == [
        (9, "31 февраля 2026 is not a real date")
    ]


def test_a_date_in_bold_or_italics_starts_an_entry() -> None:
    note = loads(
        "- **2026-10-02** call\n- *2026-10-03*: coffee\n- __05.10.2026__ email\n"
        "- **2026-10-04 not closed\n- _2026-10-06* not matched\n",
        "x.md",
    )
    assert [(e.on.isoformat(), e.text) for e in note.entries] == [
        ("2026-10-02", "call"),
        ("2026-10-03", "coffee"),
        ("2026-10-05", "email"),
    ]
