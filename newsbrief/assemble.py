"""Draft -> brief: the content the model filled, grounded, becomes the public :class:`Brief`.

:func:`content_from_draft` turns a grounded draft into :class:`BriefContent` (the public types,
the quote policy applied, repeats left out, grounding counted); :func:`build_brief` adds the run
metadata. Strategies that do not go through a draft (:mod:`newsbrief.staged`) return
:class:`BriefContent` themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from newsbrief import errors
from newsbrief.draft import Draft
from newsbrief.grounding import GroundedDraft
from newsbrief.models import (
    Actor,
    ActorKind,
    Attribution,
    Brief,
    Claim,
    Evidence,
    GroundingStats,
    RunMetadata,
    Source,
    SourceKind,
    UnresolvedIssue,
    Usage,
)

__all__ = ["BriefContent", "OnUnverified", "build_brief", "content_from_draft", "count_evidence"]

OnUnverified = Literal["flag", "drop", "raise"]
"""What happens to quotes that are still not found in the article after the targeted re-ask."""


@dataclass
class BriefContent:
    """What a brief says, before the run metadata is added.

    Attributes:
        headline: One-line headline.
        summary: A few sentences.
        language: The article's language (ISO 639-1).
        key_actors: The key actors.
        claims: The claims, each with its source and evidence.
        unresolved_issues: The open questions.
        grounding: What grounding did with the model's quotes.
        notes: Why claims were mended or left out (``RunMetadata.dropped_claims``).
        duplicate_claims: Claims the model repeated, left out.
        output_language_share: Share of the brief's own text in the requested language, where
            the strategy measured it.
        unsupported_specifics: Numbers, dates and names the model wrote that the article does
            not contain, left out of the brief.
    """

    headline: str
    summary: str
    language: str
    key_actors: list[Actor] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    unresolved_issues: list[UnresolvedIssue] = field(default_factory=list)
    grounding: GroundingStats = field(default_factory=GroundingStats)
    notes: list[str] = field(default_factory=list)
    duplicate_claims: int = 0
    output_language_share: float | None = None
    unsupported_specifics: list[str] = field(default_factory=list)


def count_evidence(stats: GroundingStats, evidence: list[Evidence]) -> None:
    """Count ``evidence`` by status into ``stats`` (verified, repaired, unverified)."""
    for item in evidence:
        if item.status == "verified":
            stats.verified += 1
        elif item.status == "repaired":
            stats.repaired += 1
        else:
            stats.unverified += 1


def content_from_draft(
    draft: Draft, grounded: GroundedDraft, fixed: int, on_unverified: OnUnverified
) -> BriefContent:
    """The brief's content from a grounded draft.

    Args:
        draft: The model's draft.
        grounded: Its claims and issues with located evidence.
        fixed: Quotes the targeted re-ask found.
        on_unverified: ``"flag"`` keeps unverified evidence, ``"drop"`` removes it (and any
            claim left without evidence), ``"raise"`` raises.

    Raises:
        GroundingError: ``on_unverified="raise"`` and some quotes are not in the article.
    """
    stats = grounded.stats
    stats.fixed_by_reask = fixed
    unverified = grounded.unverified()
    if unverified and on_unverified == "raise":
        raise errors.GroundingError(
            f"{len(unverified)} quote(s) are not in the article: "
            + "; ".join(repr(e.quote[:80]) for _, e in unverified[:5]),
            unverified=[e for _, e in unverified],
        )
    drop = on_unverified == "drop"
    claims: list[Claim] = []
    seen: set[tuple[object, ...]] = set()
    duplicates = 0
    for claim, evidence in grounded.claims:
        key = (
            " ".join(claim.statement.casefold().split()),
            claim.source.actor_id,
            claim.source.kind,
            tuple((e.start, e.end, e.quote) for e in evidence),
        )
        if key in seen:  # small models repeat themselves; a brief says a thing once
            duplicates += 1
            continue
        seen.add(key)
        kept = [e for e in evidence if e.is_grounded] if drop else evidence
        stats.dropped += len(evidence) - len(kept)
        if drop and not kept:
            continue
        claims.append(
            Claim(
                statement=claim.statement,
                source=Source(
                    actor_id=claim.source.actor_id,
                    description=claim.source.description,
                    kind=SourceKind(claim.source.kind),
                ),
                attribution=Attribution(claim.attribution),
                reporting_verb=claim.reporting_verb or None,
                hedging=claim.hedging or None,
                evidence=kept,
            )
        )
    issues: list[UnresolvedIssue] = []
    for issue, evidence in grounded.issues:
        kept = [e for e in evidence if e.is_grounded] if drop else evidence
        stats.dropped += len(evidence) - len(kept)
        issues.append(
            UnresolvedIssue(question=issue.question, why_open=issue.why_open, evidence=kept)
        )
    count_evidence(
        stats, [e for c in claims for e in c.evidence] + [e for i in issues for e in i.evidence]
    )
    return BriefContent(
        headline=draft.headline,
        summary=draft.summary,
        language=draft.language,
        key_actors=[
            Actor(id=a.id, name=a.name, kind=ActorKind(a.kind), role=a.role)
            for a in draft.key_actors
        ],
        claims=claims,
        unresolved_issues=issues,
        grounding=stats,
        notes=list(draft.dropped_notes),
        duplicate_claims=duplicates,
    )


def build_brief(
    content: BriefContent,
    *,
    model: str,
    attempts: int,
    validation_reasks: int,
    usage: Usage,
    duration_seconds: float,
    input_format: Literal["text", "html"],
    withheld: list[tuple[int, int]],
    strategy: Literal["one_pass", "staged"] = "one_pass",
) -> Brief:
    """The public :class:`Brief`: ``content`` with its run metadata."""
    metadata = RunMetadata(
        model=model,
        attempts=attempts,
        validation_reasks=validation_reasks,
        grounding_reasks=sum(1 for c in usage.calls if c.kind == "grounding_reask"),
        usage=usage,
        duration_seconds=duration_seconds,
        grounding=content.grounding,
        input_format=input_format,
        withheld=withheld,
        dropped_claims=content.notes,
        duplicate_claims=content.duplicate_claims,
        strategy=strategy,
        output_language_share=content.output_language_share,
        unsupported_specifics=content.unsupported_specifics,
    )
    return Brief(
        headline=content.headline,
        summary=content.summary,
        language=content.language,
        key_actors=content.key_actors,
        claims=content.claims,
        unresolved_issues=content.unresolved_issues,
        metadata=metadata,
    )
