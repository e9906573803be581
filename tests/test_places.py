"""Country names in the article's language and in English."""

from __future__ import annotations

import pytest

from newsbrief.places import (
    acts_as_a_body,
    country_as_written,
    country_of_adjective,
    german_country_adjective,
    is_country,
    is_nationality,
    is_place_adjective,
    names_people_of,
    same_country,
)
from newsbrief.sentences import split_sentences


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("Stati Uniti", "it"),
        ("Ucraina", "it"),
        ("Russland", "de"),
        ("the United States", "en"),
        ("l’Italie", "fr"),
        ("North Korea", "fr"),  # English names count in every language
        ("Myanmar", "en"),  # CLDR writes "Myanmar (Burma)"
        ("Birmanie", "fr"),
        ("ESTADOS UNIDOS", "es"),
        # initials (real news, CNN Money: "U.S" was kept as an organisation)
        ("U.S", "en"),
        ("the U.K.", "en"),
        ("die USA", "de"),
        # the names news writes that CLDR gives under another
        ("Britain", "en"),
        ("Großbritannien", "de"),
        ("Turkey", "en"),  # CLDR: "Türkiye"
        ("the Czech Republic", "en"),  # CLDR: "Czechia"
        ("Ivory Coast", "en"),
        ("Bosnia and Herzegovina", "en"),  # CLDR: "Bosnia & Herzegovina"
        ("Trinidad and Tobago", "en"),
        ("DR Congo", "en"),
    ],
)
def test_countries_are_known_in_the_articles_language_and_in_english(
    name: str, language: str
) -> None:
    assert is_country(name, language)


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("United Nations", "en"),  # a CLDR region, not a country
        ("Unione europea", "it"),
        ("Mosca", "it"),  # a city
        ("Chimirel", "fr"),
        ("Ucraina", "xx"),  # an unknown language knows the English names only
        ("Holland", "en"),  # a province, and a surname
        ("the Vatican", "en"),  # speaks as a body ("The Vatican excommunicated ...")
        ("DRC", "en"),  # the Danish Refugee Council too
    ],
)
def test_groupings_cities_companies_are_no_countries(name: str, language: str) -> None:
    assert not is_country(name, language)


@pytest.mark.parametrize(
    ("adjective", "country"),
    [
        ("Russian", "russia"),
        ("Ukrainian", "ukraine"),
        ("South African", "south africa"),
        ("Austrian", "austria"),
        ("Australian", "australia"),
        ("German", "germany"),
        ("Chinese", "china"),
        ("Israeli", "israel"),
        ("Lebanese", "lebanon"),
        ("Turkish", "turkey"),  # news's name, not CLDR's "Türkiye"
        # not built from the country's name, or a name of its own
        ("American", None),
        ("French", None),
        ("Jordan", None),
        ("Roman", None),
        ("Christian", None),
        ("Brian", None),
    ],
)
def test_a_countrys_adjective_names_it(adjective: str, country: str | None) -> None:
    assert country_of_adjective(adjective, "en") == country


@pytest.mark.parametrize(
    ("name", "text", "written"),
    [
        ("Russia", "La Russie a affirmé vendredi ...", "Russie"),
        ("North Korea", "Des missiles pour la Corée du Nord.", "Corée du Nord"),
        ("Germany", "Die Regierung in Deutschland hat ...", "Deutschland"),
        ("the United States", "Gli Stati Uniti hanno detto ...", "Stati Uniti"),
        ("Narnia", "La Russie a affirmé ...", None),
        ("Russia", "Le Kremlin a affirmé ...", None),
    ],
)
def test_a_country_named_in_english_as_the_article_writes_it(
    name: str, text: str, written: str | None
) -> None:
    assert country_as_written(name, text) == written


@pytest.mark.parametrize(
    ("word", "nationality"),
    [
        ("Colombian", True),
        ("Israeli", True),
        ("Chinese", True),
        ("Kenyan", True),
        ("Nepalese", True),
        # given names that country_of_adjective takes for Samoa, Congo, Chad, Canada
        ("Sami", False),
        ("Conan", False),
        ("Chan", False),
        ("Canaan", False),
        ("Sebastian", False),
        ("Colombia", False),  # the country itself
    ],
)
def test_a_nationality_is_built_from_its_countrys_name(word: str, nationality: bool) -> None:
    assert is_nationality(word) is nationality


@pytest.mark.parametrize(
    ("language", "text", "name", "acts"),
    [
        ("de", "Temu zahlte den Betrag. Shops wie Temu sind billig.", "Temu", True),
        ("de", "Wish hat auf eine Anfrage nicht reagiert.", "Wish", True),
        ("en", "Temu has paid the fine.", "Temu", True),
        # a verb of being or having, which a place is the subject of too (the gold water tariff)
        (
            "de",
            "Die Stadtwerke von Hallbrunn. Hallbrunn hat rund 42.000 Einwohner.",
            "Hallbrunn",
            False,
        ),
        ("en", "Springfield is a small town.", "Springfield", False),
        # written as a place somewhere
        (
            "fr",
            "Tombouctou est une ville du Mali. Les islamistes sont à Tombouctou.",
            "Tombouctou",
            False,
        ),
        ("de", "Viele Geräte kamen aus China. China wies das zurück.", "China", False),
        # never the subject that opens a sentence
        ("de", "Die Tester bestellten bei Temu.", "Temu", False),
        ("de", "Temu: ein Test.", "Temu", False),
    ],
)
def test_a_name_that_acts_as_a_body(language: str, text: str, name: str, acts: bool) -> None:
    assert acts_as_a_body(name, split_sentences(text, language)) is acts


@pytest.mark.parametrize(
    ("name", "place", "people"),
    [
        ("North Carolinian", "North Carolina", True),  # real news, Occupy Democrats
        ("Floridian", "Florida", True),
        ("Texan", "Texas", True),
        ("Berliner", "Berlin", True),
        ("New Yorker", "New York", True),
        ("Parisian", "Paris", True),
        # a person's name ends so only after the person's own first name
        ("Jan Berliner", "Berlin", False),
        ("North Carolina", "North Carolina", False),  # the place itself
        ("Moore", "Moor", False),
        ("South Carolinian", "North Carolina", False),
    ],
)
def test_the_word_for_a_places_people(name: str, place: str, people: bool) -> None:
    assert names_people_of(name, place) is people


@pytest.mark.parametrize(
    ("name", "adjective"),
    [
        ("North American", True),  # real news, the Financial Post: made a person
        ("Latin American", True),
        ("European", True),
        # surnames that look like a country's adjective (a review)
        ("Mark Cuban", False),
        ("Michael German", False),
        ("Ashraf Ghani", False),
        ("Ariane Curtis", False),
    ],
)
def test_a_place_adjective_is_no_name(name: str, adjective: bool) -> None:
    assert is_place_adjective(name) is adjective


@pytest.mark.parametrize(
    ("name", "other", "language", "same"),
    [
        ("US", "USA", "de", True),
        ("U.S.", "United States", "en", True),
        ("USA", "Vereinigte Staaten", "de", True),
        ("Russland", "Russia", "de", True),
        ("Britain", "United Kingdom", "en", True),
        ("Turkey", "Türkei", "de", True),
        ("die USA", "US", "de", True),
        ("US", "UK", "de", False),
        ("Russland", "Belarus", "de", False),
        # no country is no country's other name
        ("Uno", "Uno", "de", False),
        ("Louis Marine", "USA", "de", False),
    ],
)
def test_two_names_of_one_country(name: str, other: str, language: str, same: bool) -> None:
    assert same_country(name, other, language) is same


@pytest.mark.parametrize(
    ("word", "nationality", "noun"),
    [
        ("British", True, False),
        ("Swiss", True, False),
        ("Israeli", True, False),  # built from the country's name
        ("Frenchman", True, True),
        ("Briton", True, True),
        ("Dane", True, False),  # a given name too: never cut from a name
        ("Rebecca", False, False),
        ("Museum", False, False),
    ],
)
def test_english_words_for_a_countrys_people(word: str, nationality: bool, noun: bool) -> None:
    from newsbrief.places import names_a_nationality, nationality_noun

    assert names_a_nationality(word) is nationality
    assert nationality_noun(word) is noun


@pytest.mark.parametrize(
    ("word", "of_a_country"),
    [
        ("libanesischen", True),
        ("israelischen", True),
        ("palästinensische", True),
        ("türkischen", True),
        # adjectives of a kind, not of a country
        ("politischen", False),
        ("islamischen", False),
        ("militärischen", False),
        ("europäischen", False),
    ],
)
def test_a_german_adjective_of_a_country(word: str, of_a_country: bool) -> None:
    """The words a German sentence cites name a source of their own by it ("laut libanesischen
    Angaben"; real news, NZZ)."""
    assert german_country_adjective(word) is of_a_country
