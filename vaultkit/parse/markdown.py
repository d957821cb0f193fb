"""A lean markdown-it parser that knows Obsidian's wiki-links, embeds, tags, math and comments.

Only the rules vaultkit needs are enabled: blocks that can hide links (fenced and indented
code, math), the blocks that shape them (lists, quotes, headings), and inline code, links,
wiki-links and tags. Inline parsing is skipped for blocks that hold no '[' and no '#', as they
cannot contain anything vaultkit reads: most prose never reaches the inline parser. A block
with no code span, math, escape or markdown link is scanned for wiki-links and tags alone,
and a body with nothing that shapes blocks skips the block parser too (tests hold both
shortcuts to markdown-it's full parse).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_block import paragraph as markdown_it_paragraph
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from mdit_py_plugins.dollarmath import dollarmath_plugin

_TAG_BODY = re.compile(r"[\w/\-]+")
_DIGITS_AND_SLASHES = re.compile(r"[\d/]+")


@dataclass(frozen=True, slots=True)
class WikiTarget:
    """The parts of the text between [[ and ]]."""

    target: str
    """Note path or name ('' for a same-note link)."""
    heading: str | None
    """Heading after '#'."""
    block: str | None
    """Block id after '#^'."""
    alias: str | None
    """Display text after '|'."""


def split_wikilink(inner: str) -> WikiTarget | None:
    """Split `T#Heading|alias` (also the table form `T\\|alias`); None if it is no link."""
    inner = inner.replace("\\|", "|")
    path_part, bar, alias = inner.partition("|")
    target, hash_sign, anchor = path_part.partition("#")
    target = target.strip()
    if not target and not anchor.strip():
        return None
    heading = block = None
    if hash_sign:
        anchor = anchor.strip()
        if anchor.startswith("^"):
            block = anchor[1:]
        elif anchor:
            heading = anchor
    return WikiTarget(target, heading, block, alias.strip() if bar else None)


_SEARCHES = "_vaultkit_searches"


def _find_cached(state: StateInline, needle: str, start: int) -> int:
    """Next `needle` at or after `start`, remembered so that many openers cost one scan.

    A remembered answer (searched from `origin`, found at `found`) holds for any later start
    up to `found`; a start before `origin` (a nested parse going back) searches again.
    """
    searches: dict[str, tuple[int, int]] | None = getattr(state, _SEARCHES, None)
    if searches is None:
        searches = {}
        setattr(state, _SEARCHES, searches)
    origin, found = searches.get(needle, (-1, -1))
    if origin == -1 or start < origin or (found != -1 and found < start):
        found = state.src.find(needle, start)
        searches[needle] = (start, found)
    return found


def _wikilink_rule(state: StateInline, silent: bool) -> bool:
    pos = state.pos
    src = state.src
    embed = src.startswith("![[", pos)
    if not embed and not src.startswith("[[", pos):
        return False
    start = pos + (3 if embed else 2)
    if start < state.posMax and src[start] == "[":
        return False  # '[[[x]]': the link starts at a later bracket
    close = _find_cached(state, "]]", start)
    if close == -1 or close > state.posMax:
        return False
    # Bounded searches: the first stops at the next opener, and only the last opener before
    # a ']]' reaches the second, so each character is looked at about twice in all.
    if src.find("[[", start, close) != -1 or src.find("\n", start, close) != -1:
        return False
    parts = split_wikilink(src[start:close])
    if parts is None:
        return False
    if not silent:
        token = state.push("wikilink", "", 0)
        token.meta = {"parts": parts, "embed": embed, "pos": pos}
    state.pos = close + 2
    return True


def _tag_rule(state: StateInline, silent: bool) -> bool:
    pos = state.pos
    src = state.src
    if src[pos] != "#" or (pos > 0 and not src[pos - 1].isspace()):
        return False
    match = _TAG_BODY.match(src, pos + 1)
    if match is None:
        return False
    tag = match.group().rstrip("/")
    if not tag or _DIGITS_AND_SLASHES.fullmatch(tag):
        return False
    if not silent:
        token = state.push("tag", "", 0)
        token.meta = {"tag": tag, "pos": pos}
    state.pos = match.end()
    return True


COMMENTS = (("%%", "%%"), ("<!--", "-->"))
THEMATIC_BREAK = re.compile(r" {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})")
"""A thematic break line ("---", "* * *"), matched whole (fullmatch)."""
LIST_ITEM = re.compile(r"\s*(?:[-*+]|\d+[.)])\s")
"""A list item's marker at a line's start ("- ", "* ", "2. ", "3) ")."""
FENCE = re.compile(r" {0,3}(`{3,}(?!.*`)|~{3,})")
"""A code fence's opening or closing at a line's start ("```uv sync```" on one line is inline
code, as CommonMark reads it: a backtick fence's info string holds no backtick)."""
"""Obsidian's comment marks and HTML's, each opener with its closer: what lies between is
hidden, and Obsidian indexes no link or tag in it (no backlink), so vaultkit counts none."""


_CELL = re.compile(r"(?<!\\)\|")
TABLE_RULE = re.compile(r"^\s*\|?[\s:|-]+\|?\s*$")
"""The row under a table's header (`| --- | :-: |`)."""


def row_cells(row: str) -> list[str]:
    """The cells of a table's row (`| a | b |`), stripped; an escaped `\\|` (a link's alias in
    a table, `[[Acme\\|ACME]]`) stays in its cell."""
    return [cell.strip() for cell in _CELL.split(row.strip().strip("|"))]


def _comment_rule(state: StateInline, silent: bool) -> bool:
    """A comment within one block of text; an opener never closed is left as text."""
    for opener, closer in COMMENTS:
        if state.src.startswith(opener, state.pos):
            close = state.src.find(closer, state.pos + len(opener), state.posMax)
            if close == -1:
                return False
            state.pos = close + len(closer)
            return True
    return False


def _comment_block(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """A comment opened at the start of a line and closed on a later line: every line of it,
    blank ones too, up to the line that closes it (what follows the closing mark on that line
    goes with it). An opener never closed is left as text."""
    if state.sCount[start] - state.blkIndent >= 4:
        return False
    opening = state.bMarks[start] + state.tShift[start]
    marks = next((pair for pair in COMMENTS if state.src.startswith(pair[0], opening)), None)
    if marks is None:
        return False
    opener, closer = marks
    if state.src.find(closer, opening + len(opener), state.eMarks[start]) != -1:
        return False  # closed on its own line: an inline comment, in the text around it
    line = start + 1
    while line < end:
        if state.src.find(closer, state.bMarks[line], state.eMarks[line]) != -1:
            break
        line += 1
    else:
        return False
    if not silent:
        token = state.push("comment_block", "", 0)
        token.map = [start, line + 1]
    state.line = line + 1
    return True


def _paragraph(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """markdown-it's paragraph rule, with the paragraph text's map starting at its first line
    of text. markdown-it strips the text, and with it lines of Unicode spaces (a no-break space
    pasted from a web page) that CommonMark does not count as blank; vaultkit counts lines
    from the start of the text, so those would shift every link below them by a line."""
    if not markdown_it_paragraph(state, start, end, silent):
        return False
    if not silent:
        raw = state.getLines(start, state.line, state.blkIndent, False)
        dropped = raw.count("\n", 0, len(raw) - len(raw.lstrip()))
        if dropped:
            state.tokens[-2].map = [start + dropped, state.line]
    return True


def _inline_where_needed(state: StateCore) -> None:
    """markdown-it's core 'inline' rule, skipping blocks with nothing vaultkit reads and
    scanning plain ones (see `_plain_inline`) without markdown-it's inline parser."""
    for token in state.tokens:
        if token.type == "inline":
            content = token.content
            if "[" not in content and "#" not in content:
                token.children = []
            elif _inline_sensitive(content):
                token.children = []
                state.md.inline.parse(content, state.md, state.env, token.children)
            else:
                token.children = _plain_inline(content)


def _inline_sensitive(text: str) -> bool:
    """True when an inline rule other than wiki-links and tags could match in `text`: code
    spans, math, escapes, markdown links and images, comments."""
    return (
        "`" in text
        or "$" in text
        or "\\" in text
        or "\x00" in text
        or "](" in text
        or "%%" in text
        or "<!--" in text
    )


# Anything that makes block structure matter for what vaultkit reads: code spans and blocks
# (backticks, tildes, indentation), math, escapes, comments, markdown links (their text may not
# cross a paragraph), a heading or indented code opened after a list or quote marker, a '#' right
# after a quote marker (a tag there, since the marker is not part of the text), and NUL (which
# markdown-it replaces before parsing).
_SENSITIVE_LINE_START = re.compile(
    r"\n(?: {4}| {0,3}\t"
    r"|[ \t]*(?:(?:[-*+>]|\d{1,9}[.)])[ \t]*)+#{1,6}(?:[ \t]|$)"
    r"|[ \t]*(?:(?:[-*+>]|\d{1,9}[.)])[ \t]*)*>#"
    r"|[ \t]*(?:(?:[-*+>]|\d{1,9}[.)])[ \t]*)*(?:[-*+>]|\d{1,9}[.)])(?: {5}| {0,4}\t))",
    re.MULTILINE,
)


def block_sensitive(body: str) -> bool:
    """True when block structure may change what vaultkit reads in `body` (see above)."""
    return (
        _inline_sensitive(body)
        or "~~~" in body
        or _SENSITIVE_LINE_START.search("\n" + body) is not None
    )


# A heading's text, without its closing #s ("# #" has none: its # is the closing sequence).
_ATX_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))??(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)


class _PlainState:
    """The part of markdown-it's inline state that the wiki-link and tag rules use."""

    __slots__ = ("_vaultkit_searches", "pos", "posMax", "src", "tokens")

    def __init__(self, src: str) -> None:
        self.src = src
        self.pos = 0
        self.posMax = len(src)
        self.tokens: list[Token] = []

    def push(self, ttype: str, tag: str, nesting: Literal[-1, 0, 1]) -> Token:
        token = Token(ttype, tag, nesting)
        self.tokens.append(token)
        return token


# Where the wiki-link or tag rule can match: nowhere else can either of them.
_RULE_STARTS = re.compile(r"!?\[\[|#")


def _plain_inline(src: str) -> list[Token]:
    """The wiki-link and tag tokens markdown-it's inline parser finds in plain text.

    In a body with nothing block-sensitive, no other inline rule can match (no backtick, '$',
    backslash or '](' is there), so markdown-it's tokenizer reduces to trying the wiki-link
    and tag rules at each position where one of them can start, front to back, and moving one
    character on where neither matches. This runs those same two rules that way, without
    markdown-it's text tokens (tests/test_lean_parser.py checks it against markdown-it).
    """
    state = _PlainState(src)
    search = _RULE_STARTS.search
    while True:
        found = search(src, state.pos)
        if found is None:
            return state.tokens
        state.pos = found.start()
        if not (_wikilink_rule(state, False) or _tag_rule(state, False)):  # type: ignore[arg-type]
            state.pos += 1


def parse_blocks(md: MarkdownIt, body: str) -> list[Token]:
    """Tokens of `body`, as markdown-it's full parse would give them for vaultkit's purposes.

    A body with nothing block-sensitive (see block_sensitive) is read as one inline token
    whose wiki-links and tags come from `_plain_inline`, and its headings are read line by
    line: there is no code, math or container that could change what counts, and it costs a
    fraction of a full parse. Returns heading_open / inline token pairs for headings, then one
    inline token for the body; each with its map.
    """
    if block_sensitive(body):
        return md.parse(body)
    tokens: list[Token] = []
    for match in _ATX_HEADING.finditer(body):
        line = body.count("\n", 0, match.start())
        opening = Token("heading_open", f"h{len(match.group(1))}", 1, map=[line, line + 1])
        title = Token(
            "inline", "", 0, map=[line, line + 1], content=match.group(2) or "", children=[]
        )
        tokens += [opening, title]
    whole = Token("inline", "", 0, map=[0, body.count("\n") + 1], content=body)
    whole.children = _plain_inline(body)
    return [*tokens, whole]


def build_parser(*, lean: bool = True) -> MarkdownIt:
    """A markdown-it instance with only the rules vaultkit needs. `lean=False` gives the same
    rules with markdown-it's own inline step, which parses every block (the reference the
    tests hold the shortcuts to)."""
    md = MarkdownIt("zero")
    md.enable(
        ["blockquote", "code", "fence", "heading", "list", "backticks", "link", "image", "escape"]
    )
    dollarmath_plugin(
        md, allow_labels=False, allow_space=False, allow_digits=False, allow_blank_lines=True
    )
    md.block.ruler.at("paragraph", _paragraph)
    md.block.ruler.before(  # a comment may start right under a line of text
        "paragraph",
        "comment_block",
        _comment_block,
        {"alt": ["paragraph", "reference", "blockquote", "list"]},
    )
    md.inline.ruler.before("link", "wikilink", _wikilink_rule)
    md.inline.ruler.before("wikilink", "comment", _comment_rule)
    md.inline.ruler.push("tag", _tag_rule)
    if lean:
        md.core.ruler.at("inline", _inline_where_needed)
    # The text rule runs until the next character some rule could start at. CommonMark's set
    # stops at every '-', ':', '*' ... of prose; vaultkit's rules start only at these.
    md.inline.terminator_re = re.compile(r"[!#$%<\[\\\]`]")
    return md
