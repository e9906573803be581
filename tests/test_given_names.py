"""The gender a given name says (newsbrief.given_names)."""

from __future__ import annotations

import importlib

import pytest

from newsbrief.given_names import GIVEN_NAME_LOCALES, given_name_gender


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Michelle Obama", "f"),
        ("Donald Trump", "m"),
        ("Eliane Steinmeyer", "f"),
        ("Olaf Scholz", "m"),
        # a name the lists give both genders, an initial, a surname alone, an unknown name
        ("Jordan Smith", None),
        ("Andrea Nahles", None),
        ("J. David Cox", None),
        ("Merkel", None),
        ("Qwzx Abcd", None),
    ],
)
def test_a_given_name_says_a_gender_only_where_the_lists_agree(
    name: str, gender: str | None
) -> None:
    assert given_name_gender(name) == gender


@pytest.mark.parametrize("locale", GIVEN_NAME_LOCALES)
def test_every_locale_read_has_given_names_of_both_genders(locale: str) -> None:
    """A locale Faker drops or renames fails here, not silently as fewer names."""
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    assert len(provider.first_names_male) > 20
    assert len(provider.first_names_female) > 20
