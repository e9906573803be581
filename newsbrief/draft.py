"""The lean schema the model fills (not the public :class:`~newsbrief.models.Brief`).

Every token of this schema is sent on every call, so names and descriptions are short. The model
gives quotes as plain strings; offsets and statuses are computed later by grounding.
Validation errors raised here are worded for the model: they go back to it in a re-ask.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, model_validator

from newsbrief.models import ActorKind, SourceKind, check_integrity

__all__ = ["Draft", "DraftActor", "DraftClaim", "DraftIssue", "DraftSource", "QuoteFixes"]

ActorKindName = Literal[
    "person", "organization", "government", "anonymous_source", "group", "place", "other"
]
SourceKindName = Literal[
    "named_person", "anonymous", "organization", "media", "document", "article"
]


class DraftActor(BaseModel):
    id: str = Field(description="short slug, e.g. 'blinken'")
    name: str
    kind: ActorKindName
    role: str = ""


class DraftSource(BaseModel):
    actor_id: str | None = Field(description="id of a key actor, or null")
    description: str = Field(description="the source as the article words it")
    kind: SourceKindName = Field(description="'article' when the article itself states it")


class DraftClaim(BaseModel):
    statement: str
    source: DraftSource
    attribution: Literal["direct", "indirect", "unattributed"]
    reporting_verb: str | None = None
    hedging: str | None = None
    quotes: list[str] = Field(
        min_length=1, description="exact words copied from the article that show the claim"
    )


class DraftIssue(BaseModel):
    question: str
    why_open: str
    quotes: list[str] = Field(default_factory=list, description="exact article words")


class Draft(BaseModel):
    """A brief of the article. Quotes are copied character for character from the article."""

    headline: str
    summary: str
    language: str = Field(description="ISO 639-1 code of the article")
    key_actors: list[DraftActor]
    claims: list[DraftClaim] = Field(min_length=1)
    unresolved_issues: list[DraftIssue]

    @model_validator(mode="after")
    def _integrity(self) -> Draft:
        problems = check_integrity(
            [(a.id, a.name, ActorKind(a.kind)) for a in self.key_actors],
            [
                (c.source.actor_id, SourceKind(c.source.kind), c.source.description)
                for c in self.claims
            ],
        )
        if problems:
            raise ValueError("; ".join(problems))
        return self


class QuoteFixes(BaseModel):
    """Corrected quotes, one per numbered quote, in the same order."""

    quotes: list[str | None] = Field(
        description="the exact article words for each numbered quote, or null if none"
    )
