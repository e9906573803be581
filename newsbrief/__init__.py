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
    GroundingError,
    IncompleteOutputError,
    InputError,
    ModelOutputError,
    NewsbriefError,
    ProviderError,
    ProviderUnavailableError,
    QuotaExceededError,
    RateLimitError,
    RefusalError,
    ValidationExhaustedError,
)
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
    UsageRecord,
)
from newsbrief.retry import RetryPolicy
from newsbrief.summarizer import Summarizer, asummarize, summarize
from newsbrief.version import __version__

__all__ = [
    "Actor",
    "ActorKind",
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
    "GroundingError",
    "GroundingStats",
    "IncompleteOutputError",
    "InputError",
    "ModelOutputError",
    "NewsbriefError",
    "ProviderError",
    "ProviderUnavailableError",
    "QuotaExceededError",
    "RateLimitError",
    "RefusalError",
    "RetryPolicy",
    "RunMetadata",
    "Source",
    "SourceKind",
    "Summarizer",
    "UnresolvedIssue",
    "Usage",
    "UsageRecord",
    "ValidationExhaustedError",
    "__version__",
    "asummarize",
    "asummarize_many",
    "summarize",
    "summarize_many",
]
