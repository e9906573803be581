"""Reading the source of a regular expression: its tokens, and which stand in a character class.

Two modules rewrite or split pattern sources by hand (:mod:`newsbrief.cues` lets each "ß" of
its German lexicon be "ss"; :mod:`newsbrief.injection` splits a pattern into its top-level
alternatives); both need the same walk, which an escape or a bracket must not mislead.
"""

from __future__ import annotations

from collections.abc import Iterator

__all__ = ["pattern_tokens"]


def pattern_tokens(source: str) -> Iterator[tuple[int, str, bool]]:
    """Each token of a regular expression's ``source``: its index, its text (an escape is its
    backslash and the character after it) and whether it stands inside a character class (the
    class's own brackets count as outside).

    >>> [t for _, t, inside in pattern_tokens(r"a[(\\]]\\(") if not inside]
    ['a', '[', ']', '\\\\(']
    """
    in_class = False
    k = 0
    while k < len(source):
        ch = source[k]
        if ch == "\\":
            yield k, source[k : k + 2], in_class
            k += 2
            continue
        if in_class and ch == "]":
            in_class = False
            yield k, ch, False
        elif not in_class and ch == "[":
            yield k, ch, False
            in_class = True
        else:
            yield k, ch, in_class
        k += 1
