"""Render a :class:`~newsbrief.models.Brief` as Markdown, JSON or plain text."""

from __future__ import annotations

from typing import Literal

from newsbrief.models import Brief, Claim, Evidence

__all__ = ["OutputFormat", "render", "to_json", "to_markdown", "to_text"]

OutputFormat = Literal["markdown", "json", "text"]

_STATUS_MARK = {
    "verified": "",
    "repaired": " (repaired)",
    "unverified": " **UNVERIFIED: not found in the article**",
}


def _source_line(brief: Brief, claim: Claim) -> str:
    names = {a.id: a.name for a in brief.key_actors}
    source = claim.source
    who = source.description or (names.get(source.actor_id, "") if source.actor_id else "")
    if source.actor_id and source.actor_id in names and names[source.actor_id] != who:
        who = f"{who} ({names[source.actor_id]})" if who else names[source.actor_id]
    return f"{who or 'the article'} [{source.kind.value}, {claim.attribution.value}]"


def _evidence_md(evidence: Evidence) -> str:
    where = f" [{evidence.start}:{evidence.end}]" if evidence.start is not None else ""
    return f"  > “{evidence.quote}”{where}{_STATUS_MARK[evidence.status]}"


def _source_of_article(brief: Brief) -> str:
    info = brief.article
    if info is None:
        return ""
    parts = [p for p in (info.title, info.author, info.site_name, info.date, info.url) if p]
    return "Source: " + " · ".join(parts) if parts else ""


def to_markdown(brief: Brief) -> str:
    """Markdown with claims, their sources and quoted evidence; unverified evidence is marked."""
    lines = [f"# {brief.headline}", ""]
    source = _source_of_article(brief)
    if source:
        lines += [f"_{source}_", ""]
    lines += [brief.summary, ""]
    if brief.key_actors:
        lines += ["## Key actors", ""]
        lines += [
            f"- **{a.name}** ({a.kind.value}){': ' + a.role if a.role else ''}"
            for a in brief.key_actors
        ]
        lines.append("")
    if brief.claims:
        lines += ["## Claims", ""]
        for n, claim in enumerate(brief.claims, start=1):
            lines.append(f"{n}. {claim.statement}  ")
            lines.append(f"   Source: {_source_line(brief, claim)}")
            lines += ["   " + _evidence_md(e) for e in claim.evidence]
        lines.append("")
    if brief.unresolved_issues:
        lines += ["## Unresolved issues", ""]
        for issue in brief.unresolved_issues:
            lines.append(f"- {issue.question}" + (f" ({issue.why_open})" if issue.why_open else ""))
            lines += ["  " + _evidence_md(e) for e in issue.evidence]
        lines.append("")
    meta = brief.metadata
    g = meta.grounding
    if meta.dropped_claims:
        lines += [f"_Left out: {reason}_" for reason in meta.dropped_claims] + [""]
    lines.append(
        f"_{meta.model} · {meta.attempts} call(s) · {meta.usage.total_tokens} tokens · "
        f"{meta.duration_seconds:.1f}s · quotes: {g.verified} verified, {g.repaired} repaired, "
        f"{g.unverified} unverified_"
    )
    return "\n".join(lines) + "\n"


def to_json(brief: Brief) -> str:
    """The whole brief with its metadata as JSON (non-ASCII kept as is)."""
    return brief.model_dump_json(indent=2) + "\n"


def to_text(brief: Brief) -> str:
    """Plain text for terminals and logs."""
    lines = [brief.headline, "", brief.summary, ""]
    for n, claim in enumerate(brief.claims, start=1):
        lines.append(f"{n}. {claim.statement} — {_source_line(brief, claim)}")
        for e in claim.evidence:
            flag = "" if e.is_grounded else "  [UNVERIFIED]"
            lines.append(f'     "{e.quote}"{flag}')
    for issue in brief.unresolved_issues:
        lines.append(f"? {issue.question}")
    return "\n".join(lines) + "\n"


def render(brief: Brief, output_format: OutputFormat = "markdown") -> str:
    """Render ``brief`` in ``output_format`` (``"markdown"``, ``"json"`` or ``"text"``)."""
    renderers = {"markdown": to_markdown, "json": to_json, "text": to_text}
    return renderers[output_format](brief)
