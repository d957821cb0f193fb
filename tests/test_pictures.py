"""The pictures in docs/pictures/ show the golden notes and the sample canvas as they are now.

docs/render.sh renders them (it needs Chromium, which CI lacks) and records the sha256 of each
source in docs/pictures/rendered-from.json; these tests only compare those hashes with today's
golden notes and today's canvas, so a changed note without new pictures fails here.
"""

from __future__ import annotations

import ast
import hashlib
import json
from pathlib import Path

import pytest
from conftest import REPO, run_cli

PICTURES = REPO / "docs" / "pictures"
GOLDEN = REPO / "tests" / "golden"
NOTES = ("due", "themes", "network", "health")
LANGUAGES = ("en", "ru")
RERENDER = (
    "run docs/render.sh (see Pictures in README.md; it needs Chromium and npm) and commit "
    "docs/pictures/"
)


def golden_config() -> str:
    """The extra config of the golden test, NEWS_AND_EVENTS in tests/test_cli.py, read from its
    text (as docs/render/render.mjs reads it) so that the three agree without a copy."""
    tree = ast.parse((REPO / "tests" / "test_cli.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and [ast.unparse(t) for t in node.targets] == [
            "NEWS_AND_EVENTS"
        ]:
            value = ast.literal_eval(node.value)
            assert isinstance(value, str)
            return value
    raise AssertionError("tests/test_cli.py has no NEWS_AND_EVENTS: update tests/test_pictures.py")


def rendered_from() -> dict[str, dict[str, object]]:
    """docs/pictures/rendered-from.json: each source with its sha256 and its pictures."""
    data: dict[str, dict[str, object]] = json.loads(
        (PICTURES / "rendered-from.json").read_text(encoding="utf-8")
    )
    return data


def sha256(path: Path) -> str:
    """The sha256 of a file's bytes, as the render script records it."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", NOTES)
def test_pictures_show_the_golden_note(name: str, language: str) -> None:
    golden = f"tests/golden/{name}.{language}.md"
    entry = rendered_from().get(golden)
    assert entry is not None, f"no picture of {golden}: {RERENDER}"
    assert entry["sha256"] == sha256(REPO / golden), (
        f"{golden} changed since its pictures were rendered: {RERENDER}"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_canvas_picture_shows_todays_canvas(sample_copy: Path, language: str) -> None:
    (sample_copy / ".vaultkit").mkdir()
    (sample_copy / ".vaultkit" / "config.toml").write_text(
        f'language = "{language}"\n{golden_config()}', encoding="utf-8"
    )
    result = run_cli("rebuild", sample_copy, "--today", "2026-11-24")
    assert result.returncode == 0, result.stderr
    (canvas,) = (sample_copy / "vaultkit").glob("*.canvas")
    entry = rendered_from().get(f"canvas.{language}")
    assert entry is not None, f"no picture of the {language} canvas: {RERENDER}"
    assert entry["sha256"] == sha256(canvas), (
        f"the sample vault's {canvas.name} changed since canvas.{language}.png was rendered: "
        f"{RERENDER}"
    )


def test_every_picture_is_listed_and_present() -> None:
    listed = {
        str(picture)
        for entry in rendered_from().values()
        for picture in entry["pictures"]  # type: ignore[attr-defined]
    }
    on_disk = {path.name for path in PICTURES.glob("*.png")}
    assert listed == on_disk, f"docs/pictures/ and rendered-from.json disagree: {RERENDER}"
    for name in on_disk:
        assert (PICTURES / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", name
