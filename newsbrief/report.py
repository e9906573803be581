"""A brief and its article in, one self-contained HTML page out (and an index for a batch).

The page shows the headline, summary and source, the claims with their sources and evidence, the
key actors, the open questions, the article text with every grounded evidence span highlighted
in place (colour by source kind, solid for a verified quote, dashed for a repaired one), the
spans withheld from the model, and how the brief was made. Each piece of evidence links to its
span and each span links back to its claim; overlapping spans are split into segments, each
listing the spans it belongs to (``data-spans``). Unverified evidence has no offsets: it is
listed with its claim, marked as not found in the article.

Everything the article and the model wrote is untrusted. It reaches the page only through
Jinja2's autoescaping or MarkupSafe's ``Markup.format`` (which escapes every argument); links
are made only from http(s) URLs; and the page's Content-Security-Policy allows no script or
style but its own (by hash), no network access and no forms, so even a missed escape could not
run code. The page needs nothing outside itself: it works from a file and prints.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import Any, Protocol

import jinja2
from markupsafe import Markup

from newsbrief.errors import InputError
from newsbrief.models import ArticleInfo, Brief, Claim, Evidence
from newsbrief.web import redact_url

__all__ = [
    "BatchOutcome",
    "BatchOutcomeError",
    "render_html",
    "write_batch_report",
]

SOURCE_KIND_LABELS = {
    "named_person": "named person",
    "anonymous": "anonymous source",
    "organization": "organisation",
    "media": "media or agency",
    "document": "document",
    "article": "the article's own voice",
}
_ATTRIBUTION_LABELS = {
    "direct": "direct quote",
    "indirect": "reported speech",
    "unattributed": "unattributed",
}
_TEMPLATES = resources.files("newsbrief") / "templates"
_CSS = (_TEMPLATES / "report.css").read_text(encoding="utf-8")
_SCRIPT = (_TEMPLATES / "report.js").read_text(encoding="utf-8")


def _sha256(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


# Only the page's own style and script run; nothing is fetched, framed or submitted.
_CSP = (
    f"default-src 'none'; style-src {_sha256(_CSS)}; script-src {_sha256(_SCRIPT)}; "
    "img-src data:; base-uri 'none'; form-action 'none'"
)
_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("newsbrief", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


class BatchOutcomeError(Protocol):
    """Why an article of a batch has no brief (as :class:`newsbrief.batch.BatchError`)."""

    @property
    def type(self) -> str: ...

    @property
    def message(self) -> str: ...


class BatchOutcome(Protocol):
    """One article's result in a batch (as :class:`newsbrief.BatchResult`)."""

    @property
    def id(self) -> str: ...

    @property
    def brief(self) -> Brief | None: ...

    @property
    def error(self) -> BatchOutcomeError | None: ...


@dataclass(frozen=True)
class _Span:
    key: str  # unique in the page: c3e1 (claim 3, evidence 1), q2e1, w1
    start: int
    end: int
    kind: str  # a SOURCE_KIND_LABELS key, "issue" or "withheld"
    status: str  # verified, repaired or withheld
    back: str  # the id the span links back to
    label: str  # what the back link says ("3", "Q2", "W1")
    title: str  # what the span is, in words


def _version() -> str:
    try:
        return metadata.version("newsbrief")
    except metadata.PackageNotFoundError:
        return "unknown"


def _spans(brief: Brief) -> list[_Span]:
    spans: list[_Span] = []
    for n, claim in enumerate(brief.claims, start=1):
        kind = claim.source.kind.value
        for m, e in enumerate(claim.evidence, start=1):
            if e.is_grounded and e.start is not None and e.end is not None:
                title = f"claim {n}: {SOURCE_KIND_LABELS[kind]}, {e.status}"
                spans.append(
                    _Span(f"c{n}e{m}", e.start, e.end, kind, e.status, f"claim-{n}", str(n), title)
                )
    for n, issue in enumerate(brief.unresolved_issues, start=1):
        for m, e in enumerate(issue.evidence, start=1):
            if e.is_grounded and e.start is not None and e.end is not None:
                spans.append(
                    _Span(
                        f"q{n}e{m}",
                        e.start,
                        e.end,
                        "issue",
                        e.status,
                        f"issue-{n}",
                        f"Q{n}",
                        f"open question {n}, {e.status}",
                    )
                )
    for n, (start, end) in enumerate(brief.metadata.withheld, start=1):
        spans.append(
            _Span(
                f"w{n}",
                start,
                end,
                "withheld",
                "withheld",
                f"withheld-{n}",
                f"W{n}",
                "withheld from the model: it resembles instructions to an AI",
            )
        )
    return spans


def _article_html(text: str, spans: list[_Span]) -> Markup:
    """``text`` with every span in place: split where spans begin or end, each piece marked."""
    bounds = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    out: list[Markup] = []
    for i, here in enumerate(bounds):
        for span in spans:  # back links of spans that end here, then anchors of those starting
            if span.end == here and span.start < here:
                out.append(_back_link(span))
        for span in spans:
            if span.start == here:
                out.append(Markup('<span class="anchor" id="span-{}"></span>').format(span.key))
                if span.end == here:
                    out.append(_back_link(span))
        if i + 1 == len(bounds):
            break
        piece = text[here : bounds[i + 1]]
        covering = [s for s in spans if s.start <= here and s.end >= bounds[i + 1]]
        out.append(_segment(piece, covering))
    return Markup("").join(out)


def _back_link(span: _Span) -> Markup:
    return Markup('<a class="back" href="#{}" aria-label="back to {}">{}</a>').format(
        span.back, span.title.split(":")[0].split(",")[0], span.label
    )


def _segment(piece: str, covering: list[_Span]) -> Markup:
    if not covering:
        return Markup("{}").format(piece)
    keys = " ".join(s.key for s in covering)
    title = "; ".join(s.title for s in covering)
    evidence = sorted((s for s in covering if s.kind != "withheld"), key=lambda s: s.end - s.start)
    if not evidence:
        return Markup('<span class="withheld" data-spans="{}" title="{}">{}</span>').format(
            keys, title, piece
        )
    first = evidence[0]  # the innermost span gives the colour
    classes = [f"k-{first.kind}", first.status]
    if len(evidence) > 1:
        classes.append("overlap")
    if len(evidence) < len(covering):
        classes.append("withheld")
    return Markup('<mark class="{}" data-spans="{}" title="{}">{}</mark>').format(
        " ".join(classes), keys, title, piece
    )


def _evidence_rows(evidence: list[Evidence], prefix: str, linked: bool) -> list[dict[str, Any]]:
    return [
        {
            "key": f"{prefix}e{m}",
            "grounded": e.is_grounded,
            "linked": linked,
            "quote": e.quote,
            "status": e.status,
            "start": e.start,
            "end": e.end,
            "model_quote": e.model_quote if e.model_quote and e.model_quote != e.quote else None,
        }
        for m, e in enumerate(evidence, start=1)
    ]


def _who(brief: Brief, claim: Claim) -> str:
    names = {a.id: a.name for a in brief.key_actors}
    source = claim.source
    name = names.get(source.actor_id or "")
    who = source.description or name or ""
    if name and name != who:
        who = f"{who} ({name})"
    return who or "the article"


def _source_rows(info: ArticleInfo | None) -> list[tuple[str, str, str | None]]:
    if info is None:
        return []
    rows: list[tuple[str, str, str | None]] = []
    for label, value in (("Title", info.title), ("Site", info.site_name),
                         ("Author", info.author), ("Published", info.date),
                         ("Language", info.language)):  # fmt: skip
        if value:
            rows.append((label, value, None))
    if info.url:
        shown = redact_url(info.url)
        href = shown if re.match(r"(?i)https?://[^\s]", shown) else None
        rows.append(("URL", shown, href))
    return rows


def _run_rows(brief: Brief) -> list[tuple[str, str]]:
    meta = brief.metadata
    g = meta.grounding
    usage = meta.usage
    calls = (
        f"{meta.attempts} ({meta.validation_reasks} validation re-asks, "
        f"{meta.grounding_reasks} grounding re-asks)"
    )
    tokens = f"{usage.total_tokens:,} ({usage.prompt_tokens:,} in, {usage.completion_tokens:,} out)"
    quotes = (
        f"{g.verified} verified, {g.repaired} repaired, {g.unverified} unverified, "
        f"{g.dropped} dropped; {g.fixed_by_reask} found after a re-ask"
    )
    html_input = "HTML (offsets index the text extracted from it)"
    rows = [
        ("Model", meta.model),
        ("Calls", calls),
        ("Tokens", tokens),
        (
            "Time",
            f"{meta.duration_seconds:.1f} s" + (" (from the cache)" if meta.cache_hit else ""),
        ),
        ("Quotes", quotes),
        ("Input", html_input if meta.input_format == "html" else "text"),
        ("Language found", brief.language),
    ]
    if meta.chunks:
        rows.append(("Chunks", f"{len(meta.chunks)} (a long article briefed in parts)"))
    if meta.withheld:
        rows.append(("Withheld", f"{len(meta.withheld)} line(s) resembling instructions to an AI"))
    if meta.duplicate_claims:
        rows.append(("Repeated claims left out", str(meta.duplicate_claims)))
    for name, others in meta.merged_names.items():
        rows.append(("Names merged", f"{name}: {', '.join(others)}"))
    return rows


def _check(brief: Brief, text: str) -> None:
    wrong = brief.check_offsets(text)
    outside = [(s, e) for s, e in brief.metadata.withheld if not 0 <= s <= e <= len(text)]
    if not wrong and not outside:
        return
    detail = ""
    if wrong:
        e = wrong[0]
        found = text[e.start : e.end][:60]
        detail = (
            f" (first: [{e.start}:{e.end}] is {found!r} in the text, {e.quote[:60]!r} in the brief)"
        )
    raise InputError(
        f"This text is not the one the brief's offsets index: {len(wrong) + len(outside)} "
        f"span(s) do not match{detail}. Pass the text the brief was made from (for a web page, "
        "the extracted text: brief.article.text)."
    )


def _render(brief: Brief, text: str | None, notes: list[str]) -> str:
    info = brief.article
    spans = _spans(brief)
    claims = [
        {
            "n": n,
            "statement": c.statement,
            "kind": c.source.kind.value,
            "kind_label": SOURCE_KIND_LABELS[c.source.kind.value],
            "source": _who(brief, c),
            "attribution": _ATTRIBUTION_LABELS[c.attribution.value],
            "verb": c.reporting_verb,
            "hedging": c.hedging,
            "evidence": _evidence_rows(c.evidence, f"c{n}", text is not None),
        }
        for n, c in enumerate(brief.claims, start=1)
    ]
    actors = [
        {
            "name": a.name,
            "kind": a.kind.value.replace("_", " "),
            "role": a.role,
            "claims": [n for n, c in enumerate(brief.claims, 1) if c.source.actor_id == a.id],
        }
        for a in brief.key_actors
    ]
    issues = [
        {
            "n": n,
            "question": u.question,
            "why_open": u.why_open,
            "evidence": _evidence_rows(u.evidence, f"q{n}", text is not None),
        }
        for n, u in enumerate(brief.unresolved_issues, start=1)
    ]
    withheld = [
        {"n": n, "start": s, "end": e, "excerpt": text[s:e][:200] if text is not None else ""}
        for n, (s, e) in enumerate(brief.metadata.withheld, start=1)
    ]
    language = (info.language if info and info.language else None) or brief.language
    page_lang = brief.language if re.fullmatch(r"[A-Za-z]{2,3}", brief.language) else "und"
    text_lang = language if re.fullmatch(r"[A-Za-z]{2,3}", language) else "und"
    return _ENV.get_template("report.html.j2").render(
        brief=brief,
        info=info,
        source_rows=_source_rows(info),
        legend=[*SOURCE_KIND_LABELS.items(), ("issue", "open question")],
        claims=claims,
        actors=actors,
        issues=issues,
        withheld=withheld if text is not None else [],
        article_html=_article_html(text, spans) if text is not None else None,
        text_length=f"{len(text):,}" if text is not None else "0",
        text_lang=text_lang,
        page_lang=page_lang,
        notes=notes,
        run_rows=_run_rows(brief),
        dropped=brief.metadata.dropped_claims,
        css=Markup(_CSS),
        script=Markup(_SCRIPT),
        csp=_CSP,
        version=_version(),
    )


def render_html(brief: Brief, text: str | None = None) -> str:
    """One self-contained HTML page of ``brief`` with its article's text, evidence in place.

    Args:
        brief: The brief.
        text: The text the brief's offsets index: the caller's article text, or for a web page
            the extracted text. Defaults to ``brief.article.text``; without either, the page
            lists the evidence without showing it in place.

    Returns:
        The page, as a string (UTF-8 when written to a file).

    Raises:
        InputError: ``text`` is not the text the brief's offsets index (a quote differs from the
            text at its offsets, or a withheld span falls outside it).
    """
    if text is None and brief.article is not None:
        text = brief.article.text
    if text is not None:
        _check(brief, text)
    return _render(brief, text, [])


def _file_name(article_id: str, taken: set[str]) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", article_id).strip(".-")[:80] or "article"
    name, n = f"{stem}.html", 1
    while name.lower() in taken or name.lower() == "index.html":
        n += 1
        name = f"{stem}-{n}.html"
    taken.add(name.lower())
    return name


def write_batch_report(
    results: Iterable[BatchOutcome],
    out_dir: str | Path,
    texts: Mapping[str, str] | None = None,
) -> Path:
    """Write one page per article of a batch and an ``index.html`` linking them.

    Args:
        results: The batch's results (``newsbrief.BatchResult`` or alike: ``id``, ``brief``,
            ``error``).
        out_dir: The folder to write to (created if missing; pages there are overwritten).
        texts: The article texts by id (the text each brief's offsets index). A brief without
            one uses ``brief.article.text``; without either, or with a text its offsets do not
            match, its page lists the evidence without showing it in place and says why.

    Returns:
        The path of ``index.html``.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    texts = texts or {}
    taken: set[str] = set()
    rows: list[dict[str, Any]] = []
    for result in results:
        row: dict[str, Any] = {"id": result.id, "brief": result.brief, "error": result.error}
        brief = result.brief
        if brief is not None:
            text = texts.get(result.id)
            if text is None and brief.article is not None:
                text = brief.article.text
            notes: list[str] = []
            if text is not None:
                try:
                    _check(brief, text)
                except InputError as exc:
                    notes.append(exc.message)
                    text = None
            row["file"] = _file_name(result.id, taken)
            row["note"] = notes[0] if notes else ("" if text is not None else "no article text")
            (out / row["file"]).write_text(_render(brief, text, notes), encoding="utf-8")
            g = brief.metadata.grounding
            row["quotes"] = f"{g.verified} / {g.repaired} / {g.unverified}"
        rows.append(row)
    index = _ENV.get_template("index.html.j2").render(
        rows=rows,
        ok=sum(1 for r in rows if r["brief"] is not None),
        css=Markup(_CSS),
        script=Markup(_SCRIPT),
        csp=_CSP,
        version=_version(),
    )
    path = out / "index.html"
    path.write_text(index, encoding="utf-8")
    return path
