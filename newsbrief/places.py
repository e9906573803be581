"""Country names, in the article's language and in English (CLDR's, through Babel), and the
seats of government news names for governments ("Ottawa announced", "Moskau warnte").

A small model calls every country an organisation ("Russia", "Ucraina", "Stati Uniti" in an
Italian article about two ministers), so the staged strategy keeps a country among the actors
only when the article has it speak ("North Korea said"). The names are CLDR's territory names of
the two-letter regions (countries and territories, not "World" or "European Union"), compared
with :func:`newsbrief.names.normalize_name`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from babel import Locale, UnknownLocaleError

from newsbrief.names import bracketed_forms, normalize_name
from newsbrief.sentences import Sentence

__all__ = [
    "acts_as_a_body",
    "country_as_written",
    "country_names",
    "country_of_adjective",
    "german_country_adjective",
    "is_country",
    "is_nationality",
    "is_place_adjective",
    "is_seat_of_government",
    "names_a_nationality",
    "names_people_of",
    "nationality_noun",
    "one_country",
    "same_country",
    "written_as_a_place",
]

# Two-letter CLDR codes that are no country: groupings and CLDR's private-use regions.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})
_ARTICLE = re.compile(r"^(?:(?:the|la|le|les|il|lo|gli|el|los|las|die|der|das|os|as)\s+|l['’])")


# The initials news writes for a few countries, in any language ("the U.S.", "die USA"; real
# news, CNN Money), and their regions: CLDR has only the full names.
_INITIALS_REGIONS = {
    "us": "US", "u.s": "US", "u.s.": "US", "usa": "US", "u.s.a": "US", "u.s.a.": "US",
    "uk": "GB", "u.k": "GB", "u.k.": "GB", "uae": "AE",
}  # fmt: skip

# The names news writes for a few countries that CLDR gives under another (CLDR's own variants,
# "Czech Republic" for "Czechia", are not in Babel's data): "Britain", "Turkey" since CLDR has
# "Türkiye", "Ivory Coast", in English and in the languages of Europe's news ("Großbritannien",
# "Grande-Bretagne"), folded as normalize_name folds.
_VARIANT_REGIONS = {
    "britain": "GB", "great britain": "GB", "grossbritannien": "GB", "grande-bretagne": "GB",
    "gran bretagna": "GB", "gran bretana": "GB", "gra-bretanha": "GB",
    "turkey": "TR", "czech republic": "CZ", "ivory coast": "CI", "swaziland": "SZ",
    "east timor": "TL", "macedonia": "MK", "bosnia-herzegovina": "BA",
    "dr congo": "CD", "democratic republic of congo": "CD",
    "democratic republic of the congo": "CD", "republic of congo": "CG",
    "republic of the congo": "CG", "palestine": "PS",
}  # fmt: skip
# (not "the Vatican", which speaks as the Holy See's body, nor "DRC", the Danish Refugee
# Council's initials too, nor "Hong Kong"'s government; a review)


@lru_cache(maxsize=32)
def _regions(language: str) -> dict[str, str]:
    regions: dict[str, str] = {}
    for code in dict.fromkeys(("en", language.lower())):
        try:
            territories = Locale.parse(code).territories
        except (UnknownLocaleError, ValueError):
            continue
        for region, name in territories.items():
            if len(region) == 2 and region.isalpha() and region not in _NOT_COUNTRIES:
                regions.update(dict.fromkeys(_forms(name), region))
    return regions | _INITIALS_REGIONS | _VARIANT_REGIONS


@lru_cache(maxsize=32)
def country_names(language: str) -> frozenset[str]:
    """The normalised names of the countries in ``language`` (ISO 639-1) and in English.

    An unknown language gives the English names only.
    """
    return frozenset(_regions(language))


_GERMAN_COUNTRY_ADJECTIVE = re.compile(
    r"(?P<stem>[a-zäöüß]{3,}?)(?:ensisch|esisch|isch)(?:en|e|er|em|es)?"
)


def german_country_adjective(word: str) -> bool:
    """Whether ``word`` is a German adjective of a country in lower case, told by the first
    letters of its stem ("libanesischen", "israelischen", "palästinensische"; not
    "politischen", "islamischen")."""
    found = _GERMAN_COUNTRY_ADJECTIVE.fullmatch(word)
    if found is None:
        return False
    stem = normalize_name(found.group("stem"))[:5]
    return any(name.startswith(stem) for name in country_names("de"))


def _forms(name: str) -> set[str]:
    """A CLDR name and the names it holds: "Myanmar (Burma)" is also "Myanmar" and "Burma",
    "Congo - Kinshasa" also "Congo", "Trinidad & Tobago" also "Trinidad and Tobago"."""
    folded = normalize_name(name)
    forms = bracketed_forms(folded)
    head, dash, _ = folded.partition(" - ")
    if dash:
        forms.add(head.strip())
    # "Bosnia & Herzegovina", "Trinidad & Tobago": news writes "and"
    forms |= {form.replace(" & ", " and ") for form in forms}
    return forms


_WRITTEN_IN = ("de", "fr", "it", "es", "pt", "nl")
"""The languages a country named in English is looked for in, in an article."""


@lru_cache(maxsize=1)
def _regions_by_english_name() -> dict[str, str]:
    english = Locale.parse("en").territories
    return {
        form: region
        for region, name in english.items()
        if len(region) == 2 and region.isalpha() and region not in _NOT_COUNTRIES
        for form in _forms(name)
    }


def country_as_written(name: str, text: str) -> str | None:
    """The words ``text`` writes for the country ``name`` gives in English, in one of a few
    languages ("Russia" is "Russie" in a French article, "Russland" in a German one), else
    ``None``: a small model lists the countries of an article in other languages by their
    English names (real news, Le Figaro: "Russia" was left out, the article naming no such
    country, and the claims it makes went to others)."""
    region = _regions_by_english_name().get(_ARTICLE.sub("", normalize_name(name), count=1))
    if region is None:
        return None
    for language in _WRITTEN_IN:
        written = Locale.parse(language).territories.get(region)
        if not written:
            continue
        # "Myanmar (Birmanie)", "Congo-Kinshasa": the head is what news writes
        head = re.split(r"\s*[(]|\s+-\s+", written, maxsplit=1)[0]
        found = re.search(rf"(?<!\w){re.escape(head)}(?!\w)", text, re.IGNORECASE)
        if found is not None:
            return found.group()
    return None


def same_country(name: str, other: str, language: str) -> bool:
    """Whether ``name`` and ``other`` are two names of one country, in ``language`` or in
    English ("US" and "USA", "USA" and "Vereinigte Staaten", "Russland" and "Russia"; a
    leading article aside). Two names of no country are not the same country."""
    regions = _regions(language)
    first = regions.get(_ARTICLE.sub("", normalize_name(name), count=1))
    return first is not None and first == regions.get(
        _ARTICLE.sub("", normalize_name(other), count=1)
    )


def one_country(name: str, other: str) -> bool:
    """Whether ``name`` and ``other`` are two names of one country in English or in one of the
    languages an article's countries are looked for in ("Stati Uniti" and "Usa", "USA" and
    "Vereinigte Staaten"), whatever the article's language."""
    # the one country each name is in every language that knows it: CLDR has "Congo" for
    # the Democratic Republic in some languages and for the Republic in others (a review:
    # "Congo" and "Congo-Brazzaville" were merged)
    first, second = _countries_of(name), _countries_of(other)
    return len(first) == 1 and first == second


def _countries_of(name: str) -> set[str]:
    """The regions ``name`` names, in English and in each language of :data:`_WRITTEN_IN`."""
    folded = _ARTICLE.sub("", normalize_name(name), count=1)
    return {
        region for language in _WRITTEN_IN if (region := _regions(language).get(folded)) is not None
    }


def is_country(name: str, language: str) -> bool:
    """Whether ``name`` is a country's name in ``language`` or in English ("Stati Uniti",
    "Russland", "North Korea"); a leading article is not part of the name ("the United
    States")."""
    folded = _ARTICLE.sub("", normalize_name(name), count=1)
    return folded in country_names(language)


_ADJECTIVE_ENDINGS = ("ian", "ean", "ese", "ish", "an", "i", "n")
"""How English adjectives of countries end ("Russian", "Israeli", "Chinese", "South African")."""
MAX_ADJECTIVE_GAP = 2
"""Most letters a country's name has past the stem of its adjective ("Swed-ish", "Swed-en";
not "Roma-n" and "Roma-nia", so not "Pol-ish" and "Pol-and" either)."""


def country_of_adjective(word: str, language: str) -> str | None:
    """The country (its normalised name) that an English adjective names: "Russian" is
    "russia", "South African" "south africa", "Austrian" "austria" (not "australia"). ``None``
    for a word that is a country's name itself, or names none (or two as near) by its form:
    "American", "French" and "British" are not built from their countries' names, nor "Polish"
    close enough to tell from "Roman"."""
    folded = normalize_name(word)
    names = country_names(language)
    if folded in names:
        return None
    close: dict[str, int] = {}
    for ending in _ADJECTIVE_ENDINGS:
        if not folded.endswith(ending):
            continue
        stem = folded[: -len(ending)]
        if len(stem) < 3:
            continue
        for name in names:
            if name.startswith(stem) and len(name) - len(stem) <= MAX_ADJECTIVE_GAP:
                close[name] = min(close.get(name, 99), len(name) - len(stem))
    if not close:
        return None
    best = min(close.values())
    found = [name for name, gap in close.items() if gap == best]
    return found[0] if len(found) == 1 else None


# The capitals and seats of government news writes for the governments in them ("Ottawa
# announced this week plans to cut ..."; real news, the Globe and Mail), in English, German,
# French, Italian and Spanish (folded, accents dropped). CLDR has no capitals, so this is a
# list: the seats news has speak, not every capital. A name on it is only offered to the
# kinds stage where it speaks, and that stage still decides what it is ("Santiago said" may
# be a person).
_SEATS = frozenset(
    {"washington", "moscow", "moskau", "beijing", "peking", "kyiv", "kiev", "kiew", "london",
     "paris", "berlin", "brussels", "brussel", "tokyo", "tokio", "seoul", "pyongyang",
     "tehran", "teheran", "ottawa", "canberra", "ankara", "jerusalem", "damascus", "damaskus",
     "cairo", "kairo", "riyadh", "riad", "new delhi", "neu-delhi", "islamabad", "kabul",
     "baghdad", "bagdad", "manila", "hanoi", "bangkok", "jakarta", "taipei", "caracas",
     "havana", "havanna", "madrid", "rome", "rom", "warsaw", "warschau", "vienna", "wien",
     "bern", "minsk", "tbilisi", "tiflis", "budapest", "prague", "prag", "athens", "athen",
     "doha", "abu dhabi", "beirut", "amman", "wellington", "pretoria", "nairobi", "abuja",
     "addis ababa", "addis abeba", "khartoum", "khartum", "tripoli", "tunis", "algiers",
     "algier", "rabat", "baku", "yerevan", "eriwan", "astana", "tashkent", "taschkent",
     "ulaanbaatar", "naypyidaw", "dhaka", "colombo", "kathmandu", "bogota", "lima", "santiago",
     "brasilia", "buenos aires", "mexico city", "ramallah", "sanaa", "muscat", "maskat",
     "downing street", "whitehall", "westminster", "kremlin", "kreml", "elysee",
     # the Prime Minister's office by its number ("On Monday night No 10 confirmed ..."; real
     # news, the Telegraph)
     "no 10", "no. 10", "number 10",
     "pentagon", "quai d'orsay", "zhongnanhai", "white house", "weisse haus", "weisses haus",
     # French, Italian and Spanish names ("Pechino infatti ha sottolineato ..."; real news,
     # il Giornale: Beijing's words went to Moscow, the one seat the article named twice)
     "moscou", "mosca", "moscu", "pekin", "pechino", "londres", "londra", "bruxelles",
     "bruselas", "bruxelas", "seul", "damas", "damasco", "caire",
     "varsovie", "varsavia", "varsovia", "berne", "berna", "athenes", "atene", "atenas",
     "roma", "lisbonne", "lisbona", "lisboa", "gerusalemme",
     "maison blanche", "casa bianca", "casa blanca", "matignon", "palazzo chigi", "moncloa",
     "quirinale", "farnesina", "cremlino", "pentagone", "pentagono"}
)  # fmt: skip


def is_nationality(word: str) -> bool:
    """Whether ``word`` is the English adjective of a country built from the country's name as
    it is written, its last vowel dropped at most ("Colombian", "Israeli", "Chinese"): stricter
    than :func:`country_of_adjective`, which also takes given names that only resemble one
    ("Sami" for Samoa, "Conan" for Congo, "Chan" for Chad)."""
    country = country_of_adjective(word, "en")
    if country is None:
        return False
    folded = normalize_name(word)
    stems = {country, country[:-1] if country[-1:] in ("a", "e", "i", "o", "y") else country}
    return any(folded == stem + ending for stem in stems for ending in _ADJECTIVE_ENDINGS)


_NATIONALITY_NOUNS = frozenset(
    {"frenchman", "frenchwoman", "englishman", "englishwoman", "scotsman", "scotswoman",
     "irishman", "irishwoman", "welshman", "welshwoman", "dutchman", "dutchwoman", "spaniard",
     "briton", "swede", "brit", "aussie", "argentine"}
)  # fmt: skip
_IRREGULAR_NATIONALITIES = _NATIONALITY_NOUNS | frozenset(
    {"british", "french", "english", "dutch", "irish", "scottish", "welsh", "american",
     "spanish", "danish", "swedish", "finnish", "polish", "greek", "thai", "turkish", "czech",
     "slovak", "portuguese", "filipino", "norwegian", "icelandic", "maltese", "cypriot", "swiss",
     "dane", "finn", "pole", "scot", "kiwi"}
)  # fmt: skip


def nationality_noun(word: str) -> bool:
    """Whether ``word`` is an English noun for someone of a country that may stand before their
    name ("Frenchman Corentin Moutet", "Briton"): no part of the name. Not "Dane", "Finn", "Pole"
    or "Scot", given names too."""
    return normalize_name(word) in _NATIONALITY_NOUNS


def names_a_nationality(word: str) -> bool:
    """Whether the one word ``word`` is an English word for a country's people: one
    :func:`is_nationality` builds from the country's name, or an irregular one ("British",
    "French", "Dutch", "Swiss", "Frenchman"), no one's name alone."""
    return normalize_name(word) in _IRREGULAR_NATIONALITIES or is_nationality(word)


def is_seat_of_government(name: str) -> bool:
    """Whether ``name`` is a capital or a seat of government that news has speak for its
    government ("Ottawa", "Peking", "Downing Street", "the Kremlin"), a leading article
    aside."""
    return _ARTICLE.sub("", normalize_name(name), count=1) in _SEATS


_CONTINENT_ADJECTIVES = frozenset(
    {"american", "european", "african", "asian", "arab", "atlantic", "pacific", "caribbean",
     "nordic", "baltic", "balkan", "scandinavian"}
)  # fmt: skip


_DIRECTIONS = frozenset(
    {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western"}
)  # fmt: skip


def is_place_adjective(name: str) -> bool:
    """Whether ``name`` is the adjective of a continent or of a country after a direction
    ("North American", "South Korean"): no one's name."""
    words = name.split()
    last = words[-1]
    # (a direction before a country's: "South Korean"; not a surname that looks like one:
    # "Mark Cuban", "Michael German", "Ashraf Ghani"; a review)
    return last.casefold() in _CONTINENT_ADJECTIVES or (
        len(words) == 2
        and words[0].casefold() in _DIRECTIONS
        and country_of_adjective(last, "en") is not None
    )


_PEOPLE_ENDINGS = ("n", "an", "ian", "ean", "er", "ese", "ite", "i")
"""Endings that make a place's name the word for its people ("Carolina" and "Carolinian",
"Texas" and "Texan", "Berlin" and "Berliner", "New York" and "New Yorker")."""


def names_people_of(name: str, place: str) -> bool:
    """Whether ``name`` is the word for the people of ``place`` ("North Carolinian" of "North
    Carolina", "Floridian" of "Florida"): someone from there, no one's name. The words before
    the last are the place's own, so a person's name is never one ("Jan Berliner")."""
    words, place_words = name.split(), place.split()
    if not words or len(words) != len(place_words) or words[:-1] != place_words[:-1]:
        return False
    last, stem = words[-1], place_words[-1].rstrip("aeiosy")
    if len(stem) < 3 or not last.startswith(stem) or last == place_words[-1]:
        return False
    return last[len(stem) :] in _PEOPLE_ENDINGS or any(
        last == place_words[-1] + ending for ending in _PEOPLE_ENDINGS
    )


_LOCATIVE = re.compile(
    r"(?<!\w)(?:in|im|nach|aus|from|into|across|throughout|à|au|aux|en|a|di|da|desde)\s+$",
    re.IGNORECASE,
)
"""A preposition right before a name that makes it a place ("aus China", "in Hessen", "à
Tombouctou")."""


_WHERE = re.compile(
    r"(?<!\w)(?:in|im|nach|aus|from|into|across|throughout|outside|at|near|à|au|aux|en|a|di|da|"
    r"desde|de|nel|nella|em|no|na|près\s+de|cerca\s+de|vicino\s+a)\s+$",
    re.IGNORECASE,
)
"""A preposition of place or of whose people ("Outside Springfield, farmers said ...",
"Vecinos de Cubillos han denunciado ..."; a review)."""


def written_as_a_place(name: str, sentences: Sequence[Sentence]) -> bool:
    """Whether the article writes ``name`` after a preposition of place somewhere ("à
    Tombouctou", "aus China", "Outside Springfield", "Vecinos de Cubillos")."""
    return any(
        _WHERE.search(sentence.text[: found.start()]) is not None
        for sentence in sentences
        for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence.text)
    )


def acts_as_a_body(name: str, sentences: Sequence[Sentence]) -> bool:
    """Whether the article has ``name`` open a sentence as the subject of a verb ("Temu zahlte
    den Betrag.", "Wish hat ... nicht reagiert.") and never writes it as a place, after a
    preposition of place ("aus China", "in Hessen"): a company or a body, whatever a model
    calls it."""
    opens = False
    for sentence in sentences:
        for found in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence.text):
            if _LOCATIVE.search(sentence.text[: found.start()]):
                return False
            if found.start() == 0 and _acting_verb(sentence.text[found.end() :]):
                opens = True
    return opens


_BEING = frozenset(
    {"ist", "sind", "war", "waren", "liegt", "lag", "zählt", "gehört", "hat", "haben", "hatte",
     "is", "are", "was", "were", "lies", "remains", "has", "have", "had"}
)  # fmt: skip
"""Verbs a place is the subject of too ("Hallbrunn hat rund 42.000 Einwohner")."""
_PERFECT_END = re.compile(r"(?:\bge\w+(?:t|en)|\w+iert)\W*$")
"""A German participle that closes a sentence in the perfect ("... nicht reagiert.")."""
_ENGLISH_PARTICIPLE = re.compile(r"(?:\w+(?:ed|en)|said|paid|told|made|sent|sold|built)$")


def _acting_verb(rest: str) -> bool:
    """Whether ``rest``, what follows a name that opens a sentence, opens with a verb it does
    ("zahlte den Betrag", "hat ... nicht reagiert", "has paid the fine"), not one of being or
    having."""
    words = rest.split()
    if not words or not words[0][:1].islower():
        return False
    verb = words[0].casefold()
    if verb not in _BEING:
        return True
    if verb in ("hat", "haben", "hatte", "ist", "sind", "war"):
        return _PERFECT_END.search(rest) is not None
    if verb in ("has", "have", "had") and len(words) > 1:
        return _ENGLISH_PARTICIPLE.fullmatch(words[1].casefold()) is not None
    return False
