"""The public surface is a promise: changing it must be a decision, so it is pinned here."""

from __future__ import annotations

import newsbrief

EXPECTED = {
    "__version__", "summarize", "asummarize", "Summarizer", "RetryPolicy",
    "summarize_many", "asummarize_many", "BatchResult", "BriefCache",
    "Brief", "Actor", "ActorKind", "Claim", "Source", "SourceKind", "Attribution", "Evidence",
    "UnresolvedIssue", "RunMetadata", "GroundingStats", "Usage", "UsageRecord",
    "NewsbriefError", "InputError", "ArticleTooLongError", "ConfigurationError", "ProviderError",
    "AuthenticationError", "QuotaExceededError", "BadRequestError", "RateLimitError",
    "ProviderUnavailableError", "DeadlineExceededError", "ModelOutputError", "RefusalError",
    "IncompleteOutputError", "ValidationExhaustedError", "GroundingError",
    "FetchError", "ArticleInfo", "WebArticle", "fetch_article", "afetch_article", "extract_article",
    "locate_quote", "MalformedResponseError", "ResponseTooLargeError",
}  # fmt: skip


def test_all_is_pinned() -> None:
    assert set(newsbrief.__all__) == EXPECTED
    assert len(newsbrief.__all__) == len(EXPECTED)


def test_every_exported_name_exists() -> None:
    for name in newsbrief.__all__:
        assert getattr(newsbrief, name) is not None


def test_every_error_derives_from_the_base() -> None:
    errors = [getattr(newsbrief, n) for n in newsbrief.__all__ if n.endswith("Error")]
    assert all(issubclass(e, newsbrief.NewsbriefError) for e in errors)
    assert issubclass(newsbrief.RateLimitError, newsbrief.ProviderError)
    assert issubclass(newsbrief.ValidationExhaustedError, newsbrief.ModelOutputError)
    assert issubclass(newsbrief.FetchError, newsbrief.InputError)
