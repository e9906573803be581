"""Locate quotes in an article, never calling a changed fact a repair; ground a draft's quotes.

A model asked for verbatim evidence often returns words that differ from the article only in
typography: straight quotation marks for curly ones, a plain space for a non-breaking one, a
hyphen for a dash, another letter case, an ellipsis for words it left out. Such a quote is found
and marked ``repaired``, and the evidence then holds the article's own words at their offsets.
Anything else (another digit, a negation added or removed, another name or word) makes it a
different quote: it stays ``unverified``, however similar it looks, so that a reader shown
``repaired`` can trust that only typography changed.

Quotes are looked for in three tiers, strongest first; within a tier the leftmost match wins:

1. ``verified``: the quote, stripped of surrounding whitespace and quotation marks, occurs in the
   text exactly.
2. ``repaired``: it occurs once both are normalised (see :class:`QuoteIndex`).
3. ``repaired``: it has ellipses (``...``, ``…``, ``[...]``, ``(…)``) standing for omitted words,
   and its parts occur in order, in one paragraph, each gap at most :data:`MAX_ELLIPSIS_GAP`
   normalised characters. The evidence runs from the first part's start to the last part's end.

In every tier a match starts and ends on word boundaries: "lost 15" is not found in "lost 150
million", nor "legal" in "illegal" (scripts written without spaces, such as Chinese, Japanese or
Thai, have no such boundaries).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from pydantic import ConfigDict, field_validator

from newsbrief.draft import Draft, DraftClaim, DraftIssue, QuoteFixes
from newsbrief.models import Evidence, GroundingStats
from newsbrief.prompt import Request, build_quote_fix_messages

__all__ = [
    "MAX_ELLIPSIS_GAP",
    "GroundedDraft",
    "QuoteIndex",
    "apply_fixes",
    "ground_draft",
    "ground_quotes",
    "locate_quote",
    "quote_fix_request",
]

MAX_ELLIPSIS_GAP = 500
"""Most normalised characters that one ellipsis in a quote may stand for."""

_DOUBLE_QUOTES = (
    '"'  # QUOTATION MARK
    "\u00ab"  # « LEFT-POINTING DOUBLE ANGLE QUOTATION MARK
    "\u00bb"  # » RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK
    "\u201c"  # “ LEFT DOUBLE QUOTATION MARK
    "\u201d"  # ” RIGHT DOUBLE QUOTATION MARK
    "\u201e"  # „ DOUBLE LOW-9 QUOTATION MARK
    "\u201f"  # ‟ DOUBLE HIGH-REVERSED-9 QUOTATION MARK
    "\u2033"  # ″ DOUBLE PRIME
    "\u2036"  # ‶ REVERSED DOUBLE PRIME
    "\u275d"  # ❝ HEAVY DOUBLE TURNED COMMA QUOTATION MARK ORNAMENT
    "\u275e"  # ❞ HEAVY DOUBLE COMMA QUOTATION MARK ORNAMENT
    "\u301d"  # 〝 REVERSED DOUBLE PRIME QUOTATION MARK
    "\u301e"  # 〞 DOUBLE PRIME QUOTATION MARK
    "\u301f"  # 〟 LOW DOUBLE PRIME QUOTATION MARK
    "\uff02"  # ＂ FULLWIDTH QUOTATION MARK
)

_SINGLE_QUOTES = (
    "'"  # APOSTROPHE
    "`"  # GRAVE ACCENT (used as an opening quote)
    "\u00b4"  # ´ ACUTE ACCENT (used as an apostrophe)
    "\u02bc"  # ʼ MODIFIER LETTER APOSTROPHE
    "\u2018"  # ‘ LEFT SINGLE QUOTATION MARK
    "\u2019"  # ’ RIGHT SINGLE QUOTATION MARK
    "\u201a"  # ‚ SINGLE LOW-9 QUOTATION MARK
    "\u201b"  # ‛ SINGLE HIGH-REVERSED-9 QUOTATION MARK
    "\u2032"  # ′ PRIME
    "\u2035"  # ‵ REVERSED PRIME
    "\u2039"  # ‹ SINGLE LEFT-POINTING ANGLE QUOTATION MARK
    "\u203a"  # › SINGLE RIGHT-POINTING ANGLE QUOTATION MARK
    "\uff07"  # ＇ FULLWIDTH APOSTROPHE
)

_DASHES = (
    "\u2010"  # ‐ HYPHEN
    "\u2011"  # ‑ NON-BREAKING HYPHEN
    "\u2012"  # ‒ FIGURE DASH
    "\u2013"  # – EN DASH
    "\u2014"  # — EM DASH
    "\u2015"  # ― HORIZONTAL BAR
    "\u2212"  # − MINUS SIGN
    "\u2e3a"  # ⸺ TWO-EM DASH
    "\u2e3b"  # ⸻ THREE-EM DASH
    "\ufe58"  # ﹘ SMALL EM DASH
    "\ufe63"  # ﹣ SMALL HYPHEN-MINUS
    "\uff0d"  # － FULLWIDTH HYPHEN-MINUS
)

# Invisible characters that carry no word: they are left out of the normalised text.
_INVISIBLE = (
    "\u00ad"  # SOFT HYPHEN
    "\u200b\u200c\u200d"  # ZERO WIDTH SPACE, NON-JOINER, JOINER
    "\u200e\u200f"  # LEFT-TO-RIGHT / RIGHT-TO-LEFT MARK
    "\u202a\u202b\u202c\u202d\u202e"  # bidi embeddings and overrides
    "\u2060\u2061\u2062\u2063\u2064"  # WORD JOINER, invisible operators
    "\u2066\u2067\u2068\u2069"  # bidi isolates
    "\ufeff"  # ZERO WIDTH NO-BREAK SPACE (BOM)
)

_QUOTE_CHARS = _DOUBLE_QUOTES + _SINGLE_QUOTES

_PUNCT_MAP: dict[str, str] = {
    **{c: '"' for c in _DOUBLE_QUOTES},
    **{c: "'" for c in _SINGLE_QUOTES},
    **{c: "-" for c in _DASHES},
}

# A space before these (French typography puts one) is typography, not a word.
_STOPS = frozenset(";:!?")

# NFKC would turn these into other characters that a reader reads differently: "10²" is not
# "102", "nº" is not "no", "①" is not "1". They are kept as they are.
_KEEP_TAGS = ("<super>", "<sub>", "<fraction>", "<circle>")

# Scripts written without spaces between words, where any two letters may be a word boundary.
_NO_SPACE_SCRIPTS = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x0F00, 0x0FFF),  # Tibetan
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x2E80, 0x2FDF),  # CJK and Kangxi radicals
    (0x3040, 0x31FF),  # Hiragana, Katakana, Bopomofo, Kanbun
    (0x3400, 0x4DBF),  # CJK Extension A
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xF900, 0xFAFF),  # CJK Compatibility Ideographs
    (0xFF66, 0xFF9F),  # halfwidth Katakana
    (0x20000, 0x3FFFF),  # CJK Extensions B and later
)

_ELLIPSIS = re.compile(r" ?(?:\[ ?\.{3,} ?\]|\( ?\.{3,} ?\)|\.{3,}) ?")
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n|\u2029")


@functools.lru_cache(maxsize=65536)
def _unit_form(unit: str) -> str:
    """What one unit (a character and its combining marks) becomes in the normalised text.

    NFKC, then quotation-mark and dash variants unified, then case folded; whitespace becomes
    ``" "`` (runs are collapsed later) and invisible characters disappear. NFKC is skipped where
    it would change what a reader reads (superscripts, fractions, circled or other digits).
    """
    if unit in _INVISIBLE:
        return ""
    mapped = _PUNCT_MAP.get(unit)
    if mapped is not None:
        return mapped
    form = unicodedata.normalize("NFKC", unit)
    if form != unit and (
        unicodedata.decomposition(unit[0]).startswith(_KEEP_TAGS)
        or (any(c.isdecimal() for c in form) and not unit[0].isdecimal())
    ):
        form = unit
    out: list[str] = []
    for ch in form:
        ch = _PUNCT_MAP.get(ch, ch)
        if ch in _INVISIBLE:
            continue
        out.append(" " if ch.isspace() else ch.casefold())
    return "".join(out)


def _in_word(ch: str) -> bool:
    """Whether ``ch`` is part of a word in a script that separates words with spaces."""
    if not (ch.isalnum() or unicodedata.category(ch).startswith("M")):
        return False
    code = ord(ch)
    return not any(low <= code <= high for low, high in _NO_SPACE_SCRIPTS)


def _cuts_word(text: str, i: int) -> bool:
    """Whether a span boundary at ``i`` would fall inside a word of ``text``."""
    return 0 < i < len(text) and _in_word(text[i - 1]) and _in_word(text[i])


def _whole_words(text: str, needle: str, start: int = 0, stop: int | None = None) -> Iterator[int]:
    """Start of every occurrence of ``needle`` in ``text[start:stop]`` that cuts no word."""
    n = len(needle)
    i = text.find(needle, start, stop)
    while i >= 0:
        if not _cuts_word(text, i) and not _cuts_word(text, i + n):
            yield i
        i = text.find(needle, i + 1, stop)


def _strip_quote(text: str, chars: str) -> str:
    """``text`` without surrounding whitespace or any of ``chars`` (possibly empty)."""
    while True:
        stripped = text.strip().strip(chars)
        if stripped == text:
            return text
        text = stripped


def _char_class(chars: Iterable[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(set(chars))) + "]"


def _spaces(items: list[tuple[str, int, int]], after: str) -> list[tuple[str, int, int]]:
    """Collapse runs of ``" "`` and drop a space beside ``"`` or before ``; : ! ?``.

    ``items`` are normalised characters with the original span of the unit each came from;
    ``after`` is the normalised character that follows them ("" at the end of the text).
    """
    runs: list[tuple[str, int, int]] = []
    for item in items:
        if item[0] == " " and runs and runs[-1][0] == " ":
            runs[-1] = (" ", runs[-1][1], item[2])
        else:
            runs.append(item)
    kept: list[tuple[str, int, int]] = []
    for k, item in enumerate(runs):
        if item[0] == " ":
            before = runs[k - 1][0] if k else ""
            following = runs[k + 1][0] if k + 1 < len(runs) else after
            if before == '"' or following == '"' or following in _STOPS:
                continue
        kept.append(item)
    return kept


def _units(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each character of ``text[start:end]`` with its combining marks."""
    i = start
    while i < end:
        j = i + 1
        while j < end and unicodedata.combining(text[j]):
            j += 1
        yield i, j
        i = j


def _linear_text(text: str, forms: dict[str, str], irregular: set[str]) -> str:
    """``text`` with each character of ``forms`` replaced by its form, offsets unchanged.

    Only the positions of ``forms``' characters are meaningful in the result. Case folding the
    whole text at once and then replacing the few other characters is much faster than
    ``str.translate`` with a table; the translation is the fallback when two characters that
    fold alike have different forms.
    """
    base = text
    for ch in irregular:
        if len(ch.casefold()) != 1:
            base = base.replace(ch, " ")  # keeps offsets; these are normalised one by one
    wanted: dict[str, str] = {}
    for ch, form in forms.items():
        if wanted.setdefault(ch.casefold(), form) != form:
            return text.translate({ord(c): f for c, f in forms.items()})
    changes = {key: form for key, form in wanted.items() if key != form}
    if not changes.keys().isdisjoint(changes.values()):
        return text.translate({ord(c): f for c, f in forms.items()})
    folded = base.casefold()
    for key, form in changes.items():
        folded = folded.replace(key, form)
    return folded


class _Normalised:
    """The normalised text and a map back to the original, as segments.

    Segment ``k`` covers ``text[starts[k]:starts[k+1]]``. A linear segment maps character for
    character onto ``original[origins[k]:ends[k]]``; any other segment is one normalised
    character that maps as a whole onto ``original[origins[k]:ends[k]]`` (a whitespace run, a
    letter with combining marks, part of an expansion such as a ligature). Most of any text is
    linear, so the map stays small. Only the irregular stretches (a quotation mark with the
    spaces around it, whitespace runs, combining marks, characters with no one-character form)
    are normalised unit by unit.
    """

    def __init__(self, text: str) -> None:
        forms: dict[str, str] = {}  # characters normalised one for one, and their forms
        spaces = set(" \n" + _INVISIBLE)
        core = set(_DOUBLE_QUOTES)
        marks: set[str] = set()
        stops = set(_STOPS)
        for ch in set(text):
            if unicodedata.combining(ch):
                marks.add(ch)
            elif ch.isspace():
                spaces.add(ch)
                forms[ch] = " "
            elif ch not in _INVISIBLE:
                form = _unit_form(ch)
                if ch in core or len(form) != 1 or form == '"' or form.isspace():
                    core.add(ch)
                else:
                    forms[ch] = form
                    if form in _STOPS:
                        stops.add(ch)
        # Irregular regions: runs of these characters, except one whitespace character alone
        # between words (the common case, normalised one for one). Every alternative starts with
        # a character class, which lets the regular expression engine skip ahead quickly.
        special = _char_class(spaces | core | marks)
        irregular = re.compile(
            f"{special}{special}+|{_char_class(core | marks | set(_INVISIBLE))}"
            f"|{_char_class(spaces)}(?={_char_class(stops)})"
        )
        linear = _linear_text(text, forms, core | marks)
        pieces: list[str] = []
        self.starts = array("q")
        self.origins = array("q")
        self.ends = array("q")
        self.linear = bytearray()
        done: dict[tuple[str, str], tuple[str, list[tuple[int, int]]]] = {}
        length = pos = 0
        for match in irregular.finditer(text):
            first, last = match.span()
            if first > pos and unicodedata.combining(text[first]):
                first -= 1  # the letter the marks belong to
            if first > pos:
                self._segment(length, pos, first, True)
                pieces.append(linear[pos:first])
                length += first - pos
            # A region is followed by a linear character (or nothing): its form is known.
            key = (text[first:last], linear[last : last + 1])
            if key not in done:
                items = [
                    (ch, i, j)
                    for i, j in _units(key[0], 0, last - first)
                    for ch in _unit_form(key[0][i:j])
                ]
                kept = _spaces(items, key[1])
                done[key] = ("".join(ch for ch, _, _ in kept), [(i, j) for _, i, j in kept])
            chars, spans = done[key]
            for i, j in spans:
                self._segment(length, first + i, first + j, False)
                length += 1
            pieces.append(chars)
            pos = last
        if pos < len(text):
            self._segment(length, pos, len(text), True)
            pieces.append(linear[pos:])
        self.text = "".join(pieces)

    def _segment(self, start: int, origin: int, end: int, linear: bool) -> None:
        self.starts.append(start)
        self.origins.append(origin)
        self.ends.append(end)
        self.linear.append(linear)

    def original_start(self, n: int) -> int:
        """Start in the original of the unit that produced normalised character ``n``."""
        k = bisect_right(self.starts, n) - 1
        return self.origins[k] + (n - self.starts[k] if self.linear[k] else 0)

    def original_end(self, n: int) -> int:
        """End in the original of the unit that produced normalised character ``n``."""
        k = bisect_right(self.starts, n) - 1
        return self.origins[k] + n - self.starts[k] + 1 if self.linear[k] else self.ends[k]


def _normalise_quote(quote: str) -> str:
    """The normalised quote (one unit at a time: a quote is short), stripped again."""
    items = [(ch, i, j) for i, j in _units(quote, 0, len(quote)) for ch in _unit_form(quote[i:j])]
    return _strip_quote("".join(ch for ch, _, _ in _spaces(items, "")), "\"' ")


class QuoteIndex:
    """An article's text, ready to locate many quotes in it.

    The text is normalised once, on the first quote that is not found exactly, and the result is
    kept for every later quote. Normalisation applies, to the text and the quote alike: NFKC;
    every quotation-mark variant becomes ``"`` or ``'`` and every dash ``-``; case folding;
    whitespace runs (non-breaking spaces, tabs, newlines included) become one space, and a space
    beside a double quotation mark or before ``; : ! ?`` is dropped; invisible characters (soft
    hyphen, zero-width and bidi controls) are dropped. NFKC is not applied where it changes what a
    reader reads (superscripts and subscripts, fractions, circled or parenthesised digits). Letters
    keep their accents; punctuation other than quotation marks and dashes is kept.

    Args:
        text: The article. Offsets index this exact string.

    Example:
        >>> index = QuoteIndex("The minister said: «We will not resign».")
        >>> index.locate('"We will not resign"').status
        'verified'
        >>> index.locate("We will resign").status
        'unverified'
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._normalised: _Normalised | None = None

    @property
    def normalized(self) -> str:
        """The normalised text that quotes not found exactly are looked for in."""
        return self._norm().text

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in :attr:`text` of the non-empty normalised span ``normalized[start:end]``.

        The span covers every character of the text that produced part of the normalised span.
        """
        if not 0 <= start < end <= len(self.normalized):
            raise ValueError(f"not a non-empty span of the normalised text: {start}:{end}")
        norm = self._norm()
        return norm.original_start(start), norm.original_end(end - 1)

    def locate(self, quote: str) -> Evidence:
        """Find ``quote`` in the text; see :func:`locate_quote`."""
        stripped = _strip_quote(quote, _QUOTE_CHARS)
        if not stripped:
            return Evidence(quote=quote, status="unverified")
        for start in _whole_words(self.text, stripped):
            return self._found(quote, start, start + len(stripped), "verified")
        wanted = _normalise_quote(stripped)
        if not wanted:
            return Evidence(quote=quote, status="unverified")
        norm = self.normalized
        for start in _whole_words(norm, wanted):
            return self._found(quote, *self.original_span(start, start + len(wanted)))
        parts = [
            p for p in (p.strip() for p in _ELLIPSIS.split(wanted)) if any(map(str.isalnum, p))
        ]
        if parts and parts != [wanted]:
            span = self._parts_span(parts)
            if span is not None:
                return self._found(quote, *self.original_span(*span))
        return Evidence(quote=quote, status="unverified")

    def _parts_span(self, parts: list[str]) -> tuple[int, int] | None:
        """Normalised span from the first part to the last, found in order, each gap at most
        :data:`MAX_ELLIPSIS_GAP` and in one paragraph; ``None`` if there is none."""
        norm = self._norm()
        ends: dict[tuple[int, int], int | None] = {}  # each (part, position) is tried once

        def rest(k: int, after: int) -> int | None:
            """Normalised end of ``parts[k:]`` found in order from ``after``, or ``None``."""
            if k == len(parts):
                return after
            if (k, after) not in ends:
                ends[k, after] = None
                stop = min(len(norm.text), after + MAX_ELLIPSIS_GAP + len(parts[k]))
                gap_start = norm.original_end(after - 1)
                for start in _whole_words(norm.text, parts[k], after, stop):
                    if _PARAGRAPH_BREAK.search(self.text, gap_start, norm.original_start(start)):
                        break  # and so does every later one
                    ends[k, after] = rest(k + 1, start + len(parts[k]))
                    if ends[k, after] is not None:
                        break
            return ends[k, after]

        # Every match holds the longest part, so the first part is looked for only within reach
        # before its occurrences: a short first part ("The ...") is not tried all over the text.
        anchor = max(range(len(parts)), key=lambda k: len(parts[k]))
        reach = sum(len(p) + MAX_ELLIPSIS_GAP for p in parts[:anchor])
        tried = 0
        for at in _whole_words(norm.text, parts[anchor]):
            low = max(at - reach, tried)
            for start in _whole_words(norm.text, parts[0], low, at + len(parts[0])):
                end = rest(1, start + len(parts[0]))
                if end is not None:
                    return start, end
            tried = at + 1
        return None

    def _found(
        self, quote: str, start: int, end: int, status: Literal["verified", "repaired"] = "repaired"
    ) -> Evidence:
        words = self.text[start:end]
        model_quote = None if words == quote else quote
        return Evidence(quote=words, start=start, end=end, status=status, model_quote=model_quote)

    def _norm(self) -> _Normalised:
        if self._normalised is None:
            self._normalised = _Normalised(self.text)
        return self._normalised


def locate_quote(text: str, quote: str) -> Evidence:
    """Check whether ``quote`` is in ``text``, and where.

    The quote is first stripped of surrounding whitespace and quotation marks. It is
    ``verified`` when it occurs exactly, ``repaired`` when it occurs once typography is set aside
    (quotation marks, apostrophes, dashes, whitespace, letter case, Unicode compatibility forms,
    and an ellipsis standing for omitted words; see :class:`QuoteIndex`), and ``unverified``
    otherwise: a changed digit, negation, name or any other word is never a repair. A match never
    starts or ends inside a word of the text. When the quote occurs more than once, the first
    occurrence is given. To check many quotes against one text, build a :class:`QuoteIndex` once
    and call its :meth:`~QuoteIndex.locate`.

    Args:
        text: The article. Offsets index this exact string.
        quote: The words to look for, from a model, a brief or anywhere else.

    Returns:
        The evidence. When found, ``quote`` is the text's own words, with
        ``text[start:end] == quote``, and ``model_quote`` is the quote as given if it differs.
        When not found (an empty or whitespace-only quote included), ``status`` is
        ``"unverified"``, ``quote`` is the quote as given and there are no offsets.

    Example:
        >>> text = "Rossi said the company lost 50 million euros in 1987."
        >>> found = locate_quote(text, "the company lost 50 million euros")
        >>> found.status, text[found.start : found.end] == found.quote
        ('verified', True)
        >>> locate_quote(text, "the company lost 15 million euros").status
        'unverified'
        >>> repaired = locate_quote(text, "ROSSI SAID THE COMPANY LOST 50 MILLION")
        >>> repaired.status, repaired.quote
        ('repaired', 'Rossi said the company lost 50 million')
    """
    return QuoteIndex(text).locate(quote)


# ---- grounding a draft, and the re-ask for the quotes not found ---------------------------


@dataclass
class GroundedDraft:
    """A draft's claims and issues, each with its quotes located in the article.

    Attributes:
        claims: Each claim of the draft with its evidence.
        issues: Each open question of the draft with its evidence.
        stats: What grounding did (filled as the brief is assembled).
        index: The article's quote index, kept for the re-ask's quotes.
    """

    claims: list[tuple[DraftClaim, list[Evidence]]]
    issues: list[tuple[DraftIssue, list[Evidence]]]
    stats: GroundingStats
    index: QuoteIndex

    def unverified(self) -> list[tuple[str, Evidence]]:
        """``(what it supports, evidence)`` for every quote not found, claims first."""
        found = [(c.statement, e) for c, ev in self.claims for e in ev if not e.is_grounded]
        return found + [(i.question, e) for i, ev in self.issues for e in ev if not e.is_grounded]


def ground_quotes(quotes: Sequence[str], index: QuoteIndex) -> list[Evidence]:
    """Locate each quote in the indexed article; the same span given twice is kept once.

    Blank quotes are skipped beside real ones; when all are blank they are unverified evidence
    (a claim is never kept silently with no evidence).
    """
    seen: set[tuple[int | None, int | None, str]] = set()
    found: list[Evidence] = []
    for quote in [q for q in quotes if q.strip()] or quotes:
        evidence = index.locate(quote)
        key = (evidence.start, evidence.end, evidence.quote)
        if key not in seen:
            seen.add(key)
            found.append(evidence)
    return found


def ground_draft(draft: Draft, text: str) -> GroundedDraft:
    """Locate every quote of ``draft`` in the article ``text``."""
    index = QuoteIndex(text)  # normalised once for all the article's quotes, re-ask included
    return GroundedDraft(
        claims=[(c, ground_quotes(c.quotes, index)) for c in draft.claims],
        issues=[(i, ground_quotes(i.quotes, index)) for i in draft.unresolved_issues],
        stats=GroundingStats(),
        index=index,
    )


@functools.cache
def _fix_model(expected: int) -> type[QuoteFixes]:
    """A QuoteFixes schema whose validator checks the list has one entry per numbered quote."""

    class QuoteFixesChecked(QuoteFixes):
        model_config = ConfigDict(
            title="QuoteFixes", json_schema_extra=QuoteFixes.model_config.get("json_schema_extra")
        )

        @field_validator("quotes")
        @classmethod
        def _one_per_quote(cls, value: list[str | None]) -> list[str | None]:
            if len(value) != expected:
                raise ValueError(f"give exactly {expected} entries, one per numbered quote")
            return value

    return QuoteFixesChecked


def quote_fix_request(model_text: str, grounded: GroundedDraft) -> Request | None:
    """The targeted re-ask naming only the quotes not found, or ``None`` when all were found.

    Args:
        model_text: The article as the model saw it.
        grounded: The grounded draft.
    """
    failing = grounded.unverified()
    if not failing:
        return None
    messages = build_quote_fix_messages(model_text, [(ctx, e.quote) for ctx, e in failing])
    return Request(_fix_model(len(failing)), messages, "grounding_reask")


def apply_fixes(grounded: GroundedDraft, fixes: Sequence[str | None]) -> int:
    """Replace unverified evidence by the re-asked quotes that are found; return how many."""
    replacements: dict[int, Evidence] = {}
    for (_, old), new_quote in zip(grounded.unverified(), fixes):
        if new_quote:
            new = grounded.index.locate(new_quote)
            if new.is_grounded:
                replacements[id(old)] = new
    for _, evidence_list in [*grounded.claims, *grounded.issues]:
        evidence_list[:] = [replacements.get(id(e), e) for e in evidence_list]
    return len(replacements)
