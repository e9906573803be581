"""Tests for newsbrief.grounding: locating model quotes in source articles."""

from __future__ import annotations

import bisect
import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.grounding import (
    DEFAULT_FUZZY_THRESHOLD,
    QuoteMatch,
    locate_quote,
    normalize_with_map,
)

ARTICLE_PATH = Path(__file__).parent / "data" / "g20-blinken-lavrov.it.txt"


@pytest.fixture(scope="module")
def article() -> str:
    return ARTICLE_PATH.read_text(encoding="utf-8")


def span(source: str, m: QuoteMatch | None) -> str:
    assert m is not None
    return source[m.start : m.end]


# --------------------------------------------------------------------------
# Seed article
# --------------------------------------------------------------------------


def test_gold_annotation_offsets(article: str) -> None:
    quote = (
        "Funzionari statunitensi hanno riferito che Blinken e Lavrov hanno "
        "parlato per circa 10 minuti ai margini della conferenza del G20 a "
        "Nuova Delhi"
    )
    m = locate_quote(quote, article)
    assert m == QuoteMatch(258, 401, "verified", 100.0)


def test_exact_quote_is_verified(article: str) -> None:
    quote = "si sono incontrati brevemente durante una riunione del G20"
    m = locate_quote(quote, article)
    assert m is not None
    assert m.status == "verified"
    assert m.score == 100.0
    assert article[m.start : m.end] == quote
    assert m.start == article.index(quote)


def test_exact_quote_wrapped_in_quotation_marks_is_verified(article: str) -> None:
    inner = "Blinken non ha avuto la sensazione"
    for wrapped in (f'"{inner}"', f"  “{inner}”\n", f"«{inner}»", f"'{inner}'"):
        m = locate_quote(wrapped, article)
        assert m is not None
        assert m.status == "verified"
        assert span(article, m) == inner


def test_single_spaces_match_article_double_spaces(article: str) -> None:
    # The article has "Usa\xa0 continueranno" and "l'Ucraina\xa0 fino".
    quote = "gli Usa continueranno a sostenere l'Ucraina fino alla fine del conflitto"
    assert quote not in article
    m = locate_quote(quote, article)
    assert m is not None
    assert m.status == "repaired"
    assert m.score == 100.0
    assert span(article, m) == (
        "gli Usa\xa0 continueranno a sostenere l'Ucraina\xa0 fino alla fine del conflitto"
    )


def test_corrected_typo_found_fuzzily_with_article_words(article: str) -> None:
    # The article says "scorsoo"; the model silently fixes the typo.
    quote = "dal luglio scorso, quando"
    m = locate_quote(quote, article)
    assert m is not None
    assert m.status == "repaired"
    assert DEFAULT_FUZZY_THRESHOLD <= m.score < 100.0
    # Whole words, including the article's typo, nothing cut in half.
    assert span(article, m) == "dal luglio scorsoo, quando"


def test_fuzzy_span_is_snapped_to_word_boundaries(article: str) -> None:
    quote = "ha rispsto Lavrov, ma ha riferito"
    m = locate_quote(quote, article)
    assert span(article, m) == "ha risposto\xa0 Lavrov, ma ha riferito"


def test_invented_sentence_is_not_found(article: str) -> None:
    assert locate_quote("Lavrov ha detto che la Russia non cederà mai", article) is None
    assert (
        locate_quote(
            "Blinken e Lavrov si sono incontrati a Roma per discutere del clima",
            article,
        )
        is None
    )


def test_short_quote_is_not_fuzzy_matched(article: str) -> None:
    quote = "Viktr Bout"  # 10 chars, typo of "Viktor Bout"
    assert locate_quote(quote, article) is None
    # The same quote *would* be fuzzily accepted with a lower length floor,
    # so the None above is due to min_fuzzy_length.
    m = locate_quote(quote, article, min_fuzzy_length=5)
    assert span(article, m) == "Viktor Bout"


def test_fuzzy_threshold_is_respected(article: str) -> None:
    quote = "dal luglio scorso, quando"
    assert locate_quote(quote, article, fuzzy_threshold=99.0) is None


def test_empty_or_quote_marks_only_returns_none(article: str) -> None:
    for q in ("", "   ", '""', "« »", "“”", "\n'\t'\n"):
        assert locate_quote(q, article) is None


# --------------------------------------------------------------------------
# Quotation marks and apostrophes
# --------------------------------------------------------------------------


@pytest.mark.parametrize("quote", ['"Non cederemo"', "“Non cederemo”", "Non cederemo"])
def test_guillemets_in_source(quote: str) -> None:
    source = "Il ministro ha detto: «Non cederemo», poi è uscito."
    m = locate_quote(quote, source)
    assert m is not None
    assert m.status == "verified"
    assert span(source, m) == "Non cederemo"


def test_internal_quotation_marks_are_normalised() -> None:
    source = "Il ministro ha detto: «Non cederemo», poi è uscito."
    m = locate_quote('ha detto: "Non cederemo", poi', source)
    assert m is not None
    assert m.status == "repaired"
    assert span(source, m) == "ha detto: «Non cederemo», poi"


def test_typographic_apostrophe_in_source() -> None:
    source = "Il sostegno all’Ucraina continuerà, ha detto l’ambasciatore."
    m = locate_quote("Il sostegno all'Ucraina continuerà", source)
    assert m is not None
    assert m.status == "repaired"
    assert span(source, m) == "Il sostegno all’Ucraina continuerà"


def test_typographic_apostrophe_in_quote() -> None:
    source = "Il sostegno all'Ucraina continuerà."
    m = locate_quote("sostegno all’Ucraina", source)
    assert m is not None
    assert m.status == "repaired"
    assert span(source, m) == "sostegno all'Ucraina"


# --------------------------------------------------------------------------
# Multiple occurrences
# --------------------------------------------------------------------------


def test_first_occurrence_exact() -> None:
    source = "Blinken ha parlato. Poi Lavrov ha parlato. Blinken ha parlato ancora."
    m = locate_quote("Blinken ha parlato", source)
    assert m == QuoteMatch(0, len("Blinken ha parlato"), "verified", 100.0)


def test_first_occurrence_normalised() -> None:
    source = "A: l’Ucraina vincerà. B: l’Ucraina vincerà."
    m = locate_quote("l'Ucraina vincerà", source)
    assert m is not None
    assert m.status == "repaired"
    assert (m.start, m.end) == (3, 3 + len("l’Ucraina vincerà"))


def test_first_occurrence_fuzzy() -> None:
    phrase = "i negoziati sono proseguiti a lungo"
    source = f"Prima: {phrase}. Dopo: {phrase}."
    m = locate_quote("i negoziati sono prosegiti a lungo", source)
    assert m is not None
    assert m.status == "repaired"
    assert (m.start, m.end) == (7, 7 + len(phrase))


# --------------------------------------------------------------------------
# Unicode normalisation (NFKC, dashes, whitespace)
# --------------------------------------------------------------------------


def test_ligature_in_source() -> None:
    source = "Questo è il risultato \ufb01nale del vertice."
    m = locate_quote("il risultato finale", source)
    assert m is not None
    assert m.status == "repaired"
    assert span(source, m) == "il risultato \ufb01nale"


def test_fullwidth_chars_in_source() -> None:
    source = "La riunione del \uff27\uff12\uff10 a Nuova Delhi."
    m = locate_quote("del G20 a Nuova", source)
    assert m is not None
    assert m.status == "repaired"
    assert span(source, m) == "del \uff27\uff12\uff10 a Nuova"


def test_decomposed_accent_in_source_is_covered_entirely() -> None:
    source = "Questo e\u0300 stato il primo incontro."
    m = locate_quote("Questo è stato", source)
    assert m is not None
    assert m.status == "repaired"
    assert span(source, m) == "Questo e\u0300 stato"
    # Quote ending right on the decomposed letter keeps its combining mark.
    m2 = locate_quote("Questo è", source)
    assert span(source, m2) == "Questo e\u0300"


def test_decomposed_accent_in_quote() -> None:
    source = "Questo è stato il primo incontro."
    m = locate_quote("Questo e\u0300 stato", source)
    assert m is not None
    assert m.status == "repaired"
    assert span(source, m) == "Questo è stato"


@pytest.mark.parametrize("dash", ["\u2013", "\u2014", "\u2011", "\u2212", "\uff0d"])
def test_dash_variants(dash: str) -> None:
    source = f"Il dialogo Nord{dash}Sud è ripreso."
    m = locate_quote("Nord-Sud", source)
    assert m is not None
    assert m.status == "repaired"
    assert span(source, m) == f"Nord{dash}Sud"


def test_whitespace_variants_and_newlines() -> None:
    source = "Il portavoce\u202fha detto\t\tche\nil\u2009vertice\u00a0è finito."
    m = locate_quote("ha detto che il vertice è", source)
    assert m is not None
    assert m.status == "repaired"
    assert span(source, m) == "ha detto\t\tche\nil\u2009vertice\u00a0è"


def test_ellipsis() -> None:
    source = "Ha detto: Vedremo… e se ne è andato."
    m = locate_quote("Vedremo... e se", source)
    assert m is not None
    assert m.status == "repaired"
    assert span(source, m) == "Vedremo… e se"


def test_quote_much_longer_than_source_is_rejected() -> None:
    # partial_ratio would score 100 by aligning the whole (short) source
    # inside the long quote; the span-length guard must reject it.
    source = "Blinken e Lavrov"
    quote = "Blinken e Lavrov si sono incontrati ieri a Nuova Delhi"
    assert locate_quote(quote, source) is None


# --------------------------------------------------------------------------
# normalize_with_map
# --------------------------------------------------------------------------


def test_normalize_with_map_example() -> None:
    text = "«l’Ucraina»  e\u0301\u00a0\ufb01ne–"
    norm, imap = normalize_with_map(text)
    assert norm == '"l\'Ucraina" é fine-'
    assert imap == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 16, 16, 17, 18, 19, 20]


# --------------------------------------------------------------------------
# Property tests
# --------------------------------------------------------------------------

# Characters that exercise normalisation: whitespace variants, combining
# marks, precomposed letters, a ligature, full-width, quotation marks,
# dashes, ellipsis, emoji (with skin-tone modifier and ZWJ), spacing diaeresis.
_SPECIAL = (
    " \u00a0\u202f\u2007\u2009\t\n"
    "\u0301\u0300\u0308\u0327eé\ufb01\uff21"
    "«»“”„‘’'\"–—-…"
    "😀👍\U0001f3fd\u200dabc\u00a8"
)

_QUOTE_MARKS = "\"'«»“”„‟″〝〞〟＂‶❝❞`´ʼ‘’‚‛′‵‹›＇"

unicode_text = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),  # every code point except surrogates
        st.sampled_from(_SPECIAL),
    ),
    max_size=40,
)


def reference_strip(q: str) -> str:
    """Independent re-statement of the documented quote stripping."""
    prev = None
    while prev != q:
        prev = q
        q = q.strip().strip(_QUOTE_MARKS)
    return q


@settings(max_examples=200, deadline=None)
@given(s=unicode_text, data=st.data())
def test_any_slice_is_verified_at_its_own_text(s: str, data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(s)))
    j = data.draw(st.integers(i, len(s)))
    quote = s[i:j]
    expected = reference_strip(quote)
    m = locate_quote(quote, s)
    if not expected:
        assert m is None
        return
    assert m is not None
    assert m.status == "verified"
    assert m.score == 100.0
    assert s[m.start : m.end] == expected
    # First occurrence: never later than the slice we took it from.
    assert m.start <= i + quote.index(expected)


@settings(max_examples=200, deadline=None)
@given(text=unicode_text)
def test_normalize_with_map_invariants(text: str) -> None:
    norm, imap = normalize_with_map(text)
    assert len(imap) == len(norm) + 1
    assert imap[-1] == len(text)
    assert all(0 <= k <= len(text) for k in imap)
    assert all(a <= b for a, b in itertools.pairwise(imap))
    # Every non-empty text produces output; characters are never lost wholesale.
    assert (norm == "") == (text == "")
    # Whitespace is collapsed to single ASCII spaces; quote/dash variants unified.
    assert "  " not in norm
    assert not any(c.isspace() and c != " " for c in norm)
    assert not any(c in norm for c in "«»“”„‘’–—\u00a0")


@settings(max_examples=200, deadline=None)
@given(quote=unicode_text, source=unicode_text)
def test_any_match_is_within_source(quote: str, source: str) -> None:
    m = locate_quote(quote, source, min_fuzzy_length=3)
    if m is not None:
        assert 0 <= m.start < m.end <= len(source)
        assert m.status in ("verified", "repaired")
        assert 0.0 <= m.score <= 100.0


@settings(max_examples=200, deadline=None)
@given(source=unicode_text, data=st.data())
def test_perturbed_slices_stay_within_source(source: str, data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(source)))
    j = data.draw(st.integers(i, len(source)))
    quote = source[i:j]
    if quote:
        k = data.draw(st.integers(0, len(quote) - 1))
        quote = quote[:k] + quote[k + 1 :]  # drop one character
    m = locate_quote(quote, source, min_fuzzy_length=3, fuzzy_threshold=60.0)
    if m is not None:
        assert 0 <= m.start < m.end <= len(source)
        if m.status == "verified":
            assert source[m.start : m.end] == reference_strip(quote)


@settings(max_examples=200, deadline=None)
@given(text=unicode_text, data=st.data())
def test_normalized_span_maps_back_to_covering_original_span(
    text: str, data: st.DataObject
) -> None:
    # The mapping rule documented on normalize_with_map: start = imap[ns],
    # end = first map entry greater than imap[ne - 1].
    norm, imap = normalize_with_map(text)
    if not norm:
        return
    ns = data.draw(st.integers(0, len(norm) - 1))
    ne = data.draw(st.integers(ns + 1, len(norm)))
    start = imap[ns]
    end = imap[bisect.bisect_right(imap, imap[ne - 1])]
    assert 0 <= start < end <= len(text)
    # The original span, normalised on its own, reproduces the normalised span.
    assert norm[ns:ne] in normalize_with_map(text[start:end])[0]
