"""Grounding on every sentence of the test articles: a changed fact is never a repair,
typography always is.

The articles are tests/data/*.txt (Italian, English, German, French, Spanish; the seed has
non-breaking spaces and the typo "scorsoo"). Each sentence is changed in one token (a digit of a
number, a negation inserted or removed, a content word replaced) or only in typography (quotation
marks, « », non-breaking spaces, whitespace runs, dashes, letter case, NFKC-equivalent forms, an
inner run of words replaced by an ellipsis). Hypothesis picks the article, the sentence and the
change; the first tests sweep every sentence with one change of each kind.

A changed quote may still be found when the article happens to hold those words elsewhere: it is
then honestly grounded, and the test checks that the words found are the changed quote's own.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbrief import Evidence
from newsbrief.grounding import QuoteIndex

from .grounding_reference import DOUBLE, SINGLE, reference_normalise, reference_strip, same_words

DATA = Path(__file__).parent / "data"
ARTICLES = {path.name: path.read_text(encoding="utf-8") for path in sorted(DATA.glob("*.txt"))}
INDEXES = {name: QuoteIndex(text) for name, text in ARTICLES.items()}
LANGUAGE = {name: name.rsplit(".", 2)[-2] for name in ARTICLES}
NEGATIONS = {"en": ["not", "no"], "it": ["non"], "de": ["nicht", "kein"], "fr": ["pas", "ne"],
             "es": ["no"]}  # fmt: skip

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_WORD = re.compile(r"\w+")
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def sentences(text: str) -> list[str]:
    found = (m.group(0).strip() for m in _SENTENCE.finditer(text))
    return list(dict.fromkeys(s for s in found if len(_WORD.findall(s)) >= 3))


SENTENCES = {name: sentences(text) for name, text in ARTICLES.items()}
VOCABULARY = {
    name: sorted({w for w in _CONTENT_WORD.findall(text)}) for name, text in ARTICLES.items()
}
NORMALISED = {name: reference_normalise(text)[0] for name, text in ARTICLES.items()}
EVERY_SENTENCE = [(name, s) for name, found in SENTENCES.items() for s in found]
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_the_articles_are_all_here() -> None:
    assert set(LANGUAGE.values()) == {"it", "en", "de", "fr", "es"}
    assert "scorsoo" in ARTICLES["g20-blinken-lavrov.it.txt"]
    assert "\u00a0" in ARTICLES["g20-blinken-lavrov.it.txt"]
    assert len(EVERY_SENTENCE) > 1000


def locate(name: str, quote: str) -> Evidence:
    evidence = INDEXES[name].locate(quote)
    if evidence.is_grounded:
        assert evidence.start is not None
        assert ARTICLES[name][evidence.start : evidence.end] == evidence.quote
    return evidence


def never_repaired(name: str, changed: str) -> None:
    """A changed quote is unverified, unless the article holds those very words elsewhere."""
    evidence = locate(name, changed)
    if not evidence.is_grounded:
        assert evidence == Evidence(quote=changed, status="unverified")
        return
    assert same_words(evidence.quote, changed), (changed, evidence)
    assert reference_normalise(reference_strip(changed))[0].strip(" \"'") in NORMALISED[name]


def always_found(name: str, variant: str, sentence: str) -> None:
    """A typographic variant of a sentence is found, at words that are the sentence's own."""
    evidence = locate(name, variant)
    assert evidence.is_grounded, (variant, sentence)
    assert same_words(evidence.quote, sentence), (variant, evidence)


# ---- changes of one token ---------------------------------------------------------------------


def change_digit(sentence: str, at: int, digit: str) -> str:
    return sentence[:at] + digit + sentence[at + 1 :]


def insert_word(sentence: str, before: int, word: str) -> str:
    start = [m.start() for m in _WORD.finditer(sentence)][before]
    return f"{sentence[:start]}{word} {sentence[start:]}"


def without_word(sentence: str, match: re.Match[str]) -> str:
    end = match.end() + 1 if sentence[match.end() : match.end() + 1] == " " else match.end()
    return sentence[: match.start()] + sentence[end:]


def negations_in(name: str, sentence: str) -> list[re.Match[str]]:
    words = "|".join(NEGATIONS[LANGUAGE[name]])
    return list(re.finditer(rf"\b(?:{words})\b", sentence, re.IGNORECASE))


def other_word(name: str, word: str, pick: int) -> str:
    """A word of the article (of four letters or more) that is not ``word``."""
    words = VOCABULARY[name]
    candidate = words[pick % len(words)]
    return candidate if candidate.casefold() != word.casefold() else words[(pick + 1) % len(words)]


def test_every_sentence_is_verified_as_it_is() -> None:
    for name, sentence in EVERY_SENTENCE:
        evidence = locate(name, sentence)
        assert evidence.status == "verified", sentence
        assert evidence.quote == reference_strip(sentence)


def one_token_changes(name: str, sentence: str, n: int) -> list[str]:
    """A digit changed, a negation inserted, a negation removed and a content word replaced,
    at places that vary with ``n`` (each that the sentence allows)."""
    changes = []
    digits = [m.start() for m in re.finditer(r"\d", sentence)]
    if digits:
        at = digits[n % len(digits)]
        changes.append(change_digit(sentence, at, str((int(sentence[at]) + 1) % 10)))
    negations = NEGATIONS[LANGUAGE[name]]
    before = n % len(_WORD.findall(sentence))
    changes.append(insert_word(sentence, before, negations[n % len(negations)]))
    changes += [without_word(sentence, m) for m in negations_in(name, sentence)[:1]]
    words = list(_CONTENT_WORD.finditer(sentence))
    if words:
        word = words[n % len(words)]
        replaced = other_word(name, word[0], n)
        changes.append(sentence[: word.start()] + replaced + sentence[word.end() :])
    return changes


def test_every_sentence_with_one_token_changed_is_never_repaired() -> None:
    tried = 0
    for n, (name, sentence) in enumerate(EVERY_SENTENCE):
        for changed in one_token_changes(name, sentence, n):
            never_repaired(name, changed)
            tried += 1
    assert tried > 4_000


NUMBERED = {
    name: [s for s in found if re.search(r"\d", s)]
    for name, found in SENTENCES.items()
    if any(re.search(r"\d", s) for s in found)
}


@FAST
@given(data=st.data())
def test_a_changed_number_is_never_repaired(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(sorted(NUMBERED)))
    sentence = data.draw(st.sampled_from(NUMBERED[name]))
    at = data.draw(st.sampled_from([m.start() for m in re.finditer(r"\d", sentence)]))
    digit = data.draw(st.sampled_from([d for d in "0123456789" if d != sentence[at]]))
    never_repaired(name, change_digit(sentence, at, digit))


@FAST
@given(data=st.data())
def test_an_inserted_negation_is_never_repaired(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(sorted(ARTICLES)))
    sentence = data.draw(st.sampled_from(SENTENCES[name]))
    before = data.draw(st.integers(0, len(_WORD.findall(sentence)) - 1))
    negation = data.draw(st.sampled_from(NEGATIONS[LANGUAGE[name]]))
    never_repaired(name, insert_word(sentence, before, negation))


NEGATED = [(name, sentence) for name, sentence in EVERY_SENTENCE if negations_in(name, sentence)]


@FAST
@given(data=st.data())
def test_a_removed_negation_is_never_repaired(data: st.DataObject) -> None:
    name, sentence = data.draw(st.sampled_from(NEGATED))
    match = data.draw(st.sampled_from(negations_in(name, sentence)))
    never_repaired(name, without_word(sentence, match))


@FAST
@given(data=st.data())
def test_a_replaced_content_word_is_never_repaired(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(sorted(ARTICLES)))
    sentence = data.draw(st.sampled_from(SENTENCES[name]))
    words = list(_CONTENT_WORD.finditer(sentence))
    if not words:
        return
    match = data.draw(st.sampled_from(words))
    replaced = other_word(name, match[0], data.draw(st.integers(0, 10_000)))
    never_repaired(name, sentence[: match.start()] + replaced + sentence[match.end() :])


def test_the_negation_cases_exist_in_every_language() -> None:
    assert {LANGUAGE[name] for name, _ in NEGATED} == {"it", "en", "de", "fr", "es"}


# ---- typography -------------------------------------------------------------------------------

FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in map(chr, range(0x21, 0x7F))}


def requote(sentence: str, doubles: str, singles: str) -> str:
    out = []
    for i, c in enumerate(sentence):
        if c in DOUBLE:
            c = doubles[i % len(doubles)]
        elif c in SINGLE:
            c = singles[i % len(singles)]
        out.append(c)
    return "".join(out)


def typographic_variants(sentence: str, pick: int) -> dict[str, str]:
    words = list(_WORD.finditer(sentence))
    word = words[pick % len(words)]
    spaces = [m.span() for m in re.finditer(r"\s+", sentence)]
    first, last = spaces[pick % len(spaces)]
    runs = [" ", "\u00a0", "  ", "\n", " \u00a0\t", "\u202f"]
    return {
        "straight quotes": requote(sentence, '"', "'"),
        "curly quotes": requote(sentence, "“”„", "’‘"),
        "guillemets to straight": re.sub(r"«\s*|\s*»", '"', sentence),
        "straight to guillemets": requote(sentence, "«»", "’"),
        "no-break spaces": sentence.replace(" ", "\u00a0"),
        "plain spaces": re.sub(r"\s+", " ", sentence),
        "another whitespace run": sentence[:first] + runs[pick % len(runs)] + sentence[last:],
        "dashes to hyphens": re.sub("[\u2013\u2014]", "-", sentence),
        "hyphens to dashes": sentence.replace(" - ", " \u2013 ").replace("-", "\u2011"),
        "upper case": sentence.upper(),
        "lower case": sentence.lower(),
        "one word's case": sentence[: word.start()] + word[0].swapcase() + sentence[word.end() :],
        "decomposed": unicodedata.normalize("NFD", sentence),
        "ligature": sentence.replace("fi", "\ufb01"),
        "fullwidth word": sentence[: word.start()]
        + "".join(FULLWIDTH.get(c, c) for c in word[0])
        + sentence[word.end() :],
    }


def test_every_sentence_in_typographic_variants_is_found() -> None:
    kinds = sorted(typographic_variants("a b c", 0))
    for n, (name, sentence) in enumerate(EVERY_SENTENCE):
        variants = typographic_variants(sentence, n)
        for kind in (kinds[n % len(kinds)], kinds[(n + 5) % len(kinds)]):
            always_found(name, variants[kind], sentence)


@FAST
@given(data=st.data())
def test_a_typographic_variant_is_always_found(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(sorted(ARTICLES)))
    sentence = data.draw(st.sampled_from(SENTENCES[name]))
    kinds = data.draw(st.lists(st.sampled_from(sorted(typographic_variants("a b c", 0)))))
    variant = sentence
    for kind in kinds:  # a variant of a variant is still typography
        variant = typographic_variants(variant, data.draw(st.integers(0, 1000)))[kind]
    always_found(name, variant, sentence)


ELLIPSES = ["...", "…", "[...]", "[…]", "(…)", " … "]


def ellipsis_found(name: str, before: str, mark: str, after: str) -> None:
    """Words replaced by an ellipsis: the evidence runs from the words before to those after."""
    evidence = locate(name, before.rstrip() + " " + mark.strip() + " " + after.lstrip())
    assert evidence.is_grounded, (before, mark, after)
    found = reference_normalise(evidence.quote)[0].strip(" \"'")
    # An ellipsis the article itself has at the sentence's ends stands for words left out too.
    first = re.sub(r"^\.{3,} ?", "", reference_normalise(reference_strip(before))[0].strip(" \"'"))
    last = re.sub(r" ?\.{3,}$", "", reference_normalise(reference_strip(after))[0].strip(" \"'"))
    assert found.startswith(first) and found.endswith(last), (before, mark, after, evidence)


def test_every_sentence_with_an_ellipsis_is_found() -> None:
    for n, (name, sentence) in enumerate(EVERY_SENTENCE):
        words = list(_WORD.finditer(sentence))
        middle = words[1 + n % (len(words) - 2)]
        mark = ELLIPSES[n % len(ELLIPSES)]
        ellipsis_found(name, sentence[: middle.start()], mark, sentence[middle.end() :])


@FAST
@given(data=st.data())
def test_an_inner_run_of_words_replaced_by_an_ellipsis_is_found(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(sorted(ARTICLES)))
    sentence = data.draw(st.sampled_from(SENTENCES[name]))
    words = list(_WORD.finditer(sentence))
    first = data.draw(st.integers(1, len(words) - 2))
    last = data.draw(st.integers(first, len(words) - 2))
    mark = data.draw(st.sampled_from(ELLIPSES))
    ellipsis_found(name, sentence[: words[first].start()], mark, sentence[words[last].end() :])
