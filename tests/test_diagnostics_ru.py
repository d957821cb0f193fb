"""Problems found in a vault are told in Russian in the health note of a Russian vault, and in
English everywhere else (the English health note, `check`, the daemon's log)."""

from __future__ import annotations

import ast
import re

from conftest import REPO, MakeVault, run_cli

from vaultkit.parse.note_parser import load

CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)


def _russian_text(node: ast.expr) -> bool:
    """True when `node` is a string (plain, f-string or implicit concatenation) with Cyrillic."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and CYRILLIC.search(node.value) is not None
    if isinstance(node, ast.JoinedStr):
        return any(_russian_text(part) for part in node.values)
    return False


def test_every_diagnostic_vaultkit_makes_has_its_russian_message() -> None:
    missing = []
    for source in sorted((REPO / "vaultkit").rglob("*.py")):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Diagnostic"):
                continue
            if any(isinstance(arg, ast.Starred) for arg in node.args):
                continue  # rebuilt from stored fields (the cache, the stamp)
            russian = [kw.value for kw in node.keywords if kw.arg == "message_ru"]
            russian += node.args[4:5]
            if not russian or not _russian_text(russian[0]):
                missing.append(f"{source.relative_to(REPO)}:{node.lineno}")
    assert not missing, f"diagnostics without a Russian message: {missing}"


PROBLEMS: dict[str, str | bytes] = {
    "People/Ирина.md": "---\ntier: maybe\ncadence: sometimes\nbirthday: 03.10\n---\n# Ирина\n",
    "People/Boris.md": "---\ntags: #recruiter\ntier: key\ntier: supporting\n---\nBoris\n",
    "Interviews/Broken.md": "---\ntitle: [unclosed\n---\ntext\n",
    "Notes/Windows.md": b"\xef\xbb\xbfline one\r\n- 2026-02-30 call\r\n",
}


def test_a_russian_vaults_health_note_tells_each_problem_in_russian(
    make_vault: MakeVault,
) -> None:
    root = make_vault(PROBLEMS)
    (root / ".vaultkit").mkdir()
    (root / ".vaultkit" / "config.toml").write_text('language = "ru"\n', encoding="utf-8")
    assert run_cli("rebuild", root, "--today", "2026-11-24").returncode == 0
    health = (root / "vaultkit" / "Состояние хранилища.md").read_text(encoding="utf-8")
    for russian in (
        "tier 'maybe' не key и не supporting; считается supporting",
        "cadence 'sometimes' vaultkit не понимает",
        "birthday 3.1 не дата (для YAML это число",
        "свойство 'tags' пустое: '#recruiter' после него для YAML комментарий",
        "свойство 'tier' задано не раз (строки 3 и 4); читается только последнее",
        "блок свойств не читается:",
        "2026-02-30: такой даты не бывает",
    ):
        assert russian in health
    assert "is not a date" not in health and "property" not in health
    check = run_cli("check", root)  # the command speaks English whatever the vault's language
    assert "tier 'maybe' is neither key nor supporting" in check.stderr + check.stdout


def test_a_diagnostic_is_told_in_russian_only_when_asked() -> None:
    note = load(PROBLEMS["Notes/Windows.md"], "Notes/Windows.md")  # type: ignore[arg-type]
    assert [d.text("ru") for d in note.diagnostics] == [
        "заметка начинается с метки порядка байтов (BOM); прочитана как обычно",
        "концы строк Windows (CRLF); прочитаны как LF",
        "2026-02-30: такой даты не бывает",
    ]
    assert [d.text("en") for d in note.diagnostics] == [d.message for d in note.diagnostics]
    assert note.diagnostics[0].message == "note starts with a byte-order mark; read it anyway"
