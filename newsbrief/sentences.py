"""An article's sentences, with exact offsets into the caller's text.

Sentences are the units the staged strategy shows the model (numbered) and the evidence it can
point to, so their offsets must index the caller's own string: ``text[s.start:s.end] == s.text``
for every sentence, whatever the characters (non-breaking spaces, typographic quotes, emoji).

Boundaries come from `sentencex <https://pypi.org/project/sentencex/>`_ (Wikimedia's segmenter:
no dependencies, about 300 languages, per-language abbreviation lists, quotations kept whole).
A few things are added on top of it:

* a line break always ends a sentence (titles, bylines and list items carry no full stop);
* in Italian and Spanish, whose lists hold common words and names ("fa", "no", "Usa", "Nato",
  "PP"), a full stop after a word that is no real abbreviation ends the sentence when a capital
  follows, outside a quotation;
* a few titles that its lists miss (French ``M.``, ``MM.``, ``Dr.``; Italian ``On.``; English
  ``a.m.``/``p.m.`` before a capital) do not end a sentence: the piece ending in one is joined to
  the next; nor does a German ordinal before its noun ("im 21. Jahrhundert");
* a sentence in brackets ends at its closing bracket ("... am 14. September. (Und er hat sich
  dafür entschuldigt.) Drei Tage später ..."): sentencex runs it on into the next sentence;
* a quotation mark that opens the next sentence belongs to it: sentencex leaves it at the end
  of the sentence before (``he said. "`` then ``In fact ..."``), or alone when a line break
  follows the full stop, which would leave both quotations unclosed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sentencex

__all__ = ["DATELINE_SENTENCES", "Sentence", "dateline_end", "dateline_length", "split_sentences"]

# Titles and abbreviations that sentencex (1.0.x) ends a sentence at, per language; "*" is for
# every language. Compared case-sensitively on the last word of a piece.
_NOT_AN_END: dict[str, frozenset[str]] = {
    "*": frozenset({"Dr.", "Prof.", "Mr.", "Mrs.", "Ms.", "St."}),
    "en": frozenset({"a.m.", "p.m.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Gov.", "Sen."}),
    "fr": frozenset({"M.", "MM.", "Mme.", "Pr.", "Me.", "janv.", "févr.", "av.", "J.-C."}),
    "it": frozenset({"On.", "on.", "Sig.", "sig.", "Dott.", "dott.", "Avv.", "avv."}),
    "de": frozenset({"Dr.", "Nr.", "Abs.", "Art."}),
    "es": frozenset({"Sr.", "Sra.", "Dra.", "EE.", "UU."}),
    "pt": frozenset({"Sr.", "Sra.", "Dra.", "dr.", "dra."}),
}

_LAST_WORD = re.compile(r"(\S+)\s*$")

_OPENING_MARK = re.compile(r"(?:^|(?<=\s))[\"\u201c\u201e\u00ab\u201a]$")
"""A quotation mark that ends a piece after a space (or is the whole piece): one that opens.
Closing marks follow a word; the French closing guillemet, written after a space, is not here."""


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of an article.

    Attributes:
        number: Its number, from 1, as the model sees it.
        start: Offset of its first character in the caller's text.
        end: Offset one past its last character (``text[start:end] == self.text``).
        text: The sentence, exactly as in the article (no surrounding whitespace).
        paragraph: The paragraph it belongs to, from 0 (paragraphs are separated by blank lines;
            in a text with no blank line, by line breaks).
    """

    number: int
    start: int
    end: int
    text: str
    paragraph: int


def _pieces(text: str, language: str) -> list[tuple[int, int]]:
    """``(start, end)`` of sentencex's sentences, trimmed, checked, and cut at line breaks."""
    spans: list[tuple[int, int]] = []
    for boundary in sentencex.get_sentence_boundaries(language, text):
        start, end = int(boundary["start_index"]), int(boundary["end_index"])
        if text[start:end] != boundary["text"]:  # never seen; the text wins over the index
            found = text.find(str(boundary["text"]), spans[-1][1] if spans else 0)
            if found < 0:
                continue
            start, end = found, found + len(str(boundary["text"]))
        for line in re.finditer(r"[^\n]+", text[start:end]):
            a, b = start + line.start(), start + line.end()
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                spans.append((a, b))
    return spans


_BRACKET_END = re.compile(
    r"(\S*?)[.!?\u2026][\"\u201c\u201d\u00bb]?\)(?=\s+[\"\u201c\u201e\u00ab(]?[^\W\d_])"
)
"""A full stop (or "!", "?", an ellipsis) closing a bracket, then a space and a letter: the
bracketed sentence ends there when the letter is a capital (checked apart)."""


def _capital_follows(text: str, at: int, end: int) -> bool:
    """Whether the first letter of ``text[at:end]`` is a capital (marks and spaces skipped)."""
    while at < end and not text[at].isalpha():
        at += 1
    return at < end and text[at].isupper()


def _bracket_ends(text: str, spans: list[tuple[int, int]], language: str) -> list[tuple[int, int]]:
    """Cut each piece after a bracketed sentence that a capital word follows on the same line."""
    titles = _NOT_AN_END["*"] | _NOT_AN_END.get(language, frozenset())
    out: list[tuple[int, int]] = []
    for start, end in spans:
        cut = start
        for match in _BRACKET_END.finditer(text, start, end):
            if (
                not _capital_follows(text, match.end(), end)
                or match.group(1) + "." in titles
                or match.end() - cut < 2
            ):
                continue
            out.append((cut, match.end()))
            cut = match.end()
            while cut < end and text[cut].isspace():
                cut += 1
        out.append((cut, end))
    return out


_ABBREVIATIONS: dict[str, frozenset[str]] = {
    "it": frozenset(
        [
            "sig",
            "sigg",
            "sig.ra",
            "dott",
            "dr",
            "prof",
            "avv",
            "on",
            "ing",
            "gen",
            "sen",
            "arch",
            "geom",
            "rag",
            "mons",
            "p",
            "pag",
            "pagg",
            "art",
            "artt",
            "cap",
            "n",
            "nn",
            "ecc",
            "es",
            "cfr",
            "vol",
            "ca",
            "tel",
            "fig",
            "sec",
            "sez",
            "ss",
            "segg",
            "gg",
            "sant",
            "s",
            "st",
            "col",
            "magg",
            "ten",
            "cav",
            "comm",
            "feb",
            "mar",
            "apr",
            "mag",
            "giu",
            "lug",
            "ago",
            "set",
            "ott",
            "nov",
            "dic",
            "card",
            "app",
            "brig",
            "pres",
            "amm",
            "pref",
            "rev",
            "dir",
            "co",
            "ltd",
            "corp",
            "inc",
            "vs",
        ]
    ),
    "es": frozenset(
        [
            "sr",
            "sra",
            "srta",
            "sres",
            "dr",
            "dra",
            "d",
            "dña",
            "lic",
            "ing",
            "prof",
            "arq",
            "gral",
            "art",
            "núm",
            "pág",
            "págs",
            "etc",
            "ej",
            "av",
            "avda",
            "c",
            "ee",
            "uu",
            "ud",
            "uds",
            "vd",
            "vds",
            "sto",
            "sta",
            "mons",
            "excmo",
            "excma",
            "ilmo",
            "ilma",
            "cía",
            "ene",
            "feb",
            "mar",
            "abr",
            "may",
            "jun",
            "jul",
            "ago",
            "sep",
            "sept",
            "oct",
            "nov",
            "dic",
            "pza",
            "vs",
            "gob",
            "univ",
            "lcdo",
            "lcda",
            "dpto",
            "vol",
            "tel",
            "km",
            "co",
            "ltd",
            "corp",
            "inc",
        ]
    ),
}
"""Real abbreviations of the languages whose sentencex (1.0.x) lists hold common words and
names too, compared in lower case: Italian "fa" ("due anni fa."), "no", "Usa", "Ue", "Onu",
"Nato", "Pd", "Tar"; Spanish "no", "bien", "contra", "PP" (real news, Corriere della Sera: "...
dal presidente eletto degli Usa. L'elogio di Trump: «...»" was one sentence). A sentence of these
languages ends after any other word with a full stop that a capital follows."""

_FULL_STOP_THEN_CAPITAL = re.compile(
    r"(?P<word>[^\s\"“”„«»‘’()\[\]]+)\.(?P<marks>[\"”»’)]*)\s+(?=[\"“„«‘(]?\s?[^\W\d_])"
)


def _inside_quotation(piece: str) -> bool:
    """Whether ``piece`` ends inside a quotation it opens (sentencex keeps a quotation of
    several sentences whole, and so does :func:`_missed_ends`): guillemets, „...“, “...”, or
    an odd number of straight marks."""
    guillemets = low = curly = 0
    for char in piece:
        if char == "«":
            guillemets += 1
        elif char == "»":
            guillemets = max(0, guillemets - 1)
        elif char == "„":
            low += 1
        elif char == "“":
            if low:
                low -= 1
            else:
                curly += 1
        elif char == "”":
            curly = max(0, curly - 1)
    return bool(guillemets or low or curly or piece.count('"') % 2)


def _missed_ends(text: str, spans: list[tuple[int, int]], language: str) -> list[tuple[int, int]]:
    """Cut each piece where a word that is no abbreviation (of :data:`_ABBREVIATIONS`) ends
    with a full stop that a capital follows: sentencex took the word for one. An initial
    ("J."), a dotted abbreviation ("S.p.A.", "EE.UU.") and a number keep their piece whole."""
    keep = _ABBREVIATIONS.get(language)
    if keep is None:
        return spans
    titles = _NOT_AN_END["*"] | _NOT_AN_END.get(language, frozenset())
    out: list[tuple[int, int]] = []
    for start, end in spans:
        cut = start
        for match in _FULL_STOP_THEN_CAPITAL.finditer(text, start, end):
            # an elided article is not part of the word ("l'avv.", "dall'On.")
            word = re.split(r"['’]", match.group("word"))[-1]
            if (
                not _capital_follows(text, match.end(), end)
                or len(word) == 1
                or "." in word
                or not any(c.isalpha() for c in word)
                or word.casefold() in keep
                or word + "." in titles
                or _inside_quotation(text[cut : match.end("marks")])
            ):
                continue
            stop = match.start("marks") + len(match.group("marks"))
            out.append((cut, stop))
            cut = match.end()
        out.append((cut, end))
    return out


_NUMBER_AND_STOP = re.compile(r"\(?\d{1,4}\.")
_GERMAN_ORDINAL_NOUN = re.compile(
    r"(?:Jahrhunderts?|Jahrtausends?|Mal|Male|Platz|Rang|Runde|Spieltag|Etappe|Liga|Klasse|"
    r"Stock|Etage|Minute|Woche|Sitzung|Geburtstag|Jahrestag|Todestag|Lebensjahr|Amtszeit|"
    r"Auflage|Ausgabe|Staffel|Folge|Kapitel|Bundesliga|"
    # months, which sentencex knows except before a comma ("wie am Freitag, 28. April, waren
    # zuletzt selten geworden"; real news, DW)
    r"Januar|Jänner|Februar|Feber|März|April|Mai|Juni|Juli|August|September|Oktober|"
    r"November|Dezember)(?!\w)"
)
"""German nouns a number with a full stop, an ordinal, stands before ("Mitte des 16.
Jahrhunderts", "im 21. Jahrhundert"; real news, Die Presse: sentencex ends a sentence there)."""


_GERMAN_ARTICLE_BEFORE_NUMBER = re.compile(
    r"(?<!\w)(?:dem|den|der|des|das|im|beim|vom|zum|zur|ins|einem|einer|eines)\s+\d{1,3}\.$",
    re.IGNORECASE,
)
"""A German article right before a number and its full stop: an ordinal before a name ("mit dem
1. FC Kaiserslautern"; real news, Börsen-Zeitung: sentencex ended a sentence there), which no
sentence ends with."""


_GERMAN_SENTENCE_OPENER = re.compile(
    r"(?:Die|Der|Das|Den|Dem|Des|Ein|Eine|Er|Sie|Es|Wir|Ich|Dann|Danach|Doch|Aber|Und|Auch|Dies|"
    r"Diese|Dieser|Damit|Dabei|Zudem|So|Nun|Jetzt|Heute|Man|Wer|Was|Wie|Im|In|Am|Zum|Zur)(?!\w)"
)
"""Words that open a German sentence: after "der 15." they start the next one ("Anmeldeschluss
ist der 15. Die Teilnahme ist kostenlos"; a review), where a name goes on ("dem 1. FC")."""


_ENDS_IN_INITIALS = re.compile(r"\w[-–/](?:[A-Z]\.)+$")
_OPENS_WITH_INITIAL = re.compile(r"[A-Z]\.(?:[A-Z]\.)*(?:\s|$|[-–/,;:])")


def _joined(text: str, spans: list[tuple[int, int]], language: str) -> list[tuple[int, int]]:
    """Join a piece that ends in a title (sentencex's lists miss a few) to the next one, and a
    piece that goes on in lower case or after a dash on the same line ("4.9 million bbl. of oil
    that spilled", "bbl. — about 17% of the total"): an abbreviation's full stop, no end."""
    titles = _NOT_AN_END["*"] | _NOT_AN_END.get(language, frozenset())
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out:
            prev_start, prev_end = out[-1]
            last = _LAST_WORD.search(text[prev_start:prev_end])
            gap = text[prev_end:start]
            goes_on = text[start].islower() or text[start : start + 2] in ("— ", "– ")
            ordinal = (
                language == "de"
                and last is not None
                and _NUMBER_AND_STOP.fullmatch(last.group(1)) is not None
                and (
                    _GERMAN_ORDINAL_NOUN.match(text, start) is not None
                    or (
                        _GERMAN_ARTICLE_BEFORE_NUMBER.search(text, prev_start, prev_end) is not None
                        and _GERMAN_SENTENCE_OPENER.match(text, start) is None
                    )
                )
            )
            # initials cut after a hyphen ("Japan-U." and "S. Status of Forces Agreement";
            # real news, The Japan News)
            initials = (
                not gap
                and last is not None
                and _ENDS_IN_INITIALS.search(last.group(1)) is not None
                and _OPENS_WITH_INITIAL.match(text, start) is not None
            )
            if "\n" not in gap and (
                (last is not None and last.group(1) in titles)
                or (goes_on and text[prev_end - 1] == ".")
                or ordinal
                or initials
            ):
                out[-1] = (prev_start, end)
                continue
        out.append((start, end))
    return out


def _paired_without(body: str) -> bool:
    """Whether the straight marks of ``body`` pair up, its first one left out when it closes
    a quotation the piece before opened (after a word, not at the start: 'Some of the
    questions left many unsettled," said Eben Burnham-Snyder, a department spokesman. "';
    real news, the Chicago Tribune: the mark that opens the next quotation stayed here, and
    the quotation over two sentences went to another speaker)."""
    first = body.find('"')
    if first > 0 and not body[first - 1].isspace():
        body = body[:first] + body[first + 1 :]
    return body.count('"') % 2 == 0


def _opening_marks_moved(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Move a quotation mark that ends a piece to the start of the next piece on its line (a
    straight one only when it leaves the piece's own straight marks paired)."""
    out = list(spans)
    for i in range(len(out) - 1):
        start, end = out[i]
        piece = text[start:end]
        next_start, next_end = out[i + 1]
        if (
            not _OPENING_MARK.search(piece)
            or "\n" in text[end:next_start]
            or (piece[-1] == '"' and not _paired_without(piece[:-1]))
        ):
            continue
        mark = end - 1
        rest = piece[:-1].rstrip()
        out[i] = (start, start + len(rest))
        out[i + 1] = (mark, next_end)
    return [(a, b) for a, b in out if a < b]


def _wordless_left_out(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pieces with a letter or a digit: a stray mark is no sentence ("... strategische
    Niederlage zuzufügen.„" gave a sentence "„" of its own, which stood as a claim; real news,
    ZDF). Left out, not joined to the sentence before: one that ends in a mark states no fact
    to the rules (a review)."""
    return [(a, b) for a, b in spans if re.search(r"\w", text[a:b]) is not None]


def split_sentences(text: str, language: str = "en") -> list[Sentence]:
    """The sentences of ``text``, numbered from 1, with exact offsets.

    Args:
        text: The article, as the caller has it (offsets index this very string).
        language: ISO 639-1 code of the article's language; it chooses the abbreviation list
            (an unknown code falls back to sentencex's defaults).

    Returns:
        The sentences in order; whitespace between them belongs to none.
    """
    language = language.lower()
    pieces = _bracket_ends(text, _missed_ends(text, _pieces(text, language), language), language)
    spans = _wordless_left_out(text, _opening_marks_moved(text, _joined(text, pieces, language)))
    # Paragraphs are separated by blank lines; a text with none (as text extractors such as
    # trafilatura write it) has one paragraph per line.
    blank_line = r"\n[ \t\r\f\v]*\n"
    paragraph_break = blank_line if re.search(blank_line, text) else r"\n"
    paragraph_of: list[int] = []
    paragraph = 0
    previous_end = 0
    for index, (start, end) in enumerate(spans):
        if index and re.search(paragraph_break, text[previous_end:start]):
            paragraph += 1
        paragraph_of.append(paragraph)
        previous_end = end
    return [
        Sentence(
            number=n, start=start, end=end, text=text[start:end], paragraph=paragraph_of[n - 1]
        )
        for n, (start, end) in enumerate(spans, start=1)
    ]


_DATELINE = re.compile(
    # a place or two ("BEIRUT/THE HAGUE, March 7 (Reuters) - "), then a date
    r"(?:[A-ZÀ-Ý][\w.'’/ -]{0,30}?(?:,\s*[\w. ]{1,20}?)?\s*)?"
    r"\((?P<source>[A-Za-z][\w.&/ -]{0,24})\)"  # the agency or outlet
    r"\s*(?:--|[-—–:])\s+(?=[\"“„«‘'A-ZÀ-Ý0-9])"
)
"""A wire story's dateline: "Washington (CNN) -- ", "BERLIN, 5. Juni (dpa) - ", "(AP) — "."""
_PLACE_DATELINE = re.compile(
    # a place in capitals, its country or state after a comma, and a long dash ("KATHMANDU,
    # Nepal — ", "WASHINGTON — "): no outlet named
    # (five letters or more and a word after it not in capitals: not "NATO — The alliance",
    # "EU – China relations", "FC BAYERN – BORUSSIA DORTMUND 2:1"; a review)
    r"(?=[A-ZÀ-Ý]{5}|[A-ZÀ-Ý]+[ /-][A-ZÀ-Ý]{2})[A-ZÀ-Ý][A-ZÀ-Ý.'’/ -]{2,30}"
    r"(?:,\s*[A-ZÀ-Ý][\w.]*(?:\s+[A-ZÀ-Ý][\w.]*){0,2})?"
    r"\s*(?:--|[—–])\s+(?=[\"“„«‘']|[A-ZÀ-Ý0-9](?![A-ZÀ-Ý]{2}))"
)
"""A dateline of a place alone: a word of five capitals or two words in capitals, its country
after a comma, then a long dash or "--" (not a hyphen), and a word not in capitals."""


DATELINE_SENTENCES = 3
"""A dateline is looked for in the article's first sentences only (a title may come first)."""


def dateline_end(sentence: Sentence) -> int:
    """Where a dateline that opens ``sentence`` ends (0 for none): only in the article's first
    :data:`DATELINE_SENTENCES` sentences, where a title may come first."""
    return dateline_length(sentence.text) if sentence.number <= DATELINE_SENTENCES else 0


def dateline_length(sentence: str) -> int:
    """How many characters of ``sentence`` are a dateline that opens it ("Washington (CNN) -- "
    of "Washington (CNN) -- Democrats pledged Friday ..."), else 0.

    The dateline says where the story was filed and by whom: the outlet in it reports the
    sentence, and neither it nor the place is part of the claim. A place, an optional date, an
    outlet in brackets and a dash or colon after it, or a place in capitals and a long dash
    ("WASHINGTON — "); the sentence goes on with a capital, a digit or a quotation mark. A
    name followed by its initials is no dateline.
    """
    match = _DATELINE.match(sentence)
    if match is None:
        place = _PLACE_DATELINE.match(sentence)
        return place.end() if place is not None else 0
    before = sentence[: match.start("source") - 1]
    initials = "".join(w[0] for w in re.findall(r"[^\W\d_]+", before) if w[0].isupper())
    if initials and match.group("source").replace(".", "").upper() in (initials, initials[1:]):
        return 0  # a name and its initials ("The European Union (EU) - ..."), no dateline
    return match.end()
