"""A translation that tells of a violent event its sentence has not (newsbrief.events)."""

from __future__ import annotations

import pytest

from newsbrief.events import EVENT_LANGUAGES, invented_event


@pytest.mark.parametrize(
    ("language", "original", "written", "invented"),
    [
        # real news (Zeit Online): a mass brawl written as a shooting
        (
            "de",
            "Nach der Massenschlägerei beim Euroleague-Spiel hat ein Richter Strafen verhängt.",
            "After the mass shooting at the Euroleague game, a judge imposed penalties.",
            "shooting",
        ),
        (
            "fr",
            "Une bagarre a éclaté devant le stade.",
            "A man was killed outside the stadium.",
            "killed",
        ),
        (
            "it",
            "Il corteo si è svolto senza incidenti.",
            "A bomb went off during the march.",
            "bomb",
        ),
        ("en", "Fans clashed outside the stadium.", "Two fans died outside the stadium.", "died"),
        # words that only look like a shooting's ("Schiedsrichter", "scharf"; the Zeit article)
        (
            "de",
            "Die Schiedsrichter brachen das Spiel ab, die Liga verurteilte es scharf.",
            "The league condemned the mass shooting.",
            "shooting",
        ),
    ],
)
def test_an_event_the_sentence_has_not_is_found(
    language: str, original: str, written: str, invented: str
) -> None:
    assert invented_event(original, language, written, "en") == invented


@pytest.mark.parametrize(
    ("language", "original", "written"),
    [
        # the sentence tells of the event in its own words
        ("de", "Zwei Menschen kamen ums Leben.", "Two people were killed."),
        ("de", "Der Täter schoss auf die Polizisten.", "The attacker shot at the officers."),
        ("de", "Eine Bombe explodierte am Bahnhof.", "A bomb exploded at the station."),
        ("fr", "Trois personnes ont été tuées.", "Three people were killed."),
        ("es", "Hubo un tiroteo en el centro.", "There was a shooting in the centre."),
        ("it", "Un ordigno è esploso.", "A device exploded."),
        # words that only look like one ("exploitative"; real news, FAZ)
        ("de", "wegen ausbeuterischer Arbeitsbedingungen", "due to exploitative conditions"),
        # no event at all
        ("de", "Die Preise steigen.", "Prices rise."),
    ],
)
def test_an_event_the_sentence_tells_of_passes(language: str, original: str, written: str) -> None:
    assert invented_event(original, language, written, "en") is None


def test_only_english_statements_of_listed_languages_are_judged() -> None:
    assert invented_event("Die Preise steigen.", "de", "Es gab eine Schießerei.", "de") is None
    assert invented_event("Цены растут.", "ru", "There was a shooting.", "en") is None
    assert {"en", "de", "fr", "it", "es"} <= EVENT_LANGUAGES
