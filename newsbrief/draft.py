"""The lean schema the model fills (not the public :class:`~newsbrief.models.Brief`).

Every token of this schema is sent on every call, so names and descriptions are short. The model
gives quotes as plain strings; offsets and statuses are computed later by grounding.
Validation errors raised here are worded for the model: they go back to it in a re-ask.
"""

from __future__ import annotations

import functools
import pickle
import weakref
from collections.abc import Sequence
from typing import Any, ClassVar, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    JsonValue,
    PrivateAttr,
    ValidationInfo,
    model_validator,
)
from pydantic.json_schema import DEFAULT_REF_TEMPLATE, GenerateJsonSchema, JsonSchemaMode

from newsbrief.models import ActorKind, SourceKind, check_integrity

__all__ = [
    "MAX_MIN_CLAIMS",
    "Draft",
    "DraftActor",
    "DraftClaim",
    "DraftIssue",
    "DraftSource",
    "QuoteFixes",
    "draft_schema_for",
]

MAX_MIN_CLAIMS = 3
"""An article of three paragraphs or more must yield at least this many claims."""
MAX_ITEMS = 12
"""Most key actors and claims in one draft: a grammar-constrained model must close its list."""
MAX_ISSUES = 4
MAX_QUOTES = 2


def _lean_schema(schema: dict[str, Any]) -> None:
    """Drop per-field titles: they repeat the field names and cost tokens on every call."""
    for prop in schema.get("properties", {}).values():
        prop.pop("title", None)


_LEAN = ConfigDict(json_schema_extra=_lean_schema)

# Each schema is kept pickled: unpickling gives every caller a fresh tree of plain dicts, lists and
# strings about five times faster than copy.deepcopy, which every request paid two or three times.
_SCHEMAS: weakref.WeakKeyDictionary[type[BaseModel], dict[tuple[Any, ...], bytes]] = (
    weakref.WeakKeyDictionary()
)


class CachedSchema(BaseModel):
    """A model whose JSON schema is built once per class and argument set.

    Building it walks every field with pydantic's generator: milliseconds that every request
    would pay again, two or three times over (newsbrief's grammar, instructor's prompt). Each
    caller gets a tree of its own, so it may change it.

    Attributes:
        reusable: The class lives for the whole process (not made for one article), so work
            done on it once may be kept.
    """

    reusable: ClassVar[bool] = True

    @classmethod
    def model_json_schema(
        cls,
        by_alias: bool | None = None,
        ref_template: str = DEFAULT_REF_TEMPLATE,
        schema_generator: type[GenerateJsonSchema] = GenerateJsonSchema,
        mode: JsonSchemaMode = "validation",
        *,
        union_format: Literal["any_of", "primitive_type_array"] = "any_of",
    ) -> dict[str, Any]:
        key = (by_alias, ref_template, schema_generator, mode, union_format)
        per_class = _SCHEMAS.setdefault(cls, {})
        if key not in per_class:
            schema = super().model_json_schema(
                by_alias=by_alias,
                ref_template=ref_template,
                schema_generator=schema_generator,
                mode=mode,
                union_format=union_format,
            )
            per_class[key] = pickle.dumps(schema, protocol=pickle.HIGHEST_PROTOCOL)
        fresh: dict[str, Any] = pickle.loads(per_class[key])
        return fresh


ActorKindName = Literal[
    "person", "organization", "government", "anonymous_source", "group", "place", "other"
]
SourceKindName = Literal[
    "named_person", "anonymous", "organization", "media", "document", "article"
]


class DraftActor(BaseModel):
    model_config = _LEAN

    id: str = Field(description="short slug, e.g. 'blinken'")
    name: str
    kind: ActorKindName
    role: str = ""


class DraftSource(BaseModel):
    model_config = _LEAN

    actor_id: str | None = Field(description="id of a key actor, or null")
    description: str = Field(description="who, in the article's words")
    kind: SourceKindName


class DraftClaim(BaseModel):
    model_config = _LEAN

    # Quotes first: the model picks the article's words, then says who they come from.
    quotes: list[str] = Field(
        min_length=1, max_length=MAX_QUOTES, description="verbatim from the article"
    )
    source: DraftSource
    attribution: Literal["direct", "indirect", "unattributed"]
    statement: str
    reporting_verb: str | None = None
    hedging: str | None = None


class DraftIssue(BaseModel):
    model_config = _LEAN

    question: str
    why_open: str
    quotes: list[str] = Field(
        default_factory=list, max_length=MAX_QUOTES, description="verbatim from the article"
    )


class Draft(CachedSchema):
    """A brief of the article. Quotes are copied character for character from the article."""

    model_config = _LEAN

    headline: str
    summary: str
    language: str = Field(description="ISO 639-1 code of the article, e.g. 'it'")
    key_actors: list[DraftActor] = Field(max_length=MAX_ITEMS)
    claims: list[DraftClaim] = Field(min_length=1, max_length=MAX_ITEMS)
    unresolved_issues: list[DraftIssue] = Field(max_length=MAX_ISSUES)
    _dropped: list[str] = PrivateAttr(default_factory=list)

    @property
    def dropped_notes(self) -> list[str]:
        """Why claims were mended or left out when the draft was salvaged (see validation with
        ``context={"salvage": True}``)."""
        return list(self._dropped)

    def _problems(self) -> list[tuple[int | None, str]]:
        return check_integrity(
            [(a.id, a.name, ActorKind(a.kind)) for a in self.key_actors],
            [
                (c.source.actor_id, SourceKind(c.source.kind), c.source.description)
                for c in self.claims
            ],
        )

    @model_validator(mode="after")
    def _integrity(self, info: ValidationInfo) -> Draft:
        problems = self._problems()
        if not problems:
            return self
        if not (info.context or {}).get("salvage"):
            raise ValueError("; ".join(message for _, message in problems))
        # Salvage: keep what holds, say why. An anonymous source tied to an actor that is not
        # an anonymous source keeps its claim and the article's description, without the tie
        # (it must never be promoted to that actor); other claims at fault are dropped.
        unique: dict[str, DraftActor] = {}
        for actor in self.key_actors:
            unique.setdefault(actor.id, actor)
        self.key_actors = list(unique.values())
        notes: list[str] = []
        for n, claim in enumerate(self.claims, start=1):
            source = claim.source
            tied = unique.get(source.actor_id) if source.actor_id is not None else None
            if (
                source.kind == "anonymous"
                and source.actor_id is not None
                and (tied is None or tied.kind != "anonymous_source")
            ):
                who = tied.name if tied is not None else source.actor_id
                notes.append(
                    f"claim {n}: kept as anonymous ({source.description!r}), untied from "
                    f"{who!r}: an anonymous source is never a named actor"
                )
                source.actor_id = None
        problems = self._problems()
        at_fault = {index for index, _ in problems if index is not None}
        self.claims = [c for i, c in enumerate(self.claims) if i not in at_fault]
        self._dropped = notes + [message for _, message in problems]
        if not self.claims:
            raise ValueError("no claim keeps to the integrity rules")
        return self


class ReducedBrief(CachedSchema):
    """One headline and summary for a whole article, from the briefs of its parts."""

    model_config = _LEAN

    headline: str
    summary: str
    language: str = Field(description="ISO 639-1 code of the article, e.g. 'it'")


class QuoteFixes(CachedSchema):
    """Corrected quotes, one per numbered quote, in the same order."""

    model_config = _LEAN

    quotes: list[str | None] = Field(
        description="the exact article words for each numbered quote, or null if none"
    )


@functools.cache
def _draft_with_minimum(minimum: int) -> type[Draft]:
    # Built once per minimum: creating a pydantic model costs milliseconds, per article.
    class DraftWithMinimum(Draft):
        model_config = ConfigDict(title="Draft", json_schema_extra=_lean_schema)
        claims: list[DraftClaim] = Field(min_length=minimum, max_length=MAX_ITEMS)

    return DraftWithMinimum


def draft_schema_for(text: str, quote_choices: Sequence[str] | None = None) -> type[Draft]:
    """The draft schema for ``text``.

    Args:
        text: The article.
        quote_choices: If given, every quote must be one of these strings (sentences of the
            article): a grammar-constrained model can then only quote the article verbatim.

    A six-paragraph article briefed as one claim is not a brief: the schema asks for at least one
    claim per paragraph, up to three, so grammar-constrained models must meet it and others are
    re-asked.
    """
    paragraphs = sum(1 for block in text.split("\n\n") if block.strip())
    minimum = max(1, min(MAX_MIN_CLAIMS, paragraphs))
    if minimum == 1 and not quote_choices:
        return Draft
    if not quote_choices:
        return _draft_with_minimum(minimum)

    allowed: list[JsonValue] = list(dict.fromkeys(quote_choices))
    choices: dict[str, JsonValue] = {"type": "string", "enum": allowed}

    class Claim(DraftClaim):
        model_config = ConfigDict(title="DraftClaim", json_schema_extra=_lean_schema)
        quotes: list[str] = Field(
            min_length=1, max_length=MAX_QUOTES, json_schema_extra={"items": choices}
        )

    class Issue(DraftIssue):
        model_config = ConfigDict(title="DraftIssue", json_schema_extra=_lean_schema)
        quotes: list[str] = Field(
            default_factory=list, max_length=MAX_QUOTES, json_schema_extra={"items": choices}
        )

    class DraftWithChoices(Draft):
        model_config = ConfigDict(title="Draft", json_schema_extra=_lean_schema)
        reusable: ClassVar[bool] = False  # made for one article
        claims: list[Claim] = Field(min_length=minimum, max_length=MAX_ITEMS)  # type: ignore[assignment]
        unresolved_issues: list[Issue] = Field(max_length=MAX_ISSUES)  # type: ignore[assignment]

    return DraftWithChoices
