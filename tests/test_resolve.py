"""Link resolution as Obsidian does it, and vaultkit's alias fallback."""

from __future__ import annotations

import unicodedata

from conftest import MakeVault
from hypothesis import given
from hypothesis import strategies as st

from vaultkit.app import pipeline
from vaultkit.links.resolve import Resolution, Resolver
from vaultkit.model import Link, Note
from vaultkit.ticks.record import find_contact

NOTES = [
    Note("People/Anna Petrova.md", aliases=("Annie",)),
    Note("Contacts/Agency/Alex Kim.md"),
    Note("People/Alex Kim.md"),
    Note("Archive/Old/People/Alex Kim.md"),
    Note("Companies/Acme.md"),
    Note("Acme.md"),
    Note("Notes/Mr. Smith.md"),
]
ATTACHMENTS = ["attachments/photo.png", "Docs/cv.pdf"]
RESOLVER = Resolver(NOTES, ATTACHMENTS)


def resolve(target: str, source: str = "Daily/2026-11-01.md", style: str = "wiki") -> Resolution:
    return RESOLVER.resolve(Link(target, "body", 1, style=style), source)  # type: ignore[arg-type]


def test_name_match_is_case_insensitive() -> None:
    assert resolve("anna petrova").path == "People/Anna Petrova.md"
    assert resolve("Anna Petrova.md").path == "People/Anna Petrova.md"


def test_full_path_match_wins() -> None:
    assert resolve("Companies/Acme").path == "Companies/Acme.md"
    assert resolve("Acme").path == "Acme.md"  # the path 'Acme' exists at the root


def test_same_folder_wins_among_same_names() -> None:
    assert (
        resolve("Alex Kim", source="Contacts/Agency/Note.md").path == "Contacts/Agency/Alex Kim.md"
    )
    assert resolve("Alex Kim", source="People/Other.md").path == "People/Alex Kim.md"


def test_shortest_path_otherwise() -> None:
    assert resolve("Alex Kim", source="Daily/2026-11-01.md").path == "People/Alex Kim.md"


def test_partial_path() -> None:
    assert resolve("Agency/Alex Kim").path == "Contacts/Agency/Alex Kim.md"
    assert resolve("Old/People/Alex Kim").path == "Archive/Old/People/Alex Kim.md"


def test_dots_in_note_names() -> None:
    assert resolve("Mr. Smith").path == "Notes/Mr. Smith.md"


def test_attachments() -> None:
    assert resolve("photo.png") == Resolution("attachment", "attachments/photo.png")
    assert resolve("Docs/cv.pdf") == Resolution("attachment", "Docs/cv.pdf")
    assert resolve("missing.png").kind == "unresolved"


def test_alias_fallback_is_flagged() -> None:
    found = resolve("annie")
    assert found == Resolution("note", "People/Anna Petrova.md", via_alias=True)


def test_a_logseq_page_by_its_namespace_until_it_is_deleted() -> None:
    page = Note("pages/people%2FМарат.md")
    resolver = Resolver([page], [])
    link = Link("People/Марат", "body", 1)
    assert resolver.resolve(link, "journals/2026_11_20.md") == Resolution(
        "note", "pages/people%2FМарат.md"
    )
    resolver.update([], [page])
    assert resolver.resolve(link, "journals/2026_11_20.md") == Resolution("unresolved", None)


def test_unresolved() -> None:
    assert resolve("Nobody") == Resolution("unresolved", None)


def test_same_note_link() -> None:
    assert resolve("", source="People/Alex Kim.md").path == "People/Alex Kim.md"


def test_markdown_links_relative_to_the_source() -> None:
    found = resolve("../People/Alex Kim.md", source="Contacts/Note.md", style="markdown")
    assert found.path == "People/Alex Kim.md"
    assert resolve("Anna Petrova.md", style="markdown").path == "People/Anna Petrova.md"
    # a path the vault has is that path, before one read from the linking note's folder
    assert resolve("Acme.md", source="Companies/Note.md", style="markdown").path == "Acme.md"
    assert resolve("Acme.md", source="Other/Note.md", style="markdown").path == "Acme.md"


def test_relative_paths_in_wikilinks_and_markdown_links() -> None:
    """Obsidian's "relative path to file" link format: ./ and ../ read from the linking note's
    folder, in both link styles; such a link that leads nowhere is not guessed from the name."""
    for style in ("wiki", "markdown"):
        found = resolve("../People/Alex Kim", source="Contacts/Note.md", style=style)
        assert found.path == "People/Alex Kim.md"
        found = resolve("./Acme.md", source="Companies/Note.md", style=style)
        assert found.path == "Companies/Acme.md"
        assert resolve("./Alex Kim", source="Contacts/Note.md", style=style).kind == "unresolved"
    # the same written link from two folders leads to two notes
    assert resolve("./Alex Kim", source="People/Note.md").path == "People/Alex Kim.md"
    assert resolve("./Alex Kim", source="Contacts/Agency/N.md").path == (
        "Contacts/Agency/Alex Kim.md"
    )
    assert resolve("../../x", source="People/Note.md").kind == "unresolved"  # out of the vault


def test_decomposed_and_composed_spellings_of_a_name_meet(make_vault: MakeVault) -> None:
    """A file name stored decomposed (as macOS may: 'й' as 'и' and a combining breve) is
    reached by links typed composed, and the other way round, as in Obsidian."""
    andrey = unicodedata.normalize("NFD", "Андрей Соловьёв")
    assert andrey != "Андрей Соловьёв"
    root = make_vault(
        {
            f"Люди/{andrey}.md": "---\ntype: contact\naliases: [Андрюша]\n---\n# Андрей\n",
            "Люди/Юрий.md": "---\ntype: контакт\n---\n# Юрий\n",
            "Daily/2026-11-20.md": "- call [[Андрей Соловьёв]] and [[люди/андрей соловьёв]]\n"
            f"- [[{unicodedata.normalize('NFD', 'Юрий')}]] and [[андрюша]]\n",
        }
    )
    built = pipeline.build(root)
    graph = built.graph
    assert graph.link_targets["Daily/2026-11-20.md"] == (
        f"Люди/{andrey}.md",
        f"Люди/{andrey}.md",
        "Люди/Юрий.md",
        f"Люди/{andrey}.md",
    )
    assert not graph.unresolved
    assert find_contact(graph, "Андрей Соловьёв") == f"Люди/{andrey}.md"


_POOL = [
    "People/Anna.md",
    "people/anna.md",  # alike but for case, on a case-sensitive disk
    "Archive/Anna.md",
    "Anna.md",
    "Topics/Note.md",
    "Topics/Sub/Note.md",
    "People/Ben.md",
]
_ALIASES = {"Topics/Note.md": ("Anna B", "Nb"), "People/Ben.md": ("Nb",)}
_TARGETS = ["Anna", "anna", "People/Anna", "people/anna.md", "Note", "Sub/Note", "Anna B", "Nb",
            "Ben", "../People/Anna", "./Note"]  # fmt: skip
_SOURCES = ["Daily/d.md", "People/x.md", "Topics/y.md", "Archive/z.md", "root.md"]


@given(
    st.lists(st.sampled_from(_POOL), unique=True),
    st.lists(st.sampled_from(_POOL), unique=True),
)
def test_a_resolver_updated_for_notes_come_and_gone_answers_as_a_new_one(
    before: list[str], after: list[str]
) -> None:
    def notes(paths: list[str]) -> list[Note]:
        return [Note(path, aliases=_ALIASES.get(path, ())) for path in sorted(paths)]

    updated = Resolver(notes(before), ATTACHMENTS)
    for source in _SOURCES:  # remembered answers, which the update must forget
        for target in _TARGETS:
            updated.resolve(Link(target, "body", 1), source)
    updated.update(
        notes([p for p in after if p not in before]), notes([p for p in before if p not in after])
    )
    fresh = Resolver(notes(after), ATTACHMENTS)
    for source in _SOURCES:
        for target in _TARGETS:
            for style in ("wiki", "markdown"):
                link = Link(target, "body", 1, style=style)  # type: ignore[arg-type]
                assert updated.resolve(link, source) == fresh.resolve(link, source), (
                    target,
                    source,
                )
