"""Long articles: merge the briefs of an article's chunks into the content of one brief.

Each chunk of a long article (see :mod:`newsbrief.chunking`) is briefed on its own, with evidence
offsets relative to the chunk text; :func:`merge_chunk_briefs` shifts those offsets back onto the
article, unifies the actors the chunks name differently (see :mod:`newsbrief.names`), and drops
the claims and issues that two overlapping chunks both found.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from newsbrief.article import Article
from newsbrief.assemble import count_evidence
from newsbrief.chunking import Chunk
from newsbrief.errors import ModelOutputError
from newsbrief.models import (
    Actor,
    Brief,
    Claim,
    Evidence,
    GroundingStats,
    RunMetadata,
    UnresolvedIssue,
    Usage,
    check_integrity,
)
from newsbrief.names import name_words, normalize_name, unify_actors
from newsbrief.spans import overlap

__all__ = ["MergedContent", "assemble_long_brief", "merge_chunk_briefs"]


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
    return " ".join(name_words(text))


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
    chunks by name (see :data:`newsbrief.names.HONORIFICS` and the rules below); the unified
    actor has the first
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
    unified = unify_actors(
        [
            (chunk.text, brief.key_actors, {claim.source.actor_id for claim in brief.claims})
            for chunk, brief in parts
        ]
    )
    actors = unified.actors
    new_id = unified.new_ids
    merged_names = unified.merged_names
    dropped_actors = [
        f"chunk {parts[p][0].index}: the person {name!r} was left out: no word of the name is "
        "in the chunk's text and no claim cites them"
        for p, name in unified.dropped
    ]

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


def assemble_long_brief(
    article: Article,
    chunks: Sequence[Chunk],
    parts: Sequence[Brief | ModelOutputError],
    *,
    headline: str | None,
    summary: str | None,
    language: str | None,
    reduce_usage: Usage,
    reduce_attempts: int,
    reduce_seconds: float,
    model: str,
) -> Brief:
    """One brief of a long article from its chunks' briefs and the reduce step.

    Args:
        article: The whole article.
        chunks: Its chunks, in order.
        parts: Each chunk's brief, or the error that left it without one (at least one brief).
        headline: The reduce step's headline, or ``None`` when it failed (the first chunk's is
            used, and a note says so).
        summary: The reduce step's summary, likewise.
        language: The reduce step's language, likewise.
        reduce_usage: Tokens of the reduce step.
        reduce_attempts: Calls the reduce step made.
        reduce_seconds: Wall time of the reduce step.
        model: The model, as reported in metadata.
    """
    done = [(chunk, part) for chunk, part in zip(chunks, parts) if isinstance(part, Brief)]
    merged = merge_chunk_briefs(done)
    usage = Usage()
    stats = GroundingStats()
    notes: list[str] = []
    attempts = validation_reasks = grounding_reasks = duplicates = 0
    for chunk, part in zip(chunks, parts):
        if not isinstance(part, Brief):
            notes.append(
                f"chunk {chunk.index} ({chunk.start}-{chunk.end}) has no brief: {part.message}"
            )
            attempts += part.attempts
            if part.usage is not None:
                usage.calls += [
                    c.model_copy(update={"chunk": chunk.index}) for c in part.usage.calls
                ]
            continue
        meta = part.metadata
        usage.calls += [c.model_copy(update={"chunk": chunk.index}) for c in meta.usage.calls]
        attempts += meta.attempts
        validation_reasks += meta.validation_reasks
        grounding_reasks += meta.grounding_reasks
        duplicates += meta.duplicate_claims
        stats.fixed_by_reask += meta.grounding.fixed_by_reask
        stats.dropped += meta.grounding.dropped
        notes += [f"chunk {chunk.index}: {note}" for note in meta.dropped_claims]
    usage.calls += reduce_usage.calls
    attempts += reduce_attempts
    notes += merged.dropped_claims + merged.dropped_actors
    count_evidence(
        stats,
        [e for c in merged.claims for e in c.evidence]
        + [e for i in merged.unresolved_issues for e in i.evidence],
    )
    first = done[0][1]
    if headline is None or summary is None or language is None:
        notes.append("the reduce step failed: headline and summary are the first chunk's")
        headline, summary, language = first.headline, first.summary, first.language
    metadata = RunMetadata(
        model=model,
        attempts=attempts,
        validation_reasks=validation_reasks,
        grounding_reasks=grounding_reasks,
        usage=usage,
        duration_seconds=sum(p.metadata.duration_seconds for _, p in done) + reduce_seconds,
        grounding=stats,
        input_format=article.input_format,
        withheld=list(article.withheld),
        dropped_claims=notes,
        duplicate_claims=duplicates,
        chunks=[(c.start, c.end) for c in chunks],
        merged_names=merged.merged_actor_names,
    )
    return Brief(
        headline=headline,
        summary=summary,
        language=language,
        key_actors=merged.key_actors,
        claims=merged.claims,
        unresolved_issues=merged.unresolved_issues,
        metadata=metadata,
    )
