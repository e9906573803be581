"""The gender a given name says (newsbrief.given_names)."""

from __future__ import annotations

import pytest

from newsbrief.given_names import given_name_gender


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
