"""Splitting long articles into chunks and merging the chunk briefs (no model involved)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief import (
    Actor,
    ActorKind,
    Attribution,
    Brief,
    Claim,
    Evidence,
    RunMetadata,
    Source,
    SourceKind,
    UnresolvedIssue,
)  # fmt: skip
from newsbrief.chunking import Chunk, estimate_tokens, split_into_chunks
from newsbrief.merging import MergedContent, merge_chunk_briefs


def words(s: str) -> int:
    return len(s.split())


def check(text: str, chunks: list[Chunk], max_tokens: int, count: Callable[[str], int]) -> None:
    """The invariants every split holds."""
    assert chunks
    assert [c.index for c in chunks] == list(range(len(chunks)))
    assert chunks[0].start == 0
    assert chunks[-1].end == len(text)
    for c in chunks:
        assert text[c.start : c.end] == c.text
        assert c.start < c.end or text == ""
        if len(chunks) > 1:
            # a lone character may count more than a tiny budget: it cannot be cut further
            assert count(c.text) <= max_tokens or len(c.text) == 1
    for a, b in itertools.pairwise(chunks):
        assert b.start <= a.end  # no gap: every character is in some chunk
        assert a.start < b.start and a.end < b.end  # in order, and each chunk brings new text


def paragraphs(n: int, words_each: int = 10) -> str:
    return "\n\n".join(
        " ".join(f"p{i}w{j}" for j in range(words_each - 1)) + f" end{i}." for i in range(n)
    )


# --- splitting ------------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [0, -1])
def test_max_tokens_below_one_is_refused(bad: int) -> None:
    with pytest.raises(ValueError, match="max_tokens must be at least 1"):
        split_into_chunks("text", bad)


def test_negative_overlap_is_refused() -> None:
    with pytest.raises(ValueError, match="overlap_tokens"):
        split_into_chunks("text", 10, overlap_tokens=-1)


@pytest.mark.parametrize("text", ["", "One paragraph.", paragraphs(3)])
def test_text_that_fits_is_one_chunk(text: str) -> None:
    assert split_into_chunks(text, 1000) == [Chunk(0, 0, len(text), text)]


def test_fits_is_judged_by_the_counter_given() -> None:
    text = paragraphs(3)  # 30 words
    assert len(split_into_chunks(text, 30, words)) == 1
    assert len(split_into_chunks(text, 29, words)) > 1


def test_paragraphs_are_packed_whole_with_overlap() -> None:
    text = paragraphs(20)  # 20 paragraphs of 10 words
    starts = {0} | {m.end() for m in re.finditer(r"\n\n", text)}
    chunks = split_into_chunks(text, 45, words, overlap_tokens=15)
    check(text, chunks, 45, words)
    for a, b in itertools.pairwise(chunks):
        assert b.start in starts and b.end in starts | {len(text)}  # whole paragraphs
        shared = text[b.start : a.end]
        assert 1 <= words(shared) <= 15  # overlap present and bounded: one 10-word paragraph
    # 4 paragraphs in the first chunk; each later chunk repeats 1 and adds 3
    assert [words(c.text) for c in chunks][:3] == [40, 40, 40]


def test_default_overlap_is_a_tenth_of_the_budget() -> None:
    text = paragraphs(40, words_each=5)
    chunks = split_into_chunks(text, 50, words)  # overlap up to 5 words: one paragraph
    check(text, chunks, 50, words)
    for a, b in itertools.pairwise(chunks):
        assert words(text[b.start : a.end]) == 5
    no_overlap = split_into_chunks(text, 50, words, overlap_tokens=0)
    assert all(a.end == b.start for a, b in itertools.pairwise(no_overlap))


def test_overlap_never_stops_progress_or_breaks_the_budget() -> None:
    text = paragraphs(30)
    for overlap_tokens in (10, 25, 40, 1000):
        chunks = split_into_chunks(text, 40, words, overlap_tokens=overlap_tokens)
        check(text, chunks, 40, words)


def test_overlap_falls_back_to_trailing_sentences_of_a_long_paragraph() -> None:
    paragraph = " ".join(f"Sentence {i} has five words." for i in range(8))  # 40 words
    text = "\n\n".join([paragraph] * 4)
    chunks = split_into_chunks(text, 90, words, overlap_tokens=12)
    check(text, chunks, 90, words)
    for a, b in itertools.pairwise(chunks):
        shared = text[b.start : a.end]
        assert shared.startswith("Sentence ") and words(shared) == 10  # two whole sentences


def test_budget_holds_with_the_default_estimate() -> None:
    text = "\n\n".join(f"Paragraph {i}: " + "Ça coûte 3,5 € — naïve café. " * (i % 7 + 1)
                       for i in range(200))  # fmt: skip
    chunks = split_into_chunks(text, 120)
    check(text, chunks, 120, estimate_tokens)


def test_budget_holds_when_a_whole_counts_more_than_its_parts() -> None:
    def superadditive(s: str) -> int:
        return int(len(s) ** 1.1)

    text = paragraphs(50)
    chunks = split_into_chunks(text, 300, superadditive)
    check(text, chunks, 300, superadditive)


def test_single_newlines_split_when_there_is_no_blank_line() -> None:
    text = "\n".join(f"Line {i} of the wire copy" for i in range(30))  # 6 words a line
    chunks = split_into_chunks(text, 20, words, overlap_tokens=0)
    check(text, chunks, 20, words)
    assert all(c.text.endswith("\n") for c in chunks[:-1])
    assert [words(c.text) for c in chunks[:-1]] == [18] * (len(chunks) - 1)


def test_a_long_paragraph_is_cut_at_sentence_ends() -> None:
    text = "Intro.\n\n" + " ".join(f"Is sentence {i} here? Yes! It is… so." for i in range(40))
    chunks = split_into_chunks(text, 30, words, overlap_tokens=0)
    check(text, chunks, 30, words)
    for c in chunks[:-1]:
        assert re.search(r"[.?!…]\s+$", c.text), c.text[-20:]


def test_cjk_sentences_are_cut_after_the_full_stop() -> None:
    text = "".join(f"这是第{i}句话。真的吗？是的！" for i in range(200))  # no whitespace at all
    chunks = split_into_chunks(text, 60)
    check(text, chunks, 60, estimate_tokens)
    assert all(c.text[-1] in "。！？" for c in chunks)


def test_a_long_sentence_is_cut_at_whitespace() -> None:
    text = " ".join(f"word{i}" for i in range(500))  # one sentence, no punctuation
    chunks = split_into_chunks(text, 40)
    check(text, chunks, 40, estimate_tokens)
    assert all(c.text.endswith(" ") for c in chunks[:-1])
    assert all(re.fullmatch(r"(word\d+ )+(word\d+)?", c.text) for c in chunks)


def test_text_without_whitespace_is_hard_split() -> None:
    text = "x" * 1000 + " tail"
    chunks = split_into_chunks(text, 10)
    check(text, chunks, 10, estimate_tokens)
    assert max(estimate_tokens(c.text) for c in chunks) == 10  # filled, not one char at a time


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list("ab é\n.!?。…\t")), max_size=300),
    max_tokens=st.integers(min_value=1, max_value=30),
    overlap_tokens=st.one_of(st.none(), st.integers(min_value=0, max_value=40)),
    by_words=st.booleans(),
)
def test_property_offsets_coverage_budget(
    text: str, max_tokens: int, overlap_tokens: int | None, by_words: bool
) -> None:
    count = words if by_words else estimate_tokens
    chunks = split_into_chunks(text, max_tokens, count, overlap_tokens)
    check(text, chunks, max_tokens, count)


class Counting:
    def __init__(self) -> None:
        self.calls = 0
        self.chars = 0

    def __call__(self, s: str) -> int:
        self.calls += 1
        self.chars += len(s)
        return estimate_tokens(s)


@pytest.mark.parametrize(
    ("text", "max_tokens", "chars_per_char"),
    [
        ("\n\n".join(f"Short paragraph {i}." for i in range(5000)), 10_000, 4),
        ("\n\n".join(f"Paragraph {i}. " + "It said more. " * 25 for i in range(300)), 1000, 4),
        (" ".join(f"Sentence {i} is here." for i in range(5000)), 10_000, 4),  # one paragraph
        ("x" * 100_000, 1000, 20),  # no whitespace: galloping search for each cut
    ],
    ids=["many-paragraphs", "paragraphs", "one-paragraph", "no-whitespace"],
)
def test_counting_is_about_linear_in_the_text(
    text: str, max_tokens: int, chars_per_char: int
) -> None:
    assert len(text) >= 100_000
    counter = Counting()
    chunks = split_into_chunks(text, max_tokens, counter)
    check(text, chunks, max_tokens, estimate_tokens)
    # The whole text once, each paragraph or sentence once, each chunk once more. Re-counting a
    # growing chunk per paragraph would count some 10^8 characters in the first case.
    assert counter.chars < chars_per_char * len(text)
    units = max(text.count("\n\n"), text.count(". "))
    if units:
        assert counter.calls <= units + 3 * len(chunks) + 10
    else:
        assert counter.calls < 30 * len(chunks)


# --- merging --------------------------------------------------------------------------------------

P1 = ('Dr. Helena Marsh-Okafor, who leads the Northern Rivers Water Authority, said the levee '
      '"held as designed" on Tuesday.')  # fmt: skip
P2 = 'Chief Engineer Tomasz Wilk said the pumps "ran for eleven hours without a fault".'
P3 = '"We warned them in March," said a senior council official who asked not to be named.'
P4 = "Marsh-Okafor added that the NRWA would publish its logs. Wilk disagreed."
P5 = 'David Marsh, a farmer downstream, said his fields "were under a metre of water".'
TEXT = f"{P1}\n\n{P2}\n\n{P3}\n\n{P4}\n\n{P5}\n"
P3_START = TEXT.index(P3)
P3_END = P3_START + len(P3) + 2
# Two chunks sharing the third paragraph, as split_into_chunks makes them.
CHUNK_A = Chunk(0, 0, P3_END, TEXT[:P3_END])
CHUNK_B = Chunk(1, P3_START, len(TEXT), TEXT[P3_START:])


def ev(chunk: Chunk, quote: str) -> Evidence:
    """Evidence whose offsets index the chunk's text, as a chunk brief has them."""
    start = chunk.text.index(quote)
    return Evidence(quote=quote, start=start, end=start + len(quote), status="verified")


def claim(
    statement: str,
    actor_id: str | None,
    *evidence: Evidence,
    kind: SourceKind = SourceKind.NAMED_PERSON,
    description: str = "",
) -> Claim:
    return Claim(statement=statement, attribution=Attribution.DIRECT, evidence=list(evidence),
                 source=Source(actor_id=actor_id, kind=kind, description=description))  # fmt: skip


def brief(
    actors: list[Actor], claims: list[Claim], issues: list[UnresolvedIssue] | None = None
) -> Brief:
    return Brief(headline="h", summary="s", language="en", key_actors=actors, claims=claims,
                 unresolved_issues=issues or [], metadata=RunMetadata(model="test"))  # fmt: skip


def person(actor_id: str, name: str, role: str = "") -> Actor:
    return Actor(id=actor_id, name=name, kind=ActorKind.PERSON, role=role)


OFFICIAL = Actor(id="official", name="senior council official", kind=ActorKind.ANONYMOUS_SOURCE)

BRIEF_A = brief(
    [
        person("marsh", "Dr. Helena Marsh-Okafor"),
        Actor(id="authority", name="Northern Rivers Water Authority", kind=ActorKind.ORGANIZATION),
        person("wilk", "Chief Engineer Tomasz Wilk"),
        OFFICIAL,
    ],
    [
        claim("The levee held as designed.", "marsh", ev(CHUNK_A, "held as designed")),
        claim("The pumps ran without fault.", "wilk",
              ev(CHUNK_A, "ran for eleven hours without a fault")),
        claim("The council warned them in March.", "official",
              ev(CHUNK_A, "We warned them in March"),
              kind=SourceKind.ANONYMOUS, description="a senior council official"),
    ],
    [UnresolvedIssue(question="Whom did the council warn?", evidence=[ev(CHUNK_A, P3[:26])])],
)  # fmt: skip

BRIEF_B = brief(
    [
        OFFICIAL,
        person("mo", "Marsh-Okafor", role="head of the authority"),
        Actor(id="nrwa", name="NRWA", kind=ActorKind.ORGANIZATION),
        person("w", "Wilk", role="chief engineer"),
        person("marsh", "David Marsh", role="farmer"),  # the id chunk A gave Helena Marsh-Okafor
    ],
    [
        # the same quote as in chunk A, taken a little longer
        claim("Officials had been warned in March.", "official",
              ev(CHUNK_B, '"We warned them in March," said'),
              Evidence(quote="x", status="unverified"),
              kind=SourceKind.ANONYMOUS, description="a senior council official"),
        claim("The NRWA will publish its logs.", "mo",
              ev(CHUNK_B, "the NRWA would publish its logs")),
        claim("Wilk disagreed.", "w", ev(CHUNK_B, "Wilk disagreed")),
        claim("His fields flooded.", "marsh", ev(CHUNK_B, "were under a metre of water")),
    ],
    [
        UnresolvedIssue(question="whom did the council WARN", why_open="not said",
                        evidence=[ev(CHUNK_B, P3[:26])]),
        UnresolvedIssue(question="Will the logs be published?", evidence=[ev(CHUNK_B, P4[:40])]),
    ],
)  # fmt: skip


@pytest.fixture(scope="module")
def merged() -> MergedContent:
    return merge_chunk_briefs([(CHUNK_A, BRIEF_A), (CHUNK_B, BRIEF_B)])


def test_merged_offsets_index_the_article(merged: MergedContent) -> None:
    grounded = [e for c in merged.claims for e in c.evidence if e.is_grounded]
    grounded += [e for u in merged.unresolved_issues for e in u.evidence if e.is_grounded]
    assert len(grounded) == 9  # claims: 7 (both spans of the warned quote); issues: 2
    for e in grounded:
        assert e.start is not None and e.end is not None
        assert TEXT[e.start : e.end] == e.quote
    unverified = [e for c in merged.claims for e in c.evidence if not e.is_grounded]
    assert [(e.quote, e.start, e.end) for e in unverified] == [("x", None, None)]


def test_actors_are_unified_by_name_alias_and_acronym(merged: MergedContent) -> None:
    assert [(a.id, a.name, a.kind, a.role) for a in merged.key_actors] == [
        ("marsh", "Helena Marsh-Okafor", ActorKind.PERSON, "head of the authority"),
        ("authority", "Northern Rivers Water Authority", ActorKind.ORGANIZATION, ""),
        ("wilk", "Tomasz Wilk", ActorKind.PERSON, "chief engineer"),
        ("official", "senior council official", ActorKind.ANONYMOUS_SOURCE, ""),
        ("marsh-2", "David Marsh", ActorKind.PERSON, "farmer"),  # id collision, not unified
    ]
    assert merged.merged_actor_names == {
        "Helena Marsh-Okafor": ["Dr. Helena Marsh-Okafor", "Marsh-Okafor"],
        "Northern Rivers Water Authority": ["NRWA"],
        "Tomasz Wilk": ["Chief Engineer Tomasz Wilk", "Wilk"],
    }


def test_claims_are_remapped_and_deduplicated(merged: MergedContent) -> None:
    assert [(c.statement, c.source.actor_id) for c in merged.claims] == [
        ("The levee held as designed.", "marsh"),
        ("The pumps ran without fault.", "wilk"),
        ("The council warned them in March.", "official"),  # chunk B's copy folded in
        ("The NRWA will publish its logs.", "marsh"),  # Marsh-Okafor
        ("Wilk disagreed.", "wilk"),
        ("His fields flooded.", "marsh-2"),  # David Marsh
    ]
    warned = merged.claims[2]
    assert [e.quote for e in warned.evidence] == [
        "We warned them in March", '"We warned them in March," said', "x",
    ]  # fmt: skip


def test_issues_merge_on_evidence_or_question(merged: MergedContent) -> None:
    assert [(u.question, u.why_open, len(u.evidence)) for u in merged.unresolved_issues] == [
        ("Whom did the council warn?", "not said", 1),  # same span from both chunks: kept once
        ("Will the logs be published?", "", 1),
    ]


def test_merged_content_makes_an_honest_brief(merged: MergedContent) -> None:
    assert merged.dropped_claims == []
    whole = Brief(headline="h", summary="s", language="en", key_actors=merged.key_actors,
                  claims=merged.claims, unresolved_issues=merged.unresolved_issues,
                  metadata=RunMetadata(model="test"))  # fmt: skip
    assert whole.check_offsets(TEXT) == []


def test_inputs_are_not_mutated() -> None:
    before = (BRIEF_A.model_dump(), BRIEF_B.model_dump())
    merge_chunk_briefs([(CHUNK_A, BRIEF_A), (CHUNK_B, BRIEF_B)])
    assert (BRIEF_A.model_dump(), BRIEF_B.model_dump()) == before
    assert BRIEF_A.claims[0].evidence[0].start == P1.index("held as designed")


def naming(*chunk_actors: list[Actor]) -> list[tuple[Chunk, Brief]]:
    """Chunk briefs that only name actors, each chunk's text naming its actors (a person the
    chunk's text never names is left out: see test_a_person_the_chunk_never_names_is_left_out)."""
    texts = [" and ".join(a.name for a in actors) + " spoke." for actors in chunk_actors]
    return [(Chunk(i, 0, len(t), t), brief(actors, []))
            for i, (t, actors) in enumerate(zip(texts, chunk_actors))]  # fmt: skip


def names(*chunk_actors: list[Actor]) -> list[str]:
    """Merge chunk briefs that only name actors; the unified actors' names."""
    return [a.name for a in merge_chunk_briefs(naming(*chunk_actors)).key_actors]


def test_people_sharing_a_surname_stay_apart() -> None:
    helena, david = person("h", "Helena Marsh"), person("d", "Dr David Marsh")
    assert names([helena], [david]) == ["Helena Marsh", "David Marsh"]
    # a bare surname that could be either joins neither
    assert names([helena], [david], [person("m", "Marsh")]) == [
        "Helena Marsh", "David Marsh", "Marsh",
    ]  # fmt: skip
    # with one full name it is unambiguous
    assert names([person("m", "Marsh")], [helena]) == ["Helena Marsh"]


def test_names_compare_without_case_accents_punctuation_or_titles() -> None:
    assert names(
        [person("a", "Sig. Lorenzo Bianchi"), person("b", "M. José Núñez")],
        [person("c", "BIANCHI"), person("d", "Sr. Jose Nunez"), person("e", "Frau Anna Weiß")],
        [person("f", "Dott.ssa Anna Weiß")],
    ) == ["Lorenzo Bianchi", "José Núñez", "Anna Weiß"]


def test_titles_are_not_stripped_from_organisations() -> None:
    motors = Actor(id="gm", name="General Motors", kind=ActorKind.ORGANIZATION)
    assert names([motors], [Actor(id="m", name="Motors", kind=ActorKind.ORGANIZATION)]) == [
        "General Motors", "Motors",
    ]  # fmt: skip


def test_only_compatible_kinds_unify() -> None:
    org = Actor(id="a", name="Northern Rivers Water Authority", kind=ActorKind.ORGANIZATION)
    gov = Actor(id="b", name="NRWA", kind=ActorKind.GOVERNMENT)
    assert names([org], [gov]) == ["Northern Rivers Water Authority"]
    # a person's initials are not an acronym, and a person is not an organisation
    assert len(names([person("p", "Nora Rhys Wyn Ames")], [gov])) == 2
    group = Actor(id="w", name="Wilk", kind=ActorKind.GROUP)
    assert len(names([person("p", "Wilk")], [group])) == 2


def test_an_acronym_spelling_two_organisations_joins_neither() -> None:
    nrwa = Actor(id="n", name="NRWA", kind=ActorKind.ORGANIZATION)
    one = Actor(id="a", name="Northern Rivers Water Authority", kind=ActorKind.ORGANIZATION)
    two = Actor(id="b", name="National Roads and Waterways Agency", kind=ActorKind.GOVERNMENT)
    assert len(names([one, two], [nrwa])) == 3


def test_anonymous_sources_join_only_equal_anonymous_sources() -> None:
    anon = Actor(id="a", name="A senior official", kind=ActorKind.ANONYMOUS_SOURCE)
    assert names([anon], [anon.model_copy(update={"name": "a senior official."})]) == [
        "A senior official"
    ]
    assert len(names([anon], [person("p", "A Senior Official")])) == 2
    assert len(names([anon], [Actor(id="o", name="senior official", kind=anon.kind)])) == 2
    org = Actor(id="o", name="A senior official", kind=ActorKind.ORGANIZATION)
    assert len(names([anon], [org])) == 2


def test_ids_colliding_across_chunks_are_made_unique_and_claims_follow() -> None:
    chunk = Chunk(0, 0, len(TEXT), TEXT)
    parts = [
        (chunk, brief([person("x", "Helena Marsh")], [claim("s1", "x")])),
        (chunk, brief([person("x", "David Marsh")], [claim("s2", "x")])),
        (chunk, brief([person("x-2", "Anna Weiss")], [claim("s3", "x-2")])),
    ]
    merged = merge_chunk_briefs(parts)
    assert [(a.id, a.name) for a in merged.key_actors] == [
        ("x", "Helena Marsh"), ("x-2", "David Marsh"), ("x-2-2", "Anna Weiss"),
    ]  # fmt: skip
    assert [c.source.actor_id for c in merged.claims] == ["x", "x-2", "x-2-2"]


def test_claim_dedup_needs_the_same_source_and_another_chunk() -> None:
    a = claim("One.", "marsh", ev(CHUNK_A, P3[:40]))
    b = claim("Two.", "marsh", ev(CHUNK_A, P3[10:50]))  # same chunk, overlapping: two findings
    c = claim("Three.", None, ev(CHUNK_B, P3[:40]), kind=SourceKind.ARTICLE)  # other source
    d = claim("Four.", "mo", ev(CHUNK_B, P3[:40]))  # Marsh-Okafor again: folds into "One."
    e = claim("one", "mo")  # equal statement, same source: folds too
    parts = [
        (CHUNK_A, brief([person("marsh", "Helena Marsh-Okafor")], [a, b])),
        (CHUNK_B, brief([person("mo", "Marsh-Okafor")], [c, d, e])),
    ]
    merged = merge_chunk_briefs(parts)
    assert [c.statement for c in merged.claims] == ["One.", "Two.", "Three."]
    assert len(merged.claims[0].evidence) == 1  # the same span, kept once


def test_a_claim_that_would_break_integrity_once_merged_is_dropped_with_a_reason() -> None:
    chunk = Chunk(0, 0, len(TEXT), TEXT)
    anonymous = claim("s", None, kind=SourceKind.ANONYMOUS, description="Helena Marsh")
    parts = [
        (chunk, brief([person("h", "Helena Marsh")], [])),
        (chunk, brief([], [anonymous])),  # valid alone: no person of that name in its chunk
    ]
    merged = merge_chunk_briefs(parts)
    assert merged.claims == []
    assert len(merged.dropped_claims) == 1 and "person's name" in merged.dropped_claims[0]


def test_split_then_merge_round_trip() -> None:
    text = "\n\n".join([P1, P2, P3, P4, P5] * 3)
    chunks = split_into_chunks(text, 60, words, overlap_tokens=20)
    assert len(chunks) > 2
    quote = "We warned them in March"
    parts = []
    for chunk in chunks:
        found = [ev(chunk, quote)] if quote in chunk.text else []
        claims = [claim("Warned.", "o", e, kind=SourceKind.ANONYMOUS) for e in found]
        parts.append((chunk, brief([OFFICIAL.model_copy(update={"id": "o"})], claims)))
    merged = merge_chunk_briefs(parts)
    spans = {(e.start, e.end) for c in merged.claims for e in c.evidence}
    expected = {(m.start(), m.end()) for m in re.finditer(quote, text)}
    assert spans == expected  # each occurrence once, though overlaps showed some twice
    assert [a.id for a in merged.key_actors] == ["o"]


# --- people named differently across chunks (spellings of tests/data/long-inquiry-liveblog) ------


@pytest.mark.parametrize(
    ("spellings", "canonical"),
    [
        # a cut-short given name of at least three letters
        (["Bron Tallis", "Bronwen Tallis", "Ms Tallis"], "Bronwen Tallis"),
        (["Nat Osei", "Mr Osei", "Nathaniel Osei", "Osei"], "Nathaniel Osei"),
        # an initial
        (["J. Albrecht", "Jürgen Albrecht"], "Jürgen Albrecht"),
        (["Jürgen Albrecht", "J Albrecht", "Mr Albrecht"], "Jürgen Albrecht"),
        (["J. P. Morgan", "John Pierpont Morgan"], "John Pierpont Morgan"),
        # umlauts spelled out (ü ö ä as ue oe ae, ß as ss); the diacritics win a tie
        (["Juergen Albrecht", "Jürgen Albrecht"], "Jürgen Albrecht"),
        (["Jürgen Albrecht", "Juergen Albrecht"], "Jürgen Albrecht"),
        (["Juergen Albrecht", "J. Albrecht", "Jürgen Albrecht", "Mr Albrecht"], "Jürgen Albrecht"),
        (["Jurgen Albrecht", "Jürgen Albrecht"], "Jürgen Albrecht"),
        (["Ines Koehler-Strauss", "Dr Inés Köhler-Strauß"], "Inés Köhler-Strauß"),
        (["Haenel", "Björn Hänel"], "Björn Hänel"),
        # a hyphen or a space in the surname, and titles
        (["Judge Okonjo Hale", "Justice Miriam Okonjo-Hale"], "Miriam Okonjo-Hale"),
        (["Justice Okonjo-Hale", "Miriam Okonjo Hale", "M. Okonjo-Hale"], "Miriam Okonjo Hale"),
        # accents
        (["Teodora Vasquez-Lind", "Teodora Vásquez-Lind", "Minister Vasquez-Lind"],
         "Teodora Vásquez-Lind"),
    ],
)  # fmt: skip
def test_spellings_of_one_person_are_unified(spellings: list[str], canonical: str) -> None:
    chunks = [[person(f"p{i}", name)] for i, name in enumerate(spellings)]
    assert names(*chunks) == [canonical]
    merged = merge_chunk_briefs(naming(*chunks))
    assert merged.merged_actor_names == {canonical: [s for s in spellings if s != canonical]}


def test_the_liveblog_cast_is_unified_to_its_full_names() -> None:
    chunk_actors = [
        ["Chief Engineer Jürgen Albrecht", "Justice Miriam Okonjo-Hale", "Bronwen Tallis",
         "Nathaniel Osei", "Dr. Ilse Brandvold"],
        ["Juergen Albrecht", "Judge Okonjo Hale", "Teodora Vasquez-Lind", "Mr Osei",
         "Dr Brandvold"],
        ["J. Albrecht", "Bron Tallis", "Nat Osei", "Teodora Vásquez-Lind", "Callum Reddaway"],
        ["Mr Albrecht", "Ms Tallis", "Minister Vasquez-Lind", "Okonjo-Hale", "Mr Reddaway",
         "Gideon Ashcombe", "Mr Ashcombe"],
    ]  # fmt: skip
    assert names(*[[person(f"p{i}", n) for i, n in enumerate(c)] for c in chunk_actors]) == [
        "Jürgen Albrecht", "Miriam Okonjo-Hale", "Bronwen Tallis", "Nathaniel Osei",
        "Ilse Brandvold", "Teodora Vásquez-Lind", "Callum Reddaway", "Gideon Ashcombe",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "spellings",
    [
        ["Helena Marsh", "David Marsh"],  # different given names
        ["Jo Smith", "John Smith"],  # two letters are too few to stand for a name
        ["Ann Smith", "Joanna Smith"],  # a given name is cut at its end, not its start
        ["J. Smith", "K. Smith"],
        ["J. Pierpont Morgan", "John P. Morgan"],  # each has what the other leaves out
        ["John F. Kennedy", "John Kennedy"],  # a middle name on one side only
        ["Miriam Hale", "Miriam Okonjo-Hale"],  # a given name and part of a double surname
        ["R. Hale", "Miriam Okonjo-Hale"],
        ["Mueller", "Muller"],  # either may be Müller, but not each other
        ["Michael Brandt", "Michal Brandt"],  # a transliteration needs an umlaut to spell out
    ],
)
def test_different_people_are_not_unified(spellings: list[str]) -> None:
    assert names(*[[person(f"p{i}", n)] for i, n in enumerate(spellings)]) == [
        " ".join(n.split()) for n in spellings
    ]


def test_a_name_that_could_be_two_people_joins_neither() -> None:
    john, jane = person("jo", "John Smith"), person("ja", "Jane Smith")
    initial, bare = person("j", "J. Smith"), person("s", "Smith")
    assert names([john], [jane], [initial], [bare]) == [
        "John Smith", "Jane Smith", "J. Smith", "Smith",
    ]  # fmt: skip
    # with one person it could be, both join it, though another Smith is there
    mary = person("m", "Mary Smith")
    assert names([initial, mary], [john], [person("mr", "Mr J Smith")]) == [
        "John Smith", "Mary Smith",
    ]  # fmt: skip
    # a cut-short given name that could be two longer ones
    chris = [person("c", "Chris Brown"), person("ce", "Christine Brown")]
    assert names(chris, [person("cr", "Christopher Brown")]) == [
        "Chris Brown", "Christine Brown", "Christopher Brown",
    ]  # fmt: skip


def test_a_cut_short_given_name_joins_only_when_no_other_person_has_the_surname() -> None:
    dan, daniela = person("dan", "Dan Brown"), person("daniela", "Daniela Brown")
    # the trade-off: alone with that surname, Dan may be short for Daniela, so they are unified
    assert names([dan], [daniela]) == ["Daniela Brown"]
    # names that could be either of them are not another person
    assert names([dan], [daniela], [person("d", "D. Brown"), person("b", "Brown")]) == [
        "Daniela Brown"
    ]
    # with another Brown in the article, a family is likelier: Dan stays apart
    gordon = person("gordon", "Gordon Brown")
    assert names([dan], [daniela, gordon]) == ["Dan Brown", "Daniela Brown", "Gordon Brown"]
    assert names([gordon], [daniela], [dan], [person("b", "Mr Brown")]) == [
        "Gordon Brown", "Daniela Brown", "Dan Brown", "Brown",
    ]  # fmt: skip
    # an initial is not cut short: it joins the one name it can be, Browns or not
    assert names([person("d", "D. Brown")], [daniela, gordon]) == [
        "Daniela Brown", "Gordon Brown",
    ]  # fmt: skip


def test_claims_follow_a_person_unified_by_initial_and_transliteration() -> None:
    chunk = Chunk(0, 0, len(TEXT), TEXT)
    parts = [
        (chunk, brief([person("a", "Juergen Albrecht")], [claim("s1", "a")])),
        (chunk, brief([person("b", "J. Albrecht")], [claim("s2", "b")])),
        (chunk, brief([person("c", "Chief Engineer Jürgen Albrecht", role="chief engineer")],
                      [claim("s3", "c")])),
    ]  # fmt: skip
    merged = merge_chunk_briefs(parts)
    assert [(a.id, a.name, a.role) for a in merged.key_actors] == [
        ("a", "Jürgen Albrecht", "chief engineer")
    ]
    assert [c.source.actor_id for c in merged.claims] == ["a", "a", "a"]
    assert merged.merged_actor_names == {
        "Jürgen Albrecht": ["Juergen Albrecht", "J. Albrecht", "Chief Engineer Jürgen Albrecht"]
    }


def test_a_qualified_title_is_stripped_so_the_person_unifies() -> None:
    """'Infrastructure Minister Teodora Vasquez-Lind' and 'Teodora Vasquez-Lind' are one person;
    'Chief Engineer Tomasz Wilk' and 'Wilk' too."""
    names = [("Infrastructure Minister Teodora Vasquez-Lind", "Chief Engineer Tomasz Wilk"),
             ("Teodora Vasquez-Lind", "Wilk")]  # fmt: skip
    said = [f"{a} met {b}. " for a, b in names]
    chunks = [Chunk(0, 0, len(said[0]), said[0]),
              Chunk(1, len(said[0]), len(said[0]) + len(said[1]), said[1])]  # fmt: skip
    parts = []
    for chunk, (minister, engineer) in zip(chunks, names):
        brief = Brief(
            headline="h", summary="s", language="en",
            key_actors=[Actor(id="m", name=minister, kind=ActorKind.PERSON),
                        Actor(id="w", name=engineer, kind=ActorKind.PERSON)],
            metadata=RunMetadata(model="test"),
        )  # fmt: skip
        parts.append((chunk, brief))
    merged = merge_chunk_briefs(parts)
    assert sorted(a.name for a in merged.key_actors) == ["Teodora Vasquez-Lind", "Tomasz Wilk"]


def test_a_given_name_the_text_never_uses_does_not_split_a_person() -> None:
    """Recorded from the embedded model on the long article: one chunk called the chief engineer
    "Glenda Albrecht", a name the article never uses. Compared by the words the text has, it is
    "Albrecht": it joins Jürgen Albrecht, and "Albrecht" is not made ambiguous by it."""
    parts = [
        (Chunk(0, 0, 40, "Jürgen Albrecht, the chief engineer, spoke."),
         brief([person("ja", "Jürgen Albrecht")], [])),
        (Chunk(1, 40, 80, "Albrecht said the sirens were tested."),
         brief([person("g", "Glenda Albrecht")], [claim("the sirens were tested", "g")])),
        (Chunk(2, 80, 120, "Mr Albrecht declined to comment."),
         brief([person("a", "Mr Albrecht")], [])),
    ]  # fmt: skip
    merged = merge_chunk_briefs(parts)
    assert [a.name for a in merged.key_actors] == ["Jürgen Albrecht"]
    assert set(merged.merged_actor_names["Jürgen Albrecht"]) == {"Glenda Albrecht", "Mr Albrecht"}
    assert merged.claims[0].source.actor_id == merged.key_actors[0].id
    # the same name where the text does use it is another person
    used = [(Chunk(1, 40, 80, "Glenda Albrecht, his sister, said so."),
             brief([person("g", "Glenda Albrecht")], [claim("said so", "g")]))]  # fmt: skip
    assert len(merge_chunk_briefs([parts[0], *used, parts[2]]).key_actors) == 3


def test_a_person_the_chunk_never_names_is_left_out_unless_a_claim_cites_them() -> None:
    invented = person("g", "Glenda Albrecht")
    text = "Professor Marr said the records were missing."
    chunk = Chunk(0, 0, len(text), text)
    merged = merge_chunk_briefs([(chunk, brief([person("m", "Professor Marr"), invented], []))])
    assert [a.name for a in merged.key_actors] == ["Marr"]
    assert merged.dropped_actors == [
        "chunk 0: the person 'Glenda Albrecht' was left out: no word of the name is in the "
        "chunk's text and no claim cites them"
    ]
    cited = brief([invented], [claim("the records were missing", "g")])
    assert [a.name for a in merge_chunk_briefs([(chunk, cited)]).key_actors] == ["Glenda Albrecht"]


def test_a_person_labelled_a_government_or_an_anonymous_source_is_still_that_person() -> None:
    """Recorded from the embedded model on the long article: the minister was a person in one
    chunk and a government in others, and a named campaigner an anonymous source in one."""
    minister = Actor(id="m", name="Infrastructure Minister Teodora Vasquez-Lind",
                     kind=ActorKind.GOVERNMENT)  # fmt: skip
    short = Actor(id="v", name="Minister Vasquez-Lind", kind=ActorKind.GOVERNMENT)
    tallis = Actor(id="t", name="Bronwen Tallis", kind=ActorKind.ANONYMOUS_SOURCE)
    parts = naming([minister], [person("tv", "Teodora Vasquez-Lind")], [short],
                   [person("bt", "Bronwen Tallis")], [tallis])  # fmt: skip
    merged = merge_chunk_briefs(parts)
    assert [(a.name, a.kind) for a in merged.key_actors] == [
        ("Teodora Vasquez-Lind", ActorKind.PERSON), ("Bronwen Tallis", ActorKind.PERSON),
    ]  # fmt: skip
    # an organisation with a title-like word is not a person, nor a description an anonymous one
    motors = Actor(id="g", name="General Motors", kind=ActorKind.ORGANIZATION)
    ministry = Actor(id="i", name="Minister of Infrastructure", kind=ActorKind.GOVERNMENT)
    assert len(names([motors], [person("x", "Teodora Motors")], [ministry])) == 3
    # a claim that cited the named person as anonymous is left out, never shown as hers
    said = "Bronwen Tallis said the sirens failed."
    anonymous = claim("The sirens failed.", "t", kind=SourceKind.ANONYMOUS, description="a source")
    merged = merge_chunk_briefs([
        (Chunk(0, 0, len(said), said), brief([person("bt", "Bronwen Tallis")], [])),
        (Chunk(1, 0, len(said), said), brief([tallis], [anonymous])),
    ])  # fmt: skip
    assert merged.claims == [] and "anonymous source cannot be" in merged.dropped_claims[0]


def test_one_name_under_two_kinds_is_one_actor() -> None:
    """Recorded on the long article: "Lowen Ford Families Group" a group and an organisation,
    "Greyhollow Dam" an organisation and a place; and "Minister of Infrastructure" is a title,
    not "of Infrastructure"."""
    group = Actor(id="g", name="Lowen Ford Families Group", kind=ActorKind.GROUP)
    org = Actor(id="o", name="Lowen Ford Families Group", kind=ActorKind.ORGANIZATION)
    dam = Actor(id="d", name="Greyhollow Dam", kind=ActorKind.ORGANIZATION)
    place = Actor(id="p", name="Greyhollow Dam", kind=ActorKind.PLACE)
    merged = merge_chunk_briefs(naming([group, dam], [org, place]))
    assert [(a.name, a.kind) for a in merged.key_actors] == [
        ("Lowen Ford Families Group", ActorKind.GROUP), ("Greyhollow Dam", ActorKind.ORGANIZATION),
    ]  # fmt: skip
    assert names([person("m", "Minister of Infrastructure")]) == ["Minister of Infrastructure"]
