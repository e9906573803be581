"""Sentences with exact offsets (newsbrief.sentences)."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from newsbrief.sentences import dateline_length, split_sentences

DATA = Path(__file__).parent / "data"
ARTICLES = sorted(p for p in DATA.glob("*.txt"))


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_offsets_index_the_callers_text_exactly(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    language = path.name.split(".")[-2]
    sentences = split_sentences(text, language)
    assert sentences
    assert [s.number for s in sentences] == list(range(1, len(sentences) + 1))
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()
        assert "\n" not in sentence.text
    starts = [s.start for s in sentences]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in pairwise(sentences))
    # every non-blank character belongs to a sentence
    outside = list(text)
    for sentence in sentences:
        outside[sentence.start : sentence.end] = [" "] * (sentence.end - sentence.start)
    assert not "".join(outside).strip()


def test_non_breaking_spaces_keep_offsets() -> None:
    text = "Il ministro  ha parlato\u00a0ieri. Poi è partito."
    sentences = split_sentences(text, "it")
    assert [s.text for s in sentences] == ["Il ministro  ha parlato\u00a0ieri.", "Poi è partito."]
    assert text[sentences[1].start : sentences[1].end] == "Poi è partito."


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Dr. Smith met the U.S. envoy on Jan. 5. He left.", 2),
        ("en", "Mr. Jones and Gov. Newsom spoke at 3 p.m. Monday. Nobody else did.", 2),
        ("de", "Am 3. März kam z. B. der Chef. Er ging wieder.", 2),
        ("de", "Dr. Müller sagte, Nr. 5 sei bzw. bleibe offen. Dann ging er.", 2),
        ("it", "Il sig. Rossi e l'On. Bianchi hanno parlato. Poi sono usciti.", 2),
        ("it", "Il dott. Verdi ha firmato. L'avv. Neri no.", 2),
        ("fr", "M. Dupont a dit non. Mme Durand a dit oui.", 2),
        ("es", "El Sr. García y la Dra. Ruiz hablaron. Luego se fueron.", 2),
        ("pt", "O Sr. Silva falou. A Dra. Costa também.", 2),
        # an abbreviation no list has (real news, TIME): the sentence goes on in lower case
        ("en", "It counted 4.9 million bbl. of oil in the Gulf. It is gone.", 2),
        ("en", "BP captured 800,000 bbl. — about 17% of the total. It is gone.", 2),
        # a German ordinal before a noun no month (real news, Die Presse)
        ("de", "Der Name stammt aus der Mitte des 16. Jahrhunderts. Er blieb.", 2),
        ("de", "Um die Bedeutung im 21. Jahrhundert zu sehen, reicht das. Er ging.", 2),
        ("de", "Sie landete auf dem 3. Platz. Er kam als 12. ins Ziel. Dann ging er.", 3),
        # a date before a comma (real news, DW: sentencex ended a sentence after "28.")
        ("de", "Angriffe wie am Freitag, 28. April, waren zuletzt selten. Es blieb ruhig.", 2),
        # an ordinal after an article before a name (real news, Börsen-Zeitung), not a number
        # that ends a sentence
        ("de", "Der Test lief mit dem 1. FC Kaiserslautern. Er glückte.", 2),
        ("de", "Es war der Sieg Nummer 3. Der Trainer lachte.", 2),
        # (a review: an opener after "der 15." starts the next sentence; "Der 2. Weltkrieg")
        ("de", "Anmeldeschluss ist der 15. Die Teilnahme ist kostenlos.", 2),
        ("de", "Der 2. Weltkrieg endete 1945. Danach begann der Wiederaufbau.", 2),
        ("de", "Das Spiel endete im 2. Durchgang. Dann kam das Elfmeterschießen.", 2),
        ("de", "Die nächste Sitzung ist am 15. Eingeladen sind alle Bürger.", 2),
        # initials after a hyphen (real news, The Japan News: "Japan-U." ended a sentence)
        ("en", "He would revise the Japan-U.S. Status of Forces Agreement. He said so.", 2),
        ("en", "The EU-U.S. deal held. It held again.", 2),
        # an initial after a hyphen with a space before the next one ends a sentence
        ("en", "He backed Plan-B. A. Smith disagreed.", 2),
    ],
)
def test_abbreviations_and_ordinals_do_not_end_a_sentence(
    language: str, text: str, expected: int
) -> None:
    sentences = split_sentences(text, language)
    assert len(sentences) == expected, [s.text for s in sentences]


def test_chinese_is_split_and_keeps_its_closing_quote() -> None:
    text = "我们今天开会。他说：“好的。”明天见！"
    sentences = split_sentences(text, "zh")
    assert [s.text for s in sentences] == ["我们今天开会。", "他说：“好的。”", "明天见！"]


def test_a_quotation_of_several_sentences_stays_one_sentence() -> None:
    text = "„Wir gewinnen. Die verlieren.“ Dann ging er."
    assert [s.text for s in split_sentences(text, "de")] == [
        "„Wir gewinnen. Die verlieren.“",
        "Dann ging er.",
    ]


def test_line_breaks_end_sentences_and_blank_lines_open_paragraphs() -> None:
    text = "Titolo senza punto\nPrima frase. Seconda frase.\n\n\nTerza frase."
    sentences = split_sentences(text, "it")
    assert [(s.text, s.paragraph) for s in sentences] == [
        ("Titolo senza punto", 0),
        ("Prima frase.", 0),
        ("Seconda frase.", 0),
        ("Terza frase.", 1),
    ]


def test_a_text_without_blank_lines_has_a_paragraph_per_line() -> None:
    """Text extractors write one paragraph per line, with no blank line between."""
    text = "Titel ohne Punkt\nErster Satz. Zweiter Satz.\nDritter Satz."
    sentences = split_sentences(text, "de")
    assert [s.paragraph for s in sentences] == [0, 1, 1, 2]


def test_empty_and_blank_text_have_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\n\t") == []


def test_a_quotation_mark_opens_the_sentence_it_begins() -> None:
    """A paragraph of a quotation left open (news leaves a quotation that runs on to the next
    paragraph unclosed) throws sentencex's pairing off: it then leaves each opening mark at the
    end of the sentence before, or alone on its line. The mark goes to its own sentence."""
    text = (
        "The party wrote to voters:\n"
        '"Republicans promise once again to cut your Social Security.\n'
        "Roosevelt blasted the claims.\n"
        '"There is a lot of scare talk," he said. "People can count on it."'
    )
    sentences = split_sentences(text, "en")
    assert [s.text for s in sentences] == [
        "The party wrote to voters:",
        '"Republicans promise once again to cut your Social Security.',
        "Roosevelt blasted the claims.",
        '"There is a lot of scare talk," he said.',
        '"People can count on it."',
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_a_quotation_over_two_sentences_leaves_the_next_ones_opening_mark() -> None:
    """Real news (the Chicago Tribune): the sentence that closes a quotation opened in the one
    before kept the mark that opens the next quotation, so the next sentence read as the
    article's own and the two before it went to another speaker."""
    text = (
        '"The Department received feedback from our workforce. Some of the questions left '
        'many unsettled," said Eben Burnham-Snyder, a department spokesman. "Our career '
        "workforce is the backbone of DOE. We are going to respect its integrity."
    )
    sentences = split_sentences(text, "en")
    assert [s.text for s in sentences] == [
        '"The Department received feedback from our workforce.',
        'Some of the questions left many unsettled," said Eben Burnham-Snyder, a department '
        "spokesman.",
        '"Our career workforce is the backbone of DOE.',
        "We are going to respect its integrity.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


@pytest.mark.parametrize(
    ("sentence", "dateline"),
    [
        ("Washington (CNN) -- Democrats pledged Friday", "Washington (CNN) -- "),
        ("WASHINGTON (Reuters) - The U.S. Senate voted", "WASHINGTON (Reuters) - "),
        ("NEW YORK, June 5 (AP) — Stocks fell", "NEW YORK, June 5 (AP) — "),
        ("BERLIN, 5. Juni (dpa/lnw) - Die Stadt", "BERLIN, 5. Juni (dpa/lnw) - "),
        ("(AP) — A man was arrested", "(AP) — "),
        ('LONDON (Reuters) - "We will appeal," he said', "LONDON (Reuters) - "),
        # two places (real news, Reuters)
        (
            "BEIRUT/THE HAGUE, March 7 (Reuters) - An Israeli tank",
            "BEIRUT/THE HAGUE, March 7 (Reuters) - ",
        ),
        # a place in capitals and a long dash, no outlet (a review: Kathmandu spoke)
        ("KATHMANDU, Nepal \u2014 Nepal's civil aviation authority", "KATHMANDU, Nepal \u2014 "),
        ("WASHINGTON -- The Senate voted", "WASHINGTON -- "),
        # (not a name in capitals with a hyphen, nor a word opening a sentence)
        ("NATO - Russia talks failed", ""),
        ("Nato \u2014 the alliance \u2014 said", ""),
        # (a review) an acronym, a list, a score in capitals
        ("NATO \u2014 The alliance said on Monday", ""),
        ("EU \u2013 China relations hit a new low", ""),
        ("FC BAYERN \u2013 BORUSSIA DORTMUND 2:1", ""),
        # no dateline: a name and its initials, a ticker, a sentence that goes on in lower case
        ("The European Union (EU) - The bloc of 27 states", ""),
        ("Deutsche Bahn (DB) - Die Züge fahren", ""),
        ("Apple (AAPL) shares rose", ""),
        ("Google (GOOG) - shares rose", ""),
        ("Democrats pledged Friday to keep it.", ""),
    ],
)
def test_a_dateline_that_opens_a_sentence_is_told_from_a_name_in_brackets(
    sentence: str, dateline: str
) -> None:
    assert sentence[: dateline_length(sentence)] == dateline


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # real news (derStandard, 10kGNAD): a bracketed sentence ran on into the next, whose
        # speaker was then taken for the bracket's
        (
            "Er gestand es am 14. September. (Und er hat sich dafür entschuldigt.) Drei Tage "
            "später hat Hochegger das ausgesagt.",
            "de",
            [
                "Er gestand es am 14. September.",
                "(Und er hat sich dafür entschuldigt.)",
                "Drei Tage später hat Hochegger das ausgesagt.",
            ],
        ),
        (
            "The vote was 5-4 (the mayor abstained.) Then the council rose.",
            "en",
            ["The vote was 5-4 (the mayor abstained.)", "Then the council rose."],
        ),
        (
            "Er ging. („So nicht.“) Danach kam er.",
            "de",
            ["Er ging.", "(„So nicht.“)", "Danach kam er."],
        ),
        # a title in brackets, and a lower-case word after the bracket, end nothing
        ("Er kam (mit Dr.) Meier an.", "de", ["Er kam (mit Dr.) Meier an."]),
        (
            "It fell (by 3 p.c.) and then rose again.",
            "en",
            ["It fell (by 3 p.c.) and then rose again."],
        ),
    ],
)
def test_a_sentence_in_brackets_ends_at_its_bracket(
    text: str, language: str, expected: list[str]
) -> None:
    sentences = split_sentences(text, language)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_a_stray_mark_is_no_sentence_of_its_own() -> None:
    """Real news (ZDF, as a parser extracted it): "... strategische Niederlage zuzufügen.„" gave a
    sentence "„" of its own, which stood as a claim with "„" as its evidence."""
    text = (
        "Im Kern geht es darum, die Föderation zu zerschlagen.„\n\nEin Krieg sei im Gange, so "
        "der Kremlchef.\n\n***\n\nEr sprach lange."
    )
    sentences = split_sentences(text, "de")
    assert [s.text for s in sentences] == [
        "Im Kern geht es darum, die Föderation zu zerschlagen.",
        "Ein Krieg sei im Gange, so der Kremlchef.",
        "Er sprach lange.",
    ]
    assert all(text[s.start : s.end] == s.text for s in sentences)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # real news (Corriere della Sera): sentencex's Italian list holds "Usa", and the
        # attributed quotation after it ran on with the sentence before
        (
            "La premier è partita dal presidente eletto degli Usa. L'elogio di Trump: "
            "«Ha preso d'assalto l'Europa».",
            "it",
            [
                "La premier è partita dal presidente eletto degli Usa.",
                "L'elogio di Trump: «Ha preso d'assalto l'Europa».",
            ],
        ),
        (
            "È successo due anni fa. Ha detto di no. Lo dice la Nato. «Poi» parla il Pd.» Ecco.",
            "it",
            [
                "È successo due anni fa.",
                "Ha detto di no.",
                "Lo dice la Nato.",
                "«Poi» parla il Pd.»",
                "Ecco.",
            ],
        ),
        (
            "Lo dijo el PP. Dijo que no. Está bien. «Votó en contra».",
            "es",
            ["Lo dijo el PP.", "Dijo que no.", "Está bien.", "«Votó en contra»."],
        ),
        # real abbreviations, initials and dotted abbreviations still end nothing
        (
            "Il sig. Rossi e l'avv. Bianchi, con J. F. Kennedy e la A.S. Roma, il 3 mar. Ecco.",
            "it",
            ["Il sig. Rossi e l'avv. Bianchi, con J. F. Kennedy e la A.S. Roma, il 3 mar. Ecco."],
        ),
        ("Los EE. UU. lo niegan, dijo la Sra. López. Luego.", "es", None),
        # abbreviations sentencex knew (a review)
        (
            "«La pace è possibile», ha detto il card. Zuppi. Sinner vs. Alcaraz è domani.",
            "it",
            ["«La pace è possibile», ha detto il card. Zuppi.", "Sinner vs. Alcaraz è domani."],
        ),
        (
            "Será en la Pza. Mayor, dijo el Gob. Samuel García. Real Madrid vs. Barcelona.",
            "es",
            ["Será en la Pza. Mayor, dijo el Gob. Samuel García.", "Real Madrid vs. Barcelona."],
        ),
    ],
)
def test_a_word_sentencex_takes_for_an_abbreviation_ends_a_sentence(
    text: str, language: str, expected: list[str] | None
) -> None:
    sentences = split_sentences(text, language)
    if expected is None:
        expected = ["Los EE. UU. lo niegan, dijo la Sra. López.", "Luego."]
    assert [s.text for s in sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # real news (Corriere della Sera): a quotation of two sentences stays whole
        (
            "«Una bella serata, lo ringrazio per l'accoglienza. Pronti a lavorare insieme», "
            "ha twittato poi la premier.",
            "it",
        ),
        ("“Lo dijo el PP. Nada más”, afirmó.", "es"),
        ('"Lo dijo el PP. Nada más", afirmó.', "es"),
        ("„Es war vor zwei Jahren fa. Nicht mehr“, sagte er.", "it"),
    ],
)
def test_a_quotation_is_not_cut_where_sentencex_missed_an_end(text: str, language: str) -> None:
    assert [s.text for s in split_sentences(text, language)] == [text]
