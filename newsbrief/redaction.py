"""Secrets out of everything newsbrief says: :func:`redact` (and :func:`redact_url`).

Every error message (:class:`~newsbrief.NewsbriefError` redacts its own), the model label that
``metadata.model``, the cache key's fingerprint and the CLI's output lines show, and the batch
CLI's error lines go through :func:`redact`. It removes:

* the userinfo of every URL (``http://user:password@host/v1`` -> ``http://host/v1``);
* the values of secret-looking query parameters (``api_key``, ``key``, ``token``, ``secret``,
  ``password``, ``signature``, ``sig``, ``session``, ``auth``...) and of such ``name=value``,
  ``name: value`` and ``"name": "value"`` pairs in text;
* ``Authorization: Bearer ...`` values and API keys of well-known shapes (``sk-...``,
  ``sk-ant-...``, ``AIza...``, ``gsk_...``, ``hf_...``, ``xai-...``, ``ghp_...``, ``AKIA...``);
* any secret registered with :func:`remember_secret` (the ``api_key`` given to a
  :class:`~newsbrief.Summarizer` is), wherever it appears.

Values become ``REDACTED``, as in the test cassettes. It is applied to what newsbrief says about
a run, never to a brief's content (an article may quote anything).

Example:
    >>> redact("POST http://bob:hunter2@llm.internal/v1?api_key=abc123&model=x failed")
    'POST http://llm.internal/v1?api_key=REDACTED&model=x failed'
"""

from __future__ import annotations

import re
import threading
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = ["REDACTED", "redact", "redact_url", "remember_secret", "remember_url_secrets"]

REDACTED = "REDACTED"
"""What a secret is replaced with."""

_SECRET_QUERY = re.compile(
    r"(key|token|secret|password|passwd|pwd|auth|signature|sig|session|credential)", re.IGNORECASE
)
_URL = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]*://[^\s\"'<>`]+")
_NAMES = (
    r"(?:x-)?api[_-]?key|apikey|access[_-]?key(?:[_-]?id)?|(?:client[_-]?)?secret(?:[_-]?key)?|"
    r"(?:access|refresh|id|auth|session)[_-]?token|token|password|passwd|pwd|credentials?|"
    r"signature|key|authorization|session[_-]?id"
)
_SCHEME = r"(?:(?:bearer|basic|token)\s+)?"
# name=value, name: value, "name": "value" (the name a whole word: max_tokens=5 is not a secret)
_PAIR = re.compile(
    rf"""(?P<head>(?<![\w-])(?:{_NAMES})["']?\s*(?:=|:\s)\s*["']?{_SCHEME})"""
    r"""(?P<value>[^\s"'&#;,)}\]]+)""",
    re.IGNORECASE,
)
_BEARER = re.compile(r"(?P<head>\b(?:bearer|basic)\s+)[A-Za-z0-9._~+/=-]{6,}", re.IGNORECASE)
_KEYS = re.compile(
    r"\b(?:sk|pk|rk)-[A-Za-z0-9_-]{16,}"  # OpenAI, Anthropic (sk-ant-...) and alike
    r"|\bAIza[0-9A-Za-z_-]{30,}"  # Google
    r"|\b(?:gsk|hf|ghp|gho|ghu|ghs|ghr|glpat)[_-][A-Za-z0-9_-]{16,}"  # Groq, HF, GitHub, GitLab
    r"|\bxai-[A-Za-z0-9]{16,}"  # xAI
    r"|\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"  # AWS access key ids
)

_MIN_REMEMBERED = 6  # shorter strings would mask ordinary words
_remembered: set[str] = set()
_remembered_lock = threading.Lock()


def remember_secret(secret: str | None) -> None:
    """Mask ``secret`` wherever :func:`redact` meets it from now on (in this process).

    Strings shorter than 6 characters are ignored: masking them would mask ordinary words.
    """
    if secret and len(secret) >= _MIN_REMEMBERED:
        with _remembered_lock:
            _remembered.add(secret)


def remember_url_secrets(url: str | None) -> None:
    """Remember (see :func:`remember_secret`) the userinfo and secret-looking query values of
    ``url``, so that they are masked even where they appear without the URL."""
    if not url:
        return
    try:
        parts = urlsplit(url)
        pairs = parse_qsl(parts.query, keep_blank_values=True)
    except ValueError:
        return
    userinfo = parts.netloc.rpartition("@")[0]
    for secret in userinfo.split(":", 1) if userinfo else []:
        remember_secret(secret)
    for name, value in pairs:
        if _SECRET_QUERY.search(name):
            remember_secret(value)


def redact_url(url: str) -> str:
    """``url`` fit to print: no ``user:password@``, and key- or token-like query values hidden.

    Args:
        url: Any URL (an unparseable one comes back with only what precedes a ``@`` dropped).
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return url.rsplit("@", 1)[-1]
    netloc = parts.netloc.rsplit("@", 1)[-1]
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(_SECRET_QUERY.search(k) for k, _ in pairs):
            query = urlencode([(k, REDACTED if _SECRET_QUERY.search(k) else v) for k, v in pairs])
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def redact(text: str) -> str:
    """``text`` with credentials removed (see the module docstring for what counts).

    Args:
        text: A message, URL, label or output line.

    Returns:
        The same text, secrets replaced by ``REDACTED`` and URLs' userinfo dropped; unchanged
        when it holds none.
    """
    if not text:
        return text
    with _remembered_lock:
        known = sorted(_remembered, key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, REDACTED)
    text = _URL.sub(lambda match: redact_url(match.group(0)), text)
    text = _BEARER.sub(rf"\g<head>{REDACTED}", text)
    text = _KEYS.sub(REDACTED, text)
    return _PAIR.sub(rf"\g<head>{REDACTED}", text)
