"""Long-article support without a model: split an article into chunks, merge the chunk briefs.

:func:`split_into_chunks` cuts an article that does not fit a model's context into overlapping
:class:`Chunk` s whose offsets index the original string. Each chunk is briefed on its own, with
evidence offsets relative to the chunk text; :func:`merge_chunk_briefs` shifts those offsets back
onto the article, unifies the actors the chunks name differently ("Dr. Helena Marsh-Okafor",
"Marsh-Okafor"; "J. Albrecht", "Juergen Albrecht", "Jürgen Albrecht"), and drops the claims and
issues that two overlapping chunks both found.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from newsbrief.eval import normalize_name, overlap
from newsbrief.models import (
    Actor,
    ActorKind,
    Brief,
    Claim,
    Evidence,
    UnresolvedIssue,
    check_integrity,
)
from newsbrief.providers import estimate_tokens

__all__ = [
    "HONORIFICS",
    "Chunk",
    "MergedContent",
    "merge_chunk_briefs",
    "split_into_chunks",
]


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
            :func:`newsbrief.providers.estimate_tokens` (UTF-8 bytes / 3, an over-estimate for
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


# --- merging --------------------------------------------------------------------------------------

HONORIFICS: frozenset[str] = frozenset(
    "".join(ch for ch in normalize_name(title) if ch.isalnum())
    for title in (
        # English
        "Mr", "Mrs", "Ms", "Mx", "Miss", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady",
        "Sen", "Senator", "Rep", "Representative", "Gov", "Governor", "Mayor", "President",
        "Minister", "Secretary", "Chancellor", "Judge", "Justice", "Chief", "Engineer", "Inspector",
        "Detective", "Officer", "Sgt", "Sergeant", "Lt", "Capt", "Captain", "Col", "Colonel",
        "Gen", "General", "Adm", "Admiral", "Rev", "Fr", "Father",
        # Italian, German, French, Spanish, Portuguese
        "Sig", "Sig.ra", "Sig.na", "Dott", "Dott.ssa", "Prof.ssa", "Ing", "Avv", "On",
        "Herr", "Frau", "M", "Mme", "Mlle", "Me", "Sr", "Sra", "Srta", "Don", "Doña", "Dona",
    )
)  # fmt: skip
"""Titles stripped from the start of a person's name before names are compared.

Compared case-, accent- and punctuation-insensitively (``Dott.ssa`` is ``dottssa``). Only leading
words are stripped, never the last word of a name, and only from people: an organisation called
"General Motors" keeps its name.
"""

_ACRONYM_SKIP = frozenset(
    {"of", "the", "and", "for", "on", "de", "del", "della", "di", "der", "des", "du", "la", "le",
     "el", "y", "et", "und", "fur"}
)  # fmt: skip
_ARTICLES = frozenset({"the"})
_JOINERS = re.compile(r"[.'’ʼ]")
_NON_WORD = re.compile(r"[\W_]+")
# German copy without umlauts writes ä ö ü as ae oe ue ("Juergen" for "Jürgen"); ß is already
# "ss" once casefolded.
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
# The fewest letters a shortened given name must keep to stand for a longer one ("Nat" for
# "Nathaniel"); "Jo" or "Al" could be too many names.
_MIN_PREFIX = 3

_PERSON = "person"
_ORGANISATION = "organisation"


@dataclass(frozen=True)
class MergedContent:
    """What the chunk briefs say about the whole article, ready for a :class:`Brief`.

    Attributes:
        key_actors: The actors, unified across chunks, in order of first mention.
        claims: The claims, de-duplicated, evidence offsets indexing the article.
        unresolved_issues: The open questions, de-duplicated, offsets indexing the article.
        merged_actor_names: Canonical name -> the other spellings folded into it (only actors
            that had other spellings).
        dropped_claims: Why claims were left out because, merged, they would break an
            integrity rule (an anonymous source described by the name of a person that another
            chunk names); for :attr:`RunMetadata.dropped_claims`.
        dropped_actors: People a chunk's brief listed that its text never names and none of its
            claims cites (the model's invention), left out; for the same notes.
    """

    key_actors: list[Actor]
    claims: list[Claim]
    unresolved_issues: list[UnresolvedIssue]
    merged_actor_names: dict[str, list[str]]
    dropped_claims: list[str] = field(default_factory=list)
    dropped_actors: list[str] = field(default_factory=list)


_Words = tuple[frozenset[str], ...]
"""A name as words, each word the set of forms it is compared by (see :func:`_forms`)."""


@dataclass
class _Mention:
    part: int
    actor: Actor
    family: str
    tokens: tuple[str, ...]
    bare_name: str
    """The name without its titles, as written."""
    forms: _Words


_MAX_TITLE_WORDS = 4
"""How far into a person's name a title is looked for ("Deputy Foreign Minister ...")."""


def _words(name: str) -> list[str]:
    """Case-, accent- and punctuation-free words of a name ("O'Brien-Lee" -> obrien, lee)."""
    return [w for w in _NON_WORD.split(_JOINERS.sub("", normalize_name(name))) if w]


def _said(text: str) -> frozenset[str]:
    """The words of ``text`` as names are compared (see :func:`_words`), umlauts also spelled out."""
    spelled_out = unicodedata.normalize("NFC", text).translate(_UMLAUTS)
    return frozenset(_words(text)) | frozenset(_words(spelled_out))


def _titles(written: list[str]) -> int:
    """How many leading words of a person's name are titles.

    A title may follow words that qualify it ("Infrastructure Minister Teodora Reyes", "Chief
    Engineer Tomasz Wilk"): through the last title among the first words; never the last word.
    """
    leading = [
        i for i, word in enumerate(written[: min(len(written) - 1, _MAX_TITLE_WORDS)])
        if "".join(_words(word)) in HONORIFICS
    ]
    titles = leading[-1] + 1 if leading else 0
    while titles < len(written) - 1 and "".join(_words(written[titles])) in HONORIFICS:
        titles += 1
    if titles and not written[titles][:1].isupper():
        return 0  # "Minister of Infrastructure" is a title, not a titled name
    return titles


def _mention(part: int, actor: Actor, said: frozenset[str], *, person: bool = False) -> _Mention:
    """How ``actor`` is compared; ``person``: as a person whatever its kind."""
    written = actor.name.split()
    titles = 0
    if actor.kind is ActorKind.PERSON or person:
        titles = _titles(written)
    elif actor.kind in (ActorKind.ORGANIZATION, ActorKind.GOVERNMENT):
        while titles < len(written) - 1 and "".join(_words(written[titles])) in _ARTICLES:
            titles += 1
    bare_name = " ".join(written[titles:]) or actor.name
    tokens = tuple(_words(bare_name))
    if actor.kind is ActorKind.PERSON or person:
        family = _PERSON
    elif actor.kind in (ActorKind.ORGANIZATION, ActorKind.GOVERNMENT):
        family = _ORGANISATION
    else:
        family = actor.kind.value
    if not tokens:  # a name of punctuation only: compare it as written
        tokens = (normalize_name(actor.name),)
    forms = _forms(bare_name, tokens)
    if family == _PERSON and len(tokens) > 1:
        # Given names the text never uses are the model's, not the article's ("Glenda Albrecht"
        # where it says "Jürgen Albrecht" and "Albrecht"): the name is compared by the words it
        # has from the text, so it neither stands for a second Albrecht nor makes "Albrecht"
        # ambiguous. Initials and names with no word from the text are compared as written.
        found = [len(t) == 1 or not said.isdisjoint(f) for t, f in zip(tokens, forms)]
        keep = len(found)
        while keep > 0 and found[keep - 1]:
            keep -= 1
        if 0 < keep < len(found) and any(len(t) > 1 for t in tokens[keep:]):
            tokens, forms = tokens[keep:], forms[keep:]
    return _Mention(part, actor, family, tokens, bare_name, forms)


def _forms(bare_name: str, tokens: tuple[str, ...]) -> _Words:
    """Each word of a name as it folds with accents stripped and with umlauts spelled out.

    "Jürgen" is {"jurgen", "juergen"}, so it matches both "Jurgen" and "Juergen"; those two do
    not match each other, as "Mueller" and "Muller" may be different names.
    """
    spelled_out = _words(unicodedata.normalize("NFC", bare_name).translate(_UMLAUTS))
    if len(spelled_out) != len(tokens):
        return tuple(frozenset({t}) for t in tokens)
    return tuple(frozenset({t, u}) for t, u in zip(tokens, spelled_out))


def _same_word(a: frozenset[str], b: frozenset[str]) -> bool:
    return not a.isdisjoint(b)


def _same_name(a: _Words, b: _Words) -> bool:
    return len(a) == len(b) and all(map(_same_word, a, b))


@dataclass(frozen=True)
class _Shorter:
    """How one person's name is a shorter form of another's.

    Attributes:
        surname: How many final words the two names share.
        cut: Whether a given name is cut short ("Bron" for "Bronwen"), rather than only left out
            or reduced to an initial.
    """

    surname: int
    cut: bool


def _shorter(a: _Words, b: _Words) -> _Shorter | None:
    """How ``a`` is a shorter form of ``b`` ("Albrecht", "J. Albrecht" of "Jürgen Albrecht").

    The names must end with the same words, their surname. Before it, ``a`` has no given name
    at all, or as many as ``b``, each equal to ``b``'s, its initial, or the first
    :data:`_MIN_PREFIX` or more letters of it; at least one of them shorter.
    """
    surname = 0
    while surname < min(len(a), len(b)) and _same_word(a[-1 - surname], b[-1 - surname]):
        surname += 1
    given_a, given_b = a[: len(a) - surname], b[: len(b) - surname]
    if surname == 0 or not given_b:
        return None
    if not given_a:
        return _Shorter(surname, cut=False)
    if len(given_a) != len(given_b):
        return None
    cut = False
    for short, long in zip(given_a, given_b):
        if _same_word(short, long):
            continue
        if any(len(s) == 1 < len(w) and w[0] == s for s in short for w in long):
            continue
        if not any(_MIN_PREFIX <= len(s) < len(w) and w.startswith(s) for s in short for w in long):
            return None
        cut = True
    return _Shorter(surname, cut)


def _compatible(a: _Words, b: _Words) -> bool:
    return _same_name(a, b) or _shorter(a, b) is not None or _shorter(b, a) is not None


def _unify_people(people: Sequence[_Words]) -> list[tuple[int, int]]:
    """Pairs of indices of ``people`` that name the same person (see :func:`_unify`)."""
    by_surname: dict[str, list[int]] = {}
    for i, words in enumerate(people):
        for form in words[-1]:
            by_surname.setdefault(form, []).append(i)
    # Names that can be compared: those whose last words match.
    peers: list[set[int]] = [set() for _ in people]
    for indices in by_surname.values():
        for i in indices:
            peers[i].update(indices)

    # Classes of equal names; equality is not transitive ("Mueller", "Müller", "Muller").
    same = list(range(len(people)))

    def root(i: int) -> int:
        while same[i] != i:
            same[i] = same[same[i]]
            i = same[i]
        return i

    for i, words in enumerate(people):
        for j in peers[i]:
            if j < i and _same_name(people[j], words):
                same[root(i)] = root(j)

    longer: list[dict[int, _Shorter]] = [{} for _ in people]
    for i in range(len(people)):
        for j in peers[i]:
            how = _shorter(people[i], people[j])
            if how is not None:
                longer[i][j] = how
    for i in range(len(people)):
        for j, how in list(longer[i].items()):
            if how.cut and _another_person(people, peers[i], i, j, how.surname):
                del longer[i][j]

    members: dict[int, list[int]] = {}
    for i in range(len(people)):
        members.setdefault(root(i), []).append(i)
    pairs = [(i, root(i)) for i in range(len(people)) if root(i) != i]
    for first, names in members.items():
        up = {j for i in names for j in longer[i]}
        # The full names: those it could be that are not themselves shorter forms of another.
        full = {root(j) for j in up if not any(k in up for k in longer[j])}
        if len(full) == 1:
            pairs.append((first, full.pop()))
    return pairs


def _another_person(
    people: Sequence[_Words], peers: set[int], short: int, long: int, surname: int
) -> bool:
    """Whether someone else with the surname of ``short`` and ``long`` has a given name.

    That is, a name ending with the same ``surname`` words, with a given name that neither of
    the two names could be. Then a cut-short given name is not trusted to be the longer one.
    """
    end = people[short][len(people[short]) - surname :]
    return any(
        len(people[k]) > surname
        and _same_name(people[k][len(people[k]) - surname :], end)
        and not _compatible(people[k], people[short])
        and not _compatible(people[k], people[long])
        for k in peers
    )


def _initials(tokens: tuple[str, ...]) -> set[str]:
    kept = [t for t in tokens if t not in _ACRONYM_SKIP]
    return {"".join(t[0] for t in tokens), "".join(t[0] for t in kept)}


def _unify(mentions: list[_Mention]) -> list[list[_Mention]]:
    """Group mentions of the same actor; groups in order of first mention.

    Equal names (after folding and, for people, titles) of the same family always join; so do
    people's names that differ only in umlauts spelled out ("Juergen", "Jürgen"). A person's
    shorter name (see :func:`_shorter`: "Wilk", "J. Albrecht", "Bron Tallis") joins the one full
    name it is a shorter form of; when it could be two full names that differ ("Marsh" for
    "Helena Marsh" and "David Marsh", "J. Smith" for "John Smith" and "Jane Smith") it joins
    neither and stays an actor of its own. A cut-short given name ("Dan Brown" for "Daniela
    Brown") joins only when no one else with that surname has a given name it cannot be. A
    one-word organisation name joins the one organisation whose initials it spells. Anonymous
    sources, groups, places and others join only on equal names.
    """
    names: dict[tuple[str, tuple[str, ...]], int] = {}
    forms: dict[int, list[frozenset[str]]] = {}
    for m in mentions:
        index = names.setdefault((m.family, m.tokens), len(names))
        known = forms.setdefault(index, list(m.forms))
        # "Jürgen" and "Jurgen" fold alike; the first's spelled-out umlaut holds for both.
        forms[index] = [k | f for k, f in zip(known, m.forms)]
    parent = list(range(len(names)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    people = [index for (family, _), index in names.items() if family == _PERSON]
    for a, b in _unify_people([tuple(forms[i]) for i in people]):
        parent[root(people[a])] = root(people[b])

    organisations = [tokens for family, tokens in names if family == _ORGANISATION]
    for short in organisations:
        if len(short) != 1 or len(short[0]) < 2:
            continue
        spelled = [t for t in organisations if len(t) >= 2 and short[0] in _initials(t)]
        if len(spelled) == 1:
            parent[root(names[(_ORGANISATION, short)])] = root(names[(_ORGANISATION, spelled[0])])

    # The same name under two kinds ("Lowen Ford Families Group" a group and an organisation,
    # "Greyhollow Dam" a place and an organisation) is one actor; a one-word name of a person
    # and of something else ("Ford") may be two.
    by_tokens: dict[tuple[str, ...], int] = {}
    for (family, tokens), index in names.items():
        if family in _OWN_KIND_ONLY or (family == _PERSON and len(tokens) < 2):
            continue
        if tokens in by_tokens:
            parent[root(index)] = root(by_tokens[tokens])
        else:
            by_tokens[tokens] = index

    groups: dict[int, list[_Mention]] = {}
    for m in mentions:
        groups.setdefault(root(names[(m.family, m.tokens)]), []).append(m)
    return list(groups.values())


def _find_people_by_other_kinds(mentions: list[_Mention], texts: list[str]) -> None:
    """Compare as people, in place, the mentions of people that a chunk gave another kind.

    A small model labels the same minister a person in one chunk and a government in the next
    ("Minister Vasquez-Lind"), or a named person an anonymous source. A titled name of an
    organisation or government whose name without its titles is, or is a shorter form of, a
    person's name elsewhere ("Minister Vasquez-Lind", "Infrastructure Minister Teodora
    Vasquez-Lind" beside "Teodora Vasquez-Lind"), and an anonymous source with exactly a
    person's name written as a name (capitalised, not "A Senior Official"), are that person;
    claims that cite that person as anonymous then break the integrity rules and are left out.
    "General Motors" stays an organisation even beside a person called Motors (see
    :data:`_NOT_ONLY_TITLES`).
    """
    people = [m.forms for m in mentions if m.family == _PERSON]
    for i, m in enumerate(mentions):
        kind = m.actor.kind
        if m.family == _PERSON or kind not in _OTHER_KINDS_OF_PEOPLE:
            continue
        written = m.actor.name.split()
        if kind is ActorKind.ANONYMOUS_SOURCE:
            if not all(w[:1].isupper() for w in written) or _words(written[0])[:1] in (
                ["a"], ["an"], ["the"]
            ):
                continue  # a description ("A Senior Official"), not a person's name
        elif _titles(written) == 0 or "".join(_words(written[0])) in _NOT_ONLY_TITLES:
            continue
        candidate = _mention(m.part, m.actor, _said(texts[m.part]), person=True)
        matches = _same_name if kind is ActorKind.ANONYMOUS_SOURCE else _compatible
        if any(matches(candidate.forms, other) for other in people):
            mentions[i] = candidate


_OWN_KIND_ONLY = frozenset({ActorKind.ANONYMOUS_SOURCE.value})
"""Families whose names join only their own kind (an anonymous source never joins a named actor)."""
_OTHER_KINDS_OF_PEOPLE = (ActorKind.ORGANIZATION, ActorKind.GOVERNMENT, ActorKind.ANONYMOUS_SOURCE)
_NOT_ONLY_TITLES = frozenset({"general", "gen", "chief", "don", "on", "m", "me"})
"""Titles that also begin organisations' names ("General Motors", "Chief Executives Board"): an
organisation whose name starts with one is never taken for a titled person."""


def _fullness(mention: _Mention) -> tuple[int, int, int]:
    """The most words, then the most letters, then diacritics; the first wins a tie.

    Punctuation and case do not make a name longer. Letters count umlauts spelled out, so that
    "Jürgen" and "Juergen" tie and the spelling with the diacritics wins.
    """
    letters = sum(max(map(len, word)) for word in mention.forms)
    diacritics = sum(ch.isalpha() and not ch.isascii() for ch in mention.bare_name)
    return len(mention.tokens), letters, diacritics


def _canonical(group: list[_Mention], taken: set[str]) -> Actor:
    first = group[0].actor
    longest = max(group, key=_fullness)
    role = next((m.actor.role for m in group if m.actor.role), "")
    actor_id, n = first.id, 1
    while actor_id in taken:
        n += 1
        actor_id = f"{first.id}-{n}"
    taken.add(actor_id)
    kind = ActorKind.PERSON if group[0].family == _PERSON else first.kind
    return Actor(id=actor_id, name=longest.bare_name, kind=kind, role=role)


def _shift(evidence: Evidence, offset: int) -> Evidence:
    if evidence.start is None or evidence.end is None:
        return evidence.model_copy()
    return evidence.model_copy(
        update={"start": evidence.start + offset, "end": evidence.end + offset}
    )


def _spans(evidence: Sequence[Evidence]) -> list[tuple[int, int]]:
    return [(e.start, e.end) for e in evidence if e.start is not None and e.end is not None]


def _evidence_key(evidence: Evidence) -> tuple[object, ...]:
    if evidence.start is not None:
        return (evidence.start, evidence.end)
    return (normalize_name(evidence.quote),)


def _union(first: list[Evidence], second: list[Evidence]) -> list[Evidence]:
    seen = {_evidence_key(e) for e in first}
    merged = list(first)
    for e in second:
        if _evidence_key(e) not in seen:
            seen.add(_evidence_key(e))
            merged.append(e)
    return merged


def _text_key(text: str) -> str:
    return " ".join(_words(text))


# Share of the shorter of two evidence spans they must have in common to show the same thing (the
# threshold newsbrief.eval uses to match a claim to gold).
_MIN_SPAN_OVERLAP = 0.5


@dataclass
class _Kept:
    """A claim or issue kept by the merge, with what identifies it."""

    parts: set[int]
    spans: list[tuple[int, int]]
    text: str
    source: tuple[object, ...]
    evidence: list[Evidence]


def _best_match(
    kept: list[_Kept],
    part: int,
    spans: list[tuple[int, int]],
    text: str,
    source: tuple[object, ...],
) -> int | None:
    """The kept item a new one repeats, or None.

    Equal texts with the same source repeat each other. Overlapping evidence only counts between
    different chunks, and a chunk folds at most one of its items into a kept one: in one chunk,
    two items sharing evidence are two findings, not a repeat.
    """
    best: tuple[float, float, int] | None = None
    for i, k in enumerate(kept):
        if k.source != source:
            continue
        if k.text == text:
            return i
        if part in k.parts:
            continue
        for a in spans:
            for b in k.spans:
                shared = overlap(a, b)
                if shared >= _MIN_SPAN_OVERLAP:
                    union = max(a[1], b[1]) - min(a[0], b[0])
                    jaccard = (min(a[1], b[1]) - max(a[0], b[0])) / union
                    if best is None or (shared, jaccard) > best[:2]:
                        best = (shared, jaccard, i)
    return best[2] if best is not None else None


def _fold(
    kept: list[_Kept], part: int, text: str, source: tuple[object, ...], evidence: list[Evidence]
) -> int | None:
    """Add an item to ``kept`` or fold it into the one it repeats; the index it folded into."""
    spans = _spans(evidence)
    match = _best_match(kept, part, spans, text, source)
    if match is None:
        kept.append(_Kept({part}, spans, text, source, list(evidence)))
        return None
    k = kept[match]
    k.parts.add(part)
    k.evidence = _union(k.evidence, evidence)
    k.spans = _spans(k.evidence)
    return match


def merge_chunk_briefs(parts: Sequence[tuple[Chunk, Brief]]) -> MergedContent:
    """Merge the briefs of an article's chunks into the actors, claims and issues of the article.

    Evidence offsets (relative to each chunk's text) are shifted by the chunk's start, so that
    they index the article; unverified evidence keeps no offsets. Actors are unified across
    chunks by name (see :data:`HONORIFICS` and the rules below); the unified actor has the first
    mention's id (made unique with ``-2``, ``-3`` ... when different actors share one), the
    longest name without titles (the spelling with diacritics when two are otherwise as long:
    "Jürgen Albrecht", not "Juergen Albrecht") and the first non-empty role, and claims'
    ``source.actor_id`` are remapped to it. Two claims are one when they have the same source
    (actor, or source kind when there is no actor) and either equal statements (case, accents and
    punctuation aside) or, from different chunks, evidence spans sharing at least half of the
    shorter one; the first is kept with the evidence of both. Issues merge alike, on questions or
    evidence. The inputs are not changed.

    Actor names match case-, accent- and punctuation-insensitively after leading titles are
    stripped from people, and people's names also with umlauts spelled out ("Juergen Albrecht",
    "Jürgen Albrecht"); a hyphen and a space are alike ("Okonjo Hale", "Okonjo-Hale"). A
    person's shorter name joins the one full name it is a shorter form of: with the same surname
    (final words) and no given name ("Marsh-Okafor", "Wilk" for "Helena Marsh-Okafor", "Tomasz
    Wilk"), or given names that are initials ("J. Albrecht") or the first three or more letters
    ("Bron Tallis", "Nat Osei") of the full one's. A short name that could be two different full
    names ("Marsh" with "Helena Marsh" and "David Marsh", "J. Smith" with "John Smith" and "Jane
    Smith") joins neither and stays an actor of its own; two full names whose given names differ
    ("Helena Marsh", "David Marsh") are never unified. A cut-short given name may be another name
    ("Dan Brown" and "Daniela Brown" may be a father and daughter): it is unified only when no one
    else in the article has that surname and a given name it cannot be (with "Gordon Brown"
    there, "Dan Brown" stays apart), a trade-off that merges the two when they are the only
    Browns. An organisation's one-word name joins the one organisation (or government) whose
    initials it spells ("NRWA", "Northern Rivers Water Authority"). Anonymous sources join only
    anonymous sources of equal name. Equal names of other kinds are one actor ("Greyhollow Dam" a
    place in one chunk and an organisation in another), except a one-word person's name, which
    may be someone's surname ("Ford").
    A person's given names that the chunk's text never uses are left out of the comparison (the
    model's invention, as "Glenda Albrecht" for an article that only says "Jürgen Albrecht"):
    that name is compared as "Albrecht", so it joins Jürgen Albrecht instead of making "Albrecht"
    ambiguous, and the canonical name is the one the text supports. A person none of whose name
    is in the chunk's text, and whom none of the chunk's claims cites, is left out.

    Args:
        parts: Each chunk with its brief, whose offsets index the chunk's text.

    Returns:
        The merged content, which passes :func:`newsbrief.models.check_integrity`.
    """
    mentions: list[_Mention] = []
    dropped_actors: list[str] = []
    for p, (chunk, brief) in enumerate(parts):
        said = _said(chunk.text)
        cited = {claim.source.actor_id for claim in brief.claims}
        for actor in brief.key_actors:
            mention = _mention(p, actor, said)
            if (
                mention.family == _PERSON
                and actor.id not in cited
                and all(said.isdisjoint(form) for form in mention.forms)
            ):
                dropped_actors.append(
                    f"chunk {chunk.index}: the person {actor.name!r} was left out: no word of "
                    "the name is in the chunk's text and no claim cites them"
                )
                continue
            mentions.append(mention)
    _find_people_by_other_kinds(mentions, [c.text for c, _ in parts])
    actors: list[Actor] = []
    new_id: dict[tuple[int, str], str] = {}
    merged_names: dict[str, list[str]] = {}
    taken: set[str] = set()
    for group in _unify(mentions):
        actor = _canonical(group, taken)
        actors.append(actor)
        for m in group:
            new_id[(m.part, m.actor.id)] = actor.id
            if m.actor.name != actor.name:
                others = merged_names.setdefault(actor.name, [])
                if m.actor.name not in others:
                    others.append(m.actor.name)

    kept_claims: list[_Kept] = []
    claims: list[Claim] = []
    kept_issues: list[_Kept] = []
    issues: list[UnresolvedIssue] = []
    for p, (chunk, brief) in enumerate(parts):
        for claim in brief.claims:
            actor_id = claim.source.actor_id
            source = claim.source
            if actor_id is not None:
                actor_id = new_id[(p, actor_id)]
                source = source.model_copy(update={"actor_id": actor_id})
            key = (actor_id,) if actor_id is not None else (None, source.kind)
            evidence = [_shift(e, chunk.start) for e in claim.evidence]
            match = _fold(kept_claims, p, _text_key(claim.statement), key, evidence)
            if match is None:
                claims.append(claim.model_copy(update={"source": source, "evidence": evidence}))
            else:
                update = {"evidence": list(kept_claims[match].evidence)}
                claims[match] = claims[match].model_copy(update=update)
        for issue in brief.unresolved_issues:
            evidence = [_shift(e, chunk.start) for e in issue.evidence]
            match = _fold(kept_issues, p, _text_key(issue.question), (), evidence)
            if match is None:
                issues.append(issue.model_copy(update={"evidence": evidence}))
            else:
                kept = issues[match]
                issues[match] = kept.model_copy(
                    update={
                        "evidence": list(kept_issues[match].evidence),
                        "why_open": kept.why_open or issue.why_open,
                    }
                )

    problems = check_integrity(
        [(a.id, a.name, a.kind) for a in actors],
        [(c.source.actor_id, c.source.kind, c.source.description) for c in claims],
    )
    at_fault: dict[int, list[str]] = {}
    for index, message in problems:
        if index is not None:
            at_fault.setdefault(index, []).append(message)
    return MergedContent(
        key_actors=actors,
        claims=[c for i, c in enumerate(claims) if i not in at_fault],
        unresolved_issues=issues,
        merged_actor_names=merged_names,
        dropped_claims=[
            f"{claims[i].statement!r}: {'; '.join(m)}" for i, m in sorted(at_fault.items())
        ],
        dropped_actors=dropped_actors,
    )
