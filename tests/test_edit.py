"""The one edit vaultkit makes to a note keeps every line of it, whatever the note holds."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from vaultkit.parse.note_parser import loads
from vaultkit.ticks.edit import insert_entry, split_lines

ENTRY = "- 2026-11-24 reached out"
PIECES = [
    "## Log", "# Log", "### Sub", "## Other", "## log ##", "#Log", "   ## Log", "\t## Log",
    "---", "a: 1", "```", "~~~", "````", "text", "- item", "", " ", "\u00a0",
    "\u2028", "\x0c", "\x85", "\r", "\r\n", "\n", "\n",
]  # fmt: skip
NOTES = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def obsidian_lines(text: str) -> list[str]:
    """Lines as Obsidian shows them (split at CR LF, CR or LF only), without their endings."""
    return re.split(r"\r\n|\r|\n", text)


@settings(max_examples=1500, deadline=None)
@given(NOTES)
@example("## Log\u2028## Log\r")
@example("# Log\n\nline one\u2028 \n")
@example("# Log\n```\n~~~\n# Other\n```\n- a\n")
def test_an_entry_is_one_new_line_and_every_other_line_stays(text: str) -> None:
    assert "".join(split_lines(text)) == text
    new = insert_entry(text, ENTRY, ("Log", "Журнал"))
    old_lines, new_lines = obsidian_lines(text), obsidian_lines(new)
    assert new_lines.count(ENTRY) == old_lines.count(ENTRY) + 1
    added = list(new_lines)
    for line in old_lines:  # each old line, unchanged and in order; only these are added
        while added and added[0] != line:
            assert added.pop(0) in (ENTRY, "", "## Log"), (text, new)
        assert added, (text, new, line)
        added.pop(0)
    assert all(line in (ENTRY, "", "## Log") for line in added), (text, new)


def test_entry_goes_under_the_heading_in_the_notes_own_line_endings() -> None:
    note = "---\na: 1\n---\n# Anna\r\n\r\n## Log\r\n- 2026-10-01 call\r\n\r\n## Other\r\n"
    assert insert_entry(note, ENTRY, "Log") == (
        f"---\na: 1\n---\n# Anna\r\n\r\n## Log\r\n- 2026-10-01 call\r\n{ENTRY}\r\n\r\n## Other\r\n"
    )
    assert insert_entry("# Anna\rtext\r", ENTRY, "Log") == f"# Anna\rtext\r\r## Log\r\r{ENTRY}\r"


def test_headings_inside_code_or_past_a_line_separator_are_not_headings() -> None:
    inside_code = "# Anna\n````\n~~~\n## Log\n```\n````\n"
    assert insert_entry(inside_code, ENTRY, "Log") == f"{inside_code}\n## Log\n\n{ENTRY}\n"
    mid_line = "Intro\u2028## Log\nmore\n"
    assert insert_entry(mid_line, ENTRY, "Log") == f"{mid_line}\n## Log\n\n{ENTRY}\n"


def test_a_heading_inside_a_comment_is_not_the_log() -> None:
    """A Log heading commented out is hidden in Obsidian, and so would be a line added
    under it: the entry goes under a Log heading of its own."""
    for hidden in ("%%\n## Log\n- old\n%%\n", "<!--\n## Log\n-->\n"):
        note = f"# Anna\n{hidden}"
        assert insert_entry(note, ENTRY, "Log") == f"{note}\n## Log\n\n{ENTRY}\n"
        assert loads(insert_entry(note, ENTRY, "Log"), "a.md").entries[-1].text == "reached out"
    never_closed = "# Anna\n%% draft\n## Log\n- old\n"
    assert insert_entry(never_closed, ENTRY, "Log") == f"{never_closed}{ENTRY}\n"
