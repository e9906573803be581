"""Which language a text is in, and letters a brief should not have (newsbrief.language)."""

from __future__ import annotations

import pytest

from newsbrief.language import foreign_letters


@pytest.mark.parametrize(
    ("written", "language", "source", "found"),
    [
        # real news (the Lesotho Times): an English question slipped into Chinese
        ("What of the Mapoteng Principal首席?", "en", "Principal Chief Peete", "首席"),
        ("Что дальше? Что дальше?", "de", "Was kommt jetzt?", "Чтодальше"),
        # a name the article writes in its own script is no slip (real news, the Taipei Times)
        (
            "It happened near Thitu Island (中業島).",
            "en",
            "Thitu Island (Jhongye Island, 中業島)",
            "",
        ),
        # accents and ligatures are Latin
        ("Ça a coûté 3 € à Müller, Ørsted and Œuvre.", "en", "", ""),
        # (a review) symbols and modifier letters are no slip: the micro sign, ordinals,
        # Greek letters as symbols, the okina
        ("5 µg of the 1º and 2ª doses of the Δ variant in Hawaiʻi", "en", "", ""),
        # a language not written in Latin letters is not judged here
        ("東京で会談した", "ja", "", ""),
    ],
)
def test_letters_of_another_script_than_the_briefs_are_found(
    written: str, language: str, source: str, found: str
) -> None:
    assert foreign_letters(written, language, source) == found
