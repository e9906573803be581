"""newsbrief: grounded, source-attributed briefs of news articles in any language.

>>> import newsbrief
>>> brief = newsbrief.summarize(text)  # doctest: +SKIP
"""

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

__version__ = "0.1.0"

__all__ = [
    "__version__",
    "summarize",
    "asummarize",
    "Summarizer",
    "RetryPolicy",
    "Brief",
    "Actor",
    "ActorKind",
    "Claim",
    "Source",
    "SourceKind",
    "Attribution",
    "Evidence",
    "UnresolvedIssue",
    "RunMetadata",
    "GroundingStats",
    "Usage",
    "UsageRecord",
    "NewsbriefError",
    "InputError",
    "ArticleTooLongError",
    "ConfigurationError",
    "ProviderError",
    "AuthenticationError",
    "QuotaExceededError",
    "BadRequestError",
    "RateLimitError",
    "ProviderUnavailableError",
    "DeadlineExceededError",
    "ModelOutputError",
    "RefusalError",
    "IncompleteOutputError",
    "ValidationExhaustedError",
    "GroundingError",
]
