"""Tests for newsbrief.grounding: locating quotes in articles, never repairing a changed fact."""

from __future__ import annotations

import doctest
import importlib.util
import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsbrief
import newsbrief.grounding
from newsbrief import Evidence, locate_quote
from newsbrief.grounding import MAX_ELLIPSIS_GAP, QuoteIndex

from .grounding_reference import cuts_word, reference_normalise, reference_strip, same_words

ARTICLE_PATH = Path(__file__).parent / "data" / "g20-blinken-lavrov.it.txt"
EXAMPLES = Path(__file__).parent.parent / "examples"


@pytest.fixture(scope="module")
def article() -> str:
    return ARTICLE_PATH.read_text(encoding="utf-8")


def found(text: str, quote: str) -> Evidence:
    """The evidence for ``quote``, which must be grounded at the text's own words."""
    evidence = locate_quote(text, quote)
    assert evidence.start is not None and evidence.end is not None, evidence
    assert text[evidence.start : evidence.end] == evidence.quote
    return evidence


def repaired(text: str, quote: str) -> str:
    """The article's words for a quote that must be found as ``repaired``."""
    evidence = found(text, quote)
    assert evidence.status == "repaired"
    assert evidence.model_quote == quote
    return evidence.quote


def unverified(text: str, quote: str) -> None:
    evidence = locate_quote(text, quote)
    assert evidence == Evidence(quote=quote, status="unverified"), evidence


# --------------------------------------------------------------------------
# The public checker
# --------------------------------------------------------------------------


def test_locate_quote_is_public_and_its_examples_run() -> None:
    assert newsbrief.locate_quote is locate_quote
    assert "locate_quote" in newsbrief.__all__
    results = doctest.testmod(newsbrief.grounding, verbose=False)
    assert results.attempted >= 8 and results.failed == 0


def test_check_quote_example(article: str) -> None:
    spec = importlib.util.spec_from_file_location("check_quote", EXAMPLES / "check_quote.py")
    assert spec is not None and spec.loader is not None
    example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(example)
    quotes = ["per circa 10 minuti", "per circa 20 minuti", "GLI USA CONTINUERANNO"]
    lines = example.main([str(EXAMPLES / "g20-blinken-lavrov.it.txt"), *quotes])
    start, usa = article.index("per circa 10 minuti"), article.index("gli Usa")
    assert lines == [
        f"verified [{start}:{start + 19}]: 'per circa 10 minuti'",
        "unverified: 'per circa 20 minuti' is not in the article",
        f"repaired [{usa}:{usa + 22}]: 'gli Usa\\xa0 continueranno'",
    ]


# --------------------------------------------------------------------------
# The changed facts: never a repair
# --------------------------------------------------------------------------

# The four examples: rapidfuzz scored each changed quote 95-99 and called it "repaired".
FACTS = (
    "The company lost 50 million dollars last year, its chief executive Dana Reyes told "
    "shareholders on Monday. The plant opened in 1987 on the northern bank of the river.\n\n"
    "The prime minister told reporters on Tuesday that he would not resign before the election. "
    "A spokesman for the ministry denied on Wednesday that it had approved the merger of the two "
    "companies."
)
CHANGED_FACTS = [  # (the changed quote, the article's words)
    (
        "The company lost 15 million dollars last year, its chief executive Dana Reyes told",
        "The company lost 50 million dollars last year, its chief executive Dana Reyes told",
    ),
    (
        "The plant opened in 1997 on the northern bank of the river",
        "The plant opened in 1987 on the northern bank of the river",
    ),
    (
        "The prime minister told reporters on Tuesday that he would resign before the election",
        "The prime minister told reporters on Tuesday that he would not resign before the election",
    ),
    (
        "A spokesman for the ministry confirmed on Wednesday that it had approved the merger",
        "A spokesman for the ministry denied on Wednesday that it had approved the merger",
    ),
]


@pytest.mark.parametrize(("changed", "original"), CHANGED_FACTS)
def test_a_changed_fact_is_unverified(changed: str, original: str) -> None:
    unverified(FACTS, changed)
    unverified(FACTS, f"“{changed.upper()}”")  # typography around a changed fact changes nothing
    unverified(FACTS, changed.replace(" on ", " ... on ", 1))  # nor does an ellipsis
    assert found(FACTS, original).status == "verified"


def test_a_typo_corrected_by_the_model_is_unverified(article: str) -> None:
    # The article says "scorsoo". Changing a word, even to fix a typo, is not typography: the
    # quote goes to the targeted re-ask, which asks for the article's exact words.
    unverified(article, "dal luglio scorso, quando")
    assert found(article, "dal luglio scorsoo, quando").status == "verified"
    unverified(article, "ha rispsto Lavrov, ma ha riferito")
    unverified(article, "Viktr Bout")
    unverified(article, "Lavrov ha detto che la Russia non cederà mai")


def test_a_changed_accent_is_a_changed_word() -> None:
    unverified("Questo è stato il primo incontro.", "Questo e stato")


def test_a_match_never_starts_or_ends_inside_a_word() -> None:
    text = "The firm lost 150 million. The deal was illegal, the court ruled."
    unverified(text, "lost 15")
    unverified(text, "was legal")
    unverified(text, "legal")
    unverified(text, "he deal")
    assert found(text, "lost 150").status == "verified"
    # The first occurrence that cuts no word is the one given.
    evidence = found("Nonlegal. A legal act.", "legal")
    assert (evidence.start, evidence.status) == (12, "verified")


def test_scripts_without_spaces_have_no_word_boundaries() -> None:
    text = "外交部发言人表示，双方同意继续对话。"
    assert found(text, "双方同意继续对话").status == "verified"
    unverified(text, "双方拒绝继续对话")


def test_empty_or_quote_marks_only_is_unverified(article: str) -> None:
    for quote in ("", "   ", '""', "« »", "“”", "\n'\t'\n", "...", " … "):
        unverified(article, quote)


def test_a_quote_longer_than_the_text_is_unverified() -> None:
    unverified("Blinken e Lavrov", "Blinken e Lavrov si sono incontrati ieri a Nuova Delhi")


# --------------------------------------------------------------------------
# Seed article
# --------------------------------------------------------------------------


def test_gold_annotation_offsets(article: str) -> None:
    quote = (
        "Funzionari statunitensi hanno riferito che Blinken e Lavrov hanno "
        "parlato per circa 10 minuti ai margini della conferenza del G20 a "
        "Nuova Delhi"
    )
    assert locate_quote(article, quote) == Evidence(
        quote=quote, start=258, end=401, status="verified"
    )


def test_exact_quote_wrapped_in_quotation_marks_is_verified(article: str) -> None:
    inner = "Blinken non ha avuto la sensazione"
    for wrapped in (f'"{inner}"', f"  “{inner}”\n", f"«{inner}»", f"'{inner}'"):
        evidence = found(article, wrapped)
        assert evidence.status == "verified"
        assert evidence.quote == inner and evidence.model_quote == wrapped


def test_single_spaces_match_article_double_spaces(article: str) -> None:
    # The article has "Usa\xa0 continueranno" and "l'Ucraina\xa0 fino".
    quote = "gli Usa continueranno a sostenere l'Ucraina fino alla fine del conflitto"
    assert repaired(article, quote) == (
        "gli Usa\xa0 continueranno a sostenere l'Ucraina\xa0 fino alla fine del conflitto"
    )


# --------------------------------------------------------------------------
# Typography: quotation marks, apostrophes, dashes, whitespace, case, Unicode forms
# --------------------------------------------------------------------------


@pytest.mark.parametrize("quote", ['"Non cederemo"', "“Non cederemo”", "Non cederemo"])
def test_guillemets_in_source(quote: str) -> None:
    source = "Il ministro ha detto: «Non cederemo», poi è uscito."
    evidence = found(source, quote)
    assert evidence.status == "verified" and evidence.quote == "Non cederemo"


def test_internal_quotation_marks_are_normalised() -> None:
    source = "Il ministro ha detto: «Non cederemo», poi è uscito."
    assert repaired(source, 'ha detto: "Non cederemo", poi') == "ha detto: «Non cederemo», poi"


def test_french_spaces_inside_guillemets_and_before_punctuation() -> None:
    source = "« C’est une catastrophe ! », a déclaré la maire. Pourquoi\u202f? Personne ne sait."
    # The quote's own leading quotation mark is stripped; the inner one is typography.
    assert repaired(source, '"C\'est une catastrophe!", a déclaré') == (
        "C’est une catastrophe ! », a déclaré"
    )
    assert repaired(source, "Pourquoi? Personne") == "Pourquoi\u202f? Personne"
    unverified(source, "C'est une catastrophe !, a déclaré le maire")


def test_typographic_apostrophes() -> None:
    source = "Il sostegno all’Ucraina continuerà, ha detto l’ambasciatore."
    assert (
        repaired(source, "Il sostegno all'Ucraina continuerà")
        == "Il sostegno all’Ucraina continuerà"
    )
    assert repaired("Il sostegno all'Ucraina.", "sostegno all’Ucraina") == "sostegno all'Ucraina"


@pytest.mark.parametrize("dash", ["\u2013", "\u2014", "\u2011", "\u2212", "\uff0d"])
def test_dash_variants(dash: str) -> None:
    source = f"Il dialogo Nord{dash}Sud è ripreso."
    assert repaired(source, "Nord-Sud") == f"Nord{dash}Sud"


def test_whitespace_variants_and_newlines() -> None:
    source = "Il portavoce\u202fha detto\t\tche\nil\u2009vertice\u00a0è finito."
    assert (
        repaired(source, "ha detto che il vertice è") == "ha detto\t\tche\nil\u2009vertice\u00a0è"
    )
    assert repaired("ha detto che il vertice", "ha  detto\nche il\u00a0vertice") == (
        "ha detto che il vertice"
    )


def test_letter_case_only() -> None:
    source = "Straße gesperrt: Der Bürgermeister sagte, die Brücke sei sicher."
    assert repaired(source, "STRASSE GESPERRT") == "Straße gesperrt"
    assert repaired(source, "der bürgermeister sagte") == "Der Bürgermeister sagte"


def test_invisible_characters_are_typography() -> None:
    source = "La co\u00adoperazione è\u200b ripresa."
    assert repaired(source, "La cooperazione è ripresa") == "La co\u00adoperazione è\u200b ripresa"


def test_ligature_fullwidth_and_decomposed_forms() -> None:
    assert repaired("Questo è il risultato \ufb01nale.", "il risultato finale") == (
        "il risultato \ufb01nale"
    )
    assert repaired("La riunione del \uff27\uff12\uff10 a Nuova Delhi.", "del G20 a Nuova") == (
        "del \uff27\uff12\uff10 a Nuova"
    )
    source = "Questo e\u0300 stato il primo incontro."
    assert repaired(source, "Questo è stato") == "Questo e\u0300 stato"
    assert repaired(source, "Questo è") == "Questo e\u0300"  # the combining mark comes along
    assert repaired("Questo è stato.", "Questo e\u0300 stato") == "Questo è stato"


def test_compatibility_forms_that_read_differently_are_not_repairs() -> None:
    unverified("The area is 10² metres.", "The area is 102 metres")
    unverified("Regola nº 5 approvata.", "Regola no 5 approvata")
    unverified("Sezione ① del rapporto.", "Sezione 1 del rapporto")
    assert found("The area is 10² metres.", "10² metres").status == "verified"


def test_first_occurrence_wins() -> None:
    source = "Blinken ha parlato. Poi Lavrov ha parlato. Blinken ha parlato ancora."
    assert locate_quote(source, "Blinken ha parlato") == Evidence(
        quote="Blinken ha parlato", start=0, end=18, status="verified"
    )
    evidence = found("A: l’Ucraina vincerà. B: l’Ucraina vincerà.", "l'Ucraina vincerà")
    assert (evidence.start, evidence.end) == (3, 3 + len("l’Ucraina vincerà"))


# --------------------------------------------------------------------------
# Ellipses
# --------------------------------------------------------------------------

SPEECH = (
    "Il ministro ha detto che il governo non cederà alle pressioni e che i negoziati "
    "riprenderanno lunedì a Ginevra, come previsto.\n\nIn serata è arrivata la replica."
)


def test_an_ellipsis_in_the_article_is_typography() -> None:
    assert repaired("Ha detto: Vedremo… e se ne è andato.", "Vedremo... e se") == "Vedremo… e se"


@pytest.mark.parametrize("mark", ["...", "…", "[...]", "[…]", "(…)", " ... "])
def test_an_ellipsis_for_omitted_words_covers_them(mark: str) -> None:
    quote = f"Il ministro ha detto che il governo{mark}riprenderanno lunedì a Ginevra"
    words = repaired(SPEECH, quote)
    assert words == SPEECH[: SPEECH.index(" a Ginevra") + len(" a Ginevra")]
    assert "non cederà" in words  # the omitted words are in the evidence, for the reader to see


def test_an_ellipsis_at_either_end() -> None:
    assert repaired(SPEECH, "... i negoziati riprenderanno lunedì …") == (
        "i negoziati riprenderanno lunedì"
    )


def test_ellipsis_parts_must_all_be_found_in_order() -> None:
    unverified(SPEECH, "Il ministro ha detto … riprenderanno martedì")  # a changed part
    unverified(SPEECH, "riprenderanno lunedì … Il ministro ha detto")  # out of order
    # The last part is in the next paragraph.
    unverified(SPEECH, "Il ministro ... lunedì a Ginevra, come previsto ... la replica")


def test_an_ellipsis_stands_for_a_bounded_gap() -> None:
    filler = " ".join(["parola"] * (MAX_ELLIPSIS_GAP // 7 + 10))
    text = f"Inizio della frase {filler} fine della frase."
    unverified(text, "Inizio della frase ... fine della frase")
    near = f"Inizio della frase {filler[: MAX_ELLIPSIS_GAP - 10]} fine della frase."
    assert found(near, "Inizio della frase ... fine della frase").status == "repaired"


# --------------------------------------------------------------------------
# QuoteIndex: one normalisation for many quotes
# --------------------------------------------------------------------------


def test_quote_index_normalises_the_text_once(article: str) -> None:
    index = QuoteIndex(article)
    first = index.normalized
    for quote in ("scorso", "lost 15 million", "gli Usa continueranno"):
        index.locate(quote)
    assert index.normalized is first


def test_quote_index_gives_what_locate_quote_gives(article: str) -> None:
    index = QuoteIndex(article)
    for quote in ("Lavrov", "gli Usa continueranno a sostenere l'Ucraina", "scorso", ""):
        assert index.locate(quote) == locate_quote(article, quote)


def test_normalised_text_example() -> None:
    index = QuoteIndex("«L’Ucraina»  e\u0301\u00a0\ufb01ne– FINE !")
    assert index.normalized == '"l\'ucraina"é fine- fine!'
    assert index.original_span(0, 11) == (0, 11)  # «L’Ucraina»
    assert index.original_span(11, 12) == (13, 15)  # é, decomposed in the text
    assert index.original_span(13, 15) == (16, 17)  # "fi", from the ligature
    with pytest.raises(ValueError):
        index.original_span(3, 3)


# --------------------------------------------------------------------------
# Property tests: the normalisation against an independent statement of its rules
# --------------------------------------------------------------------------

# Characters that exercise normalisation: whitespace variants, combining marks, precomposed
# letters, a ligature, full-width, quotation marks, dashes, ellipsis, emoji (with skin-tone
# modifier and ZWJ), spacing diaeresis, superscript, invisible characters, French punctuation.
_SPECIAL = (
    " \u00a0\u202f\u2007\u2009\t\n"
    "\u0301\u0300\u0308\u0327eé\ufb01\uff21ßİ"
    "«»“”„‘’'\"–—-…"
    "😀👍\U0001f3fd\u200dabc\u00a8²\u00ad\u200b;:!?."
)

unicode_text = st.text(
    alphabet=st.one_of(st.characters(codec="utf-8"), st.sampled_from(_SPECIAL)), max_size=40
)


@settings(max_examples=300, deadline=None)
@given(text=unicode_text)
def test_normalisation_follows_its_documented_rules(text: str) -> None:
    expected, spans = reference_normalise(text)
    index = QuoteIndex(text)
    assert index.normalized == expected
    for start, end in itertools.combinations(range(len(expected) + 1), 2):
        assert index.original_span(start, end) == (spans[start][0], spans[end - 1][1])


@settings(max_examples=300, deadline=None)
@given(text=unicode_text, data=st.data())
def test_any_whole_word_slice_is_verified_at_its_first_occurrence(
    text: str, data: st.DataObject
) -> None:
    i = data.draw(st.integers(0, len(text)))
    j = data.draw(st.integers(i, len(text)))
    quote = text[i:j]
    expected = reference_strip(quote)
    evidence = locate_quote(text, quote)
    if not expected:
        assert evidence == Evidence(quote=quote, status="unverified")
        return
    at = i + quote.index(expected)
    if cuts_word(text, at) or cuts_word(text, at + len(expected)):
        return  # covered by the word-boundary tests
    assert evidence.status == "verified"
    assert evidence.quote == expected and evidence.start is not None
    assert text[evidence.start : evidence.end] == expected
    assert evidence.start <= at


@settings(max_examples=300, deadline=None)
@given(quote=unicode_text, text=unicode_text)
def test_any_grounded_quote_is_the_texts_own_words(quote: str, text: str) -> None:
    evidence = locate_quote(text, quote)
    if evidence.is_grounded:
        assert evidence.start is not None and evidence.end is not None
        assert 0 <= evidence.start < evidence.end <= len(text)
        assert text[evidence.start : evidence.end] == evidence.quote
    else:
        assert evidence.quote == quote and evidence.start is None


@settings(max_examples=300, deadline=None)
@given(text=unicode_text, data=st.data())
def test_a_repair_differs_only_in_typography(text: str, data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(text)))
    j = data.draw(st.integers(i, len(text)))
    quote = text[i:j]
    if quote:
        k = data.draw(st.integers(0, len(quote) - 1))
        quote = quote[:k] + quote[k + 1 :]  # drop one character
    evidence = locate_quote(text, quote)
    if evidence.status == "repaired" and "…" not in quote and "..." not in quote:
        assert same_words(evidence.quote, quote)
