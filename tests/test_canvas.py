"""The network canvas as Obsidian shows it: built by a real rebuild of the sample vault and of a
generated one (40 contacts in 12 companies, some with very long names), in English and Russian,
then checked the way the eye reads it: nothing overlaps in a compact rectangle, every card wide
enough for its name, no edge label on a card or group title, a company's edges to its contacts
clear of other cards, contacts most overdue first, and a legend for the colours in use."""

from __future__ import annotations

import json
import math
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLE_VAULT

from vaultkit.app import pipeline
from vaultkit.app.session import Session
from vaultkit.notes import registry

TODAY = date(2026, 11, 24)
COMPANIES = (
    "Acme",
    "Northwind Systems",
    "Кодовая Гавань",
    "Polar Fintech",
    "Summit Executive Search Partners International",
    "Orbita Games",
    "Helix",
    "Lumen Analytics",
    "Globex",
    "Initech",
    "Ромашка",
    "Vandelay Industries",
)
STAFF = (9, 7, 5, 4, 3, 2, 2, 2, 1, 1, 1, 0)
"""Contacts per company above (37), three more with no company: 40 in all."""
FIRST = ("Anna", "Tom", "Мария", "Igor", "Sofia", "Kevin", "Елена", "James", "Priya", "Олег")
LAST = ("Petrova", "Becker", "Иванова", "Lebedev", "Rossi", "Walsh", "Кузнецова", "Chen", "Lind")
LONG_NAMES = {
    3: "Анастасия Константиновна Преображенская-Вяземская",
    20: "Maximilian Alexander von Hohenzollern-Sigmaringen",
}
Canvas = dict[str, list[dict[str, Any]]]


def _generated_vault(root: Path) -> None:
    """Contacts with cadences, last contacts spread over three months, some paused, some with a
    previous company or a referrer: every colour and kind of edge the canvas draws."""
    people: list[tuple[str, str | None]] = []
    for company, staff in zip(COMPANIES, STAFF, strict=True):
        for _ in range(staff):
            number = len(people)
            name = LONG_NAMES.get(number, f"{FIRST[number % 10]} {LAST[number % 9]} {number}")
            people.append((name, company))
    people += [(f"{FIRST[n]} Freelance {n}", None) for n in range(40 - len(people))]
    files = {
        f"Companies/{company}.md": f"---\ntype: company\n---\n# {company}\n"
        for company in COMPANIES
    }
    for number, (name, company) in enumerate(people):
        last = f"2026-{9 + number % 3:02d}-{1 + (number * 7) % 27:02d}"
        lines = [
            f"type: {'recruiter' if number % 6 == 0 else 'contact'}",
            f"tier: {'key' if number % 3 == 0 else 'supporting'}",
            f"cadence: {2 + 2 * (number % 4)} weeks",
            f"last_contact: {last}",
        ]
        if company:
            lines.append(f'company: "[[{company}]]"')
        if number % 7 == 2:
            lines.append(f'previous_company: "[[{COMPANIES[(number * 5) % 12]}]]"')
        if number % 9 == 4:
            lines.append(f'referred_by: "[[{people[number - 3][0]}]]"')
        if number % 11 == 5:
            lines.append("status: paused")
        files[f"People/{name}.md"] = (
            "---\n{}\n---\n# {}\n\n## History\n- {} call: caught up\n".format(
                "\n".join(lines), name, last
            )
        )
    for relative, text in files.items():
        (root / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / relative).write_text(text, encoding="utf-8")


def _rebuilt(root: Path, language: str, color: str) -> tuple[bytes, dict[str, date]]:
    """The canvas file a rebuild writes (as `vaultkit rebuild` does), and each contact's due day."""
    settings = f'language = "{language}"\n[network]\ncanvas_color = "{color}"\n'
    (root / ".vaultkit").mkdir(exist_ok=True)
    (root / ".vaultkit" / "config.toml").write_text(settings, encoding="utf-8")
    pipeline.rebuild(Session(root), TODAY)
    title = {"en": "Network", "ru": "Сеть контактов"}[language]
    facts = pipeline.build(root).facts(TODAY)
    due_on = registry.canvas_report(facts)[2]
    return (root / "vaultkit" / f"{title}.canvas").read_bytes(), dict(due_on)  # type: ignore[call-overload]


CASES = ("sample-en", "sample-ru", "generated-en", "generated-ru", "generated-tier")


@pytest.fixture(scope="module")
def canvases(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, tuple[Canvas, bytes, bytes, dict[str, date]]]:
    """Per case: the canvas, its bytes from two rebuilds of two copies, and the due days."""
    built = {}
    for case in CASES:
        vault, language = case.split("-")
        texts = []
        for copy in ("a", "b"):
            root = tmp_path_factory.mktemp(f"{case}-{copy}")
            if vault == "sample":
                shutil.copytree(
                    SAMPLE_VAULT,
                    root,
                    dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns(".vaultkit", "vaultkit"),
                )
            else:
                _generated_vault(root)
            text, due_on = _rebuilt(
                root,
                "en" if language == "tier" else language,
                "tier" if language == "tier" else "due",
            )
            texts.append(text)
        built[case] = (json.loads(texts[0]), texts[0], texts[1], due_on)
    return built


def _box(node: dict[str, Any]) -> tuple[int, int, int, int]:
    return node["x"], node["y"], node["width"], node["height"]


def _meets(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def _inside(inner: tuple[int, int, int, int], outer: tuple[int, int, int, int]) -> bool:
    return (
        outer[0] <= inner[0]
        and outer[1] <= inner[1]
        and inner[0] + inner[2] <= outer[0] + outer[2]
        and inner[1] + inner[3] <= outer[1] + outer[3]
    )


def _title(group: dict[str, Any]) -> tuple[int, int, int, int]:
    """Where Obsidian draws a group's title: above its top-left corner."""
    return group["x"], group["y"] - 32, 9 * len(group["label"]) + 16, 32


def _cards(canvas: Canvas) -> list[dict[str, Any]]:
    return [node for node in canvas["nodes"] if node["type"] != "group"]


def _groups(canvas: Canvas) -> list[dict[str, Any]]:
    return [node for node in canvas["nodes"] if node["type"] == "group"]


def _group_of(canvas: Canvas) -> dict[str, dict[str, Any]]:
    """Each card's id -> the group whose rectangle it lies in (cards outside any are left out)."""
    return {
        card["id"]: group
        for card in _cards(canvas)
        for group in _groups(canvas)
        if _meets(_box(card), _box(group))
    }


SIDE_POINTS = {
    "left": lambda x, y, w, h: (x, y + h / 2),
    "right": lambda x, y, w, h: (x + w, y + h / 2),
    "top": lambda x, y, w, h: (x + w / 2, y),
    "bottom": lambda x, y, w, h: (x + w / 2, y + h),
}


def _segment(
    canvas: Canvas, edge: dict[str, Any]
) -> tuple[tuple[float, float], tuple[float, float]]:
    """The straight line between the edge's side midpoints; with no sides given, Obsidian
    joins the closest pair of sides."""
    nodes = {node["id"]: node for node in canvas["nodes"]}
    a, b = _box(nodes[edge["fromNode"]]), _box(nodes[edge["toNode"]])
    if "fromSide" in edge and "toSide" in edge:
        return SIDE_POINTS[edge["fromSide"]](*a), SIDE_POINTS[edge["toSide"]](*b)
    pairs = [(SIDE_POINTS[s](*a), SIDE_POINTS[t](*b)) for s in SIDE_POINTS for t in SIDE_POINTS]
    return min(pairs, key=lambda pair: math.dist(*pair))


def _crosses(
    box: tuple[int, int, int, int], start: tuple[float, float], end: tuple[float, float]
) -> bool:
    """True when the segment runs through the box's interior (sampled every few pixels)."""
    steps = max(2, int(math.dist(start, end) / 4))
    for step in range(steps + 1):
        x = start[0] + (end[0] - start[0]) * step / steps
        y = start[1] + (end[1] - start[1]) * step / steps
        if box[0] < x < box[0] + box[2] and box[1] < y < box[1] + box[3]:
            return True
    return False


@pytest.mark.parametrize("case", CASES)
def test_nothing_overlaps_in_a_compact_rectangle(canvases: Any, case: str) -> None:
    canvas = canvases[case][0]
    groups, cards = _groups(canvas), _cards(canvas)
    group_of = _group_of(canvas)
    footprints = [_box(group) for group in groups] + [_title(group) for group in groups]
    for card in cards:
        if card["id"] in group_of:
            assert _inside(_box(card), _box(group_of[card["id"]])), card
        else:
            footprints.append(_box(card))  # the owner card and the legend
    for number, box in enumerate(footprints):
        for other in footprints[number + 1 :]:
            assert not _meets(box, other), (box, other)
    for number, card in enumerate(cards):
        for other in cards[number + 1 :]:
            assert not _meets(_box(card), _box(other)), (card, other)
    boxes = [_box(node) for node in canvas["nodes"]]
    width = max(x + w for x, _, w, _ in boxes) - min(x for x, _, _, _ in boxes)
    height = max(y + h for _, y, _, h in boxes) - min(y for _, y, _, _ in boxes)
    used = sum(w * h for _, _, w, h in footprints if h > 32)  # groups and loose cards
    assert width * height <= 2 * used, (width, height, used)
    assert 1.0 <= width / height <= 2.6  # roughly 16:10, not a tower or a strip


@pytest.mark.parametrize("case", CASES)
def test_every_card_is_wide_enough_for_its_name(canvases: Any, case: str) -> None:
    for card in _cards(canvases[case][0]):
        if card["type"] == "file":
            lines = [card["file"].rsplit("/", 1)[-1].removesuffix(".md")]
        else:
            lines = card["text"].split("\n")
        assert card["width"] >= 9 * max(len(line) for line in lines) + 40, card


@pytest.mark.parametrize("case", CASES)
def test_no_edge_label_sits_on_a_card_or_a_group_title(canvases: Any, case: str) -> None:
    canvas = canvases[case][0]
    blockers = [_box(card) for card in _cards(canvas)] + [_title(g) for g in _groups(canvas)]
    labelled = [edge for edge in canvas["edges"] if edge.get("label")]
    assert len(labelled) >= 0.9 * len(canvas["edges"])  # a label is dropped only in a pinch
    for edge in labelled:
        start, end = _segment(canvas, edge)
        middle = ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
        for x, y, w, h in blockers:
            assert not (x <= middle[0] <= x + w and y <= middle[1] <= y + h), edge


@pytest.mark.parametrize("case", CASES)
def test_a_companys_edges_to_its_contacts_run_clear_of_other_cards(
    canvases: Any, case: str
) -> None:
    canvas = canvases[case][0]
    group_of = _group_of(canvas)
    cards = _cards(canvas)
    inner = [
        edge
        for edge in canvas["edges"]
        if edge["fromNode"] in group_of
        and group_of[edge["fromNode"]] is group_of.get(edge["toNode"])
        and edge.get("label") in ("company", "people", "recruiter")
    ]
    assert inner
    for edge in inner:
        start, end = _segment(canvas, edge)
        ends = (edge["fromNode"], edge["toNode"])
        crossed = [
            card["id"]
            for card in cards
            if card["id"] not in ends and _crosses(_box(card), start, end)
        ]
        assert crossed == [], edge


@pytest.mark.parametrize("case", CASES)
def test_contacts_most_overdue_first_and_the_same_file_every_time(canvases: Any, case: str) -> None:
    canvas, first, second, due_on = canvases[case]
    assert first == second  # two copies of the vault, two rebuilds: the same bytes
    files = [card for card in _cards(canvas) if card["type"] == "file"]
    companies = {card["file"] for card in files if card["file"].startswith("Companies/")}
    for group in _groups(canvas):
        contacts = [
            card["file"]
            for card in sorted(files, key=lambda card: (card["x"], card["y"]))
            if _inside(_box(card), _box(group)) and card["file"] not in companies
        ]
        expected = sorted(
            contacts,
            key=lambda path: (due_on.get(path, date.max), path.rsplit("/", 1)[-1].casefold()),
        )
        assert contacts == expected, group["label"]


@pytest.mark.parametrize(
    "case, words",
    [
        ("sample-en", ("Legend", "red", "Overdue", "green")),
        ("generated-en", ("Legend", "red", "Overdue", "orange", "green", "no colour", "arrow")),
        ("generated-ru", ("Легенда", "красный", "Просрочено", "зелёный", "без цвета", "Стрелка")),
        ("sample-ru", ("Легенда", "красный", "Просрочено")),
        ("generated-tier", ("Legend", "purple", "Key contact", "cyan", "Supporting")),
    ],
)
def test_a_legend_names_the_colours_in_use_and_the_edges(
    canvases: Any, case: str, words: tuple[str, ...]
) -> None:
    canvas = canvases[case][0]
    texts = [card for card in _cards(canvas) if card["type"] == "text"]
    legend = next(card["text"] for card in texts if words[0] in card["text"])
    for word in words[1:]:
        assert word in legend, word
    in_use = {card.get("color") for card in _cards(canvas) if card["type"] == "file"} - {None}
    swatches = {card["color"] for card in texts if "color" in card}
    assert swatches == in_use  # a card in each colour on the canvas, saying what it means
