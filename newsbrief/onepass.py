"""The one-pass strategy: ask for the whole brief at once, with quotes copied from the article.

One call for the draft (re-asked by instructor when it fails validation; a last answer that only
breaks integrity rules is salvaged without the claims at fault), grounding of every quote, then
one targeted re-ask naming only the quotes not found. Suited to strong hosted models; small
models do better with :mod:`newsbrief.staged`.

Written as a generator (see :mod:`newsbrief.calls`): it yields :class:`~newsbrief.prompt.Request`
s and receives their answers, so one body of logic serves sync, async and batch paths.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from newsbrief import errors
from newsbrief.article import Article, sentences
from newsbrief.assemble import BriefContent, OnUnverified, content_from_draft
from newsbrief.draft import Draft, QuoteFixes, draft_schema_for
from newsbrief.grounding import apply_fixes, ground_draft, quote_fix_request
from newsbrief.prompt import Request, build_messages

__all__ = ["draft_request", "one_pass", "salvage"]


def draft_request(
    article: Article, language: str, *, constrain_quotes: bool, schema_is_grammar: bool
) -> Request:
    """The request for the whole draft of ``article``.

    Args:
        article: The checked article.
        language: The brief's language (ISO 639-1, or ``"source"``).
        constrain_quotes: Allow only the article's sentences as quotes (an ``enum``).
        schema_is_grammar: The backend enforces the schema as a grammar: the prompt then shows
            the schema without the sentences, which the grammar alone holds the model to.
    """
    messages = build_messages(article.model_text, language)
    if not constrain_quotes:
        return Request(draft_schema_for(article.text), messages)
    constrained = draft_schema_for(article.text, sentences(article.model_text))
    if not schema_is_grammar:
        return Request(constrained, messages)
    return Request(draft_schema_for(article.text), messages, grammar_model=constrained)


def salvage(error: errors.ValidationExhaustedError) -> Draft:
    """The last answer without the claims that break integrity rules, if that leaves a brief.

    Raises:
        ValidationExhaustedError: ``error`` itself, when nothing can be salvaged.
    """
    if error.last_draft:
        try:
            return Draft.model_validate_json(error.last_draft, context={"salvage": True})
        except ValueError:  # pydantic's ValidationError included
            pass
    raise error


def one_pass(
    article: Article,
    *,
    language: str,
    on_unverified: OnUnverified,
    constrain_quotes: bool,
    schema_is_grammar: bool,
    grounding_reask: bool = True,
) -> Generator[Request, Any, BriefContent]:
    """Brief ``article`` in one pass, then re-ask once for the quotes not found.

    A re-ask that cannot be made or fails (its answer invalid or refused, the deadline passed, a
    path with no further calls) leaves those quotes flagged; a provider failure surfaces.
    """
    request = draft_request(
        article, language, constrain_quotes=constrain_quotes, schema_is_grammar=schema_is_grammar
    )
    try:
        draft: Draft = yield request
    except errors.ValidationExhaustedError as error:
        draft = salvage(error)
    grounded = ground_draft(draft, article.text)
    fixed = 0
    fix = quote_fix_request(article.model_text, grounded) if grounding_reask else None
    if fix is not None:
        try:
            fixes: QuoteFixes = yield fix
        except errors.DeadlineExceededError:
            pass  # the draft is valid: its quotes stay flagged
        except errors.ProviderError:
            raise
        except errors.NewsbriefError:
            pass  # an invalid answer, a refusal, a path with no further calls: flagged too
        else:
            fixed = apply_fixes(grounded, fixes.quotes)
    return content_from_draft(draft, grounded, fixed, on_unverified)
