"""`vaultkit explain`: every fact vaultkit read about one contact or interview, where it read it,
and how the verdict follows."""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date

import click

from vaultkit.cli.support import VAULT, default_vault, out, today_option


@click.command()
@click.argument("place", metavar="[VAULT] NAME", nargs=-1, required=True)
@today_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of text.")
def explain(place: tuple[str, ...], today: date, as_json: bool) -> int:
    """Show what vaultkit read about a contact or an interview, and why it is (not) due.

    NAME is a note's name or path, found as a link to it would be (an ambiguous name lists
    the candidates). Each fact comes with the file and line it was read from.

    \b
    Examples:
      vaultkit explain sample_vault "Anna Petrova" --today 2026-11-24
      vaultkit explain sample_vault "Interviews/2026-11-12 Northwind final" --json
      cd ~/Notes && vaultkit explain "Мария Соколова"
    """
    from vaultkit.cli.support import build_shown
    from vaultkit.links.find import find_note
    from vaultkit.rules.explain import explain_contact, explain_interview

    ctx = click.get_current_context()
    if len(place) > 2:
        raise click.UsageError("give VAULT and NAME, or NAME alone (quote a name)", ctx)
    vault_path = VAULT.convert(place[0], None, ctx) if len(place) == 2 else default_vault(ctx)
    built = build_shown(vault_path)
    path = find_note(built.graph, place[-1], ("contact", "interview"), "contact or interview")
    facts = built.facts(today)
    if built.graph.kinds[path] == "contact":
        found = {contact.path: contact for contact in facts.contacts()}.get(path)
        if found is None:
            out.print(f"{path}: the vault owner's own note, never a contact to write to")
            return 0
        told = explain_contact(facts, found)
    else:
        told = explain_interview(facts, {i.path: i for i in facts.interviews()}[path])
    if as_json:
        payload = asdict(told)
        payload["due"] = [
            {"kind": item.kind, "due_on": item.due_on.isoformat()} for item in told.due
        ]
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    out.print(f"{told.path} ({told.kind}, as of {today.isoformat()})")
    for read in told.read:
        where = f"  [{read.where}, {read.how}]" if read.where else f"  [{read.how}]"
        out.print(f"  {read.what}: {read.value}{where}")
    for line in told.verdict:
        out.print(f"  -> {line}")
    return 0
