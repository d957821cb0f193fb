"""Parsing never raises and stays linear on hostile input (property-based and crafted cases)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vaultkit.parse import decode, load, loads

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
