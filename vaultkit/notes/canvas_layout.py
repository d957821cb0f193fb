"""The geometry of the network canvas: how wide a card must be for its text, how a group's cards
sit inside it, how groups are packed into one compact rectangle, and which sides each edge
leaves and enters by so that it runs clear of other cards and its label lands on no card.

A company group puts the company's card in the middle and its contacts in a column on one side
(or a column on each side when there are many), so that every edge from the company to its
contacts is a short fan in the gap between them, its label in that gap. Groups are packed by a
skyline (bottom-left) packing, tallest first, into the width that gives the smallest rectangle
close to 16:10. Only integers and sorted keys: the same cards always give the same layout.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

CHAR_WIDTH = 9
"""Pixels per character that a card's (or label's) text is given."""
CARD_PADDING = 24
"""Room on each side of a card's text."""
MIN_CARD_WIDTH = 220
CARD_HEIGHT = 64
ROW_GAP = 24
"""Between two cards of a column."""
GROUP_PADDING = 20
"""Between a group's border and its cards."""
GROUP_GAP_X = 40
GROUP_GAP_Y = 56
"""Between a group and the one above it: Obsidian draws a group's title above its border."""
TITLE_HEIGHT = 36
LABEL_HEIGHT = 28
LABEL_CLEARANCE = 16
"""Room left and right of an edge label drawn in the gap between two columns."""
MIN_COLUMN_GAP = 64
ONE_COLUMN_UP_TO = 5
"""Contacts of a company that fit in one column beside its card; more take both sides."""
ASPECT = 16 / 10
WIDTH_TRIES = (0.7, 0.8, 0.9, 1.0, 1.05, 1.1, 1.15, 1.2, 1.3, 1.4)
"""Packing widths tried, as fractions of the width a 16:10 rectangle of the same area has."""
CROSSINGS_UP_TO = 800
"""Cards up to which every edge's candidate sides are checked for crossing other cards; a
larger canvas only keeps labels off cards (a full check would cost seconds)."""
CELL = 256
"""Side of a cell of the spatial index that finds the cards near a point or segment."""
SIDES = ("right", "left", "bottom", "top")
_NORMALS = {"right": (1, 0), "left": (-1, 0), "bottom": (0, 1), "top": (0, -1)}


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle on the canvas (top-left corner and size, in pixels)."""

    x: int
    """Left edge."""
    y: int
    """Top edge."""
    width: int
    """Width."""
    height: int
    """Height."""

    def moved(self, dx: int, dy: int) -> Box:
        """The same box shifted by (dx, dy)."""
        return Box(self.x + dx, self.y + dy, self.width, self.height)

    def side_point(self, side: str) -> tuple[float, float]:
        """The middle of one side, where Obsidian attaches an edge."""
        dx, dy = _NORMALS[side]
        return (
            self.x + self.width * (1 + dx) / 2,
            self.y + self.height * (1 + dy) / 2,
        )

    def meets(self, other: Box) -> bool:
        """True when the two boxes share any interior area."""
        return (
            self.x < other.x + other.width
            and other.x < self.x + self.width
            and self.y < other.y + other.height
            and other.y < self.y + self.height
        )


@dataclass(frozen=True, slots=True)
class GroupLayout:
    """Where a group's cards sit, relative to the group's top-left corner."""

    width: int
    """The group's width."""
    height: int
    """The group's height."""
    cards: tuple[tuple[str, Box], ...]
    """Each card's key and box."""


def text_width(text: str) -> int:
    """The width of a card showing `text`: its longest line at CHAR_WIDTH, with padding."""
    longest = max((len(line) for line in text.split("\n")), default=0)
    return max(MIN_CARD_WIDTH, longest * CHAR_WIDTH + 2 * CARD_PADDING)


def label_width(label: str) -> int:
    """The width an edge label takes."""
    return len(label) * CHAR_WIDTH + 2 * (CARD_PADDING // 2)


def title_width(title: str) -> int:
    """The width of a group's title, drawn above its top-left corner."""
    return len(title) * CHAR_WIDTH + CARD_PADDING


def company_group(
    company: tuple[str, int], contacts: Sequence[tuple[str, int]], widest_label: int
) -> GroupLayout:
    """The company's card in the middle, its contacts (key, width) in a column to its right, or
    when there are many, the first half to its left and the rest to its right; the gap between
    is wide enough for the widest label of the edges fanning out from the company."""
    if len(contacts) <= ONE_COLUMN_UP_TO:
        left: Sequence[tuple[str, int]] = ()
        right = contacts
    else:
        half = math.ceil(len(contacts) / 2)
        left, right = contacts[:half], contacts[half:]
    gap = max(MIN_COLUMN_GAP, widest_label + 2 * LABEL_CLEARANCE)
    rows = max(len(left), len(right), 1)
    tall = rows * CARD_HEIGHT + (rows - 1) * ROW_GAP
    cards: list[tuple[str, Box]] = []
    x = GROUP_PADDING
    if left:
        left_width = max(width for _, width in left)
        cards += _column(left, x, left_width, tall)
        x += left_width + gap
    company_top = GROUP_PADDING + (tall - CARD_HEIGHT) // 2
    cards.append((company[0], Box(x, company_top, company[1], CARD_HEIGHT)))
    x += company[1]
    if right:
        right_width = max(width for _, width in right)
        cards += _column(right, x + gap, right_width, tall)
        x += gap + right_width
    return GroupLayout(x + GROUP_PADDING, tall + 2 * GROUP_PADDING, tuple(cards))


def _column(
    cards: Sequence[tuple[str, int]], x: int, width: int, tall: int
) -> list[tuple[str, Box]]:
    """Cards one above the other, all `width` wide, centred in a column `tall` high."""
    own = len(cards) * CARD_HEIGHT + (len(cards) - 1) * ROW_GAP
    top = GROUP_PADDING + (tall - own) // 2
    return [
        (key, Box(x, top + row * (CARD_HEIGHT + ROW_GAP), width, CARD_HEIGHT))
        for row, (key, _) in enumerate(cards)
    ]


def grid_group(cards: Sequence[tuple[str, int]]) -> GroupLayout:
    """Cards (key, width) in rows, about 16:10 overall, every card as wide as the widest."""
    width = max((w for _, w in cards), default=MIN_CARD_WIDTH)
    columns = max(1, round(math.sqrt(len(cards) * ASPECT * (CARD_HEIGHT + ROW_GAP) / width)))
    columns = min(columns, max(1, len(cards)))
    rows = max(1, math.ceil(len(cards) / columns))
    placed = []
    for number, (key, _) in enumerate(cards):
        row, column = divmod(number, columns)
        x = GROUP_PADDING + column * (width + ROW_GAP)
        y = GROUP_PADDING + row * (CARD_HEIGHT + ROW_GAP)
        placed.append((key, Box(x, y, width, CARD_HEIGHT)))
    return GroupLayout(
        2 * GROUP_PADDING + columns * width + (columns - 1) * ROW_GAP,
        2 * GROUP_PADDING + rows * CARD_HEIGHT + (rows - 1) * ROW_GAP,
        tuple(placed),
    )


def pack(blocks: Sequence[tuple[str, int, int]]) -> dict[str, tuple[int, int]]:
    """Top-left corner of each block (key, width, height): the first block at the top left,
    then the rest tallest first, packed bottom-left into the width (of those tried) whose
    bounding rectangle is smallest, a rectangle far from 16:10 counting as larger. Each
    block is kept GROUP_GAP_X from its neighbours and has GROUP_GAP_Y above it for its title."""
    if not blocks:
        return {}
    order = [blocks[0], *sorted(blocks[1:], key=lambda b: (-b[2], -b[1], b[0]))]
    area = sum((w + GROUP_GAP_X) * (h + GROUP_GAP_Y) for _, w, h in blocks)
    widest = max(w for _, w, _ in blocks) + GROUP_GAP_X
    best: tuple[float, dict[str, tuple[int, int]]] | None = None
    for share in WIDTH_TRIES:
        limit = max(widest, round(math.sqrt(area * ASPECT) * share))
        corners, (width, height) = _skyline(order, limit)
        aspect = width / height
        score = width * height * (1 + abs(math.log(aspect / ASPECT)))
        if best is None or score < best[0]:
            best = (score, corners)
    assert best is not None
    return best[1]


def _skyline(
    blocks: Sequence[tuple[str, int, int]], limit: int
) -> tuple[dict[str, tuple[int, int]], tuple[int, int]]:
    """Bottom-left skyline packing into `limit` pixels of width: each block goes where its top
    is highest (then leftmost). The skyline is a list of [x, top, width] segments."""
    skyline = [[0, 0, limit]]
    corners: dict[str, tuple[int, int]] = {}
    right = bottom = 0
    for key, block_width, block_height in blocks:
        width, height = block_width + GROUP_GAP_X, block_height + GROUP_GAP_Y
        spot: tuple[int, int, int] | None = None  # (top, x, first segment)
        for first in range(len(skyline)):
            x = skyline[first][0]
            if x + width > limit and first > 0:
                break
            top, reach, last = 0, x, first
            while reach < x + width and last < len(skyline):
                top = max(top, skyline[last][1])
                reach = skyline[last][0] + skyline[last][2]
                last += 1
            if spot is None or (top, x) < spot[:2]:
                spot = (top, x, first)
        assert spot is not None
        top, x, first = spot
        corners[key] = (x, top + GROUP_GAP_Y)
        right, bottom = max(right, x + block_width), max(bottom, top + height)
        _raise(skyline, first, x, width, top + height)
    return corners, (right, bottom)


def _raise(skyline: list[list[int]], first: int, x: int, width: int, top: int) -> None:
    """Put a segment [x, x + width) at `top` into the skyline, from segment `first` on."""
    end = x + width
    last = first
    while last < len(skyline) and skyline[last][0] < end:
        last += 1
    tail = skyline[last - 1]
    rest = [[end, tail[1], tail[0] + tail[2] - end]] if tail[0] + tail[2] > end else []
    skyline[first:last] = [[x, top, width], *rest]
    merged: list[list[int]] = []
    for segment in skyline:
        if merged and merged[-1][1] == segment[1]:
            merged[-1][2] += segment[2]
        else:
            merged.append(segment)
    skyline[:] = merged


@dataclass(frozen=True, slots=True)
class Route:
    """How one edge is drawn."""

    from_side: str
    """The side of its first card it leaves by."""
    to_side: str
    """The side of its second card it enters by."""
    labelled: bool
    """False when every choice of sides puts its label on a card or group title."""


class _Index:
    """Boxes by the CELL-sized cells they touch, to find those near a point or segment."""

    def __init__(self, boxes: Sequence[Box]) -> None:
        self.boxes = boxes
        self.cells: dict[tuple[int, int], list[int]] = {}
        for number, box in enumerate(boxes):
            for cell in _cells(box.x, box.y, box.x + box.width, box.y + box.height):
                self.cells.setdefault(cell, []).append(number)

    def near(self, left: float, top: float, right: float, bottom: float) -> set[int]:
        """Numbers of the boxes in the cells that the given rectangle touches."""
        found: set[int] = set()
        for cell in _cells(left, top, right, bottom):
            found.update(self.cells.get(cell, ()))
        return found


def _cells(left: float, top: float, right: float, bottom: float) -> list[tuple[int, int]]:
    columns = range(math.floor(left / CELL), math.floor(right / CELL) + 1)
    return [
        (c, r)
        for r in range(math.floor(top / CELL), math.floor(bottom / CELL) + 1)
        for c in columns
    ]


def route(
    edges: Sequence[tuple[str, str, str]], cards: Mapping[str, Box], titles: Sequence[Box]
) -> list[Route]:
    """The sides of each edge (from card key, to card key, label): of the 16 pairs, the one
    whose straight line crosses the fewest other cards, then whose label (drawn at the middle
    of that line) is clear of cards and titles, or else at least its middle is, then whose
    sides face the other card, then the shortest. A label whose middle is on a card or title
    whatever the sides is dropped."""
    keys = sorted(cards)
    boxes = [cards[key] for key in keys]
    number = {key: n for n, key in enumerate(keys)}
    index = _Index([*boxes, *titles])
    check_crossings = len(boxes) <= CROSSINGS_UP_TO
    routes = []
    for source, target, label in edges:
        a, b = cards[source], cards[target]
        own = {number[source], number[target]}
        half_width, half_height = label_width(label) / 2, LABEL_HEIGHT / 2
        best: tuple[tuple[float, ...], Route] | None = None
        # facing sides and short lines first: the first pair that crosses nothing and has its
        # label clear of everything is the best one, and most edges stop at the first try
        for backwards, length, from_side, to_side, start, end in _candidates(a, b):
            mid = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
            blocked = _blocked(index, mid, half_width, half_height)
            crossed = _crossed(index, start, end, own, len(boxes)) if check_crossings else 0
            score = (crossed, blocked, backwards, length)
            if best is None or score < best[0]:
                best = (score, Route(from_side, to_side, blocked < 2))
            if crossed == blocked == 0:
                break
        assert best is not None
        routes.append(best[1])
    return routes


def _candidates(
    a: Box, b: Box
) -> list[tuple[int, float, str, str, tuple[float, float], tuple[float, float]]]:
    """The 16 pairs of sides: those facing away from the other card last, then by length."""
    starts = [(side, a.side_point(side), _NORMALS[side]) for side in SIDES]
    ends = [(side, b.side_point(side), _NORMALS[side]) for side in SIDES]
    pairs = []
    for from_side, start, (fx, fy) in starts:
        for to_side, end, (tx, ty) in ends:
            dx, dy = end[0] - start[0], end[1] - start[1]
            backwards = int(fx * dx + fy * dy < 0) + int(tx * dx + ty * dy > 0)
            pairs.append((backwards, math.hypot(dx, dy), from_side, to_side, start, end))
    pairs.sort(key=lambda pair: pair[:2])
    return pairs


def _blocked(index: _Index, mid: tuple[float, float], half_width: float, half_height: float) -> int:
    """0 when a label centred at `mid` touches no box, 1 when it does but its middle is on none
    (edges included), 2 when its middle is on one."""
    corner = (mid[0] - half_width, mid[1] - half_height)
    near = index.near(*corner, mid[0] + half_width, mid[1] + half_height)
    boxes = [index.boxes[n] for n in sorted(near)]
    if any(
        box.x <= mid[0] <= box.x + box.width and box.y <= mid[1] <= box.y + box.height
        for box in boxes
    ):
        return 2
    return int(any(_overlaps(box, corner, 2 * half_width, 2 * half_height) for box in boxes))


def _overlaps(box: Box, corner: tuple[float, float], width: float, height: float) -> bool:
    return (
        box.x < corner[0] + width
        and corner[0] < box.x + box.width
        and box.y < corner[1] + height
        and corner[1] < box.y + box.height
    )


def _crossed(
    index: _Index,
    start: tuple[float, float],
    end: tuple[float, float],
    own: set[int],
    cards: int,
) -> int:
    """How many cards (not the edge's own, nor titles) the straight line passes through."""
    near = index.near(
        min(start[0], end[0]), min(start[1], end[1]), max(start[0], end[0]), max(start[1], end[1])
    )
    return sum(1 for n in near if n < cards and n not in own and _clips(index.boxes[n], start, end))


def _clips(box: Box, start: tuple[float, float], end: tuple[float, float]) -> bool:
    """True when the segment passes through the box's interior (Liang-Barsky clipping)."""
    low, high = 0.0, 1.0
    dx, dy = end[0] - start[0], end[1] - start[1]
    for delta, offset in (
        (-dx, start[0] - box.x),
        (dx, box.x + box.width - start[0]),
        (-dy, start[1] - box.y),
        (dy, box.y + box.height - start[1]),
    ):
        if delta == 0:
            if offset <= 0:
                return False
            continue
        ratio = offset / delta
        if delta < 0:
            low = max(low, ratio)
        else:
            high = min(high, ratio)
        if low >= high:
            return False
    return True
