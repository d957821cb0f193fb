"""The inline-only fast path gives what the full parse gives, wherever it is taken."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markdown_it.token import Token

from vaultkit.parse.markdown import block_sensitive, build_parser, parse_blocks
from vaultkit.parse.note_parser import loads

MD = build_parser()
REFERENCE = build_parser(lean=False)
"""markdown-it's full parse with the same rules: what the shortcuts must agree with."""

LINE_STARTS = ["", "", "- ", "* ", "1. ", "> ", ">", "  ", "    ", "\t", "- [ ] ", "> - ", "## "]
LINE_STARTS += ["# "]
LINE_BODIES = [
    "[[A]]",
    "#tag",
    "# Head",
    "```",
    "~~~",
    "$$",
    "text",
    "`[[code]]`",
    "$[[m]]$",
    "[x](B.md)",
    "[[C|c]] and #t2",
    "",
    "    [[D]]",
    "[[E#Sub|e]] #a/b",
    "[[F",
    "]]",
    "Title ##",
    "\\[[G]]",
    "[not a link]",
    "[[H]] text [[I]]",
    "%%",
    "%% [[J]] %% [[K]]",
    "<!--",
    "-->",
    "<!-- [[L]] --> [[M]]",
]
LINES = st.tuples(st.sampled_from(LINE_STARTS), st.sampled_from(LINE_BODIES)).map("".join)
DOCUMENTS = st.lists(LINES, max_size=25).map("\n".join)


def found(tokens: list[Token]) -> tuple[list[tuple[str, str, int]], list[tuple[int, str, str]]]:
    """Links and tags with their line, and headings with theirs."""
    items = []
    headings = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open" and token.map:
            headings.append((token.map[0], token.tag, tokens[index + 1].content.strip()))
        for child in token.children or []:
            if child.type in ("wikilink", "tag"):
                meta = child.meta
                line = (token.map or [0])[0] + token.content.count("\n", 0, meta["pos"])
                items.append((child.type, str(meta.get("parts") or meta.get("tag")), line))
    return items, headings


@settings(max_examples=800, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(DOCUMENTS)
@example("# Title #tag\ntext [[A]]\n## Sub ##\n- [[B]] #x")
@example("> # quoted heading")
@example(">#tag right after a quote marker\n- >>#deeper")
@example("# #\n## Title ##\n### ###\n# foo#")
def test_fast_path_agrees_with_the_full_parse(body: str) -> None:
    fast = found(parse_blocks(MD, body))
    full = found(REFERENCE.parse(body))
    assert fast == full


def test_block_sensitive_bodies_take_the_full_parse() -> None:
    for body in (
        "`[[x]]`",
        "```\n[[x]]\n```",
        "$[[x]]$",
        "    [[x]]",
        "\\[[x]]",
        "[a](b.md)",
        "- # heading",
        "~~~\n[[x]]\n~~~",
        ">#x",
        "- >#x",
        " \t[[x]]",
        "%% [[x]] %%",
        "%%\n[[x]]\n%%",
        "<!-- [[x]] -->",
    ):
        assert block_sensitive(body), body
    assert not block_sensitive("# Title\n- 2026-10-01 call [[Anna]] #tag\n> [[B]]\n")


def test_fast_path_note_matches_expectations() -> None:
    note = loads("---\na: 1\n---\n# Anna\n\n## History\n- 2026-10-01 call [[Bob]] #hr\n", "x.md")
    assert [(s.heading, s.level, s.line) for s in note.sections] == [
        ("Anna", 1, 4),
        ("History", 2, 6),
    ]
    assert [(link.target, link.line) for link in note.links] == [("Bob", 7)]
    assert note.tags == ("hr",)


PLAIN_TEXT = st.text(alphabet="[]!#|^ \n\tab/-_é", max_size=60).filter(
    lambda text: not block_sensitive(text)
)


@settings(max_examples=1500, deadline=None)
@given(PLAIN_TEXT)
@example("![[[x]]")
@example("#a#b [[x]]]] [[y|z]]#c")
@example("[[a\nb]] [[c[[d]]")
def test_plain_scan_finds_what_markdown_it_finds(text: str) -> None:
    def items(tokens: list[Token]) -> list[tuple[str, object, object, object]]:
        return [
            (
                child.type,
                child.meta.get("parts") or child.meta.get("tag"),
                child.meta.get("embed"),
                child.meta["pos"],
            )
            for token in tokens
            for child in token.children or []
            if child.type in ("wikilink", "tag")
        ]

    assert items(parse_blocks(MD, text)) == items(REFERENCE.parseInline(text))


# Characters that shape blocks (quote and list markers, tabs, backslashes, backticks, '$') and
# Unicode spaces that CommonMark does not count as blank, in any order.
WIDE_TEXT = st.text(alphabet="[]!#|^ \n\tab/-_é\\`$()*>.1~:+\u00a0\u3000\u2028", max_size=120)


@settings(max_examples=1500, deadline=None)
@given(WIDE_TEXT)
@example(">#tag right after a quote marker")
@example(" \t#not-a-tag in indented code")
@example("`code` here\n\n[[A]] #t ![[B]] [[[C]]\n> - [[D|d]] #x/y\n\n```\n[[E]]\n```\n#z [[F]]")
@example("\u00a0\n#tag below a line of no-break space")
def test_any_text_reads_alike_both_ways(text: str) -> None:
    assert found(parse_blocks(MD, text)) == found(REFERENCE.parse(text))


def test_links_below_a_line_of_unicode_spaces_keep_their_line() -> None:
    text = "---\na: 1\n---\n\u00a0\n[[Anna]] call `code`\n> \u3000\n> [[Bob]] coffee\n"
    note = loads(text, "x.md")
    assert [(link.target, link.line, link.context) for link in note.links] == [
        ("Anna", 5, "[[Anna]] call `code`"),
        ("Bob", 7, "> [[Bob]] coffee"),
    ]
