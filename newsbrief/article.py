"""Checked input: what the caller passed, the text offsets index, and what the model sees.

* ``str`` is taken as is. Offsets in the brief index that exact string.
* ``bytes`` are decoded as UTF-8 (a leading BOM is dropped); anything else is an
  :class:`~newsbrief.errors.InputError` naming the first bad byte. Offsets index the decoded text.
* HTML (detected, or forced with ``input_format="html"``) is turned into plain text by
  :func:`html_to_text`: scripts, styles, comments and hidden elements (``hidden``,
  ``aria-hidden="true"``, ``display:none``, ``visibility:hidden``) are dropped, because a reader
  never sees them. Offsets then index ``html_to_text(html)``, and the brief says so
  (``metadata.input_format == "html"``).
* A hard-wrapped text (a wire story or a mail at 72 columns) ends no sentence at a line break
  that only wraps a line: the staged strategy reads :func:`unwrapped` text, the same length,
  so offsets still index the caller's text and its quotes keep the line breaks.
* Lone surrogates cannot be sent as JSON; the model sees U+FFFD in their place (one character for
  one, so offsets are unchanged). Other control characters are sent escaped, as JSON allows.
* Sentences that are instructions to an AI (found by :func:`newsbrief.injection.instruction_spans`:
  "ignore previous instructions" and its paraphrases in ten languages, role lines such as
  ``SYSTEM:`` and chat-template markers, fake closing tags, fake JSON answers, base64 text,
  demands on the headline or links) are withheld from the model: it sees a short placeholder
  instead. They stay in the text offsets index, and ``metadata.withheld`` lists their spans.
  Small models obey such text whatever the prompt says; a brief must never be steered by the
  article it summarises.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Literal

from newsbrief.errors import InputError
from newsbrief.injection import instruction_spans

__all__ = [
    "WITHHELD_NOTE",
    "Article",
    "InputFormat",
    "has_visible_text",
    "html_to_text",
    "instruction_like_spans",
    "looks_like_html",
    "prepare_article",
    "sentences",
    "soft_line_breaks",
    "unwrapped",
]

InputFormat = Literal["auto", "text", "html"]

_HTML_HINT = re.compile(
    r"<\s*(html|body|head|p|div|article|section|span|br|h[1-6]|script|style|a\s+href|!--)\b",
    re.IGNORECASE,
)
_SURROGATE = re.compile("[\ud800-\udfff]")
WITHHELD_NOTE = "[newsbrief: a line resembling instructions to an AI was withheld here]"
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
        withheld: ``(start, end)`` spans of ``text`` withheld from the model as instruction-like.
    """

    text: str
    model_text: str
    input_format: Literal["text", "html"]
    withheld: tuple[tuple[int, int], ...] = ()

    def text_offset(self, model_offset: int, *, end: bool = False) -> int:
        """The offset in :attr:`text` of ``model_offset`` in :attr:`model_text`.

        The two differ only where a withheld span's placeholder stands in the model's text; an
        offset inside a placeholder maps to the span's start, or with ``end`` to its end, so
        that a part cut there holds the withheld span whole.
        """
        shift = 0  # text offset minus model offset, before the span at hand
        for start, stop in self.withheld:
            note_start = start - shift
            note_end = note_start + len(WITHHELD_NOTE)
            if model_offset <= note_start:
                break
            if model_offset < note_end:
                return stop if end else start
            shift += (stop - start) - len(WITHHELD_NOTE)
        return model_offset + shift

    def part(self, start: int, end: int) -> Article:
        """``text[start:end]`` as an article of its own (offsets from 0), withheld spans
        included (clipped to it), and what the model sees of it."""
        withheld = [
            (max(s, start) - start, min(e, end) - start)
            for s, e in self.withheld
            if s < end and e > start
        ]
        piece = self.text[start:end]
        return Article(
            text=piece,
            model_text=_model_view(piece, withheld),
            input_format=self.input_format,
            withheld=tuple(withheld),
        )


# A sentence runs to its end mark and any closing quotation marks, or to the end of its line.
_SENTENCE = re.compile(r"[^\s][^\n]*?(?:[.!?…][»”\"’']*(?=\s|$)|(?=\n)|$)")


def sentences(text: str, *, min_length: int = 12) -> list[str]:
    """The article's sentences, each an exact substring of ``text``, in order, without repeats.

    Used to constrain a grammar-bound model's quotes to the article's own words. A sentence with
    straight double quotes or backslashes gives the pieces between them instead (the words
    between the marks are what is quoted, and llama.cpp's schema-to-grammar conversion mishandles
    those characters in enums). Pieces holding the withheld-line placeholder are left out.
    """
    found = (
        part.strip()
        for match in _SENTENCE.finditer(text)
        for part in re.split(r'["\\]', match.group(0))
    )
    return list(dict.fromkeys(p for p in found if len(p) >= min_length and WITHHELD_NOTE not in p))


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


# Letters and symbols that render as nothing (Hangul fillers, the braille blank), besides the
# categories below.
_BLANK_CHARACTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def has_visible_text(text: str) -> bool:
    """Whether ``text`` has a character a reader would see.

    Whitespace, and characters of the Unicode categories C (controls, format characters such as
    zero-width spaces and joiners, bidirectional controls and soft hyphens, surrogates, private
    use, unassigned), M (combining marks with nothing to combine with, variation selectors) and
    Z (separators) are not seen, nor are the Hangul fillers and the braille blank.
    """
    return any(
        not c.isspace() and c not in _BLANK_CHARACTERS and unicodedata.category(c)[0] not in "CMZ"
        for c in text
    )


def _decode(data: bytes | bytearray) -> str:
    try:
        return bytes(data).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"The article bytes are not UTF-8 (byte {exc.start}: {exc.reason}); decode them "
            "yourself with the right encoding and pass a str."
        ) from exc


def instruction_like_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` withheld from the model: :func:`newsbrief.injection.instruction_spans`
    (kept under this name for callers of the line-based filter it replaced)."""
    return instruction_spans(text)


MIN_WRAPPED_BREAKS = 3
"""Fewest line breaks inside paragraphs before a text can be read as hard-wrapped."""
MIN_WRAP_WIDTH = 40
"""Narrowest such width (shorter lines are headings or a list)."""
MAX_WRAP_WIDTH = 100
"""Widest line (most lines shorter) of a hard-wrapped text; a text with longer lines has one
paragraph per line."""
_LINE_END = re.compile(r"[.!?…:;]['\"’”»)\]]*\s*$")
_LIST_LINE = re.compile(r"\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s")


def soft_line_breaks(text: str) -> list[int]:
    """The offsets of the line breaks that only wrap a paragraph's lines in a hard-wrapped
    text (a wire story or a mail at 72 columns, where "The mayor of Springfield, John" ends a
    line and "Smith, said ..." opens the next), else none.

    A text is hard-wrapped when at least :data:`MIN_WRAPPED_BREAKS` line breaks stand inside
    paragraphs (between two lines that are not blank), most of them after a line that ends
    mid-sentence, and most of its lines are :data:`MIN_WRAP_WIDTH` to :data:`MAX_WRAP_WIDTH`
    characters long. Then a break wraps a line when the line before is long (at least 60% of
    that width) or ends mid-sentence before a lower-case word, and the next line opens no list
    item; a short line (a heading, a paragraph's last line) keeps its break.
    """
    lines: list[tuple[int, str]] = []  # (offset, line)
    offset = 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    inner = [i for i in range(len(lines) - 1) if lines[i][1].strip() and lines[i + 1][1].strip()]
    if len(inner) < MIN_WRAPPED_BREAKS:
        return []
    open_ended = [i for i in inner if not _LINE_END.search(lines[i][1])]
    if len(open_ended) * 2 < len(inner):
        return []
    widths = sorted(len(lines[i][1].rstrip()) for i in inner)
    width = widths[(len(widths) * 9) // 10 - 1 if len(widths) >= 10 else -1]
    if not MIN_WRAP_WIDTH <= width <= MAX_WRAP_WIDTH:
        return []
    soft: list[int] = []
    for i in inner:
        before, after = lines[i][1].rstrip(), lines[i + 1][1]
        if _LIST_LINE.match(after):
            continue
        long_enough = len(before) >= 0.6 * width
        goes_on = not _LINE_END.search(before) and after.lstrip()[:1].islower()
        if long_enough or goes_on:
            soft.append(lines[i + 1][0] - 1)
    return soft


def unwrapped(text: str) -> str:
    """``text`` with its :func:`soft_line_breaks` (and a carriage return before one) as
    spaces: one character for one, so every offset into it is an offset into ``text``."""
    chars = list(text)
    for at in soft_line_breaks(text):
        chars[at] = " "
        if at and chars[at - 1] == "\r":
            chars[at - 1] = " "
    return "".join(chars)


def _model_view(text: str, withheld: list[tuple[int, int]]) -> str:
    # Article.text_offset maps offsets back through exactly this: one WITHHELD_NOTE per span.
    pieces: list[str] = []
    cursor = 0
    for start, end in withheld:
        pieces += [text[cursor:start], WITHHELD_NOTE]
        cursor = end
    pieces.append(text[cursor:])
    return _SURROGATE.sub("\ufffd", "".join(pieces))


def prepare_article(
    text: object, input_format: InputFormat = "auto", *, withhold_instructions: bool = True
) -> Article:
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
    if not has_visible_text(text):
        raise InputError(
            "The article has only invisible characters (zero-width, bidirectional controls, soft "
            "hyphens, variation selectors...) and whitespace; there is nothing to summarise."
        )
    withheld = instruction_spans(text) if withhold_instructions else []
    return Article(
        text=text,
        model_text=_model_view(text, withheld),
        input_format=fmt,
        withheld=tuple(withheld),
    )
