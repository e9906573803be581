"""Web pages in, the article's text and metadata out: extraction and a well-behaved fetch.

* :func:`extract_article` takes a page (``str``, or ``bytes`` decoded by the charset the HTTP
  header or the page declares) and returns a :class:`WebArticle`: the article's own text without
  the page's navigation, cookie banners, related links, reader comments and footer, and its
  title, author, date, site name, URL and language. With the ``web`` extra
  (``pip install "newsbrief[web]"``) the text comes from trafilatura; without it, from
  :func:`newsbrief.article.html_to_text`, which keeps all the visible text of the page, and a
  warning says so.
* :func:`fetch_article` / :func:`afetch_article` download a page and extract it. The download is
  bounded: one timeout over the whole of it (connection, redirects, headers and body), a cap on
  the body's size after decompression, a redirect limit, http(s) only, HTML only, and a
  User-Agent that names newsbrief. Every failure is a :class:`~newsbrief.errors.FetchError`
  saying what happened and what to do; no URL in a message carries credentials.

``WebArticle.text`` is what a brief is made from: the evidence offsets of a brief index it.
"""

from __future__ import annotations

import asyncio
import codecs
import json
import re
import warnings
from collections.abc import Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from html.parser import HTMLParser
from importlib import metadata
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit, urlunsplit

import httpx2

from newsbrief.article import html_to_text, looks_like_html
from newsbrief.errors import FetchError, FetchFailure, InputError
from newsbrief.models import ArticleInfo
from newsbrief.redaction import redact_url

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_REDIRECTS",
    "DEFAULT_TIMEOUT",
    "WEB_EXTRA_HINT",
    "Extractor",
    "WebArticle",
    "afetch_article",
    "decode_html",
    "extract_article",
    "fetch_article",
    "redact_url",
    "user_agent",
]

DEFAULT_TIMEOUT = 30.0
"""Seconds allowed for a whole download: connection, redirects, headers and body."""
DEFAULT_MAX_BYTES = 10_000_000
"""Largest body accepted, counted after decompression (news pages with inline scripts reach a
few megabytes)."""
DEFAULT_MAX_REDIRECTS = 10
"""Redirects followed before giving up."""

WEB_EXTRA_HINT = (
    "the page was turned into text with newsbrief's basic HTML-to-text, which keeps its "
    "navigation, banners, related links, comments and footer; "
    'pip install "newsbrief[web]" gives cleaner input'
)

Extractor = Literal["trafilatura", "html_to_text"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_META_CHARSET = re.compile(
    rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE
)
_SNIFF_BYTES = 65536
# The WHATWG Encoding Standard's labels that browsers decode otherwise than Python would.
_LABEL_ALIASES = {
    "ascii": "windows-1252",
    "us-ascii": "windows-1252",
    "latin1": "windows-1252",
    "latin-1": "windows-1252",
    "iso-8859-1": "windows-1252",
    "iso8859-1": "windows-1252",
    "l1": "windows-1252",
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
    "x-sjis": "shift_jis",
    "gb2312": "gbk",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_LANGUAGE = re.compile(r"^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)*$")

T = TypeVar("T")


@dataclass(frozen=True)
class WebArticle:
    """A web page's article: its text and what the page says about it.

    Attributes:
        text: The article text, paragraphs separated by a blank line: what the model sees and
            what a brief's evidence offsets index.
        title: The article's title, when the page gives one.
        author: Its author or authors, as the page names them.
        date: Its publication date, ISO 8601 (``"2026-03-14"``).
        site_name: The publication or site.
        url: The page's URL (after redirects, without any ``user:password@`` part), or the
            page's canonical URL when it was given as HTML without one.
        language: The language the page declares (ISO 639-1).
        extractor: ``"trafilatura"`` (the ``web`` extra) or ``"html_to_text"`` (all the visible
            text of the page: without the extra, or when trafilatura found no article).
        encoding: The character encoding the bytes were decoded with (``None`` for ``str``).
        notes: What a person debugging the input should know: the fallback extractor, a charset
            declaration the bytes contradicted.
    """

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    site_name: str | None = None
    url: str | None = None
    language: str | None = None
    extractor: Extractor = "trafilatura"
    encoding: str | None = None
    notes: tuple[str, ...] = field(default=())

    def info(self) -> ArticleInfo:
        """The metadata and text a :class:`~newsbrief.models.Brief` keeps as ``brief.article``."""
        return ArticleInfo(
            title=self.title,
            author=self.author,
            date=self.date,
            site_name=self.site_name,
            url=self.url,
            language=self.language,
            text=self.text,
        )


# ---- URLs ------------------------------------------------------------------------------------


def _without_userinfo(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[-1]))


def _http_url(value: str | None) -> str | None:
    """``value`` as an http(s) URL without credentials, or ``None`` if it is not one."""
    if not value:
        return None
    value = value.strip()
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return _without_userinfo(value)


def _check_url(url: object) -> str:
    if not isinstance(url, str):
        raise FetchError(f"The URL must be a str, not {type(url).__name__}.", reason="bad_url")
    shown = redact_url(url.strip())
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError as exc:
        raise FetchError(
            f"{shown!r} is not a valid URL ({exc}); give an http:// or https:// address.",
            url=shown,
            reason="bad_url",
        ) from exc
    if parts.scheme.lower() not in ("http", "https"):
        what = f"a {parts.scheme}: URL" if parts.scheme else "not a URL"
        raise FetchError(
            f"{shown!r} is {what}; newsbrief fetches only http:// and https:// pages (for a "
            "saved page, read the file and pass its contents to extract_article).",
            url=shown,
            reason="bad_url",
        )
    if not host:
        raise FetchError(
            f"{shown!r} has no host name; give a full address such as https://example.com/news.",
            url=shown,
            reason="bad_url",
        )
    return url.strip()


def user_agent() -> str:
    """The User-Agent newsbrief sends: ``newsbrief/<version>``, in the form crawlers use."""
    try:
        version = metadata.version("newsbrief")
    except metadata.PackageNotFoundError:
        version = "unknown"
    return f"Mozilla/5.0 (compatible; newsbrief/{version}; +news article brief)"


# ---- decoding --------------------------------------------------------------------------------


def _encoding_name(label: str | None) -> str | None:
    """The Python codec for a charset label, or ``None`` when the label is unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _LABEL_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:_SNIFF_BYTES])
    if match is None:
        return None
    name = _encoding_name(match.group(1).decode("ascii", "replace"))
    # A page cannot declare UTF-16 in its own ASCII-compatible bytes (the Encoding Standard
    # reads such a declaration as UTF-8).
    return "utf-8" if name is not None and name.startswith("utf-16") else name


def _is_utf8_with_non_ascii(data: bytes) -> bool:
    if data.isascii():
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_html(data: bytes, charset: str | None = None) -> tuple[str, str, tuple[str, ...]]:
    """Decode a page's bytes the way a browser would, and say how.

    The order: a byte-order mark; then the charset of the HTTP ``Content-Type`` header
    (``charset``); then the page's ``<meta charset>`` or ``http-equiv`` declaration; then UTF-8;
    then a guess (charset-normalizer, installed with the ``web`` extra); then Windows-1252 with
    undecodable bytes replaced. A declaration the bytes cannot be decoded with is skipped, and a
    declared single-byte encoding gives way to UTF-8 when the bytes are valid UTF-8 with
    non-ASCII characters (legacy text almost never is; a page mislabelled so would otherwise be
    shown as mojibake).

    Args:
        data: The page's bytes.
        charset: The charset the HTTP header declared, if any.

    Returns:
        ``(text, encoding, notes)``: the text, the codec used, and notes on declarations that
        the bytes contradicted.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), codec.replace("-sig", ""), ()
    notes: list[str] = []
    declared = [
        (where, name)
        for where, name in (("HTTP header", _encoding_name(charset)), ("page", _meta_charset(data)))
        if name is not None
    ]
    utf8 = _is_utf8_with_non_ascii(data)
    for where, name in declared:
        if utf8 and name != "utf-8":
            notes.append(f"the {where} declares {name}, but the bytes are UTF-8; read as UTF-8")
            return data.decode("utf-8"), "utf-8", tuple(notes)
        try:
            return data.decode(name), name, tuple(notes)
        except (UnicodeDecodeError, LookupError):
            notes.append(f"the {where} declares {name}, but the bytes are not {name}")
    if data.isascii() or utf8:
        return data.decode("ascii" if data.isascii() else "utf-8"), "utf-8", tuple(notes)
    guessed = _guess_encoding(data)
    if guessed is not None:
        notes.append(f"no declared encoding fits; {guessed} guessed from the bytes")
        return data.decode(guessed, errors="replace"), guessed, tuple(notes)
    notes.append("no declared encoding fits; read as windows-1252")
    return data.decode("cp1252", errors="replace"), "cp1252", tuple(notes)


def _guess_encoding(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # not installed: the web extra brings it
        return None
    best = from_bytes(data[: 4 * _SNIFF_BYTES]).best()
    return _encoding_name(best.encoding) if best is not None else None


# ---- metadata --------------------------------------------------------------------------------


class _PageMeta(HTMLParser):
    """What a page says about itself in its markup: meta tags, JSON-LD, <title>, <h1>, lang."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.lang: str | None = None
        self.canonical: str | None = None
        self.title = ""
        self.h1 = ""
        self.json_ld: list[str] = []
        self._in: str | None = None
        self._buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "html" and values.get("lang"):
            self.lang = values["lang"]
        elif tag == "meta":
            key = values.get("property") or values.get("name") or values.get("http-equiv", "")
            if key and values.get("content", "").strip():
                self.meta.setdefault(key.lower(), values["content"].strip())
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.canonical = self.canonical or values.get("href")
        elif tag == "script" and values.get("type", "").lower() == "application/ld+json":
            self._in, self._buffer = "ld", []
        elif tag == "title" and not self.title:
            self._in, self._buffer = "title", []
        elif tag == "h1" and not self.h1:
            self._in, self._buffer = "h1", []

    def handle_endtag(self, tag: str) -> None:
        ends = {"ld": "script", "title": "title", "h1": "h1"}
        if self._in is not None and ends[self._in] == tag:
            text = "".join(self._buffer)
            if self._in == "ld":
                self.json_ld.append(text)
            else:
                setattr(self, self._in, re.sub(r"\s+", " ", text).strip())
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in is not None:
            self._buffer.append(data)


def _json_ld_articles(blocks: list[str]) -> Iterator[dict[str, Any]]:
    def walk(node: Any) -> Iterator[dict[str, Any]]:
        if isinstance(node, list):
            for item in node:
                yield from walk(item)
        elif isinstance(node, dict):
            kinds = node.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and k.endswith("Article") for k in kinds):
                yield node
            yield from walk(node.get("@graph", []))

    for block in blocks:
        try:
            yield from walk(json.loads(block))
        except ValueError:
            continue


def _name_of(value: Any) -> str | None:
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, dict):
        return _name_of(value.get("name"))
    if isinstance(value, list):
        names = [n for n in (_name_of(v) for v in value) if n]
        return "; ".join(names) or None
    return None


def _page_metadata(html: str) -> dict[str, str | None]:
    parser = _PageMeta()
    parser.feed(html)
    parser.close()
    meta = parser.meta
    ld = next(_json_ld_articles(parser.json_ld), {})

    def first(*values: Any) -> str | None:
        for value in values:
            if isinstance(value, str) and value.strip():
                return value.strip()
        return None

    author = first(meta.get("author"), _name_of(ld.get("author")))
    if author is not None and _http_url(author):  # article:author is often a profile URL
        author = None
    return {
        "title": first(
            meta.get("og:title"), meta.get("twitter:title"), ld.get("headline"), parser.h1,
            parser.title,
        ),
        "author": author,
        "date": first(
            meta.get("article:published_time"), ld.get("datePublished"), meta.get("date"),
            meta.get("dc.date"), meta.get("pubdate"),
        ),
        "site_name": first(
            meta.get("og:site_name"), _name_of(ld.get("publisher")), meta.get("application-name")
        ),
        "url": first(_http_url(parser.canonical), _http_url(meta.get("og:url"))),
        "language": first(
            parser.lang, meta.get("og:locale"), meta.get("content-language"),
            meta.get("dc.language"),
        ),
    }  # fmt: skip


def _iso_date(value: str | None) -> str | None:
    if value is None:
        return None
    match = _ISO_DATE.match(value.strip())
    return match.group(0) if match else None


def _language(value: str | None) -> str | None:
    match = _LANGUAGE.match(value.strip()) if value else None
    return match.group(1).lower() if match else None


# ---- extraction ------------------------------------------------------------------------------


_NO_SPACES = "translate(@style, ' ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
_HIDDEN = (
    "//*[@hidden or translate(@aria-hidden, 'TRUE', 'true') = 'true'"
    f" or contains({_NO_SPACES}, 'display:none')"
    f" or contains({_NO_SPACES}, 'visibility:hidden')]"
    " | //template | //noscript"
)
"""Elements whose text a reader does not see (as :func:`~newsbrief.article.html_to_text` skips)."""


def _trafilatura(html: str, url: str | None) -> dict[str, Any] | None:
    """trafilatura's article and metadata, ``{}`` if it found no article, ``None`` if missing."""
    try:
        import trafilatura
        from lxml import html as lxml_html
    except ImportError:
        return None
    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return {}
    # trafilatura keeps the text of elements a reader never sees; the model must not see it
    # either (hidden text is where a page can hide instructions to an AI).
    for hidden in tree.xpath(_HIDDEN):
        hidden.drop_tree()
    document = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
    )
    if document is None:
        return {}
    return document if isinstance(document, dict) else document.as_dict()


def _paragraphs(text: str) -> str:
    """Paragraphs separated by one blank line, as :func:`~newsbrief.article.html_to_text` has."""
    lines = (line.strip() for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def extract_article(
    html: str | bytes, url: str | None = None, *, charset: str | None = None
) -> WebArticle:
    """The article in a web page: its text without the page's boilerplate, and its metadata.

    Args:
        html: The page, as text or as the bytes served (decoded by :func:`decode_html`).
        url: Where the page came from, if known (kept as the article's URL, without
            credentials, and used by trafilatura); otherwise the page's canonical URL is kept.
        charset: The charset the HTTP ``Content-Type`` header declared, for ``bytes``.

    Returns:
        The article. Without the ``web`` extra its text is all the visible text of the page and
        a :class:`UserWarning` (and ``notes``) say that ``pip install "newsbrief[web]"`` gives
        cleaner input.

    Raises:
        InputError: ``html`` is neither ``str`` nor ``bytes``, or the page has no visible text.
    """
    notes: list[str] = []
    encoding: str | None = None
    if isinstance(html, (bytes, bytearray)):
        html, encoding, decode_notes = decode_html(bytes(html), charset)
        notes += decode_notes
    if not isinstance(html, str):
        raise InputError(f"The page must be str or bytes, not {type(html).__name__}.")
    page = _page_metadata(html)
    found = _trafilatura(html, _http_url(url))
    extractor: Extractor = "trafilatura"
    text = _paragraphs(found.get("text") or "") if found else ""
    if not text:
        extractor = "html_to_text"
        text = html_to_text(html)
        if found is None:
            notes.append(WEB_EXTRA_HINT)
            warnings.warn(WEB_EXTRA_HINT[0].upper() + WEB_EXTRA_HINT[1:] + ".", stacklevel=2)
        else:
            notes.append("trafilatura found no article in the page; all its visible text is kept")
    if not text.strip():
        raise InputError("The page has no visible text; there is nothing to summarise.")
    found = found or {}

    def pick(key: str, theirs: str | None = None) -> str | None:
        value = found.get(theirs or key)
        return value.strip() if isinstance(value, str) and value.strip() else page[key]

    return WebArticle(
        text=text,
        title=pick("title"),
        author=pick("author"),
        date=_iso_date(pick("date")),
        site_name=pick("site_name", "sitename"),
        url=_http_url(url) or page["url"] or _http_url(found.get("url")),
        language=_language(page["language"]) or _language(found.get("language")),
        extractor=extractor,
        encoding=encoding,
        notes=tuple(notes),
    )


# ---- fetching --------------------------------------------------------------------------------


def _status_advice(status: int) -> str:
    if status in (401, 403, 451):
        return (
            "the page is behind a login or paywall, or the site turns away automated clients; "
            "save the page from your browser and pass the file instead"
        )
    if status in (404, 410):
        return "check the address"
    if status == 429:
        return "the site is limiting requests; try again later"
    if status >= 500:
        return "the site failed; try again later"
    return "check the address, or save the page from your browser and pass the file instead"


@dataclass
class _Download:
    body: bytes
    url: str
    charset: str | None
    content_type: str


async def _download(url: str, *, timeout: float, max_bytes: int, max_redirects: int) -> _Download:
    headers = {
        "user-agent": user_agent(),
        "accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
    }
    async with (
        httpx2.AsyncClient(
            headers=headers,
            timeout=httpx2.Timeout(timeout),
            follow_redirects=True,
            max_redirects=max_redirects,
        ) as client,
        client.stream("GET", url) as response,
    ):
        shown = redact_url(str(response.url))
        if not 200 <= response.status_code < 300:
            raise FetchError(
                f"{shown} answered HTTP {response.status_code} "
                f"{response.reason_phrase}: {_status_advice(response.status_code)}.",
                url=shown,
                status_code=response.status_code,
                reason="http_status",
            )
        content_type = response.headers.get("content-type", "")
        media_type = content_type.split(";")[0].strip().lower()
        if media_type and media_type not in _HTML_TYPES:
            raise FetchError(
                f"{shown} is {media_type}, not an HTML page; newsbrief extracts articles from "
                "web pages (for a text file, download it and pass its text to summarize).",
                url=shown,
                reason="not_html",
            )
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_bytes:
            raise _too_large(shown, max_bytes, f"it declares {int(declared):,} bytes")
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > max_bytes:
                raise _too_large(shown, max_bytes, "its body (decompressed) is larger")
            chunks.append(chunk)
        return _Download(b"".join(chunks), str(response.url), response.charset_encoding, media_type)


def _too_large(shown: str, max_bytes: int, why: str) -> FetchError:
    return FetchError(
        f"{shown} is over the {max_bytes:,}-byte limit ({why}); raise max_bytes if the page is "
        "genuine, or save it from your browser and pass the file.",
        url=shown,
        reason="too_large",
    )


def _transport_error(exc: httpx2.HTTPError, url: str) -> FetchError:
    shown = redact_url(str(exc.request.url)) if _has_request(exc) else redact_url(url)
    reason: FetchFailure
    if isinstance(exc, httpx2.TooManyRedirects):
        reason, what = "too_many_redirects", "redirected too many times (max_redirects)"
        advice = "open it in a browser to see where it leads, and pass the final address"
    elif isinstance(exc, httpx2.UnsupportedProtocol):
        reason, what = "bad_url", "redirected to an address that is not http(s)"
        advice = "save the page from your browser and pass the file"
    elif isinstance(exc, httpx2.TimeoutException):
        reason, what = "timeout", "did not answer in time"
        advice = "try again later, or raise the timeout"
    elif isinstance(exc, (httpx2.ConnectError, httpx2.NetworkError)):
        reason, what = "connection", f"could not be reached ({type(exc).__name__})"
        advice = "check the address and your network connection"
    else:
        reason, what = "protocol", f"sent a response that could not be read ({type(exc).__name__})"
        advice = "try again later, or save the page from your browser and pass the file"
    return FetchError(f"{shown} {what}; {advice}.", url=shown, reason=reason)


def _has_request(exc: httpx2.HTTPError) -> bool:
    try:
        exc.request  # noqa: B018 - the property raises when the error has no request
    except RuntimeError:
        return False
    return True


async def afetch_article(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_redirects: int = DEFAULT_MAX_REDIRECTS,
) -> WebArticle:
    """Download the page at ``url`` and extract its article (async; see :func:`fetch_article`)."""
    target = _check_url(url)
    shown = redact_url(target)
    try:
        download = await asyncio.wait_for(
            _download(target, timeout=timeout, max_bytes=max_bytes, max_redirects=max_redirects),
            timeout,
        )
    except asyncio.TimeoutError as exc:
        raise FetchError(
            f"{shown} took longer than {timeout:g} s to download; try again later, or raise "
            "the timeout.",
            url=shown,
            reason="timeout",
        ) from exc
    except httpx2.HTTPError as exc:
        raise _transport_error(exc, target) from exc
    if not download.content_type and not looks_like_html(download.body[:20000].decode("latin-1")):
        raise FetchError(
            f"{redact_url(download.url)} sent no content type and does not look like HTML; "
            "newsbrief extracts articles from web pages.",
            url=redact_url(download.url),
            reason="not_html",
        )
    return await asyncio.to_thread(
        extract_article, download.body, _without_userinfo(download.url), charset=download.charset
    )


def fetch_article(
    url: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_redirects: int = DEFAULT_MAX_REDIRECTS,
) -> WebArticle:
    """Download the page at ``url`` and extract its article.

    Args:
        url: An ``http://`` or ``https://`` address.
        timeout: Seconds allowed for the whole download (connection, redirects, headers and
            body); a server that sends slowly is cut off at this point, not per read.
        max_bytes: The largest body accepted, counted after decompression.
        max_redirects: Redirects followed before giving up.

    Returns:
        The article, with ``url`` the address after redirects (see :func:`extract_article`).

    Raises:
        FetchError: Bad URL (before any network call), connection failure, timeout, too many
            redirects, an HTTP error status, a content type other than HTML, a body over
            ``max_bytes``, or a malformed response.
        InputError: The page has no visible text.
    """
    return _run(
        afetch_article(url, timeout=timeout, max_bytes=max_bytes, max_redirects=max_redirects)
    )


def _run(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run ``coroutine`` to its end from sync code, also when this thread runs an event loop."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coroutine)
    with ThreadPoolExecutor(1, "newsbrief-fetch") as pool:
        return pool.submit(asyncio.run, coroutine).result()
