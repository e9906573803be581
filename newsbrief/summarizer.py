"""The :class:`Summarizer`: configuration, planning, the cache, and thin sync and async shells.

What a brief goes through, one module each: checked input (:mod:`newsbrief.article`), the
strategy that asks the model (:mod:`newsbrief.onepass`), calls (:mod:`newsbrief.calls`),
grounding (:mod:`newsbrief.grounding`), assembly (:mod:`newsbrief.assemble`), and for long
articles chunking and merging (:mod:`newsbrief.chunking`, :mod:`newsbrief.merging`). This module
decides which of them run, and in which order.
"""

from __future__ import annotations

import asyncio
import hashlib
import inspect
import json
import os
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any, Literal

from openai.types.chat import ChatCompletion

from newsbrief import cues, errors, staged, stages
from newsbrief.article import Article, InputFormat, looks_like_html, prepare_article
from newsbrief.assemble import BriefContent, OnUnverified, build_brief
from newsbrief.cache import BriefCache, cache_key, open_cache
from newsbrief.calls import Run, Strategy, adrive, drive, replay, request_body
from newsbrief.chunking import Chunk, estimate_tokens, split_into_chunks
from newsbrief.draft import Draft, QuoteFixes, ReducedBrief
from newsbrief.injection import without_leaks
from newsbrief.merging import assemble_long_brief
from newsbrief.models import Brief, Usage
from newsbrief.onepass import one_pass
from newsbrief.prompt import (
    REDUCE_PROMPT,
    SYSTEM_PROMPT,
    Request,
    build_messages,
    build_reduce_messages,
)
from newsbrief.providers import DEFAULT_MAX_RESPONSE_BYTES, ModeName, resolve_backend
from newsbrief.providers.testmodel import TestModel
from newsbrief.retry import DEFAULT_TIMEOUT, CallBudget, RetryPolicy
from newsbrief.staged import staged_strategy
from newsbrief.version import __version__
from newsbrief.web import WebArticle, extract_article

__all__ = [
    "ArticleSource",
    "LongArticles",
    "OnUnverified",
    "Summarizer",
    "asummarize",
    "schema_version",
    "summarize",
]

ArticleSource = str | bytes | WebArticle
"""What a summarizer takes: article text (``str``, or UTF-8 ``bytes``), a page's HTML, or a
:class:`~newsbrief.web.WebArticle` from :func:`~newsbrief.web.fetch_article` /
:func:`~newsbrief.web.extract_article`."""
LongArticles = Literal["chunk", "error"]
Strategy_ = Literal["auto", "one_pass", "staged"]

PROMPT_RESERVE_TOKENS = 1_500
"""Tokens kept for the system prompt, instructions and schema as instructor's JSON mode embeds
them (see benchmarks/README.md for the measured figure)."""
OUTPUT_RESERVE_TOKENS = 2_048
"""Room kept for the answer when the request sets no ``max_tokens``."""
CHUNK_CONCURRENCY = 4
"""Chunks of one long article briefed at once by :meth:`Summarizer.asummarize`."""
_ON_UNVERIFIED = ("flag", "drop", "raise")


@cache
def schema_version() -> str:
    """A short hash of what the model is asked and how its answer is read: the system prompt,
    the message template, the draft and quote-fix schemas, the staged strategy's prompts and
    rules (the source of its modules, whose questions are built per article) and newsbrief's
    version. Cached briefs made under another version are not reused."""
    parts = [
        __version__,
        SYSTEM_PROMPT,
        *(inspect.getsource(module) for module in (stages, staged, cues)),
        json.dumps(build_messages("{article}", "en"), sort_keys=True),
        json.dumps(Draft.model_json_schema(), sort_keys=True),
        json.dumps(QuoteFixes.model_json_schema(), sort_keys=True),
        REDUCE_PROMPT,
        json.dumps(ReducedBrief.model_json_schema(), sort_keys=True),
    ]
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:16]


class Summarizer:
    """Makes grounded, source-attributed briefs with one configured model.

    Args:
        model: A model string: ``"openai/gpt-4.1-mini"``, ``"ollama/llama3.1"``, any
            ``instructor.from_provider`` string, a server's model name with ``base_url``, or
            ``"local"``; or ``"test"`` / a :class:`~newsbrief.testing.TestModel` for tests.
            Defaults to ``NEWSBRIEF_MODEL``, else OpenAI when ``OPENAI_API_KEY`` is set, else the
            embedded model when installed.
        client: A ready ``openai.OpenAI``/``AsyncOpenAI`` or instructor client (then ``model``
            names the model to call).
        base_url: An OpenAI-compatible endpoint (Ollama, vLLM, llama.cpp server).
        api_key: Key for ``base_url`` or OpenAI. An OpenAI key from the environment is never sent
            to a ``base_url`` given here.
        language: ISO 639-1 code of the brief's language, or ``"source"`` for the article's.
        max_retries: Transport retries per article (429, 5xx, connection errors); overrides
            ``retry_policy.max_transport_retries``.
        timeout: Deadline in seconds for a whole article: every attempt, every wait and every
            response body read (default 600; ``None`` for none). A server that trickles its
            answer is cut off at the deadline; what holds for which backend is in the
            reliability guide (docs/guides/reliability.md, "Deadlines").
        on_unverified: What to do with quotes not found in the article after the targeted
            re-ask: ``"flag"`` (keep, status ``unverified``), ``"drop"`` (remove them, and any
            claim left without evidence) or ``"raise"`` (:class:`~newsbrief.GroundingError`).
        retry_policy: Full control of retries and re-asks.
        mode: Force an instructor mode (``"tools"``, ``"json"``, ``"json_schema"``, ``"md_json"``).
        temperature: Sampling temperature sent to the model, if set.
        max_output_tokens: Cap on the model's output tokens, if set.
        input_format: ``"auto"`` (HTML is detected and turned into text), ``"text"`` or ``"html"``.
        context_window: The model's context in tokens, to chunk (or refuse) too-long articles
            before any call; known for OpenAI models and the embedded model.
        withhold_instructions: Withhold lines that look like instructions to an AI from the
            model (see :mod:`newsbrief.article`); they stay in the text offsets index.
        constrain_quotes: Allow only the article's sentences as quotes, via an ``enum`` in the
            schema. Default: on for the embedded model, whose output the schema binds as a
            grammar (so its quotes are always verbatim); off elsewhere.
        cache: Keep briefs on disk so a repeated article costs no call: ``True`` (the default
            directory, see :mod:`newsbrief.cache`), a directory, or a
            :class:`~newsbrief.BriefCache`. Off by default.
        long_articles: An article too long for the model's context is split into chunks
            (``"chunk"``, see :mod:`newsbrief.chunking`): each is briefed, the briefs are merged
            (actors unified across spellings, repeated claims dropped, offsets into the whole
            text) and one more call writes the headline and summary. ``"error"`` raises
            :class:`~newsbrief.ArticleTooLongError` instead. For a chunked article, ``timeout``
            applies to each chunk.
        chunk_tokens: Tokens per chunk; default: what fits the context.
        max_response_bytes: The largest response body read from an OpenAI or OpenAI-compatible
            server (clients newsbrief builds), counted after decompression; a larger one ends in
            :class:`~newsbrief.ResponseTooLargeError`. Default 8 MiB.
        strategy: How the model is asked. ``"one_pass"``: the whole brief at once, quotes
            copied from the article, then one re-ask for the quotes not found (capable models).
            ``"staged"``: short questions that share one prompt prefix over the article's
            numbered sentences (who the actors are, who said each sentence, what is left
            open, then the headline), evidence taken from the article's own sentences (small
            models; see :mod:`newsbrief.staged`). ``"auto"`` (default): what the backend
            suits, staged for the embedded model, one pass otherwise.

    Raises:
        ConfigurationError: The options do not name a reachable model (checked without network).
    """

    def __init__(
        self,
        model: str | TestModel | None = None,
        *,
        client: Any = None,
        base_url: str | None = None,
        api_key: str | None = None,
        language: str = "en",
        max_retries: int | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        on_unverified: OnUnverified = "flag",
        retry_policy: RetryPolicy | None = None,
        mode: ModeName | None = None,
        temperature: float | None = None,
        max_output_tokens: int | None = None,
        input_format: InputFormat = "auto",
        context_window: int | None = None,
        withhold_instructions: bool = True,
        constrain_quotes: bool | None = None,
        cache: bool | str | Path | BriefCache | None = None,
        long_articles: LongArticles = "chunk",
        chunk_tokens: int | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        strategy: Strategy_ = "auto",
    ) -> None:
        if on_unverified not in _ON_UNVERIFIED:
            raise errors.ConfigurationError(
                f"on_unverified must be one of {', '.join(_ON_UNVERIFIED)}, not {on_unverified!r}."
            )
        if not isinstance(language, str) or not language.strip():
            raise errors.ConfigurationError("language must be an ISO 639-1 code or 'source'.")
        if timeout is not None and timeout <= 0:
            raise errors.ConfigurationError("timeout must be a positive number of seconds.")
        policy = retry_policy or RetryPolicy()
        if max_retries is not None:
            if max_retries < 0:
                raise errors.ConfigurationError("max_retries cannot be negative.")
            policy = replace(policy, max_transport_retries=max_retries)
        self.language = language
        self.timeout = timeout
        self.on_unverified: OnUnverified = on_unverified
        self.retry_policy = policy
        if input_format not in ("auto", "text", "html"):
            raise errors.ConfigurationError("input_format must be 'auto', 'text' or 'html'.")
        self.input_format: InputFormat = input_format
        self.context_window = context_window
        self.withhold_instructions = withhold_instructions
        self.constrain_quotes = constrain_quotes
        self.mode = mode
        self.cache = open_cache(cache)
        if strategy not in ("auto", "one_pass", "staged"):
            raise errors.ConfigurationError("strategy must be 'auto', 'one_pass' or 'staged'.")
        if long_articles not in ("chunk", "error"):
            raise errors.ConfigurationError("long_articles must be 'chunk' or 'error'.")
        if max_response_bytes < 1:
            raise errors.ConfigurationError("max_response_bytes must be a positive number.")
        if chunk_tokens is not None and chunk_tokens < 1:
            raise errors.ConfigurationError("chunk_tokens must be a positive number of tokens.")
        self.long_articles: LongArticles = long_articles
        self._strategy_option: Strategy_ = strategy
        self.chunk_tokens = chunk_tokens
        self._options: dict[str, Any] = {}
        if temperature is not None:
            self._options["temperature"] = temperature
        if max_output_tokens is not None:
            self._options["max_tokens"] = max_output_tokens
        self.backend = resolve_backend(
            model,
            client=client,
            base_url=base_url,
            api_key=api_key,
            mode=mode,
            timeout=timeout,
            max_response_bytes=max_response_bytes,
        )
        self._clock: Callable[[], float] = time.monotonic
        self._sleep: Callable[[float], None] = time.sleep

    @property
    def model(self) -> str:
        """The model this summarizer calls, as reported in metadata."""
        return self.backend.label

    def prepare(self, text: ArticleSource) -> Article:
        """Check and prepare an article as this summarizer would, before any call.

        A page's HTML (detected, or ``input_format="html"``) is first reduced to its article's
        text by :func:`~newsbrief.web.extract_article`; the offsets of the brief then index
        ``brief.article.text``.

        Raises:
            InputError: ``text`` is empty, whitespace only, not text, or not UTF-8.
        """
        return self._source(text)[0]

    def _source(self, text: ArticleSource) -> tuple[Article, WebArticle | None]:
        page: WebArticle | None = None
        if isinstance(text, WebArticle):
            page = text
        elif self.input_format != "text" and isinstance(text, (str, bytes, bytearray)):
            visible = text if isinstance(text, str) else bytes(text).decode("utf-8", "replace")
            if self.input_format == "html" or looks_like_html(visible):
                page = extract_article(bytes(text) if isinstance(text, bytearray) else text)
        if page is None:
            article = prepare_article(
                text, self.input_format, withhold_instructions=self.withhold_instructions
            )
            return article, None
        article = prepare_article(
            page.text, "text", withhold_instructions=self.withhold_instructions
        )
        return replace(article, input_format="html"), page

    @staticmethod
    def _with_page(brief: Brief, page: WebArticle | None) -> Brief:
        # The page's metadata is attached after the cache: two pages with the same text share
        # a brief, not their titles and URLs.
        return brief if page is None else brief.model_copy(update={"article": page.info()})

    def _plan(self, article: Article) -> list[Chunk] | None:
        """``None`` when the article fits the model's context whole; else the chunks to brief.

        The prompt is the article plus about ``PROMPT_RESERVE_TOKENS`` of instructions and schema
        (twice the article when quotes are constrained without a grammar: the schema then lists
        its sentences), and the answer needs the output reserve. Tokens are counted with the
        model's tokenizer where one is available offline, else estimated as UTF-8 bytes / 3
        (conservative).
        """
        window = self.context_window or self.backend.context_window
        if window is None:
            return None  # unknown context: the provider decides
        count = self.backend.count_tokens or estimate_tokens
        output = int(
            self._options.get("max_tokens")
            or self.backend.extra_kwargs.get("max_tokens")
            or OUTPUT_RESERVE_TOKENS
        )
        room = window - PROMPT_RESERVE_TOKENS - output
        # Without a grammar, constrained quotes put the article's sentences in the schema too.
        factor = 2 if self._constrain() and not self.backend.schema_in_response_format else 1
        needed = count(article.model_text) * factor
        if needed <= room:
            return None
        how = (
            "counted with the model's tokenizer"
            if self.backend.count_tokens
            else ("UTF-8 bytes / 3, a conservative estimate")
        )
        if self.long_articles == "error" or room < 200 * factor:
            raise errors.ArticleTooLongError(
                f"The article needs about {needed} tokens of prompt ({how}) and {self.model} "
                f"has room for {max(room, 0)} in its context window of {window} after the "
                f"instructions and the output reserve; use long_articles='chunk', shorten it, "
                "or use a model with a larger context."
            )
        budget = self.chunk_tokens or max(room // factor, 1)
        # Sized on what the model sees, cut on the caller's text: offsets index the latter.
        chunks = []
        for chunk in split_into_chunks(article.model_text, budget, count):
            start = article.text_offset(chunk.start)
            end = article.text_offset(chunk.end, end=True)
            chunks.append(Chunk(chunk.index, start, end, article.text[start:end]))
        return chunks

    def _constrain(self) -> bool:
        return (
            self.backend.constrain_quotes
            if self.constrain_quotes is None
            else self.constrain_quotes
        )

    def fingerprint(self) -> dict[str, Any]:
        """Everything besides the article that shapes a brief: the cache key's other half."""
        return {
            "model": self.backend.label,
            "model_name": self.backend.model_name,
            "request": {**self.backend.extra_kwargs, **self._options},
            "mode": self.mode,
            "language": self.language,
            "on_unverified": self.on_unverified,
            "input_format": self.input_format,
            "withhold_instructions": self.withhold_instructions,
            "constrain_quotes": self._constrain(),
            "long_articles": self.long_articles,
            "strategy": self.strategy,
            "chunk_tokens": self.chunk_tokens,
            "context_window": self.context_window,
            "grounding_reask": self.retry_policy.grounding_reask,
            "validation_reasks": self.retry_policy.max_validation_reasks,
            "schema": schema_version(),
        }

    def _from_cache(self, text: ArticleSource, article: Article) -> tuple[str | None, Brief | None]:
        if self.cache is None:
            return None, None
        started = self._clock()
        key = cache_key(text.text if isinstance(text, WebArticle) else text, self.fingerprint())
        brief = self.cache.get(key, article.text)
        if brief is None:
            return key, None
        metadata = brief.metadata.model_copy(
            update={
                "cache_hit": True,
                "usage": Usage(),
                "attempts": 0,
                "validation_reasks": 0,
                "grounding_reasks": 0,
                "duration_seconds": self._clock() - started,
            }
        )
        return key, brief.model_copy(update={"metadata": metadata})

    def _to_cache(self, key: str | None, brief: Brief) -> Brief:
        if key is not None and self.cache is not None:
            self.cache.set(key, brief)
        return brief

    def cached_brief(self, text: ArticleSource) -> Brief | None:
        """The cached brief of ``text`` under this summarizer's options, if there is one (and
        its offsets hold in the text)."""
        article, page = self._source(text)
        brief = self._from_cache(text, article)[1]
        return None if brief is None else self._with_page(brief, page)

    def _run(self) -> Run:
        budget = CallBudget(self.retry_policy, self.timeout, clock=self._clock, sleep=self._sleep)
        return Run(self.backend, budget, dict(self._options))

    @property
    def strategy(self) -> Literal["one_pass", "staged"]:
        """The strategy this summarizer uses (``"auto"`` resolved for its backend)."""
        return self.backend.strategy if self._strategy_option == "auto" else self._strategy_option

    def _strategy(self, article: Article, *, one_request: bool = False) -> Strategy[BriefContent]:
        if self.strategy == "staged" and not one_request:
            return staged_strategy(article, language=self.language)
        return one_pass(
            article,
            language=self.language,
            on_unverified=self.on_unverified,
            constrain_quotes=self._constrain(),
            schema_is_grammar=self.backend.schema_in_response_format,
            grounding_reask=self.retry_policy.grounding_reask,
        )

    def _brief(self, content: BriefContent, run: Run, article: Article) -> Brief:
        brief = build_brief(
            content,
            model=self.backend.label,
            attempts=run.attempts,
            validation_reasks=run.budget.validation_reasks,
            usage=run.usage,
            duration_seconds=run.budget.elapsed(),
            input_format=article.input_format,
            withheld=list(article.withheld),
            strategy=self.strategy,
        )
        if not self.withhold_instructions:
            return brief
        return without_leaks(brief, article.text, article.withheld)

    # -- one article ---------------------------------------------------------------------------

    def summarize(self, text: ArticleSource) -> Brief:
        """Make a grounded brief of one article.

        Args:
            text: The article: a str (offsets index this exact string), UTF-8 bytes, a page's
                HTML or a :class:`~newsbrief.web.WebArticle` (offsets index
                ``brief.article.text``, the article's text extracted from the page; see
                ``input_format``).

        Returns:
            The brief, with run metadata.

        Raises:
            InputError: ``text`` is empty, whitespace only, not text, or too long for the model
                (before any call).
            ProviderError: The provider failed (see :mod:`newsbrief.errors`).
            ModelOutputError: The model's answers were unusable.
            GroundingError: ``on_unverified="raise"`` and some quotes are not in the article.
        """
        article, page = self._source(text)
        key, cached = self._from_cache(text, article)
        if cached is not None:
            return self._with_page(cached, page)
        chunks = self._plan(article)
        if chunks is None:
            return self._with_page(self._to_cache(key, self._summarize_article(article)), page)
        parts: list[Brief | errors.ModelOutputError] = []
        for chunk in chunks:
            try:
                parts.append(self._summarize_article(_chunk_article(article, chunk)))
            except errors.ModelOutputError as error:  # one bad chunk does not sink the article
                parts.append(error)
        run = self._run()
        reduced: ReducedBrief | None = None
        try:
            answer = run.call(self._reduce_request(_briefs_of(parts)))
            reduced = answer if isinstance(answer, ReducedBrief) else None
        except errors.ModelOutputError:
            pass  # an unusable reduce answer leaves the first chunk's headline
        brief = self._to_cache(key, self._long_brief(article, chunks, parts, reduced, run))
        return self._with_page(brief, page)

    def _summarize_article(self, article: Article) -> Brief:
        run = self._run()
        try:
            content = drive(self._strategy(article), run)
        except errors.NewsbriefError as exc:
            raise run.error(exc) from exc.__cause__
        return self._brief(content, run, article)

    async def asummarize(self, text: ArticleSource) -> Brief:
        """Async twin of :meth:`summarize`; cancelling it stops further retries."""
        article, page = self._source(text)
        key, cached = self._from_cache(text, article)
        if cached is not None:
            return self._with_page(cached, page)
        chunks = self._plan(article)
        if chunks is None:
            brief = self._to_cache(key, await self._asummarize_article(article))
            return self._with_page(brief, page)
        gate = asyncio.Semaphore(self.backend.max_concurrency or CHUNK_CONCURRENCY)

        async def one(chunk: Chunk) -> Brief | errors.ModelOutputError:
            async with gate:
                try:
                    return await self._asummarize_article(_chunk_article(article, chunk))
                except errors.ModelOutputError as error:
                    return error

        parts = list(await asyncio.gather(*(one(c) for c in chunks)))
        run = self._run()
        reduced: ReducedBrief | None = None
        try:
            answer = await run.acall(self._reduce_request(_briefs_of(parts)))
            reduced = answer if isinstance(answer, ReducedBrief) else None
        except errors.ModelOutputError:
            pass
        brief = self._to_cache(key, self._long_brief(article, chunks, parts, reduced, run))
        return self._with_page(brief, page)

    async def _asummarize_article(self, article: Article) -> Brief:
        run = self._run()
        try:
            content = await adrive(self._strategy(article), run)
        except errors.NewsbriefError as exc:
            raise run.error(exc) from exc.__cause__
        return self._brief(content, run, article)

    # -- long articles -------------------------------------------------------------------------

    def _reduce_request(self, briefs: list[Brief]) -> Request:
        messages = build_reduce_messages([(b.headline, b.summary) for b in briefs], self.language)
        return Request(ReducedBrief, messages, "reduce")

    def _long_brief(
        self,
        article: Article,
        chunks: list[Chunk],
        parts: list[Brief | errors.ModelOutputError],
        reduced: ReducedBrief | None,
        run: Run,
    ) -> Brief:
        return assemble_long_brief(
            article,
            chunks,
            parts,
            headline=reduced.headline if reduced else None,
            summary=reduced.summary if reduced else None,
            language=reduced.language if reduced else None,
            reduce_usage=run.usage,
            reduce_attempts=run.attempts,
            reduce_seconds=run.budget.elapsed(),
            model=self.backend.label,
        )

    # -- one request made elsewhere ------------------------------------------------------------

    def _whole(self, text: ArticleSource) -> Article:
        article = self.prepare(text)
        if self._plan(article) is not None:
            raise errors.ArticleTooLongError(
                f"The article does not fit {self.model}'s context whole; a one-request path "
                "does not split articles: use summarize() or shorten it."
            )
        return article

    def build_request(self, text: ArticleSource) -> dict[str, Any]:
        """The chat completion body of this article's first call, without sending it.

        With :meth:`finish`, the pair lets a brief be made from a completion obtained elsewhere
        (the OpenAI Batch API: see :mod:`newsbrief.openai_batch`): send the body, then pass the
        answer to :meth:`finish`. Such a path makes exactly one call per article: no re-ask.

        Raises:
            InputError: The article is empty or not text; ``ArticleTooLongError`` when it does
                not fit the model's context whole (a one-request path cannot chunk it).
        """
        article = self._whole(text)
        return request_body(self._run(), next(self._strategy(article, one_request=True)))

    def finish(self, text: ArticleSource, completion: ChatCompletion | dict[str, Any]) -> Brief:
        """The brief of ``text`` from ``completion``, the answer to :meth:`build_request`'s body.

        The answer is validated and grounded exactly as :meth:`summarize` would; what would
        need another call (a validation or grounding re-ask) is not made: an invalid answer that
        cannot be salvaged raises, and quotes not found stay flagged (or follow
        ``on_unverified``).

        Raises:
            InputError: As for :meth:`build_request`.
            ModelOutputError: The answer is refused, cut off, or not a valid brief.
            GroundingError: ``on_unverified="raise"`` and some quotes are not in the article.
        """
        article = self._whole(text)
        page = self._source(text)[1]
        parsed = (
            completion
            if isinstance(completion, ChatCompletion)
            else ChatCompletion.model_validate(completion)
        )
        run = Run(self.backend, CallBudget(self.retry_policy, None), dict(self._options))
        try:
            content = replay(self._strategy(article, one_request=True), run, parsed)
        except errors.NewsbriefError as exc:
            raise run.error(exc) from exc.__cause__
        return self._with_page(self._brief(content, run, article), page)


def _chunk_article(article: Article, chunk: Chunk) -> Article:
    """The part of ``article`` a chunk covers, as an article of its own (offsets from 0)."""
    return article.part(chunk.start, chunk.end)


def _briefs_of(parts: Sequence[Brief | errors.ModelOutputError]) -> list[Brief]:
    briefs = [p for p in parts if isinstance(p, Brief)]
    if not briefs:
        error = parts[-1]
        assert isinstance(error, errors.ModelOutputError)
        raise error
    return briefs


# ---- module-level helpers -------------------------------------------------------------------

_default_lock = threading.Lock()
_default_summarizers: dict[tuple[Any, ...], Summarizer] = {}
_ENV_KEYS = ("NEWSBRIEF_MODEL", "OPENAI_API_KEY", "OPENAI_BASE_URL", "NEWSBRIEF_LOCAL_MODEL")


def _default_summarizer(options: dict[str, Any]) -> Summarizer:
    try:
        key = (
            tuple(sorted(options.items())),
            tuple(os.environ.get(k) for k in _ENV_KEYS),
        )
        hash(key)
    except TypeError:  # unhashable option (a client): no reuse
        return Summarizer(**options)
    with _default_lock:
        summarizer = _default_summarizers.get(key)
        if summarizer is None:
            summarizer = _default_summarizers[key] = Summarizer(**options)
        return summarizer


def _check_input(text: ArticleSource) -> None:
    """Bad input fails before any configuration or network."""
    prepare_article(text.text if isinstance(text, WebArticle) else text)


def summarize(text: ArticleSource, **options: Any) -> Brief:
    """Make a grounded brief of ``text`` with a default :class:`Summarizer`.

    Args:
        text: The article (see :meth:`Summarizer.summarize`).
        **options: Any :class:`Summarizer` argument (``model``, ``language``, ``timeout``...).
    """
    _check_input(text)
    return _default_summarizer(options).summarize(text)


async def asummarize(text: ArticleSource, **options: Any) -> Brief:
    """Async twin of :func:`summarize`."""
    _check_input(text)
    return await _default_summarizer(options).asummarize(text)
