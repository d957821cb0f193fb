"""The network view: stage and mutual-value rules at their boundaries, the JSON Canvas checked
against the spec's required fields and for overlaps, the Mermaid block checked line by line."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from conftest import MakeVault, run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vaultkit import config
from vaultkit.app import pipeline
from vaultkit.app.session import Session
from vaultkit.domain import exchange, value_kinds
from vaultkit.domain.exchange import read_exchange
from vaultkit.notes import registry
from vaultkit.notes.mermaid import network_mermaid
from vaultkit.notes.render import Renderer
from vaultkit.rules import network
from vaultkit.rules.network import regularity_of, stage_of
from vaultkit.store.templates import load_templates

TODAY = date(2026, 11, 24)
SETTINGS = config.default().network  # 3 days over 30; mature 8 days over 180, 50%, both ways


@pytest.mark.parametrize(
    "days, span, regularity, two_way, expected",
    [
        (2, 400, 1.0, True, "forming"),  # one day short of developing
        (3, 29, 1.0, True, "forming"),  # one day of span short
        (3, 30, 0.0, False, "developing"),  # both thresholds met exactly
        (8, 180, 0.5, True, "mature"),  # every mature threshold met exactly
        (7, 180, 0.5, True, "developing"),
        (8, 179, 0.5, True, "developing"),
        (8, 180, 0.49, True, "developing"),
        (8, 180, 0.5, False, "developing"),  # value flows one way: not a partnership
    ],
)
def test_stage_boundaries(
    days: int, span: int, regularity: float, two_way: bool, expected: str
) -> None:
    assert stage_of(days, span, regularity, two_way, SETTINGS) == expected


def test_regularity_counts_months_between_first_and_last() -> None:
    assert regularity_of([]) == 0.0
    assert regularity_of([date(2026, 1, 5)]) == 1.0
    # Nov 2025 .. Feb 2026 is four months, two of them with contact
    assert regularity_of([date(2025, 11, 30), date(2026, 2, 1)]) == 0.5


@pytest.mark.parametrize(
    "text, given, received",
    [
        ("sent her an update on my search", ("update",), ()),
        ("shared what I hear about the market", ("market_info",), ()),
        ("gave feedback on the company's process", ("company_feedback",), ()),
        ("referred a former colleague to him", ("candidate",), ()),
        ("she sent me a vacancy at Polar", (), ("vacancy",)),
        ("he referred me to the hiring manager", (), ("referral",)),
        ("introduced me to the CTO", (), ("introduction",)),
        ("got good advice on the offer", (), ("advice",)),
        ("поделился новостями о поиске", ("update",), ()),
        ("рассказал, что творится на рынке", ("market_info",), ()),
        ("дал отзыв о компании после финала", ("company_feedback",), ()),
        ("порекомендовал ей знакомого разработчика", ("candidate",), ()),
        ("прислала вакансию в финтехе", (), ("vacancy",)),
        ("рекомендовала меня нанимающему менеджеру", (), ("referral",)),
        ("познакомил меня с техдиректором", (), ("introduction",)),
        ("дала совет по переговорам", (), ("advice",)),
        ("quick call about the weather", (), ()),
        ("#given", ("other",), ()),
        ("coffee #received/intro", (), ("introduction",)),
        ("shared market notes #given", ("market_info",), ()),
    ],
)
def test_value_in_words_and_tags(
    text: str, given: tuple[str, ...], received: tuple[str, ...]
) -> None:
    exchange = read_exchange(text)
    assert (exchange.given, exchange.received) == (given, received)


@pytest.mark.parametrize(
    "text, initiative, answered",
    [
        ("I wrote to her about the role", "me", None),
        ("she reached out to me on LinkedIn", "them", True),
        ("сама написала мне в Telegram", "them", True),
        ("я написал ему, пока без ответа", "me", False),
        ("я ей написала в LinkedIn", "me", None),
        ("pinged him twice, no reply", "me", False),
        ("she replied within the hour", None, True),
        ("call #by-them", "them", True),
    ],
)
def test_initiative_and_answers(text: str, initiative: str | None, answered: bool | None) -> None:
    exchange = read_exchange(text)
    assert (exchange.initiative, exchange.answered) == (initiative, answered)


def _big_vault(make_vault: MakeVault, contacts: int = 200, companies: int = 30) -> Path:
    files: dict[str, str] = {}
    for number in range(companies):
        files[f"Companies/Company {number}.md"] = "---\ntype: company\n---\n"
    for number in range(contacts):
        company = number % (companies + 3)  # some contacts have no company
        link = f"company: '[[Company {company}]]'\n" if company < companies else ""
        second = f"previous_company: '[[Company {(number * 7) % companies}]]'\n"
        files[f"People/Person {number}.md"] = (
            f"---\ntype: contact\ntier: {'key' if number % 5 == 0 else 'supporting'}\n{link}"
            f"{second if number % 4 == 0 else ''}---\n"
            f"- 2026-0{1 + number % 9}-1{number % 10} call: sent an update #given\n"
            f"- 2026-10-0{1 + number % 9} coffee: she sent me a vacancy\n"
        )
    return make_vault(files)


def _canvas(root: Path) -> dict[str, list[dict[str, object]]]:
    built = pipeline.build(root, use_cache=False)
    facts = built.facts(TODAY)
    renderer = Renderer(load_templates(root), "en")
    text = registry.NETWORK_CANVAS.render(registry.canvas_report(facts), facts, renderer, None)
    return json.loads(text)  # type: ignore[no-any-return]


def test_canvas_follows_json_canvas_and_nothing_overlaps(make_vault: MakeVault) -> None:
    root = _big_vault(make_vault)
    canvas = _canvas(root)
    nodes, edges = canvas["nodes"], canvas["edges"]
    ids = [node["id"] for node in nodes]
    assert len(ids) == len(set(ids))
    required = {"text": {"text"}, "file": {"file"}, "group": set()}
    for node in nodes:
        assert {"id", "type", "x", "y", "width", "height"} <= node.keys()
        assert node["type"] in required and required[node["type"]] <= node.keys()  # type: ignore[index]
        assert all(isinstance(node[key], int) for key in ("x", "y", "width", "height"))
        assert node.get("color", "1") in {"1", "2", "3", "4", "5", "6"}
    edge_ids = [edge["id"] for edge in edges]
    assert len(edge_ids) == len(set(edge_ids)) and edges
    for edge in edges:
        assert {"id", "fromNode", "toNode"} <= edge.keys()
        assert edge["fromNode"] in ids and edge["toNode"] in ids
    files = [node for node in nodes if node["type"] == "file"]
    assert len(files) == 230  # every contact and company, once
    boxes = [n for n in nodes if n["type"] in ("group", "text")]
    for group in (n for n in nodes if n["type"] == "group"):
        inside = [f for f in files if _contains(group, f)]
        assert inside, group["label"]
    for many in (files, boxes):
        for i, a in enumerate(many):
            for b in many[i + 1 :]:
                assert not _overlap(a, b), (a, b)
    assert _canvas(root) == canvas  # deterministic


def _overlap(a: dict[str, object], b: dict[str, object]) -> bool:
    ax, ay, aw, ah = (int(a[k]) for k in ("x", "y", "width", "height"))  # type: ignore[call-overload]
    bx, by, bw, bh = (int(b[k]) for k in ("x", "y", "width", "height"))  # type: ignore[call-overload]
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


def _contains(outer: dict[str, object], inner: dict[str, object]) -> bool:
    ox, oy, ow, oh = (int(outer[k]) for k in ("x", "y", "width", "height"))  # type: ignore[call-overload]
    ix, iy, iw, ih = (int(inner[k]) for k in ("x", "y", "width", "height"))  # type: ignore[call-overload]
    return ox <= ix and oy <= iy and ix + iw <= ox + ow and iy + ih <= oy + oh


_NODE = re.compile(r'(?P<id>[kc]\d+)(\[|\(\[)"(?P<label>[^"\n]*)"(\]|\]\))')
_ROW = re.compile(
    r'^    [kc]\d+(\[|\(\[)"[^"\n]*"(\]|\]\))( ~~~ [kc]\d+(\[|\(\[)"[^"\n]*"(\]|\]\))){0,2}$'
)
_BOX = re.compile(r'^  subgraph g\d+\["[^"\n]*"\]$')
_EDGE = re.compile(r'^  (?P<a>[kc]\d+) -\.->(\|"[^"\n]*"\|)? (?P<b>[kc]\d+)$')
_CLASS = re.compile(
    r"^  class (?P<ids>[kc]\d+(,[kc]\d+)*) (forming|developing|mature|company|internal-link)$"
)
_CLASSDEF = re.compile(r"^  classDef (company|forming|developing|mature) [^;\n]+$")


def check_mermaid(text: str) -> set[str]:
    """A strict structural check of the flowchart vaultkit writes; returns the node ids."""
    lines = text.split("\n")
    assert lines[0].startswith("%%{init: ") and lines[1] == "flowchart LR"
    lines = lines[1:]
    declared: set[str] = set()
    linked: set[str] = set()
    open_box = False
    for line in lines[1:]:
        if _BOX.match(line):
            assert not open_box
            open_box = True
        elif line == "    direction LR":
            assert open_box
        elif line == "  end":
            assert open_box
            open_box = False
        elif _ROW.match(line):  # a row of at most three cards, inside a box
            assert open_box
            for node in _NODE.finditer(line):
                assert node["id"] not in declared
                declared.add(node["id"])
        elif edge := _EDGE.match(line):
            assert edge["a"] in declared and edge["b"] in declared
        elif klass := _CLASS.match(line):
            ids = set(klass["ids"].split(","))
            assert ids <= declared
            if line.endswith("internal-link"):
                linked |= ids
        else:
            assert _CLASSDEF.match(line), line
    assert linked == declared  # every node opens its note
    return declared


def test_mermaid_of_the_sample_vault_is_well_formed(sample_copy: Path) -> None:
    built = pipeline.build(sample_copy, use_cache=False)
    report = registry.network_report(built.facts(TODAY))
    relations = network.relations(built.graph, report, built.facts(TODAY).interviews())
    view = network_mermaid(report, relations, dict(report.companies), 40)
    ids = check_mermaid(view.text)
    assert len(ids) == len(report.relationships) + len(report.companies)  # every one drawn
    assert view.companies_hidden == 0
    assert '"Дмитрий Соколов"' in view.text and '"James O\'Connor"' in view.text


def test_mermaid_is_capped_and_escapes_labels(make_vault: MakeVault) -> None:
    root = _big_vault(make_vault)
    (root / "People" / 'Odd "quoted" #1 <b>.md').write_text("---\ntype: contact\ntier: key\n---\n")
    built = pipeline.build(root, use_cache=False)
    report = registry.network_report(built.facts(TODAY))
    view = network_mermaid(report, {}, dict(report.companies), 45)
    check_mermaid(view.text)
    assert (view.contacts_shown, view.contacts_hidden) == (45, 156)  # the 41 key ones first
    assert '"Odd #quot;quoted#quot; #35;1 #lt;b#gt;"' in view.text


def test_network_cli_json_and_exports(sample_copy: Path, tmp_path: Path) -> None:
    result = run_cli("network", sample_copy, "--json", "--today", "2026-11-24")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    by_name = {r["contact"]: r for r in report["relationships"]}
    assert by_name["Anna Petrova"]["stage"] == "mature"
    assert by_name["Tom Becker"]["flow"] == "both"  # "call: EU market ...": talked over
    assert by_name["Наталья Андреева"]["flow"] == "received_only"
    assert report["contacts_without_company"] == ["Marta Lind"]
    assert report["companies_without_contact"] == []  # Lukas Meyer worked at Helix Robotics
    lukas = by_name["Lukas Meyer"]
    assert lukas["previous_companies"] == ["Helix Robotics"]
    assert [(f["kind"], f.get("share")) for f in lukas["flags"]] == [
        ("one_sided", 1.0),
        ("unanswered", None),
    ]
    assert by_name["Виктор Орлов"]["suggestion"] == {"move": "to_supporting", "silent_days": 133}
    assert report["connectors"][0] == "Дмитрий Соколов"
    canvas = tmp_path / "n.canvas"
    assert run_cli("graph", sample_copy, "--format", "canvas", "-o", canvas).returncode == 0
    assert json.loads(canvas.read_text(encoding="utf-8"))["nodes"]
    mermaid = run_cli("graph", sample_copy, "--format", "mermaid")
    check_mermaid(mermaid.stdout.rstrip("\n"))


def test_a_canvas_of_the_users_own_is_never_overwritten(sample_copy: Path) -> None:
    mine = sample_copy / "vaultkit" / "Network.canvas"
    mine.parent.mkdir()
    mine.write_text('{"nodes": [], "edges": []}\n')
    result = run_cli("rebuild", sample_copy, "--today", "2026-11-24")
    assert result.returncode == 1
    assert "vaultkit/Network.canvas exists and was not written by vaultkit" in result.stderr
    assert mine.read_text() == '{"nodes": [], "edges": []}\n'
    assert (sample_copy / "vaultkit" / "Network.md").exists()


_WORDS = [  # the words the patterns are made of (not the stems, which are under test)
    *sorted(
        {
            word
            for patterns in (
                *value_kinds.KINDS.values(),
                *((s.pattern.pattern,) for s in (exchange.BY_ME, exchange.BY_THEM)),
                *((s.pattern.pattern,) for s in (exchange.NO_REPLY, exchange.REPLIED)),
            )
            for pattern in patterns
            for word in re.findall(r"[a-zа-яё']+", re.sub(r"\\[a-zA-Z]", " ", pattern))
        }
    ),
    *"i she he they me мне я ей ему им her him them the a my to of on about сам сама по "
    "моей её их reply answer response не ответил ответила без ответа тишина update updates "
    "candidate friend colleague role position job cv news вакансию позицию работу меня с "
    "кандидата знакомого рекомендацию компании процесс data survey ranges".split(),
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=12), st.sampled_from([" ", ", ", "-"]))
def test_stem_shortcut_never_changes_an_answer(words: list[str], joiner: str) -> None:
    folded = joiner.join(words).casefold()
    for signal in (
        *value_kinds.SIGNALS.values(),
        exchange.BY_ME,
        exchange.BY_THEM,
        exchange.NO_REPLY,
        exchange.REPLIED,
    ):
        assert signal.search(folded) == bool(signal.pattern.search(folded)), folded


_KIND_PATTERNS = [(kind, p) for kind, patterns in value_kinds.KINDS.items() for p in patterns]


@settings(max_examples=600, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.sampled_from(_KIND_PATTERNS).flatmap(
        lambda kind_pattern: st.tuples(
            st.just(kind_pattern[0]), st.from_regex(kind_pattern[1], fullmatch=True)
        )
    )
)
def test_every_text_a_kind_pattern_matches_holds_one_of_its_stems(drawn: tuple[str, str]) -> None:
    kind, text = drawn
    folded = text.casefold()
    signal = value_kinds.SIGNALS[kind]
    assert signal.search(folded) == bool(signal.pattern.search(folded)), (kind, folded)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab _-.я1", max_size=12))
def test_a_pattern_with_a_leading_boundary_is_searched_as_re_would(text: str) -> None:
    for pattern in (r"\ba", r"\b(a|я)b?\b", r"\ba|b", r"\b[|]a", r"\b(?:a)|_", r"\b\|a"):
        assert value_kinds.Pattern(pattern).search(text) == bool(re.search(pattern, text)), pattern


def test_a_broken_note_template_stops_only_its_note_in_the_daemon(sample_copy: Path) -> None:
    override = sample_copy / ".vaultkit" / "templates" / "en"
    override.mkdir(parents=True)
    (override / "network.md.j2").write_text("{% for x in %}\n")
    result = pipeline.rebuild(Session(sample_copy), TODAY, isolate=True)  # the daemon carries on
    outcomes = {write.path: write.outcome for write in result.writes}
    assert outcomes["vaultkit/Network.md"] == "failed"
    assert outcomes["vaultkit/Due contacts.md"] == "written"
    assert outcomes["vaultkit/Network.canvas"] == "written"  # written after the failed one
    failed = next(w for w in result.writes if w.outcome == "failed")
    assert "network.md.j2" in failed.message
    again = pipeline.rebuild(Session(sample_copy), TODAY)  # so does the one-shot command
    assert [w.message for w in again.writes if w.outcome == "failed"] == [failed.message]


def test_the_network_table_never_cuts_a_date(sample_copy: Path) -> None:
    # not a terminal: rich lays the table out in 80 columns, the narrowest it meets
    result = run_cli("network", sample_copy, "--today", "2026-11-24")
    assert result.returncode == 0, result.stderr
    assert "2026-11-19" in result.stdout and "2026-1…" not in result.stdout
