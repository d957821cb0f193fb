"""The who-gave-what reader as it was before it was made faster, frozen verbatim (only its
imports point here): tests/test_direction_equivalence.py holds the reader in `vaultkit` to the
same answers on random texts. Never edit these modules; they are the reference."""
