"""Long articles: split an article that does not fit a model's context into overlapping chunks.

:func:`split_into_chunks` cuts the article into :class:`Chunk` s whose offsets index the original
string. Each chunk is briefed on its own and the briefs are merged by :mod:`newsbrief.merging`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

__all__ = ["Chunk", "estimate_tokens", "split_into_chunks"]


def estimate_tokens(text: str) -> int:
    """A conservative token estimate without a tokenizer: UTF-8 bytes / 3.

    Real tokenizers give about 4 bytes per token for English and 3 per CJK character, so this
    overestimates, which is the safe side for a check that refuses articles that cannot fit.
    """
    return len(text.encode("utf-8", "surrogatepass")) // 3 + 1


@dataclass(frozen=True)
class Chunk:
    """A contiguous part of an article.

    Attributes:
        index: Position of the chunk among the article's chunks, from 0.
        start: Offset of the chunk's first character in the article.
        end: Offset one past its last character.
        text: ``article[start:end]``, exactly (never stripped or normalised).
    """

    index: int
    start: int
    end: int
    text: str


# --- splitting ------------------------------------------------------------------------------------

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
_NEWLINE = re.compile(r"\n\s*")
# A sentence ends at . ! ? … followed by closing quotes/brackets and whitespace, or at a CJK full
# stop, which needs no whitespace after it.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*\s+|[。！？]+[\"'”’」』）)\]]*\s*")
_WHITESPACE = re.compile(r"\s+")

_PARAGRAPH, _SENTENCE, _WORD, _CHARACTER = range(4)


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int
    tokens: int
    level: int


def _ends(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[int]:
    """Offsets where ``text[start:end]`` may be cut after a ``pattern`` match, then ``end``."""
    cuts = [m.end() for m in pattern.finditer(text, start, end) if start < m.end() < end]
    return [*cuts, end]


def _split(text: str, start: int, end: int, level: int, paragraphs: re.Pattern[str]) -> list[int]:
    if level == _PARAGRAPH:
        return _ends(paragraphs, text, start, end)
    if level == _SENTENCE:
        return _ends(_SENTENCE_END, text, start, end)
    return _ends(_WHITESPACE, text, start, end)


def _longest_fit(
    text: str,
    start: int,
    ends: Sequence[int],
    lo: int,
    count_tokens: Callable[[str], int],
    max_tokens: int,
) -> tuple[int, int]:
    """Index ``i >= lo`` of the longest ``text[start:ends[i]]`` within budget, and its count.

    Gallops then bisects, so a piece of n units costs O(log n) counts of strings at most twice
    its length. Returns ``(-1, 0)`` when even ``ends[lo]`` does not fit. Only counted prefixes
    are returned, so the result fits even if the counter is not monotonic.
    """
    first = count_tokens(text[start : ends[lo]])
    if first > max_tokens:
        return -1, 0
    good, good_tokens, step = lo, first, 1
    bad = len(ends)
    while good + step < len(ends):
        probe = good + step
        tokens = count_tokens(text[start : ends[probe]])
        if tokens > max_tokens:
            bad = probe
            break
        good, good_tokens, step = probe, tokens, step * 2
    while bad - good > 1:
        probe = (good + bad) // 2
        tokens = count_tokens(text[start : ends[probe]])
        if tokens > max_tokens:
            bad = probe
        else:
            good, good_tokens = probe, tokens
    return good, good_tokens


def _pack_units(
    text: str,
    start: int,
    end: int,
    level: int,
    count_tokens: Callable[[str], int],
    max_tokens: int,
) -> list[_Piece]:
    """Pieces of ``text[start:end]`` cut at whitespace (or, for a word too long, anywhere)."""
    ends: Sequence[int] = (
        _ends(_WHITESPACE, text, start, end) if level == _WORD else range(start + 1, end + 1)
    )
    pieces: list[_Piece] = []
    first = 0
    while first < len(ends):
        piece_start = pieces[-1].end if pieces else start
        found, tokens = _longest_fit(text, piece_start, ends, first, count_tokens, max_tokens)
        if found >= 0:
            pieces.append(_Piece(piece_start, ends[found], tokens, level))
            first = found + 1
        elif level == _WORD:
            pieces.extend(
                _pack_units(text, piece_start, ends[first], _CHARACTER, count_tokens, max_tokens)
            )
            first += 1
        else:
            # Not even one character fits (a counter that charges more than max_tokens for any
            # string): a one-character piece is the only way to make progress.
            pieces.append(_Piece(piece_start, ends[first], max_tokens, level))
            first += 1
    return pieces


def _pieces(
    text: str,
    start: int,
    end: int,
    level: int,
    count_tokens: Callable[[str], int],
    max_tokens: int,
    paragraphs: re.Pattern[str],
) -> list[_Piece]:
    """Cut ``text[start:end]``, known not to fit, into pieces that each fit, counting each once."""
    if level >= _WORD:
        return _pack_units(text, start, end, level, count_tokens, max_tokens)
    ends = _split(text, start, end, level, paragraphs)
    if len(ends) == 1:
        return _pieces(text, start, end, level + 1, count_tokens, max_tokens, paragraphs)
    pieces: list[_Piece] = []
    for part_start, part_end in zip([start, *ends[:-1]], ends):
        tokens = count_tokens(text[part_start:part_end])
        if tokens <= max_tokens:
            pieces.append(_Piece(part_start, part_end, tokens, level))
        else:
            pieces.extend(
                _pieces(text, part_start, part_end, level + 1, count_tokens, max_tokens, paragraphs)
            )
    return pieces


def _overlap_options(
    text: str,
    previous: Sequence[_Piece],
    budget: int,
    count_tokens: Callable[[str], int],
) -> list[tuple[int, int]]:
    """``(start, tokens)`` of the tails of the previous chunk within ``budget``, shortest first.

    Tails are whole pieces; when the last piece is a paragraph longer than the budget, its
    trailing sentences are counted and offered instead.
    """
    options: list[tuple[int, int]] = []
    total = 0
    for piece in reversed(previous):
        if total + piece.tokens > budget:
            break
        total += piece.tokens
        options.append((piece.start, total))
    if not options and previous and previous[-1].level == _PARAGRAPH:
        last = previous[-1]
        ends = _ends(_SENTENCE_END, text, last.start, last.end)
        starts = [last.start, *ends[:-1]]
        for sentence_start, sentence_end in zip(reversed(starts[1:]), reversed(ends[1:])):
            tokens = count_tokens(text[sentence_start:sentence_end])
            if total + tokens > budget:
                break
            total += tokens
            options.append((sentence_start, total))
    return options


def split_into_chunks(
    text: str,
    max_tokens: int,
    count_tokens: Callable[[str], int] = estimate_tokens,
    overlap_tokens: int | None = None,
) -> list[Chunk]:
    """Split an article into overlapping chunks of at most ``max_tokens`` tokens each.

    Paragraphs (blank-line separated; lines when the text has no blank line) are packed greedily.
    A paragraph longer than ``max_tokens`` is cut at sentence ends (``. ! ? …`` and ``。！？``), a
    sentence still too long at whitespace, and a word still too long anywhere. The chunks are in
    order, cover every character (separators included) and ``text[c.start:c.end] == c.text``.
    Only a single character that alone counts more than ``max_tokens`` makes a chunk over budget.

    Each chunk after the first starts with the trailing paragraphs (or, when the last paragraph
    is longer than ``overlap_tokens``, the trailing sentences) of the previous chunk, so that what
    sits on a boundary is seen whole by one chunk. The overlap is dropped rather than let a chunk
    exceed ``max_tokens`` or stop the next chunk from taking new text; the parts of a sentence
    cut at whitespace carry no overlap.

    Paragraphs and sentences are counted once each and a chunk's count is taken as the sum of its
    pieces' counts; since a tokenizer may count a concatenation as more than the sum of its parts,
    each packed chunk is counted once more as a whole and trimmed (overlap first, then trailing
    pieces) until it fits. Counts thus stay about linear in the length of the text.

    Args:
        text: The article.
        max_tokens: The most tokens a chunk may hold, as ``count_tokens`` counts them.
        count_tokens: Counts the tokens of a string. Defaults to
            :func:`estimate_tokens` (UTF-8 bytes / 3, an over-estimate for
            the tokenizers of current models).
        overlap_tokens: The most tokens of overlap; defaults to 10% of ``max_tokens``.

    Returns:
        The chunks; exactly one, covering the whole text, when the text fits.

    Raises:
        ValueError: ``max_tokens`` is below 1 or ``overlap_tokens`` is negative.
    """
    if max_tokens < 1:
        raise ValueError(f"max_tokens must be at least 1, got {max_tokens}")
    if overlap_tokens is None:
        overlap_tokens = max_tokens // 10
    if overlap_tokens < 0:
        raise ValueError(f"overlap_tokens must not be negative, got {overlap_tokens}")
    if not text or count_tokens(text) <= max_tokens:
        return [Chunk(0, 0, len(text), text)]
    paragraphs = _BLANK_LINE if _BLANK_LINE.search(text) else _NEWLINE
    pieces = _pieces(text, 0, len(text), _PARAGRAPH, count_tokens, max_tokens, paragraphs)

    chunks: list[Chunk] = []
    previous: list[_Piece] = []
    first = 0
    while first < len(pieces):
        options = _overlap_options(text, previous, overlap_tokens, count_tokens)
        fitting = [o for o in options if o[1] + pieces[first].tokens <= max_tokens]
        start, total = fitting[-1] if fitting else (pieces[first].start, 0)
        total += pieces[first].tokens
        last = first + 1
        while last < len(pieces) and total + pieces[last].tokens <= max_tokens:
            total += pieces[last].tokens
            last += 1
        # A lone piece was counted alone; anything more is counted again as a whole.
        while (start < pieces[first].start or last - first > 1) and count_tokens(
            text[start : pieces[last - 1].end]
        ) > max_tokens:
            if start < pieces[first].start:
                start = pieces[first].start
            else:
                last -= 1
        end = pieces[last - 1].end
        chunks.append(Chunk(len(chunks), start, end, text[start:end]))
        previous = pieces[first:last]
        first = last
    return chunks
