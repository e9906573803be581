"""Negation a translation dropped: the one word that turns a sentence into its opposite.

The checks of :mod:`newsbrief.specifics` see names, numbers and dates; a translation can keep all
of them and say the opposite. A small model translating German news wrote "You can expect
wonders" for "Wunder erwarten kannst du keine", "It makes Voigt stand down" for "Das lässt Voigt
nicht auf sich sitzen", and left out "er wolle weder etwas bestätigen noch ausschließen" (real
news: 20 Minuten, WELT, n-tv). :func:`dropped_negation` finds a sentence whose words negate and a
translation with no word that negates at all.

The check is one-sided on purpose. A sentence is read for its plain negations only ("nicht",
"kein", "ohne"; "non", "sans", "sin"; and German verbs that reject what they report: "weist
... zurück", "bestreitet"), so that a word that negates by meaning ("fehlen",
"verboten") does not ask for a "not"; a translation passes with any way of saying no, the
prefixed and lexical ones included where a list of them is kept, English's ("unsure" for
"nicht sicher", "non-exclusive" for "nicht-exklusiv", "prevent" for "damit ... nicht", "except"
for "nur nicht"); in another language only its plain negations count. Languages without a list
here are not judged.
"""

from __future__ import annotations

import re

__all__ = ["NEGATION_LANGUAGES", "dropped_negation"]

_PLAIN: dict[str, str] = {
    "de": r"nicht|nichts|kein\w*|nie|niemals|niemand\w*|weder|nirgends|nirgendwo|ohne",
    "en": r"not|no|never|nobody|nothing|none|neither|nor|without|cannot|nowhere",
    "fr": r"ne|jamais|aucun\w*|rien|sans|ni",
    "it": r"non|nessun\w*|niente|nulla|senza|né|neanche|nemmeno|neppure",
    "es": r"no|nunca|jamás|nadie|nada|ningun\w*|ningún|sin|ni|tampoco",
    "pt": r"não|nunca|jamais|ninguém|nada|nenhum\w*|sem|nem",
    "nl": r"niet|niets|geen|nooit|niemand|zonder|noch|nergens",
}
"""Each language's plain negations: words that negate whatever sentence they stand in."""

_ELIDED: dict[str, str] = {"en": r"\w+n['’]t(?!\w)", "fr": r"n['’](?=\w)"}
"""Negations written into the word before or after them ("don't"; "n'a")."""

_BY_MEANING: dict[str, str] = {
    "en": (
        r"non-\w+|un(?:sure|likely|able|clear|known|certain|favou?rable|willing|aware|"
        r"acceptable|necessary|til)|in(?:appropriate|adequate|sufficient|correct|capable)|"
        r"im(?:possible|probable|proper)|illegal|avoid\w*|prevent\w*|except|lack\w*|fail\w*|"
        r"refus\w*|forb[ia]d\w*|den(?:y|ies|ied)|absent|instead|hardly|barely|rul\w* out|"
        r"reject\w*|dismiss\w*|rebuff\w*|refut\w*|disput\w*|contest\w*|repudiat\w*"
    ),
}
"""Words of a language that say no by their meaning: a translation may negate with them."""

_REJECTS: dict[str, re.Pattern[str]] = {
    "de": re.compile(
        r"(?<!\w)(?:(?:weist|wies|wiesen|weisen)(?=\s[^,;.]{0,60}?\s(?:zurück|von\s+sich)(?!\w))|"
        r"zurückgewiesen|zurückweis\w*|bestreit\w*|bestritt\w*|dementier\w*|leugne\w*|"
        r"abgestritten|streitet\s[^,;.]{0,40}?\sab(?!\w))",
        re.IGNORECASE,
    ),
}
"""Verbs that reject what they report ("Der chinesische Konzern weist die Vorwürfe von sich";
real news, 20 Minuten: translated "The Chinese company has admitted its wrongdoing"): a
translation must say no too."""

NEGATION_LANGUAGES = frozenset(_PLAIN)
"""The languages whose negations :func:`dropped_negation` reads."""


def _pattern(language: str, *, by_meaning: bool) -> re.Pattern[str]:
    words = _PLAIN[language]
    if by_meaning and language in _BY_MEANING:
        words += "|" + _BY_MEANING[language]
    elided = _ELIDED.get(language)
    either = rf"(?:{words})(?!\w)" + (f"|{elided}" if elided else "")
    return re.compile(rf"(?<!\w)(?:{either})", re.IGNORECASE)


_PLAIN_OF = {language: _pattern(language, by_meaning=False) for language in _PLAIN}
_ANY_OF = {language: _pattern(language, by_meaning=True) for language in _PLAIN}


def dropped_negation(
    original: str, language: str, written: str, written_language: str
) -> str | None:
    """The negation of ``original`` that ``written``, its translation, does not carry.

    Args:
        original: The sentence (or the part of it) that was translated.
        language: ISO 639-1 code of ``original``.
        written: The translation.
        written_language: ISO 639-1 code of ``written``.

    Returns:
        The first plain negation of ``original`` ("nicht", "keine") when ``written`` has no
        word that negates; ``None`` when it has one, when ``original`` has none, or when either
        language is not in :data:`NEGATION_LANGUAGES`.
    """
    plain = _PLAIN_OF.get(language)
    negates = _ANY_OF.get(written_language)
    if plain is None or negates is None:
        return None
    found = plain.search(original)
    if found is None and language in _REJECTS:
        found = _REJECTS[language].search(original)
    if found is None or negates.search(written):
        return None
    return found.group(0)
