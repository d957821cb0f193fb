"""The words that tell of someone moving to another company ("перешла в", "joined", "moved
to"): a long line of prose at the top of a note is kept for them (parse/note_parser.py), and
domain/career.py reads the move from it."""

from __future__ import annotations

import re

MOVED = re.compile(
    r"\b(?:перешл[аи]|перешёл|перешел|устроил(?:ся|ась|ись)|теперь работает|ушл[аи] в|ушёл в|"
    r"ушел в|joined|moved to|started at|now works at|has moved to|switched to|left for|"
    r"new job at|new role at)(?=\W)",
    re.IGNORECASE,
)
