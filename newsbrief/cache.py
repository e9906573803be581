"""Repeated articles: a content-addressed cache of briefs on disk.

A brief is stored under a key made of the article's exact input (text or bytes), the model, every
option that changes the brief (language, mode, temperature, quote policy, thresholds...) and the
schema version (a hash of the system prompt and of the schema the model fills, with newsbrief's
version). Change any of them and the article is briefed again; repeat the same article and no
call is made: the brief comes back with ``metadata.cache_hit = True`` and an empty usage ledger
(zero cost).

The store is `diskcache <https://grantjenkins.com/docs/diskcache/>`_ (SQLite plus files, safe
across threads and processes) with a size bound: least recently stored briefs are evicted past
it. Errors are never cached.

* Library: off unless asked, ``Summarizer(cache=True)`` (the default directory),
  ``cache="path/to/dir"`` or ``cache=BriefCache(...)``.
* CLI: on by default; ``--no-cache`` or ``NEWSBRIEF_NO_CACHE=1`` turn it off,
  ``newsbrief cache info`` and ``newsbrief cache clear`` inspect and empty it.
* Directory: ``$NEWSBRIEF_CACHE_DIR/briefs``, default ``~/.cache/newsbrief/briefs``.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import diskcache

from newsbrief.errors import ConfigurationError
from newsbrief.models import Brief

__all__ = ["DEFAULT_SIZE_LIMIT", "BriefCache", "cache_key", "default_cache_dir"]

DEFAULT_SIZE_LIMIT = 512 * 1024 * 1024
"""Bytes on disk before the oldest briefs are evicted (512 MiB, some 50,000 briefs)."""

_KEY_FORMAT = 1  # bump when the key's recipe changes


def default_cache_dir() -> Path:
    """Where briefs are cached: ``$NEWSBRIEF_CACHE_DIR/briefs`` or ``~/.cache/newsbrief/briefs``."""
    root = os.environ.get("NEWSBRIEF_CACHE_DIR")
    base = Path(root) if root else Path.home() / ".cache" / "newsbrief"
    return base / "briefs"


def cache_key(article: str | bytes, fingerprint: dict[str, Any]) -> str:
    """The cache key of an article under a summarizer's fingerprint.

    Args:
        article: The exact input the caller passed (offsets in a brief index it).
        fingerprint: JSON-serialisable description of everything else that shapes the brief.

    Returns:
        A hex SHA-256 digest.
    """
    digest = hashlib.sha256()
    digest.update(
        json.dumps([_KEY_FORMAT, fingerprint], sort_keys=True, default=str).encode("utf-8")
    )
    digest.update(b"\x00str\x00" if isinstance(article, str) else b"\x00bytes\x00")
    digest.update(article.encode("utf-8", "surrogatepass") if isinstance(article, str) else article)
    return digest.hexdigest()


class BriefCache:
    """Briefs on disk, keyed by :func:`cache_key`.

    Args:
        directory: Where to keep them (created if missing); default :func:`default_cache_dir`.
        size_limit: Bytes on disk before the least recently stored briefs are evicted.

    Raises:
        ConfigurationError: The directory cannot be created or opened.
    """

    def __init__(
        self, directory: str | Path | None = None, *, size_limit: int = DEFAULT_SIZE_LIMIT
    ) -> None:
        self.directory = Path(directory) if directory is not None else default_cache_dir()
        if size_limit <= 0:
            raise ConfigurationError("The cache's size_limit must be a positive number of bytes.")
        self.size_limit = size_limit
        try:
            self._store = diskcache.Cache(
                str(self.directory), size_limit=size_limit, eviction_policy="least-recently-stored"
            )
        except OSError as exc:
            raise ConfigurationError(
                f"Cannot open the brief cache at {self.directory}: {exc}. Set "
                "NEWSBRIEF_CACHE_DIR to a writable directory, or turn the cache off."
            ) from exc

    def get(self, key: str) -> Brief | None:
        """The cached brief for ``key``, or ``None``. A stored entry that no longer parses is
        dropped and treated as a miss."""
        raw = self._store.get(key)
        if not isinstance(raw, str):
            return None
        try:
            return Brief.model_validate_json(raw)
        except ValueError:
            self._store.delete(key)
            return None

    def set(self, key: str, brief: Brief) -> None:
        """Store ``brief`` under ``key``."""
        self._store.set(key, brief.model_dump_json())

    def __len__(self) -> int:
        return len(self._store)

    def volume(self) -> int:
        """Bytes the cache takes on disk."""
        return int(self._store.volume())

    def clear(self) -> int:
        """Remove every brief; returns how many were removed."""
        return int(self._store.clear())

    def close(self) -> None:
        """Close the underlying database (it reopens on next use)."""
        self._store.close()

    def __repr__(self) -> str:
        return f"BriefCache({str(self.directory)!r})"

    def __reduce__(self) -> tuple[Any, tuple[str, int]]:
        # Another process reopens the same directory (diskcache is safe to share).
        return (_reopen, (str(self.directory), self.size_limit))


def _reopen(directory: str, size_limit: int) -> BriefCache:
    return BriefCache(directory, size_limit=size_limit)


def open_cache(cache: bool | str | Path | BriefCache | None) -> BriefCache | None:
    """The cache a ``cache=`` argument names: ``None``/``False`` none, ``True`` the default
    directory, a path that directory, or a ready :class:`BriefCache`."""
    if cache is None or cache is False:
        return None
    if cache is True:
        return BriefCache()
    if isinstance(cache, BriefCache):
        return cache
    if isinstance(cache, (str, Path)):
        return BriefCache(cache)
    raise ConfigurationError(
        f"cache must be True, False, a directory or a BriefCache, not {type(cache).__name__}."
    )
