"""The direction model beside the rules: direction tags overrule both, the model overturns the
rules' reading of a side only where it is sure enough, the kinds follow the direction it turns,
and the shipped weights are what the training script writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.train_direction_model import train_files
from vaultkit.domain.direction_model import Model, default_model
from vaultkit.domain.exchange import exchange_of, read_exchange

REPO = Path(__file__).resolve().parents[1]
SURE_RECEIVED = Model({"bias": (-50.0, 50.0)}, (2.0, 2.0, 2.0))
"""A model sure of every line that nothing was given and something was received."""
SURE_GIVEN = Model({"bias": (50.0, -50.0)}, (2.0, 2.0, 2.0))


def test_the_packaged_model_loads() -> None:
    assert (REPO / "vaultkit" / "direction_model.npz").is_file()
    model = default_model()
    assert len(model.weights) > 500 and "bias" in model.weights
    assert all(weight >= 0 for weight in model.rule_weights)


def test_tags_overrule_a_sure_model() -> None:
    assert exchange_of("she shared ranges #given", SURE_RECEIVED).given == ("market_info",)
    assert exchange_of("she shared ranges #given", SURE_RECEIVED).received == ()
    assert exchange_of("coffee #given/candidate", SURE_RECEIVED).given == ("candidate",)
    assert exchange_of("sent her my CV #received", SURE_GIVEN).given == ()


def test_the_kinds_move_with_the_direction_the_model_turns() -> None:
    exchange = exchange_of("I shared salary ranges with her", SURE_RECEIVED)
    assert (exchange.given, exchange.received) == ((), ("market_info",))
    exchange = exchange_of("she sent me two roles", SURE_GIVEN)
    assert (exchange.given, exchange.received) == (("vacancy",), ())


def test_a_side_turned_on_takes_the_kinds_the_line_names_else_other() -> None:
    both = Model({"bias": (50.0, 50.0)}, (2.0, 2.0, 2.0))
    exchange = exchange_of("обсудили вакансию в Озоне", both)  # the rules: both ways
    assert (exchange.given, exchange.received) == (("vacancy",), ("vacancy",))
    exchange = exchange_of("I shared salary ranges with her", both)  # received joins given
    assert (exchange.given, exchange.received) == (("market_info",), ("market_info",))
    exchange = exchange_of("coffee with [[Anna]], nice chat", SURE_GIVEN)
    assert (exchange.given, exchange.received) == (("other",), ())


def test_a_side_turned_on_where_no_word_names_a_kind_takes_the_models_guess() -> None:
    guessing = Model(
        {"bias": (50.0, -50.0)},
        (2.0, 2.0, 2.0),
        kinds=("vacancy", "advice", "other"),
        kind_weights={"bias": (-3.0, 1.0, -3.0)},
    )
    exchange = exchange_of("coffee with [[Anna]], nice chat", guessing)
    assert (exchange.given, exchange.received) == (("advice",), ())
    doubtful = Model({"bias": (1.5, -50.0)}, (2.0, 1.0, 2.0), ("advice",), {"bias": (1.0,)})
    # where the rules read nothing at all, their silence is no evidence: the model decides
    assert exchange_of("coffee with [[Anna]], nice chat", doubtful).given == ("advice",)
    assert exchange_of("vacancy at Bolt, remote", doubtful).given == ("vacancy",)
    # where they set a named value aside (a plan, good wishes), it counts against the model
    cautious = Model({"bias": (1.5, -50.0)}, (2.0, 2.0, 2.0))
    assert exchange_of("will send her the vacancy at Bolt", cautious).given == ()
    assert exchange_of("Congratulated him on the new role", cautious).given == ()
    assert exchange_of("coffee with [[Anna]], nice chat", cautious).given == ("other",)


def test_the_rules_silence_counts_where_they_read_the_other_side() -> None:
    # "she sent me two roles": the rules read received; given needs more than even odds
    doubtful = Model({"bias": (1.5, 50.0)}, (2.0, 2.0, 2.0))
    exchange = exchange_of("she sent me two roles", doubtful)
    assert (exchange.given, exchange.received) == ((), ("vacancy",))
    sure = Model({"bias": (2.5, 50.0)}, (2.0, 2.0, 2.0))
    assert exchange_of("she sent me two roles", sure).given == ("vacancy",)


def test_a_model_not_sure_enough_leaves_the_rules_reading() -> None:
    unsure = Model({"bias": (-1.5, 1.5)}, (2.0, 2.0, 2.0))
    exchange = exchange_of("I shared salary ranges with her", unsure)
    assert (exchange.given, exchange.received) == (("market_info",), ())
    assert exchange_of("didn't send her the vacancy", unsure).received == ()  # set aside


@pytest.mark.parametrize(
    "text, given, received",
    [
        ("she sent me two roles", (), ("vacancy",)),
        ("I sent her my friend's CV", ("candidate",), ()),
        ("Она скинула мне две вакансии", (), ("vacancy",)),
        ("скинул ей резюме друга", ("candidate",), ()),
    ],
)
def test_clear_lines_read_their_direction_with_the_shipped_model(
    text: str, given: tuple[str, ...], received: tuple[str, ...]
) -> None:
    exchange = read_exchange(text)
    assert (exchange.given, exchange.received) == (given, received)


def test_the_trainer_takes_every_direction_training_file(tmp_path: Path) -> None:
    for name in ("direction_train.jsonl", "direction_train2.jsonl", "direction_heldout.jsonl"):
        (tmp_path / name).write_text("", encoding="utf-8")
    assert train_files(tmp_path) == (
        "interactions_train.jsonl",
        "direction_train.jsonl",
        "direction_train2.jsonl",
    )


@pytest.mark.slow
@pytest.mark.timeout(900)  # one fit with the recorded settings: a minute or two
def test_the_shipped_model_is_what_the_training_script_writes(tmp_path: Path) -> None:
    from bench.train_direction_model import save, train

    save(train(), tmp_path / "model.npz")
    shipped = REPO / "vaultkit" / "direction_model.npz"
    assert (tmp_path / "model.npz").read_bytes() == shipped.read_bytes()


def test_the_model_adds_no_second_side_to_one_clause_whose_giver_the_rules_read() -> None:
    exchange = read_exchange("she sent me her updated CV")
    assert (exchange.given, exchange.received) == ((), ("update",))


def test_the_settings_search_keeps_only_settings_that_read_the_phrasing_table() -> None:
    from dataclasses import replace

    from bench.train_direction_model import CHOSEN, keeps_the_table, phrasings

    shipped = default_model()
    assert shipped.rule_weights == CHOSEN.rule_weights
    assert keeps_the_table(shipped, phrasings())
    # weights that let the model turn on a side at even odds break it (the search picked
    # (2, 0, 0) with 29 writers)
    assert not keeps_the_table(replace(shipped, rule_weights=(2.0, 0.0, 0.0)), phrasings())
