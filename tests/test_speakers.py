"""Who speaks: a name before a verb of saying speaks, a name a relay word introduces does not."""

from __future__ import annotations

import pytest

from newsbrief.cues import find_cues
from newsbrief.sentences import split_sentences
from newsbrief.speakers import speaks


def _speaks(name: str, text: str, language: str) -> bool:
    sentences = split_sentences(text, language)
    return speaks(name, sentences, [find_cues(s.text, language) for s in sentences])


@pytest.mark.parametrize(
    ("name", "text", "language"),
    [
        ("ABC News", "According to ABC News, Basya also believes the boat left on purpose.", "en"),
        ("AFP", "The policy, according to AFP, the United States has criticised.", "en"),
        ("dpa", "Lindqvist sagte gegenüber dpa, die Preise seien gestiegen.", "de"),
        (
            "AFP",
            "Selon l’AFP, qui cite la préfecture, des prélèvements ont révélé une concentration "
            "d’ammoniac.",
            "fr",
        ),
        (
            "EFE",
            "Según informó la agencia EFE, citando a la Consejería, el edificio superó una "
            "inspección.",
            "es",
        ),
    ],
)
def test_a_medium_that_relays_others_does_not_speak(name: str, text: str, language: str) -> None:
    assert not _speaks(name, text, language)


@pytest.mark.parametrize(
    ("name", "text", "language"),
    [
        ("KCNA", "KCNA said the drills were a grave provocation.", "en"),
        ("AFP", "L’AFP a indiqué que le bassin était ouvert.", "fr"),
        (
            "United States",
            "The policy, according to AFP, the United States has criticised.",
            "en",
        ),
    ],
)
def test_a_name_before_its_verb_of_saying_speaks(name: str, text: str, language: str) -> None:
    assert _speaks(name, text, language)
