"""The features one interaction line shows the direction model (domain/direction_model.py):
its word stems and stem pairs (English and Russian, by the project's stemmer), its words' 4- and
5-letter pieces, who the pronouns name and where they stand (`I`/`я` as subject, `me`/`мне` as
object, `she`/`она`, `her`/`ей`, before or after the first verb), the first word of each stretch
between punctuation, the endings of Russian past verbs (-л, -ла, -ли), passive and negation
cues, short sequences of word classes (`name verb me`), and the rules' own answer (offered; the
training script leaves it out, as leaving one file out showed it only taught the model to copy
the rules). Shared by the runtime and the training script (bench/train_direction_model.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from vaultkit.domain.line_lead import MODEL_LEAD
from vaultkit.domain.stemming import stem

_TOKEN = re.compile(r"\[\[[^\]]*\]\]|[^\W_]+(?:['’][^\W_]+)?|[—–:;,!?()«»\"+]")
_ROLES = {
    "i": "me",
    "я": "me",
    "i'm": "me",
    "i've": "me",
    "me": "to_me",
    "мне": "to_me",
    "меня": "to_me",
    "my": "mine",
    "мой": "mine",
    "моя": "mine",
    "моё": "mine",
    "мое": "mine",
    "мои": "mine",
    "моего": "mine",
    "мою": "mine",
    "моим": "mine",
    "she": "they",
    "he": "they",
    "they": "they",
    "она": "they",
    "он": "they",
    "они": "they",
    "her": "to_them",
    "him": "to_them",
    "them": "to_them",
    "ей": "to_them",
    "ему": "to_them",
    "им": "to_them",
    "неё": "to_them",
    "нее": "to_them",
    "него": "to_them",
    "них": "to_them",
    "his": "theirs",
    "their": "theirs",
    "we": "we",
    "мы": "we",
    "our": "we",
    "us": "we",
    "нас": "we",
}
"""Pronouns by whom they name and how: the subject, the object, the owner."""
_NEGATION = {"не", "ни", "нет", "no", "not", "never", "nothing", "ничего"}
_PASSIVE_AUX = {"was", "were", "been", "got", "is", "are"}
_VERB_RU = re.compile(r"^[а-яё-]{3,}(л|ла|ло|ли|лся|лась|лось|лись)$")
_VERB_EN = set(
    "sent told gave got said shared wrote put came met lent brought found showed took made did "
    "sends tells gives shares asked offered helped introduced referred recommended".split()
)
_REACH = 3
_GRAM_SIZES = (4, 5)
_ROLE_NAMES = frozenset(_ROLES.values())
_VERB_SHAPES = frozenset(("m", "f", "pl", "v"))


@lru_cache(maxsize=1 << 16)
def _word(token: str) -> tuple[str, str, str, frozenset[str]]:
    """What a token says whatever stands around it: its stem; its shape ("link", "num", "name"
    when capitalised, a past verb: "m", "f", "pl" by its Russian ending, "v" in English, or "");
    its class in the coarse sequences (a pronoun's role, else its shape, "neg" or "w"); and its
    own features: the stem, the pronoun's role, the character 4- and 5-grams (slang, typos and
    inflections the stemmer misses: "ваканс", "ref'd")."""
    if token.startswith("[["):
        return "<link>", "link", "link", frozenset({"w:<link>"})
    folded = token.casefold()
    if folded.isdigit():
        return "<num>", "num", "num", frozenset({"w:<num>"})
    shape = ""
    verb = _VERB_RU.match(folded)
    if verb:
        ending = verb.group(1).removesuffix("ся").removesuffix("сь")
        shape = {"л": "m", "ла": "f", "ло": "f", "ли": "pl"}[ending]
    elif folded in _VERB_EN or (folded.endswith("ed") and folded.isascii()):
        shape = "v"
    elif token[0].isupper():
        shape = "name"
    word = stem(folded.replace("’", "'"))
    role = _ROLES.get(folded, "")
    padded = f"<{folded}>"
    own = {"w:" + word} | {
        "c:" + padded[start : start + size]
        for size in _GRAM_SIZES
        for start in range(len(padded) - size + 1)
    }
    if role:
        own.add("p:" + role)
    negation = folded in _NEGATION or folded.endswith(("n't", "n’t"))
    kind = role or shape or ("neg" if negation else "w")
    return word, shape, kind, frozenset(own)


def features(text: str, rules: tuple[bool, bool]) -> set[str]:
    """The named features of one interaction line; `rules` is whether the rules found something
    given and something received in it.

    Long because each kind of feature is a line or two of one walk over the words."""
    found = {"bias", f"r:{int(rules[0])}{int(rules[1])}"}
    previous, reach, verb_seen, place = "^", 0, False, 0
    classes = ("^", "^")
    for token in _TOKEN.findall(MODEL_LEAD.sub("", text, count=1)):
        if not token[0].isalnum() and not token.startswith("[["):
            found.add("w:" + token)
            previous, reach, verb_seen, place = token, 0, False, 0
            classes = ("^", "^")
            continue
        word, shape, kind, own = _word(token)
        found |= own
        found.add(f"b:{previous} {word}")
        if kind != "w" or classes[1] != "w":
            found.add(f"g:{classes[1]} {kind}")
            found.add(f"t:{classes[0]} {classes[1]} {kind}")
        classes = (classes[1], kind)
        if kind in _ROLE_NAMES:
            found.add(f"p:{kind}:{'after' if verb_seen else 'before'}")
        if shape:
            found.add(f"s:{shape}:{place}" if place < 2 else f"s:{shape}")
            if shape in _VERB_SHAPES and not verb_seen:
                found.add(f"v:{shape}:{previous if previous in ('^', 'link', 'name') else 'w'}")
                verb_seen = True
        if place == 0:
            found.add("f:" + word)
        if reach:
            found.add("n:" + word)
            reach -= 1
        if kind == "neg":
            reach = _REACH
        if previous in _PASSIVE_AUX and word.endswith("ed"):
            found.add("passive")
        previous = shape if shape in ("link", "name") else word
        place += 1
    found.add(f"b:{previous} $")
    found.add(f"g:{classes[1]} $")
    return found
