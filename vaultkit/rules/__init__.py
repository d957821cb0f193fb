"""Pure rules: each takes a build's Facts (with `today` in them) and returns a report value, one
rule per module (due, themes, network, health); facts.py computes the facts they share once."""
