"""Country names, in the article's language and in English (CLDR's, through Babel).

A small model calls every country an organisation ("Russia", "Ucraina", "Stati Uniti" in an
Italian article about two ministers), so the staged strategy keeps a country among the actors
only when the article has it speak ("North Korea said"). The names are CLDR's territory names of
the two-letter regions (countries and territories, not "World" or "European Union"), compared
with :func:`newsbrief.names.normalize_name`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale, UnknownLocaleError

from newsbrief.names import bracketed_forms, normalize_name

__all__ = ["country_names", "is_country"]

# Two-letter CLDR codes that are no country: groupings and CLDR's private-use regions.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})
# The initials news writes for a few countries, in any language ("the U.S.", "die USA"; real
# news, CNN Money): CLDR has only the full names.
_INITIALS = frozenset({"us", "u.s", "u.s.", "usa", "u.s.a", "u.s.a.", "uk", "u.k", "u.k.", "uae"})
_ARTICLE = re.compile(r"^(?:(?:the|la|le|les|il|lo|gli|el|los|las|die|der|das|os|as)\s+|l['’])")


@lru_cache(maxsize=32)
def country_names(language: str) -> frozenset[str]:
    """The normalised names of the countries in ``language`` (ISO 639-1) and in English.

    An unknown language gives the English names only.
    """
    names: set[str] = set()
    for code in dict.fromkeys(("en", language.lower())):
        try:
            territories = Locale.parse(code).territories
        except (UnknownLocaleError, ValueError):
            continue
        for region, name in territories.items():
            if len(region) == 2 and region.isalpha() and region not in _NOT_COUNTRIES:
                names.update(_forms(name))
    return frozenset(names | _INITIALS)


def _forms(name: str) -> set[str]:
    """A CLDR name and the names it holds: "Myanmar (Burma)" is also "Myanmar" and "Burma",
    "Congo - Kinshasa" also "Congo"."""
    folded = normalize_name(name)
    forms = bracketed_forms(folded)
    head, dash, _ = folded.partition(" - ")
    if dash:
        forms.add(head.strip())
    return forms


def is_country(name: str, language: str) -> bool:
    """Whether ``name`` is a country's name in ``language`` or in English ("Stati Uniti",
    "Russland", "North Korea"); a leading article is not part of the name ("the United
    States")."""
    folded = _ARTICLE.sub("", normalize_name(name), count=1)
    return folded in country_names(language)
