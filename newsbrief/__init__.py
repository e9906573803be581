"""newsbrief: grounded, source-attributed briefs of news articles in any language.

>>> import newsbrief
>>> brief = newsbrief.summarize(text)  # doctest: +SKIP
"""

from newsbrief.batch import BatchResult, asummarize_many, summarize_many
from newsbrief.cache import BriefCache
from newsbrief.errors import (
    ArticleTooLongError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    DeadlineExceededError,
    FetchError,
    GroundingError,
    IncompleteOutputError,
    InputError,
    MalformedResponseError,
    ModelOutputError,
    NewsbriefError,
    ProviderError,
    ProviderUnavailableError,
    QuotaExceededError,
    RateLimitError,
    RefusalError,
    ResponseTooLargeError,
    ValidationExhaustedError,
)
from newsbrief.grounding import locate_quote
from newsbrief.models import (
    Actor,
    ActorKind,
    ArticleInfo,
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
    UsageRecord,
)
from newsbrief.retry import RetryPolicy
from newsbrief.summarizer import Summarizer, asummarize, summarize
from newsbrief.version import __version__
from newsbrief.web import WebArticle, afetch_article, extract_article, fetch_article

__all__ = [
    "Actor",
    "ActorKind",
    "ArticleInfo",
    "ArticleTooLongError",
    "Attribution",
    "AuthenticationError",
    "BadRequestError",
    "BatchResult",
    "Brief",
    "BriefCache",
    "Claim",
    "ConfigurationError",
    "DeadlineExceededError",
    "Evidence",
    "FetchError",
    "GroundingError",
    "GroundingStats",
    "IncompleteOutputError",
    "InputError",
    "MalformedResponseError",
    "ModelOutputError",
    "NewsbriefError",
    "ProviderError",
    "ProviderUnavailableError",
    "QuotaExceededError",
    "RateLimitError",
    "RefusalError",
    "ResponseTooLargeError",
    "RetryPolicy",
    "RunMetadata",
    "Source",
    "SourceKind",
    "Summarizer",
    "UnresolvedIssue",
    "Usage",
    "UsageRecord",
    "ValidationExhaustedError",
    "WebArticle",
    "__version__",
    "afetch_article",
    "asummarize",
    "asummarize_many",
    "extract_article",
    "fetch_article",
    "locate_quote",
    "summarize",
    "summarize_many",
]
