"""A translation that drops its sentence's negation says the opposite (newsbrief.polarity)."""

from __future__ import annotations

import pytest

from newsbrief.polarity import NEGATION_LANGUAGES, contradicted, dropped_negation


@pytest.mark.parametrize(
    ("language", "original", "written", "dropped"),
    [
        # real news: the recorded translations of the embedded model, each saying the opposite
        # or leaving the negated part out
        ("de", "Wunder erwarten kannst du keine.", "You can expect wonders.", "keine"),  # 20 Min
        ("de", "Das lässt Voigt nicht auf sich sitzen.", "It makes Voigt stand down.", "nicht"),
        (
            "de",
            "Trump hatte geantwortet, er wolle weder etwas bestätigen noch ausschließen.",
            "Trump answered a question about an invasion in an interview.",
            "weder",
        ),  # n-tv
        (
            "de",
            "Je nach Infrastruktur rauchten auch ohne Regelbetrieb die Köpfe.",
            "The air in the schools was better than expected.",
            "ohne",
        ),  # Kleine Zeitung
        (
            "it",
            "Il ministro non ha confermato la notizia.",
            "The minister confirmed the news.",
            "non",
        ),
        ("fr", "Le ministre n'a pas confirmé.", "The minister confirmed it.", "n'"),
        ("es", "El ministro no confirmó la noticia.", "The minister confirmed the news.", "no"),
        # a rejection turned into an admission (real news, 20 Minuten)
        (
            "de",
            "Der chinesische Konzern weist die Vorwürfe von sich.",
            "The Chinese company has admitted its wrongdoing.",
            "weist",
        ),
        (
            "de",
            "Die Partei bestreitet die Vorwürfe.",
            "The party confirms the claims.",
            "bestreitet",
        ),
    ],
)
def test_a_translation_without_its_sentences_negation_is_found(
    language: str, original: str, written: str, dropped: str
) -> None:
    assert dropped_negation(original, language, written, "en") == dropped


@pytest.mark.parametrize(
    ("original", "written"),
    [
        # real news: faithful translations that negate in other words than a plain "not"
        ("Er selbst scheint sich nicht sicher zu sein.", "He seems unsure."),  # DW
        (
            "Alles wird teurer, nur nicht der ÖPNV.",
            "Everything is more expensive, except the ÖPNV.",
        ),
        ("Bei nicht-exklusiven Sets vergleichen Sie.", "For non-exclusive sets, compare prices."),
        (
            "Fügen Sie den Knoblauch am Schluss hinzu, damit er nicht zerstört wird.",
            "Add the garlic at the end to prevent it from being destroyed.",
        ),
        ("Leicht wird es nicht.", "It won't be easy."),
        ("Kein Kommentar, sagte die Polizei.", "No comment, the police said."),
        # no negation to keep: words that negate by their meaning do not ask for a "not"
        ("Dafür fehlten belastbare Studien.", "There were no reliable studies."),
        ("Dafür fehlten belastbare Studien.", "Reliable studies were lacking."),
        ("Der Minister bestätigte die Nachricht.", "The minister confirmed the news."),
        # a rejection said in other words
        ("Der Konzern weist die Vorwürfe von sich.", "The company rejects the accusations."),
        ("Die Partei bestreitet die Vorwürfe.", "The party denies the claims."),
        ("Er wies die Kritik zurück.", "He dismissed the criticism."),
    ],
)
def test_a_translation_that_negates_in_its_own_words_passes(original: str, written: str) -> None:
    assert dropped_negation(original, "de", written, "en") is None


def test_languages_without_a_list_are_not_judged() -> None:
    assert "pl" not in NEGATION_LANGUAGES
    assert (
        dropped_negation("Minister nie potwierdził.", "pl", "The minister confirmed.", "en") is None
    )
    assert dropped_negation("Nicht bestätigt.", "de", "Potwierdzono.", "pl") is None


def test_words_that_contain_a_negation_are_not_one() -> None:
    """ "nie" is no negation inside "Linie"; "no" none inside "Norway" or "know"."""
    assert dropped_negation("Die Linie steht.", "de", "The line holds.", "en") is None
    assert dropped_negation("Noruega lo sabe.", "es", "Norway knows.", "en") is None


MALAY_MAIL = (
    "All paid their own way on PM Anwar’s foreign trips, Fahmi clarifies\n\n"
    "PUTRAJAYA, Nov 22 — Private companies did not pay for Prime Minister Datuk Seri Anwar "
    "Ibrahim’s recent travels abroad, Communications Minister Fahmi Fadzil said today. "
    "Meanwhile, the business delegation paid 73 per cent of the cost."
)
"""Real news (Malay Mail), cut: the brief's headline and summary said the opposite."""


@pytest.mark.parametrize(
    "written",
    [
        "Private companies pay for PM Anwar's foreign trips, government says",
        "Private companies paid for Anwar's recent overseas trips.",
        "Private companies also paid for the prime minister's travels.",
    ],
)
def test_a_headline_that_drops_the_articles_negation_is_found(written: str) -> None:
    assert contradicted(MALAY_MAIL, written) == "Private companies did not pay"


@pytest.mark.parametrize(
    ("article", "written"),
    [
        # the same negation, or another way of saying no
        (MALAY_MAIL, "Private companies did not pay for Anwar's trips."),
        (MALAY_MAIL, "Private companies refused to pay for Anwar's trips."),
        (MALAY_MAIL, "Private companies never paid for the trips."),
        # what the article says without a negation
        (MALAY_MAIL, "The business delegation paid 73 per cent of the cost."),
        # an article that says both is not judged
        (
            "The companies did not pay at first. Later the companies paid in full.",
            "The companies paid for the trips.",
        ),
        # another subject with the same verb
        (MALAY_MAIL, "Business leaders pay for their own seats."),
        # a pronoun or a function word is no subject
        ("But they did not pay the fine.", "But they paid the fine."),
        # (a review) a negation of no verb, of what was not said, a passive, a modal, a
        # negation of another word, a part of the subject, "not only", a question
        ("The prime minister was not the first to resign.", "The prime minister told reporters."),
        (
            "Police said three were held. The police did not say whether charges would follow.",
            "The police said three people were arrested.",
        ),
        (
            "The company did not immediately respond to a request for comment.",
            "The company responded that it would appeal.",
        ),
        ("The striking workers were not paid in March.", "The striking workers paid tribute."),
        ("The firm could not pay its debts in 2020.", "The firm will pay its debts."),
        ("The city did not pay late; it paid on time.", "The city paid its bill early."),
        (
            "The ministers did not meet in Geneva; they met in Vienna.",
            "The ministers met in Vienna.",
        ),
        (
            "Only two private companies did not pay the levy.",
            "Most private companies paid the levy.",
        ),
        (
            "Private companies did not only pay for the flights but also for hotels.",
            "Private companies paid for the flights.",
        ),
        (MALAY_MAIL, "Did private companies pay for Anwar's trips?"),
    ],
)
def test_what_keeps_or_does_not_touch_the_articles_negation_passes(
    article: str, written: str
) -> None:
    assert contradicted(article, written) is None


@pytest.mark.parametrize(
    ("original", "written", "dropped"),
    [
        # real news (Le Monde): "there is only one way" was refused as dropping a "not"
        (
            "Pour la syndicaliste, il n’existe qu’une seule voie : un référendum.",
            "For the unionist, there is only one way: a referendum.",
            None,
        ),
        ("Il ne reste que deux jours.", "Only two days remain.", None),
        # "ne ... pas que", and a negation beside the "only", still negate
        ("Il ne veut pas que tu partes.", "He wants you to leave.", "ne"),
        (
            "Ce n’est qu’un début, mais il ne viendra pas.",
            "It is only a start; he will come.",
            "ne",
        ),
    ],
)
def test_french_ne_que_says_only_not_not(original: str, written: str, dropped: str | None) -> None:
    assert dropped_negation(original, "fr", written, "en") == dropped


@pytest.mark.parametrize(
    ("original", "dropped"),
    [
        ("Il n’a plus que deux jours.", None),
        ("Il n’y a guère que lui.", None),
        # "que" after a verb of saying, or a "nobody" before, is no "only" (a review)
        ("Personne n’a dit que la guerre était finie.", "n’"),
        ("Nul ne peut affirmer que la guerre est finie.", "ne"),
        ("Je ne saurais dire que tout va bien.", "ne"),
    ],
)
def test_french_ne_que_is_only_where_no_clause_or_nobody_says_otherwise(
    original: str, dropped: str | None
) -> None:
    assert dropped_negation(original, "fr", "Only this was so.", "en") == dropped
