"""A deterministic synthetic vault: topic, contact, company, interview and daily notes.

The same (size, seed) always gives the same files. Notes carry frontmatter, wiki-links in
properties and body, tags, dated entries, and links inside code that must not count.

    python -m bench.generate bench/.vaults/10000 --notes 10000
"""

from __future__ import annotations

import argparse
import random
import shutil
from datetime import date, timedelta
from pathlib import Path

WORDS = (
    "market offer salary backend python design team role process interview feedback "
    "recruiter pipeline growth platform data senior update call coffee referral plan "
    "рынок вакансия команда процесс собеседование обратная связь рост задача"
).split()
FIRST = "Anna Maria Olga Elena Sofia James Tom Kevin Igor Dmitry Alexey Priya Natalia Ivan".split()
LAST = "Petrova Chen Rossi Becker Walsh Sokolov Volkov Kuznetsova Morozova Natarajan Lee".split()


def _sentence(rng: random.Random, links: list[str]) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    if links and rng.random() < 0.6:
        words.insert(rng.randrange(len(words)), f"[[{rng.choice(links)}]]")
    if rng.random() < 0.1:
        words.append(f"#{rng.choice(WORDS)}")
    return " ".join(words).capitalize() + "."


def _code_block(rng: random.Random, links: list[str]) -> str:
    fenced = f"```\n# not a link: [[{rng.choice(links)}]]\nprint('x')\n```"
    return f"{fenced}\nAnd `[[{rng.choice(links)}]]` inline, $[[{rng.choice(links)}]]$ in math."


def generate(root: Path, notes: int, seed: int = 0) -> Path:
    """Write `notes` notes under `root` (replacing it) and return it."""
    rng = random.Random(seed)
    if root.exists():
        shutil.rmtree(root)
    contacts = [f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}" for i in range(max(1, notes // 5))]
    companies = [f"Company {i}" for i in range(max(1, notes // 20))]
    topics = [f"Topic {i}" for i in range(max(1, notes * 2 // 5))]
    everything = contacts + companies + topics
    start = date(2020, 1, 1)
    files: dict[str, str] = {}
    for name in companies:
        files[f"Companies/{name}.md"] = (
            f"---\ntype: company\nsize: {rng.randint(10, 5000)}\n---\n# {name}\n\n"
            + "\n\n".join(_sentence(rng, contacts) for _ in range(rng.randint(2, 6)))
            + "\n"
        )
    for name in contacts:
        history = "\n".join(
            f"- {start + timedelta(days=rng.randint(0, 2500))} call: {_sentence(rng, everything)}"
            for _ in range(rng.randint(1, 6))
        )
        files[f"People/{name}.md"] = (
            f'---\ntype: recruiter\ncompany: "[[{rng.choice(companies)}]]"\n'
            f"tier: {rng.choice(['key', 'supporting'])}\n"
            f"cadence: {rng.choice(['30', '2w', 'quarterly'])}\ntags: [recruiter]\n---\n"
            f"# {name}\n\n{_sentence(rng, everything)}\n\n## History\n{history}\n"
        )
    interviews = notes * 15 // 100
    for i in range(interviews):
        day = start + timedelta(days=rng.randint(0, 2500))
        feedback = "\n".join(f"- {_sentence(rng, [])}" for _ in range(rng.randint(1, 5)))
        files[f"Interviews/{day} interview {i}.md"] = (
            f'---\ntype: interview\ncompany: "[[{rng.choice(companies)}]]"\n'
            f'recruiter: "[[{rng.choice(contacts)}]]"\ndate: {day}\nresult: rejected\n---\n'
            f"# Interview {i}\n\n{_sentence(rng, everything)}\n\n## Feedback\n{feedback}\n"
        )
    day = start
    while len(files) < notes - len(topics):
        body = "\n".join(f"- {_sentence(rng, everything)}" for _ in range(rng.randint(2, 8)))
        files[f"Daily/{day}.md"] = f"---\ndate: {day}\n---\n{body}\n"
        day += timedelta(days=1)
    for name in topics[: notes - len(files)]:
        paragraphs = [_sentence(rng, everything) for _ in range(rng.randint(3, 12))]
        if rng.random() < 0.3:
            paragraphs.insert(1, _code_block(rng, everything))
        files[f"Topics/{name}.md"] = (
            f"---\ntags: [topic]\n---\n# {name}\n\n" + "\n\n".join(paragraphs) + "\n"
        )
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / ".obsidian").mkdir()  # a folder Obsidian has opened: vaultkit reads only vaults
    return root


def ensure(root: Path, notes: int) -> Path:
    """The vault of `notes` notes at `root`, generated unless a complete one is there."""
    if (root / ".complete").exists():
        (root / ".obsidian").mkdir(exist_ok=True)  # made before generate() added it
    else:
        generate(root, notes)
        (root / ".complete").touch()
    return root


def main() -> None:
    """Command line: generate a vault."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root", type=Path)
    parser.add_argument("--notes", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    generate(args.root, args.notes, args.seed)
    print(f"wrote {args.notes} notes to {args.root}")


if __name__ == "__main__":
    main()
