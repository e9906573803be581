"""Violent events a translation invented: a shooting, a death or a bomb its sentence has not.

The checks of :mod:`newsbrief.specifics` see names, numbers and dates, and
:mod:`newsbrief.polarity` a negation dropped; a translation can keep all of them and still
change what happened. A small model translating German news wrote "mass shooting" for
"Massenschlägerei" (a mass brawl; real news, Zeit Online). :func:`invented_event` finds an
English statement that tells of a shooting, a killing or an explosion where its sentence has
no word of that kind of event at all.

The check is one-sided on purpose: a statement is read for a few plain English words of each
event, and its sentence is asked only for any word of the same event in its language, a
stem list that errs on the side of finding one ("töt" finds "getötet", "tot" finds "Tote"),
so that a statement passes whenever its sentence may tell of the event. Only English
statements of the languages listed here are judged.
"""

from __future__ import annotations

import re

__all__ = ["EVENT_LANGUAGES", "invented_event"]

_WRITTEN: dict[str, str] = {
    "shooting": r"shoot\w*|shot|shots|gunfire|gunm[ae]n|gunshots?",
    "killing": r"kill\w*|murder\w*|dead|deaths?|died|dies|dying|fatal\w*",
    "explosion": r"bomb\w*|explosions?|explod\w*|explosives?|blasts?|detonat\w*",
}
"""Plain English words for each event a statement may tell of."""

_STEMS: dict[str, dict[str, str]] = {
    "shooting": {
        "en": r"shoot|shot|gun|fire|firing|rifle|pistol|bullet|sniper|weapon|armed",
        "de": r"schieß|schiess|schoss|schöss|schuss|schüss|gewehr|pistole|waffe|feuer|kugel",
        "fr": r"tir|fusill|abatt|arme|balle|feu|coup de|pistolet",
        "it": r"spar|fucil|pistol|arm[aie]|colpi|proiettil|fuoco|mitra",
        "es": r"dispar|tirote|balazo|bala|arma|pistol|fusil|fuego|tiro",
    },
    "killing": {
        "en": r"kill|murder|dead|death|die|fatal|lives|bod(?:y|ies)|victim|slain|homicide",
        "de": r"tot|töt|tod|starb|sterb|gestorben|leben|mord|leiche|opfer|umgebracht|hingericht",
        "fr": r"mort|tué|tue|tuer|décè|meurtr|assassin|victime|cadavre|corps|vie|périr|péri",
        "it": r"mort|uccis|uccid|decess|omicid|vittim|cadaver|corpi|vita|vite|perso la",
        "es": r"muert|mató|matar|mata|falleci|asesin|víctima|cadáver|cuerpo|vida|homicid",
    },
    "explosion": {
        "en": r"bomb|explo|blast|detonat|ied|grenade|mine|rocket|missile|shell",
        "de": r"bomb|explo|spreng|detoni|granat|mine|rakete|anschlag|geschoss",
        "fr": r"bomb|explo|déton|grenade|mine|roquette|missile|obus|attentat|engin",
        "it": r"bomb|esplo|ordign|detona|granat|mina|razzo|missil|attentat",
        "es": r"bomb|explo|deton|granada|mina|cohete|misil|atentado|artefacto",
    },
}
"""Stems of any word of each event, in each language a sentence may be in."""

EVENT_LANGUAGES = frozenset(_STEMS["killing"])
"""Languages whose sentences are judged (an English statement of each)."""


def invented_event(original: str, language: str, written: str, written_language: str) -> str | None:
    """The word of ``written``, an English statement of ``original``, that tells of a
    shooting, a killing or an explosion ``original`` has no word of ("mass shooting" of
    "Massenschlägerei"), else ``None``. Statements in another language, and sentences in a
    language not in :data:`EVENT_LANGUAGES`, are not judged.

    Args:
        original: The article's sentence.
        language: Its ISO 639-1 code.
        written: The statement written of it.
        written_language: The statement's ISO 639-1 code.
    """
    if written_language != "en" or language not in EVENT_LANGUAGES:
        return None
    folded = original.casefold()
    for event, words in _WRITTEN.items():
        found = re.search(rf"(?<!\w)(?:{words})(?!\w)", written, re.IGNORECASE)
        if found is None:
            continue
        if re.search(rf"(?:{_STEMS[event][language]})", folded) is None:
            return found.group(0)
    return None
