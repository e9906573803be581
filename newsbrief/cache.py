"""Repeated articles: a content-addressed cache of briefs on disk.

A brief is stored under a key made of the article's exact input (text or bytes), the model, every
option that changes the brief (language, mode, temperature, quote policy, thresholds...) and the
schema version (a hash of the system prompt and of the schema the model fills, with newsbrief's
version). Change any of them and the article is briefed again; repeat the same article and no
call is made: the brief comes back with ``metadata.cache_hit = True`` and an empty usage ledger
(zero cost).

The store is `diskcache <https://grantjenks.com/docs/diskcache/>`_ (SQLite, safe across
threads and processes) with a size bound: least recently stored briefs are evicted past it.
Errors are never cached.

The cache stores data, not code. diskcache pickles values by default, and unpickles whatever its
database says was pickled, so a value planted in a shared cache directory would run code on the
next lookup; here every entry is a brief's JSON text, kept in the database itself, and an entry
of any other kind (pickled, in a file, not text) is refused without being read, and never
deleted by path. A hit is validated as a :class:`~newsbrief.Brief` and its evidence offsets
re-checked against the article's text before it is returned: one that fails either is a miss,
logged on the ``newsbrief.cache`` logger. The directory is created private (mode 0700).

* Library: off unless asked, ``Summarizer(cache=True)`` (the default directory),
  ``cache="path/to/dir"`` or ``cache=BriefCache(...)``.
* CLI: on by default; ``--no-cache`` or ``NEWSBRIEF_NO_CACHE=1`` turn it off,
  ``newsbrief cache info`` and ``newsbrief cache clear`` inspect and empty it.
* Directory: ``$NEWSBRIEF_CACHE_DIR/briefs``, default ``~/.cache/newsbrief/briefs``.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
from pathlib import Path
from typing import Any

import diskcache
from diskcache.core import MODE_RAW

from newsbrief.errors import ConfigurationError
from newsbrief.models import Brief

__all__ = ["DEFAULT_SIZE_LIMIT", "BriefCache", "TextOnlyDisk", "cache_key", "default_cache_dir"]

DEFAULT_SIZE_LIMIT = 512 * 1024 * 1024
"""Bytes on disk before the oldest briefs are evicted (512 MiB)."""

_KEY_FORMAT = 1  # bump when the key's recipe changes
_log = logging.getLogger("newsbrief.cache")


class _Refused(OSError):
    """An entry that is not a brief's text (diskcache reads an OSError from ``fetch`` as a miss)."""


class TextOnlyDisk(diskcache.Disk):  # type: ignore[misc]  # diskcache has no types
    """diskcache's serialisation, for text only: keys and values are strings kept in the SQLite
    database itself. Nothing is ever pickled or unpickled, no value file is opened, and no file
    is removed by a path read from the database (newsbrief never writes one).
    """

    def put(self, key: Any) -> tuple[Any, bool]:
        if type(key) is not str:
            raise TypeError(f"cache keys are strings, not {type(key).__name__}")
        return key, True

    def get(self, key: Any, raw: bool) -> Any:
        if not raw or type(key) is not str:
            raise _Refused("a cache key that is not plain text")
        return key

    def store(self, value: Any, read: bool, key: Any = diskcache.UNKNOWN) -> tuple[Any, ...]:
        if read or type(value) is not str:
            raise TypeError(f"cache values are strings, not {type(value).__name__}")
        return 0, MODE_RAW, None, value

    def fetch(self, mode: int, filename: str | None, value: Any, read: bool) -> Any:
        if mode != MODE_RAW or filename is not None or read or type(value) is not str:
            _log.warning(
                "A brief cache entry that is not plain text (mode %s, file %r) was refused and "
                "not read; someone else may write to the cache directory %s.",
                mode,
                filename,
                self._directory,
            )
            raise _Refused("not a brief's text")
        return value

    def remove(self, file_path: str) -> None:
        # A path comes from the database, which others may have written: never follow it.
        return None


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
        directory: Where to keep them (created private, mode 0700, if missing); default
            :func:`default_cache_dir`.
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
            _private_directory(self.directory)
            self._store = diskcache.Cache(
                str(self.directory),
                disk=TextOnlyDisk,
                size_limit=size_limit,
                eviction_policy="least-recently-stored",
            )
        except OSError as exc:
            raise ConfigurationError(
                f"Cannot open the brief cache at {self.directory}: {exc}. Set "
                "NEWSBRIEF_CACHE_DIR to a writable directory, or turn the cache off."
            ) from exc

    def get(self, key: str, text: str | None = None) -> Brief | None:
        """The cached brief for ``key``, or ``None``.

        An entry that is not a brief's JSON text, that is not a valid :class:`Brief`, or (with
        ``text``) whose grounded evidence does not sit at its offsets in ``text`` is a miss,
        logged; one that does not parse or check is dropped.

        Args:
            key: The :func:`cache_key`.
            text: The article's text, which the brief's offsets must index.
        """
        raw = self._store.get(key)
        if not isinstance(raw, str):
            return None
        try:
            brief = Brief.model_validate_json(raw)
        except ValueError as exc:
            _log.warning("A brief cache entry is not a valid brief and was dropped: %s", exc)
            self._store.delete(key)
            return None
        wrong = brief.check_offsets(text) if text is not None else []
        if wrong:
            _log.warning(
                "A cached brief's evidence is not at its offsets in the article (%d quote(s), "
                "first %r); it was dropped and the article is briefed again.",
                len(wrong),
                wrong[0].quote[:80],
            )
            self._store.delete(key)
            return None
        return brief

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


def _private_directory(directory: Path) -> None:
    """Create ``directory`` and its missing parents with mode 0700; warn when an existing one
    is writable by others (they could plant entries, which are then refused or re-checked)."""
    missing = [p for p in (directory, *directory.parents) if not p.exists()]
    for path in reversed(missing):
        path.mkdir(mode=0o700, exist_ok=True)
    mode = directory.stat().st_mode
    if not missing and mode & (stat.S_IWGRP | stat.S_IWOTH):
        _log.warning(
            "The brief cache directory %s is writable by other users; entries they write are "
            "never run as code, and checked before use.",
            directory,
        )


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
