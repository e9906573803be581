"""An independent statement of the grounding rules, for tests to check newsbrief.grounding against.

Written from the documentation of :class:`newsbrief.grounding.QuoteIndex` and
:func:`newsbrief.locate_quote`, without its code: simple and slow, one unit at a time.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

DOUBLE = '"«»“”„‟″‶❝❞〝〞〟＂'
SINGLE = "'`´ʼ‘’‚‛′‵‹›＇"
DASH = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d"
INVISIBLE = "\u00ad\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"


@cache
def reference_unit(unit: str) -> str:
    """The documented normalisation of one character and its combining marks, restated."""
    if unit in INVISIBLE:
        return ""
    if unit in DOUBLE:
        return '"'
    if unit in SINGLE:
        return "'"
    if unit in DASH:
        return "-"
    form = unicodedata.normalize("NFKC", unit)
    tag = unicodedata.decomposition(unit[0]).split(" ")[0]
    if tag in ("<super>", "<sub>", "<fraction>", "<circle>") or (
        any(c.isdecimal() for c in form) and not unit[0].isdecimal()
    ):
        form = unit
    out = ""
    for c in form:
        c = '"' if c in DOUBLE else "'" if c in SINGLE else "-" if c in DASH else c
        if c not in INVISIBLE:
            out += " " if c.isspace() else c.casefold()
    return out


def reference_normalise(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The normalised text and, for each of its characters, the original span it comes from."""
    items: list[tuple[str, int, int]] = []
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        items += [(c, i, j) for c in reference_unit(text[i:j])]
        i = j
    collapsed: list[tuple[str, int, int]] = []
    for c, i, j in items:
        if c == " " and collapsed and collapsed[-1][0] == " ":
            collapsed[-1] = (" ", collapsed[-1][1], j)
        else:
            collapsed.append((c, i, j))
    kept = [
        item
        for k, item in enumerate(collapsed)
        if item[0] != " "
        or not (
            (k > 0 and collapsed[k - 1][0] == '"')
            or (k + 1 < len(collapsed) and collapsed[k + 1][0] in '";:!?')
        )
    ]
    return "".join(c for c, _, _ in kept), [(i, j) for _, i, j in kept]


def reference_strip(quote: str) -> str:
    """Independent re-statement of the documented quote stripping."""
    previous = None
    while previous != quote:
        previous = quote
        quote = quote.strip().strip(DOUBLE + SINGLE)
    return quote


def cuts_word(text: str, i: int) -> bool:
    def in_word(c: str) -> bool:
        return c.isalnum() or unicodedata.category(c).startswith("M")

    return 0 < i < len(text) and in_word(text[i - 1]) and in_word(text[i])


def same_words(a: str, b: str) -> bool:
    """Whether two quotes differ only in what grounding calls typography (ellipses aside)."""

    return _words(a) == _words(b)


@lru_cache(maxsize=4096)
def _words(quote: str) -> str:
    return reference_normalise(reference_strip(quote))[0].strip(" \"'")
