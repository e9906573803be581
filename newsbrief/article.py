"""Checked input: what the caller passed in, the article text offsets index, and what the model sees.

* ``str`` is taken as is. Offsets in the brief index that exact string.
* ``bytes`` are decoded as UTF-8 (a leading BOM is dropped); anything else is an
  :class:`~newsbrief.errors.InputError` naming the first bad byte. Offsets index the decoded text.
* HTML (detected, or forced with ``input_format="html"``) is turned into plain text by
  :func:`html_to_text`: scripts, styles, comments and hidden elements (``hidden``,
  ``aria-hidden="true"``, ``display:none``, ``visibility:hidden``) are dropped, because a reader
  never sees them. Offsets then index ``html_to_text(html)``, and the brief says so
  (``metadata.input_format == "html"``).
* Lone surrogates cannot be sent as JSON; the model sees U+FFFD in their place (one character for
  one, so offsets are unchanged). Other control characters are sent escaped, as JSON allows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Literal

from newsbrief.errors import InputError

__all__ = ["InputFormat", "Article", "prepare_article", "html_to_text", "looks_like_html"]

InputFormat = Literal["auto", "text", "html"]

_HTML_HINT = re.compile(
    r"<\s*(html|body|head|p|div|article|section|span|br|h[1-6]|script|style|a\s+href|!--)\b",
    re.IGNORECASE,
)
_SURROGATE = re.compile("[\ud800-\udfff]")
_SKIPPED = {"script", "style", "template", "noscript", "head", "iframe", "svg", "object", "title"}
_BLOCKS = {
    "p", "div", "article", "section", "header", "footer", "aside", "main", "blockquote", "li",
    "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "table", "tr", "pre",
}  # fmt: skip
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
         "track", "wbr"}  # fmt: skip


@dataclass(frozen=True)
class Article:
    """An article ready to summarise.

    Attributes:
        text: The text offsets index: the caller's string, the decoded bytes, or the HTML's text.
        model_text: What the model sees (``text`` with lone surrogates replaced, same length).
        input_format: ``"text"`` or ``"html"``.
    """

    text: str
    model_text: str
    input_format: Literal["text", "html"]


def looks_like_html(text: str) -> bool:
    """Whether ``text`` looks like HTML markup rather than article text."""
    return len(_HTML_HINT.findall(text[:20000])) >= 2


def _is_hidden(attrs: list[tuple[str, str | None]]) -> bool:
    for name, value in attrs:
        name = name.lower()
        value = (value or "").lower().replace(" ", "")
        if name == "hidden" or (name == "aria-hidden" and value == "true"):
            return True
        if name == "style" and ("display:none" in value or "visibility:hidden" in value):
            return True
    return False


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_tag: str | None = None
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._skip_tag is not None:
            if tag == self._skip_tag:
                self._skip_depth += 1
            return
        if tag in _VOID:
            if tag in ("br", "hr"):
                self.parts.append("\n")
            return
        if tag in _SKIPPED or _is_hidden(attrs):
            self._skip_tag, self._skip_depth = tag, 1
            return
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if self._skip_tag is not None:
            if tag == self._skip_tag:
                self._skip_depth -= 1
                if self._skip_depth == 0:
                    self._skip_tag = None
            return
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._skip_tag is None:
            self.parts.append(re.sub(r"[ \t\r\n\f]+", " ", data))


def html_to_text(html: str) -> str:
    """The text a reader sees in ``html``: paragraphs separated by a blank line.

    Deterministic, so ``html_to_text(html)`` is the text the offsets of a brief of ``html`` index.
    """
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    lines = [line.strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _decode(data: bytes | bytearray) -> str:
    try:
        return bytes(data).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"The article bytes are not UTF-8 (byte {exc.start}: {exc.reason}); decode them "
            "yourself with the right encoding and pass a str."
        ) from exc


def prepare_article(text: object, input_format: InputFormat = "auto") -> Article:
    """Check and prepare what the caller passed, before any network call.

    Raises:
        InputError: Not text, not UTF-8, or nothing to summarise.
    """
    if isinstance(text, (bytes, bytearray)):
        text = _decode(text)
    if not isinstance(text, str):
        raise InputError(f"The article must be str or UTF-8 bytes, not {type(text).__name__}.")
    fmt: Literal["text", "html"] = "text"
    if input_format == "html" or (input_format == "auto" and looks_like_html(text)):
        text, fmt = html_to_text(text), "html"
    if not text.strip():
        what = "has no visible text" if fmt == "html" else "is empty or only whitespace"
        raise InputError(f"The article {what}; there is nothing to summarise.")
    return Article(text=text, model_text=_SURROGATE.sub("\ufffd", text), input_format=fmt)
