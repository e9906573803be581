"""The public types of a brief.

A :class:`Brief` holds what the article says (``headline``, ``summary``, ``key_actors``, ``claims``,
``unresolved_issues``) and, apart from it, :class:`RunMetadata` about how it was made. Offsets and
evidence statuses are computed by newsbrief from the article text, never taken from the model.
"""

from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "Actor",
    "ActorKind",
    "ArticleInfo",
    "Attribution",
    "Brief",
    "Claim",
    "Evidence",
    "EvidenceStatus",
    "GroundingStats",
    "RunMetadata",
    "Source",
    "SourceKind",
    "UnresolvedIssue",
    "Usage",
    "UsageRecord",
    "check_integrity",
]


class ActorKind(str, Enum):
    """What kind of actor the article names."""

    PERSON = "person"
    ORGANIZATION = "organization"
    GOVERNMENT = "government"
    ANONYMOUS_SOURCE = "anonymous_source"
    GROUP = "group"
    PLACE = "place"
    OTHER = "other"


class SourceKind(str, Enum):
    """Who stands behind a claim."""

    NAMED_PERSON = "named_person"
    ANONYMOUS = "anonymous"
    ORGANIZATION = "organization"
    MEDIA = "media"
    DOCUMENT = "document"
    ARTICLE = "article"
    """The article's own, unattributed voice."""


class Attribution(str, Enum):
    """How the article attributes a claim to its source."""

    DIRECT = "direct"
    """A direct quotation of the source's words."""
    INDIRECT = "indirect"
    """Reported speech or paraphrase ("X said that ...")."""
    UNATTRIBUTED = "unattributed"
    """Stated by the article without naming a source."""


EvidenceStatus = Literal["verified", "repaired", "unverified"]

_STRICT = ConfigDict(extra="forbid", frozen=True)


class Actor(BaseModel):
    """A key actor of the article.

    Attributes:
        id: Short slug that claims refer to (unique within a brief).
        name: The actor's name, or the article's own description for an anonymous source.
        kind: What kind of actor this is.
        role: The actor's role in the story.
    """

    model_config = _STRICT

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    kind: ActorKind
    role: str = ""


class Source(BaseModel):
    """Who a claim is attributed to.

    Attributes:
        actor_id: The key actor behind the claim, when the source is one of them.
        description: The source as the article words it ("un funzionario statunitense").
        kind: The kind of source.
    """

    model_config = _STRICT

    actor_id: str | None = None
    description: str = ""
    kind: SourceKind


class Evidence(BaseModel):
    """Words of the article that show a claim or raise an issue.

    Attributes:
        quote: The article's own words when ``status`` is ``verified`` or ``repaired``
            (``article[start:end] == quote``); the model's words when ``unverified``.
        start: Offset of the first character in the caller's original text, or ``None``.
        end: Offset one past the last character, or ``None``.
        status: ``verified`` (found exactly as the model gave it), ``repaired`` (found once
            typography is set aside, never a changed word: see :func:`newsbrief.locate_quote`) or
            ``unverified`` (not found in the article).
        model_quote: The quote as the model gave it, when it differs from ``quote``.
    """

    model_config = _STRICT

    quote: str
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)
    status: EvidenceStatus
    model_quote: str | None = None

    @model_validator(mode="after")
    def _offsets_match_status(self) -> Evidence:
        located = self.start is not None and self.end is not None
        if self.status == "unverified":
            if self.start is not None or self.end is not None:
                raise ValueError("unverified evidence has no offsets")
        elif not located:
            raise ValueError(f"{self.status} evidence needs start and end offsets")
        elif self.end is not None and self.start is not None and self.end < self.start:
            raise ValueError("evidence end is before its start")
        return self

    @property
    def is_grounded(self) -> bool:
        """Whether the quote was found in the article (``verified`` or ``repaired``)."""
        return self.status != "unverified"


class Claim(BaseModel):
    """A claim the article makes, attributed to its source.

    Attributes:
        statement: The claim, in the brief's output language.
        source: Who the article attributes it to.
        attribution: Direct quote, indirect/paraphrase, or unattributed.
        reporting_verb: The article's verb of saying ("ha dichiarato"), if any.
        hedging: Hedging words that qualify the claim ("reportedly"), if any.
        evidence: The article's words that show the claim.
    """

    model_config = _STRICT

    statement: str = Field(min_length=1)
    source: Source
    attribution: Attribution
    reporting_verb: str | None = None
    hedging: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class UnresolvedIssue(BaseModel):
    """A question the article leaves open.

    Attributes:
        question: The open question, in the output language.
        why_open: Why the article leaves it open.
        evidence: The article's words that raise it.
    """

    model_config = _STRICT

    question: str = Field(min_length=1)
    why_open: str = ""
    evidence: list[Evidence] = Field(default_factory=list)


CallKind = Literal[
    "initial",
    "validation_reask",
    "grounding_reask",
    "transport_retry",
    "reduce",
    "stage",
    "stage_reask",
]


class UsageRecord(BaseModel):
    """Tokens of one HTTP call to the model.

    Attributes:
        kind: Why the call was made (``reduce``: the headline and summary of a long article
            from its chunks' briefs; ``stage``: one question of the staged strategy,
            ``stage_reask`` its own re-ask of an answer that failed a check).
        prompt_tokens: Input tokens billed.
        completion_tokens: Output tokens billed.
        chunk: For a long article briefed in chunks, the chunk the call was for.
        stage: For the staged strategy, the stage the call was for (``actors``, ``sources``...).
    """

    model_config = _STRICT

    kind: CallKind
    prompt_tokens: int = 0
    completion_tokens: int = 0
    chunk: int | None = None
    stage: str | None = None

    @property
    def total_tokens(self) -> int:
        """Input plus output tokens."""
        return self.prompt_tokens + self.completion_tokens


class Usage(BaseModel):
    """Ledger of every call that returned a completion: attempts, re-asks and chunk calls.

    Calls that failed in transport (no completion) cost no tokens and appear only in
    ``RunMetadata.attempts``.
    """

    model_config = ConfigDict(extra="forbid")

    calls: list[UsageRecord] = Field(default_factory=list)

    @property
    def prompt_tokens(self) -> int:
        """Input tokens over all calls."""
        return sum(c.prompt_tokens for c in self.calls)

    @property
    def completion_tokens(self) -> int:
        """Output tokens over all calls."""
        return sum(c.completion_tokens for c in self.calls)

    @property
    def total_tokens(self) -> int:
        """All tokens over all calls."""
        return self.prompt_tokens + self.completion_tokens


class GroundingStats(BaseModel):
    """What grounding did with the model's quotes.

    Attributes:
        verified: Quotes found exactly.
        repaired: Quotes found once typography is set aside (see :func:`newsbrief.locate_quote`).
        unverified: Quotes not found and kept (flagged).
        dropped: Quotes not found and dropped (``on_unverified="drop"``).
        fixed_by_reask: Quotes that were not found at first but were after the targeted re-ask.
    """

    model_config = ConfigDict(extra="forbid")

    verified: int = 0
    repaired: int = 0
    unverified: int = 0
    dropped: int = 0
    fixed_by_reask: int = 0


class RunMetadata(BaseModel):
    """How a brief was made, kept apart from what the article says.

    Attributes:
        model: The model that wrote the brief.
        attempts: HTTP calls made, including transport retries and re-asks.
        validation_reasks: Re-asks made because an answer failed validation.
        grounding_reasks: Re-asks made because quotes were not found in the article.
        usage: Token ledger of every call.
        duration_seconds: Wall time for the whole article.
        cache_hit: Whether the brief came from the cache.
        grounding: What grounding did with the model's quotes.
        input_format: ``"html"`` when the input was HTML: offsets then index
            ``brief.article.text``, the article text extracted from the page.
        withheld: Spans of the article withheld from the model because they look like
            instructions to an AI (see :mod:`newsbrief.article`).
        dropped_claims: Why claims were mended or left out: when the model's last answer still
            broke an integrity rule after the re-ask, an anonymous source tied to a named actor
            keeps its claim without the tie, other claims at fault are dropped, and the rest of
            the brief is kept.
        duplicate_claims: Claims the model repeated word for word (same source and evidence),
            left out of the brief.
        chunks: ``(start, end)`` of each chunk a long article was briefed in (see
            :mod:`newsbrief.chunking`); empty when it fitted the model's context whole.
        merged_names: For a chunked article, each actor's name and the other spellings of it
            that the chunks used and the merge folded into it.
        strategy: How the model was asked: ``"one_pass"`` (the whole brief at once, quotes
            copied from the article) or ``"staged"`` (short questions over the article's
            numbered sentences; evidence is the article's own sentences).
        output_language_share: Share of the brief's own text (headline, summary, statements,
            questions) found to be in the requested language, where it was measured.
        unsupported_specifics: Numbers, dates and names the model wrote that the article does
            not contain, which were left out of the brief (the model's invention).
    """

    model_config = ConfigDict(extra="forbid")

    model: str
    attempts: int = 0
    validation_reasks: int = 0
    grounding_reasks: int = 0
    usage: Usage = Field(default_factory=Usage)
    duration_seconds: float = 0.0
    cache_hit: bool = False
    grounding: GroundingStats = Field(default_factory=GroundingStats)
    input_format: Literal["text", "html"] = "text"
    withheld: list[tuple[int, int]] = Field(default_factory=list)
    dropped_claims: list[str] = Field(default_factory=list)
    duplicate_claims: int = 0
    chunks: list[tuple[int, int]] = Field(default_factory=list)
    merged_names: dict[str, list[str]] = Field(default_factory=dict)
    strategy: Literal["one_pass", "staged"] = "one_pass"
    output_language_share: float | None = None
    unsupported_specifics: list[str] = Field(default_factory=list)


class ArticleInfo(BaseModel):
    """Where the article came from, when it was a web page or a URL.

    Every field is what the page itself says (or the URL it was fetched from), ``None`` where it
    says nothing.

    Attributes:
        title: The article's title.
        author: Its author or authors, as the page names them.
        date: Its publication date, ISO 8601 (``"2026-03-14"``).
        site_name: The publication or site ("The Tidewater Courier").
        url: The page's URL (after redirects, without any ``user:password@`` part).
        language: The language the page declares (ISO 639-1), which may differ from
            :attr:`Brief.language`, the language newsbrief found.
        text: The article text extracted from the page: the text the brief's evidence offsets
            index. ``None`` when the input was plain text (the offsets then index the caller's
            own text).
    """

    model_config = ConfigDict(extra="forbid")

    title: str | None = None
    author: str | None = None
    date: str | None = None
    site_name: str | None = None
    url: str | None = None
    language: str | None = None
    text: str | None = None


class Brief(BaseModel):
    """A grounded, source-attributed brief of one article.

    Attributes:
        headline: One-line headline, in the output language.
        summary: A few sentences, in the output language.
        language: The article's language (ISO 639-1).
        key_actors: The people, organisations and sources that matter.
        claims: What the article claims, each with its source and evidence.
        unresolved_issues: What the article leaves open.
        metadata: How the brief was made.
        article: The source page's title, author, date, site, URL and language, and the text
            extracted from it (which the evidence offsets then index), when the input was HTML
            or a URL; ``None`` for plain text and for briefs made before this field existed.
    """

    model_config = ConfigDict(extra="forbid")

    headline: str
    summary: str
    language: str
    key_actors: list[Actor] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    unresolved_issues: list[UnresolvedIssue] = Field(default_factory=list)
    metadata: RunMetadata
    article: ArticleInfo | None = None

    @model_validator(mode="after")
    def _integrity(self) -> Brief:
        problems = check_integrity(
            [(a.id, a.name, a.kind) for a in self.key_actors],
            [(c.source.actor_id, c.source.kind, c.source.description) for c in self.claims],
        )
        if problems:
            raise ValueError("; ".join(message for _, message in problems))
        return self

    def evidence(self) -> list[Evidence]:
        """All evidence of the brief, claims first, in order."""
        found = [e for c in self.claims for e in c.evidence]
        return found + [e for u in self.unresolved_issues for e in u.evidence]

    def check_offsets(self, text: str) -> list[Evidence]:
        """Return the grounded evidence whose offsets do not hold in ``text`` (empty when honest).

        Args:
            text: The article text the brief was made from.
        """
        return [e for e in self.evidence() if e.is_grounded and text[e.start : e.end] != e.quote]


def check_integrity(
    actors: list[tuple[str, str, ActorKind]],
    sources: list[tuple[str | None, SourceKind, str]],
) -> list[tuple[int | None, str]]:
    """Check the rules that tie claims to actors; shared by the draft schema and :class:`Brief`.

    Args:
        actors: ``(id, name, kind)`` of each key actor.
        sources: ``(actor_id, source kind, description)`` of each claim's source.

    Returns:
        ``(index of the claim at fault or None, message)`` per broken rule, the message worded
        for a model to fix it; empty when all hold.
    """
    problems: list[tuple[int | None, str]] = []
    ids = [a[0] for a in actors]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        problems.append((None, f"key_actors ids must be unique; repeated: {', '.join(duplicates)}"))
    by_id = {a[0]: a for a in actors}
    person_names = {a[1].casefold() for a in actors if a[2] is ActorKind.PERSON}
    for index, (actor_id, kind, description) in enumerate(sources):
        n = index + 1
        actor = by_id.get(actor_id) if actor_id is not None else None
        if actor_id is not None and actor is None:
            problems.append((index, (
                f"claim {n}: source.actor_id {actor_id!r} is not a key_actors id "
                f"(use one of {', '.join(ids) or 'none'}, or null)"
            )))  # fmt: skip
        if kind is SourceKind.ANONYMOUS:
            if actor is not None and actor[2] is not ActorKind.ANONYMOUS_SOURCE:
                problems.append((index, (
                    f"claim {n}: an anonymous source cannot be the {actor[2].value} "
                    f"{actor[1]!r}; keep the article's description and use an "
                    "anonymous_source actor or null"
                )))  # fmt: skip
            if description.strip().casefold() in person_names:
                problems.append((index, (
                    f"claim {n}: an anonymous source cannot be described by a person's name "
                    f"({description!r}); use the article's own words for the source"
                )))  # fmt: skip
    return problems
