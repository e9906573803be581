"""Specifics checked like quotes: numbers, dates and names a model wrote that the article lacks.

A small model writing a headline, a summary or a translated statement invents specifics (a
"July 15" where the article says "last July"). :func:`unsupported_specifics` lists the ones in a
generated text that the article does not contain:

* **numbers**: every run of digits, compared without separators (``42.000``, ``42,000`` and
  ``42 000`` are one number); the article's number words up to twenty and its tens count as
  digits too (``eleven`` supports ``11``);
* **dates**: month and weekday names in English, German, French, Spanish, Italian and
  Portuguese, compared by meaning (``Thursday`` is supported by ``giovedì``);
* **names**: capitalised words inside a sentence, supported by an article word that is the same
  once accents and case are dropped, starts with it (``US``/``Usa``) or is close to it
  (``Moscow``/``Mosca``), so that names translated by their usual exonym pass. Common
  capitalised title words (``Minister``, ``Foreign``) are not names. Output in German, which
  capitalises every noun, and text in Title Case get no name check.
"""

from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from dataclasses import dataclass

__all__ = ["Unsupported", "is_month", "is_weekday", "unsupported_specifics"]

_MONTHS: tuple[tuple[str, ...], ...] = (
    ("january", "jan", "januar", "jänner", "janvier", "janv", "enero", "gennaio", "janeiro"),
    ("february", "feb", "februar", "février", "févr", "febrero", "febbraio", "fevereiro"),
    ("march", "mar", "märz", "mars", "marzo", "março"),
    ("april", "apr", "avril", "abril", "aprile"),
    ("may", "mai", "mayo", "maggio", "maio"),
    ("june", "jun", "juni", "juin", "junio", "giugno", "junho"),
    ("july", "jul", "juli", "juillet", "julio", "luglio", "julho"),
    ("august", "aug", "août", "agosto"),
    ("september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro"),
    ("october", "oct", "oktober", "octobre", "octubre", "ottobre", "outubro"),
    ("november", "nov", "novembre", "noviembre", "novembro"),
    ("december", "dec", "dezember", "décembre", "diciembre", "dicembre", "dezembro"),
)
_WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("monday", "montag", "lundi", "lunes", "lunedì", "lunedi", "segunda-feira", "segunda"),
    ("tuesday", "dienstag", "mardi", "martes", "martedì", "martedi", "terça-feira", "terça"),
    ("wednesday", "mittwoch", "mercredi", "miércoles", "mercoledì", "mercoledi", "quarta-feira"),
    ("thursday", "donnerstag", "jeudi", "jueves", "giovedì", "giovedi", "quinta-feira"),
    ("friday", "freitag", "vendredi", "viernes", "venerdì", "venerdi", "sexta-feira"),
    ("saturday", "samstag", "sonnabend", "samedi", "sábado", "sabato"),
    ("sunday", "sonntag", "dimanche", "domingo", "domenica"),
)
# Words a generated date is written in; "may"/"mar"/"mai" are checked only when capitalised.
_AMBIGUOUS = frozenset({"may", "mar", "mai", "jun", "jul", "sep", "dec", "nov", "oct", "apr"})

_NUMBER_WORDS: dict[str, str] = {}
for _value, _words in {
    "0": "zero null zéro cero",
    "1": "one eins un une uno una um",
    "2": "two zwei deux dos due dois duas",
    "3": "three drei trois tres tre três",
    "4": "four vier quatre cuatro quattro quatro",
    "5": "five fünf cinq cinco cinque",
    "6": "six sechs seis sei",
    "7": "seven sieben sept siete sette sete",
    "8": "eight acht huit ocho otto oito",
    "9": "nine neun neuf nueve nove",
    "10": "ten zehn dix diez dieci dez",
    "11": "eleven elf onze once undici",
    "12": "twelve zwölf douze doce dodici",
    "13": "thirteen dreizehn treize trece tredici treze",
    "14": "fourteen vierzehn quatorze catorce quattordici",
    "15": "fifteen fünfzehn quinze quince quindici",
    "16": "sixteen sechzehn seize dieciséis sedici dezesseis",
    "17": "seventeen siebzehn diciassette",
    "18": "eighteen achtzehn dieciocho diciotto dezoito",
    "19": "nineteen neunzehn diciannove",
    "20": "twenty zwanzig vingt veinte venti vinte",
    "30": "thirty dreißig trente treinta trenta trinta",
    "40": "forty vierzig quarante cuarenta quaranta quarenta",
    "50": "fifty fünfzig cinquante cincuenta cinquanta",
    "100": "hundred hundert cent cien cento cem",
    "1000": "thousand tausend mille mil",
}.items():
    for _word in _words.split():
        _NUMBER_WORDS.setdefault(_word, _value)

_NOT_NAMES = frozenset(
    re.findall(
        r"\S+",
        """
    i minister ministry ministers foreign interior defence defense finance secretary state
    department president prime government council court union city mayor chief executive
    director party parliament senate house office agency police army republic national
    federal regional european supreme general north south east west new the a an and of for
    in on at to by with from as but or not no he she it they we his her its their our this
    that these those there here what who when where why how news press report statement
    authority authorities committee commission board company group association minister's
    prefecture region province county district municipality school hospital university
    affairs treaty war conflict agreement talks summit meeting nations states united kingdom
    court tribunal police ministry parliament assembly coast guard navy military forces army
    mr mrs ms miss dr prof mme mlle
    """,
    )
)

_NUMBER = re.compile(r"\d+(?:[.,'\u00a0\u202f ]\d+)*")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", re.UNICODE)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”«»„]\s*|\n)\s*$")
_HONORIFIC_DOT = re.compile(r"(?<!\w)(?:Mr|Mrs|Ms|Dr|Prof|St|M|Mme)\.\s*$")
"""An honorific's full stop, which opens no sentence: "Mr. Smith" names Smith (a review)."""


@dataclass(frozen=True, slots=True)
class Unsupported:
    """A specific in generated text that the article does not contain.

    Attributes:
        kind: ``"number"``, ``"date"`` or ``"name"``.
        text: The specific as the generated text has it.
    """

    kind: str
    text: str

    def __str__(self) -> str:
        return f"{self.kind} {self.text!r}"


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number)


@dataclass(frozen=True, slots=True)
class _Article:
    numbers: frozenset[str]
    words: frozenset[str]
    months: frozenset[int]
    weekdays: frozenset[int]


def _lookup(table: tuple[tuple[str, ...], ...]) -> dict[str, int]:
    return {_fold(name): index for index, names in enumerate(table) for name in names}


_MONTH_OF = _lookup(_MONTHS)
_WEEKDAY_OF = _lookup(_WEEKDAYS)


def _calendar(word: str, table: tuple[tuple[str, ...], ...]) -> int | None:
    return (_MONTH_OF if table is _MONTHS else _WEEKDAY_OF).get(_fold(word))


def is_month(word: str) -> bool:
    """Whether ``word`` names a month in a language read ("November", "März", "janv")."""
    return _calendar(word, _MONTHS) is not None


def is_weekday(word: str) -> bool:
    """Whether ``word`` names a day of the week in a language read ("Monday", "lundi")."""
    return _calendar(word, _WEEKDAYS) is not None


_DAY_PARTS = ("abend", "morgen", "nachmittag", "vormittag", "mittag", "nacht", "fruh", "s")
"""What German joins to a weekday ("Donnerstagabend", "Mittwochmorgen", "montags"), folded."""


def _day_compound(word: str) -> int | None:
    """The weekday of a German compound of one (folded: "donnerstagabend" is Thursday), else
    ``None`` (real news, Berliner Morgenpost: "on Thursday" for "am Donnerstagabend" was taken
    for an invented date)."""
    for part in _DAY_PARTS:
        if word.endswith(part) and (day := _WEEKDAY_OF.get(word[: -len(part)])) is not None:
            return day
    return None


@functools.lru_cache(maxsize=8)
def _read_article(article: str) -> _Article:
    words = {_fold(w) for w in _WORD.findall(article)}
    numbers = {_digits(n) for n in _NUMBER.findall(article)}
    numbers |= {_NUMBER_WORDS[w] for w in words if w in _NUMBER_WORDS}
    # A decimal "1,5" may be written "1.5" or as its parts.
    numbers |= {part for n in _NUMBER.findall(article) for part in re.split(r"\D+", n) if part}
    months = {m for w in words if (m := _calendar(w, _MONTHS)) is not None}
    days = {d for w in words if (d := _calendar(w, _WEEKDAYS)) is not None}
    days |= {d for w in words if (d := _day_compound(w)) is not None}
    return _Article(frozenset(numbers), frozenset(words), frozenset(months), frozenset(days))


def _name_supported(word: str, article: _Article) -> bool:
    folded = _fold(word)
    if folded in article.words or folded in _NOT_NAMES:
        return True
    # An inflected or transliterated spelling ("Lavrova", "Lawrow") is the same name; the cheap
    # upper bounds skip most candidates before the full similarity.
    similar = difflib.SequenceMatcher(None, b=folded, autojunk=False)
    for candidate in article.words:
        if len(folded) >= 2 and candidate.startswith(folded):
            return True
        if len(folded) >= 4 and len(candidate) >= 4 and folded.startswith(candidate[:5]):
            return True
        if len(candidate) >= 3:
            similar.set_seq1(candidate)
            if (
                similar.real_quick_ratio() >= 0.7
                and similar.quick_ratio() >= 0.7
                and similar.ratio() >= 0.7
            ):
                return True
    return False


def unsupported_specifics(
    generated: str, article: str, *, language: str = "en", headline: bool = False
) -> list[Unsupported]:
    """The numbers, dates and names in ``generated`` that ``article`` does not contain.

    Args:
        generated: Text a model wrote (a headline, a summary, a statement, a question).
        article: The article it was written from.
        language: The language ``generated`` is written in (``"de"`` skips the name check).
        headline: ``generated`` is a headline (in Title Case it gets no name check).

    Returns:
        Each unsupported specific once, in order of appearance.
    """
    facts = _read_article(article)
    found: list[Unsupported] = []
    words = _WORD.findall(generated)
    # A headline in Title Case ("Blinken And Lavrov Meet") capitalises common words: no name
    # check there.
    title_case = headline and sum(w[:1].isupper() for w in words) > 0.6 * max(len(words), 1)
    for match in _NUMBER.finditer(generated):
        digits = _digits(match.group(0))
        parts = [p for p in re.split(r"\D+", match.group(0)) if p]
        if digits not in facts.numbers and not all(p in facts.numbers for p in parts):
            found.append(Unsupported("number", match.group(0)))
    for match in _WORD.finditer(generated):
        word = match.group(0)
        folded = _fold(word)
        capitalised = word[:1].isupper()
        month = _calendar(word, _MONTHS)
        if month is not None and (folded not in _AMBIGUOUS or capitalised):
            if month not in facts.months:
                found.append(Unsupported("date", word))
            continue
        day = _calendar(word, _WEEKDAYS)
        if day is not None:
            if day not in facts.weekdays:
                found.append(Unsupported("date", word))
            continue
        if language.lower() == "de" or title_case or not capitalised or len(word) < 2:
            continue
        if _SENTENCE_START.search(generated[: match.start()]) and not _HONORIFIC_DOT.search(
            generated[: match.start()]
        ):
            continue
        if not _name_supported(word, facts):
            found.append(Unsupported("name", word))
    unique: dict[tuple[str, str], Unsupported] = {}
    for item in found:
        unique.setdefault((item.kind, item.text), item)
    return list(unique.values())
