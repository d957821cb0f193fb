"""Word stems for matching feedback against word lists: Snowball's Russian stemmer for Cyrillic
words, its English one otherwise, so that one listed form covers its inflections."""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)?", re.UNICODE)
_CYRILLIC = re.compile(r"[а-яё]")
_RU = snowballstemmer.stemmer("russian")
_EN = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of one lower-case word, by its alphabet."""
    if "'" in word:
        return word
    if _CYRILLIC.search(word):
        return str(_RU.stemWord(word.replace("ё", "е")))
    return str(_EN.stemWord(word))


def stems(text: str) -> list[str]:
    """The stems of the words of `text`, in order."""
    return [stem(token) for token in _TOKEN.findall(text.casefold())]
