"""Locate model-produced quotes in the source article.

An LLM asked for verbatim evidence from a news article frequently returns
quotes that are *almost* verbatim: typographic quotes replaced by straight
ones, double spaces or non-breaking spaces collapsed, a typo in the article
silently corrected, and so on. This module finds such a quote in the source
text and returns character offsets into the caller's **original** string
(Python ``str`` indices), so that ``source[match.start:match.end]`` is always
the article's own words.

Matching is attempted in three tiers, strongest first:

1. **Exact** – the quote (stripped of surrounding whitespace and quotation
   marks) occurs verbatim in the source. Status ``"verified"``.
2. **Normalised** – the quote occurs after both texts are normalised
   (NFKC, quotation-mark and dash variants unified, whitespace runs collapsed).
   Status ``"repaired"``.
3. **Fuzzy** – the normalised quote is aligned to the normalised source with
   :func:`rapidfuzz.fuzz.partial_ratio_alignment`; the aligned span is snapped
   to whole words. Status ``"repaired"``.

Within a tier the first (leftmost) occurrence wins.
"""

from __future__ import annotations

import functools
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple

from pydantic import ConfigDict, field_validator
from rapidfuzz import fuzz

from newsbrief.draft import Draft, DraftClaim, DraftIssue, QuoteFixes
from newsbrief.models import Evidence, GroundingStats
from newsbrief.prompt import Request, build_quote_fix_messages

__all__ = [
    "DEFAULT_FUZZY_THRESHOLD",
    "GroundedDraft",
    "MatchStatus",
    "QuoteMatch",
    "apply_fixes",
    "ground_draft",
    "ground_quotes",
    "locate_quote",
    "normalize_with_map",
    "quote_fix_request",
]

MatchStatus = Literal["verified", "repaired"]

DEFAULT_FUZZY_THRESHOLD: float = 90.0

# Minimum / maximum ratio between the length of a fuzzily aligned span and the
# length of the normalised quote.
_MIN_SPAN_RATIO = 0.7
_MAX_SPAN_RATIO = 1.3

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

_QUOTE_CHARS = _DOUBLE_QUOTES + _SINGLE_QUOTES

_PUNCT_MAP: dict[str, str] = {
    **{c: '"' for c in _DOUBLE_QUOTES},
    **{c: "'" for c in _SINGLE_QUOTES},
    **{c: "-" for c in _DASHES},
}


class QuoteMatch(NamedTuple):
    """Where a quote was found in the source text.

    Attributes:
        start: Start offset (inclusive) into the original source string.
        end: End offset (exclusive) into the original source string.
        status: ``"verified"`` if the quote was found exactly as given (after
            stripping surrounding whitespace and quotation marks);
            ``"repaired"`` if it was found only after normalisation or fuzzy
            alignment.
        score: ``100.0`` for exact and normalised matches, the rapidfuzz
            ``partial_ratio`` score (0-100) for fuzzy matches.
    """

    start: int
    end: int
    status: MatchStatus
    score: float


def _units(text: str) -> list[tuple[int, int]]:
    """Split ``text`` into base-character-plus-combining-marks units.

    Args:
        text: Any string.

    Returns:
        ``(start, end)`` index pairs covering ``text`` contiguously. Each unit
        is one character followed by all immediately following characters
        whose canonical combining class is non-zero.
    """
    units: list[tuple[int, int]] = []
    n = len(text)
    i = 0
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]) != 0:
            j += 1
        units.append((i, j))
        i = j
    return units


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalise ``text`` for quote matching, keeping a map back to ``text``.

    The text is processed unit by unit, where a unit is a base character plus
    any following combining marks. Each unit is NFKC-normalised (so ligatures,
    full-width forms and decomposed accents such as ``e`` + U+0301 become their
    plain/composed forms, and ``…`` becomes ``...``). Then every quotation-mark
    variant becomes ``"`` (double kinds) or ``'`` (single kinds and
    apostrophes), every dash/hyphen variant becomes ``-``, and every run of
    whitespace (including NBSP, narrow/figure/thin spaces, tabs and newlines)
    becomes a single ASCII space. Case is preserved. Leading/trailing
    whitespace is *not* stripped (that would break the map's usefulness for
    sources); callers strip quotes themselves.

    Args:
        text: The string to normalise.

    Returns:
        A pair ``(normalised, index_map)``. ``index_map`` has
        ``len(normalised) + 1`` entries and is non-decreasing:
        ``index_map[i]`` is the index in ``text`` of the start of the unit that
        produced ``normalised[i]`` (for a collapsed whitespace run, the start
        of the run), and the final sentinel entry is ``len(text)``.

        A normalised span ``[ns, ne)`` (with ``ns < ne``) maps back to the
        original span ``[index_map[ns], e)`` where ``e`` is the first entry of
        ``index_map`` greater than ``index_map[ne - 1]`` — i.e. the end of the
        unit (or whitespace run) that produced the span's last character. Use
        ``index_map[bisect.bisect_right(index_map, index_map[ne - 1])]``.
    """
    out: list[str] = []
    index_map: list[int] = []
    last_was_space = False
    for start, end in _units(text):
        unit = text[start:end]
        mapped = _PUNCT_MAP.get(unit) if end - start == 1 else None
        produced = mapped if mapped is not None else unicodedata.normalize("NFKC", unit)
        for ch in produced:
            ch = _PUNCT_MAP.get(ch, ch)
            if ch.isspace():
                if last_was_space:
                    continue
                ch = " "
                last_was_space = True
            else:
                last_was_space = False
            out.append(ch)
            index_map.append(start)
    index_map.append(len(text))
    return "".join(out), index_map


def _to_original(index_map: list[int], ns: int, ne: int) -> tuple[int, int]:
    """Map a non-empty normalised span back to original offsets.

    Args:
        index_map: The map returned by :func:`normalize_with_map`.
        ns: Normalised start (inclusive).
        ne: Normalised end (exclusive), ``ne > ns``.

    Returns:
        ``(start, end)`` offsets into the original text, covering every unit
        that contributed a character to the normalised span.
    """
    start = index_map[ns]
    end = index_map[bisect_right(index_map, index_map[ne - 1])]
    return start, end


def _strip_quote(text: str, chars: str) -> str:
    """Repeatedly strip whitespace and the given quotation marks from both ends.

    Args:
        text: The quote to clean.
        chars: Quotation-mark characters to strip.

    Returns:
        ``text`` without surrounding whitespace or quotation marks (possibly
        empty).
    """
    while True:
        stripped = text.strip().strip(chars)
        if stripped == text:
            return text
        text = stripped


def _is_word_char(ch: str) -> bool:
    """Whether ``ch`` belongs inside a word (letters, digits, combining marks).

    Args:
        ch: A single character.

    Returns:
        ``True`` for alphanumerics, ``_`` and combining marks.
    """
    return ch.isalnum() or ch == "_" or unicodedata.combining(ch) != 0


def _can_start(text: str, p: int) -> bool:
    """Whether a span may start at ``p`` without starting on a space or mid-word."""
    if p >= len(text) or text[p].isspace():
        return False
    return not (p > 0 and _is_word_char(text[p - 1]) and _is_word_char(text[p]))


def _can_end(text: str, p: int) -> bool:
    """Whether a span may end at ``p`` without ending on a space or mid-word."""
    if p <= 0 or text[p - 1].isspace():
        return False
    return not (p < len(text) and _is_word_char(text[p - 1]) and _is_word_char(text[p]))


def _leftmost_alignment(
    norm_quote: str, norm_source: str, fuzzy_threshold: float
) -> tuple[int, int, float] | None:
    """Best ``partial_ratio`` alignment, preferring the leftmost among ties.

    rapidfuzz's C++ implementation may report a later window when several
    windows share the best score (e.g. a repeated sentence), so after the
    best score is known, the text before the reported window is searched
    again for an equally good, earlier, non-overlapping window.

    Args:
        norm_quote: Normalised, stripped quote.
        norm_source: Normalised source.
        fuzzy_threshold: Minimum score (0-100).

    Returns:
        ``(dest_start, dest_end, score)`` in normalised-source coordinates, or
        ``None`` if nothing reaches ``fuzzy_threshold``.
    """
    result = fuzz.partial_ratio_alignment(norm_quote, norm_source, score_cutoff=fuzzy_threshold)
    if result is None:
        return None
    best = float(result.score)
    ds, de = result.dest_start, result.dest_end
    while ds >= len(norm_quote):
        earlier = fuzz.partial_ratio_alignment(
            norm_quote, norm_source[:ds], score_cutoff=best - 1e-9
        )
        if earlier is None:
            break
        ds, de = earlier.dest_start, earlier.dest_end
    return ds, de, best


def _fuzzy_span(
    norm_quote: str, norm_source: str, fuzzy_threshold: float
) -> tuple[int, int, float] | None:
    """Fuzzily align the normalised quote to the normalised source.

    The raw ``partial_ratio`` window has the quote's length and may be off by
    a few characters at either end (cutting words, or dropping a one-letter
    word). It is therefore refined: among span boundaries near the window
    that neither start/end on whitespace nor cut a word in half, the pair
    maximising ``fuzz.ratio`` against the quote is chosen.

    Args:
        norm_quote: Normalised, stripped quote.
        norm_source: Normalised source.
        fuzzy_threshold: Minimum ``partial_ratio`` score (0-100).

    Returns:
        ``(start, end, score)`` in normalised-source coordinates, or ``None``
        if no acceptable alignment exists. ``score`` is the
        ``partial_ratio`` score of the raw alignment.
    """
    aligned = _leftmost_alignment(norm_quote, norm_source, fuzzy_threshold)
    if aligned is None:
        return None
    ds, de, score = aligned
    n = len(norm_source)
    qlen = len(norm_quote)
    slack = min(max(4, qlen // 8), 32)
    # The raw window trimmed of whitespace and widened to whole words is always
    # a candidate, even when a long word puts it outside the slack.
    snapped_s, snapped_e = ds, de
    while snapped_s < snapped_e and norm_source[snapped_s].isspace():
        snapped_s += 1
    while snapped_e > snapped_s and norm_source[snapped_e - 1].isspace():
        snapped_e -= 1
    while snapped_s > 0 and not _can_start(norm_source, snapped_s):
        snapped_s -= 1
    while snapped_e < n and not _can_end(norm_source, snapped_e):
        snapped_e += 1
    starts = {snapped_s}
    starts.update(
        p for p in range(max(0, ds - slack), min(n, ds + slack + 1)) if _can_start(norm_source, p)
    )
    ends = {snapped_e}
    ends.update(
        p for p in range(max(1, de - slack), min(n, de + slack) + 1) if _can_end(norm_source, p)
    )
    best: tuple[float, int, int, int] | None = None
    for s in starts:
        for e in ends:
            if e <= s:
                continue
            length = e - s
            if not (_MIN_SPAN_RATIO * qlen <= length <= _MAX_SPAN_RATIO * qlen):
                continue
            key = (fuzz.ratio(norm_quote, norm_source[s:e]), -abs(s - ds) - abs(e - de), -s, e)
            if best is None or key > best:
                best = key
    if best is None:
        return None
    _, _, neg_s, e = best
    return -neg_s, e, score


def locate_quote(
    quote: str,
    source: str,
    *,
    fuzzy_threshold: float = DEFAULT_FUZZY_THRESHOLD,
    min_fuzzy_length: int = 12,
) -> QuoteMatch | None:
    """Find ``quote`` in ``source`` and return offsets into ``source``.

    The quote is first stripped of surrounding whitespace and quotation marks
    (``"``, ``'``, ``«»``, ``“”„``, ``‘’‚``, ``‹›``, primes, ...). Then, in
    order:

    1. exact substring search (status ``"verified"``, score 100);
    2. search after normalising both texts with :func:`normalize_with_map`
       (status ``"repaired"``, score 100);
    3. if the normalised quote has at least ``min_fuzzy_length`` characters,
       fuzzy alignment with :func:`rapidfuzz.fuzz.partial_ratio_alignment`.
       The aligned window is trimmed of whitespace and widened so it does not
       cut words in half; nearby whole-word boundaries are then tried and the
       span that best matches the quote (``fuzz.ratio``) is kept. Spans whose
       length is outside 0.7-1.3x the normalised quote's length are rejected
       (status ``"repaired"``, score = the ``partial_ratio`` score).

    If the quote occurs more than once, the first (leftmost) occurrence found
    by the strongest succeeding tier is returned.

    Args:
        quote: The quote as produced by the model.
        source: The article text. Offsets index this exact string.
        fuzzy_threshold: Minimum ``partial_ratio`` score (0-100) for a fuzzy
            match.
        min_fuzzy_length: Fuzzy matching is skipped for normalised quotes
            shorter than this, since short strings match spuriously.

    Returns:
        A :class:`QuoteMatch` with ``0 <= start < end <= len(source)`` such
        that ``source[start:end]`` is the article's own text (for
        ``"verified"`` it equals the stripped quote exactly), or ``None`` if
        the quote cannot be located or is empty after stripping.
    """
    stripped = _strip_quote(quote, _QUOTE_CHARS)
    if not stripped:
        return None

    # 1. Exact.
    pos = source.find(stripped)
    if pos >= 0:
        return QuoteMatch(pos, pos + len(stripped), "verified", 100.0)

    # 2. Normalised.
    norm_quote, _ = normalize_with_map(stripped)
    norm_quote = _strip_quote(norm_quote, "\"'")
    if not norm_quote:
        return None
    norm_source, index_map = normalize_with_map(source)
    npos = norm_source.find(norm_quote)
    if npos >= 0:
        start, end = _to_original(index_map, npos, npos + len(norm_quote))
        return QuoteMatch(start, end, "repaired", 100.0)

    # 3. Fuzzy.
    if len(norm_quote) < min_fuzzy_length:
        return None
    span = _fuzzy_span(norm_quote, norm_source, fuzzy_threshold)
    if span is None:
        return None
    ds, de, score = span
    start, end = _to_original(index_map, ds, de)
    return QuoteMatch(start, end, "repaired", score)


# ---- grounding a draft, and the re-ask for the quotes not found ---------------------------


@dataclass
class GroundedDraft:
    """A draft's claims and issues, each with its quotes located in the article.

    Attributes:
        claims: Each claim of the draft with its evidence.
        issues: Each open question of the draft with its evidence.
        stats: What grounding did (filled as the brief is assembled).
    """

    claims: list[tuple[DraftClaim, list[Evidence]]]
    issues: list[tuple[DraftIssue, list[Evidence]]]
    stats: GroundingStats

    def unverified(self) -> list[tuple[str, Evidence]]:
        """``(what it supports, evidence)`` for every quote not found, claims first."""
        found = [(c.statement, e) for c, ev in self.claims for e in ev if not e.is_grounded]
        return found + [(i.question, e) for i, ev in self.issues for e in ev if not e.is_grounded]


def _evidence(quote: str, text: str, threshold: float) -> Evidence:
    match = locate_quote(quote, text, fuzzy_threshold=threshold)
    if match is None:
        return Evidence(quote=quote, status="unverified")
    words = text[match.start : match.end]
    return Evidence(
        quote=words,
        start=match.start,
        end=match.end,
        status=match.status,
        model_quote=None if words == quote else quote,
    )


def ground_quotes(quotes: Sequence[str], text: str, threshold: float) -> list[Evidence]:
    """Locate each quote in ``text``; the same span given twice is kept once."""
    seen: set[tuple[int | None, int | None, str]] = set()
    found: list[Evidence] = []
    for quote in quotes:
        if not quote.strip():
            continue
        evidence = _evidence(quote, text, threshold)
        key = (evidence.start, evidence.end, evidence.quote)
        if key not in seen:
            seen.add(key)
            found.append(evidence)
    return found


def ground_draft(draft: Draft, text: str, threshold: float) -> GroundedDraft:
    """Locate every quote of ``draft`` in the article ``text``."""
    return GroundedDraft(
        claims=[(c, ground_quotes(c.quotes, text, threshold)) for c in draft.claims],
        issues=[(i, ground_quotes(i.quotes, text, threshold)) for i in draft.unresolved_issues],
        stats=GroundingStats(),
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


def apply_fixes(
    grounded: GroundedDraft, fixes: Sequence[str | None], text: str, threshold: float
) -> int:
    """Replace unverified evidence by the re-asked quotes that are found; return how many."""
    replacements: dict[int, Evidence] = {}
    for (_, old), new_quote in zip(grounded.unverified(), fixes):
        if new_quote:
            new = _evidence(new_quote, text, threshold)
            if new.is_grounded:
                replacements[id(old)] = new
    for _, evidence_list in [*grounded.claims, *grounded.issues]:
        evidence_list[:] = [replacements.get(id(e), e) for e in evidence_list]
    return len(replacements)
