"""Staged, sentence-indexed extraction for small models, as a sans-IO generator.

:func:`staged_brief` holds the whole logic and does no I/O: it yields a :class:`StageCall` for
each question it wants answered, receives the parsed answer (an instance of the call's
``response_model``) through ``send()``, and returns a :class:`BriefContent`. A driver runs it
sync, async or from a script::

    gen = staged_brief(text, language="en")
    call = next(gen)
    try:
        while True:
            try:
                answer = ask(call)                # the driver's model call
            except Exception as exc:              # a failed call is thrown in...
                call = gen.throw(exc)             # ...and that stage is left empty
            else:
                call = gen.send(answer)
    except StopIteration as stop:
        content = stop.value

(:func:`run_staged` is that loop.) The stages: actors; the kinds of the article's capitalised
names that the actors do not cover; the source of each sentence that a deterministic cue finder
(:mod:`newsbrief.cues`) proposes as attributed; statements in the output language when the
article is in another one; headline and summary written from the extracted claims (pointed to
by sentence number when they are the article's own words, or by key as the next turn of the
statements' conversation when one call's statements were all kept, else listed); then open
questions (re-asked once when not in the output language). Evidence is never the model's: it is
the article's own sentence (or clause) at offsets computed here, so every quote is
``verified``. Specifics (numbers, dates, names) that the article does not contain are re-asked
once, then dropped, and said in ``notes``; the share of the brief's text in the requested
language is measured. Who the actors are and who says each sentence is decided by the rules of
:mod:`newsbrief.speakers`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from newsbrief import assemble, errors
from newsbrief.article import WITHHELD_NOTE, Article, unwrapped
from newsbrief.cues import (
    QUOTATION_MARKS,
    TRADE_WORDS,
    SentenceCues,
    blank_spans,
    claim_parts,
    find_cues,
    names_a_document,
    open_quotation_start,
    opens_quotation,
    quotation_left_open,
    quotations,
    quoted_spans,
    swiss_spelling,
    view_of_a_surname,
)
from newsbrief.errors import InputError
from newsbrief.events import invented_event
from newsbrief.given_names import given_name_gender
from newsbrief.language import MIN_WORDS, detect_language, foreign_letters, language_share
from newsbrief.models import (
    Actor,
    Attribution,
    CallKind,
    Claim,
    Evidence,
    GroundingStats,
    Source,
    SourceKind,
    UnresolvedIssue,
)
from newsbrief.names import TITLES, normalize_name
from newsbrief.places import (
    acts_as_a_body,
    german_country_adjective,
    is_country,
    is_nationality,
    is_place_adjective,
    is_seat_of_government,
    names_a_nationality,
    names_people_of,
    written_as_a_place,
)
from newsbrief.polarity import contradicted, dropped_negation
from newsbrief.prompt import SOURCE_LANGUAGE, Request, language_name
from newsbrief.sentences import Sentence, dateline_end, split_sentences
from newsbrief.speakers import (
    ACCORDING_WORDS,
    MAX_CANDIDATES,
    MEDIUM_NOUNS,
    PERSONAL_NAME,
    SUBJECT_AFTER_VERB,
    ActorRecord,
    Gender,
    PronounKind,
    according_to_names,
    according_to_opening,
    according_to_quoting,
    according_to_source,
    acting_groups,
    actor_source,
    actors_from_answer,
    add_abbreviation_forms,
    add_company_short_forms,
    add_given_name_forms,
    add_head_forms,
    add_inflected_forms,
    add_initials_forms,
    add_prefixed_forms,
    add_short_forms,
    add_title_forms,
    add_unnamed_sources,
    bears_expert_noun,
    body_phrases,
    borrowed_role,
    both_sides_speak,
    called_a_medium,
    cited_actor,
    cited_before,
    cites_the_country,
    closing_speaker,
    colon_speaker,
    credited_only,
    described_as_a_person,
    described_by_number,
    described_expert,
    described_holder,
    described_speaker,
    describes_a_thing,
    feminine_or_plural_body,
    gender_by_pronoun,
    gender_by_role,
    german_body_after_verb,
    german_chief_holder,
    german_common_noun,
    german_described_speaker,
    german_impersonal_source,
    german_inverted_speaker,
    german_nationality_holder,
    german_title,
    german_title_only,
    interview,
    inverted_speaker,
    is_credit_line,
    is_question,
    medium_described,
    mention_spans,
    mentioned,
    merge_bracketed_acronyms,
    name_candidates,
    named_after_another,
    named_as_a_thing,
    named_by_name,
    named_only_as_addressee,
    named_only_as_kin,
    named_only_as_object,
    named_only_as_place,
    named_only_for_its_papers,
    named_only_in_brackets,
    named_only_inside,
    named_only_where,
    named_outside_compounds,
    named_speaker,
    names_a_body,
    names_a_listed_person,
    names_a_medium,
    names_no_one,
    namesake_meant,
    office_holder,
    only_a_title,
    opening_speaker,
    opens_with_a_subject,
    other_cantons_member,
    owned_body_subject,
    part_of_a_listed_title,
    people_of_a_place,
    person_gender,
    promotion_lines,
    pronoun_after_what_was_said,
    pronoun_antecedent,
    pronoun_fits,
    pronoun_gender,
    pronoun_speaker,
    pronoun_verb_at,
    pronoun_verb_start,
    quoted_person,
    quoted_vessel_or_work,
    referred_body,
    role_of_another_party,
    romance_described,
    romance_described_person,
    romance_office_holder,
    romance_titled_people,
    romance_unnamed_spokesperson,
    said_by_an_event,
    said_in_a_relative_clause,
    said_in_an_agentless_passive,
    same_source,
    share_speaks,
    speaker_phrases,
    speaking_part,
    speaks,
    subject_dropped,
    subjectless_tag,
    tidy_role,
    titled_people,
    titled_person,
    titles_a_listed_person,
    unnamed_actor,
    unnamed_expert,
    unnamed_gender,
    unnamed_people,
    unnamed_person,
    verbs_outside_quotes,
    writer_bio,
    writer_speaks,
    written_as_common_nouns,
)
from newsbrief.specifics import Unsupported, is_month, is_weekday, unsupported_specifics
from newsbrief.stages import (
    ARTICLE_ITSELF,
    DOCUMENT,
    EXAMPLE_ACTORS,
    EXAMPLE_NAMES,
    EXAMPLE_QUESTIONS,
    EXAMPLE_WORDS,
    HEADLINE_CHARS,
    PENDING_OPENERS,
    ActorItem,
    HeadlineAnswer,
    HeadlineFacts,
    actors_model,
    actors_question,
    headline_question,
    issues_model,
    issues_question,
    kinds_model,
    kinds_question,
    sources_model,
    sources_question,
    stage_messages,
    statements_model,
    statements_question,
)

__all__ = [
    "BriefContent",
    "StageCall",
    "StagedChecks",
    "run_staged",
    "staged_brief",
    "staged_strategy",
]

MAX_ACTORS = 12
"""Most actors the model is asked to list, however long the article (a looping model fills the
room the schema leaves; the article's other names reach the kinds stage instead)."""
MORE_SPEAKING_CANDIDATES = 8
"""Most names beyond ``MAX_CANDIDATES`` offered to the kinds stage because the article has them
speak (a feature that quotes a dozen experts names each of them)."""
BATCH = 12
"""Most sentences or claims asked about in one call (a batch's answer stays short)."""
RETRY_BATCH = 4
"""Most statements re-asked in one call (one the model copied in the article's language is
re-asked alone): a smaller batch starts afresh sooner."""


@dataclass(frozen=True)
class StageCall:
    """One question the staged strategy wants answered.

    Attributes:
        stage: The stage's name (``actors``, ``kinds``, ``sources``, ``statements``, ``issues``,
            ``headline``, and ``...-retry`` for a re-ask).
        messages: Chat messages; every call of one article shares the prefix before the
            stage's question.
        response_model: The schema the answer must fill (its JSON schema, as a grammar, holds
            the enums of valid sentence numbers and sources); send back an instance of it.
        max_tokens: A sufficient output budget for the answer.
    """

    stage: str
    messages: list[dict[str, Any]]
    response_model: type[BaseModel]
    max_tokens: int


class StagedChecks(BaseModel):
    """What the staged strategy checked in its own output.

    Attributes:
        output_language_share: Share of the brief's own text (headline, summary, statements,
            questions) detected in the requested language; ``None`` when too little to judge.
        unsupported_found: Specifics the model wrote that the article lacks, before re-asks.
        unsupported_dropped: Of those, the ones still there after the re-ask, whose text was
            dropped or replaced.
        failed_stages: Stages whose call failed (their part of the brief is empty).
    """

    model_config = ConfigDict(extra="forbid")

    output_language_share: float | None = None
    unsupported_found: list[str] = Field(default_factory=list)
    unsupported_dropped: list[str] = Field(default_factory=list)
    failed_stages: list[str] = Field(default_factory=list)


class BriefContent(BaseModel):
    """What the staged strategy found in an article: a brief without its run metadata.

    Attributes:
        headline: One line, in the output language.
        summary: A few sentences, in the output language.
        language: The article's language (ISO 639-1).
        key_actors: People, organisations, media and unnamed sources.
        claims: Claims with their source and evidence (``verified``, exact offsets).
        unresolved_issues: Questions the article leaves open, with the sentence raising each.
        notes: What was checked, re-asked, dropped or failed, in plain words.
        checks: The same, as figures.
    """

    model_config = ConfigDict(extra="forbid")

    headline: str
    summary: str
    language: str
    key_actors: list[Actor] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    unresolved_issues: list[UnresolvedIssue] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)
    checks: StagedChecks = Field(default_factory=StagedChecks)


# ---- claim candidates ------------------------------------------------------------------------


@dataclass
class _Unit:
    """One claim candidate: a sentence, or a clause of a reported sentence."""

    sentence: Sentence
    cues: SentenceCues
    start: int
    end: int
    key: str
    source: ActorRecord | None = None
    source_option: str | None = None  # ARTICLE_ITSELF, DOCUMENT, or an actor's option
    statement: str = ""
    spoken: bool = False  # the speaker's own words (an interview's answer)

    @property
    def evidence(self) -> Evidence:
        quote = self.sentence.text[self.start : self.end]
        begin = self.sentence.start + self.start
        return Evidence(quote=quote, start=begin, end=begin + len(quote), status="verified")


RUN_ON_PARAGRAPHS = 2
"""How many paragraphs back a sentence that is all quotation looks for the speaker it runs on
with."""
INTERVIEW_PARAGRAPHS = 8
"""Most paragraphs back the person an interview's answer (a quotation right after a question
of the writer's own paragraph) runs on with may be."""

_INTRODUCES_A_QUOTATION = re.compile(
    r"(?<!\w)(?:wie\s+folgt|folgendermaßen|mit\s+(?:den|diesen)\s+Worten|as\s+follows|"
    r"(?:in|with)\s+these\s+words|comme\s+suit|en\s+ces\s+termes|de\s+la\s+siguiente\s+manera|"
    r"en\s+estos\s+términos|con\s+queste\s+parole|come\s+segue)"
    r"(?:\s+[^\W\d_]+){0,2}\s*[.:]\s*$",
    re.IGNORECASE,
)
"""A sentence that closes announcing the quotation after it ("..., indem er seinen Beitrag wie
folgt einleitet."): the next sentence, all quotation, is the one it introduces."""


def _introduced_as_subject(text: str, words: str) -> bool:
    """Whether ``text`` names the unnamed person ``words`` as a subject: after a nominative
    indefinite article ("bis ein Zuschauer ... einleitet", "Ein Leser schreibt dazu wie folgt:"),
    not an object ("an einen Zuschauer") nor an owner ("a reader's question")."""
    return (
        re.search(
            rf"(?<!\w)(?:ein|eine|a|an|one)\s+{re.escape(words)}(?!\w)(?![’'])", text, re.IGNORECASE
        )
        is not None
    )


_ASKS_SOMEONE = re.compile(
    r"\b(?:does|did|do|would|will|can|could|should)\s+(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"
    r"(?:,[^,?]*,)?\s+(?:think|make|say|feel|believe|want|expect|see|view|respond|react|reckon|"
    r"hope|intend|know|plan|answer)\b"
)
"""A question put to a person, named as its subject after its auxiliary ("what does Tom
Black, who chairs ..., make of the plan?")."""


_WRITER_ASKS = re.compile(
    r"\W*I\s+(?:ask|asked)\s+(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s+"
    r"(?:if|whether|what|why|how|about|when|where|who|which)\b"
)
"""The writer's question put to a person in their own words ("I ask Blair if he thinks ...";
real news, the London Standard: the answer after it went to the article)."""


def _asked_person(question: str, actors: Sequence[ActorRecord]) -> ActorRecord | None:
    """The person a question asks (:data:`_ASKS_SOMEONE`, :data:`_WRITER_ASKS`), not one it
    asks about; else ``None``."""
    found = _ASKS_SOMEONE.search(question) or _WRITER_ASKS.match(question)
    if found is None:
        return None
    people = [a for a in actors if a.kind == "person" and mentioned(a, found.group("who"))]
    return people[0] if len(people) == 1 else None


def _answers_a_question(unit: _Unit, sentences: Sequence[Sentence]) -> bool:
    """Whether ``unit`` opens a paragraph right after a paragraph that is one question, with
    no quotation, or the writer's question told in their own words ("I ask Blair if ..."):
    the writer's question, and the unit the answer."""
    number = unit.sentence.number
    if number < 2 or unit.sentence.paragraph == sentences[number - 2].paragraph:
        return False
    before = sentences[number - 2]
    alone = number < 3 or sentences[number - 3].paragraph != before.paragraph
    return (
        alone
        and before.paragraph == unit.sentence.paragraph - 1
        and (
            (before.text.rstrip().endswith("?") and not quoted_spans(before.text))
            or _WRITER_ASKS.match(before.text) is not None
        )
    )


MIN_QUOTED_SHARE = 0.6
"""The share of a sentence inside quotation marks that makes it all quotation."""
MAX_TAG_WORDS = 4
"""Most words of a sentence that only tags the quotation before it ("Wallace asked Trump.")."""


_SAYS_WHAT_CAME_BEFORE = re.compile(
    r"^\W*(?:"
    r"(?:Das|Dies)\s+(?:sagte|sagt|erklärte|erklärt|berichtete|berichtet|bestätigte|bestätigt|"
    r"schrieb|schreibt|betonte|betont|teilte|teilt)\s+"
    r"(?!(?:er|sie|es|man)\b)(?:(?:der|die|das)\s+(?-i:[A-ZÄÖÜ]))?"
    # ("So beschreibt es Eren Güvercin, deutscher Autor ..."; real news, derStandard: the
    # quotation before it was the article's)
    # (not "So erklärte das Deutsche Institut ...", a new statement; a review)
    r"|So\s+(?:beschreibt|beschrieb|sieht|sah|formuliert|formulierte|schildert|"
    r"schilderte|erklärt|erklärte|sagt|sagte|nennt|nannte)\s+es\s+"
    r"(?!(?:er|sie|es|man)\b)(?:(?:der|die|das)\s+)?(?-i:[A-ZÄÖÜ])"
    r"|(?:That|This)(?:['’]s|\s+is|\s+was)\s+(?:according\s+to|what\s+(?-i:[A-Z])[\w.'’-]*"
    r"(?:\s+(?-i:[A-Z])[\w.'’-]*){0,2}\s+(?:said|says|told|wrote|writes|claimed|claims)\b)"
    r"|Así\s+lo\s+(?:ha\s+|han\s+)?(?:explica|explicó|explicado|dice|dijo|dicho|afirma|afirmó|"
    r"afirmado|asegura|aseguró|asegurado|señala|señaló|señalado|indica|indicó|indicado|confirma|"
    r"confirmó|confirmado)\s+(?-i:[A-Z])"
    r")",
    re.IGNORECASE,
)
"""A sentence that says, and names, who said what the sentence before it says ("Das sagte
Tim Stein, Pressesprecher der MVB, MDR SACHSEN-ANHALT im Interview."; real news, MDR: the
sentence before was the article's; "So beschreibt es ...")."""


def _said_by_the_next(
    sentence: Sentence, picked: ActorRecord, sentences: Sequence[Sentence]
) -> bool:
    """Whether the sentence after ``sentence``, in its paragraph, says that ``picked`` said what
    ``sentence`` says, naming them right after its verb ("So beschreibt es Eren Güvercin, ...";
    not one named after a comma or a preposition there: "Das sagte Merz im Gespräch mit Caren
    Miosga")."""
    after = sentences[sentence.number] if sentence.number < len(sentences) else None
    if after is None or after.paragraph != sentence.paragraph:
        return False
    says = _SAYS_WHAT_CAME_BEFORE.match(after.text)
    if says is None:
        return False
    # the one named right after the verb, not whom it was said to, about or for ("Das sagte
    # der Anwalt von Donald Trump, Todd Blanche", "... im Gespräch mit Caren Miosga"; a review)
    speaker = _NOT_THE_SPEAKER_AFTER.split(after.text[says.end() - 1 :], maxsplit=1)[0]
    return mentioned(picked, speaker)


_NOT_THE_SPEAKER_AFTER = re.compile(
    r",|\s(?:im|in|über|mit|gegenüber|nach|vor|bei|zu|für|tras|con|after|with|about|to|for|"
    r"of)\s|\svon\s+(?-i:[A-ZÄÖÜ])"
)
"""Where the speaker named after a verb of saying ends: a comma, or a preposition that names
whom or what it was said to, about or for."""


_EXPLAINS_WITH = re.compile(r"\W*(?:Das|Dies)\s+erklärte?\s[^.;:]*?\smit\s")
"""A German sentence that explains the fact before it by a cause ("Das erklärt der Politologe
... mit der Verunsicherung vieler Wähler."), not one that says who said it."""
_LIST_ITEM = re.compile(r"\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s+")
"""The marker that opens an item of a list written one item a line ("- ", "• ", "2. ")."""


QUOTED_TERM_WORDS = 3
"""Most words of a quotation that is a term the article quotes, not words someone said."""
_LAW_TITLE = re.compile(
    r"[„“\"«»‘]\s*(?:"
    r"(?:(?-i:[A-ZÄÖÜ])[\w-]*)?(?-i:[Gg])esetz(?:entwurf)?\s+(?:über|zur|zum|für|zu|gegen)\s"
    r"(?:[^.!?;:,]|(?<=\d)\.)*"
    r"|(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+"
    r"(?:(?:of|on|for|and|the|to|from|in|against|with|by)\s+)?){1,8}"
    r"(?-i:Act|Bill)(?:\s+(?:of\s+)?\d{4})?"
    r")\s*[“”\"«»‘’]"
)
"""A quotation that is a law's title, however long ('mit dem „Gesetz über die Selbstbestimmung
in Bezug auf den Geschlechtseintrag“ schaffen'; real news, taz: the government's words; "the
"Protection of Children from Online Harm Act""): a term, no one's words."""
_IDIOM_PAIR = re.compile(
    r"(?P<word>[\w-]+)\s+(?:zu|für|um|an|in|auf|to|by|for|after|à|a|après|por|per|dopo)\s+"
    r"(?P=word)",
    re.IGNORECASE,
)
"""A noun, a preposition and the noun again: an idiom, no one's name ("von Szene zu Szene";
real news, rbb24: offered as a name, it became a group; "Schritt für Schritt", "day by
day")."""
_OPEN_BUT_A_FACT = re.compile(
    r"comment|coment|respond|repl|répond|rispost|respondi|exprim|Stellungnahme|Kommentar|"
    r"reached|to\s+know|savoir|sapere|saber|wissen",
    re.IGNORECASE,
)
"""Words of an open-question cue that say someone did not comment or answer, or wants to know:
the sentence is a fact all the same."""
_DEFINITE_BEFORE = re.compile(
    r"(?<!\w)(?:dem|das|des|den|der|die|im|vom|zum|beim|the)\s*$", re.IGNORECASE
)
"""A definite article right before a quotation: a title names the one law it is (not "ein
„Gesetz gegen die Menschen in diesem Land“", a stance; a review)."""
_RELATIVE_AFTER = re.compile(r"[,\"”“»«]\s*(?:who|which|that|der|die|das|qui|che)\s", re.IGNORECASE)
"""A relative clause after a comma or a quotation: whom it names are in what it tells."""
QUOTED_SHARE_SPOKEN = 0.5
"""Least share of a sentence with no verb of saying inside quotation marks for the quotation to
be someone's words rather than a phrase the article quotes."""


_TOPIC_WORD = re.compile(
    r"(?:technik|technologie|politik|wirtschaft|forschung|wissenschaft|sicherheit|gesundheit|"
    r"bildung|energie|medizin|kultur|umwelt|verkehr|recht|finanzen|justiz|digitalisierung|"
    r"fahrt|mobilität|crime|kriminalität|^ki|^ai|intelligence|intelligenz|klima|wetter|sport|liga|"
    r"technology|politics|economy|science|security|health|energy|culture)$",
    re.IGNORECASE,
)
"""Endings of a word that names a field a story is filed under, not an actor."""
_PRODUCT_ROLE = re.compile(
    r"(?i)(?:(?:the|a|an|new|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:products?(?: lines?| series)?|"
    r"devices?|gadgets?|smartphones?|handsets?|smartwatch(?:es)?|tablets?|consoles?|"
    r"(?:car|phone|vehicle) models?)"
)
"""A role the model gives a thing sold, listed as a body ("product line", "new smartphone"),
the whole role: not a maker's or a regulator's ("maker of smartphones", "product safety
regulator", "Smartphone-Hersteller"; a review)."""
_GERMAN_OFFER = re.compile(
    # (not "Aktion": "Katholische Aktion" is a body; a review)
    r"(?:^|[\s-])(?:tarif|tarife|angebot|angebote|deal|deals|rabatt|gutschein|schnäppchen|"
    r"sparpaket)$",
    re.IGNORECASE,
)
"""The end of a German name for a tariff or an offer ("Crash-Tarif", "Minuten Tarif"), a thing
sold."""
_MAKER_WORDS = re.compile(
    r"(?i)(?<!\w)(?:maker|manufacturer|regulator|agency|company|firm|brand|group|of|hersteller|"
    r"konzern|behörde)(?!\w)"
)
"""Words of a role that makes, sells or oversees things, not a thing sold."""
_KICKER = re.compile(r"\s*([^\s:]+(?:\s[^\s:]+)?):\s")
"""One or two words and a colon that open a headline: the topic it is filed under."""


MAX_HEADING_WORDS = 8
"""Most words of a line between paragraphs that heads the next ones."""


def _heading_shaped(sentence: Sentence, sentences: Sequence[Sentence]) -> bool:
    """Whether ``sentence`` is a whole paragraph after the first, of a few words: the shape of
    a heading."""
    alone = [s for s in sentences if s.paragraph == sentence.paragraph] == [sentence]
    return alone and sentence.paragraph > 0 and len(sentence.text.split()) <= MAX_HEADING_WORDS


MAX_TITLE_WORDS = 25
"""Most words of a first line that is the article's title."""


def _article_title(sentences: Sequence[Sentence]) -> list[int]:
    """The numbers of the sentences of the title the article opens with: a first paragraph of
    a few words that does not close with a full stop, before more paragraphs ("Rückschlag im
    Titelkampf - Liverpool verliert bei Everton", "SCANDAL! GOP House Speaker in NC accused of
    blackmail and group sex"); empty when it opens with a paragraph of prose."""
    first = [s for s in sentences if s.paragraph == sentences[0].paragraph]
    if len(sentences) < len(first) + 2:
        return []
    text = " ".join(s.text.strip() for s in first)
    bare = text.rstrip("'\"’”»“‘«")
    if bare[-1:] in ".:;,…" or not 2 <= len(text.split()) <= MAX_TITLE_WORDS:
        return []
    return [s.number for s in first]


_ANNOUNCES = re.compile(
    r"(?:here(?:['’]s|\s+is)\s+|this\s+is\s+)?(?:what|how|why|who)\s", re.IGNORECASE
)
"""An English heading that announces what follows ("Here's what the polls say")."""


def _closed_after(
    sentence: Sentence, sentences: Sequence[Sentence], cues: Sequence[SentenceCues]
) -> bool:
    """Whether a quotation left open before ``sentence``, a paragraph's with no quotation mark,
    closes after it, within three paragraphs, by a pronoun that speaks: the next sentence with
    a quotation mark closes one it does not open, and a pronoun says it ("“Ngiyamsaba. ...
    / Ngizobuya ... / Ukube ... Asisamdingi lapha,” kusho yena."; real news, Echo Eyethu: the
    two paragraphs between went to the article). Not a quotation opened again in the middle of
    a sentence ("the council said: “We are ..."), nor one someone else closes ("..., said fire
    chief Anna Berg"; a review)."""
    for later, later_cues in zip(sentences[sentence.number :], cues[sentence.number :]):
        if later.paragraph > sentence.paragraph + 3:
            return False
        if QUOTATION_MARKS.intersection(later.text):
            return (
                not opens_quotation(later.text)
                and not quoted_spans(later.text)
                and not quotation_left_open(later.text)
                and pronoun_speaker(later.text, later_cues) is not None
            )
    return False


def _subheading(sentence: Sentence, sentences: Sequence[Sentence]) -> bool:
    """Whether ``sentence`` is a subheading: heading-shaped, with no closing punctuation
    ("‘Unprecedented’ strandings", "Kenya trip"; real news, the Guardian and the BBC), which
    states nothing of its own."""
    text = sentence.text.strip().rstrip("'\"’”»“‘«")
    return (
        _heading_shaped(sentence, sentences)
        and not _LIST_ITEM.match(text)
        and text[-1:] not in ".!?…:;。！？"
    )


def _question_heading(sentence: Sentence, sentences: Sequence[Sentence]) -> bool:
    """Whether ``sentence`` is a question that heads a section: heading-shaped, ending with a
    question mark ("What has Trump said about Nato?"; real news, the BBC). It asks; it reports
    no one's words."""
    return _heading_shaped(sentence, sentences) and is_question(sentence.text)


_CLOSING_SPEAKER = re.compile(
    r",[”\"’»]?\s+(?:(?P<who>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})"
    r"\s+(?:said|says|added|adds|told\s+(?:the\s+)?[\w.]+)|(?:said|says|added|adds)\s+(?P<after>(?:(?:Mr|Mrs|Ms|Dr)"
    r"\.?\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}))\s*[.,]?\s*$"
)
"""An English speaker named in the clause that closes the sentence ("..., Mr. Michaels
said.", "..., said Joe Carbone.")."""


def _own_subject(
    unit: _Unit, subject: ActorRecord, language: str, actors: Sequence[ActorRecord]
) -> bool:
    """Whether the sentence names ``subject`` as the subject of its one verb of saying: in the
    clause right before it ("Secondo le agenzie, il ministero degli Esteri russo ha
    confermato"), or closing the sentence after it (:func:`closing_speaker`: "..., affirme
    Séoul"). Not where another may be the one saying it: a second verb of saying, a pronoun
    that speaks or "according to" after the opening ("Blinken told Lavrov ..., the official
    said", "..., ont-elles précisé", "..., según el portavoz"), hearsay ("Poutine aurait
    affirmé", "Scholz habe gesagt"), a subordinate clause ("After Lavrov said no, ..."), nor a
    person told something in a meeting an unnamed source recounts ("Blinken told Lavrov
    ...")."""
    text = unit.sentence.text
    # (not "according to" opening the sentence: it names whose account the clause reports)
    according = [m.start() for m in ACCORDING_WORDS.finditer(text)]
    opening = re.match(r"\W*", text)
    if any(start > (opening.end() if opening else 0) for start in according):
        return False
    verbs = [
        (start, end)
        for start, end in verbs_outside_quotes(text, unit.cues)
        if not ACCORDING_WORDS.match(text, start)
    ]
    if (
        len(verbs) != 1
        or pronoun_verb_start(text, unit.cues) is not None
        or _HEARSAY.search(text)
        or _INVERTED_PRONOUN.search(text[verbs[0][0] :])
    ):
        return False
    start, end = verbs[0]
    # (the words right after the verb, before what is said: "told Lavrov", "a dit à Poutine")
    told = re.split(
        r"(?i)(?<!\w)(?:that|che|que|qu|dass|if|whether|ob)(?!\w)|[,;:«“\"]", text[end:]
    )
    if any(
        a.kind == "person" and a is not subject and mentioned(a, " ".join(told[0].split()[:5]))
        for a in actors
    ):
        return False
    clause = re.split(r"[,;:«»“”\"()–—]", text[:start])[-1]
    if mentioned(subject, clause) and not _SUBORDINATE_WORD.search(clause):
        return True
    return closing_speaker(text, unit.cues, actors, language) is subject


_THE_SAME_ONE = re.compile(r"(?:lo|la)\s+stess[oa]\s*,", re.IGNORECASE)
"""Italian "the same one" as the subject that opens a sentence ("Lo stesso, però, ...")."""
_HEARSAY = re.compile(
    r"(?<!\w)(?:aurait|auraient|avrebbe|avrebbero|habría|habrían|habe|hätte|hätten|soll|"
    r"sollen|sei|seien)(?!\w)",
    re.IGNORECASE,
)
"""Words of hearsay: what is told as another's report of it ("Poutine aurait affirmé")."""
_INVERTED_PRONOUN = re.compile(r"(?i)-(?:t-)?(?:il|elle|ils|elles|on)(?!\w)")
"""A French pronoun after its verb ("ont-elles ajouté", "a-t-il dit")."""
_SUBORDINATE_WORD = re.compile(
    r"(?<!\w)(?:that|who|which|whom|whose|when|if|whether|because|after|before|until|till|"
    r"while|whilst|although|though|as|once|since|unless|che|cui|quando|perché|mentre|dopo|"
    r"prima|finché|sebbene|benché|que|qui|quand|parce|lorsque|tandis|alors|après|avant|"
    r"puisque|quoique|dass|ob|weil|wenn|nachdem|als|während|bevor|obwohl|seit|seitdem|sobald|"
    r"quien|cuando|porque|mientras|después|antes|aunque|desde)(?!\w)",
    re.IGNORECASE,
)
"""Words that open a subordinate clause: a name after one is not the sentence's subject."""


_CLOSING_TAG = re.compile(
    r",\s+(?P<who>(?:the\s+)?(?:[\w.'’-]+\s+){0,5}?[\w.'’-]+)\s+(?P<verb>said|says|added|adds|"
    # ("Afterward, Sondland said he had relayed to the Ukrainian that U.S. aid might be freed
    # ..., Morrison testified."; real news, AP: Sondland's)
    r"testified|testifies|told|tells|wrote|writes|"
    r"(?:was|were)\s+quoted\s+as\s+saying)(?:\s+[\w.'’-]+){0,8}\s*\.?\s*$"
)
"""An English tag that closes a sentence with its speaker and a verb of saying, then only when
and where or by whom it was relayed ("..., the Tuva government was quoted as saying late
Thursday by the Interfax news agency.")."""


def _closing_tag_speaker(unit: _Unit, actors: Sequence[ActorRecord]) -> ActorRecord | None:
    """The one actor an English tag closing the sentence names as its speaker
    (:data:`_CLOSING_TAG`) where the sentence has another verb of saying before the tag's: the
    tag attributes all that comes before it, the other speaker's words included ("Local people
    reported seeing a flash of light ..., the Tuva government was quoted as saying late
    Thursday by the Interfax news agency."; real news, AP via Yahoo: given to the local
    people), else ``None``."""
    text = unit.sentence.text
    tag = _CLOSING_TAG.search(text)
    verbs = verbs_outside_quotes(text, unit.cues)
    if tag is None or len(verbs) < 2 or verbs[0][0] >= tag.start("verb"):
        return None
    if tag.start() < verbs[0][1]:
        return None
    # the tag's subject is an actor's name, and nothing else: not a clause that goes on with
    # another speaker ("..., while Senator Chuck Schumer said it favored the wealthy", "...,
    # which Hamas said was a school", "..., a figure Ukraine says is inflated"; a review),
    # nor a medium that relays
    who = normalize_name(re.sub(r"^(?i:the)\s+", "", tag.group("who")))
    return next((a for a in actors if who in a.forms and a.kind != "media"), None)


_CLOSING_BODY = re.compile(
    r",\s+(?P<who>(?:the\s+)?(?-i:[A-Z])[^,;:“”\"]{1,80}?)\s+(?:said|says|told\s+[\w.]+|"
    r"added|stated|announced)(?:\s+(?:in|on)\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?)?"
    r"\s*[.!]?\s*$"
)
"""A clause closing an English sentence with a name of any length and a verb of saying, and
where it was said (", the U.S. Attorney’s Office for the Western District of New York said in
a statement.")."""


def _closing_body(unit: _Unit, actors: Sequence[ActorRecord]) -> ActorRecord | None:
    """The body (not a person, nor an unnamed source) an English sentence names as its speaker
    in the clause that closes it (:data:`_CLOSING_BODY`), else ``None``."""
    closing = _CLOSING_BODY.search(unit.sentence.text)
    if closing is None:
        return None
    who = closing.group("who")
    return next(
        (
            a
            for a in actors
            if a.kind in ("organization", "government", "media", "group")
            and normalize_name(re.sub(r"^(?i:the)\s+", "", who)) == normalize_name(a.name)
        ),
        None,
    )


_WHERE_OPENING = re.compile(
    r"^\W*(?:on|in|via)\s+(?-i:[A-Z][\w.'’-]*)(?:\s+(?-i:[A-Z][\w.'’-]*)){0,2},\s+",
    re.IGNORECASE,
)
"""An opening phrase of where something was said, a capitalised name and a comma ("On
Twitter, ")."""


def _closing_person(unit: _Unit, actors: Sequence[ActorRecord]) -> ActorRecord | None:
    """The person named as the speaker in the clause that closes an English sentence
    (:data:`_CLOSING_SPEAKER`), else ``None``."""
    closing = _CLOSING_SPEAKER.search(unit.sentence.text)
    if closing is None:
        return None
    who = closing.group("who") or closing.group("after")
    return next((a for a in actors if a.kind == "person" and mentioned(a, who)), None)


_CLOSING_SINGLE = re.compile(r"[.!?…,;:]’(?!\w)|(?<=[^\W\d_s])’(?=\s*$)")
"""A typographic single quote that closes a quotation: after its punctuation, or ending the
sentence (not an apostrophe: "members’ patience", "the ’90s"; a review)."""
_CLOSES_QUOTED = re.compile(r"[.!?…][\"“”»«’]?\s*[\"“”»«’]$")
"""A sentence's end that closes a quotation after its full stop ('...“.“', '...!”')."""


_TO_WHOM = re.compile(
    r"(?<!\w)(?:to|against|at|an|gegen|à|contre|contro|contra)\s+"
    r"(?:(?:the|a|an|der|die|das|dem|den|la|le|les|il|el|President|Präsident|Kanzler|"
    r"Chancellor|Minister|Ministerin)\s+){0,2}$",
    re.IGNORECASE,
)
"""Words before whom something is aimed at ("a letter to President", "gegen")."""
_FOR_COMMENT = re.compile(r"\s+(?:for\s+(?:a\s+)?comment|um\s+(?:eine\s+)?Stellungnahme)", re.I)
"""Asking someone for their comment ("reached out to Google for comment")."""


_WHERE_OR_BY_WHOM = re.compile(
    r"(?:\b(?:in|at|with|within|from|by|to|into|before|under|through|between)\s+(?:the\s+)?"
    r"|\(\s*)$"
)
"""What comes right before a body's name that says where or by whom something is done ("are
under way in the", "approved by the"), or opens its initials after its name ("(")."""


def _named_in_a_phrase_only(actor: ActorRecord, quoted: str) -> bool:
    """Whether every mention of ``actor`` in ``quoted`` says where or by whom something is done
    (:data:`_WHERE_OR_BY_WHOM`), never as the one that does it: a body a quotation so names is
    what the quotation is about, not who says it ("Discussions with organised labour on the
    process are under way in the Public Service Co-ordinating Bargaining Council (PSCBC).")."""
    folded = normalize_name(quoted)
    spans = mention_spans(actor, folded)
    return bool(spans) and all(_WHERE_OR_BY_WHOM.search(folded[:start]) for start, _ in spans)


_TOLD = (
    r"(?<!\w)(?:told|tells|telling|speaking\s+to|spoke\s+to|(?:an\s+)?interview\s+with|"
    r"in\s+a\s+statement\s+to|sagte|sagt|gegenuber)\s+"
)
"""The words, folded, that name the outlet after them as the one a speaker talks to."""
_TOLD_BEFORE = re.compile(_TOLD + r"(?:the\s+|dem\s+|der\s+)?$")
"""The words right before the outlet a speaker talks to ("told The Intercept", "in an
interview with the Guardian", "sagte dem SPIEGEL"), as the folded text writes them
("gegenüber" is "gegenuber")."""


_TOLD_IN_SENTENCE = re.compile(
    rf"(?:{_TOLD}|(?<!\w)interview\s+mit\s+)(?:(?:the|dem|der|einem|einer)\s+)?(?:[\w-]+\s+){{0,3}}$"
)
"""The words before an outlet a sentence names as the one spoken to, its adjectives and noun
between ("Interview mit dem israelischen Sender ", "told the British broadcaster "; folded)."""


def _names_it_short(medium: ActorRecord, sentence: str) -> bool:
    """Whether ``sentence`` may name ``medium`` again: by a capitalised word of its name
    ("the Journal" of The Wall Street Journal) or a medium's noun ("the paper")."""
    words = [
        w
        for w in re.findall(r"[A-ZÄÖÜ][\w'’-]{2,}", medium.name)
        if w not in ("The", "Der", "Die", "Das")
    ]
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", sentence) for w in words) or bool(
        re.search(
            rf"(?i)(?<!\w)(?:{MEDIUM_NOUNS}|paper|zeitung|blatt|sender|magazin|redaktion)(?!\w)",
            sentence,
        )
    )


def _only_told(medium: ActorRecord, folded_text: str) -> bool:
    """Whether the article (folded) names ``medium`` only as the one its speakers talk to."""
    spans = mention_spans(medium, folded_text)
    return bool(spans) and all(_TOLD_BEFORE.search(folded_text[:start]) for start, _ in spans)


def _named_before(unnamed: ActorRecord, before: Sequence[Sentence]) -> bool:
    """Whether the sentences ``before`` name the unnamed source ``unnamed`` by its words or
    its head noun in another number or form ("Several US officials" before "US official",
    "Anwohnerinnen" before "Anwohner", "Diplomats" before "Western diplomats")."""
    if any(mentioned(unnamed, s.text) for s in before):
        return True
    words = normalize_name(unnamed.name).split()
    if not words:
        return False
    stem = words[-1][: max(4, len(words[-1]) - 2)]
    return any(
        re.search(rf"(?<!\w){re.escape(stem)}", normalize_name(s.text)) is not None for s in before
    )


def _comes_from(actor: ActorRecord, sentences: Sequence[Sentence], sentence: Sentence) -> bool:
    """Whether the sentence just before ``sentence``, in its paragraph or the one before, names
    ``actor`` as where what follows may come from ("I got an email reply from a Google
    representative.", "We reached out to Google for comment."), not only as whom it is aimed
    at ("Forty lawmakers sent a letter to President Joe Biden.", "protestierten gegen
    Friedrich Merz")."""
    if sentence.number < 2:
        return False
    before = sentences[sentence.number - 2]
    if sentence.paragraph - before.paragraph > 1:
        return False
    folded = normalize_name(before.text)
    spans = mention_spans(actor, folded)
    whole = [
        (a, b)
        for a, b in spans
        if not any(c <= a and b <= d and (c, d) != (a, b) for c, d in spans)
    ]  # ("joe biden", not its "biden")
    return any(
        not _TO_WHOM.search(folded[:start]) or _FOR_COMMENT.match(folded, end)
        for start, end in whole
    )


def _all_quotation(text: str) -> bool:
    """Whether ``text`` opens with a quotation mark and is (nearly) all quotation: a
    speaker's words, never the article's own report."""
    stripped = text.strip()
    if not opens_quotation(stripped):
        return False
    if quotation_left_open(stripped) and not quoted_spans(stripped):
        return True  # a quotation that runs on into the next sentence or paragraph
    if _CLOSES_QUOTED.search(stripped) and not any(
        # (its last mark left unpaired: not '"Barbie" earned $1.4 billion, making it the
        # "biggest film of 2023."', a title and a term; a review)
        b >= len(stripped)
        for _, b in quoted_spans(stripped)
    ):
        # closed by its mark after its full stop, a quotation inside it ('„Usyk gewinnt ein
        # Boxing-Match, Fury gewinnt einen „dreckigen Straßenkampf“.“'; real news, BSZ: the
        # marks were paired inside out, and the expert's words went to the article)
        return True
    return sum(b - a for a, b in quoted_spans(stripped)) >= MIN_QUOTED_SHARE * len(stripped)


MIN_CHECKED_WORDS = 6
"""A statement shorter than this is not language-checked (names and numbers have none)."""
MAX_FACTS = 12
"""Most claims the headline stage is shown (attributed ones first, in article order)."""
_ACCORDING_THEN_ARTICLE = (
    rf"(?:{ACCORDING_WORDS.pattern})\s+(?:(?:the|le|la|les|l['’]|il|lo|el|o|a|dem|der|des)\s*)?"
)
""""According to" (:data:`ACCORDING_WORDS`), then a leading article at most: what stands right
before a seat of government whose word a sentence gives ("selon le Quai d’Orsay", not "selon un
rapport publié à Paris")."""
_NOT_A_BODY = ("media", "place", "other")
"""Kinds the model may list a seat of government as that say it is no body of its own."""
MAX_FACT_WORDS = 30


def _source_label(unit: _Unit) -> str:
    if unit.source is not None:
        return unit.source.name
    return "a document" if unit.source_option == DOCUMENT else "the article"


def _clip(statement: str) -> str:
    words = statement.split()
    return " ".join(words[:MAX_FACT_WORDS]) + (" ..." if len(words) > MAX_FACT_WORDS else "")


def _main_claims(units: Sequence[_Unit]) -> list[_Unit]:
    """The claims shown to the headline stage: the first ones in article order, attributed
    claims kept before the article's own when there are too many."""
    if len(units) <= MAX_FACTS:
        return list(units)
    chosen = {id(u) for u in units[:3]}  # the lead
    for unit in units:
        if len(chosen) < MAX_FACTS and unit.source is not None:
            chosen.add(id(unit))
    for unit in units:
        if len(chosen) < MAX_FACTS:
            chosen.add(id(unit))
    return [u for u in units if id(u) in chosen]


MAX_OPEN_QUESTIONS = 8
"""Most open questions a brief asks: a long article's fourth of its sentences gave a dozen or
more (real news), the later ones reported claims asked back; more than a reader reads."""


def _open_candidates(
    sentences: Sequence[Sentence], cues: Sequence[SentenceCues], answered: frozenset[int]
) -> list[Sentence]:
    """Sentences that may leave a question open, as many as the article is long (one in four,
    at most :data:`MAX_OPEN_QUESTIONS`): what is said to be unknown or pending, then what is
    hedged, then what only an unnamed source says, then the latest reported claims (an
    article's closing reactions are where positions are contested); returned in article order.
    An interview's questions (``answered``) are answered by the article itself."""
    most = min(MAX_OPEN_QUESTIONS, max(2, math.ceil(len(sentences) / 4)))
    pairs = [(s, c) for s, c in zip(sentences, cues) if s.number not in answered]
    ranked = (
        [s for s, c in pairs if c.open_question]
        + [s for s, c in pairs if c.hedging]
        + [s for s, c in pairs if c.anonymity]
        + [s for s, c in reversed(pairs) if c.attributed]
    )
    chosen: list[int] = []
    for sentence in ranked:
        if sentence.number not in chosen and len(chosen) < most:
            chosen.append(sentence.number)
    return [s for s in sentences if s.number in chosen]


def _attribution(unit: _Unit) -> Attribution:
    if unit.source is None and unit.source_option in (None, ARTICLE_ITSELF):
        return Attribution.UNATTRIBUTED
    if unit.spoken:
        return Attribution.DIRECT
    span = unit.sentence.text[unit.start : unit.end]
    cues = find_cues(span, "en")  # quotation marks do not depend on the language
    # a quotation left open runs to the end of the sentence ("One of the protesters, Hayley
    # Walsh, 42, a lecturer from Nottingham, said: “Years of writing to MPs ... hasn’t seen the
    # urgent change needed." goes on in the next paragraph; real news, the i)
    open_at = open_quotation_start(span)
    spans = [*cues.quotes, *([(open_at, len(span))] if open_at is not None else [])]
    first = min(spans, default=None)
    opens_with_quote = (
        first is not None and first[0] <= 2 and len(span[first[0] : first[1]].split()) >= 3
    )
    direct = (
        opens_with_quote
        or _all_quotation(span)
        or sum(b - a for a, b in spans) >= 0.5 * len(span)
        or any(_closing_sentence_quoted(span, a, b) for a, b in spans)
    )
    return Attribution.DIRECT if direct else Attribution.INDIRECT


CLOSING_QUOTATION_WORDS = 5
"""Fewest words of a quotation that closes its sentence for the sentence to be direct speech."""


_TITLED = re.compile(
    r"(?<!\w)(?:called(?!\s+(?:on|for|upon)\b)|titled|entitled|named|dubbed|headlined|headlines?|"
    r"reads?|read|sang|sung|sings?|banners?|signs?|slogans?|motto|petition)(?!\w)",
    re.IGNORECASE,
)
"""Words before a quotation that make it a title, a song, a sign or a headline ("a memoir
called “These precious days of ours.”", "the crowd sang “...”"), whole words: not "called on",
"ready", "resigned"."""


def _closing_sentence_quoted(span: str, start: int, end: int) -> bool:
    """Whether the quotation at ``span[start:end]`` quotes a sentence of prose that closes
    ``span``: at least :data:`CLOSING_QUOTATION_WORDS` words, opening with a capital and going
    on in lower case, nothing but a full stop after it ("he spoke from his car to a crowd of
    70,000 at the Coliseum, stating “No state has a finer record in the great task ...”"; real
    news, the Los Angeles Times). A title quoted ("the “Religious Witness for Human Dignity”
    event") is no sentence."""
    words = span[start:end].strip("\"“”„«»‘’' ").split()
    before = span[max(0, start - 24) : start].casefold()
    return (
        not span[end:].strip(" .!?\"“”»’'")
        # a title, a song, a sign or a headline quoted is no one's words ("a memoir called
        # “These precious days of ours.”", "the crowd sang “Take me out to the ball game.”";
        # a review)
        and not _TITLED.search(before)
        and len(words) >= CLOSING_QUOTATION_WORDS
        and words[0][:1].isupper()
        and words[1][:1].islower()
    )


def _source(unit: _Unit) -> Source:
    if unit.source is not None:
        actor = unit.source
        return actor_source(actor)
    if unit.source_option == DOCUMENT:
        return Source(description="a document", kind=SourceKind.DOCUMENT)
    return Source(description=ARTICLE_ITSELF, kind=SourceKind.ARTICLE)


def _flag(texts: Sequence[str], text: str, language: str) -> list[list[Unsupported]]:
    return [unsupported_specifics(t, text, language=language) for t in texts]


def _serious(found: Sequence[Unsupported]) -> list[Unsupported]:
    """Numbers and dates: an invented one changes a fact. Names may be exonyms."""
    return [u for u in found if u.kind != "name"]


MAX_SUMMARY_SENTENCES = 3
"""Most sentences of a summary kept (two are asked for)."""
HEADLINE_JUDGED_WORDS = 6
"""Words a headline needs before its language is judged on its own."""


def _same_words(a: str, b: str) -> bool:
    """Whether two texts are the same words, whatever their case and punctuation."""
    return re.findall(r"\w+", a.casefold()) == re.findall(r"\w+", b.casefold())


_FACT_END = re.compile(r"[.!…。！]['\"’”»«“]*$")
MIN_FACT_WORDS = 5


def _states_a_fact(sentence: str) -> bool:
    """Whether an unattributed sentence can be a claim: a full sentence ending in a full stop
    (not a title, dateline or byline, which carry none, nor a question)."""
    return bool(_FACT_END.search(sentence)) and len(sentence.split()) >= MIN_FACT_WORDS


_BODIES = ("organization", "government", "group", "media")


_THING_ROLE = re.compile(
    r"\s*(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?(?:site|location|building|landmark|helicopter|"
    r"aircraft|airplane|plane|ship|vessel|vehicle|product|product\s+line|play|film|movie|song|"
    r"album|keynote|stadium|airport|lawn|garden|street|square|room)\s*",
    re.IGNORECASE,
)
"""A role that makes a listed body a place or a thing, in the model's own words for it ("site",
"helicopter", "product line"; not "organizer of the event", nor a "venue" or a "cruise line",
which are bodies too: "Laut Kölner Philharmonie ...", "Royal Caribbean cancelled"; a
review)."""


def _titles_of_others(actors: Sequence[ActorRecord], text: str) -> list[str]:
    """The people among ``actors`` whose name is only the title of another one of them ("The
    King" beside "King Charles")."""
    return [
        a.name
        for a in actors
        if a.kind == "person"
        and len(a.name.split()) <= 2
        and titles_a_listed_person(a.name, [o for o in actors if o is not a], text)
    ]


def _doubtful(actor: ActorRecord) -> bool:
    """A body the model listed that may be no actor: one word that is not an acronym
    ("Malaysia", "Tombouctou", "union"), or a phrase ending in a lower-case word, which
    describes rather than names ("freight rates", "Freight rates" opening a sentence, "European
    port"), or one whose role makes it a place or a thing ("South Lawn", "site")."""
    if actor.kind not in _BODIES:
        return False
    if _THING_ROLE.fullmatch(actor.role):
        # a body whose role the model itself gives as a place or a thing ("Marine One",
        # "helicopter"; "South Lawn", "site"; real news, Tages-Anzeiger: listed as bodies)
        return True
    if not any(ch.islower() for ch in actor.name):
        return False
    words = actor.name.split()
    last = next((ch for ch in words[-1] if ch.isalpha()), "")  # "(KCNA)" names
    return len(words) == 1 or not last.isupper()


_GERMAN_NOUN_ENDING = re.compile(
    r"(?:ung|ungen|tion|tionen|heit|heiten|keit|keiten|schaft|schaften|tät|täten|ismus|nis|"
    r"nisse)$"
)


_PARTY_WORDS = frozenset({"republican", "democrat", "democratic", "tory", "libertarian"})
"""English words for one of a party's members or its adjective, no body of their own (the
parties are "the Republican Party", "the GOP"; their members, "Democrats", may speak)."""


_GERMAN_PHRASE_OPENING = re.compile(
    r"(?:Mein|Meine|Dein|Deine|Sein|Seine|Ihr|Ihre|Unser|Unsere|Euer|Eure|Kein|Keine|Warum|"
    r"Wie|Was|Wer|Wo|Wann|Dieser|Diese|Dieses|Jeder|Jede|Jedes|Alle|Viele|Mehr|Neue|Neuer|"
    r"Neues|Gute|Guter|Gutes|"
    # (a pronoun: "Sie Ihre Schamhaare" of "Rasieren Sie Ihre Schamhaare?"; real news, taz;
    # not "Du", a surname: "Du Wei", "Du Toit"; a review)
    r"Sie|Er|Es|Wir|Ich|Ihnen|Euch)\s"
)


_GERMAN_WORK_OR_EXAMPLE = re.compile(
    r"(?:Beispiel|Beispiele|\w*(?:[Rr]oman|[Bb]uch|[Ff]ilm|[Aa]lbum|[Ss]ong|[Gg]edicht|[Ss]tück|"
    r"[Ee]ssay|[Ss]achbuch|[Mm]emoir))\s+(?-i:[A-Z])\w*$"
)
"""A German "name" that is an example or a work's genre and the first word of its title
("Beispiel Comics", "Roman Noli")."""


def _german_phrase(name: str) -> bool:
    """Whether a German "name" is a phrase of nouns, no person's: it opens with a possessive,
    a question word or another word no name opens with ("Mein Leben", "Warum
    Nachkommenschaft"), joins two nouns with a lower-case "von", one of them abstract
    ("Verständnis von Sinn", "Träger von Bedeutung"; not "Alexander von Humboldt"), or is a
    plural and an abstract noun ("Menschen Verantwortung")."""
    if _GERMAN_PHRASE_OPENING.match(name):
        return True
    words = name.split()
    if len(words) == 3 and words[1] == "von":
        return any(_GERMAN_NOUN_ENDING.search(w) for w in (words[0], words[2]))
    return (
        len(words) == 2
        and words[0].endswith("en")
        and _GERMAN_NOUN_ENDING.search(words[1]) is not None
    )


def _german_nouns(name: str) -> bool:
    """Whether every word of ``name`` is long and ends like a German abstract noun
    ("Pseudodokumentation Falschinformationen"): two nouns of a sentence, not a person's names
    ("Dennis Jung")."""
    return all(len(word) >= 8 and _GERMAN_NOUN_ENDING.search(word) for word in name.split())


def _offered_kind(name: str, kind: str, sentences: Sequence[Sentence]) -> str:
    """People the article describes by number but does not name ("De nombreux habitants",
    "Many residents") are an unnamed source, not a group with a name ("Opposition im
    Stadtrat") nor a body ("the tenants' association"); a body described in lower case is no
    medium."""
    described = kind in ("group", "person") and described_by_number(name, sentences)
    if kind in ("organization", "government") and _titled_name(name, sentences):
        # a name the article writes after a person's title is a person's ("Justice Department
        # Inspector General Michael Horowitz said ..."; real news, Nine News: the kinds stage
        # called him a government, and his claim was shown as a body's)
        return "person"
    if kind == "media" and name == name.lower() and not names_a_medium(name):
        # a body the article names by a description in lower case is no medium ("emergency
        # service" of "..., Ukraine’s emergency service said"; real news, Global News: the
        # kinds stage called it a medium)
        return "organization"
    return "anonymous" if described else kind


def _titled_name(name: str, sentences: Sequence[Sentence]) -> bool:
    """Whether ``name`` is two or three capitalised words, none of a body, that the article
    writes right after a person's title ("Inspector General Michael Horowitz"; not "President
    Biden administration", nor "General Motors", the title inside the name)."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return False
    if names_a_body(name) or any(w.casefold() in _PLACE_OR_FIRM_WORDS for w in words):
        return False
    return any(
        found.group(1).casefold().strip(".") in TITLES
        # (not "On", a title in Italian, opening "On Capitol Hill, ..."; a review)
        and found.group(1) != "On"
        for sentence in sentences
        for found in re.finditer(rf"(?<!\w)([A-Z][\w.]*)\s+{re.escape(name)}(?!\w)", sentence.text)
    ) or any(
        # or after a title in lower case and a comma, in apposition ("Valencia's mayor, María
        # José Catalá, said ..."; real news, the Guardian: called a government)
        found.group(1) in TITLES
        for sentence in sentences
        for found in re.finditer(rf"(?<!\w)([a-z]+),\s+{re.escape(name)}\s*[,.;]", sentence.text)
    )


_PLACE_OR_FIRM_WORDS = frozenset(
    {"campaign", "team", "forces", "house", "street", "hill", "tower", "square", "avenue", "road",
     "center", "centre", "hall", "park", "bridge", "station", "airport", "polls", "systems",
     "holdings", "motors", "industries", "media", "news", "times", "post"}
)  # fmt: skip
"""Words of a place's or a firm's name, or of a team's, that :func:`names_a_body` does not
know as a body's ("Capitol Hill", "Wall Street", "Trump Tower", "Lord Ashcroft Polls",
"General Dynamics Land Systems"; a review): no title before them makes a person."""


def _summary_sentences(summary: str, language: str) -> list[str]:
    """The sentences of a summary, by the article's segmenter ("criticized Gov. Chris
    Christie's speech" is one sentence; real news, NJ.com)."""
    return [s.text for s in split_sentences(summary, language)]


def _whole_sentences(written: str, language: str) -> str:
    """The summary as written, whitespace collapsed, without a last sentence cut short (where
    it reached the schema's bound, or closed at a quotation mark)."""
    summary = " ".join(written.split())
    if _FACT_END.search(summary):
        return summary
    # cut at the bound, or closed early at a quotation mark ("... what President Obama calls
    # the"): the unfinished sentence goes
    return " ".join(_summary_sentences(summary, language)[:-1])


_EMPTY_WORDS = frozenset(
    (
        "what", "when", "where", "which", "whose", "whom", "will", "would", "could", "should",
        "might", "must", "have", "does", "done", "been", "being", "this", "that", "these", "those",
        "there", "their", "they", "them", "then", "than", "with", "from", "into", "about",
        "happened", "happen", "happens", "said", "says", "saying", "spoke", "spoken", "speak",
        "speaks", "talk", "talked", "told", "tell", "source", "sources", "information", "news",
        "report", "reported", "story", "article", "people", "someone", "something", "anything",
        "thing", "things", "question", "questions", "asked", "asking", "sentence", "sentences",
        "paragraph", "text", "main", "point", "meaning", "topic", "subject", "subjects",
    )
)  # fmt: skip
"""Words of an English question that say nothing about any article in particular."""
_VAGUE_WORDS = frozenset(
    {"additional", "factor", "factors", "mentioned", "final", "conclusion", "current",
     "situation", "regarding", "status", "details", "detail", "outcome", "outcomes", "result",
     "results", "impact", "effect", "effects", "consequence", "consequences", "implications"}
)  # fmt: skip
"""Words that say nothing either in a question that has no other ("What is the additional
factor mentioned?", "What is the final conclusion?"; real news, derStandard), but that two
questions about one subject may share ("What is the current status of ...?")."""
_JUDGEMENT_WORDS = frozenset(
    {"idea", "ideas", "good", "potential", "trap", "traps", "danger", "dangers", "expected",
     "likely", "possible", "important", "interesting"}
)  # fmt: skip
"""Words of a judgement that say nothing in a question with no other word of its subject, as
:data:`_TIME_WORDS` do (real news, CNBC: "What might be a good idea?", "What might be a
potential trap?"; not "Is war likely?", "What are the dangers of AI?"; a review)."""
_TIME_WORDS = frozenset(
    {"future", "next", "step", "steps", "plan", "plans", "further", "development",
     "developments", "reason", "reasons", "significance", "importance", "context", "background"}
)  # fmt: skip
"""Words of time and of steps that say nothing in a question with no other word of its subject,
short ones and names included ("What is the impact of the future?"; real news, Público; not
"What is the reason for the war?", "What are the next steps for the EU?", "What will Xi do
next?"; a review)."""


_ABOUT_THE_TEXT = re.compile(
    r"(?<!\w)(?:the|this|that)\s+(?:\w+\s+)?(?:sentences?|paragraph|article|quote|quotation|"
    r"author|writer)(?!\w)|(?<!\w)main point(?!\w)|(?<!\w)(?:the\s+)?sources?\s+(?:of|for|behind)"
    r"\s+(?:the|this|that)\s+(?:statement|information|claim|quote|report)s?(?!\w)"
    r"|(?<!\w)(?:the\s+)?sources?['’]s?\s+(?:statement|claim|words|view)s?(?!\w)",
    re.IGNORECASE,
)
"""An English question about the article's wording or sourcing rather than its news ("What is
the second sentence about?", "What is the main point of the statement about ...?", "What is the
author's opinion about the report?", "What is the source of the statement about ...?")."""
_QUESTION_ABOUT = re.compile(
    r"what\s+(?:is|was)\s+the\s+(?:question|announcement)\s+(?:about|of|on)\b"
    # (or whether "we" ask: "Are we asking about what the company said?", "Were asking about
    # what was rejected ..."; the gold chemical spill, live; not "Is it talking about closing
    # the warehouse too?", a review)
    r"|(?:(?:are|am|were|do)\s+)?(?:we|you|i)\s+(?:asking|talking)\s+about\b"
    r"|we['’]?re\s+asking\s+about\b",
    re.IGNORECASE,
)
"""A question for "the question about" its subject ("What is the question about the current
status of the Kawasaki team?"; real news, Motorsport-Magazin: four such), which asks nothing."""
_SUBJECT_OF = re.compile(
    r"(?i:what\s+(?:is|was|are|were)\s+the\s+(?:main\s+)?(?:subject|topic)s?\s+of\s+)"
    r"(?:(?i:the\s+)?(?i:image|images|photo|photos|picture|pictures|video|videos|comments?|"
    r"posts?|tweets?|captions?|messages?|memes?|searches)"
    r"|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s*\?$"
    # (or who is a sentence's grammatical subject: "Who is the subject of the police
    # violence?", "Who is the subject of the messy, messy mess?"; real news, the Guardian:
    # seven such, one for each sentence)
    r"|(?i:who\s+(?:is|was|are|were)\s+the\s+subjects?\s+of\b)[^?]*\?$"
)
"""A question for what an image, a post or a name its sentence shows is about ("What is the
subject of the image?", "What is the subject of Google Trends?"; real news, Euronews FR: one
for each sentence), which the sentence answers or nothing does; not of an investigation or
talks, which the article may leave open (a review)."""
_NAME_OF = re.compile(
    r"^(?:what|who)\s+(?:is|was|are|were)\s+the\s+(?:full\s+)?names?\s+of\s+(?:the\s+|a\s+|an\s+)?"
    r"(?P<what>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}?)(?=\s+(?:who|that|which|whose)\b|\s*\?)"
    # (or who holds an office the sentence names its holder by: "Who is the Swedish Prime
    # Minister?" of "Swedish Prime Minister Ulf Kristersson on Monday admitted ..."; real news,
    # Euronews)
    r"|^who\s+(?:is|was)\s+the\s+(?P<office>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3})\s*\?$"
    # (or "What is the father's name?" of "Ms Bowles' father, Shaun Bowles, confirmed ..."; real
    # news, the Independent)
    r"|^what\s+(?:is|was)\s+the\s+(?P<whose>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2}?)['’]s\s+"
    r"(?:full\s+)?name\s*\?$",
    re.IGNORECASE,
)
"""An English question for the name of someone or something ("What is the name of the
fashion designer who ...?", "Who is the Swedish Prime Minister?")."""
_PART_IN = re.compile(
    r"^who\s+(?:is|was|are|were)\s+the\s+(?P<part>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2}?)"
    r"\s+(?P<of>(?:of|at|for|in|behind)\s+[^?]{3,100})\?$",
    re.IGNORECASE,
)
"""An English question for who held a part in something ("Who was the keynote speaker at the
Coliseum's Religious Witness for Human Dignity event?"; real news, the Los Angeles Times)."""


def _word_stems(words: Iterable[str]) -> set[str]:
    """The first five letters of each word of more than three letters, folded, without its
    punctuation or a possessive "'s", and not "their", "there", "these": a rough measure of
    what a question's words share with a sentence ("warehouses" and "warehouse" alike)."""
    stems = set()
    for word in words:
        bare = re.sub(r"['’]s$", "", word.casefold().strip(".,'’\""))
        if len(word) > 3 and word[:1].isalpha() and bare not in ("their", "there", "these"):
            stems.add(bare[:5])
    return stems


def _asks_a_name_it_gives(question: str, sentence: str, paragraph: str = "") -> bool:
    """Whether an English question asks for a name its sentence gives: the words it asks the
    name of stand in the sentence ("What is the name of the fashion designer who ...?" of
    "Fashion designer Tom Ford has announced ..."; real news, Yahoo). One the sentence does not
    give ("the person who deposited the complaint"; the gold birth ward) stays open. Who held a
    part in something ("Who was the architect of the Coliseum?") is given where the sentence
    names someone in that part ("architects John and Donald Parkinson", "Jane Holloway, the
    head of ...", "with Martin Luther King Jr. as the keynote speaker") and it or its
    ``paragraph`` names most of what the part is in."""
    match = _PART_IN.match(question.strip())
    if match is not None:
        words = [re.escape(w) for w in match.group("part").split()]
        part = r"\s+".join([*words[:-1], rf"{words[-1]}(?:s|es)?"])
        name = r"(?-i:[A-Z])[\w'’.-]+(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’.-]+)+"
        # (not one who held it before: "Former agency head Jane Doe said the post had been
        # vacant" names no head now; a review)
        given = re.search(
            rf"(?<!\w)(?P<before>{part}),?\s+{name}"
            rf"|{name},?\s+(?:as\s+)?(?:the|its|their|his|her)\s+(?P<after>{part})(?!\w)",
            sentence,
            re.IGNORECASE,
        )
        if given is not None and _FORMER.search(
            sentence[: given.start("before") if given.group("before") else given.start("after")]
        ):
            given = None
        # (the part in what the question names: not "Who is the head of the council?" of "Food
        # bank head Jane Holloway said")
        within = f"{sentence} {paragraph}".casefold()
        rest = _word_stems(match.group("of").split()[1:])
        if (
            given is not None
            and not _WHO_UNKNOWN.search(sentence)
            and sum(1 for w in rest if w in within) * 2 > len(rest)
        ):
            return True
    match = _NAME_OF.match(question.strip())
    if match is None:
        return False
    if match.group("office") is not None:
        # the whole office, right before a capitalised name ("Swedish Prime Minister Ulf
        # Kristersson"), not an office the sentence leaves unnamed
        office = re.escape(match.group("office")).replace(r"\ ", r"\s+")
        return (
            re.search(rf"(?<!\w){office}(?:,)?\s+(?-i:[A-Z])\w+\s+(?-i:[A-Z])", sentence, re.I)
            is not None
        )
    if match.group("whose") is not None:
        # the noun right before or after a name in apposition ("father, Shaun Bowles,"; not
        # "The victim, who has not been named, ...")
        head = re.escape(match.group("whose").split()[-1])
        name = r"(?-i:[A-Z])[\w'’-]+\s+(?-i:[A-Z])[\w'’-]+"
        return (
            re.search(rf"(?<!\w){head},?\s+{name}|{name},\s+(?:the\s+)?{head}\b", sentence, re.I)
            is not None
        )
    what = match.group("what").split()
    while len(what) > 1 and what[-1].casefold() in _ONLY_MENTIONED:
        what.pop()  # "the park mentioned" is the park (real news, Isolezwe)
    head = what[-1]
    return re.search(rf"(?<!\w){re.escape(head)}(?!\w)", sentence, re.IGNORECASE) is not None


_ONLY_MENTIONED = frozenset(
    {"mentioned", "named", "cited", "described", "listed", "involved", "referred", "quoted"}
)
"""Participles after what a question asks the name of that add nothing ("the park
mentioned")."""
_NAME_OF_WHO = re.compile(
    r"^what\s+(?:is|was|are|were)\s+the\s+(?:full\s+)?names?\s+of\s+the\s+"
    r"(?:person|man|woman|people|men|women|one)\s+who\s+",
    re.IGNORECASE,
)
"""The opening of an English question for the name of whoever did something ("What is the
name of the person who ...?"), which asks who did it."""
_WHO_DID = re.compile(r"^who\s+(?P<does>[^?]{3,120})\?$", re.IGNORECASE)
"""An English question that asks who did something ("Who called on Congress?")."""
_AUXILIARIES = frozenset(
    {"is", "was", "are", "were", "has", "have", "had", "will", "would", "did", "does", "do",
     "be", "been", "being", "could", "should", "may", "might", "can", "must", "shall", "also",
     "first", "then", "still", "not"}
)  # fmt: skip
"""Auxiliaries and adverbs that may stand before a question's verb ("Who has also called ...?")."""
_WHO_UNKNOWN = re.compile(
    r"(?<!\w)(?:unclear|unknown|not\s+known|not\s+clear|whether|if|unnamed|unidentified|"
    r"anonymous|anonymity|"
    r"not\s+(?:yet\s+)?(?:been\s+)?(?:named|identified|disclosed|released|revealed)|"
    r"declined\s+to\s+(?:name|identify))(?!\w)",
    re.IGNORECASE,
)
"""Words by which a sentence says whom it is about is not known."""
_NO_SUBJECT_BETWEEN = re.compile(
    r"(?<!\w)(?:said|says|told|tells|that|a|an|and|or|but|which|who|whom|whose|after|when|while|"
    r"because|if|not|never|denied|denies|deny|refused|refuses|refuse|cleared|accused|"
    r"wondered|asked)(?!\w)|n['’]t\b|[,;:(\"“”]",
    re.IGNORECASE,
)
"""Words between a name and a verb that make the name no subject of it."""
_AGE_BETWEEN = re.compile(r"^\s*,\s*\d{1,3}\s*,")
"""An age in apposition right after a name (", 25,")."""


def _asks_who_it_names(question: str, sentence: str, actors: Sequence[ActorRecord]) -> bool:
    """Whether an English "Who ...?" question asks who did what its sentence says a listed
    actor did, the actor its subject right before the verb ("Who called on Congress?" of
    "Trump first called on Congress to pass legislation ..."; "Who would have upended views?"
    of "Trump's order would have upended widely held views ..."; real news, Nine News). Not
    where the sentence says who is not known ("It is unclear who called"), nor where the name
    stands further off ("Police said a man was arrested": "Who was arrested?" stays open).
    "What is the name of the person who ...?" asks the same ("What is the name of the person
    who held services in his home?" of "..., Heidnik held services in his home ..."; real news,
    the Mirror)."""
    match = _WHO_DID.match(_NAME_OF_WHO.sub("Who ", question.strip()))
    if match is None or _WHO_UNKNOWN.search(sentence):
        return False
    words = [w for w in match.group("does").split() if w.casefold() not in _AUXILIARIES]
    if not words or not words[0].isalpha():
        return False
    verb = words[0].casefold()
    base = re.sub(r"(?:ed|d|es|s|ing)$", "", verb) if len(verb) > 4 else verb
    # the verb's own inflections, not a noun made of it ("lead" and "leader"; a review)
    stem = rf"(?:{re.escape(base)}|{re.escape(verb)})(?:e|s|es|d|ed|ing)?"
    rest = {w.casefold().strip(".,'’\"") for w in words[1:] if len(w) > 3 and w[:1].isalpha()}
    for found in re.finditer(rf"(?<![\w-]){stem}(?![\w-])", sentence, re.IGNORECASE):
        after = sentence[found.end() :].casefold()
        if rest and sum(1 for w in rest if w[:5] in after) * 2 < len(rest):
            continue
        before = sentence[: found.start()]
        if re.search(r"(?<!\w)who\s+(?:\w+\s+){0,2}$", before, re.IGNORECASE):
            # (the one an apposition says did it: "Aaron Bushnell, the active-duty U.S. Air
            # Force airman who set himself on fire Sunday ..." answers "What is the name of the
            # person who set himself on fire?"; real news, The Intercept)
            folded_before = normalize_name(before)
            if any(
                re.search(
                    rf"(?<![\w-]){re.escape(form)},\s+(?:the|an?)\s+"
                    # (the apposition's noun is who did it: not "the friend of a man who")
                    rf"(?:(?!\s(?:of|a|an|the|with|for|to|from|by|in|on|at)\s)[^,;:()]){{1,80}}?"
                    # (the verb right after "who", an auxiliary between at most: not "who
                    # denied he cut", "who police believe shot"; a review)
                    rf"\s+who(?:\s+(?:has|had|have|was|is|were|also|then|later|first|"
                    rf"reportedly|allegedly|apparently))?\s*$",
                    folded_before,
                )
                for actor in actors
                if actor.kind != "anonymous"
                for form in actor.forms
            ):
                return True
            # (one among the people who did it: "Sen. Lindsey Graham was among the senior GOP
            # officials who brokered a peace ..." answers "Who brokered a peace ...?"; real
            # news, AP)
            among = _AMONG_WHO.search(before)
            if among is None:
                continue
            # (the name is the clause's subject, closing the words before it: not "Aides to
            # Lindsey Graham were among ..."; a review)
            subject = normalize_name(before[: among.start()])
            if any(
                re.search(rf"(?<![\w-])(?<!\bto )(?<!\bof )(?<!\bfor ){re.escape(form)}$", subject)
                for actor in actors
                if actor.kind != "anonymous"
                for form in actor.forms
            ):
                return True
            continue
        folded = normalize_name(before)
        for actor in actors:
            if actor.kind == "anonymous":
                continue
            for form in actor.forms:
                for named in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", folded):
                    # (an age between commas is no other subject: "Bushnell, 25, made
                    # international news ..."; real news, The Intercept)
                    between = _AGE_BETWEEN.sub(" ", folded[named.end() :])
                    if len(between.split()) <= 4 and not _NO_SUBJECT_BETWEEN.search(between):
                        return True
    return False


_WHAT_IF = re.compile(r"What\s+(?:might|would|could|will)\s+happen\s+if\s+(.+?)\?$", re.I)
"""A question of what follows from a clause ("What might happen if ...?")."""
WHAT_IF_COPIED = 0.7
"""Share of the words of a "what if" question's clause that its sentence has, from which the
question only copies its sentence."""


def _what_if_it_says(question: str, sentence: str) -> bool:
    """Whether ``question`` asks what follows from what its sentence says, in its words ("What
    might happen if interest payments on the federal debt surpass the Defense Department's
    budget in 2023?" of "Interest payments on the federal debt could surpass the Defense
    Department budget in 2023."; real news, the New York Times, where all seven questions of
    the brief were so)."""
    found = _WHAT_IF.match(question.strip())
    if found is None:
        return False
    clause, text = found.group(1).casefold(), sentence.casefold()
    # (not one that turns it round or asks of another number: "What would happen if the Fed
    # did not raise interest rates in March?", "... enriches uranium to 90 percent?" of "...
    # to 60 percent"; a review)
    negation = r"(?<!\w)(?:not|no|never|without)(?!\w)|n['’]t(?!\w)"
    if re.search(negation, clause) and not re.search(negation, text):
        return False
    if set(re.findall(r"\d+", clause)) - set(re.findall(r"\d+", text)):
        return False
    asked = _content_words(clause)
    return bool(asked) and len(asked & _content_words(text)) / len(asked) >= WHAT_IF_COPIED


def _copied_into_a_question(question: str) -> bool:
    """Whether an English open question is its sentence copied after a question's first word
    (real news, Rest of World: "Will the UAE like a spaceport, Cantrell said, but debris could
    fall into the Strait of Hormuz ...?", "Will in exchange, Phantom Space would incur lower
    costs ...?", "Will the Sultanate want to increase it to 10% by 2040 — and Etlaq could play
    a major role?"): a phrase of place or time right after that word, the clause that says who
    said it, or another clause's modal verb after a comma or a dash. Not a question whose
    subordinate clause has its own verb ("Will the court decide whether the company could be
    fined?")."""
    return bool(_COPIED_INTO_A_QUESTION.search(question.strip()))


def _asks_what_it_says_is(question: str, sentence: str) -> bool:
    """Whether an English "What is ...?" question asks what its sentence says is so, in the
    sentence's own words after its verb ("What was the largest crowd to witness a soccer match
    in the 94-year history of the stadium?" of "It was the largest crowd to witness a soccer
    match in the 94-year history of the stadium ..."; real news, the Los Angeles Times): the
    sentence's subject answers it. Five words copied at least."""
    match = _WHAT_IS_COPIED.match(question.strip())
    if match is None:
        return False
    words = match.group("what").split()
    if len(words) < 5:
        return False
    copied = r"\s+".join(re.escape(w) for w in words)
    # (or the sentence itself with its verb moved to the front: "What is the potential revenue
    # not included in the revenue estimates?" of "The potential revenue is not included in the
    # revenue estimates."; real news, TimesLive)
    moved = (
        r"\s+".join([*map(re.escape, words[:k]), "(?:is|was|are|were)", *map(re.escape, words[k:])])
        for k in range(2, len(words) - 1)
    )
    return (
        (
            re.search(rf"(?<!\w)(?:is|was|are|were|be|been)\s+{copied}(?!\w)", sentence, re.I)
            is not None
            or any(re.search(rf"(?<!\w){m}(?!\w)", sentence, re.I) for m in moved)
        )
        # (not where the sentence says that is not known: "It remains unclear who was the
        # intended target of the attack ...", "Officials did not say what was the cause ..."; a
        # review)
        and _HAPPENING_UNKNOWN.search(sentence) is None
        and _WHO_UNKNOWN.search(sentence) is None
    )


_FORMER = re.compile(
    r"(?<!\w)(?:former|ex|outgoing|previous|then|late|interim|acting)[\s-]+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
"""Words that make the part right after them one held before, or for a while ("Former agency
head")."""
_WHAT_IS_COPIED = re.compile(
    r"^(?:what|who|which)\s+(?:is|was|are|were)\s+(?P<what>[^?]+?)\s*\?$", re.IGNORECASE
)
"""An English question of what something is ("What was the largest crowd to ...?")."""


def _asks_what_happened(question: str, sentence: str) -> bool:
    """Whether an English question asks what happened to something its sentence tells what
    happened to ("What happened to the supermarkets and warehouses?" of "Local authorities
    reported supermarkets and warehouses across the city also were damaged."; "What happened
    in the Kyiv region?" of "Multiple communities recorded damage throughout the Kyiv region
    ..."; real news, Global News): the sentence has at least half the common nouns it asks
    about (a person's fate, asked by name, stays open) and something happens in it (a passive,
    a verb of damage, harm or seizure). Not where the sentence says that is not known ("Police
    are investigating what happened to the money")."""
    match = _WHAT_HAPPENED.match(question.strip())
    if match is None or _HAPPENING_UNKNOWN.search(sentence):
        return False
    if _HAPPENING.search(sentence) is None:
        # (something must happen in it: not "Relatives of the missing fishermen gathered at
        # the harbour", "the meeting lasted two hours behind closed doors"; a review)
        return False
    folded = sentence.casefold()
    # (the common nouns, not a name: "What happened to Whelan?" of "... Whelan, who remains
    # detained in Russia" asks his fate; the gold G20)
    words = _word_stems(w for w in match.group("what").split() if w[:1].islower())
    return bool(words) and sum(1 for w in words if w in folded) * 2 >= len(words)


_WHAT_HAPPENED = re.compile(
    r"^what\s+(?:exactly\s+)?happened\s+(?:to|in|at|on|with|inside|near)\s+(?P<what>[^?]{3,80})\?$",
    re.IGNORECASE,
)
"""An English question of what happened to something or somewhere (the past; not "What will
happen to ...?")."""
_HAPPENING_UNKNOWN = re.compile(
    r"(?<!\w)(?:what\s+happened|how\s+it\s+happened|investigat\w*|unclear|unknown|"
    r"not\s+(?:yet\s+)?(?:known|clear)|remains?\s+to\s+be|whether|may\s+have|might\s+have|"
    r"no\s+one\s+knows|nobody\s+knows|became\s+of|missing|"
    r"(?:not|n['’]t|declined\s+to|refused\s+to)\s+(?:yet\s+)?(?:said|say|explain\w*|disclose\w*))(?!\w)",
    re.IGNORECASE,
)
"""Words by which a sentence leaves what happened open."""
_HAPPENING = re.compile(
    r"(?<!\w)(?:(?:was|were|been|being|is|are)\s+(?:\w+ly\s+|also\s+|then\s+)?"
    r"(?:\w+ed|\w+en|hit|struck|shut|burnt|lost|cut)|"
    r"(?:damag|destroy|kill|injur|wound|collaps|flood|burn|evacuat|seiz|arrest|rescu|"
    r"demolish|loot|shell|bomb|struck|hit)\w*)(?!\w)",
    re.IGNORECASE,
)
"""Words by which a sentence tells something happened (a passive, or a verb of damage, harm
or seizure)."""


_SCHEDULED_VERBS = (
    r"(?:be|take|land|arrive|start|begin|meet|open|close|end|hold|sign|vote|return|resume|go|"
    r"come|visit|speak|appear|finish|launch|leave|expire|conclude|report|rule|decide|announce|"
    r"testify)"
)
"""Verbs after "due to" that make it "set to" ("is due to take place in June"), not a reason."""
_WHETHER = re.compile(
    r"^(?:is|are|was|were|will|has|have|had|does|do|did)\s+(?!you\b|we\b|I\b)", re.IGNORECASE
)
"""An English question of whether something is so ("Is the potential revenue included in the
revenue estimates?")."""
_HEDGED = re.compile(
    r"(?<!\w)(?:may|might|could|would|should|expected|likely|unlikely|possibl[ey]|perhaps|"
    r"plans?|planned|hopes?|hoped|aims?|intends?|if|unless|yet|whether|unclear|uncertain|"
    r"unknown|doubt\w*|question\w*|consider\w*|propos\w*|seek\w*|want\w*|"
    r"not\s+(?:yet\s+)?(?:known|clear|decided|confirmed)|remains?\s+to\s+be|investigat\w*|"
    r"expect\w*|predict\w*|forecast\w*|believ\w*|suspect\w*|alleg\w*|"
    r"claim\w*|accus\w*|reportedly|rumou?r\w*|"
    # (a denial, what is awaited or set for later: "The minister denied accepting bribes",
    # "is awaiting approval", "Trump is set to sign ... on Friday", "are to discuss"; a review)
    r"den(?:y|ied|ies|ying)|reject\w*|declin\w*|dismiss\w*|await\w*|pending|set\s+to|"
    rf"scheduled|slated|due\s+to\s+{_SCHEDULED_VERBS}|(?:is|are|was|were)\s+to|debat\w*|"
    r"fac(?:e|es|ed|ing))(?!\w)|\?",
    re.IGNORECASE,
)
"""Words by which a sentence leaves what it tells short of settled (a modal, a plan, a
forecast, a doubt, an allegation, a question of its own)."""


def _asks_whether_it_says(question: str, sentence: str) -> bool:
    """Whether an English yes-or-no question only asks whether what its sentence states is so
    ("Will the agency receive an additional R7.5bn relative to the baseline?" of "..., the
    agency will receive an additional R7.5bn relative to the baseline."; "Is the potential
    revenue included in the revenue estimates?" of "The potential revenue is not included in
    the revenue estimates."; real news, TimesLive): its content words, three or more, open
    words of the sentence in the question's order (:func:`_in_order`), and the sentence
    settles it, yes or no. Not where the sentence leaves it short of settled (:data:`_HEDGED`:
    "The agency may receive ...", "... is expected to ...", "It is unclear whether ...", "The
    minister denied ..."), nor a question the sentence answers only in part (a word it does
    not write). Judged of English articles only: the hedges are English words."""
    if _WHETHER.match(question.strip()) is None or _HEDGED.search(sentence) is not None:
        return False
    return _in_order(question, sentence, 3) is not None


def _in_order(question: str, sentence: str, least: int, end: int | None = None) -> int | None:
    """Where in ``sentence`` (up to ``end``) the last content word of ``question`` ends, when
    its content words (``least`` of them at least) open words of the sentence in the
    question's order, by their first five letters; else ``None``: not "arrested" of "an
    arrest warrant for former president Yoon", nor "re-elected in November" of "the November
    election" (a review)."""
    content = _content_words(question)
    stems = [
        stem
        for word in re.findall(r"[^\W\d_]+", question.casefold())
        if word in content and (stem := next(iter(_word_stems([word])), ""))
    ]
    if len(set(stems)) < least:
        return None
    folded = sentence[:end].casefold()
    at = 0
    for stem in stems:
        found = re.search(rf"(?<!\w){re.escape(stem)}", folded[at:])
        if found is None:
            return None
        at += found.end()
    return at


_BECAUSE = re.compile(
    rf"(?<!\w)(?:because(?:\s+of)?|due\s+to(?!\s+{_SCHEDULED_VERBS}\b)|owing\s+to|"
    r"as\s+a\s+result\s+of|in\s+order\s+to|thanks\s+to)(?!\w)",
    re.IGNORECASE,
)
"""Words by which an English sentence gives the reason for what it tells."""


def _asks_why_it_says(question: str, sentence: str) -> bool:
    """Whether an English "Why ...?" question asks the reason its sentence gives for what it
    tells ("Why are allocations to the department of defence being cut?" of "Allocations to
    the department of defence have been cut by R2bn due to the “expedited schedule for
    withdrawal” of SANDF troops ..."; real news, TimesLive): the sentence says "because",
    "due to" (not "due to take place"), "owing to" after the question's content words (two
    at least, in its order, :func:`_in_order`), with no comma nor "and" between the last of
    them and the reason, and leaves nothing short of settled (:data:`_HEDGED`: "...,
    possibly due to ...", "Police are investigating whether ...")."""
    if not re.match(r"\s*why\s", question, re.IGNORECASE) or _HEDGED.search(sentence):
        return False
    because = _BECAUSE.search(sentence)
    if because is None:
        return False
    at = _in_order(question, sentence, 2, because.start())
    # (the reason of the clause asked of, not of another after a comma or an "and": "The
    # plane crashed ..., and the airport was closed due to the wreckage"; a review)
    return at is not None and not re.search(r",|\sand\s", sentence[at : because.start()])


def _asks_the_figure_it_gives(question: str, sentence: str) -> bool:
    """Whether an English "What was the X?" asks for a figure its sentence gives right after X
    ("What was the death toll?" of "The death toll from that strike had risen to 21, ..."; real
    news, Global News): a number within a few words after X's words. Not where the sentence
    says it is not known ("The death toll is not yet known")."""
    match = _WHAT_FIGURE.match(question.strip())
    if match is None or _HAPPENING_UNKNOWN.search(sentence) or _WHO_UNKNOWN.search(sentence):
        return False
    words = r"\s+".join(re.escape(w) for w in match.group("what").split())
    return (
        re.search(
            # (a figure, not a year: "The plan for 2025 includes ...")
            rf"(?<!\w){words}(?!\w)(?:\s+[^\s\d.;:!?]+){{0,6}}?\s+[$€£]?(?!(?:19|20)\d\d\b)\d",
            sentence,
            re.I,
        )
        is not None
    )


_WHAT_FIGURE = re.compile(
    r"^what\s+(?:is|was|were|are)\s+the\s+(?P<what>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s*\?$",
    re.IGNORECASE,
)
"""An English question for what something is, in at most three words ("What was the death
toll?")."""


def _in_a_speakers_words(question: str) -> bool:
    """Whether an English open question is in a speaker's words: their first person outside
    quotation marks, cut short ("Do Schneider expect us to continue to see a flat recovery,
    which is affected by ..., and the...?"; real news, Welt: his quotation copied), or closed
    by who says it ("..., experts warn?"; real news, CNBC): no question of the reader's."""
    # (not a title quoted in it: "Will the 'Save us' tour be rescheduled?"; a review)
    unquoted = re.sub(r"[\"“‘'][^\"”’']*[\"”’']", " ", question)
    return bool(
        _SPEAKERS_PRONOUN.search(unquoted)
        # (or closing with who says it: "What might hold traps for the unwary, experts
        # warn?"; real news, CNBC)
        or re.search(
            r",\s+(?:[\w'’-]+\s+){1,3}(?:say|says|said|warn|warns|warned|added|adds)\s*\?$",
            question,
        )
        or re.search(r"(?:\.\.\.|…)\s*\?$", question)
    )


_NO_COMMENT = re.compile(
    r"(?i)(?:did not|didn't|has not|hasn't|have not|haven't|could not|couldn't) "
    r"(?:immediately )?(?:respond|reply|return|comment|be reached)|declined to (?:comment|say)|"
    r"no comment|(?:äußerte|äußerten) sich (?:zunächst )?nicht|war(?:en)? (?:zunächst )?nicht "
    r"zu erreichen|"
    # (or kept back what was said: "but the Kremlin did not disclose them", "would not say
    # what he had demanded"; a review)
    r"(?:did not|didn't|declined to|would not|wouldn't|refused to) (?:disclose|say|reveal)|"
    r"(?:was|were)(?: not|n't) made public|not disclosed"
)
"""Words that someone did not speak ("did not respond to a request for comment")."""
_SPEAKERS_PRONOUN = re.compile(r"(?<![\w.])(?-i:we|us|our|ours|me|my)(?![\w.])")
"""An English speaker's own words ("we", "us", "my"), not the country ("US", "U.S.")."""


_COPIED_INTO_A_QUESTION = re.compile(
    r"^(?:Will|Would|Is|Are|Was|Were|Did|Does|Do|Can|Could|Should|Has|Have)\s+(?:between|in|"
    r"after|before|while|although|meanwhile|however)\s[^,?]{0,40},"
    r"|,\s+(?:(?-i:[A-Z])[\w'’-]+\s+){1,3}(?:said|says|say|told|added)\s*,"
    r"|,\s+(?:said|says)\s+(?:(?-i:[A-Z])[\w'’-]+\s*){1,3},"
    r"|\s?[,—–]\s+(?:and\s+|but\s+)?"
    r"(?:(?!(?:when|what|how|why|who|where|whether|which|if|so|or|nor|and|but|given|that|"
    r"because|since|as|though|although|unless|while)\W)[\w'’-]+\s+){1,4}"
    r"(?:would|could|will|can|might)\s"
)
"""The marks of a sentence copied into an English question (see :func:`_copied_into_a_question`)."""


_ASKED_DATE = re.compile(
    r"(?<!\w)(?:on|in)\s+(?:the\s+)?(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+(?P<month>[A-Z][a-z]+)|"
    r"(?P<month_first>[A-Z][a-z]+)\s+\d{1,2}(?:st|nd|rd|th)?|(?P<weekday>[A-Z][a-z]+day))(?!\w)"
)
"""A date an English question puts its event on ("on 10 November", "on Monday"), its month or
weekday told by :func:`newsbrief.specifics.is_month` and
:func:`newsbrief.specifics.is_weekday`."""


def _asked_dates(question: str) -> list[re.Match[str]]:
    """The dates ``question`` puts its event on (:data:`_ASKED_DATE`)."""
    return [
        m
        for m in _ASKED_DATE.finditer(question)
        if is_month(m.group("month") or m.group("month_first") or "")
        or (m.group("weekday") is not None and is_weekday(m.group("weekday")))
    ]


_OTHER_THINGS_DATE = re.compile(
    r"(?:(?:after|since|before|following|of|until)(?:\s+[\w'’-]+){0,3}|\w+ed,?)\s*$",
    re.IGNORECASE,
)
"""Words before a date that make it another thing's ("after the vote", "filed")."""


_ASKS_THE_WORDS = re.compile(
    r"^what\s+(?:is|was|are|were)\s+the\s+(?:exact\s+|full\s+)?(?P<noun>caption|statement|"
    r"quote|quotation|message|slogan|title|headline|words|wording|text|post|comment|remark)s?"
    r"\s+(?:of|on|in|by|made|posted|written|given|from|that|which)\b",
    re.IGNORECASE,
)
"""An English question for the words of something ("What is the caption of the photo ...?",
"What is the statement made by ...?")."""
_ASKS_THE_DATE = re.compile(
    r"^(?:what\s+(?:is|was)\s+the\s+date\s+(?:of|when|on)\b|on\s+what\s+date\b|"
    r"what\s+date\b)",
    re.IGNORECASE,
)
"""An English question for the date of something ("What is the date of the last post?")."""
_DAY_AND_WORD = re.compile(
    r"(?<!\w)(?:(?P<first>[A-Z][a-z]+)\.?\s+\d{1,2}(?!\d)|\d{1,2}\s+(?P<after>[A-Z][a-z]+)(?!\w))"
)
"""A day beside a capitalised word ("February 24", "24 February", "Feb. 24"): a day of a
month where :func:`newsbrief.specifics.is_month` knows the word."""


_WORDS_GIVEN = {
    "caption": "caption",
    "statement": "statement|said|says|wrote|written|posted|stated",
    "quote": "said|says|wrote|written|posted|quoted",
    "quotation": "said|says|wrote|written|posted|quoted",
    "message": "message|wrote|written|posted|said|says|texted",
    "slogan": "slogan|read|reads|reading",
    "title": "title|titled|entitled",
    "headline": "headline",
    "words": "said|says|wrote|written|posted|words",
    "wording": "wording|read|reads",
    "text": "text|read|reads",
    "post": "post|posted|wrote|written",
    "comment": "comment|commented|said|says|wrote|posted",
    "remark": "remark|remarked|said|says",
}
"""The words by which a sentence names the words a question asks for ("with the caption",
"had written")."""
_QUESTION_FILLERS = frozenset(
    {"made", "posted", "written", "given", "from", "that", "which", "this", "their", "what",
     "when", "with", "about", "after", "before", "into", "were", "have", "been", "they"}
)  # fmt: skip
"""Words of an English question that say nothing of what it asks of."""


def _asks_the_words_or_date_it_gives(question: str, sentence: str) -> bool:
    """Whether an English question asks for words its sentence quotes ("What is the caption of
    the photo posted by acebush1?" of '... posted a photo with the caption “My Dad getting
    suited up ...”', "What is the statement made by acebush1 in an earlier post?" of '...
    acebush1 had written, “I've never been one for bullshit.”'; real news, The Intercept), or
    for a day of a month it writes ("What is the date of the last Reddit post?" of "...'s last
    Reddit post was on February 24, ..."): it asks what it answers. A sentence with no
    quotation, or no day, leaves it open."""
    text = question.strip()
    words = _ASKS_THE_WORDS.match(text)
    date = _ASKS_THE_DATE.match(text)
    asked = words or date
    if asked is None:
        return False
    # what it asks of is the sentence's, every word of it ("the last Reddit post"; not "the
    # next hearing" of "the first hearing ... on March 3", nor "the trial" of "arrested on June
    # 4"; a review)
    folded = sentence.casefold()
    asked_of = [
        w
        for w in re.findall(r"[^\W\d_][\w'’-]*", text[asked.end() :].casefold())
        if len(w) > 3 and w not in _QUESTION_FILLERS
    ]
    if not all(re.search(rf"(?<!\w){re.escape(w[:5])}", folded) for w in asked_of):
        return False
    if words is not None:
        # and the words are what the sentence names ("with the caption “...”", "had written,
        # “...”"; not 'called the new law "a gift to landlords"' for its text; a review)
        noun = words.group("noun").casefold()
        if not re.search(rf"(?<!\w)(?:{_WORDS_GIVEN.get(noun, noun)})", folded):
            return False
        return any(len(sentence[a:b].split()) >= 3 for a, b in quoted_spans(sentence))
    return any(
        is_month(m.group("first") or m.group("after") or "")
        for m in _DAY_AND_WORD.finditer(sentence)
    )


def _asks_when_it_says(question: str, sentence: str) -> bool:
    """Whether an English "When ...?" question gives the date its sentence puts the event on
    ("When will the world's nations meet for COP30 in Belém, Brazil, on 10 November ...?" of
    the sentence that says so; real news, Nature): it asks what it answers. Not a date the
    sentence does not write, nor the date of another thing named before it ("When will the
    council rule on the appeal filed on 3 March?", "... after the vote on Monday?")."""
    if not re.match(r"\s*when\s", question, re.IGNORECASE):
        return False
    return any(
        re.search(rf"(?<!\w){re.escape(m.group('date'))}(?!\w)", sentence)
        # (the date of the event asked about, not of another thing named before it: "after
        # the vote on Monday", "the appeal filed on 3 March", "the results of the vote on May
        # 2"; a review)
        and not _OTHER_THINGS_DATE.search(question[: m.start()])
        for m in _asked_dates(question)
    )


_AMONG_WHO = re.compile(
    r"\s+(?:was|were|is|are)\s+(?:among|one\s+of)\s+(?:the\s+)?"
    r"(?:(?!(?:who|of|to|for|with|those|whom)\s)[\w-]+\s+){0,4}?who\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
"""A clause that puts its subject among the people a relative clause says did the verb right
after it ("... was among the senior GOP officials who brokered"; not "who refused to broker",
"who never brokered", "the officials who met those who brokered", "the critics of officials
who brokered"; a review)."""


_STANCE = re.compile(
    r"what is the (?:article|author|writer)['’]s (?:stance|position|view|opinion|take|conclusion)"
    r" (?:on|about|regarding) (?!the article|this article)(.{3,}?)\?$",
    re.IGNORECASE,
)
"""An English question that asks the article's view of a subject the sentence names."""


_WHAT_DID_SAY = re.compile(
    r"^(?:what|how)\s+(?:did|does|do|has|have)\s+(?P<who>.{2,60}?)\s+(?:say|said|tell|told|"
    r"think|thought|claim|claimed|argue|argued|describe|described|explain|explained|mean|"
    r"warn|warned|predict|predicted|add|added|note|noted|stress|stressed|welcome|welcomed)(?!\w)",
    re.IGNORECASE,
)
"""An English question that asks what someone said ("What did Boehner say about ...?", "What
did Earnest add?"; real news, the Washington Post)."""
_ONLY_WHAT_SAID = re.compile(
    r"^what\s+(?:(?:did|does|has|have)\s+(?P<who>.{2,60}?)\s+(?:say|said|emphasi[sz]e|stress|"
    r"call\s+for|demand|announce|warn|add)"
    # (or in the present: "What is Baker expecting?", "What is Baker warning about?"; real
    # news, CNBC)
    r"|(?:is|are)\s+(?P<now>.{2,60}?)\s+(?:saying|expecting|warning\s+about|suggesting|"
    r"proposing|claiming|predicting))\s*\?$",
    re.IGNORECASE,
)
"""An English question that asks only what someone said, with nothing it is about ("What did
Samuel Moncada call for?", "What did the UN Generalsecretary say?")."""


def _asks_only_what_a_speaker_said(
    question: str, units: Sequence[_Unit], paragraph: str, actors: Sequence[ActorRecord] = ()
) -> bool:
    """Whether an English open question asks only what someone said ("What did Samuel Moncada
    call for?"; real news, Euronews: four of seven questions so) where the brief gives that
    someone as the source of one of its claims: by name, by the role the brief gives them and
    no other ("What did the governor say?"), or in the words of an unnamed source ("What did a
    leader of the state's largest teachers union say?"); and the ``paragraph`` of its sentence
    does not say they kept it back ("did not respond", "the Kremlin did not disclose them"; a
    review), nor does it ask of another's ("Tesla's board"): the article answers it."""
    match = _ONLY_WHAT_SAID.match(question.strip())
    if match is None or _NO_COMMENT.search(paragraph):
        return False
    who = match.group("who") or match.group("now")
    described = normalize_name(
        re.sub(r"^(?:the|a|an)\s+", "", who, flags=re.IGNORECASE).replace("’", "'")
    )
    if any(
        u.source is not None
        and u.source.kind == "anonymous"
        and described == normalize_name(u.source.name.replace("’", "'"))
        for u in units
    ):
        # (the words of an unnamed source: "What did a leader of the state's largest teachers
        # union say?"; real news, the Washington Times)
        return True
    if re.search(r"\w['’]s\s|s['’](?:\s|$)", who):
        return False  # another's, by whose they are: "Tesla's board" (a review)
    # (or by the role the brief gives them, that word for word, held by no other actor: "What
    # did the governor say?" of Holcomb, "governor"; real news, the Washington Times; not of
    # the lieutenant governor, nor where another governor is listed; a review)
    return any(
        u.source is not None
        and (
            (u.source.kind != "anonymous" and mentioned(u.source, who))
            or (
                len(described) >= 4
                and u.source.kind == "person"
                and normalize_name(u.source.role) == described
                and not any(
                    a is not u.source
                    and re.search(rf"(?<!\w){re.escape(described)}(?!\w)", normalize_name(a.role))
                    for a in [*actors, *(v.source for v in units if v.source is not None)]
                )
            )
        )
        for u in units
    )


_WHAT_DID_DO = re.compile(
    r"^what\s+(?:did|does|has|have)\s+(?P<who>.{2,60}?)\s+(?P<verb>announce|decide|order|"
    r"promise|demand|reveal|propose|recommend|condemn|recall|admit|insist|acknowledge|suggest|"
    r"speculate)(?:d|ed)?(?!\w)",
    re.IGNORECASE,
)
"""An English question that asks what someone announced, decided or ordered (the gold set:
"What did the KCNA order the KPA to do?"; real news, the Namibian: "What did Mbumba recall
about the goodbye handshake?", each of their own sentences): answered where the sentence has
that verb (not "What did Reyes promise the food bank?" of a sentence with no promise; a
review)."""
_WHY_SAYING = re.compile(
    r"^why\s+(?:is|was|are|were|did|does|do)\s+(?P<who>.{2,60}?)\s+(?:saying|say|said|"
    r"claiming|claim|stating|state|noting|note|arguing|argue)\s+"
    # (or what they say right after the verb: "Why is Chad Hawk saying the Federal Reserve
    # might mess up an order?"; real news, the Daily Mail)
    r"(?:that|about|the|a|an|it|he|she|they|there|this|his|her|their|its)(?!\w)",
    re.IGNORECASE,
)
"""An English question that asks why someone says what their sentence reports ("Why is Kevin
Holland-Moritz saying that he needs enough people to cover his processes?"; real news, MDR:
three of eight questions so, of his own sentences)."""
_WHAT_IS_SAYING = re.compile(
    r"^what\s+(?:is|are|was|were)\s+(?P<who>.{2,60}?)\s+(?:saying|telling\s+\w+|claiming|"
    r"arguing|suggesting|warning|explaining|predicting)\s+(?:about|of|on|regarding)\s",
    re.IGNORECASE,
)
"""An English question that asks what someone is saying about something ("What is Kieswetter
saying about the debt collectors?"; real news, TimesLive: of his own quotation), as
:data:`_WHAT_DID_SAY` in the past."""
_WHAT_WILL_DO = re.compile(
    # (not what they will do beyond it: "What will Reyes do if the appeal fails?"; a review)
    r"^what\s+(?:will|would|is|are)\s+(?P<who>.{2,60}?)\s+(?:going\s+to\s+)?do(?!\w)"
    r"(?!\s+(?:if|after|when|once|unless|next|instead|now|then|before)\b)",
    re.IGNORECASE,
)
"""An English question that asks what someone will do ("What will Kieswetter do at the
pre-budget briefing?")."""
_SAID_WOULD = re.compile(
    r"(?<!\w)(?:said|says|announced|promised|pledged|vowed|told\s+[\w\s]{2,40}?)\s+"
    r"(?:that\s+)?(?:he|she|they|it|we|I)\s+(?:would|will|was\s+going\s+to|planned\s+to|"
    r"intended\s+to)\s+(?!not\b|never\b)[a-z]",
    re.IGNORECASE,
)
"""A sentence that reports what its speaker said they would do ("Kieswetter said he would hire
up to 1,700 debt collectors"): the answer to :data:`_WHAT_WILL_DO` of them."""
_WHAT_VIEW = re.compile(
    r"^what\s+(?:is|was|are|were)\s+(?:(?P<who>.{2,60}?)['’]s?\s+(?:opinion|view|views|"
    r"position|stance|concerns?|fears?|argument|perspectives?|thoughts)"
    r"|the\s+(?:opinion|view|views|position|stance|concerns?|fears?|argument|perspectives?|"
    r"thoughts)\s+of\s+"
    r"(?P<of>.{2,60}?)(?=\s+(?:about|on|over|regarding|towards?)\s|\s*\?))",
    re.IGNORECASE,
)
"""An English question that asks someone's view ("What is Bobby McDonagh's opinion about
Connolly's statements?", "What were the concerns of veterans of Ireland's diplomatic
service?"; real news, Politico Europe: asked of the sentences that give them; "What is the
general manager's perspective on the new chapter of the resort experience?"; real news,
Canada.com)."""
_WHAT_CLAIM = re.compile(
    r"^what\s+(?:is|was|are|were)\s+(?:(?P<who>(?:the\s+)?(?:(?!of\s)[\w.'’-]+\s+){0,3}?"
    # (or a call or a demand, after an adjective: "What is the commissioner's previous call
    # on National Treasury?"; real news, TimesLive)
    r"[\w.-]+)['’]s?\s+(?:(?:previous|latest|earlier|recent|new|main|first)\s+)?"
    r"(?:claims?|statements?|comments?|remarks?|response|calls?|demands?|requests?|appeals?|"
    r"warnings?|pledges?)"
    r"|the\s+(?:claims?|statements?|comments?|remarks?|response)\s+of\s+"
    r"(?P<of>[^?]{2,60}?))(?=\s+(?:about|on|to|regarding|over)\s|\s*\?)",
    re.IGNORECASE,
)
"""An English question for the claim, statement or comment of someone named right before it
("What is the expert's claim about the snub?"; real news, Express), as :data:`_WHAT_VIEW` for
a view; not "the basis of Holloway's claim", "the insurer's claim for damages", "the
government's response time" (a review)."""
_WHO_SAID = re.compile(
    r"^who\s+(?:said|says|told|tells|warned|added|claimed|announced|argued|explained|stated|"
    r"wrote|reported|declared|insisted)(?!\w)",
    re.IGNORECASE,
)
"""An English question for the speaker ("Who told the U.N. General Assembly?" of "President
Obama told the U.N. General Assembly 18 months ago that ..."; real news, the Washington Post)."""
_WHAT_DID_IT_FIND = re.compile(
    r"^(?:what|how)\s+(?:did|does|do|has|have)\s+(?P<who>.{2,60}?)\s+(?:say|said|suggest|"
    r"suggested|find|found|show|showed|conclude|concluded|state|stated|reveal|revealed)(?!\w)",
    re.IGNORECASE,
)
"""An English question that asks what a report, a study or a poll says or found."""


_DID_SAY = re.compile(
    r"^(?:did|does|do|has|have)\s+(?P<who>.{2,60}?)\s+(?:say|said|admit|admitted|feel|felt|"
    r"think|believe|brand|branded|urge|urged|call|called|describe|described|tell|told|agree|"
    r"agreed|claim|claimed|deny|denied|warn|warned|argue|argued|confirm|confirmed)(?!\w)",
    re.IGNORECASE,
)
"""An English question that asks whether someone said what they said ("Did Gordon Mackenzie
brand the event a shambles?")."""
_WILL_SAY = re.compile(
    r"^(?:will|would)\s+(?P<who>.{2,60}?)\s+say\s+(?:that\s+)?(?P<what>[^?]{8,})\?$", re.IGNORECASE
)
"""An English question that asks whether someone will say what they said ("Will Taylor say the
state is at the bottom of the barrel ...?" of his quotation; real news, the Washington Times):
answered where its sentence has what it asks in its order (not "Will Reyes say how the appeal
would be funded?"; a review)."""


_GERMAN_MODAL_SUBJUNCTIVE = re.compile(r"(?:Sie|Er|Man)\s+(?:dürften?|müssten?|könnten?)(?!\w)")
"""A German sentence that opens with a pronoun and a modal verb in the Konjunktiv II, which
differs from its indicative ("Sie dürften", not "durften"): in reported speech, what the
speaker said the ones they spoke of must, may or can do (not the article's own forecast, "Die
Strompreise dürften weiter steigen", which names what it is about; a review)."""
_PRONOUN_SUBJECT = re.compile(
    r"(?:[A-Z][a-z]+(?:\s+[a-z]+)?,\s+)?(?P<pronoun>[Hh]e|[Ss]he)(?:['’]s|\s+(?:is|was|has|had|"
    r"remains|remained|felt|feels|seemed|seems|also|still|became|becomes))(?!\w)"
)
"""An English sentence that opens with "he" or "she" as its subject ("Still, he’s worried about
..."), an adverb and its comma allowed before."""


def _done_to_them(lead: str) -> bool:
    """Whether the words before a quotation (``lead``) say it was done to the one the sentence
    is about, or that they answer it, so that it is no words of theirs: "He was convicted of
    “aggravated assault”", "She was praised by Republicans for her “calm and steady” debate
    performance", "He was reacting to a Hamas proposal for “...”" (a review). A colon after a
    state of mind gives their words ("He was delighted with his young players: “...”"), but not
    after an agent ("He was greeted by chants from the crowd: “...”")."""
    if _REACTION.search(lead):
        return True
    if _DONE_TO.search(lead) is None:
        return False
    return not lead.rstrip().endswith(":") or re.search(r"(?<!\w)by(?!\w)", lead) is not None


def _quoted_words(sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence[start:end]`` quotes someone's words: two words or more, not a name
    the sentence gives ("the so-called “blue wall”", "known as the “Ragin’ Cajun”")."""
    before = sentence[max(0, start - 16) : start].casefold()
    return (
        len(sentence[start:end].split()) >= 2
        and not _NAMED_SO.search(before)
        and not _NAMING_VERB.search(before)
    )


_DONE_TO = re.compile(
    r"(?<!\w)(?:was|were|is|are|been|being|be|got|get)\s+(?:\w+ly\s+|also\s+|not\s+)?"
    r"(?:re-)?[a-z]+(?:ed|en|ght|wn)\b(?<!\bworried)(?<!\bconcerned)(?<!\binterested)"
    r"(?<!\bdetermined)(?<!\bconvinced)(?<!\bpleased)(?<!\bdisappointed)(?<!\bfrustrated)",
    re.IGNORECASE,
)
"""Before a quotation, a passive: what was done to the one the sentence is about (not a state of
mind: "was worried about")."""
_REACTION = re.compile(
    r"(?<!\w)(?:react\w*\s+to|respond\w*\s+to|in\s+response\s+to|charged\s+with|accused\s+of)",
    re.IGNORECASE,
)
"""Before a quotation, words that say the one the sentence is about answers someone else's
words, or is charged with them."""


_NAMED_SO = re.compile(
    r"(?<!\w)(?:so-called|known\s+as|nicknamed|titled|entitled|dubbed|chant\w*|shout\w*|"
    r"signs?|banners?|placards?|slogans?|headlines?|read(?:s|ing)?)(?!\w)"
)
"""Words before a quotation that make it a name or words of others (a chant, a sign), not
the words of the one the sentence is about."""


_NAMING_VERB = re.compile(
    r"(?<!\w)(?:call(?:s|ed|ing)?|brand(?:s|ed|ing)?|dub(?:s|bed|bing)?|label(?:s|led|ed|ling)?|"
    r"term(?:s|ed)?|nenn\w*|nannte\w*|bezeichne\w*|qualifi\w+|appel\w+|chiam\w+|"
    # (the verb, not the noun: "Playing liberally with the definition of “family” ... does
    # make sense, given that families won't consume Strava ..."; real news, TechCrunch: kept
    # as Strava's stance)
    r"defin(?!iti|izion|ici)\w+|"
    r"llam\w+)(?!\w)",
    re.IGNORECASE,
)
"""Verbs that name something in the words quoted after them ("called the plan “reckless”",
"nannte den Plan „rücksichtslos“"): a stance of the one who names, not the article's term."""


_STANCE_THAT = re.compile(
    r"(?<!\w)(?:angry|furious|upset|worried|concerned|convinced|confident|sure|adamant|happy|"
    r"pleased|disappointed|frustrated|certain|hopeful|sceptical|skeptical|optimistic|"
    r"pessimistic|surprised|outraged|alarmed)\s+(?:\w+\s+){0,2}?(?:that|about)(?!\w)",
    re.IGNORECASE,
)
"""An English stance and what it is about ("Doherty was particularly angry that Hoboken ...
is still considered an “Abbott district”"; real news, NJ.com): the one who holds it."""


def _asks_what_its_source_said(
    question: str, unit: _Unit | None, following: _Unit | None = None
) -> bool:
    """Whether an English question asks what the speaker of its own sentence said, or whether
    they said it, which that sentence reports ("What did Sharron Angle say about saving Social
    Security?" of "'I'd like to save Social Security ...', Angle said"; "Did Gordon Mackenzie
    brand the event a shambles?"): the article answers it. So does the ``following`` sentence
    (of its paragraph), where the one the question names by name speaks ("What did Al Saud say
    about the effect of Sinwar on ceasefire talks?" of "But Al Saud is aware of the effect ...",
    before '"He's the most wanted man to Israel," he said.'; real news, CBC). What someone the
    sentence does not give as its speaker said ("What did Lavrov answer?") stays open."""
    if (
        following is not None
        and following.source is not None
        and following.source.kind != "anonymous"
        and (match := _WHAT_DID_SAY.match(question)) is not None
        and match.group("who").casefold() not in ("he", "she", "they", "it")
        and mentioned(following.source, match.group("who"))
    ):
        return True
    if unit is not None and unit.source is None:
        # "What does the report suggest about ...?" of "The report also suggested ..." (real
        # news, CNN Money): a document is no actor, and its sentence answers it all the same
        found = _WHAT_DID_IT_FIND.match(question)
        documents = {d.casefold() for d in unit.cues.documents}
        return (
            found is not None
            and unit.source_option == DOCUMENT
            and found.group("who").split()[-1].casefold() in documents
        )
    if _WHO_SAID.match(question) and unit is not None and unit.source is not None:
        return unit.source.kind != "anonymous"  # who an unnamed source is stays open
    done = _WHAT_DID_DO.match(question)
    if done is not None and (
        unit is None
        or not re.search(
            rf"(?<!\w){re.escape(done.group('verb')[:5])}", unit.sentence.text, re.IGNORECASE
        )
    ):
        done = None
    will_do = _WHAT_WILL_DO.match(question)
    if will_do is not None and (unit is None or _SAID_WOULD.search(unit.sentence.text) is None):
        will_do = None
    will_say = _WILL_SAY.match(question)
    if will_say is not None and (
        unit is None or _in_order(will_say.group("what"), unit.sentence.text, 3) is None
    ):
        will_say = None
    match = (
        _WHAT_DID_SAY.match(question)
        or done
        or _DID_SAY.match(question)
        or will_say
        or _WHY_SAYING.match(question)
        or _WHAT_IS_SAYING.match(question)
        or will_do
    )
    view = _WHAT_VIEW.match(question) or _WHAT_CLAIM.match(question)
    if match is not None:
        who = match.group("who")
    elif view is not None:
        who = view.group("who") or view.group("of")
    else:
        return False
    if re.search(r"\w['’]s\s|s['’](?:\s|$)", who):
        # another's view or words: "What is Holloway's critics' view ...?", "Why did Jane
        # Holloway's critics say that ...?" (reviews); not "What did O'Brien say?"
        return False
    if unit is None or unit.source is None:
        return False
    # (or by the role the source has: "What is the general manager's opinion about arriving
    # in Jasper?" of "“...,” says the resort’s general manager Garrett Turta."; real news,
    # Canada.com)
    role = normalize_name(unit.source.role)
    by_role = re.sub(r"^(?:the|a|an)\s+", "", normalize_name(who))
    # (or by the title the sentence gives the source: "What did the Ukrainian Ambassador say?"
    # of "..., Ukrainian Ambassador Andrii Melnyk denied ..."; real news, Global News)
    folded = normalize_name(unit.sentence.text)
    return (
        mentioned(unit.source, who)
        # ("What is the speaker's opinion?" of Strömmer's '"We will discuss ...," he added.';
        # real news, Euronews)
        # (in lower case: "What did the Speaker say?" asks a parliament's; a review)
        or who.casefold() in ("he", "she", "they", "it")
        or who == "the speaker"
        or (len(by_role.split()) >= 2 and role.endswith(by_role))
        or (
            bool(by_role)
            and any(
                re.search(rf"(?<!\w){re.escape(by_role)}\s+{re.escape(form)}(?!\w)", folded)
                # (or after the name, between commas: "What is the CAAN spokesperson's
                # statement about the bird strike?" of '"...," Jagannath Niroula, a CAAN
                # spokesperson, said.'; real news, Reuters)
                or re.search(
                    rf"(?<!\w){re.escape(form)},\s+(?:an?\s+|the\s+)?{re.escape(by_role)},",
                    folded,
                )
                for form in unit.source.forms
            )
        )
    )


_SHORT_EMPTY_WORDS = frozenset(
    {"the", "and", "was", "for", "how", "who", "why", "did", "are", "has", "had", "its", "not",
     "but", "any", "can", "may", "one", "all", "out", "our", "you", "his", "her", "she", "him",
     "get", "got", "yet", "now", "what", "off", "own", "too", "use", "via", "per"}
)  # fmt: skip


def _content_words(question: str) -> set[str]:
    return {
        w
        for w in re.findall(r"[^\W\d_]+", question.casefold())
        if len(w) >= 3 and w not in _EMPTY_WORDS and w not in _SHORT_EMPTY_WORDS
    }


def _repeats(question: str, asked: Sequence[str]) -> bool:
    """Whether a question asks again what one already asked, in other words: half or more of
    the content words of the two are the same ("What is the impact of the law on the
    economy?" after "What is the impact of the law on the state?")."""
    words = _content_words(question)
    for earlier in asked:
        other = _content_words(earlier)
        if words and other and len(words & other) * 2 >= len(words | other):
            return True
    return False


_STATEMENT_THEN_QUESTION = re.compile(
    r"[.!;:]\s+[(\[]?(?:What|Who|Whom|Whose|Which|When|Where|Why|How)\s", re.UNICODE
)
"""An English answer that writes a sentence, then its question ("We will appeal in every
court. What is the subject?", "..., tweeted the captain of Real. (Who did this?"; real news,
Zeit Online); "What will the U.S. Senate do?" is one question."""


_CUT_QUESTION = re.compile(
    r"(?<![\w'’-])(?:(?:the|a|an|and|or|its|their|our|your|my)\s*|his\s+)\?$"
)
"""An English question that ends on an article, a conjunction or a possessive, in lower case
("Who will win Serie A?", "Was the car his?" hold): cut short."""


def _statement_then_question(question: str, language: str) -> bool:
    """Whether an English open question is a statement (the sentence copied, most often)
    followed by a question: the schema holds the answer to one question mark, not to one
    sentence."""
    return language == "en" and bool(_STATEMENT_THEN_QUESTION.search(question))


_QUOTED_WORDS = re.compile(r"[\"“«„][^\"”»“]*[\"”»“]|(?<!\w)['‘][^'’]*['’](?!\w)")
"""Words a question quotes, in double or single quotation marks."""
_SECOND_PERSON = re.compile(
    # (in lower case, or opening the question: not a name's "You", "the Thank You for Your
    # Service report"; a review)
    r"(?<!\w)(?:you|your|yours|yourself|yourselves)(?!\w)|^\W*(?:You|Your)(?!\w)"
)


def _asks_nothing(question: str, language: str) -> bool:
    """Whether an English open question names nothing of its sentence ("What happened?",
    "Who said this?", "What is the source of the information?"): no word of four letters or
    more besides :data:`_EMPTY_WORDS`, or it asks about the text itself ("What is the first
    sentence about?"). Questions in other languages are not judged."""
    if language != "en":
        return False
    if (
        _ABOUT_THE_TEXT.search(question)
        or _SUBJECT_OF.match(question.strip())
        or _QUESTION_ABOUT.match(question.strip())
        or _WHAT_IS_UNKNOWN.fullmatch(question.strip())
    ):
        return True
    words = re.findall(r"[^\W\d_]+", question.casefold())
    vague = _EMPTY_WORDS | _VAGUE_WORDS
    pending = _TIME_WORDS | _JUDGEMENT_WORDS
    if any(len(w) >= 4 and w not in vague | pending for w in words):
        return False
    if not any(w in pending for w in words):
        return True
    # only time and steps: empty unless a short word or a name says of what
    names = re.findall(r"(?<!^)(?<![.?!]\s)\b[A-Z][\w.]*", question.strip())
    return not names and not any(
        len(w) == 3 and w not in _SHORT_EMPTY_WORDS and w not in vague for w in words
    )


_ASKS_BACKGROUND = re.compile(
    r"^what\s+(?:is|was|are|were)\s+the\s+(?:significance|importance|meaning|relevance|"
    r"context|background|history|urgency|purpose)\s+of\b",
    re.IGNORECASE,
)
"""An English question for the background of something ("What is the significance of ...?")."""
_WHAT_IS_UNKNOWN = re.compile(
    r"what\s+(?:is|remains|was|are)\s+(?:still\s+)?(?:not\s+)?(?:known|unknown|unclear|open)"
    r"(?:\s+yet)?\s*\?",
    re.IGNORECASE,
)
"""An English question of what is unknown, of nothing named (real news, Hamburger Abendblatt:
"What is not known yet?"; not "Will the UK remain in the EU?", "Is the pub still open?"; a
review)."""
_WHO_IS = re.compile(
    r"^(?:who|what)\s+(?:is|are|was|were)\s+(?:the\s+)?(?P<name>[^?]+?)\s*\?$", re.IGNORECASE
)


_ANOTHER_HOLDER = re.compile(
    r"(?<!\w)(?:acting|interim|deputy|vice|next|new|former|previous|incoming|caretaker|"
    r"outgoing)(?!\w)",
    re.IGNORECASE,
)
"""Words before a role that make its holder another than the one who holds it now."""


_ROLE_ASKED = re.compile(r"['’]s?\s+(?:role|job|title|occupation|profession|affiliation)$", re.I)
"""The end of a question for someone's role ("Claudio Angelo's role")."""


def _asks_who_an_actor_is(
    question: str, actors: Sequence[ActorRecord], sentence: str = "", open_cue: bool = False
) -> bool:
    """Whether an English open question only asks who or what one of the actors is ("Who is
    John Sargent?", "Who is Apple?"; real news, New York Post), or a name its ``sentence``
    writes ("Who is Ionos?", "Who is the Phishing Radar?" of "Phishingradar"; real news, heise:
    a question for every sentence that named one): the story leaves nothing open there, and
    the brief's actors say who they are. A sentence that says something is unknown
    (``open_cue``) may leave who someone is open ("Who is Satoshi Nakamoto?")."""
    match = _WHO_IS.match(question.strip())
    if match is None:
        return False
    role_of = _ROLE_ASKED.search(match.group("name"))
    if role_of is not None and re.match(r"\s*what\s+is\s", question, re.IGNORECASE):
        # "What is Claudio Angelo's role?" of the sentence that gives it (real news, Nature);
        # what someone's job is, not what part they had ("What was Tom Reyes's role?" of the
        # fire he was questioned over; a review)
        named = normalize_name(match.group("name")[: role_of.start()])
        return not open_cue and any(named in a.forms for a in actors if a.kind == "person")
    words = match.group("name").split()
    if (
        not open_cue
        and all(w[:1].isupper() for w in words)
        and "".join(words).casefold() in "".join(sentence.split()).casefold()
    ):
        return True
    name = normalize_name(match.group("name"))
    if any(name in a.forms or name == normalize_name(a.name) for a in actors):
        return True
    # or by the role the brief gives them, after a place's or a country's name at most ("Who
    # is the Swedish Prime Minister?" of Ulf Kristersson, "prime minister"; real news,
    # Euronews); not another holder ("Who is the new prime minister?")
    written = match.group("name")
    return any(
        a.kind == "person"
        and len(role := a.role.strip()) >= 4
        and (found := re.search(rf"(?<!\w){re.escape(role)}$", written, re.IGNORECASE)) is not None
        and all(w[:1].isupper() for w in written[: found.start()].split())
        # (a sentence that leaves something else open: "Who is the Swedish Prime Minister?"
        # of the headline "Swedish police to investigate reports of leaks to violent gangs";
        # real news, Euronews; not of "It is unclear who the next prime minister will be")
        and not (
            open_cue
            and (
                re.search(rf"(?<!\w){re.escape(role)}", sentence, re.IGNORECASE)
                # (nor another holder: "Who is the Acting FBI Director?"; a review)
                or _ANOTHER_HOLDER.search(written[: found.start()])
            )
        )
        for a in actors
    )


def _other_language(text: str, language: str, min_words: int) -> bool:
    """Whether ``text`` of at least ``min_words`` words is written in another language than
    ``language`` (shorter text is not judged: a name or two decide a short one)."""
    return len(text.split()) >= min_words and detect_language(text) != language


def _in_source_language(headline: str, source: str, output: str, article: str = "") -> bool:
    """Whether a headline of :data:`HEADLINE_JUDGED_WORDS` words or more is written in the
    article's language where another was asked: judged in lower case, as capitalised words
    read as another language ("Scott Pruitt Opposes ..." as Nigerian Pidgin), and only against
    the article's language, as names of another make a headline read as a third ("Escuela Los
    Almendros Roof Collapse ..." as Occitan). The capitalised words it takes from the
    ``article`` (names, and German nouns) are left out of the judging: "Füchse Berlin win
    quarter-final of DHB Pokal" read as German (real news, Berliner Morgenpost), and what is
    left of a headline made of them is not judged."""
    if source == output or len(headline.split()) < HEADLINE_JUDGED_WORDS:
        return False
    own = _own_words(headline, article).split()
    if article and len(own) < MIN_JUDGED_OWN_WORDS:
        return False
    return detect_language(" ".join(own).casefold()) == source


def _own_words(written: str, article: str) -> str:
    """``written`` without the capitalised words it takes from the ``article`` (its names and,
    in German, its nouns), which make any text read as the article's language."""
    return " ".join(
        word
        for word in written.split()
        if not (
            word[:1].isupper()
            and re.search(rf"(?<!\w){re.escape(word.strip(_EDGES))}(?!\w)", article)
        )
    )


MIN_JUDGED_WORDS = 8
"""Fewest words of a headline and summary for their language to be judged."""
MIN_JUDGED_OWN_WORDS = 3
"""Fewest words of a headline not taken from the article's names for its language to be judged."""
_EDGES = "\"'“”‘’«»„:,.;!?()"


REPORTING_GAP = 2
"""Most sentences back to the speaker a German sentence in reported speech, or a Romance verb
of saying with no subject, goes on with."""
NAMESAKE_WINDOW = 2
"""Sentences before one that names its speaker by a family's surname, read for which of the
family it is (:func:`~newsbrief.speakers.namesake_meant`)."""


def _goes_on_reporting(
    sentence: Sentence, units: Sequence[_Unit], reported: Sequence[_Unit]
) -> bool:
    """Whether ``sentence`` (in German reported speech, with no verb of saying) goes on with a
    speaker: the last unit is reported, of the sentence just before, or the last reported unit
    is at most :data:`REPORTING_GAP` sentences back in the same paragraph, with no unit between
    that has a cue of its own."""
    if not units:
        return False
    if units[-1].sentence.number == sentence.number - 1 and units[-1] in reported:
        return True
    last = next((u for u in reversed(units) if u in reported), None)
    return (
        last is not None
        and sentence.number - last.sentence.number <= REPORTING_GAP
        and last.sentence.paragraph == sentence.paragraph
        and not any(u.cues.attributed for u in units if u.sentence.number > last.sentence.number)
    )


def _reported_without_speaker(unit: _Unit) -> bool:
    """Whether ``unit`` is German reported speech (the Konjunktiv I) that no rule or answer has
    given a speaker: no verb of saying, no unnamed source, at most a phrase it quotes, and the
    article itself as its source."""
    return (
        bool(unit.cues.subjunctive)
        and not unit.cues.reporting
        and not unit.cues.anonymity
        and unit.source is None
        and unit.source_option != DOCUMENT
    )


def _subjunctive_pronoun(unit: _Unit) -> Literal["m", "f"] | None:
    """The gender of "er" or "sie" right before or after a singular verb of German reported
    speech in the first clause of ``unit`` ("brauche er", "sie sei"), else ``None``."""
    text = unit.sentence.text
    for verb in unit.cues.subjunctive:
        if verb.casefold().endswith("en"):
            continue  # "seien", "hätten": the plural
        v = re.escape(verb)
        found = re.search(rf"(?<!\w){v}\s+(er|sie)(?!\w)|(?<!\w)(er|sie)\s+{v}(?!\w)", text)
        if found is not None and not re.search(r"[,;:]", text[: found.start()]):
            # (a main clause: "verbreitete sie Trumps Falschbehauptung, er sei durch Betrug um
            # den Sieg gebracht worden" reports Trump's claim inside the article's; real news,
            # ORF)
            return "m" if (found.group(1) or found.group(2)) == "er" else "f"
    return None


def _names_its_speaker(unit: _Unit) -> bool:
    """Whether ``unit`` names the actor it was given as its speaker: a verb of saying outside
    its quotations, and the actor named in the sentence or standing for a pronoun that
    speaks."""
    return (
        unit.source is not None
        and bool(verbs_outside_quotes(unit.sentence.text, unit.cues))
        and (
            mentioned(unit.source, unit.sentence.text)
            or pronoun_speaker(unit.sentence.text, unit.cues) is not None
        )
    )


_SINGLE_MARK = re.compile(r"[‘`]|(?<!\w)['’]|['’](?!\w)")
"""A single quotation mark (an apostrophe inside a word is none)."""


def _no_quotation_mark(text: str) -> bool:
    """Whether ``text`` has no quotation mark of any kind, double or single."""
    return not QUOTATION_MARKS.intersection(text) and _SINGLE_MARK.search(text) is None


_MODIFIER_NAME = re.compile(
    r"(?<![\w-])(?:a|an|the|two|three|our|its)\s+(?:[A-Z][\w&.-]*\s+){1,3}"
    r"(?=(?-i:[a-z]+)(?<!ed)(?<!said)(?<!says)(?<!told)\b)"
)
"""An English name between an article and a lower-case noun, which it says whose the noun is
("a Reuters reporter", "the Reuters investigation"): no mention of the name as an actor."""


_COLON_QUOTATION = re.compile(r":\s*[„“\"»«‘]")
"""A colon that opens a quotation."""
_FIRST_PERSON = re.compile(r"(?<!\w)(?:(?i:ich|wir|we|je|nous|io|noi|yo|nosotros)|I)(?!\w)")
"""The writer as a subject ("Ich sitze dabei ...")."""


def _writers_or_unnamed_colon_quotation(unit: _Unit) -> bool:
    """Whether ``unit`` opens a quotation with a colon after a clause of the writer's own, in
    the first person, or of an unnamed person's (their anonymity cue)."""
    text = unit.sentence.text[unit.start : unit.end]
    colon = _COLON_QUOTATION.search(text)
    return colon is not None and (
        bool(unit.cues.anonymity) or _FIRST_PERSON.search(text[: colon.start()]) is not None
    )


def _stem(word: str) -> str:
    return word.casefold().rstrip("emnrs") or word.casefold()


_IMPERSONAL_VERB = (
    r"(?:geht|ging|sagt|sagte|rechnet|rechnete|erwartet|erwartete|vermutet|vermutete|schätzt|"
    r"schätzte|hofft|hoffte|befürchtet|befürchtete|spricht|sprach)"
)
_GERMAN_IMPERSONAL = re.compile(
    rf"\W*(?:Man\s+{_IMPERSONAL_VERB}|(?:Auch|Nun|Jetzt|Dort|Hier|Bisher|Inzwischen|Zudem|"
    rf"Derzeit|Aktuell)\s+{_IMPERSONAL_VERB}\s+man)(?!\w)"
)
"""A German sentence opening with the impersonal "man" as the subject of a verb of saying or
thinking ("Man geht davon aus, dass ...", "Nun rechnet man mit ...")."""


def _described_otherwise(name: str, words: str) -> bool:
    """Whether the words a sentence names an unnamed source by describe another person than
    the unnamed actor ``name`` of the same noun: other words before the noun ("Ein älterer
    Mann, der bisher geschwiegen hat, sagt ..." after "Ein junger Mann ... schüttelt den
    Kopf"; real news, Berliner Zeitung), not the same ones inflected ("der ältere Mann")."""
    described = re.sub(
        r"^(?:ein|eine|einer|der|die|a|an|the|one|another)\s+", "", words, flags=re.I
    )
    named, said = name.split(), described.split()
    if len(said) < 2:
        return False
    head = _stem(said[-1])
    at = next((i for i, w in enumerate(named) if _stem(w) == head), None)
    if not at:
        return False
    before_named = {_stem(w) for w in named[:at]}
    before_said = {_stem(w) for w in said[:-1]}
    return not before_named & before_said


def _speech(unit: _Unit) -> bool:
    """Whether someone speaks in ``unit``: a verb of saying outside its quotations, or all of
    it quoted; not a phrase the article's own report quotes ('Wiig has been getting "the new
    Tina Fey" quite a lot')."""
    return bool(
        verbs_outside_quotes(unit.sentence.text, unit.cues)
        or _all_quotation(unit.sentence.text[unit.start : unit.end])
    )


OPENING_SUBJECT_WORDS = 4
"""Words of a sentence's opening within which a person named is its subject."""


_DESCRIPTION_THEN_NAME = re.compile(
    r"\W*(?:der|die|the)\s+(?:[\w-]+\s+){0,3}[\w-]+,\s+([^,;:]{3,60}),", re.IGNORECASE
)
"""A sentence that opens with a person described, then their name in apposition ("Der beste
Deutsche, Sebastian Hendel, ...")."""


def _opening_subject(unit: _Unit, people: Sequence[ActorRecord]) -> ActorRecord | None:
    """The one person named in the first :data:`OPENING_SUBJECT_WORDS` words of a sentence
    whose pronoun that speaks stands in a later clause, after a colon or a semicolon, or in
    apposition to the description the sentence opens with; else ``None``."""
    text = unit.sentence.text
    verb_at = pronoun_verb_start(text, unit.cues)
    apposed = _DESCRIPTION_THEN_NAME.match(text)
    if apposed is not None and verb_at is not None and verb_at > apposed.end():
        # the name in apposition to the description the sentence opens with ("Der beste
        # Deutsche, Sebastian Hendel, empfand den Wind ..., wie er gegenüber dem Abendblatt
        # sagte."; real news, Hamburger Abendblatt: the winner who spoke before took it)
        one = [a for a in people if a.kind == "person" and named_by_name(a, apposed.group(1))]
        if len(one) == 1:
            return one[0]
    opening = " ".join(text.split()[:OPENING_SUBJECT_WORDS])
    named = [a for a in people if a.kind == "person" and named_by_name(a, opening)]
    if len(named) != 1 or (verb_at is None and not unit.cues.reporting):
        return None
    verbs = verbs_outside_quotes(text, unit.cues)
    at = verb_at if verb_at is not None else (verbs[0][0] if verbs else -1)
    return named[0] if re.search(r"[:;]", text[len(opening) : max(at, 0)]) else None


def _opening_people(
    folded: str, actors: Sequence[ActorRecord], *, described: bool = False
) -> list[ActorRecord]:
    """The people whose names open the (folded) sentence as its subject: a name, then a comma
    or a word that does not join another name to it ("and", "or", "und"); one entry per form
    that does. With ``described``, after an article and at most two words that describe them
    too ("Der Trierer Politikwissenschaftler Uwe Jun stellt ...")."""
    lead = _DESCRIBED_LEAD if described else ""
    return [
        actor
        for actor in actors
        if actor.kind == "person"
        for form in actor.forms
        if re.match(rf"{lead}{re.escape(form)}(?=,|\s(?!and\b|or\b|und\b))", folded)
    ]


_DESCRIBED_LEAD = (
    r"(?:(?:the|der|die|le|la|il|el)\s+"
    r"(?:(?!(?:of|for|by|from|to|with|against|about|on|at|in|von|vom|des|der|mit|fur|an|"
    r"gegen|uber|auf|zu|bei|de|du|di|del|della)\s)"
    r"[^\W\d]+\s+){1,2})?"
)
"""An article and one or two words that describe a person before their name (folded), none a
preposition ("Der Tod von Alexej Nawalny", "The lawyer for Hunter Biden" name someone else)."""


def _introduced_person(
    unit: _Unit, actors: Sequence[ActorRecord], *, relaxed: bool = False
) -> ActorRecord | None:
    """The person a sentence in the article's own voice opens with, as its subject ("Mlungisi
    Mvoko, the finance ... member of the executive council, wants to see ..."), else ``None``:
    a sentence with a verb of saying or a quotation of its own introduces no one, nor one that
    names another person. ``relaxed``: others named as objects, before any word that joins
    another clause ("Draper meanwhile wrapped up his win in just over two hours, knocking out
    Radu Albot 6-1, 6-4, 6-3." introduces Draper, whose words the next paragraphs quote; real
    news, the i), and an article and a description before the name ("Der Trierer
    Politikwissenschaftler Uwe Jun stellt dem Ausschuss insgesamt ein gutes Zeugnis aus. "Die
    Gespräche waren ..."; real news, tagesschau) count too."""
    if unit.cues.attributed or unit.cues.quotes or unit.start != 0:
        return None
    folded = normalize_name(unit.sentence.text)
    opening = _opening_people(folded, actors, described=relaxed)
    # (one person only: "Patrick Dury (LCGB) verschwindet ..., während Nora Back (OGBL) ...
    # läuft" introduces neither; real news, Tageblatt); relaxed, only from the first word that
    # may join another clause on
    scope = folded
    if relaxed:
        joined = _JOINS_A_CLAUSE.search(folded)
        scope = folded[joined.start() :] if joined is not None else ""
    others = [a for a in actors if a.kind == "person" and a not in opening and mentioned(a, scope)]
    return opening[0] if len({a.id for a in opening}) == 1 and not others else None


_JOINS_A_CLAUSE = re.compile(
    r"(?<!\w)(?:and|or|but|while|whereas|und|oder|aber|doch|während|wohingegen|et|ou|mais|"
    r"tandis|e|o|ma|mentre|y|pero|mientras)(?!\w)|;"
)
"""A word (folded) that may join another clause, with a subject of its own, to a sentence."""


QUOTED_WORDS = 4
"""Fewest words of a quotation that is someone's words, not a term (see
:func:`_quoting_subject`)."""


def _words_quoted(quotation: str) -> bool:
    """Whether ``quotation`` is someone's words: at least :data:`QUOTED_WORDS` words, most in
    lower case (not a title: 'Trump signed the "One Big Beautiful Bill Act"')."""
    words = quotation.split()
    return len(words) >= QUOTED_WORDS and sum(w[:1].islower() for w in words) * 2 >= len(words)


_NOT_THEIR_WORDS = re.compile(
    r"(?<!\w)(?:(?:was|were|is|are|been|being|get|got)\s+(?:\w+ly\s+)?\w+ed|whom|who|which|by)"
    r"(?!\w)",
    re.IGNORECASE,
)
"""Before a quotation: a passive, a relative clause or an agent, whose words it may be."""


def _quoting_subject(unit: _Unit, actors: Sequence[ActorRecord]) -> ActorRecord | None:
    """The one person a sentence with no verb of saying (one that names someone) opens with,
    as its subject, when it quotes someone's words (:func:`_words_quoted`) that do not name
    them, and names no other person outside its quotations; else ``None``."""
    text = unit.sentence.text
    quotes = unit.cues.quotes
    if (
        unit.start != 0
        or unit.cues.anonymity
        or not any(_words_quoted(text[a:b]) for a, b in quotes)
        or not all(names_no_one(word) for word in unit.cues.reporting)
    ):
        return None
    own = normalize_name(blank_spans(text, quotes))
    opening = _opening_people(own, actors)
    if len({a.id for a in opening}) != 1:
        return None
    subject = opening[0]
    first_quote = min(a for a, _ in quotes)
    if _NOT_THEIR_WORDS.search(text[:first_quote]):
        # others' words about them: 'Boris Johnson was accused of "lying ..." by MPs',
        # '..., whom critics call "a danger ..."', 'signed the bill, which Republicans called
        # "a gift ..."'
        return None
    inside = " ".join(text[a:b] for a, b in quotes)
    # (not a "person" named only inside a body's name: "Financial Crime Prevention" of "the
    # Financial Crime Prevention agency", which a small model listed)
    others = [
        a
        for a in actors
        if a.kind == "person"
        and a is not subject
        and mentioned(a, own)
        and not named_only_inside(a, actors, own)
    ]
    return None if others or mentioned(subject, inside) else subject


def _example_words(question: str, written: str, article: str) -> list[str]:
    """The words of the worked example's story (:data:`EXAMPLE_WORDS`) that ``question`` asks
    of and the (folded) ``written`` words of the article and its statements do not hold, when
    they are two or more, or one of its names; or one of the example's actors with a name of
    its own (in the plural too) that the (folded) ``article`` itself does not name ("What
    should the regional tourism board have done?" of a German article on espionage; real
    news, Correctiv; not "the police officer", whom any article may have in other words: "a
    policeman", "ein Polizist"; a review); else none."""
    folded = normalize_name(question)
    actors = [
        actor
        for actor in _EXAMPLE_ACTORS_FOLDED
        if re.search(rf"(?<!\w){re.escape(actor)}s?(?!\w)", folded)
        and not re.search(rf"(?<!\w){re.escape(actor)}", article)
    ]
    if actors:
        return actors
    words = set(re.findall(r"[^\W\d_]+", folded))
    found = [w for w in words if w in EXAMPLE_WORDS and not re.search(rf"(?<!\w){w}", written)]
    return found if len(found) >= 2 or EXAMPLE_NAMES.intersection(found) else []


_EXAMPLE_ACTORS_FOLDED = tuple(
    normalize_name(actor) for actor in EXAMPLE_ACTORS if actor != "police officer"
)
"""The worked example's actors with names of their own, folded ("regional tourism board")."""


_CLOSING_MARK = re.compile(r"[”»]|(?<=\S)\"|(?<=[\w.,!?])“")
"""A closing quotation mark: ” », a straight one after a character, a German “ after a word."""


def _named_on_its_own(actor: ActorRecord, text: str) -> bool:
    """Whether ``text`` names ``actor`` by the full name, or by a shorter form (a surname) that
    no other capitalised word opens as another's name ("his wife, Mary Smith" does not name
    John Smith)."""
    if not mentioned(actor, text):
        return False
    if mentioned(replace(actor, forms={normalize_name(actor.name)}), text):
        return True
    # (folded as the forms are, accents off: "Peña" is "pena", "Strauß" "strauss"; each
    # position of the folded text kept back to the text's)
    bare, at = "", []
    for k, ch in enumerate(text):
        plain = normalize_name(ch) if ch.strip() else ch
        bare += plain
        at += [k] * len(plain)
    for form in actor.forms:
        for found in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", bare, re.IGNORECASE):
            before = text[: at[found.start()]].split()
            if not before or not before[-1][:1].isupper() or before[-1].endswith((",", ".")):
                return True
    return False


def _left_open(paragraph: str) -> bool:
    """Whether ``paragraph`` opens with a quotation mark and leaves its quotation open."""
    return opens_quotation(paragraph) and quotation_left_open(paragraph)


def _give(
    unit: _Unit, source: ActorRecord | str, why: str, notes: list[str], called: str = ""
) -> None:
    """Make ``source`` (an actor, or the option :data:`DOCUMENT` or :data:`ARTICLE_ITSELF`)
    the unit's source, and say in ``notes`` which source it replaces and ``why``."""
    old = unit.source.name if unit.source is not None else unit.source_option
    new = source.name if isinstance(source, ActorRecord) else source
    notes.append(
        f"sentence {unit.sentence.number}: source {old!r} replaced by {called}{new!r}{why}"
    )
    if isinstance(source, ActorRecord):
        unit.source, unit.source_option = source, source.option()
    else:
        unit.source, unit.source_option = None, source


SPEAKER_AFTER_VERB_WORDS = 4
"""Words after a verb of saying within which an inverted speaker stands ("said a senior
official at the ministry")."""


def _noun_subject_of(unit: _Unit, actors: Sequence[ActorRecord], before: str) -> ActorRecord | None:
    """The body an English sentence that opens "In its <document>, ..." names by a noun as
    the subject of its verb of saying ("In its final report on Thursday, the institute
    revealed that ..."): the one body whose role ends in that noun ("independent research
    institute") and that ``before``, the sentence before, names; else ``None`` (not "the
    group" for any group named anywhere, nor "the ministry" for a ministry's institute; a
    review)."""
    verb = _first_verb(unit)
    if verb is None:
        return None
    text = unit.sentence.text
    subject = _NOUN_SUBJECT.search(text, 0, verb[0])
    if subject is None or not _OWN_DOCUMENT.match(text, 0, subject.start()):
        return None
    noun = subject.group("noun").casefold()
    bodies = [
        actor
        for actor in actors
        if actor.kind in ("organization", "government", "group")
        and re.findall(r"\w+", actor.role.casefold())[-1:] == [noun]
    ]
    if len(bodies) != 1 or not mentioned(bodies[0], before):
        return None
    return bodies[0]


_OWN_ACCOUNT = re.compile(
    rf"(?:{ACCORDING_WORDS.pattern})\s+(?:his|her|its|their|sein\w*|ihr\w*|son|sa|ses|"
    r"leur|leurs|su|sus|suo|sua)(?!\w)"
    # (or a pronoun in its words: "according to a letter he sent to staff"; a review)
    rf"|(?:{ACCORDING_WORDS.pattern})(?:\s+[\w'’-]+){{1,4}}?\s+(?:he|she|they|er|sie)\s",
    re.IGNORECASE,
)
"""An "according to" whose document a pronoun gives to the one it stands for."""
_NOUN_SUBJECT = re.compile(r",\s*the\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]{3,})\s+$")
"""A subject of "the", a noun and at most one word before it, closing the opening phrase."""
_OWN_DOCUMENT = re.compile(r"\W*in\s+(?:its|their)\s", re.IGNORECASE)
"""An English opening "In its ..." that names the document as its subject's own."""


_UNNAMED_OPENING_WORD = re.compile(
    r"(?:The|A|An|Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Le|La|Les|Il|Lo|El|Los|Las|Un|Une|Una|"
    r"This|That|These|Those|Dieser|Diese|Dieses|Auch|Doch|Aber|Und|But|And|In|Im|Am|On|At|Für|"
    r"For|Nach|Laut|Zudem|Dabei|Damit|Dass|Wie|Als|When|While|After|Before)\s"
)
"""Words that open a sentence before its subject, or a noun's article: no person's given name."""
_BOSS = re.compile(r"^(?:[a-zäöü]\w*\s+)?(?:Chef|Chefin|Geschäftsführer|Geschäftsführerin)$")
"""A German word for a boss alone as a described speaker ("der junge Chef"; not "der
AfD-Chef", whose compound says of what)."""


def _titled_boss(person: ActorRecord, text: str) -> bool:
    """Whether the model's role or ``text`` makes ``person`` a boss ("Geschäftsführer Kevin
    Holland-Moritz", "Schlachter-Chef Holland-Moritz", "Apple-CEO Tim Cook", a role
    "Geschäftsführer" or "chief executive")."""
    boss = (
        r"(?:[\w-]*(?:chef|chefin|ceo)|geschäftsführer(?:in)?|inhaber(?:in)?|leiter(?:in)?|"
        r"direktor(?:in)?|vorsitzende[r]?|vorstand|chief|boss|head|director|manager)"
    )
    if re.search(rf"(?<!\w){boss}(?!\w)", person.role, re.IGNORECASE):
        return True
    surname = re.escape(person.name.split()[-1])
    return (
        re.search(rf"(?<!\w){boss}\s+(?:[A-ZÄÖÜ][\w-]*\s+){{0,2}}{surname}(?!\w)", text, re.I)
        is not None
    )


def _describes_a_listed_person(name: str, actors: Sequence[ActorRecord], text: str) -> bool:
    """Whether ``text`` writes ``name`` only in an apposition that describes a listed person as
    one of them ("Eric Reeves, one of the leading American academic voices on Sudan, said
    ..."; real news, the New York Times: listed as an organisation)."""
    # (only a phrase of people, "voices on Sudan": not a body's name, "Hamas" of "one of the
    # leaders of Hamas"; a review)
    if not re.search(r"\s(?-i:[a-z]+s)\s+(?:on|in|of|from|at|for)\s", name):
        return False
    forms = "|".join(
        re.escape(form)
        for person in actors
        if person.kind == "person"
        for form in sorted(person.forms, key=len, reverse=True)
        if len(form) > 3
    )
    found = list(re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text))
    return bool(forms and found) and all(
        re.search(
            rf"(?i)(?<!\w)(?:{forms}),\s+(?:one\s+of\s+(?:the\s+)?)(?:[\w'’-]+\s+){{0,3}}$",
            text[: m.start()],
        )
        for m in found
    )


def _reported_only(unnamed: ActorRecord, unit: _Unit) -> bool:
    """Whether an unnamed actor stands in the sentence only in what is reported, after its
    first verb of saying, where the unnamed words the sentence names its source by stand
    before that verb ("Analysts said good relations with Sudan could give the Sudanese
    government incentives ..."; real news, the New York Times: the model had listed "Sudanese
    government" as unnamed, and it took the analysts' words)."""
    verb = _first_verb(unit)
    text = unit.sentence.text
    if verb is None:
        return False
    at = _find(unnamed.name, text)
    if at <= verb[1]:
        return False
    # (not right after the verb, where the speaker of an inverted tag stands: "Two officials
    # were detained, said a security source."; a review)
    between = text[verb[1] : at]
    inverted = re.fullmatch(r"\s*(?:[\w'’-]+\s+){0,3}", between) is not None and not re.search(
        r"(?i)\b(?:that|dass|que|che|whether|if|ob)\b", between
    )
    return (
        not inverted
        # (not one cited: "US-Medien berichteten unter Berufung auf Geheimdienstkreise ...";
        # real news, t-online)
        and not cited_before(text, at)
        and any(
            0 <= (said := _find(words, text)) < verb[0]
            and not any(start <= said < end for start, end in unit.cues.quotes)
            for words in unit.cues.anonymity
        )
    )


def _first_verb(unit: _Unit) -> tuple[int, int] | None:
    """Where the sentence's first verb of saying outside its quotations stands."""
    verbs = verbs_outside_quotes(unit.sentence.text, unit.cues)
    return verbs[0] if verbs else None


_GERMAN_NOUN_SPEAKS = re.compile(
    r"\W*(?:(?:Auch|Zudem|Dabei|Nun|Jetzt)\s+)?(?:(?:Das|Der|Die)\s+(?P<noun>(?-i:[A-ZÄÖÜ])[a-zäöüß]{3,})"
    r"\s+$|Dem\s+(?P<owner>(?-i:[A-ZÄÖÜ])[a-zäöüß]{3,})\s+$)"
)
"""The opening of a German sentence before its verb of saying: a body named by its noun as
the subject ("Das Gericht entschied, ...") or before "zufolge" ("Dem Gericht zufolge ...")."""


_GERMAN_BODY_NOUNS = frozenset(
    {"gericht", "ministerium", "behörde", "amt", "kommission", "staatsanwaltschaft", "verband",
     "konzern", "unternehmen", "partei", "regierung", "polizei", "bank", "agentur"}
)  # fmt: skip
"""German nouns by which an article names again a body whose name ends in them
("Landgericht", "Bundesgesundheitsministerium")."""


def _heads_one_body(noun: str, actors: Sequence[ActorRecord]) -> ActorRecord | None:
    """The one listed body whose name has a longer word ending in the German ``noun``
    ("Landgericht München I" of "Gericht"), else ``None``."""
    folded = noun.casefold()
    if " " in folded or len(folded) < 4:
        return None
    bodies = [
        actor
        for actor in actors
        if actor.kind in ("organization", "government", "group")
        and any(
            word.casefold().endswith(folded) and word.casefold() != folded
            for word in actor.name.split()
        )
    ]
    return bodies[0] if len(bodies) == 1 else None


def _names_again(noun: str, actors: Sequence[ActorRecord]) -> bool:
    """Whether the German ``noun`` names again the one listed body whose name of two words or
    more ends a word in it ("Gericht" of "Landgericht München I"); not one whose name is that
    word alone ("Sicherheitsrat" beside "UN-Sicherheitsrat", which may be left out as a place;
    the recorded pages)."""
    body = _heads_one_body(noun, actors)
    return body is not None and len(body.name.split()) >= 2


def _german_body_by_its_noun(
    unit: _Unit, actors: Sequence[ActorRecord], before: str
) -> ActorRecord | None:
    """The one listed body whose name ends a word in the noun by which a German sentence names
    its speaker ("Das Gericht entschied, dass ...", "Dem Gericht zufolge drohen ..." of
    "Landgericht München I"; real news, Golem: both given to a patent listed as a body), and
    that the article named ``before``; else ``None`` (not two such bodies, nor a noun no body's
    name ends in: "Das Unternehmen" of two companies)."""
    verb = _first_verb(unit)
    if verb is None:
        return None
    text = unit.sentence.text
    found = _GERMAN_NOUN_SPEAKS.match(text[: verb[0]])
    if found is None or (found.group("owner") and text[verb[0] : verb[1]] != "zufolge"):
        return None
    noun = found.group("noun") or found.group("owner")
    if noun.casefold() not in _GERMAN_BODY_NOUNS:
        return None  # (not "Die Kammer" of the Ärztekammer, "Die Stadt" of Ingolstadt)
    body = _heads_one_body(noun, actors)
    if body is None:
        return None
    # the last body of that noun named before it: no other word with the noun, nor an
    # abbreviation, since ("Der Bundesgerichtshof hob das Urteil auf. Das Gericht ...", "Das
    # OLG München bestätigte ..."; a review)
    heads = [w for w in body.name.split() if w.casefold().endswith(noun.casefold())]
    last = max(
        (m.end() for w in heads for m in re.finditer(rf"(?<!\w){re.escape(w)}", before, re.I)),
        default=-1,
    )
    since = before[last:]
    if (
        last < 0
        or re.search(rf"\w{re.escape(noun)}", since, re.IGNORECASE)
        # (an abbreviation of such a body: "OLG", "BGH" for a court; not "FRAND", "LTE-Netze")
        or any(
            noun[0].upper() in m.group()
            for m in re.finditer(r"(?<!\w)(?-i:[A-ZÄÖÜ]{2,5})(?![\w-])", since)
        )
    ):
        return None
    return body


_IMPERSONAL_CLOSING = re.compile(
    swiss_spelling(
        r"(?:heißt|hieß)\s+es(?:\s+(?:weiter|darin|dazu|außerdem|zudem|ferner|auch|noch))?"
        r"\s*[.!]?\s*$"
    )
)
"""A German impersonal verb of saying that closes a sentence ("„...“, hieß es.")."""


_COUNTRY_PEOPLE = re.compile(
    r"[A-Z]{2,4}-(?:Aufseher|Ermittler|Diplomaten|Medien|Behörden|Politiker|Experten|Beamte|"
    r"Beamten|Soldaten|Truppen|Senatoren|Abgeordneten|Vertreter|Kreise|Quellen|Militärs|"
    r"Geheimdienste|Regulierer|Unterhändler|Offizielle|Beobachter)"
)
"""A German compound of a country's initials and people in the plural ("US-Aufseher",
"EU-Diplomaten", "US-Medien"): people the article does not name."""


def _authored_by(sentence: str, actor: ActorRecord) -> bool:
    """Whether ``sentence`` cites the research, the study or the report of ``actor`` by
    "according to" ("according to research by the Migration Policy Institute"; "A report by the
    Marlow Council says" stays the document's)."""
    cited = re.search(r"(?<!\w)according\s+to\s+(?P<phrase>[^,.;:]{1,100})", sentence, re.I)
    if cited is None:
        return False
    # (not what was studied: "a survey of Amazon warehouse workers"; a review; nor who obtained
    # or uses it: "an August 2025 slideshow obtained by the Ottawa Citizen", "new modelling
    # that minister Chris Bowen will use")
    phrase = re.sub(
        r"\s(?:of|on|into|about|obtained|seen|reviewed|leaked|that|which|who)\s.*$",
        "",
        cited.group("phrase"),
    )
    # its author by any of its names ("research by scientists at Harvard", "MIT research"),
    # or by a word of its name that is no body's head ("research from Pew" for the Pew Research
    # Center, "the latest research by Brookings"); not papers kept of it ("according to the
    # court documents"; real news, the Gateway Pundit: the court's, the model's pick)
    if mentioned(actor, phrase):
        return not named_only_for_its_papers(actor, phrase)
    # (not a people's adjective: "according to Palestinian tallies" is no count of the
    # Palestinian Dialogue Group in Turkey; real news, CBC)
    own = {
        w
        for w in re.findall(r"[A-Z][\w&'-]{2,}", actor.name)
        if w.casefold() not in _AUTHOR_HEADS and not is_nationality(w) and not is_place_adjective(w)
    }
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", phrase) for w in own)


_AUTHOR_HEADS = frozenset(
    {"university", "institute", "institution", "center", "centre", "research", "bank",
     "federal", "reserve", "national", "american", "british", "new", "the", "of", "for",
     "foundation", "council", "association", "department", "ministry", "office", "agency",
     "college", "school", "group", "company", "corporation", "inc", "ltd"}
)  # fmt: skip
"""Words of a body's name that many bodies share: no sign of which one wrote a document."""


def _quotes_only_terms(unit: _Unit) -> bool:
    """Whether ``unit`` has no verb of saying and quotes only terms, of
    :data:`QUOTED_TERM_WORDS` words or fewer: no one's words, whoever the model gave it to."""
    said = unit.sentence.text
    return (
        not unit.cues.reporting
        and bool(unit.cues.quotes)
        and all(len(said[a:b].split()) <= QUOTED_TERM_WORDS for a, b in unit.cues.quotes)
    )


def _quotes_only_names(unit: _Unit) -> bool:
    """Whether every quotation of ``unit``'s sentence (if any) is a name: of
    :data:`QUOTED_TERM_WORDS` words or fewer, none in lower case ('Der Tanker "Marinera",
    zuvor "Bella 1", ...'; real news, t-online), not what someone said ('„reiner Terror“'; a
    review)."""
    said = unit.sentence.text
    return all(
        len(said[a:b].split()) <= QUOTED_TERM_WORDS
        and not any(w[:1].islower() for w in said[a:b].strip(" \"'„“”«»‚‘’").split())
        for a, b in unit.cues.quotes
    )


def _opened_by_another(unit: _Unit, people: Sequence[ActorRecord]) -> bool:
    """Whether ``unit``'s sentence opens with a person of ``people`` other than its source,
    and names its source only as whom it is about, not as whose view it gives ("Scholz mag den
    Plan loben – für Friedrich Merz ist er „Unsinn“" is Merz's view; a review)."""
    text = unit.sentence.text
    opening = " ".join(text.split()[:3])
    source = unit.source
    if source is not None and re.search(
        rf"(?<!\w)(?:für|for)\s+(?:\w+\s+)?{re.escape(source.name)}", text, re.IGNORECASE
    ):
        return False
    return any(a.kind == "person" and a is not source and named_by_name(a, opening) for a in people)


CLOSING_CLAUSE_WORDS = 5
"""Most words of the subject of a clause of saying that closes a sentence after a comma."""


def _closing_clause(
    text: str, verbs: Sequence[tuple[int, int]], marks: Sequence[str]
) -> tuple[int, str]:
    """Where the last of ``marks`` before the last verb of saying stands (-1 if none), and the
    words between it and that verb: the subject of a clause of saying that closes the sentence
    (", engineer Tom Ray" of ", engineer Tom Ray told the BBC.")."""
    start = verbs[-1][0]
    close = max(text.rfind(mark, 0, start) for mark in marks)
    return close, text[close + 1 : start] if close >= 0 else ""


def _named_closing_clause(unit: _Unit, actors: Sequence[ActorRecord]) -> bool:
    """Whether the sentence closes with a second clause of saying, after a comma, whose few
    words before its verb name an actor (", engineer Tom Ray told the BBC.", ", analysts at
    Morgan Stanley wrote.")."""
    text = unit.sentence.text
    verbs = verbs_outside_quotes(text, unit.cues)
    if len(verbs) < 2:
        return False
    comma, clause = _closing_clause(text, verbs, (",",))
    if comma < verbs[0][1]:
        return False
    words = clause.split()
    # (a main clause: not "..., woraufhin Voigt auf ein Video verweist.")
    return (
        0 < len(words) <= CLOSING_CLAUSE_WORDS
        and words[0].casefold() not in _SUBORDINATORS
        # (a medium that relays closes one too: "He said the deal was dead, Reuters reported."
        # keeps the model's pick, where the pronoun, whose gender the rules seldom know, would
        # go to the one named before; the reviews of 5146f54 and ff6003c)
        and any(mentioned(actor, clause) for actor in actors)
    )


_SUBORDINATORS = frozenset(
    {"who", "which", "that", "while", "as", "when", "after", "before", "because", "since",
     "whereupon", "where", "if", "although", "der", "die", "das", "woraufhin", "während",
     "als", "wenn", "weil", "nachdem", "bevor", "obwohl", "dass", "wie", "wo", "qui", "que",
     "quand", "che", "quando", "mentre", "cuando", "mientras"}
)  # fmt: skip
"""Words that open a subordinate clause, folded."""


_CITES_A_TERM = re.compile(
    r"(?<!\w)(?:according\s+to|citing|quoting|per|from|by|of|among|to)\s*$", re.IGNORECASE
)
"""Words right before a quoted term that cite it ('according to "people familiar ..."')."""
_SPOKEN_END = re.compile(r"[,.!?…]\W?$")
"""The end of a quotation of speech: its punctuation inside the closing mark (",”")."""


def _unnamed_speaks(unit: _Unit) -> bool:
    """Whether the sentence's unnamed source stands where a speaker does: before its first verb
    of saying, right after it ("..., said a senior official"), or after a word that cites it
    ("citing people familiar with the talks"); not in what is reported ("Tunisian Prime
    Minister Habib Essid said that ... a local museum worker and a security official were
    killed"; real news, the Washington Post, where the official is a victim)."""
    verb = _first_verb(unit)
    text = unit.sentence.text
    if verb is None:
        # (not where the sentence only quotes a term and names them after it: "The story
        # portrayed him as an "international moneyman of mystery," who ... puzzled Wall Street
        # insiders ..."; real news, Nine News: the insiders it names were made its source;
        # "Wetter-Experten bezeichnen solche Phänomene ... als „meteorologische
        # Singularität“" stays theirs)
        if not unit.cues.quotes or unit.cues.quoted_share(text) >= QUOTED_SHARE_SPOKEN:
            return True
        # ("in the eyes of many insiders", "Von „Chaos“ ist in Regierungskreisen die Rede" stay
        # theirs; a review)
        last_quote = max(b for _, b in unit.cues.quotes)
        relative = _RELATIVE_AFTER.search(text, max(last_quote - 1, 0))
        return relative is None or not any(
            _find(words, text) > relative.start() for words in unit.cues.anonymity
        )
    after = text[verb[1] :].split()
    reach = verb[1] + len(" ".join(after[:SPEAKER_AFTER_VERB_WORDS])) + 1
    for words in unit.cues.anonymity:
        at = _find(words, text)
        if any(
            start <= at < end
            and _SPOKEN_END.search(text[start:end])
            # (not a term after words that cite it: '... according to "people familiar with
            # the matter."', American punctuation inside it; a review)
            and not _CITES_A_TERM.search(text[:start])
            for start, end in unit.cues.quotes
        ):
            # what the one quoted says of them, not who speaks ("“Locals told me they saw a
            # huge ball of fire,” Dar said from the crash site."; real news, National Post:
            # given to "Locals"); not a term quoted ("en évoquant une « source proche du
            # dossier »")
            continue
        if 0 <= at < reach or cited_before(text, at):
            return True
    return False


_HEADLINE_ANNOUNCER = re.compile(
    r"^(?P<subject>(?:[A-Z][\w.'’-]*\s+){0,2}?(?P<title>President|Prime\s+Minister|Chancellor|"
    r"Minister|King|Queen|Pope|Governor|Mayor)(?:\s+[A-Z][\w.'’-]*){0,3}?)\s+"
    r"(?:Announces|Declares|Names|Orders|Approves|Signs|Proclaims|Unveils|Sets)\b"
)
"""An English headline whose subject is an office that announces or decides ("US President
Announces June 15 as Veteran's Day")."""


def _unlisted_announcer(part: str, actors: Sequence[ActorRecord]) -> str | None:
    """The office a headline has announce or decide something when no actor holds it or is
    named in its subject ("US President Announces June 15 as Veteran's Day" of an article in
    which the Bundestag declared the day and a US president only lays a wreath; real news,
    junge Welt), else ``None``: the small model put the decision in another's mouth."""
    found = _HEADLINE_ANNOUNCER.match(part)
    if found is None:
        return None
    title = " ".join(found.group("title").split()).casefold()
    if any(
        title in f"{a.name} {a.role}".casefold()
        or title in a.titles
        or mentioned(a, found.group("subject"))
        for a in actors
    ):
        return None
    return found.group("subject")


def _document_before_verb(unit: _Unit) -> bool:
    """Whether the sentence names its document before its first verb of saying, where a
    report is the subject ("A report by the agency says ..."), not after it, where it is
    what the speaker speaks about ("Der republikanische Senator Jeff Sessions aus Alabama
    sagte in einer ersten Stellungnahme zu dem internen Bericht ..."; real news,
    derStandard)."""
    verb = _first_verb(unit)
    if verb is None:
        return True
    # (not one named inside a quotation: "“... given the volatility in the Labour Force Survey,
    # it’s difficult to have much confidence ...,” said Mendes."; real news, the Financial
    # Post: the model's pick, a document, kept his words)
    return any(
        0 <= (at := _find(d, unit.sentence.text)) < verb[0]
        and not any(a <= at < b for a, b in unit.cues.quotes)
        for d in unit.cues.documents
    )


def _find(words: str, text: str) -> int:
    """Where ``words`` first stand in ``text``, whatever their case (-1 if nowhere); offsets of
    ``text`` itself ("ß" casefolds to two letters)."""
    found = re.search(re.escape(words), text, re.IGNORECASE)
    return found.start() if found else -1


_MEDIUM_NOUN = re.compile(
    rf"(?<!\w)(?:{MEDIUM_NOUNS}|paper|network|sito|site|agenzia|agencia|agence)(?!\w)",
    re.IGNORECASE,
)
"""A medium described, not named, anywhere in a sentence ("il quotidiano newyorkese")."""


def _spoken(unit: _Unit) -> str:
    """The unit's sentence with a dateline that opens it blanked out (offsets kept): the outlet
    in "Washington (CNN) -- Democrats pledged ..." filed the story, it does not pledge."""
    skip = dateline_end(unit.sentence)
    return " " * skip + unit.sentence.text[skip:]


_ACCORDING_TO_A_NAME = re.compile(
    # (an article, and nouns and adjectives, not a verb nor whom it was said to: "según declaró
    # a EFE", "selon des propos rapportés par La Provence" are the speaker's own; a review)
    r"\s+(?:(?!(?:a|al|con|en|à|au|aux|par|per|da|dal|dalla|de|del|di|du|des|ha|han|quanto|"
    r"que|qu|ce|lo)\s)(?![a-zà-ÿ]+(?:ó|ado|ada|ido|ida|é|ée|és|ato|ata|ito|ita)\s)"
    r"[a-zà-ÿ]+\s+){0,4}?(?-i:[A-ZÀ-ÖØ-Þ])[\w.-]+(?:\s+(?:de\s+la\s+|de\s+los\s+|de\s+|"
    r"del\s+|al\s+|der\s+|di\s+|du\s+)?(?-i:[A-ZÀ-ÖØ-Þ])[\w.-]+)*"
)
"""After "according to", an article, nouns and adjectives, and a name ("según el Comité para la
Protección de los Periodistas")."""


_GERMAN_CITED = re.compile(
    r"(?<!\w)(?:laut|nach\s+(?:Angaben|Schätzungen|Informationen|Darstellung|Erkenntnissen|"
    r"Berechnungen|Zählungen?))\s+(?!(?:eigenen|eigener|seinen|seiner|seinem|seines|ihren|ihrer|"
    r"ihrem|ihres|ihm|ihr|ihnen)(?!\w))(?P<who>(?:[\w-]+\s+){0,7}[\w-]+)",
    re.IGNORECASE,
)
"""A German sentence's "laut ..." or "nach Angaben ...", and the words it cites after it (not
"nach eigenen Angaben", the subject's own)."""
_GERMAN_CITED_ZUFOLGE = re.compile(
    r"(?<![\w-])(?P<who>(?:[\w-]+\s+){0,2}(?:[\w]+-)?(?:Medienberichten|Berichten|Medien|"
    r"Quellen|Kreisen|Informationen|Recherchen))\s+zufolge(?!\w)"
)
"""The reports a German "zufolge" cites, before it ("dass er sich spanischen Medienberichten
zufolge am Fuß verletzte"; real news, Zeit Online: given to a player the sentence does not
name); not a body ("dem spanischen Klub zufolge") nor an account of the one picked
("russischen Angaben zufolge" of a Russian ministry; a review)."""
_GERMAN_SAYING_PAST = (
    r"(?:sagte|sagten|mitteilte|mitteilten|berichtete|berichteten|erklärte|erklärten|meldete|"
    r"meldeten|bestätigte|bestätigten)"
)
_GERMAN_CITED_BY_WIE = re.compile(
    rf",\s+wie\s+(?P<who>(?:[\w-]+\s+){{0,6}}?[\w-]+)\s+{_GERMAN_SAYING_PAST}(?!\w)"
)
"""A German clause "wie ... sagten" and the words that name its speaker ("..., wie Mitarbeiter
des Al-Ahli-Spitals sagten."; real news, NZZ: Human Rights Watch, the model's pick, took it)."""
_GERMAN_SAID_BY_AFTER = re.compile(
    r",\s+(?:sagte|sagten|berichtete|berichteten|teilte|teilten|meldete|meldeten|erklärte|"
    r"erklärten)\s+(?:weiter\s+|zudem\s+|auch\s+|außerdem\s+|ausserdem\s+)?"
    r"(?P<who>(?:der|die|das)\s+(?:[\w-]+\s+){0,4}[\w-]+)(?:\s+mit)?\s*[.;!]?\s*$"
)
"""A German sentence closed by its verb of saying and the speaker after it ("..., berichtete
weiter die palästinensische Nachrichtenagentur Wafa."; real news, NZZ)."""
_GERMAN_BODY_REFERENCES = frozenset(
    {"organisation", "organisationen", "gruppe", "bewegung", "miliz", "verein", "vereins",
     "verband", "verbands"}
)  # fmt: skip
"""German nouns that name again a body of members named before ("teilte die Organisation weiter
mit"); an army, a ministry or a company is named again only by its own noun ("des Militärs" is
no rights group's; a review)."""
_NAMED_WORDS = re.compile(r"(?-i:[A-ZÄÖÜ])[\w-]*\s+(?:[\w-]+\s+)*?(?-i:[A-ZÄÖÜ])")
"""Two capitalised words: more than a noun that names again (German "die Organisation")."""
_IMPERSONAL_SOURCE = re.compile(
    swiss_spelling(
        r"(?<!\w)(?:heißt|hieß)\s+es\s+(?:in\s+(?:einer|der)\s+[\w-]+\s+)?"
        r"(?:des|der|von|vom|aus|aus\s+dem|aus\s+der)\s+(?P<who>(?:[\w-]+\s+){0,3}[\w-]+)"
    ),
    re.IGNORECASE,
)
"""Whom a German impersonal verb of saying has it from ("hiess es in einer Erklärung des
Verbands")."""
_CONTROLLED_BY = re.compile(r"(?<!\w)(?:kontrollierten|geführten|nahestehenden)(?!\w)")
"""A body another controls or leads ("des von der Hamas kontrollierten Gesundheitsministeriums")."""
_THREE_PART_NAME = re.compile(r"(?-i:[A-ZÄÖÜ])[\w]*-(?-i:[A-ZÄÖÜ])[\w]*-[\w]+")
"""A name of three hyphened parts ("Al-Ahli-Spitals")."""


def _names_another_source(words: str) -> bool:
    """Whether the words a German sentence cites surely name a source of their own: a
    country's adjective ("laut libanesischen Angaben", "die palästinensische
    Nachrichtenagentur Wafa"), a body another controls, or a name of three hyphened parts."""
    return bool(
        _CONTROLLED_BY.search(words)
        or _THREE_PART_NAME.search(words)
        # a name's own reports ("Abendblatt-Informationen zufolge"; real news, Hamburger
        # Abendblatt: the press officer took the paper's own findings)
        or _NAMES_REPORTS.search(words)
        or any(is_country(found.group(1), "de") for found in _COUNTRYS_BODY.finditer(words))
        or any(german_country_adjective(word) for word in words.split())
        # an office of a body, its holder ("Laut dem Gesundheitsdirektor des Kantons ..."; real
        # news, Salzburger Nachrichten: the municipal council the model picked took it), not
        # its spokesperson, who speaks for a body that may be the one picked
        or any(
            german_title(title.group(1))
            and "sprecher" not in title.group(1).casefold()
            # (the words cited, not a name further on: "Laut Polizeiangaben erlitt der
            # Bürgermeister der Gemeinde ..."; a review)
            and len(words[: title.start()].split()) <= 1
            for title in _TITLE_OF.finditer(words)
        )
    )


_NAMES_REPORTS = re.compile(r"(?-i:[A-ZÄÖÜ])[\w]+-(?:Informationen|Recherchen|Berichten)\b")
"""A German compound of a name and its reports ("Abendblatt-Informationen")."""
_TITLE_OF = re.compile(r"(?<!\w)((?-i:[A-ZÄÖÜ])[\w-]+)\s+(?:des|der)\s+(?-i:[A-ZÄÖÜ])")
"""A capitalised word and the genitive of whose it is ("Gesundheitsdirektor des Kantons")."""


_COUNTRYS_BODY = re.compile(
    r"(?<!\w)((?-i:[A-Z]{2,3}))-[\w]*(?:kommandos?|ministeriums?|militärs?|regierung|behörden?|"
    r"armee|streitkräfte|marine|küstenwache|geheimdienst(?:es|s)?)(?!\w)",
    re.IGNORECASE,
)
"""A body of a country by its initials ("des US-Europakommandos", "der US-Küstenwache")."""


_SAME_BODY_NOUNS = {
    "militar": ("armee", "streitkrafte"),
    "armee": ("militar", "streitkrafte"),
    "streitkrafte": ("armee", "militar"),
}
"""German nouns that name one body two ways ("des israelischen Militärs", "Israels Armee"),
folded as the words they are looked up by."""


def _may_name(words: str, actor: ActorRecord) -> bool:
    """Whether a word of ``words`` may name ``actor``: a noun of five letters or more in its
    name or role, or they in it ("Behörde" and "Gesundheitsbehörde"), a genitive's "s" aside,
    or an army's other noun ("Militär" for "Armee"); a country's initials its name opens with
    ("des US-Militärs" for the USA); or, for a body, a noun for a body of members ("die
    Organisation")."""
    own = normalize_name(f"{actor.name} {actor.role}")
    for word in normalize_name(words).split():
        initials = re.match(r"([a-z]{2,4})-", word)
        name = normalize_name(actor.name)
        if initials is not None and name.startswith(initials.group(1)):
            # "des US-Militärs" for the USA, or for its "US-Armee"; not another of its bodies
            # ("des US-Europakommandos" is not the listed "US-Finanzministerium"; real news,
            # t-online)
            rest = name[len(initials.group(1)) :]
            body = word[initials.end() :]
            body = body.removesuffix("s") if len(body) > 5 else body
            if not rest.startswith("-") or rest[1:] in (body, *_SAME_BODY_NOUNS.get(body, ())):
                return True
        if actor.kind != "person" and word in _GERMAN_BODY_REFERENCES:
            return True  # "teilte die Organisation weiter mit" after HRW's words
        stem = word.removesuffix("s") if len(word) > 5 else word
        if len(stem) < 5:
            continue
        for form in (stem, *_SAME_BODY_NOUNS.get(stem, ())):
            if form in own or any(len(w) >= 5 and w in form for w in own.split()):
                return True
    return False


_GERMAN_SAME_OFFICES = (
    ("präsident", "staatspräsident", "bundespräsident", "staatschef", "staatsoberhaupt"),
    ("kanzler", "bundeskanzler", "regierungschef", "premierminister", "premier",
     "ministerpräsident"),
)  # fmt: skip
"""German titles of one office ("der Staatschef" for "der Präsident")."""
_GERMAN_CITED_TITLE = re.compile(
    r"\s*(?:(?:der|die|das|dem|den|des)\s+)?"
    r"(?:(?P<adjective>[a-zäöüß]{3,}?(?:ensisch|esisch|isch))(?:en|e|er|em|es)?\s+)?"
    r"(?:(?P<initials>(?-i:[A-Z]{2,3}))-)?(?P<title>(?-i:[A-ZÄÖÜ])[^\W\d]+)(?!\w)"
)
"""The title that heads the words a German sentence cites, with its country's adjective or
initials ("dem ukrainischen Staatschef", "des US-Präsidenten"); not one after another word
("einem Berater des ukrainischen Präsidenten", "dem früheren ukrainischen Präsidenten")."""
_GERMAN_FORMER = re.compile(r"(?:fruher|ehemalig|einstig|designiert|stellvertretend|vorig)\w*\s+$")
"""A word for a former holder before a title, folded ("der frühere ukrainische Präsident")."""


def _office_of(title: str) -> tuple[str, ...]:
    """The German titles of the office ``title`` names, its case's ending aside ("Präsidenten",
    "Staatsoberhaupts"), folded; ``()`` for no title."""
    folded = normalize_name(title)
    offices = [tuple(normalize_name(t) for t in group) for group in _GERMAN_SAME_OFFICES]
    for ending in ("", "en", "es", "n", "s"):
        base = folded.removesuffix(ending) if ending else folded
        if ending and base == folded:
            continue
        group = next((g for g in offices if base in g), None)
        if group is not None:
            return group
        if german_title(title[:1] + base[1:]):
            return (base,)
    return ()


def _titles_the_pick(words: str, picked: ActorRecord, text: str) -> bool:
    """Whether the words a German sentence cites open with a title the article gives the
    person picked right before their name, of the same country where they say one ("Laut dem
    ukrainischen Staatschef" where the article writes "Der ukrainische Präsident Wolodymyr
    Selenskyj", "Russlands Präsident", "US-Präsident" for "des amerikanischen Präsidenten"):
    not another country's, nor another office ("dem ukrainischen Außenminister"), nor a
    former holder on either side ("dem früheren ukrainischen Präsidenten"; a review)."""
    found = _GERMAN_CITED_TITLE.match(words)
    if (
        picked.kind != "person"
        or found is None
        # an office of a body ("Laut dem Präsidenten der ukrainischen Nationalbank"; a review)
        or re.match(r"\s+(?:der|des)\s", words[found.end() :], re.IGNORECASE)
    ):
        return False
    offices = _office_of(found.group("title"))
    if not offices:
        return False
    countries = []
    adjective, initials = found.group("adjective"), found.group("initials")
    if adjective:
        stem = re.sub(r"(?:ensisch|esisch|isch)$", "", normalize_name(adjective))
        countries.append(rf"{re.escape(stem)}\w*\s+")
        if stem.startswith("amerikan"):
            countries.append(r"us-")
    if initials:
        countries.append(rf"{re.escape(initials.casefold())}-")
        if initials == "US":
            countries.append(r"amerikan\w*\s+")
    country = f"(?:{'|'.join(countries)})" if countries else ""
    title = rf"(?:{'|'.join(re.escape(o) for o in offices)})(?:in)?(?:en|es|n|s)?"
    folded = normalize_name(text)
    *given, surname = normalize_name(picked.name).split() or [""]
    for form in {normalize_name(picked.name), surname}:
        # (only a given name between: "Der russische Präsident beschimpfte Wolodymyr
        # Selenskyj" titles no Selenskyj; a review)
        pattern = rf"(?<![\w-]){country}{title}\s+(?:[^\W\d]+\s+)?{re.escape(form)}(?!\w)"
        for match in re.finditer(pattern, folded):
            between = folded[match.start() : match.end() - len(form)].split()[1:]
            if between and between[-1] not in given:
                continue
            if not _GERMAN_FORMER.search(folded[: match.start()]):
                return True
    return False


def _cites_someone_else(
    unit: _Unit,
    picked: ActorRecord,
    actors: Sequence[ActorRecord],
    source_language: str,
    text: str,
) -> bool:
    """Whether ``unit``, which does not name ``picked``, gives its facts according to someone
    else, by the rules of its language.

    French, Italian, Spanish and Portuguese: a person picked, the sentence's "según ..."
    naming no actor (not past a verb: "Según confirmó a EFE Zaher al Waheidi, ..." stays the
    pick's, as "según declaró a EFE" is the speaker's own; nor a body picked, which may be
    described there, "Según informó la agencia EFE, citando a la Consejería de Educación, ...",
    gold school-roof; nor the dropped subject of a verb of saying, "Añadió que habrá nuevas
    sanciones, según Reuters."; reviews). English capitalises titles ("according to the
    President") and is left out.

    German, which capitalises every noun ("Laut Feuerwehrangaben" names no one new): any actor
    picked, where the words the sentence cites ("laut ...", "nach Angaben ...", ", wie ...
    sagten", a speaker closing it after the verb) surely name a source of their own (see
    :func:`_names_another_source`) and may not name the one picked ("laut der Behörde" for the
    listed "Gesundheitsbehörde"; not "laut dem Autobauer", "wie der Klub mitteilte"; a review).
    """
    if source_language in ("es", "fr", "it", "pt"):
        return (
            picked.kind == "person"
            and not subject_dropped(unit.sentence.text, unit.cues, actors, source_language, text)
            and _according_to_someone_unlisted(unit, actors)
        )
    if source_language != "de":
        return False
    cited = [
        found.group("who")
        for pattern in (
            _GERMAN_CITED,
            _GERMAN_CITED_BY_WIE,
            _GERMAN_SAID_BY_AFTER,
            _GERMAN_CITED_ZUFOLGE,
        )
        if (found := pattern.search(_unquoted(unit))) is not None
        # (a speaker named, not a body named again by its noun: "..., teilte das Geldhaus mit."
        # is left to the rules for those)
        and (
            pattern in (_GERMAN_CITED, _GERMAN_CITED_ZUFOLGE)
            or _NAMED_WORDS.search(found.group("who"))
        )
    ]
    return (
        bool(cited)
        and not any(_may_name(who, picked) or _titles_the_pick(who, picked, text) for who in cited)
        and any(_names_another_source(who) for who in cited)
    )


def _according_to_someone_unlisted(unit: _Unit, actors: Sequence[ActorRecord]) -> bool:
    """Whether the sentence gives its facts according to a name outside quotations that names
    none of ``actors`` (nor a place: "según fuentes de Gaza" is no one's name)."""
    text = _unquoted(unit)
    for found in ACCORDING_WORDS.finditer(text):
        named = _ACCORDING_TO_A_NAME.match(text, found.end())
        if named is None:
            continue
        name = named.group(0).split()
        words = [w for w in name if w[:1].isupper()]
        written = " ".join(words)
        if (
            words
            and not any(mentioned(a, named.group(0)) for a in actors)
            and not is_country(written, "en")
            and not is_seat_of_government(written)
        ):
            return True
    return False


def _speaker(unit: _Unit, actors: Sequence[ActorRecord]) -> ActorRecord | None:
    return named_speaker(_spoken(unit), unit.cues, actors)


def _closing_speaker_named(unit: _Unit, actors: Sequence[ActorRecord]) -> bool:
    """Whether the sentence names its speaker, or a pronoun speaks, in a plain clause of saying
    that closes it after a comma or a quotation (", sagte Verdi-Sprecher Tjark Sauer.", ",
    sagte sie.", "..., Smith said."): not a relative clause, nor one who denies what the
    sentence says ("..., which Director Doe denied."; a review)."""
    text = unit.sentence.text
    verbs = verbs_outside_quotes(text, unit.cues)
    if not verbs:
        return False
    verb_start, verb_end = verbs[-1]
    close, clause = _closing_clause(text, verbs, (",", "”", "“", '"', "’", "»", "«"))
    if (
        close <= 0
        or len(clause.split()) > CLOSING_CLAUSE_WORDS
        or _CLOSING_NOT_SAYING.search(clause + text[verb_start:verb_end])
    ):
        return False
    speaker = _speaker(unit, actors)
    if speaker is not None:
        return mentioned(speaker, text[close:])
    return pronoun_speaker(text, unit.cues) is not None and bool(
        re.match(r"\s*(?:er|sie|he|she|they)(?!\w)", text[verb_end:], re.IGNORECASE)
        or re.search(r"(?<!\w)(?:he|she|they)\s*$", clause, re.IGNORECASE)
    )


_CLOSING_NOT_SAYING = re.compile(
    r"(?<!\w)(?:which|that|who|whom|was|das|die|der|welche[rs]?|an?\s+\w+|den(?:ied|ies)|"
    r"reject(?:ed|s)|disput(?:ed|es)|bestritt|bestreitet|dementierte|dementiert|wies|weist)"
    r"(?!\w)",
    re.IGNORECASE,
)
"""Words of a closing clause that make it no plain clause of saying: a relative pronoun, an
apposition ("an accusation Mayor Lee rejected"), a denial."""


def _speaker_settled(unit: _Unit, actors: Sequence[ActorRecord], continued: set[int]) -> bool:
    """Whether the sentence of ``unit`` settles its speaker by its own words, for the rules that
    otherwise give the model's pick to the article: it quotes (a quotation may name its speaker
    after it), stands inside a quotation left open, goes on from the sentence before
    (``continued``, the ``id`` of such units), has a pronoun that speaks, or names who speaks."""
    return (
        bool(unit.cues.quotes)
        or open_quotation_start(unit.sentence.text) is not None
        or id(unit) in continued
        or pronoun_speaker(unit.sentence.text, unit.cues) is not None
        or _speaker(unit, actors) is not None
    )


def _introduced_by(text: str, cues: SentenceCues, actors: Sequence[ActorRecord]) -> bool:
    """Whether the words before the sentence's first quotation end with a colon and name an
    actor: someone introduced as speaking with no verb of saying ("But neighbour Zibulka picks
    up the story: '...'"; real news, the Mirror), not a quotation running on."""
    if not cues.quotes:
        return False
    before = text[: cues.quotes[0][0]].rstrip()
    return before.endswith((":", "：")) and any(mentioned(a, before) for a in actors)


_TRADE_GROUPS = (
    ("forscher", "wissenschaftler", "experte", "expertin", "ökonom", "analyst", "professor",
     "meteorolog", "klimatolog", "soziolog", "historiker", "jurist", "physiker", "ozeanograf",
     "virolog", "epidemiolog", "politolog", "scientist", "researcher", "expert", "economist",
     "historian", "physicist", "oceanographer"),
    ("mediziner", "arzt", "ärztin", "physician", "doctor"),
    ("politiker", "minister", "präsident", "bürgermeister", "kanzler", "president", "mayor",
     "senator", "governor", "chancellor"),
    ("direktor", "leiter", "chef", "director", "head"),
    ("trainer", "coach", "manager"),
    ("autor", "author"),
)  # fmt: skip
"""Trades one description may call by another word ("der Wissenschaftler" for "der
Klimaforscher"), in groups."""


_TRADES = "|".join(
    sorted({re.escape(word) for group in _TRADE_GROUPS for word in group}, key=len, reverse=True)
)
"""Every trade of :data:`_TRADE_GROUPS`, the longest first, as alternatives."""
_TRADE_CLOSING = {
    "de": re.compile(
        r"^[\s,]*(?P<verb>[^\W\d]+)\s+(?:der|die)\s+(?P<trade>[\w-]*?(?:"
        + _TRADES
        + r")\w*)(?:\s+(?:weiter|auch|noch|dazu|hinzu))?\s*[.!]?\s*$",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"^[\s,]*(?:the\s+(?P<trade>[a-z-]*(?:"
        + _TRADES
        + r"))\s+(?P<verb>[a-z]+)|(?P<verb_first>[a-z]+)\s+the\s+(?P<trade_after>[a-z-]*(?:"
        + _TRADES
        + r")))\s*[.!]?\s*$"
    ),
}
"""The words after a sentence's last quotation when they are only a verb and a person
described by their trade, with "the", "der" or "die" ("erklärt der Wissenschaftler", "the
economist said"): no one else's spokesperson or kin."""


def _closing_trade(unit: _Unit, language: str) -> str | None:
    """The trade of the person described closing the last quotation of the sentence of
    ``unit`` with a verb of saying (:data:`_TRADE_CLOSING`: "Wissenschaftler" of "„...“,
    erklärt der Wissenschaftler."), else ``None``."""
    closing = _TRADE_CLOSING.get(language)
    if closing is None or not unit.cues.quotes:
        return None
    found = closing.match(unit.sentence.text[max(end for _, end in unit.cues.quotes) :])
    if found is None:
        return None
    groups = found.groupdict()
    verb = groups.get("verb") or groups.get("verb_first") or ""
    if not any(verb.casefold() == word.casefold() for word in unit.cues.reporting):
        return None
    return groups.get("trade") or groups.get("trade_after")


def _trade_group(trade: str) -> tuple[str, ...]:
    """The group of :data:`_TRADE_GROUPS` that ``trade`` belongs to ("Wissenschaftler": the
    researchers'), else ``()``."""
    folded = normalize_name(trade)
    return next((g for g in _TRADE_GROUPS if any(normalize_name(w) in folded for w in g)), ())


_ANY_TRADE = tuple(word for group in _TRADE_GROUPS for word in group)
"""Every trade of :data:`_TRADE_GROUPS`."""


def _titled_in_trade(
    person: ActorRecord, text: str, trades: Sequence[str], by_role: bool = True
) -> bool:
    """Whether ``text`` titles ``person`` with one of ``trades`` (a group of
    :data:`_TRADE_GROUPS`, or :data:`_ANY_TRADE`), in the words right before a form of their
    name ("Der Klimaforscher Karsten Haustein"), after it and a comma ("Mark Zandi, chief
    economist at ..."), or (``by_role``) in the role the brief gives them: "der
    Wissenschaftler" names one the article calls a researcher, not a player or a patient named
    just before (a review)."""
    if not trades:
        return False
    words = "|".join(re.escape(normalize_name(w)) for w in trades)
    trade_word = rf"[^\W\d]*(?:{words})[^\W\d]*"
    if by_role and re.search(rf"(?<!\w){trade_word}", normalize_name(person.role)):
        return True
    folded = normalize_name(text)
    return any(
        re.search(
            # (a body's between: "Der Direktor des Potsdam-Instituts, Johan Rockström"; a review)
            rf"(?<!\w){trade_word}\s+(?:[\w.'’-]+,?\s+){{0,3}}?{re.escape(form)}(?!\w)"
            rf"|(?<!\w){re.escape(form)},\s+(?:[\w'’-]+\s+){{0,3}}?{trade_word}(?!\w)",
            folded,
        )
        for form in {normalize_name(person.name), *person.forms}
    )


_SUBJECT_WORDS = 6
"""The first words of a sentence that hold its subject, for a name that opens it ("Der
Klimaforscher Karsten Haustein")."""


def _introduced_just_before(
    person: ActorRecord,
    sentence: Sentence,
    sentences: Sequence[Sentence],
    actors: Sequence[ActorRecord],
) -> bool:
    """Whether the sentence before ``sentence``, in its paragraph, opens with ``person`` (named
    in its first words, its subject) and names no other person: the one whose reported speech a
    German sentence in the Konjunktiv I goes on with, where the sentence that introduces them
    says nothing itself (not "Die Universität widersprach Haustein.")."""
    if sentence.number < 2:
        return False
    before = sentences[sentence.number - 2]
    return (
        before.paragraph == sentence.paragraph
        and mentioned(person, " ".join(before.text.split()[:_SUBJECT_WORDS]))
        and not any(
            a.kind == "person" and a is not person and mentioned(a, before.text) for a in actors
        )
    )


def _unquoted(unit: _Unit) -> str:
    """The unit's sentence with its quotations blanked out (offsets kept): what the article
    says in its own words."""
    return blank_spans(unit.sentence.text, unit.cues.quotes)


# ---- the generator --------------------------------------------------------------------------


def _last_named(
    pronoun: PronounKind, before: Sequence[Sentence], actors: Sequence[ActorRecord]
) -> ActorRecord | None:
    """The actor a pronoun of kind ``pronoun`` may stand for that the sentences ``before`` name
    last (of two in one sentence, the first listed), in the article's own words: a name inside
    a quotation is what someone said ('... Präsident DJT."' is Trump signing; real news,
    t-online: "sagte er" went to "DJT"), unless the quotation holds only the name ('die
    „Wirtschaftswoche“')."""
    names = [a.name for a in actors]
    return next(
        (
            actor
            for sentence in reversed(before)
            for actor in actors
            if pronoun_fits(pronoun, actor)
            and mentioned(actor, blank_spans(sentence.text, quotations(sentence.text, names)))
            and not named_only_as_kin(actor, sentence.text)
        ),
        None,
    )


_IN_COURT = re.compile(
    r"(?i)(?<!\w)(?:prosecut\w*|defending|defence|defense|counsel|barrister|solicitor|"
    r"told\s+(?:the\s+)?(?:court|jury|inquest|tribunal|magistrates))"
)
"""Words by which one speaks in court: prosecution, defence, or what the court was told."""
_COURT_HEARD = re.compile(
    r",\s+(?:the|an?)\s+(?:court|jury|inquest|tribunal|hearing)\s+(?:was\s+told|heard)\s*[.!]?$",
    re.IGNORECASE,
)
"""An English sentence closed by the court it was said to, not by who said it ("..., the
court was told.", "..., an inquest heard.")."""
_IT_AS_A_DOCUMENT = re.compile(
    r"\W*It\s+(?:also\s+|further\s+)?(?:describe[sd]|state[sd]|note[sd]|f(?:ound|inds)|"
    r"conclude[sd]|recommend(?:s|ed)|argue[sd]|warn(?:s|ed)|call(?:s|ed)\s+for)(?!\w)"
)
"""A sentence that opens with "It" and a verb of what a document says."""


def _opening_country(sentence: str, cues: SentenceCues, language: str) -> str | None:
    """The country that opens ``sentence`` as the subject of its first verb of saying, alone or
    first of a list ("Ukraine, Bosnia and Herzegovina, and Georgia ... have asked to join"),
    else ``None``."""
    verbs = verbs_outside_quotes(sentence, cues)
    opening = re.match(r"\W*((?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*(?:\s+(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*)*)", sentence)
    if not verbs or opening is None or verbs[0][0] <= opening.end():
        return None
    if re.search(r"[\"“”„«»‘’']", sentence[: opening.start(1)]) or any(
        a <= opening.start(1) < b for a, b in cues.quotes
    ):
        return None  # '“Israel bears full responsibility ...,” the militant group said' (a review)
    name = opening.group(1)
    if not is_country(name, language) or is_seat_of_government(name):
        return None
    # the country as the subject: a list of names, or the verb's clause, after it
    between = sentence[opening.end() : verbs[0][0]]
    if re.search(r"['’]s\b|^\s*(?:of|in|for|and\s+(?-i:[a-z]))\b", between):
        return None  # "Ukraine's president said", "Ukraine's allies"
    return name


def _group_of_the_share(actor: ActorRecord, sentence: str) -> bool:
    """Whether the unnamed ``actor`` is the people a share in ``sentence`` is of ("investors" of
    "36% of new crypto investors said ...")."""
    words = actor.name.split()
    if not words:
        return False
    return (
        re.search(
            r"(?i)(?:%|percent|per\s?cent|prozent|por\s?ciento|pour\s?cent|per\s?cento)\s+"
            rf"(?:of|de|des|der|del|dei|degli)\s+(?:\S+\s+){{0,4}}?{re.escape(words[-1])}(?!\w)",
            sentence,
        )
        is not None
    )


def _described_medium(
    unit: _Unit, sentences: Sequence[Sentence], actors: Sequence[ActorRecord]
) -> ActorRecord | None:
    """The medium that "the newspaper" speaking in ``unit`` stands for
    (:func:`medium_described`): the last one named up to its sentence, else ``None``."""
    if not medium_described(unit.sentence.text, unit.cues):
        return None
    media = [a for a in actors if a.kind == "media"]
    return _last_named("thing", sentences[: unit.sentence.number], media)


def _new_description(
    described: str, unit: _Unit, sentences: Sequence[Sentence], fitting: Sequence[ActorRecord]
) -> bool:
    """Whether the German description ``described`` by which the sentence of ``unit`` names its
    speaker ("Dorfratsvorsitzende") names someone new: an office (no age, no kin, no "Mann"),
    no word of it written before in the article ("Ministerin" before "Familienministerin"; not
    "Likud-Vorsitzende"), its ending in no listed person's role, and no person who fits named
    in the sentence or the :data:`_NEW_OFFICE_DISTANCE` before it."""
    folded = normalize_name(described)
    ending = _OFFICE_ENDING.search(folded)
    if not re.fullmatch(r"[\w-]+", folded) or ending is None:
        return False
    number = unit.sentence.number
    before = normalize_name(" ".join(s.text for s in sentences[: number - 1]))
    # (nor an office of the same kind, one word the end of the other: "Ministerin Lisa Paus"
    # before "sagte die Familienministerin", "Bürgermeisterin Henriette Reker" before "die
    # Oberbürgermeisterin"; not "Likud-Vorsitzende" before "Dorfratsvorsitzende"; reviews)
    if any(
        folded.endswith(word) or word.endswith(folded)
        for word in re.findall(rf"[\w-]*{re.escape(ending.group())}(?!\w)", before)
    ):
        return False
    people = [a for a in fitting if a.kind == "person"]
    if any(ending.group() in normalize_name(a.role) for a in people):
        return False
    # (and no one who may hold it named in the paragraphs just before: "Siemens-Chef Roland
    # Busch" four sentences before "erklärte der Vorstandsvorsitzende"; a review)
    return not any(
        mentioned(a, s.text)
        for a in people
        for s in sentences[max(0, number - 1 - _NEW_OFFICE_DISTANCE) : number]
    )


_NEW_OFFICE_DISTANCE = 6
"""Sentences before one naming its speaker by an office in which no person who may hold it is
named, for the office to be someone new."""


_OFFICE_ENDING = re.compile(
    r"(?:vorsitzende|vorsitzender|minister|ministerin|prasident|prasidentin|burgermeister|"
    r"burgermeisterin|kanzler|kanzlerin|beauftragte|beauftragter|leiter|leiterin|direktor|"
    r"direktorin|chef|chefin)$"
)
"""The endings (folded) of a German office that one person holds at a time."""


def _another_named_since(
    speaker: ActorRecord, since: Sequence[Sentence], fitting: Sequence[ActorRecord]
) -> bool:
    """Whether a person of ``fitting`` other than ``speaker`` is named in the sentences
    ``since`` it spoke: a pronoun after them may stand for that one instead."""
    return any(
        mentioned(a, s.text)
        for s in since
        for a in fitting
        if a is not speaker and a.kind == "person"
    )


def _unnamed_one_before(
    pronoun: PronounKind,
    gender: Gender | None,
    before: Sentence,
    unit: _Unit,
    actors: Sequence[ActorRecord],
) -> ActorRecord | None:
    """The unnamed person the sentence ``before`` names (:func:`unnamed_person`), in the
    paragraph of ``unit``, for whom its pronoun that speaks may stand, or the unnamed people
    it names by their trade for "they" (:func:`unnamed_people`): an unnamed source listed by
    those words, else a new one (not yet in ``actors``)."""
    if before.paragraph != unit.sentence.paragraph:
        return None
    if pronoun == "people":
        people = unnamed_people(before.text)
        return _unnamed_source(people, actors) if people is not None else None
    if pronoun != "person":
        return None
    found = unnamed_person(before.text)
    if found is None or (gender is not None and found[1] not in (None, gender)):
        return None
    return _unnamed_source(found[0], actors)


def _unnamed_source(words: str, actors: Sequence[ActorRecord]) -> ActorRecord:
    """The unnamed source of ``actors`` listed by ``words``, else a new one (not yet in
    ``actors``)."""
    folded = normalize_name(words)
    listed = next(
        (a for a in actors if a.kind == "anonymous" and normalize_name(a.name) == folded), None
    )
    return listed or unnamed_actor(words, actors)


def _named_again(
    unit: _Unit, units: Sequence[_Unit], actors: Sequence[ActorRecord], article: str
) -> ActorRecord | None:
    """The person a German definite description after the verb names again ("Während der
    Covid-Pandemie verknüpften sich ... Fehlinformationen stärker mit politischer Identität, so
    der Experte." right after "Ophir aus Buffalo sagte, ..."; real news, AFP Faktencheck: an
    unnamed "Experte" took his words), when the description is the sentence's only unnamed
    source and the model picked no named person: the one person the ``article`` titles with the
    description's noun ("Der Terrorismusexperte Peter Neumann"), else the person the sentence
    before speaks for (in the same or the paragraph before), unless the article titles that
    person with another office ("Innenministerin Nancy Faeser" is no "Experte")."""
    if len(unit.cues.anonymity) != 1 or not re.fullmatch(
        r"(?:der|die)\s+[A-ZÄÖÜ][\w-]*", unit.cues.anonymity[0]
    ):
        return None
    if unit.source is not None and unit.source.kind == "person":
        return None  # the model's pick of a named person stands
    words = unit.cues.anonymity[0]
    noun = words.split()[1]
    if noun.casefold() in ("sprecher", "sprecherin", "nutzer", "nutzerin", "user", "userin"):
        return None  # a body's spokesperson, or users: seldom the person named before
    spoken = _unquoted(unit)
    at = spoken.find(words)
    with_article = spoken[: at + len(words.split()[0])]
    if at < 0 or not any(
        re.search(rf"(?<!\w){re.escape(verb)}\s+$", spoken[:at])
        # the cue holds the article: "..., so die Expertin" (real news, stern)
        or with_article.endswith(verb.strip(" ,"))
        for verb in unit.cues.reporting
    ):
        return None  # after its verb: "..., so der Experte", "..., sagte die Ärztin"
    people = [a for a in actors if a.kind == "person"]
    folded_article = normalize_name(article)
    folded_noun = normalize_name(noun)
    titled = [
        p
        for p in people
        # by the full name, or the surname ("so Capco-Expertin Neumüller"; real news, stern)
        if any(
            re.search(rf"\w*{re.escape(folded_noun)}\w*\s+{re.escape(form)}(?!\w)", folded_article)
            for form in {normalize_name(p.name), *p.forms}
        )
    ]
    # the person the sentence before speaks for (in the same or the paragraph before) goes
    # first ("„Die Lage ist stabil“, sagte Fuest. „...“, sagte der Experte." is Fuest's, though
    # the article titles another "Wirtschaftsexperte"), unless the article titles them with
    # another office ("Innenministerin Nancy Faeser" is no "Experte")
    before = [u for u in units if u.sentence.number == unit.sentence.number - 1]
    source = None
    if before and unit.sentence.paragraph - before[0].sentence.paragraph <= 1:
        source = before[0].source
        if source is None or source.kind != "person":
            source = _speaker(before[0], people)
    if source is not None and any(
        german_title(m.group(1)) and noun.casefold() not in m.group(1).casefold()
        for m in re.finditer(rf"(?<!\w)([A-ZÄÖÜ][\w-]+)\s+{re.escape(source.name)}", article)
    ):
        source = None
    if source is not None:
        return source
    return titled[0] if len(titled) == 1 else None


def _only_relays(actor: ActorRecord, sentences: Sequence[Sentence], units: Sequence[_Unit]) -> bool:
    """Whether ``actor`` is the source of no claim and every sentence naming it carries a claim
    of another source."""
    if any(u.source is actor for u in units):
        return False
    naming = [s.number for s in sentences if mentioned(actor, s.text)]
    claimed = {u.sentence.number for u in units if u.source is not None and u.cues.attributed}
    return bool(naming) and all(n in claimed for n in naming)


_SOFT_HYPHEN = "\u00ad"


def staged_brief(
    text: str,
    *,
    language: str = "en",
    article_language: str | None = None,
    article_claims: bool = True,
    subject_rule: bool = True,
    batch: int = BATCH,
) -> Generator[StageCall, BaseModel, BriefContent]:
    """Brief ``text`` in stages; see the module docstring for the driver's loop.

    Soft hyphens are left out of what the model and the rules read (a German paper's "Pan-
    Africanism Summit Against Imperialism", with one before "Africanism" and one before
    "Imperialism", was cut into the name "Africanism Summit Against"; real news, junge Welt);
    the evidence offsets index ``text`` all the same, and its quotes hold them.

    Args:
        text: The article (offsets in the result index this very string).
        language: ISO 639-1 code of the brief's language, or ``"source"`` for the article's.
        article_language: The article's language, when known; detected otherwise.
        article_claims: Whether sentences with no cue of attribution (nor of an open question)
            become claims in the article's own voice.
        subject_rule: Whether an actor named before a sentence's verb of saying replaces the
            model's choice of another actor (or of the article itself) as its source.
        batch: Most sentences or claims asked about in one call.

    Yields:
        The calls to answer, in order.

    Returns:
        The brief's content.

    Raises:
        InputError: The text has no sentence (empty or whitespace only).
    """
    # (the rules and the model read the text without them; the offsets are moved back below)
    caller_text = text
    kept_at = [i for i, ch in enumerate(text) if ch != _SOFT_HYPHEN]
    text = "".join(text[i] for i in kept_at)
    if not text.strip():
        raise InputError("The article is empty: there is nothing to brief.")
    source_language = (article_language or detect_language(text)).lower()
    output = source_language if language == SOURCE_LANGUAGE else language.lower()
    sentences = split_sentences(text, source_language)
    if not sentences:
        raise InputError("The article has no sentence to brief.")
    cues = [find_cues(s.text, source_language) for s in sentences]
    notes: list[str] = []
    checks = StagedChecks()

    def ask(stage: str, question: str, model: type[BaseModel], max_tokens: int) -> StageCall:
        return StageCall(stage, stage_messages(text, sentences, question), model, max_tokens)

    def failed(stage: str, exc: BaseException) -> None:
        checks.failed_stages.append(stage)
        notes.append(f"stage {stage} failed ({type(exc).__name__}: {exc}); its part is empty")

    # -- actors
    # Sized by the article, and capped: a small model repeating itself ("Wikipedia Users" thirty
    # times) fills whatever room the schema leaves.
    most_actors = min(MAX_ACTORS, 4 + len(sentences))
    actors: list[ActorRecord] = []
    listed: list[ActorItem] = []
    try:
        answer = yield ask(
            "actors",
            actors_question(output, most_actors),
            actors_model(most_actors),
            60 + 30 * most_actors,
        )
        listed = list(getattr(answer, "actors", []))
        actors = actors_from_answer(listed, text, most_actors, notes, sentences, cues)
    except Exception as exc:
        failed("actors", exc)
    folded_text = normalize_name(text)
    copied = [
        item.name
        for item in listed
        if item.name in EXAMPLE_ACTORS and normalize_name(item.name) not in folded_text
    ]
    # The worked example's actors copied as half the list or more have crowded the article's
    # own out; fewer (two of seven on a gold article) sit beside them and are left out above.
    if copied and len(copied) * 2 >= len(listed):
        notes.append(f"actors re-asked: the worked example's {', '.join(copied)} listed")
        try:
            answer = yield ask(
                "actors-retry",
                actors_question(output, most_actors, retry=True),
                actors_model(most_actors),
                60 + 30 * most_actors,
            )
            # Where the second list names none of the article's own, the first list's own
            # names stand: a second answer of the example's names alone had left none (real
            # news, the Washington Post: the Storm Prediction Center, whose forecast it quotes,
            # was lost). A second list with the article's names stands alone (its kinds and
            # roles, without the first's slips; a review).
            kept_first = [item for item in listed if item.name not in copied]
            second = list(getattr(answer, "actors", []))
            own_second = [
                item
                for item in second
                if not (
                    item.name in EXAMPLE_ACTORS and normalize_name(item.name) not in folded_text
                )
            ]
            listed = second if own_second else kept_first + second
            actors = actors_from_answer(listed, text, most_actors, notes, sentences, cues)
        except Exception as exc:  # the first list stands
            failed("actors-retry", exc)
    # A title the model listed as a body ("Nationalrat", written only as "Nationalrat Thomas
    # Matter", "der Zürcher Nationalrat Gregor Rutz"; real news, Tages-Anzeiger) swallowed
    # the people it titles: they were never offered, and their words went to the "body".
    titles = [a.name for a in actors if a.kind != "person" and only_a_title(a.name, text)]
    if titles:
        actors = [a for a in actors if a.name not in titles]
        listed = [item for item in listed if not only_a_title(item.name, text)]
        notes.append(f"titles before names, not actors: {', '.join(titles)}")
    # A sovereign's or an office's title the model listed as a person beside the one person it
    # titles ("The King" beside "King Charles"; real news, Metro: two actors, the King's words
    # split between them) is that person: "the King said" names him.
    titling = _titles_of_others(actors, text)
    if titling:
        actors = [a for a in actors if a.name not in titling]
        listed = [item for item in listed if item.name not in titling]
        notes.append(f"titles of a listed person, not actors: {', '.join(titling)}")
    # A name the model listed that the article sets in quotation marks ('die „Wirtschaftswoche“
    # schreibt'; real news, German papers name media so) names a speaker: its quotation is no
    # one's words, and the name in it may be a sentence's subject.
    listed_names = [item.name for item in listed] + [a.name for a in actors]
    people_names = [item.name for item in listed if item.kind == "person"] + [
        a.name for a in actors if a.kind == "person"
    ]
    if any(
        quotations(s.text, listed_names) != quoted_spans(s.text)
        # (or the view of one by their surname: "Para Hurtado, ..."; real news, La Vanguardia)
        or view_of_a_surname(s.text, people_names)
        for s in sentences
    ):
        cues = [find_cues(s.text, source_language, listed_names, people_names) for s in sentences]
    add_unnamed_sources(
        actors, sentences, cues, [], source_language
    )  # so that they are not offered below
    # The names the article writes that the list missed, sorted by the model (a small model's
    # list stops early or repeats one name to its end); with them, the bodies of the list that
    # may be no actor at all (a lower-case "freight rates", a one-word "Malaysia").
    doubtful = [a.name for a in actors if _doubtful(a)]
    # (nor a sovereign's title of a listed person: "the King" of "King Charles")
    phrases = [
        n
        for n in speaker_phrases(sentences, cues, actors, source_language)
        if not titles_a_listed_person(n, actors, text)
    ]
    acting = acting_groups(sentences, actors) if source_language == "en" else []
    offered = doubtful + phrases + acting
    bodies = body_phrases(sentences, actors, source_language)
    candidates = [
        n
        for n in name_candidates(sentences, actors, source_language, cues)
        if not titles_a_listed_person(n, actors, text)
    ]
    names = list({normalize_name(n): n for n in offered + bodies + candidates}.values())
    names = [n for n in names if not only_a_title(n, text) and not _IDIOM_PAIR.fullmatch(n)]
    # nor a part of a listed person's title written with their name ("MEC", "MEC for
    # Cooperative Governance", "Traditional Affairs" of "MEC for Cooperative Governance and
    # Traditional Affairs, Jacob Mamabolo"; real news, The Citizen: "The MEC emphasised ..."
    # went to the title, offered and called a government)
    names = [n for n in names if not part_of_a_listed_title(n, actors, text, sentences, cues)]
    if source_language == "de":
        # nor a German noun that names again the one listed body whose name ends in it
        # ("Gericht" of "Landgericht München I"; real news, Golem: offered, called a
        # government, and given "Das Gericht entschied, dass ...")
        names = [n for n in names if not _names_again(n, actors)]
    more: list[str] = []
    if len(names) > MAX_CANDIDATES:
        # a name the article has speak goes before the groups and bodies that fill the list
        # ("White House press secretary Josh Earnest condemned the attack and said ..." was
        # cut, and his words went to the security forces; real news, the Washington Post)
        # (French, Italian and Spanish name the speaker after the verb in plain statements
        # too: "..., a déclaré le porte-parole du Kremlin, Dmitri Peskov"; real news, Le
        # Figaro: places filled the list, and his words went to Moscow)
        after_verb = source_language in SUBJECT_AFTER_VERB
        # (and one an "according to" gives the facts of: "según la agencia de noticias
        # palestina Wafa"; real news, elDiario.es: never offered in a long article, its death
        # toll went to a worker the model picked)
        who_speak = [
            c
            for c in candidates
            if speaks(c, sentences, cues, after_verb=after_verb, by_surname=after_verb)
            or according_to_names(c, sentences, cues)
        ]
        ahead = doubtful + phrases + who_speak
        names = list({normalize_name(n): n for n in ahead + names}.values())
        offered_first = {normalize_name(n) for n in names[:MAX_CANDIDATES]}
        if any(normalize_name(c) not in offered_first for c in who_speak):
            # a country the model listed needs no answer when it would cut one who speaks: the
            # rule below keeps a country only if it speaks (eleven founding members of Nato,
            # listed, filled the list, and Stoltenberg and Zelensky were cut; real news, BBC)
            names = [n for n in names if not is_country(n, source_language)]
        # English and German name a speaker after the verb too ("..., says Belinda Schäpe, a
        # China analyst at ..."; real news, Nature: seven experts quoted so were cut, and their
        # words went to China, India and "Paris"): those the list cuts are offered past it, a
        # few (a short answer each), and push out no body behind them ("its government
        # announced")
        listed_first = {normalize_name(n) for n in names[:MAX_CANDIDATES]}
        more = [
            n
            for n in names[MAX_CANDIDATES:]
            if normalize_name(n) not in listed_first
            and (
                speaks(n, sentences, cues, after_verb=True, by_surname=after_verb)
                or according_to_names(n, sentences, cues)
            )
        ][:MORE_SPEAKING_CANDIDATES]
    names = names[:MAX_CANDIDATES] + more
    if names:
        try:
            answer = yield ask(
                "kinds", kinds_question(names), kinds_model(names), 20 + 12 * len(names)
            )
            verdict = {name: str(getattr(answer, f"n{i}")) for i, name in enumerate(names, 1)}
            for name in names:
                # A person's names the kinds stage got wrong: "..., sagt Edward Brooks,
                # Geschäftsführer des Oxford Character Project." was "other" (his words went to
                # the body he heads; real news, stern): names that speak are a person;
                # "Nationalrat Thomas Matter (ZH)" was "government" ("sagte Matter." then named
                # no one; real news, Tages-Anzeiger): names after a German title are a person.
                kind = verdict.get(name)
                if (
                    PERSONAL_NAME.fullmatch(name)
                    and not names_a_body(name)
                    # two German nouns side by side ("als eine ... Pseudodokumentation
                    # Falschinformationen über Covid verbreitete"; real news, AFP Faktencheck):
                    # no one's name
                    and not (source_language == "de" and _german_nouns(name))
                    # nor a noun after its article ("Das Ziel, sagt Balaous, müsse ..."; real
                    # news, SRF)
                    and name.split()[0] not in ("Der", "Die", "Das", "Den", "Dem", "Des", "The")
                    # nor a place's adjective ("Capital Economics senior North American
                    # economist Ariane Curtis said"; real news, the Financial Post)
                    and not is_place_adjective(name)
                    and (
                        (kind == "other" and speaks(name, sentences, cues, after_verb=True))
                        or (kind in ("organization", "government") and titled_person(name, text))
                        or (
                            kind in ("organization", "government", "media")
                            and source_language == "en"
                            and described_as_a_person(name, text)
                        )
                    )
                ):
                    verdict[name] = "person"
            for name in names:
                # a seat of government that speaks is its government, not a place or a
                # medium ("Das Weiße Haus rechtfertigte die Beschlagnahmung ..." was called a
                # medium; real news, n-tv), after its verb too where news names the speaker
                # there ("La Russie a fourni des missiles ..., affirme Séoul"; real news, Le
                # Figaro: called a place, and Seoul's report went to Russia)
                if (
                    verdict.get(name) in ("media", "place", "other")
                    and is_seat_of_government(name)
                    # not a city that names a treaty ("under the Paris agreement, has argued";
                    # real news, Nature: Paris took India's words)
                    and not named_as_a_thing(
                        ActorRecord("", name, "government", "", {normalize_name(name)}), sentences
                    )
                    and (
                        speaks(
                            name,
                            sentences,
                            cues,
                            after_verb=source_language in SUBJECT_AFTER_VERB,
                        )
                        # or gives the facts of a sentence ("2 209 Français ont été localisés
                        # ..., selon le Quai d’Orsay"; real news, Libération: called a place,
                        # left out, and the figures went to the article), right after its
                        # "according to" (not "selon un rapport publié à Paris"; a review)
                        or any(
                            re.search(
                                rf"{_ACCORDING_THEN_ARTICLE}{re.escape(name)}(?!\w)",
                                s.text,
                                re.IGNORECASE,
                            )
                            for s in sentences
                        )
                    )
                ):
                    verdict[name] = "government"
            for name in bodies:
                # named by a body's head noun ("Stadtwerke", "l'ospedale di Montecorvo"): the
                # body, not the building or the town a small model calls it
                if verdict.get(name) == "place":
                    verdict[name] = "organization"
            for name, kind in list(verdict.items()):
                if (
                    kind in ("place", "other")
                    and (is_country(name, source_language) or is_seat_of_government(name))
                    # (opening the sentence where it speaks: not "Die Schweiz sei überfüllt,
                    # sagte Matter", nor a heading "Bruselas y Turquía"; tests of the kind)
                    and any(
                        (
                            # (a seat of government anywhere before its verb: "On Monday
                            # night No 10 confirmed ..."; real news, the Telegraph)
                            not is_country(name, source_language)
                            or re.match(
                                rf"\W*(?:(?:die|der|das|the|la|le|el|il|l['’])\s*)?"
                                rf"{re.escape(name)}(?!\w)",
                                sentence.text,
                                re.IGNORECASE,
                            )
                        )
                        and speaks(name, [sentence], [cue])
                        # and no one named right after its verb ("..., sagte Matter.",
                        # "sagte Verteidigungsminister Boris Pistorius."), nor a person closing
                        # it with a verb of saying ("..., Chancellor Olaf Scholz told
                        # reporters."; a review)
                        and not any(
                            re.match(
                                r"\s+(?:(?:der|die|das|the)\s+)?[A-ZÄÖÜ][\w-]*"
                                r"(?:\s+(?:(?:von|van|de|der|zu)\s+)?[A-ZÄÖÜ][\w-]*){0,3}"
                                r"\s*(?:[.,;:!?]|$)",
                                sentence.text[sentence.text.rfind(verb) + len(verb) :],
                            )
                            for verb in cue.reporting
                        )
                        and not _CLOSING_SPEAKER.search(sentence.text)
                        for sentence, cue in zip(sentences, cues)
                    )
                ):
                    # a country or a seat of government offered that speaks is its
                    # government, whatever the kinds stage calls it ("Dänemark, das die
                    # Hoheitsrechte ... ausübt, kritisierte ..."; real news, Euronews DE:
                    # called a place, its words went to the country it criticised)
                    verdict[name] = "government"
            place_names = [n for n, k in verdict.items() if k == "place"]
            extra = [
                ActorItem.model_validate(
                    {"name": name, "kind": _offered_kind(name, kind, sentences), "role": ""}
                )
                for name, kind in verdict.items()
                if name not in doubtful
                and kind not in ("place", "other")
                # proposed as people who act: people, or nothing
                and (name not in acting or kind in ("group", "person"))
                # the people of a place the article names are no one ("every North Carolinian
                # who voted for her", called a person; real news, Occupy Democrats)
                and not any(names_people_of(name, place) for place in place_names)
                # nor is a German phrase of nouns a person ("Mein Leben", "Warum
                # Nachkommenschaft", "Verständnis von Sinn", "Menschen Verantwortung"; real news,
                # Berliner Zeitung: the kinds stage called them people, and one took a claim)
                and not (kind == "person" and source_language == "de" and _german_phrase(name))
                # nor a work by its genre and the first word of its title, nor an example
                # ("Roman Noli", "Gesellschaftsroman Noli" of "Noli me tangere", "Beispiel
                # Comics" of "zum Beispiel Comics"; real news, der Freitag: offered as bodies,
                # one took a claim)
                # (a person named Roman stays: "Roman Abramowitsch")
                and not (
                    source_language == "de"
                    and kind != "person"
                    and _GERMAN_WORK_OR_EXAMPLE.match(name)
                )
                # nor is the word for a party's member or its adjective a body ("Republican",
                # "Democrat" of "the Republican governor", "a former Democrat"; real news, AP
                # in the Washington Times: "Republican" took what "Republican leaders" had
                # announced, and a Democrat's words)
                # (not a newspaper so named: "The Republican reported ..."; a review)
                and (kind == "media" or normalize_name(name) not in _PARTY_WORDS)
                # a medium that only relays others ("according to ABC News, ...") is not an
                # actor; a body called one, whose name names no medium, that a sentence gives
                # its facts on is ("..., according to the media tracking firm AdImpact"; real
                # news, AP)
                and (
                    (kind != "media" and not names_a_medium(name))
                    or speaks(name, sentences, cues)
                    or (not names_a_medium(name) and according_to_names(name, sentences, cues))
                )
            ]
            # People the list had no room to offer, who speak and whom the article titles as
            # only a person is titled ("Sacha Deshmukh, Amnesty International UK's chief
            # executive, said: ..."; real news, the Mirror: a long live page left him out, and
            # his words went to Amnesty International): people, with no answer asked
            asked_names = {normalize_name(n) for n in names}
            extra += [
                ActorItem.model_validate({"name": c, "kind": "person", "role": ""})
                for c in candidates
                if source_language == "en"
                and normalize_name(c) not in asked_names
                and PERSONAL_NAME.fullmatch(c)
                and not names_a_body(c)
                and described_as_a_person(c, text)
                and speaks(c, sentences, cues, after_verb=True)
            ][:MORE_SPEAKING_CANDIDATES]
            listed_bodies = {item.name for item in listed if item.kind in _BODIES}
            not_actors = {
                n
                for n in doubtful
                if verdict.get(n) in ("place", "other")
                # a country that speaks is its government, whatever the kinds stage calls it
                # ("Sweden tells 5,000,000 households 'how to survive WWIII'"; real news, Metro)
                and not (is_country(n, source_language) and speaks(n, sentences, cues))
                # a company called a place that acts as the subject of its sentences and is
                # nowhere a place ("Temu zahlte den Betrag", "Wish hat auf eine
                # F.A.Z.-Anfrage nicht reagiert"; real news, FAZ: every shop was a "place")
                and not (
                    verdict.get(n) == "place"
                    and not is_country(n, source_language)
                    and not is_seat_of_government(n)
                    and acts_as_a_body(n, sentences)
                )
                # nor a body the model listed, called a place, that speaks ("In una nota, la Rsu
                # dell'ospedale ha chiesto garanzie ..."; gold birth-ward: asked once more, the
                # kinds stage called it a place, and its words went to the lawyer before)
                and not (
                    verdict.get(n) == "place"
                    and n in listed_bodies
                    and not is_country(n, source_language)
                    and not is_seat_of_government(n)
                    # (not a town: "à Tombouctou"; a review of the gold run)
                    and not written_as_a_place(n, sentences)
                    and speaks(n, sentences, cues)
                )
            }
            # a seat of government found to speak for its government is one, whatever kind
            # the model listed it as (the Quai d'Orsay as a "local newspaper": Libération)
            # (not a body the model listed, which may be named like one: "Roma", a club)
            governing = {
                normalize_name(n)
                for n, k in verdict.items()
                if k == "government" and is_seat_of_government(n)
            }
            listed = [
                i.model_copy(update={"kind": "government"})
                if normalize_name(i.name) in governing and i.kind in _NOT_A_BODY
                else i
                for i in listed
            ]
            for actor in actors:
                if normalize_name(actor.name) in governing and actor.kind in _NOT_A_BODY:
                    actor.kind = "government"
            if extra or not_actors:
                added: list[str] = []
                actors = actors_from_answer(
                    listed + extra, text, most_actors + len(extra), added, sentences, cues
                )
                actors = [a for a in actors if a.name not in not_actors]
                notes.extend(n for n in added if n not in notes)
                # a place's name added from the article that it gives only to a treaty or a
                # meeting is no source to offer ("Paris" of "the Paris agreement", a seat of
                # government; real news, Nature: "The country, a developing nation under the
                # Paris agreement, has argued ..." went to it)
                added_names = {normalize_name(f.name) for f in extra}
                things = [
                    a.name
                    for a in actors
                    if normalize_name(a.name) in added_names
                    and a.kind in ("organization", "government", "group")
                    # (a place's name only: "the World Food Programme said", "at the NATO
                    # summit ... The alliance said" keep their bodies; a review)
                    and (is_seat_of_government(a.name) or is_country(a.name, source_language))
                    and named_as_a_thing(a, sentences)
                ]
                if things:
                    actors = [a for a in actors if a.name not in things]
                    notes.append(
                        "names of a treaty, a meeting, a law or a work, not offered: "
                        + ", ".join(things)
                    )
                # a German noun added beside the one body whose name ends in it, added with it
                # ("Gericht" beside "Landgericht München I"; real news, Golem, live: both
                # offered at once, the noun called a government) names that body again
                nouns = [
                    a.name
                    for a in actors
                    if source_language == "de"
                    and normalize_name(a.name) in added_names
                    and _names_again(a.name, actors)
                ]
                if nouns:
                    actors = [a for a in actors if a.name not in nouns]
                    notes.append(f"nouns naming a body again, not offered: {', '.join(nouns)}")
                # (and a title added beside the person it titles, added with it: "The King"
                # beside "King Charles"; real news, Metro, live)
                titling = [
                    n for n in _titles_of_others(actors, text) if normalize_name(n) in added_names
                ]
                if titling:
                    actors = [a for a in actors if a.name not in titling]
                    notes.append(f"titles of a listed person, not offered: {', '.join(titling)}")
            if extra:
                notes.append(
                    f"actors added from the article's names: {', '.join(f.name for f in extra)}"
                )
            if not_actors:
                notes.append(f"listed names that are no actor: {', '.join(sorted(not_actors))}")
        except Exception as exc:
            failed("kinds", exc)
    # A country is a place unless the article has it speak ("North Korea said"): a small model
    # calls every country an organisation. German capitalises every noun: a one-word "body"
    # the article only writes as a common noun ("das Interesse", "von Industriegasen"; real
    # news, WirtschaftsWoche) is none either, nor an English phrase that ends in a thing
    # ("Florida tax appraisal records", "Chicago property"; real news, CNN).
    no_bodies: dict[str, list[str]] = {}
    unnamed_people: list[str] = []
    documents = [
        a.name
        for a in actors
        if names_a_document(a.name, source_language)
        # (after a country's adjective too: "The Swedish brochure says ..."; real news, Metro)
        or (
            len(a.name.split()) >= 2
            and names_a_nationality(a.name.split()[0])
            and names_a_document(a.name.split(maxsplit=1)[1], source_language)
        )
    ]
    if documents:
        # "laut einem investigativen Bericht" is a document's word, not a medium's (real news,
        # Mitteldeutsche Zeitung: the model listed "Bericht" as one)
        actors = [a for a in actors if a.name not in documents]
        notes.append(f"documents, not actors, left out: {', '.join(documents)}")
    for actor in actors:
        if actor.kind == "person" and is_country(actor.name, source_language):
            # a country listed as a person ("China", real news, the Express: a named person
            # who took its ambassador's and its government's words) is a government, then
            # kept only where it speaks, as other countries are
            actor.kind = "government"
        if source_language == "de" and _COUNTRY_PEOPLE.fullmatch(actor.name):
            # people by their country's initials and their trade ("US-Aufseher hatten am 10.
            # März den Stecker bei der SVB gezogen"; real news, SPIEGEL: listed as a
            # government): unnamed people, an actor only where they speak
            actor.kind = "anonymous"
            unnamed_people.append(actor.name)
            continue
        if actor.kind == "person" and (
            (source_language == "de" and german_common_noun(actor.name, sentences))
            # people by their place's adjective and their trade ("Osttiroler Eltern"; real
            # news, Kleine Zeitung: a named person who took a sentence about a school app)
            or people_of_a_place(actor.name)
            # people named by their trade in the plural ("Familienmitglieder hatten dieser
            # Darstellung früh widersprochen"; real news, Mitteldeutsche Zeitung: a named
            # person)
            or actor.name.casefold() in TRADE_WORDS
        ):
            # "Der Mann hatte sein Sperma an mindestens zwölf Kliniken ... gespendet" (real
            # news, Berliner Zeitung): a person the article does not name, only calls "der Mann"
            actor.kind = "anonymous"
            unnamed_people.append(actor.name)
            continue
        if actor.kind not in ("organization", "government", "group"):
            continue
        if source_language == "de" and actor.name == actor.name.lower():
            # German writes every noun and name with a capital: "konservative" (of "an
            # konservative Wähler"; real news, derStandard) is an adjective
            no_bodies.setdefault("German words in lower case, no name", []).append(actor.name)
            continue
        if is_country(actor.name, source_language):
            why = "countries that do not speak"
        elif source_language == "de" and german_common_noun(actor.name, sentences, of_a_body=True):
            why = "German common nouns"
        elif source_language == "de" and german_title_only(actor.name, actors, text):
            why = "German titles of a listed person"
        elif source_language == "en" and actor.kind != "group" and describes_a_thing(actor.name):
            why = "phrases that describe a thing, not a body"
        elif (
            source_language == "en"
            and actor.kind != "group"  # "asylum seekers" are people (gold aceh)
            and written_as_common_nouns(actor.name, text)
        ):
            why = "words the article writes only as common nouns"
        elif source_language == "en" and _describes_a_listed_person(actor.name, actors, text):
            # (whatever seems to speak: the person described does)
            no_bodies.setdefault("words that describe a listed person", []).append(actor.name)
            continue
        elif (
            actor.kind != "government"
            and _PRODUCT_ROLE.fullmatch(actor.role.strip())
            and not _MAKER_WORDS.search(actor.role)
        ):
            # "Galaxy Ring (organization, product line)" (real news, GameStar: four of a
            # maker's devices listed as bodies), whatever seems to speak for it ("Galaxy Ring:
            # Wir gehen stark davon aus, ...", the writers' words under a heading)
            no_bodies.setdefault("products, not actors", []).append(actor.name)
            continue
        elif source_language == "de" and _GERMAN_OFFER.search(actor.name):
            # "Toller Crash-Tarif" (real news, WinFuture: a headline's "Great crash tariff"
            # listed as the company that offers it): a tariff or an offer is sold, not an actor
            # (unless it speaks: a body named so; a review)
            why = "products, not actors"
        else:
            continue
        if not speaks(actor.name, sentences, cues) and not (
            # a country whose account a sentence gives ("Die Erlöse sollen nach Einschätzung
            # der USA ... gedient haben"; real news, t-online: left out, and the sentence went
            # to a ship's type)
            is_country(actor.name, source_language)
            and cites_the_country(actor.name, sentences, source_language)
        ):
            no_bodies.setdefault(why, []).append(actor.name)
    for why, names in no_bodies.items():
        actors = [a for a in actors if a.name not in names]
        notes.append(f"{why}, left out of the actors: {', '.join(names)}")
    if unnamed_people:
        notes.append(
            "people the article names only by a common noun, unnamed: " + ", ".join(unnamed_people)
        )
    # The writers a credit line names are no actors of the story, nor sources to pick.
    writers = [a.name for a in actors if credited_only(a, sentences)]
    if writers:
        actors = [a for a in actors if a.name not in writers]
        notes.append(f"writers of the article, left out of the actors: {', '.join(writers)}")
    # A topic word before the headline's colon ("Akkutechnik: Hat Quantumscape genug Akkus für
    # ein Motorrad gebaut?"; real news, Golem: listed as an organisation) files the story; it
    # acts in it only where the article names it again.
    kicker = _KICKER.match(sentences[0].text) if sentences else None
    if kicker is not None:
        filed = [
            a.name
            for a in actors
            # a topic word ("Akkutechnik"), not a body or a person the story goes on about
            # by their role ("Christian Lindner: Haushalt 2025 steht ... Der Finanzminister
            # sagte ..."; a review)
            if _TOPIC_WORD.search(kicker.group(1))
            and mentioned(a, kicker.group(1))
            and not mentioned(a, sentences[0].text[kicker.end() :])
            and not any(mentioned(a, s.text) for s in sentences[1:])
        ]
        if filed:
            actors = [a for a in actors if a.name not in filed]
            notes.append(f"the headline's topic, left out of the actors: {', '.join(filed)}")
    actors = merge_bracketed_acronyms(actors, text, notes)
    add_unnamed_sources(actors, sentences, cues, notes, source_language)
    add_title_forms(actors, text, source_language)
    add_head_forms(actors, text, source_language)
    if source_language == "de":
        add_short_forms(actors, text)
        add_inflected_forms(actors, text)
    add_initials_forms(actors, text)
    add_abbreviation_forms(actors, text)
    if source_language == "en":
        add_company_short_forms(actors, text)
    add_given_name_forms(actors, text)
    if source_language == "zu":
        add_prefixed_forms(actors, text)
    # A body the article names only after a preposition of place, by any of its names, is
    # where something is, not who acts ("Die Regierungen kommen im Kanzleramt zusammen"; real
    # news, stern), nor is one that seems to speak only as the affiliation of someone named
    # before it ("Michael Mann, a climate scientist at Pennsylvania State University, said";
    # TIME). "Die Opposition im Stadtrat kündigte an" keeps the council, the nearest name of
    # who speaks (gold water-tariff); a medium a text appeared in ("ein Leitartikel in der
    # Washington Post forderte") is no place.
    places = [
        a.name
        for a in actors
        if a.kind in ("organization", "government", "group")
        and not names_a_medium(a.name)
        and named_only_as_place(a, sentences, source_language)
        and (
            not speaks(a.name, sentences, cues)
            or named_after_another(a, actors, sentences)
            or named_only_where(a.name, text)
        )
    ]
    if places:
        actors = [a for a in actors if a.name not in places]
        notes.append(f"bodies named only as where something is, left out: {', '.join(places)}")
    # A ship or a work whose name the article quotes is no actor, nor a source to offer ("Der
    # Tanker „Marinera“"; real news, t-online: the ship was given what the US said).
    vessels = [
        a.name
        for a in actors
        if a.kind in ("organization", "government", "group")
        # (whatever a verb near it seems to say: "Ob sich solche Waffen tatsächlich an Bord
        # der „Marinera“ befanden, ist unklar" made the ship a speaker)
        and quoted_vessel_or_work(a, sentences)
    ]
    if vessels:
        actors = [a for a in actors if a.name not in vessels]
        notes.append(f"names of a ship or a work, not actors: {', '.join(vessels)}")
    # A party named only in brackets after a name ("Werner Faymann (SPÖ)") is that person's,
    # not an actor: offered as a source, it took the words of both people the sentence names
    # (real news, derStandard).
    parties = [
        a.name
        for a in actors
        if a.kind in ("organization", "government", "group") and named_only_in_brackets(a, text)
    ]
    if parties:
        actors = [a for a in actors if a.name not in parties]
        notes.append(f"bodies named only in brackets after a name, left out: {', '.join(parties)}")
    # An interview's answers are the interviewee's, whatever their cues say.
    qa = interview(sentences, actors)
    if qa is not None:
        answering = dict.fromkeys(qa.answered_by(n).name for n in sorted(qa.answers))
        notes.append(
            f"read as an interview: {len(qa.answers)} sentences of answers attributed to "
            + ", ".join(repr(name) for name in answering)
        )

    # -- claim candidates
    # (the outlet's advertising closing the page, "Abonnieren Sie den Podcast ...", is no
    # claim, nor a sentence to question)
    advertising = promotion_lines(sentences, cues) | writer_bio(sentences)
    units: list[_Unit] = []
    attributed: list[_Unit] = []
    carried: list[_Unit] = []
    quoting: _Unit | None = None  # the unit whose quotation is still open
    listing: _Unit | None = None  # the unit whose colon opens a list of what was said
    introductions: list[_Unit] = []
    for sentence, cue in zip(sentences, cues):
        still_quoting, quoting = quoting, None
        still_listing, listing = listing, None
        if is_credit_line(sentence.text) or sentence.number in advertising:
            continue  # "Read more: ... says ...": a line of the page, whatever its verbs
        item = _LIST_ITEM.match(sentence.text)
        if (
            still_listing is None
            and (not cue.reporting or _ANNOUNCES.match(sentence.text.strip()))
            and _subheading(sentence, sentences)
        ):
            # "‘We need to listen’" between paragraphs: a heading, no claim (one that reports,
            # "Trump acknowledges changing valuation of Trump Tower triplex", still is, but not
            # one that announces what follows: "Here’s what the polls say"; real news, AP)
            continue
        if still_listing is not None and item is not None:
            # "President Obama also said:" and a list, an item a line (real news, BBC): each
            # item is what he said, and the line that opens the list says nothing itself
            unit = _Unit(sentence, cue, item.end(), len(sentence.text), f"s{sentence.number}")
            units.append(unit)
            carried.append(unit)
            listing = still_listing
            if still_listing not in introductions:
                introductions.append(still_listing)
        elif (
            still_quoting is not None
            # a verb of saying in a sentence with no quotation mark, inside the quotation, is
            # the speaker's word ("“Definitely having other Brits do well in the draw is
            # amazing for British tennis. You always say it, but we can all push each other to
            # be better."; real news, the i: the second sentence went to the article), unless
            # it names who speaks (a closing mark left out: 'Rishi Sunak said: “We will deliver
            # on our promises. Labour leader Keir Starmer said ...')
            and (
                not cue.attributed
                or (
                    _no_quotation_mark(sentence.text)
                    and pronoun_speaker(sentence.text, cue) is None
                    and not any(mentioned(actor, sentence.text) for actor in actors)
                )
            )
            and (
                sentence.paragraph == still_quoting.sentence.paragraph
                or _closed_after(sentence, sentences, cues)
            )
        ):
            # 'She said: "I've always enjoyed spicy foods. But it came with a price ...' (real
            # news, Edinburgh): the quotation goes on in this sentence, which is hers too
            unit = _Unit(sentence, cue, 0, len(sentence.text), f"s{sentence.number}")
            unit.spoken = True  # inside the quotation: the speaker's own words
            units.append(unit)
            carried.append(unit)
            if not QUOTATION_MARKS.intersection(sentence.text) and not _CLOSING_SINGLE.search(
                sentence.text
            ):
                # (a typographic single quote closes it too: "‘I’m not interested in excuses.
                # We’ve had enough.’ The council cut ..."; a review)
                quoting = still_quoting
        elif qa is not None and sentence.number in qa.answers:
            # an answer may end in a rhetorical question; it is still what was said; a label
            # that opens it ("AD She was all in.") says who, and is no part of it
            label = qa.labels.get(sentence.number, 0)
            if len(sentence.text[label:].split()) >= MIN_FACT_WORDS:
                unit = _Unit(sentence, cue, label, len(sentence.text), f"s{sentence.number}")
                answerer = qa.answered_by(sentence.number)
                unit.source, unit.source_option = answerer, answerer.option()
                unit.spoken = True
                units.append(unit)
        elif qa is not None and sentence.number in qa.questions and is_question(sentence.text):
            continue  # the interviewer's question is no claim (its premises still may be)
        elif (
            cue.attributed
            and (
                not cue.quotes
                or (
                    not cue.reporting
                    and all(
                        len(sentence.text[a:b].split()) <= QUOTED_TERM_WORDS for a, b in cue.quotes
                    )
                )
            )
            and _question_heading(sentence, sentences)
        ):
            # "What has Trump said about Nato?" heads a section (real news, BBC), and so does
            # one that quotes a term ("Who is the ‘change candidate’?"; real news, AP)
            continue
        elif cue.attributed:
            parts = claim_parts(sentence.text, cue)
            for index, (a, b) in enumerate(parts):
                suffix = "" if len(parts) == 1 else "abcdefgh"[min(index, 7)]
                unit = _Unit(sentence, cue, a, b, f"s{sentence.number}{suffix}")
                units.append(unit)
                if index == 0:
                    whole_quote = cue.quoted_share(sentence.text) >= 0.6
                    # after someone speaking, not after a phrase the article quotes
                    follows = (carried and carried[-1].sentence.number == sentence.number - 1) or (
                        attributed
                        and attributed[-1].sentence.number == sentence.number - 1
                        and _speech(attributed[-1])
                    )
                    # "say" inside the quotation ("'I hate to say this, but ...'") is the
                    # speaker's word: only a verb outside it makes a new attribution
                    # (and a heading that credits its quotation: "‘...’: TD Economics")
                    says = (
                        bool(verbs_outside_quotes(sentence.text, cue))
                        or _introduced_by(sentence.text, cue, actors)
                        or colon_speaker(sentence.text, cue, actors) is not None
                    )
                    # (a new paragraph that labels its quotation first, "July 15, 1960: “In
                    # honored memory of John F. Kennedy ...”", quotes a new item, not the
                    # speaker before; real news, the Los Angeles Times: a plaque went to
                    # Roosevelt)
                    labelled = not opens_quotation(sentence.text.strip()) and (
                        attributed and attributed[-1].sentence.paragraph != sentence.paragraph
                    )
                    if whole_quote and not says and not cue.anonymity and follows and not labelled:
                        carried.append(unit)
                    else:
                        attributed.append(unit)
                else:
                    carried.append(unit)  # later clauses share the first clause's source
            if quotation_left_open(sentence.text):
                quoting = units[-1]
            if cue.reporting and sentence.text.rstrip().endswith((":", "：")):
                listing = units[-1]
        elif (cue.subjunctive and _goes_on_reporting(sentence, units, attributed + carried)) or (
            # ("demnach" only right after its source: not after "Der Bundesrechnungshof
            # veröffentlichte einen Prüfbericht." that followed a minister's words; a review)
            cue.follows_source
            and units
            and units[-1].sentence.number == sentence.number - 1
            and units[-1] in attributed + carried
            # (not a document the sentence names before it: "Heise liegt die redigierte
            # Version des Urteils ... vor; demnach kann Samsung ..."; real news, Golem: the
            # judgment's, given to Samsung, who spoke before)
            and not any(
                0 <= sentence.text.find(document) < sentence.text.find(cue.follows_source[0])
                for document in cue.documents
            )
        ):
            # German reported speech with no verb of saying goes on reporting the speaker
            # before it ("..., sagte der Bürgermeister. Man habe alles getan."), also over one
            # sentence in the indicative between ("Zudem verweist die Armutskonferenz auf ...
            # Die Mehrzahl der Menschen ... verfügt übrigens ... Hartz IV habe in Deutschland
            # keine neuen Jobs geschaffen"; real news, derStandard): a main clause in the
            # Konjunktiv I is someone's reported speech, and the nearest speaker's; and so is
            # one that says it follows that source ("Dem Urteil zufolge ist ... Hinzu kommt
            # demnach ..."; real news, Berliner Zeitung)
            unit = _Unit(sentence, cue, 0, len(sentence.text), f"s{sentence.number}")
            units.append(unit)
            carried.append(unit)
        elif (
            article_claims
            # (one that did not comment is a fact too: "Les ministères ... n'ont pas fait de
            # commentaire"; the gold Homs shell, a claim of its own and an open question)
            and all(_OPEN_BUT_A_FACT.search(word) for word in cue.open_question)
            and _states_a_fact(sentence.text)
            and not is_credit_line(sentence.text)
            and sentence.number not in advertising
        ):
            units.append(_Unit(sentence, cue, 0, len(sentence.text), f"s{sentence.number}"))

    # A wire story's dateline ("Washington (CNN) -- ") is no part of its first claim: the
    # statement, the evidence and the summary written from it start after it.
    datelines = {s.number: n for s in sentences if (n := dateline_end(s))}
    for unit in units:
        skip = datelines.get(unit.sentence.number, 0)
        if unit.start < skip < unit.end:
            unit.start = skip

    # -- sources
    options = [a.option() for a in actors] + [DOCUMENT, ARTICLE_ITSELF]
    by_option = {a.option(): a for a in actors}
    for first in range(0, len(attributed), batch):
        group = attributed[first : first + batch]
        keys = [f"s{u.sentence.number}" for u in group]
        try:
            answer = yield ask(
                "sources",
                sources_question([(k, u.sentence.text) for k, u in zip(keys, group)], options),
                sources_model(keys, options),
                40 + 25 * len(group),
            )
        except Exception as exc:
            failed("sources", exc)
            for unit in group:
                unit.source_option = None
            continue
        for key, unit in zip(keys, group):
            chosen = str(getattr(answer, key))
            unit.source_option = chosen
            unit.source = by_option.get(chosen)

    # The anonymous stay anonymous: a sentence that says its source is unnamed, and names an
    # unnamed actor, is that actor's whatever the model picked; a named person picked for it
    # gives way to one named by the sentence's own words.
    anonymous = [a for a in actors if a.kind == "anonymous"]
    named_again: set[int] = set()  # sentences whose description names a person again
    for unit in attributed:
        if not unit.cues.anonymity or all(
            names_a_listed_person(words, actors) or same_source(words)
            for words in unit.cues.anonymity
        ):
            continue  # (the same source as before: the pass of pronouns below)
        if unit.source is not None and unit.source.kind == "anonymous":
            # another unnamed source than the one the sentence names ("Andere Posts
            # behaupteten ..." given to "Nutzerinnen und den Nutzern"; real news, AFP
            # Faktencheck): the one it names
            named_here = [
                a for a in anonymous if a is not unit.source and mentioned(a, _unquoted(unit))
            ]
            if (
                named_here
                and not mentioned(unit.source, unit.sentence.text)
                and _unnamed_speaks(unit)
            ):
                _give(unit, named_here[0], " (the unnamed source it names)", notes, "the unnamed ")
            elif (
                not named_here
                and not mentioned(unit.source, unit.sentence.text)
                and _unnamed_speaks(unit)
                # (by another noun than the pick's: "As Trump pitches Venezuelan oil dream,
                # experts warn it won't be easy" went to "analysts at US investment banking
                # giant Goldman Sachs", named later; real news, Euronews)
                and not any(
                    _stem(words.split()[-1]) in {_stem(w) for w in unit.source.name.split()}
                    for words in unit.cues.anonymity
                )
            ):
                unnamed = unnamed_actor(unit.cues.anonymity[0], actors)
                if unnamed not in actors:
                    actors.append(unnamed)
                    anonymous.append(unnamed)
                _give(unit, unnamed, " (the unnamed source it names)", notes, "the unnamed ")
            continue
        if not _unnamed_speaks(unit):
            continue  # the unnamed are in what is reported ("... a security official were killed")
        if _closing_person(unit, actors) is not None or _closing_body(unit, actors) is not None:
            # "In the extreme cold, city officials will not risk shutting down water mains
            # ..., Mr. Michaels said." (real news, the New York Times): the unnamed are in
            # what a named person says, or a named body ("... pleaded guilty to threatening to
            # assault and murder a United States official, ..., the U.S. Attorney’s Office for
            # the Western District of New York said in a statement."; real news, AP)
            continue
        near = [
            a
            for a in anonymous
            if mentioned(a, unit.sentence.text)
            and not any(_described_otherwise(a.name, words) for words in unit.cues.anonymity)
            and not _reported_only(a, unit)
        ]
        picked = unit.source
        named = picked is not None and picked.kind == "person"
        # "..., heißt es in Industriekreisen, ...": given to the article or a document, a
        # sentence that says its source is unnamed is that source's
        unowned = picked is None and bool(unit.cues.reporting)
        # a body the sentence does not name ("Just over a month ago, Trump allies suggested
        # ..." given to the Democrats; real news, AP), or names only in what is quoted ("'The
        # FBI takes very seriously ...,' a bureau spokesperson said."; real news, Fox News)
        elsewhere = (
            picked is not None
            and picked.kind not in ("person", "anonymous")
            and not mentioned(picked, _unquoted(unit))
            and not unit.cues.documents  # "In the filing, the residents said": the document's
        )
        # a medium that cites them ("..., erfuhr die APA aus informierten Kreisen."; real
        # news, Salzburger Nachrichten): the medium relays, the unnamed speak
        relayed = (
            picked is not None
            and picked.kind == "media"
            and any(
                cited_before(unit.sentence.text, _find(words, unit.sentence.text))
                for words in unit.cues.anonymity
            )
        )
        again = _named_again(unit, attributed, actors, text)
        if again is not None:
            _give(unit, again, ", whom the description after the verb names again", notes)
            named_again.add(unit.sentence.number)
            continue
        if not near and (
            unowned or elsewhere or relayed or (named and _speaker(unit, actors) is not picked)
        ):
            unnamed = unnamed_actor(unit.cues.anonymity[0], actors)
            actors.append(unnamed)
            anonymous.append(unnamed)
            near = [unnamed]
        if near:
            _give(
                unit, near[0], " (the sentence says its source is unnamed)", notes, "the unnamed "
            )

    # "A document" is the source only of a sentence that names one: the model also gave it
    # "Estimates suggest ..." and "No injuries were reported".
    for unit in attributed:
        if unit.source_option == DOCUMENT and not unit.cues.documents:
            _give(unit, ARTICLE_ITSELF, ": the sentence names no document", notes)

    # The outlet of a dateline filed the story: a sentence it opens is not its to say.
    for unit in attributed:
        skip = datelines.get(unit.sentence.number, 0)
        picked = unit.source
        if (
            skip
            and picked is not None
            and mentioned(picked, unit.sentence.text[:skip])
            # (or after it only as what a noun belongs to: "BEIRUT/THE HAGUE, March 7 (Reuters)
            # - An Israeli tank crew killed a Reuters reporter ..."; real news, Reuters)
            and not mentioned(picked, _MODIFIER_NAME.sub(" ", unit.sentence.text[skip:]))
        ):
            _give(unit, ARTICLE_ITSELF, ": named only in the dateline", notes)

    # The speaker is the actor named before the verb of saying ("The ministry said Kerry
    # called ..." is the ministry's), not one named in what is reported.
    if subject_rule:
        # the sentence before in its paragraph (not across one: "Volkswagen, which owns a 21%
        # stake in the company, declined to comment. ¶ The company said it had only $30 million
        # in cash left" is Northvolt's; a review)
        before_text = {
            s.number: sentences[i - 1].text
            for i, s in enumerate(sentences)
            if i > 0 and sentences[i - 1].paragraph == s.paragraph
        }
        for unit in attributed:
            # a pronoun that speaks is the subject: the name after it is in what is reported
            # ("'...,' she said, adding that Cook has been ..."), for the pronoun rule below
            subject = (
                according_to_quoting(unit.sentence.text, unit.cues, actors)
                or quoted_person(unit.sentence.text, unit.cues, actors)
                or according_to_source(_spoken(unit), unit.cues, actors)
                or (_closing_tag_speaker(unit, actors) if source_language == "en" else None)
                # (a body of a long name closing it: "..., the U.S. Attorney’s Office for the
                # Western District of New York said in a statement."; real news, AP)
                or (_closing_body(unit, actors) if source_language == "en" else None)
                or (
                    german_impersonal_source(unit.sentence.text, actors)
                    if source_language == "de"
                    else None
                )
                or opening_speaker(unit.sentence.text, unit.cues, actors)
                # "..., warnte der französische UN-Gesandte, ..." (real news, Euronews DE)
                or (
                    german_nationality_holder(unit.sentence.text, unit.cues, actors, text)
                    if source_language == "de"
                    else None
                )
                or referred_body(
                    unit.sentence.text,
                    unit.cues,
                    actors,
                    before_text.get(unit.sentence.number, ""),
                    unit.source,
                    # (and further back, for a body whose name ends in the noun)
                    [
                        s.text
                        for s in reversed(
                            sentences[max(0, unit.sentence.number - 5) : unit.sentence.number - 1]
                        )
                    ],
                    text[: unit.sentence.start],
                )
                or closing_speaker(unit.sentence.text, unit.cues, actors, source_language)
                # "..., the newspaper reported." is the medium's, not a name before it
                or _described_medium(unit, sentences, actors)
                or _speaker(unit, actors)
                or (
                    inverted_speaker(_spoken(unit), unit.cues, actors)
                    if pronoun_verb_at(unit.sentence.text, unit.cues) is None
                    else None
                )
                or (
                    german_inverted_speaker(_spoken(unit), unit.cues, actors)
                    if source_language == "de"
                    else None
                )
                or colon_speaker(unit.sentence.text, unit.cues, actors)
            )
            if subject is not None:
                # (of a family, the one named last: '"...," Kelce shared.')
                subject = namesake_meant(
                    subject,
                    actors,
                    unit.sentence.text,
                    " ".join(
                        s.text
                        for s in sentences[
                            max(
                                0, unit.sentence.number - 1 - NAMESAKE_WINDOW
                            ) : unit.sentence.number - 1
                        ]
                    ),
                )
            picked = unit.source
            if subject is None or subject is picked or unit.sentence.number in named_again:
                continue
            if named_only_as_addressee(subject, unit.sentence.text, unit.cues, source_language):
                continue  # "«...», espetó el ingeniero de pista a Max Verstappen"
            if (
                unit.source_option == DOCUMENT
                and subject.kind != "anonymous"
                and _document_before_verb(unit)
            ):
                continue  # "a report by the agency says" is the report's
            if (
                picked is not None
                and picked.kind == "anonymous"
                # (unless the sentence neither names it nor says its source is unnamed, and a
                # person closes it as its speaker: "..., Sadeq Abu Amer told the AP." went to
                # "Palestinians interviewed in Gaza", the model's pick; real news, CBC)
                and not (
                    subject.kind == "person"
                    and not unit.cues.anonymity
                    and not mentioned(picked, unit.sentence.text)
                    # (named in the clause that closes the sentence as its speaker: not a
                    # person an unnamed official reports on, "Blinken ha detto a Lavrov ...")
                    and _closing_person(unit, [subject]) is subject
                )
                # (nor where the article names the unnamed source only after the sentence ("«...»,
                # a affirmé le ministre russe de la Défense, Andreï Belooussov" went to "sources
                # diplomatiques", named ten sentences on, as the model picked them for every
                # sentence; real news, Le Figaro)
                and not (
                    not unit.cues.anonymity
                    and not any(
                        mentioned(picked, s.text) for s in sentences[: unit.sentence.number]
                    )
                )
                # (nor where the sentence neither names it nor says its source is unnamed, and
                # names its own speaker as the subject of its verb of saying: "Jeudi soir, le
                # président russe Vladimir Poutine a confirmé ...", "..., affirme Séoul" kept
                # "sources diplomatiques", the model's pick; real news, Le Figaro)
                and not (
                    not unit.cues.anonymity
                    and not mentioned(picked, unit.sentence.text)
                    and _own_subject(unit, subject, source_language, actors)
                )
                # (nor where the sentence names, by a noun alone, the body the unnamed are of:
                # '"We maintain our view ...," the bank said in a note' went to "analysts at US
                # investment banking giant Goldman Sachs", not the bank; real news, Euronews)
                and not (
                    not unit.cues.anonymity
                    and subject.kind in ("organization", "government", "group")
                    and not mentioned(picked, unit.sentence.text)
                    and not mentioned(subject, unit.sentence.text)
                    and mentioned(subject, picked.name)
                )
            ):
                continue  # an unnamed source is never replaced by a named one
            if (
                unit.cues.anonymity
                and subject.kind != "anonymous"
                and _closing_person(unit, actors) is not subject
                and _closing_body(unit, actors) is not subject
                and _unnamed_speaks(unit)
            ):
                continue  # "a source close to the ministry said": not the ministry's
            _give(unit, subject, ", named as the one saying it", notes)

    # "Das Gericht entschied, dass ..." is the court's the article named before (real news,
    # Golem: given to a patent listed as a body)
    if source_language == "de":
        for unit in attributed:
            by_noun = _german_body_by_its_noun(unit, actors, text[: unit.sentence.start])
            if by_noun is not None and unit.source is not by_noun and not unit.cues.anonymity:
                _give(unit, by_noun, ", named again by its noun as the one saying it", notes)

    # A sentence whose subject is a document ("Un rapport de la Ligue arabe apporte ...") is
    # the document's, and so is one that reports what a document says, with no speaker named
    # before its verb ("En el escrito, ... las familias describen"; not "In a statement, the
    # ministry said"). An unnamed source keeps what it said.
    for unit in attributed:
        opening = unit.cues.document_opening
        picked = unit.source
        if (
            opening is None
            or unit.source_option == DOCUMENT
            or (picked is not None and picked.kind == "anonymous")
            or (opening == "in" and _speaker(unit, actors) is not None)
            # the document as the subject of what someone named after it says ("Der
            # Gesetzentwurf sei „ein Schlag ins Kontor ...“, sagte Verdi-Sprecher Tjark Sauer.";
            # real news, WDR: his words went to "a document")
            or (opening == "subject" and _closing_speaker_named(unit, actors))
            or _described_medium(unit, sentences, actors) is not None
            # whose the document is ("according to research by the Migration Policy
            # Institute"; real news, Nine News)
            or (picked is not None and _authored_by(unit.sentence.text, picked))
        ):
            continue
        subject_body = (
            _noun_subject_of(unit, actors, sentences[unit.sentence.number - 2].text)
            if opening == "in" and unit.sentence.number >= 2
            else None
        )
        if subject_body is not None:
            # "In its final report on Thursday, the institute revealed that ..." (real news,
            # Reuters: given to a document) is the institute's, as "In a statement, the
            # ministry said" is the ministry's
            if picked is not subject_body:
                _give(unit, subject_body, ", named again by its noun as the one saying it", notes)
            continue
        _give(unit, DOCUMENT, " (the sentence reports what a document says)", notes)

    # Nor is a sentence that gives its facts only according to a document ("..., according
    # to an analysis led by researchers at Princeton University"; real news, Nature: given to
    # China, which it does not name) the word of an actor it does not name: the document's
    # (an actor that wrote it keeps it: "according to research by the Migration Policy
    # Institute").
    for unit in attributed:
        picked = unit.source
        if (
            picked is None
            or picked.kind == "anonymous"
            or unit.source_option == DOCUMENT
            or not unit.cues.documents
            or not unit.cues.reporting
            or not all(ACCORDING_WORDS.fullmatch(w) for w in unit.cues.reporting)
            or unit.cues.anonymity
            or (
                mentioned(picked, unit.sentence.text)
                and not named_only_for_its_papers(picked, unit.sentence.text)
            )
            or any(_authored_by(unit.sentence.text, a) for a in actors)
            # (whose the document is, by a pronoun: "Laut seinem Statement habe er ...")
            or _OWN_ACCOUNT.search(unit.sentence.text) is not None
        ):
            continue
        _give(unit, DOCUMENT, " (the sentence gives its facts according to a document)", notes)

    # A medium or body named only in an opening phrase of where it was said ("On Twitter,",
    # "On Facebook,") is where, not who: the person named right after its comma, the subject,
    # says it ("On Twitter, Musk appealed for the public's help ..., which he called ..."; real
    # news, NBC News: given to Twitter, the model's pick).
    for unit in attributed:
        picked = unit.source
        platform = _WHERE_OPENING.match(unit.sentence.text)
        if (
            picked is None
            or platform is None
            or picked.kind not in ("media", "organization")
            or not mentioned(picked, platform.group(0))
            or mentioned(picked, unit.sentence.text[platform.end() :])
        ):
            continue
        if re.match(r"(?:[^\s'’]+\s+){0,2}[^\s'’]+['’]s?\s", unit.sentence.text[platform.end() :]):
            continue  # whose someone is: "On Facebook, Zuckerberg's former aide ..." (a review)
        rest = normalize_name(unit.sentence.text[platform.end() :])
        subjects = [
            a
            for a in actors
            if a.kind == "person" and any(start == 0 for start, _ in mention_spans(a, rest))
        ]
        if len(subjects) == 1:
            _give(unit, subjects[0], ", named after where it was said", notes)

    # A sentence that opens with the full name of someone no actor is, the subject of its verb
    # of saying ("Hendrik Pfeiffer, Deutscher Marathon-Meister von 2022, merkte ... an, dass
    # ..."; real news, Hamburger Abendblatt: the press officer, listed, took it, the list being
    # full), is no word of a listed actor it does not name: the article's report.
    for unit in attributed:
        picked = unit.source
        verb = _first_verb(unit)
        name_first = PERSONAL_NAME.match(unit.sentence.text)
        if (
            picked is None
            or picked.kind == "anonymous"
            or verb is None
            or name_first is None
            or name_first.end() > verb[0]
            or mentioned(picked, unit.sentence.text)
            or any(mentioned(a, name_first.group(0)) for a in actors)
            or _UNNAMED_OPENING_WORD.match(name_first.group(0))
            or german_title(name_first.group(0).split()[0])
            # (a name in apposition: not "Auf Anfrage wurde bestätigt, ...")
            or not unit.sentence.text[name_first.end() :].startswith(",")
        ):
            continue
        _give(unit, ARTICLE_ITSELF, ": its speaker, named first, is no actor", notes)

    # A medium that relays another's word names its source by "citing" ("Según informó la
    # agencia EFE, citando a la Consejería de Educación, ..."; gold school-roof: the
    # Consejería's, offered EFE took it): the one cited, where the pick is named before that
    # word or nowhere in the sentence. A person or a body that cites another in its own name
    # keeps its words ("Senator Susan Collins said the plan would fail, citing the
    # Congressional Budget Office"; a review), and an unnamed source what it said.
    for unit in attributed:
        picked = unit.source
        cited = cited_actor(unit.sentence.text, actors)
        if (
            cited is None
            or picked is cited
            or (
                picked is not None
                and picked.kind != "media"
                and not called_a_medium(picked, sentences)
                # (one the sentence does not name is no one speaking in their own name: the
                # model gave gold school-roof's relayed figures to the roofing firm)
                and mentioned(picked, unit.sentence.text)
            )
        ):
            continue
        citing = re.search(r"(?i)citing|quoting|citando|citant|berufung", unit.sentence.text)
        if (
            picked is not None
            and citing is not None
            and mentioned(picked, unit.sentence.text[citing.start() :])
        ):
            continue
        _give(unit, cited, ", whom its speaker cites", notes)

    # One the sentence names only as whom it is about is not who says it ("Auch zeigten sich
    # die Grünen entsetzt über den Fall Badawi", "zahlreiche Politiker forderten ... zur
    # Freilassung Badawis auf"; real news, derStandard: both went to Badawi), unless the
    # sentence quotes or a pronoun speaks (the pronoun rule below finds whom for).
    for unit in attributed:
        picked = unit.source
        if (
            picked is None
            or picked.kind == "anonymous"
            or unit.cues.quotes
            or pronoun_speaker(unit.sentence.text, unit.cues) is not None
            or not named_only_as_object(picked, unit.sentence.text, source_language)
        ):
            continue
        _give(unit, ARTICLE_ITSELF, ": named only as whom the sentence is about", notes)

    # Nor is one named only in what an "according to" that opens the sentence relays the words
    # of another ("Secondo la Tass, il Ministero ... aveva pianificato ...", "According to Tass,
    # the ministry had planned ..."; real news, il Giornale: given to the ministry): the one
    # it names, where it is an actor (the rules below find it), else the article's report.
    for unit in attributed:
        picked = unit.source
        comma = according_to_opening(unit.sentence.text, unit.cues)
        if (
            picked is None
            or comma is None
            or picked.kind == "anonymous"
            or mentioned(picked, unit.sentence.text[:comma])
            or not mentioned(picked, unit.sentence.text[comma:])
        ):
            continue
        _give(unit, ARTICLE_ITSELF, ": named only in what its 'according to' relays", notes)

    # Nor is an actor the sentence does not name its source where it gives its facts according
    # to someone else: the article's report, as none of its actors says it (see
    # _cites_someone_else: "..., según el Comité para la Protección de los Periodistas (CPJ, en
    # inglés)"; real news, elDiario.es: a worker, the model's pick, took it; "Im Gazastreifen
    # wurden laut Angaben des von der Hamas kontrollierten Gesundheitsministeriums ..."; real
    # news, NZZ: Human Rights Watch, the model's pick for a live blog's every sentence, took it
    # and six more).
    for unit in attributed:
        picked = unit.source
        if (
            picked is None
            or picked.kind == "anonymous"
            # (a quotation that is a name is no one's words)
            or not _quotes_only_names(unit)
            or unit.cues.anonymity
            or mentioned(picked, unit.sentence.text)
            or pronoun_speaker(unit.sentence.text, unit.cues) is not None
            or not _cites_someone_else(unit, picked, actors, source_language, text)
        ):
            continue
        _give(unit, ARTICLE_ITSELF, ": it gives its facts according to someone else", notes)

    # Nor is one a French, Italian or Spanish sentence names only as whom its speaker speaks to
    # ("«El karma es algo maravilloso ...», espetó el ingeniero de pista a Max Verstappen";
    # real news, El Mundo: given to Verstappen).
    for unit in attributed:
        picked = unit.source
        if (
            picked is None
            or picked.kind == "anonymous"
            or not named_only_as_addressee(picked, unit.sentence.text, unit.cues, source_language)
        ):
            continue
        _give(unit, ARTICLE_ITSELF, ": named only as whom it is said to", notes)

    # "..., we should say." outside a quotation is the writer's own voice.
    for unit in attributed:
        if writer_speaks(unit.sentence.text, unit.cues) and unit.source_option != ARTICLE_ITSELF:
            _give(unit, ARTICLE_ITSELF, ": the writer's own words (we, I)", notes)

    # "Sixty-six percent of those surveyed said ..." is a survey's finding (real news, CNN: the
    # model gave it to the party whose talking points came before).
    # (and so is the unnamed group the share is of: "36% of new crypto investors said ...,
    # the study found." went to "investors"; real news, CNBC)
    for unit in attributed:
        picked = unit.source
        if unit.source_option == DOCUMENT or (
            picked is not None
            and picked.kind == "anonymous"
            and not _group_of_the_share(picked, unit.sentence.text)
        ):
            continue
        if share_speaks(unit.sentence.text, unit.cues):
            _give(unit, DOCUMENT, " (a share of people asked: a survey's finding)", notes)

    # "..., it added": a pronoun that speaks stands for the speaker of the sentence just
    # before, else for the actor that sentence names, else for the speaker of the sentence
    # before it (a pronoun that fits each), when the model gave the
    # sentence to no one or to someone named only inside its quotation or after a relay word
    # ("it added; ... 'Kim Jong-un issued an order'" is the news agency's, not Kim Jong-un's;
    # "Erik Möller was confident. '...', he told heise online" is Möller's).
    # A speaker counts only where its sentence says or names it: the model's pick for a
    # sentence that merely quotes a phrase ('every "R-rated female comedy" in history') is
    # nobody's (real news, the Guardian: "she says" went to that pick)
    by_number = {
        u.sentence.number: u
        for u in attributed
        if u.source is not None and (u.cues.reporting or mentioned(u.source, u.sentence.text))
    }
    # A sentence that goes on reporting (German Konjunktiv, a quotation left open) speaks
    # with the sentence it continues: "'...', sagte Bsirske. Das Management fahre den Laden
    # vor die Wand. '...', unterstrich er." is Bsirske's, not the manager's the middle one
    # names (real news, derStandard). The carry pass below gives it its source; here, whom
    # it continues.
    last_cued: _Unit | None = None
    for unit in units:
        if unit in carried and last_cued is not None and last_cued.sentence.number in by_number:
            by_number.setdefault(unit.sentence.number, by_number[last_cued.sentence.number])
        if unit.cues.attributed:
            last_cued = unit

    def _named_first_after(actor: ActorRecord, number: int) -> bool:
        return not any(mentioned(actor, s.text) for s in sentences[:number])

    # "she" is no man the article titles or addresses as one ("Bundeskanzler Werner Faymann":
    # "..., meinte sie weiters" is not his; real news, derStandard). In English "he" and "she"
    # are people, never a body ("He said there's little if any room for a profit at the price
    # offered by Whole Foods" is not the chain's; real news, the Seattle Times), where French
    # "elle" and German "er" may stand for "la préfecture" or "der Verband".
    people_only = source_language == "en"
    # "It described ..." right after '"...," the letter stated.' is the letter's (real news,
    # Fox News: the FBI, the model's pick, took it): "it" after a document's sentence
    by_position = {u.sentence.number: u for u in attributed}
    for unit in attributed:
        before_unit = by_position.get(unit.sentence.number - 1)
        if (
            before_unit is not None
            and before_unit.source_option == DOCUMENT
            and unit.source_option != DOCUMENT
            and unit.sentence.paragraph - before_unit.sentence.paragraph <= 1
            and pronoun_speaker(unit.sentence.text, unit.cues) == "thing"
            # (with a document's verb: not "It denied the allegations in a statement", the
            # company's reply to the letter; a review)
            and _IT_AS_A_DOCUMENT.match(unit.sentence.text)
        ):
            _give(unit, DOCUMENT, ", 'it' after the document's sentence", notes)
    # "..., the court was told." is what the one who spoke to the court in the sentence just
    # before said (real news, the Mirror: "The prosecutor said CCTV captured the defendant
    # ... The defendant appeared to have a claw hammer ..., the court was told." went to
    # Amnesty International, the model's pick), when the pick is not named in it
    told_the_court: set[int] = set()
    for unit in attributed:
        before_unit = by_position.get(unit.sentence.number - 1)
        if (
            source_language != "en"
            or before_unit is None
            or before_unit.source is None
            or before_unit.source.kind not in ("person", "anonymous")
            or not before_unit.cues.reporting
            # (one who spoke in court, as prosecution or defence: not "Robinson told police
            # ...", "Speaking after the hearing, Detective Inspector Sarah Green said"; nor
            # against the model's pick of a person, "Defending, Jane Hill said ... He had been
            # released ..., the court was told." picked for the prosecutor; a review)
            or not _IN_COURT.search(f"{before_unit.sentence.text} {before_unit.source.name}")
            or (unit.source is not None and unit.source.kind in ("person", "anonymous"))
            or unit.sentence.paragraph - before_unit.sentence.paragraph > 1
            or unit.source is before_unit.source
            or (unit.source is not None and mentioned(unit.source, unit.sentence.text))
            or not _COURT_HEARD.search(unit.sentence.text)
        ):
            continue
        _give(unit, before_unit.source, ", who spoke to the court in the sentence before", notes)
        told_the_court.add(id(unit))

    # "..., a-t-on précisé de même source." is the source of the sentence before (real news,
    # Le Figaro: a new unnamed "même source" took it), like a pronoun
    for unit in attributed:
        if not unit.cues.anonymity or not all(same_source(words) for words in unit.cues.anonymity):
            continue
        number = unit.sentence.number
        # the unnamed source named last, in the four sentences before ("Une source
        # diplomatique a indiqué ... , a déclaré Dmitri Peskov. Selon cette source, ..." is the
        # diplomatic source's; a review), else the source of the sentence before
        unnamed_before = next(
            (
                a
                for s in reversed(sentences[max(0, number - 5) : number - 1])
                for a in actors
                if a.kind == "anonymous" and mentioned(a, s.text)
            ),
            None,
        )
        before_unit = by_number.get(number - 1)
        unit_before_it = by_position.get(number - 1)
        if (
            unit_before_it is not None
            and unit_before_it.cues.reporting
            # (an "according to" that names a source, not one unnamed: "Selon une source
            # sécuritaire, ...", nor "a-t-on appris"; a review)
            and not unit_before_it.cues.anonymity
            and according_to_opening(unit_before_it.sentence.text, unit_before_it.cues) is not None
            and unit_before_it.source is None
            and unit_before_it.source_option == ARTICLE_ITSELF
            and (
                unnamed_before is None
                or not mentioned(unnamed_before, unit_before_it.sentence.text)
            )
        ):
            # the source the sentence before names, which is no actor ("Selon l'administration
            # militaire régionale, ... L'attaque a fait deux morts, selon un bilan préliminaire de
            # la même source."; real news, Le Figaro: the diplomatic sources of five sentences
            # before took it)
            if unit.source is not None or unit.source_option != ARTICLE_ITSELF:
                _give(unit, ARTICLE_ITSELF, ", the same source as before, no actor", notes)
            continue
        same = unnamed_before or (before_unit.source if before_unit is not None else None)
        if same is not None and same is not unit.source:
            _give(unit, same, ", the same source as before", notes)
    # "Lo stesso, però, ... ha riferito ..." (Italian "the same one", the subject) is the
    # speaker of the sentence before (the README's sample article, recorded from
    # llama_cpp.server: "Funzionari statunitensi" took the words of the official named just
    # before); not "Lo stesso Lavrov", "Lavrov himself"
    for unit in attributed:
        before_unit = by_number.get(unit.sentence.number - 1)
        if (
            source_language == "it"
            and before_unit is not None
            # (between unnamed sources only: the same one is the subject before, and a name
            # the model picked may be it where another relays it, "Secondo fonti
            # diplomatiche, Lavrov ha lasciato la sala. Lo stesso, poco dopo, ha dichiarato
            # ..."; a review)
            and before_unit.source is not None
            and before_unit.source.kind == "anonymous"
            and unit.source is not None
            and unit.source.kind == "anonymous"
            and before_unit.source is not unit.source
            and mentioned(before_unit.source, before_unit.sentence.text)
            and not ACCORDING_WORDS.match(before_unit.sentence.text)
            and _THE_SAME_ONE.match(unit.sentence.text)
        ):
            _give(unit, before_unit.source, ", the same one as before", notes)
    genders = {
        a.id: person_gender(a, text, source_language, actors)
        # (or by the role the model gave them: "girlfriend", "son of ...")
        or gender_by_role(a)
        # (or, in English, the pronoun that opens the sentence after one naming them alone:
        # the article's own word, over a list of names, "Lindsey Graham ... He said"; a review)
        or (gender_by_pronoun(a, sentences, actors) if source_language == "en" else None)
        # (or, last, by the given name: "Michelle Obama", "Donald Trump")
        or given_name_gender(a.name)
        for a in actors
        if a.kind == "person"
    } | {a.id: unnamed_gender(a) for a in actors if a.kind == "anonymous"}
    # A quotation left open runs on, over sentences with no quotation mark and no verb of
    # saying and paragraphs that open it again, to the sentence that closes it (not over "On
    # Tuesday, ... Daniel Hagari, said ..." after a heading in single quotes; real news, CBC).
    open_after: dict[int, bool] = {}
    for line, line_cues in zip(sentences, cues):
        open_after[line.number] = quotation_left_open(line.text) or (
            open_after.get(line.number - 1, False)
            and not QUOTATION_MARKS.intersection(line.text)
            and not line_cues.reporting
        )
    for unit in attributed:
        pronoun = pronoun_speaker(unit.sentence.text, unit.cues)
        number = unit.sentence.number
        if pronoun is None or number < 2:
            continue
        if _named_closing_clause(unit, actors):
            # one named closing the sentence says what the pronoun's clause reports ("They now
            # say the bridge is safe, engineer Tom Ray told the BBC."; a review)
            continue
        gender = pronoun_gender(unit.sentence.text, unit.cues)
        # the pronoun never stands for one its own verb's clause names ("He also thinks Starmer
        # is doing the right thing" is not Starmer's; real news, the London Standard): a
        # pronoun is no one named in what it says, or to whom (when it stands right before its
        # verb: after it, German names the subject too, "Auf ihrer Internetseite kritisiert
        # die ..., Colette Boos-John, ...")
        verb_start = pronoun_verb_at(unit.sentence.text, unit.cues)
        reported = unit.sentence.text[verb_start:] if verb_start is not None else ""
        before_verb = unit.sentence.text[:verb_start] if verb_start is not None else ""
        named_in_reported = [
            a for a in actors if _named_on_its_own(a, reported) and not mentioned(a, before_verb)
        ]
        # nor one named in the quotation the verb closes ("„... dass Santiago Peña die
        # nationale Verfassung ... ignoriert“, sagte er."; real news, Wochenblatt: given to
        # Peña, over the expert the model picked)
        speaks_at = pronoun_verb_start(unit.sentence.text, unit.cues)
        quoted_before = " ".join(
            unit.sentence.text[a:b]
            for a, b in unit.cues.quotes
            if speaks_at is not None and b <= speaks_at
        )
        # (not one who spoke just before and names himself: "Donald Trump said at a rally
        # .... “Nobody has been tougher on Russia than Trump,” he said."; a review)
        spoke_just_before = by_number.get(number - 1)
        named_in_reported += [
            a
            for a in actors
            if a.kind == "person"
            and a not in named_in_reported
            and _named_on_its_own(a, quoted_before)
            # (and the model picked: not "Donald Trump said ... Senator John Smith was weak
            # .... “Trump has never read a crime bill in his life,” he said.", Smith's
            # rebuttal; a review)
            and not (
                spoke_just_before is not None and spoke_just_before.source is a and unit.source is a
            )
        ]
        fitting = [
            a
            for a in actors
            if (gender is None or genders.get(a.id) in (None, gender))
            and (not people_only or pronoun != "person" or pronoun_fits(pronoun, a))
            and a not in named_in_reported
            # (nor for whom it speaks to: "«È finita», ha detto il ministro a Max Verstappen")
            and not named_only_as_addressee(a, unit.sentence.text, unit.cues, source_language)
            # (nor a member of another canton than the one "der Berner Nationalrat" names)
            and not (source_language == "de" and other_cantons_member(a, unit.sentence.text, text))
            # (nor "er" a body German writes as feminine or plural: "die Polizei")
            and not (source_language == "de" and gender == "m" and feminine_or_plural_body(a, text))
        ]
        # a subheading between is no sentence before ("He got a message ... UNUSUAL ENVELOPE
        # He said the day before Geingob departed ..."; real news, the Namibian)
        back = 2 if number >= 3 and _subheading(sentences[number - 2], sentences) else 1
        opened_at = number
        if (
            open_after.get(number - 1)
            and QUOTATION_MARKS.intersection(unit.sentence.text)
            and not quotation_left_open(unit.sentence.text)
        ):
            # the pronoun that closes a quotation over sentences before stands for whoever
            # spoke before it opened ("“I fear him. Mum loved him. / “I will come back. / “We
            # don't need him here,” she said."; real news, Echo Eyethu: the murdered mother,
            # named before, took her daughter's words)
            # (back to the sentence that opened it: after it, where that sentence has a
            # speaker of its own, "Mayor Tom Reed said: “We are doing all we can. / “Help is on
            # the way,” he said."; a review: the farmer named before took it)
            opened_at -= 1
            while not verbs_outside_quotes(
                sentences[opened_at - 1].text, cues[opened_at - 1]
            ) and open_after.get(opened_at - 1):
                opened_at -= 1
            if verbs_outside_quotes(sentences[opened_at - 1].text, cues[opened_at - 1]):
                opened_at += 1
            back = number - opened_at + 1
        before = sentences[number - 1 - back]
        speakers_before = [
            speaker
            for n in (number - back, number - back - 1)
            if n in by_number
            # (not one the model gave a sentence that only quotes a term and opens with
            # another person: "Ekaterina Duntzowa hat ... unterstützt, nachdem sie ... wegen
            # angeblicher „zahlreicher Fehler“ ... ausgeschlossen worden war. Er sei der
            # einzige Antikriegskandidat, betont sie."; real news, DW: the candidate she
            # backed, the model's pick, took her words; "Die Pläne von Olaf Scholz sind für
            # Friedrich Merz „Gift“. ..., sagte er." keeps Merz, a review)
            and not (_quotes_only_terms(by_number[n]) and _opened_by_another(by_number[n], fitting))
            and (speaker := by_number[n].source) is not None
            and pronoun_fits(pronoun, speaker)
            and speaker in fitting
        ]
        just_before = (
            number - back in by_number and by_number[number - back].source in speakers_before
        )
        titled = romance_titled_people(unit.sentence.text, unit.cues, fitting, text)
        if (
            len(titled) > 1
            or (
                not titled
                and unit.source is not None
                and unit.source.kind == "person"
                and unit.source in fitting
                and romance_described(unit.sentence.text, unit.cues)
                # (unless the one who spoke just before does so again and the model's pick is
                # named nowhere near: "La presidenta de la Comisión Europea, Ursula von der Leyen,
                # aseguró ... La dirigente comunitaria trasladó ..., y señaló que ..."; real news,
                # La Vanguardia: the model gave it to a Vox spokesman named paragraphs before)
                and not (
                    just_before
                    and not any(
                        mentioned(unit.source, s.text)
                        for s in sentences[max(0, number - 3) : number]
                    )
                )
            )
        ):
            # "..., ha detto il sindaco." where two mayors are named, or "..., dijo el
            # presidente valenciano." that no one is titled so: the model's pick of a person
            # stands (a review: the last one named took it)
            continue
        earlier = (
            described_holder(unit.sentence.text, unit.cues, fitting, text)
            or next(iter(titled), None)
        ) or (
            # the person that opens the sentence as its subject, before a clause of the
            # pronoun's own ("FDP-Generalsekretär Bijan Djir-Sarai musste sich derweil in
            # Schadensbegrenzung bemühen: In einem Interview ... hatte er ... betont: ..."; real
            # news, Freie Presse)
            _opening_subject(unit, fitting)
            # the speaker of the sentence just before: "Shannon Cross said Cook is a good
            # choice. '...', she said" is Cross's, not Cook's
            or (speakers_before[0] if just_before else None)
            or pronoun_antecedent(pronoun, before.text, cues[number - 1 - back], fitting, gender)
            # one the sentence before names by office and body ("Reçue ..., la secrétaire
            # générale de la CGT a exposé ... La défiance est telle, selon elle, ..."; real
            # news, Le Monde: Le Monde, the model's pick, took it)
            # (only against a pick that is no person: "... critiquée par la dirigeante de la
            # CFDT. Selon elle, ..." is Marylise Léon's, the model's pick; a review)
            or (
                romance_described_person(before.text, fitting, text)
                if source_language in ("es", "fr", "it", "pt")
                and (unit.source is None or unit.source.kind != "person")
                else None
            )
            # one the sentence before names only by what they are ("..., nahm dieser User auf
            # X aufs Korn. „...“, notierte er"; real news, Freie Presse: the last person
            # named took it)
            or _unnamed_one_before(pronoun, gender, before, unit, actors)
            or next(iter(speakers_before), None)
        )
        picked = unit.source
        # "It bemuses Wiig that ... It's really not raunchy. 'Raunchy means ...,' she says"
        # (real news, the Guardian): one sentence further back, in the paragraph
        if (
            earlier is None
            and number >= 3
            and sentences[number - 3].paragraph == unit.sentence.paragraph
            # but the model's pick of a person named in the three sentences before stands against
            # a name two sentences back ("Ihr neuer Arbeitgeber, die Johanniter Unfallhilfe,
            # lagert hier ... Die 30 Jahre alte Ukrainerin arbeitet ... „...“, erklärt sie."
            # is Romanenko's, named before; real news, Hessenschau)
            and not (
                picked is not None
                and picked.kind == "person"
                and picked in fitting
                and any(mentioned(picked, s.text) for s in sentences[number - 4 : number - 1])
            )
        ):
            earlier = pronoun_antecedent(
                pronoun, sentences[number - 3].text, cues[number - 3], fitting
            )
        if (picked is None or picked not in fitting) and earlier is None:
            # the model's pick is of the other gender, or the article itself: the last one who
            # spoke, of the four sentences before, who fits ("In his evidence in chief, and
            # under cross-examination by Mpofu, he said ..." two sentences before "He said these
            # words could be viewed ..." is the witness's, not the advocate's named in it nor
            # Jacob Zuma's, named after him there; real news, TimesLive), else (against a pick
            # of the other gender) the last one named before who fits
            last_spoke = next(
                (
                    (n, gendered_speaker)
                    for n in range(opened_at - 1, max(0, opened_at - 5), -1)
                    if n in by_number
                    and (gendered_speaker := by_number[n].source) is not None
                    and gendered_speaker in fitting
                    and pronoun_fits(pronoun, gendered_speaker)
                    and by_number[n].cues.reporting
                ),
                None,
            )
            if (
                picked is None
                and last_spoke is not None
                and _another_named_since(
                    last_spoke[1], sentences[last_spoke[0] : number - 1], fitting
                )
            ):
                # against the article's voice, not where another who fits is named after them
                # ("Mayor Tom Reed said ... Shop owner Ian Fox has lost half his customers ...
                # He said he might have to close the shop."; a review)
                last_spoke = None
            earlier = (last_spoke[1] if last_spoke is not None else None) or (
                _last_named(pronoun, sentences[: number - 1], fitting)
                if picked is not None
                else None
            )
        if earlier is None and picked is not None and _named_first_after(picked, number):
            # "she" cannot stand for someone the article names only later ("'Almost every
            # month I would join a new clique,' she writes in her book", real news,
            # BusinessWeek: given to a friend named four sentences on): the last one named
            earlier = _last_named(
                pronoun,
                sentences[: number - 1],
                [a for a in actors if a not in named_in_reported],
            )
        office = (
            german_described_speaker(unit.sentence.text, unit.cues)
            if source_language == "de"
            else None
        )
        if (
            earlier is not None
            and office is not None
            and _BOSS.search(office) is not None
            and not _titled_boss(earlier, text)
        ):
            # "der Chef" is the person before only where the article makes them a boss
            # ("Geschäftsführer Kevin Holland-Moritz"; not "Anna Weber arbeitet im Betrieb."
            # nor "Max Müller gründete die Firma"; a review): someone new, unnamed
            earlier = _unnamed_source(office, actors)
            genders[earlier.id] = genders.get(earlier.id) or gender
        elif (
            earlier is None
            and pronoun == "person"
            and office is not None
            and _new_description(office, unit, sentences, fitting)
        ):
            # one a German sentence names by an office no one was named with, and no one who
            # may hold it named in it or just before, is someone new, unnamed
            # ("..., erklärte der Dorfratsvorsitzende gegenüber Wafa"; real news, BR: Itamar
            # Ben-Gvir, the last person named, eleven sentences before, took it)
            earlier = _unnamed_source(office, actors)
            # (of the gender its article says: "der Dorfratsvorsitzende" is no "sie" after)
            genders[earlier.id] = genders.get(earlier.id) or gender
        if (
            earlier is None
            and pronoun == "person"
            and (
                picked is None
                or not any(
                    mentioned(picked, s.text) for s in sentences[max(0, number - 4) : number]
                )
            )
        ):
            # "he" who speaks is never the article itself, nor one last named far back
            # ("Über seine Freilassung sagte er: „...“" three sentences after the last one
            # naming him; real news, Hamburger Abendblatt): the last person named, in the
            # sentence itself or before it (of two in one sentence, the first listed)
            people = [a for a in fitting if a.kind == "person"]
            # (not one named in what a pronoun before its verb reports: "He said the day
            # before Geingob departed to the US, he gave him an envelope ..."; real news, the
            # Namibian)
            own_at = pronoun_verb_at(unit.sentence.text, unit.cues)
            own_part = replace(unit.sentence, text=unit.sentence.text[:own_at])
            # (the one who spoke last, in the four sentences before, with no one named since:
            # "“...,” kusho yena. Ngafica umama ... Ngabona amanxeba ... “...,” kusho yena."
            # is the daughter's, not the newspaper's the model listed as a person; real news,
            # Echo Eyethu)
            last_speaker = next(
                (
                    (n, by_number[n].source)
                    for n in range(opened_at - 1, max(0, opened_at - 5), -1)
                    if n in by_number and by_number[n].cues.reporting
                ),
                None,
            )
            if (
                last_speaker is not None
                and last_speaker[1] is not None
                and last_speaker[1] in fitting
                and pronoun_fits(pronoun, last_speaker[1])
                and last_speaker[1].kind in ("person", "anonymous")
                and not _another_named_since(
                    last_speaker[1], sentences[last_speaker[0] : number - 1], fitting
                )
            ):
                earlier = last_speaker[1]
            else:
                earlier = _last_named(pronoun, [*sentences[: number - 1], own_part], people)
        region = speaking_part(unit.sentence.text, unit.cues)
        verb_at = pronoun_verb_start(unit.sentence.text, unit.cues)
        # (not a name in what was said before ", scherzt er", nor one after the verb)
        # (a name only as whose a noun is does not speak: "A day after the Reuters
        # investigation was published, it said the incident took place in an active combat
        # zone."; real news, Reuters: the IDF's, who spoke the sentence before)
        clause = _MODIFIER_NAME.sub(" ", region if verb_at is None else region[:verb_at])
        speaks_here = (
            picked is not None
            and not pronoun_after_what_was_said(unit.sentence.text, unit.cues)
            and named_outside_compounds(picked, clause)
        )
        # (an unnamed source where a speaker stands, not one in what is reported: "He testified
        # about a July 10 meeting ... when Sondland told visiting Ukraine officials they would
        # need to “deliver” ..."; real news, AP: Hunter Biden, the model's pick, kept it)
        kept_unnamed = (bool(unit.cues.anonymity) and _unnamed_speaks(unit)) or (
            # an unnamed source the pronoun can stand for: not "Mediators" for "he" ("'He's
            # the most wanted man to Israel,' he said."; real news, CBC: the model's pick)
            picked is not None
            and picked.kind == "anonymous"
            and pronoun_fits(pronoun, picked)
            and (gender is None or genders.get(picked.id) in (None, gender))
        )
        if earlier is None or picked is earlier or kept_unnamed:
            continue
        if speaks_here and picked in fitting:
            continue
        if picked is not None and picked.kind == "person" and _speaker(unit, actors) is picked:
            # the subject of an earlier verb of saying in the sentence ("..., bezweifelt
            # Arbeitswissenschaftler Thomas Langhoff ...: ..., schreibt er."; real news, WDR)
            continue
        if (
            picked is not None
            and picked.kind == "person"
            and source_language == "de"
            # (in apposition after a description: not the object of "Er kritisierte
            # Gesundheitsminister Jens Brandt scharf."; a review)
            and re.search(rf",\s*{re.escape(picked.name)}\s*,", unit.sentence.text) is not None
            and german_inverted_speaker(_spoken(unit), unit.cues, actors) is picked
        ):
            # or of its verb, named after it ("Auf ihrer Internetseite kritisiert die Thüringer
            # Landesvorsitzende der Familienunternehmer, Colette Boos-John, den Auftritt ..."):
            # not the one who spoke the sentence before
            continue
        if not any(a is earlier for a in actors):
            actors.append(earlier)
            notes.append(f"unnamed source {earlier.name!r} added from sentence {number - 1}")
        _give(unit, earlier, ", whom the pronoun that speaks stands for", notes)
        # (and speaks before the next pronoun: "Der Bundesdrogenbeauftragte erklärt, warum er
        # ... fand. Mit Blick auf die deutsche Rap-Szene äußert er einen Verdacht."; real news,
        # BSZ: the first, the article's by the model's pick, went to Streeck, the second kept
        # the documentary the model picked)
        by_number.setdefault(number, unit)

    # "..., the minister said ..." is the one person the article titles so, not a document
    # or another actor the model picked (real news, the West Australian)
    # (and in French, Italian and Spanish: "..., afirma el portavoz de la Asociación."; real
    # news, Público)
    for unit in attributed:
        holder = (
            office_holder(unit.sentence.text, unit.cues, actors, text)
            or (
                german_chief_holder(unit.sentence.text, unit.cues, actors, text)
                if source_language == "de"
                else None
            )
            or (
                romance_office_holder(
                    unit.sentence.text, unit.cues, actors, text, text[: unit.sentence.start]
                )
                # (or the one unnamed spokesperson: "..., afirmó el portavoz del grupo rebelde")
                or romance_unnamed_spokesperson(unit.sentence.text, unit.cues, actors)
                if source_language in ("es", "fr", "it", "pt")
                else None
            )
        )
        if holder is not None and unit.source is not holder and not unit.cues.anonymity:
            _give(unit, holder, ", whom the article titles with the office that speaks", notes)

    # "..., asegura la vecina." or "Esta vecina denuncia ..." is the one person the article
    # titles so ("Ana Torres, vecina de Lavapiés, denuncia ..."; a review), not an unnamed
    # source
    if source_language in ("es", "fr", "it", "pt"):
        people = [a for a in actors if a.kind == "person"]
        for unit in attributed:
            if unit.source is not None and unit.source.kind == "person":
                continue
            described = [
                word
                for word in unit.cues.anonymity
                if re.search(
                    rf"(?<!\w)(?:la|el|esta|este|esa|ese|cette|ce|questa|questo)\s+"
                    rf"{re.escape(word.split()[-1])}(?!\w)",
                    unit.sentence.text,
                    re.IGNORECASE,
                )
            ]
            if len(described) != 1 or len(unit.cues.anonymity) != 1:
                continue
            holders = titled_people(described[0].split()[-1], [], people, text)
            if len(holders) == 1:
                _give(
                    unit, holders[0], ", whom the article titles with the word that speaks", notes
                )

    # "Das sagte Tim Stein, ...": the sentence before it in its paragraph, not attributed, is
    # the named speaker's (real news, MDR); not those before that, which may be background
    # ("Am Montag traf sich der Stadtrat zu einer Sondersitzung."; a review)
    for unit in attributed:
        if unit.source is None or not _SAYS_WHAT_CAME_BEFORE.match(unit.sentence.text):
            continue
        if not mentioned(unit.source, unit.sentence.text):
            continue
        explains = _EXPLAINS_WITH.match(unit.sentence.text) is not None
        at = next(i for i, u in enumerate(units) if u is unit)
        told = units[at - 1] if at else None
        if (
            told is not None
            and told.sentence.number == unit.sentence.number - 1
            and told.sentence.paragraph == unit.sentence.paragraph
            # (a quotation with no verb of saying too: 'Welcher Gruppe sie sich am Ende
            # anschließen, "ist oft Zufall". So beschreibt es Eren Güvercin, ...'; not before
            # "Das erklärt ... mit ...", which explains a fact by a cause; a review)
            and not (told.cues.reporting or (told.cues.quotes and explains))
            and told.source is None
            and not any(u is told for u in carried)
        ):
            _give(told, unit.source, ", whom the sentence after it says said it", notes)

    # A quotation with no verb of saying, right after an attributed sentence in the same
    # paragraph, goes on quoting its speaker ("He said some feel the Corps has 'become too
    # heavy'. Though many Marines are battle-tested, some 'may never have stepped aboard a
    # ship.'"), when the model gave it to an actor the sentence does not name; the article's
    # own voice, an unnamed source and an actor the sentence names keep what they were given.
    by_number = {u.sentence.number: u for u in attributed}
    continued: set[int] = set()
    for unit in attributed:
        last = by_number.get(unit.sentence.number - 1)
        picked = unit.source
        if (
            last is None
            or last.source is None
            or last.sentence.paragraph != unit.sentence.paragraph
            or not unit.cues.quotes
            # (the sentence before has that speaker by a verb of saying or by name, not only
            # by the model's pick: '... heißt seit 1954 »Veteranentag« ... Nachdem sie ...
            # eingefallen sind, tragen viele ... in »God’s own country«.'; real news, junge
            # Welt: the second went to the federal government the model picked for the first)
            or not (last.cues.reporting or mentioned(last.source, last.sentence.text))
            # (a verb that names no one goes on too: "Das russische Außenministerium forderte
            # eine ungehinderte Heimkehr der Seeleute. „...“, hieß es."; real news, t-online:
            # the article's; not "hieß es von der SVP", which names whose it is)
            or not all(names_no_one(word) for word in unit.cues.reporting)
            or (
                unit.cues.reporting
                and (
                    any(mentioned(a, speaking_part(unit.sentence.text, unit.cues)) for a in actors)
                    # closing the sentence, not where it was said ("..., hieß es in Brüssel.",
                    # "..., heißt es in der Anklage."; a review)
                    or not _IMPERSONAL_CLOSING.search(unit.sentence.text)
                )
            )
            or unit.cues.anonymity
            or picked is None
            or picked.kind == "anonymous"
            # (a word quoted is no words going on: "Sie soll vom Duisburger Hauptbahnhof bis zur
            # Fläche des Stadtentwicklungsprojekts 6-Seen-Wedau „fliegen“."; real news, WAZ:
            # given to the project the sentence before names in quotation marks; longer terms
            # may be the speaker's: "... she had shared videos ... with words “we see you”"),
            # unless a person said the sentence before ("Dr Sarah Jones said ... Conditions
            # had become “dangerous” for patients"; a review)
            or (
                all(len(unit.sentence.text[a:b].split()) <= 1 for a, b in unit.cues.quotes)
                and not (last.source.kind == "person" and last.cues.reporting)
            )
            # named inside the quotation only, it is what is quoted, not who quotes it
            # ("« seule l'intervention ... des contrôleurs de la SNCF »" goes on with the
            # ministry's communiqué; gold Toulouse-Lyon train)
            or (
                mentioned(picked, speaking_part(unit.sentence.text, unit.cues))
                if picked is not last.source
                # (the same speaker stays, where the sentence before names it and this one
                # quotes more than a term)
                else not (
                    (
                        mentioned(picked, last.sentence.text)
                        or quoted_person(last.sentence.text, last.cues, actors) is picked
                    )
                    and any(
                        len(unit.sentence.text[a:b].split()) > QUOTED_TERM_WORDS
                        for a, b in unit.cues.quotes
                    )
                )
            )
        ):
            continue
        if picked is not last.source:
            _give(unit, last.source, ", whose quotation the sentence goes on with", notes)
        # (and where the model gave it that speaker already, it stays theirs: "„...“, zitierte
        # der Daily Star nun Readings Interpretation. Bei dem „mysteriösen“ König soll es sich
        # um einen Mann handeln, „der nie erwartet hatte, König zu werden“." went to the
        # article, as the sentence does not name Reading; real news, Merkur)
        continued.add(id(unit))

    # A quotation left open where its paragraph ends goes on in the next paragraph, which opens
    # with a mark and names its speaker as it closes ('"English ivy is easy to grow indoors and
    # can add a beautiful splash of colour to any kitchen.' then '"This plant is one of the
    # best ones ...," explains Radek Babicek from Fantastic Gardeners.'; real news, the Mirror:
    # the first went to the article): the one it opens is theirs too.
    for unit in attributed:
        after = by_number.get(unit.sentence.number + 1)
        if (
            after is None
            or after.source is None
            or after.source.kind != "person"
            or after.sentence.paragraph != unit.sentence.paragraph + 1
            or not _all_quotation(unit.sentence.text[unit.start : unit.end])
            or not quotation_left_open(unit.sentence.text[unit.start : unit.end])
            or not opens_quotation(after.sentence.text.strip())
            or not mentioned(after.source, after.sentence.text)
            or unit.source is after.source
            or (unit.source is not None and mentioned(unit.source, unit.sentence.text))
            # (only where the model's pick is named there too, as whose the speaker is:
            # "Radek Babicek from Fantastic Gardeners"; not a council's notice before a
            # resident's words; a review)
            or unit.source is None
            or not mentioned(unit.source, after.sentence.text)
        ):
            continue
        _give(unit, after.source, ", whose quotation it opens in the paragraph before", notes)
        continued.add(id(unit))

    # A sentence with no verb of saying that opens with one person as its subject quotes
    # that person ('Louise Brown, Director of ..., compared the tactics to "mafia methods,
    # when criminals have infiltrated the public sector ..."'; real news, Euronews: the body
    # of her apposition kept her words, and without it they went to the article).
    for unit in attributed:
        subject = _quoting_subject(unit, actors)
        if subject is None or subject is unit.source or id(unit) in continued:
            continue
        if unit.source is not None and unit.source.kind == "anonymous":
            continue
        _give(unit, subject, ", the subject whose words it quotes", notes)

    # "Still, he’s worried about his party’s “severe underperformance” in the so-called “blue
    # wall” states" after James Carville's words (real news, AP: the article's): a sentence with
    # no verb of saying whose subject is "he" or "she" quotes the person who spoke just before.
    by_number_before = {u.sentence.number: u for u in units}
    pronoun_quoted: set[int] = set()
    for unit in attributed:
        said = unit.sentence.text
        spoke_before = by_number_before.get(unit.sentence.number - 1)
        pronoun_opening = _PRONOUN_SUBJECT.match(said)
        if (
            pronoun_opening is None
            or spoke_before is None
            or spoke_before.source is None
            or spoke_before.source.kind != "person"
            or (unit.source is not None and unit.source.kind == "anonymous")
            or not all(names_no_one(word) for word in unit.cues.reporting)
            or genders.get(spoke_before.source.id)
            not in (None, "f" if pronoun_opening.group("pronoun").casefold() == "she" else "m")
            or not any(_quoted_words(said, a, b) for a, b in unit.cues.quotes)
            or _done_to_them(said[: unit.cues.quotes[0][0]])
        ):
            continue
        _give(
            unit, spoke_before.source, ", whom the pronoun whose words it quotes stands for", notes
        )
        pronoun_quoted.add(id(unit))

    # A sentence with no verb of saying, attributed only for the words it quotes, is the
    # article's own report when the model gave it to an actor the sentence does not name (a
    # show's title: 'On NBC's "Meet The Press" this past Sunday, Boehner was asked if ...';
    # real news, CNN), or when what it quotes is a term of three words or fewer ('Yahoo will
    # change its name to something without “Yahoo” in it', “substantially all”; real news, the
    # New York Times) that no one names or holds a stance by ("called the plan “reckless”",
    # "was particularly angry that ... an “Abbott district”"). A verb that names no one counts
    # as none: "Nun heißt es: ...", "so heißt es" kept the bodies the model picked (real news,
    # derStandard).
    for unit in attributed:
        picked = unit.source
        said = unit.sentence.text
        # whom a German impersonal verb has it from ("hiess es in einer Erklärung des Verbands")
        said_from = _IMPERSONAL_SOURCE.search(said) if source_language == "de" else None
        if (
            picked is None
            or picked.kind == "anonymous"
            or not all(
                names_no_one(word)
                # (nor one whose subject is an event: "Es war ein festlicher Abend, der die
                # Bedeutung ... unterstrich."; real news, Tageszeitung)
                or (source_language == "de" and said_by_an_event(unit.sentence.text, word))
                # (nor a passive that names no one: "Über die Ursachen wurde viel spekuliert,
                # ..."; real news, Tagesspiegel)
                or (
                    source_language == "de"
                    and said_in_an_agentless_passive(unit.sentence.text, word)
                )
                for word in unit.cues.reporting
            )
            or unit.cues.anonymity
            or id(unit) in continued
            or id(unit) in pronoun_quoted
            or pronoun_speaker(unit.sentence.text, unit.cues) is not None
            # (nor a German sentence opening with a pronoun and a modal in the Konjunktiv II,
            # going on with the reported speech of the person picked, just before it: "Der
            # Wahlkampfleiter der SVP, ... Marcel Dettling (SZ) sagte, die Linken wollten ....
            # Sie dürften bei den eidgenössischen Wahlen ... auf keinen Fall erneut
            # triumphieren, sonst «gute Nacht Schweiz»."; real news, Tages-Anzeiger: the
            # article's)
            or (
                source_language == "de"
                and picked.kind == "person"
                and _GERMAN_MODAL_SUBJUNCTIVE.match(unit.sentence.text) is not None
                and (spoke_last := by_number_before.get(unit.sentence.number - 1)) is not None
                and spoke_last.source is picked
                and bool(spoke_last.cues.reporting or spoke_last.cues.subjunctive)
            )
            # (nor German reported speech closed by "heißt es", right after a sentence of its
            # paragraph given to the one picked: 'Der Staatsschutz in Wien hält fest: "...". Das
            # Potenzial für derlei Proteste sei prinzipiell schon da, heißt es.'; real news,
            # derStandard: the article's)
            or (
                source_language == "de"
                and bool(unit.cues.subjunctive)
                and _IMPERSONAL_CLOSING.search(unit.sentence.text) is not None
                # (naming no other as its subject: not "Die Union halte das für einen Fehler,
                # heißt es.", "Die EU-Kommission arbeite bereits an Gegenmaßnahmen, heißt es."; a
                # review)
                and not any(a is not picked and mentioned(a, said) for a in actors)
                and not any(
                    names_a_body(word) for word in re.findall(r"[A-ZÄÖÜ][\w-]*", _unquoted(unit))
                )
                and (spoke_last := by_number_before.get(unit.sentence.number - 1)) is not None
                and spoke_last.source is picked
                and spoke_last.sentence.paragraph == unit.sentence.paragraph
            )
            # (nor German reported speech, the Konjunktiv I, right after a sentence of its
            # paragraph that names the person picked and no other person: "Der Klimaforscher
            # Karsten Haustein von der Universität Leipzig hat die Entwicklung im Atlantik
            # genauer unter die Lupe genommen. Der warme Atlantik habe zwar das Potenzial, ...
            # – „so wie wir es ... gesehen haben“."; real news, Tagesspiegel: the article's)
            # (that sentence says nothing itself, and gives them a trade whose words are
            # reported: not "Thomas Tuchel steht beim FC Bayern offenbar vor dem Aus. Der Verein
            # suche bereits einen Nachfolger, ...", a rumour, nor after one who denies; a
            # review)
            or (
                source_language == "de"
                and picked.kind == "person"
                and bool(unit.cues.subjunctive)
                and _introduced_just_before(picked, unit.sentence, sentences, actors)
                and not cues[unit.sentence.number - 2].reporting
                and _titled_in_trade(
                    picked, sentences[unit.sentence.number - 2].text, _ANY_TRADE, by_role=False
                )
            )
            # "..., heißt es aus der Direktion Staatsschutz und Nachrichtendienst (DSN)." names
            # whom it is said by (real news, derStandard)
            or _speaker(unit, actors) is picked
            # (or the sentence after it does: 'Welcher Gruppe sie sich am Ende anschließen, "ist
            # oft Zufall". So beschreibt es Eren Güvercin, ...'; real news, derStandard)
            or _said_by_the_next(unit.sentence, picked, sentences)
            # (or a noun that may name the one picked: "..., hiess es in einer Erklärung des
            # Verbands." after the farmers' association; a review)
            or (said_from is not None and _may_name(said_from.group("who"), picked))
            # (nor is a sentence all in quotation marks the article's own words where the
            # sentence before says it comes from the one picked: the quoted email reply after
            # "Later, I got an email reply from a Google representative." went to the
            # article; real news, TechRadar; not a chant against Merz, nor a letter to Biden;
            # a review)
            or (
                _all_quotation(unit.sentence.text[unit.start : unit.end])
                and not mentioned(picked, unit.sentence.text)
                and _comes_from(picked, sentences, unit.sentence)
            )
        ):
            continue
        stating = (
            [
                a
                for a in actors
                if a.kind in ("organization", "government", "group")
                and _may_name(said_from.group("who"), a)
            ]
            if said_from is not None
            else []
        )
        if not mentioned(picked, said) and len(stating) == 1:
            # the one body the impersonal verb's words may name ("«...», hiess es in einer
            # Erklärung des Militärs." for "Israels Armee"; real news, NZZ: the army's, then
            # the article's once "hiess es" was a verb of saying)
            _give(unit, stating[0], ", the one body whose statement it is said in", notes)
        elif not mentioned(picked, said):
            _give(
                unit,
                ARTICLE_ITSELF,
                ": no verb of saying, and the sentence does not name it",
                notes,
            )
        elif (
            picked.kind == "person"
            and unit.cues.quotes
            and not mentioned(picked, blank_spans(said, unit.cues.quotes))
        ) or (
            # (a body named only as where or by whom something is done, in a sentence all in
            # quotation marks: "“Discussions with organised labour on the process are under way
            # in the Public Service Co-ordinating Bargaining Council (PSCBC). ...”" of a budget
            # quoted paragraphs before; real news, TimesLive: given to the council; not a body
            # that names itself as the one that acts, as statements do: "“The Department will
            # review ...”")
            picked.kind != "person"
            and _all_quotation(said[unit.start : unit.end])
            and _named_in_a_phrase_only(picked, said)
            # (nor a quotation right after a sentence that names the body: "The Department of
            # Health issued a statement on Monday." then its words; a review)
            and not (
                unit.sentence.number >= 2
                and mentioned(picked, sentences[unit.sentence.number - 2].text)
            )
        ):
            # what a quotation says of them by name is not their words ("Il caso Cecilia
            # Sala: «Meloni ha premuto aggressivamente per lei»"; real news, Corriere della
            # Sera: given to Meloni)
            _give(
                unit,
                ARTICLE_ITSELF,
                ": no verb of saying, and only its quotation names them",
                notes,
            )
        elif (
            unit.cues.quotes
            and all(
                len(said[a:b].split()) <= QUOTED_TERM_WORDS
                or (
                    _LAW_TITLE.fullmatch(said[a:b]) is not None
                    and _DEFINITE_BEFORE.search(said[:a]) is not None
                )
                for a, b in unit.cues.quotes
            )
            # (a thing's name right after "called" is no one's stance: "predefined routes
            # called “segments”"; real news, TechCrunch: the company's)
            and not any(
                not re.match(r"\s*[“\"‘«„]", said[m.end() :]) for m in _NAMING_VERB.finditer(said)
            )
            and not _STANCE_THAT.search(said)
            # (nor after a colon: "Meloni: «Noi siamo pronti»." quotes her; a review)
            and not any(said[:a].rstrip().endswith(":") for a, _ in unit.cues.quotes)
        ):
            _give(unit, ARTICLE_ITSELF, ": no verb of saying, and it quotes only a term", notes)

    # The outlet the article's speakers talk to ("..., Medrano told The Intercept.") is the
    # article's own: a sentence that does not name it is not its words ("That night, ..., all
    # 21 Montana Freedom Caucus members demanded Zephyr's censure ..."; real news, the
    # Intercept: given to the Intercept).
    folded_text = normalize_name(text)
    for unit in attributed:
        picked = unit.source
        if (
            picked is None
            or picked.kind != "media"
            or mentioned(picked, unit.sentence.text)
            or not _only_told(picked, folded_text)
            # (nor a sentence that names it by a word of its name or a medium's noun: "The
            # Post reported ...", "The paper said ...", "Die Zeitung berichtete ..."; a review)
            or _names_it_short(picked, unit.sentence.text)
        ):
            continue
        _give(unit, ARTICLE_ITSELF, ": the outlet its speakers talk to, not named in it", notes)

    # Nor is the outlet the sentence itself names only as the one spoken to its speaker ("In
    # einem emotionalen Interview mit dem israelischen Sender Channel 13 hat der mittlerweile
    # 21 Jahre alte Mann nun über die Gefangenschaft berichtet."; real news, Hamburger
    # Abendblatt: given to Channel 13): the person who spoke in the sentence before, in its
    # paragraph or the one before, else the article.
    for unit in attributed:
        picked = unit.source
        if picked is None or picked.kind != "media":
            continue
        folded = normalize_name(unit.sentence.text)
        spans = mention_spans(picked, folded)
        if not spans or not all(_TOLD_IN_SENTENCE.search(folded[:start]) for start, _ in spans):
            continue
        spoke = by_number_before.get(unit.sentence.number - 1)
        person = (
            spoke.source
            if spoke is not None
            and spoke.source is not None
            and spoke.source.kind == "person"
            and unit.sentence.paragraph - spoke.sentence.paragraph <= 1
            else None
        )
        _give(
            unit,
            person if person is not None else ARTICLE_ITSELF,
            ", as the outlet the sentence names is only the one spoken to",
            notes,
        )

    # A sentence whose every verb of saying is in a relative clause of people it does not name
    # is not the words of an actor it does not name either ("The federal government agreed to
    # ease access ... in response to calls from restaurant owners and other employers who said
    # they were struggling ..."; real news, the Globe and Mail: the bank the model picked).
    for unit in attributed:
        picked = unit.source
        if (
            picked is None
            or picked.kind == "anonymous"
            or unit.cues.anonymity
            or id(unit) in continued
            or mentioned(picked, unit.sentence.text)
            or not said_in_a_relative_clause(unit.sentence.text, unit.cues, actors)
        ):
            continue
        _give(unit, ARTICLE_ITSELF, ": said only by those a relative clause describes", notes)

    # A sentence whose verb of saying has a country, or a list of them, opening it as its
    # subject is not the words of a body it does not name ("Ukraine, Bosnia and Herzegovina,
    # and Georgia are not members but have asked to join." went to Nato; real news, BBC): the
    # country's, where it is an actor, else the article's.
    for unit in attributed:
        picked = unit.source
        said = unit.sentence.text
        if (
            picked is None
            or picked.kind in ("anonymous", "government")
            or unit.cues.anonymity
            or id(unit) in continued
            or id(unit) in pronoun_quoted
            or mentioned(picked, said)
            or pronoun_speaker(said, unit.cues) is not None
        ):
            continue
        country = _opening_country(said, unit.cues, source_language)
        if country is None:
            continue
        country_body = next(
            (a for a in actors if a.kind != "person" and mentioned(a, country)), None
        )
        _give(
            unit, country_body or ARTICLE_ITSELF, ", the country opening it as its subject", notes
        )

    # An unnamed source speaks where the sentence says so, or where a pronoun, a quotation or
    # a speaker named in it goes on with them: one the model picked for a sentence that does
    # none of these is not its speaker ("But what far fewer people know is that some of the
    # film's most disturbing scenes ... are said to be based on a real-life kidnapper" went to
    # "Another victim", unnamed in a later paragraph; real news, the Mirror).
    for unit in attributed:
        picked = unit.source
        if (
            picked is None
            or picked.kind != "anonymous"
            or unit.cues.anonymity
            or id(unit) in continued
            or id(unit) in told_the_court
            or mentioned(picked, unit.sentence.text)
            # (a pronoun stands for those named before it, not for those the article names
            # first later: "Die Anwohner riefen zur Sicherheit die Feuerwehr. Denn sie
            # vermuteten einen kleinen Meteoriten ..." went to "Astronomen", named five
            # sentences later; real news, NDR)
            or (
                pronoun_speaker(unit.sentence.text, unit.cues) is not None
                and _named_before(picked, sentences[: unit.sentence.number - 1])
            )
            or _all_quotation(unit.sentence.text[unit.start : unit.end])
            or _speaker(unit, actors) is not None
            # (named again by the spokesperson's noun: "..., afirmó el portavoz del grupo")
            or (
                source_language in ("es", "fr", "it", "pt")
                and romance_unnamed_spokesperson(unit.sentence.text, unit.cues, actors) is picked
            )
        ):
            continue
        _give(unit, ARTICLE_ITSELF, ": no unnamed source is said to speak in it", notes)

    # Nor does a person the article has not yet named speak a sentence that says whose words
    # it reports in its own words: "Neither side believes that is still the case on Labor Day
    # weekend." went to Brian Kemp, named first three sentences later (real news, AP). A
    # quotation may name its speaker after it; a pronoun, a sentence that goes on, and one
    # the rules above gave a speaker are the rules' to settle; a headline and the paragraph
    # under it are said by whom the lead names ("Minister warns of cuts"); a body may be
    # described before it is named ("Según informó la agencia EFE, citando a la Consejería de
    # Educación, ..." went to the roofing firm named later, of the right kind; gold
    # school-roof); a medium is not ("Nei giorni scorsi, l'Iran ha chiesto all'Italia il
    # rilascio di Abedini, ..." went to Flightradar24, named first five sentences later; real
    # news, Corriere della Sera).
    for unit in attributed:
        picked = unit.source
        if (
            picked is None
            or unit.sentence.paragraph < 2
            or picked.kind not in ("person", "media")
            # (a medium the sentence describes may be named in the next paragraph: "Secondo
            # il quotidiano newyorkese, ..." then "Lo rivela il New York Times"; a review)
            or (
                picked.kind == "media"
                and (
                    _MEDIUM_NOUN.search(unit.sentence.text) is not None
                    or any(
                        mentioned(picked, s.text)
                        for s in sentences
                        if s.paragraph == unit.sentence.paragraph + 1
                    )
                )
            )
            or not unit.cues.reporting
            or _speaker_settled(unit, actors, continued)
            or any(
                mentioned(picked, s.text)
                for s in sentences
                if s.number <= unit.sentence.number
                # (nor when the next sentence names them: "The closure will cost lives, warned
                # the town's longest-serving doctor. Dr. Anne Hale has worked there for 31
                # years."; a review)
                or (s.number == unit.sentence.number + 1 and s.paragraph == unit.sentence.paragraph)
            )
        ):
            continue
        _give(unit, ARTICLE_ITSELF, ": its source is named only after it", notes)

    # Nor is a sentence whose subject is both sides of the story, or neither, one side's: the
    # same "Neither side believes ..." went to Trump once the model picked him, named in the
    # sentence before (real news, AP). The article's own summary of both.
    for unit in attributed:
        picked = unit.source
        if (
            picked is None
            or picked.kind == "anonymous"
            or unit.cues.anonymity
            or not both_sides_speak(unit.sentence.text, unit.cues)
        ):
            continue
        _give(unit, ARTICLE_ITSELF, ": its subject is both sides, not one of them", notes)

    # A body that opens the sentence as its subject, before the genitive of the body it belongs
    # to, speaks; not the owner the model picked ("Das Institut für Arbeitsschutz der Deutschen
    # Gesetzlichen Unfallversicherung (IFA) warnt ..." went to the DGUV; real news, Berliner
    # Morgenpost).
    for unit in attributed:
        picked = unit.source
        pair = owned_body_subject(unit.sentence.text, unit.cues, actors)
        if pair is None or picked is not pair[1] or unit.cues.anonymity:
            continue
        _give(unit, pair[0], ", the body it opens with, not the one that body belongs to", notes)

    # "The expert said: ...", where the article has called someone an expert before, is the
    # person quoted in the sentence just before (real news, the Daily Star: after Abby Dunn's
    # quotations, "The expert said" became an unnamed expert, and "The Florida fan explained"
    # went to Tessa Bishop, quoted before her), not someone new. "Just before" is the nearest
    # sentence with a source of its own, in this paragraph or the one before: the quotation
    # may run over two sentences, the second going on with the first, and the article's own
    # sentences may stand between ("... explains Radek Babicek from Fantastic Gardeners. ...
    # Next up, the experts advise you to opt for another hanging plant ... '...,' the expert
    # explains."; real news, the Mirror: given to the article).
    for unit in attributed:
        last = next(
            (
                spoken
                for number in range(unit.sentence.number - 1, 0, -1)
                if sentences[number - 1].paragraph >= unit.sentence.paragraph - 1
                and (spoken := by_number.get(number)) is not None
                and spoken.source is not None
            ),
            None,
        )
        told_before = " ".join(s.text for s in sentences[: unit.sentence.number - 1])
        noun = (
            described_expert(unit.sentence.text, unit.cues, told_before)
            if source_language == "en"
            else None
        )
        if (
            noun is None
            or last is None
            or last.source is None
            or last.source.kind != "person"
            or last.source is unit.source
        ):
            continue
        expert = last.source
        if not bears_expert_noun(expert, noun, told_before) and (
            # (not where the pick, or another, is the one the article calls so, nor where it
            # brought in someone unnamed so: "Gardening expert Radek Babicek ... Homeowner
            # Lisa Grant ... '...,' the expert explains." is his; "A Hollywood insider told
            # the Sun ... According to the insider, ..." is the insider's; a review)
            any(
                a.kind == "person" and a is not expert and bears_expert_noun(a, noun, told_before)
                for a in actors
            )
            or unnamed_expert(noun, told_before)
        ):
            continue
        _give(unit, expert, ", the one quoted just before, whom it describes", notes)

    # Nor is a German sentence whose verb of saying has the impersonal "man" as its subject the
    # words of one it does not name ("Man geht davon aus, dass sich die Löscharbeiten bis in
    # die Nacht hinziehen werden." went to the company whose building burned, named later;
    # real news, Berliner Morgenpost): the article's.
    for unit in attributed:
        picked = unit.source
        spoke_before = by_number.get(unit.sentence.number - 1)
        if (
            source_language != "de"
            or picked is None
            or unit.cues.anonymity
            or unit.cues.quotes
            or mentioned(picked, unit.sentence.text)
            or (impersonal := _GERMAN_IMPERSONAL.match(unit.sentence.text)) is None
            # (nor where a verb of saying after it has a speaker of its own: "Man rechnet mit
            # einem Schaden, sagte er."; a review)
            or any(
                start >= impersonal.end()
                for start, _ in verbs_outside_quotes(unit.sentence.text, unit.cues)
            )
            # (nor where the pick spoke the sentence before in its paragraph: "Ein Sprecher der
            # Feuerwehr sagte, ... Man geht davon aus, dass ..."; a review)
            or (
                spoke_before is not None
                and spoke_before.source is picked
                and spoke_before.sentence.paragraph == unit.sentence.paragraph
            )
        ):
            continue
        _give(unit, ARTICLE_ITSELF, ": its speaker is the impersonal 'man'", notes)

    # Nor is a German sentence that names a body right after its closing verb of saying the
    # words of a person it does not name ("Identifizierte Spione müssten ausgewiesen werden,
    # forderte die Partei „Die Mitte“." went to Lavrov, named before; real news, FAZ): the
    # body's, where it is an actor, else the article's.
    for unit in attributed:
        picked = unit.source
        said = unit.sentence.text
        body = german_body_after_verb(said, unit.cues) if source_language == "de" else None
        if (
            body is None
            or picked is None
            or picked.kind != "person"
            or unit.cues.anonymity
            or mentioned(picked, said)
        ):
            continue
        named_body = next((a for a in actors if a.kind != "person" and mentioned(a, body)), None)
        _give(
            unit, named_body or ARTICLE_ITSELF, ", the body named after its verb of saying", notes
        )

    # A question the article asks is the writer's: "Warum finden in Europa lebende ... Menschen
    # überhaupt Gefallen an dem, was ihnen ein Kalifat vermeintlich verspricht?" went to the
    # IGGÖ, named later (real news, derStandard). Not one who asks named in it, a pronoun that
    # asks, a quotation, or words inside one.
    for unit in attributed:
        picked = unit.source
        if (
            picked is None
            or picked.kind == "anonymous"
            or unit.spoken
            or not is_question(unit.sentence.text[unit.start : unit.end])
            or _speaker_settled(unit, actors, continued)
            or mentioned(picked, unit.sentence.text)
        ):
            continue
        _give(unit, ARTICLE_ITSELF, ": a question the article asks", notes)

    # "'Done?' Wallace asked." is split after the quotation's question mark (real news, CNN:
    # the quotation went to Trump, "Wallace asked." stood as a claim): a sentence that is only
    # a speaker and a verb of saying tags the quotation just before it, which is theirs, and
    # says nothing itself.
    by_sentence = {u.sentence.number: u for u in units}
    tags: list[_Unit] = []
    named_after: list[_Unit] = []  # the quotations a tag gives their speaker
    for unit in attributed:
        tagged = by_sentence.get(unit.sentence.number - 1)
        if (
            tagged is None
            or len(unit.sentence.text.split()) > MAX_TAG_WORDS
            or unit.cues.quotes
            or unit.source is None
            or tagged.sentence.paragraph != unit.sentence.paragraph
            or not _all_quotation(tagged.sentence.text[tagged.start : tagged.end])
        ):
            continue
        tags.append(unit)
        named_after.append(tagged)
        if tagged.source is not unit.source:
            _give(tagged, unit.source, ", whom the words after the quotation name", notes)
    units = [u for u in units if u not in tags]

    # A quotation that opens a sentence and closes in the next one of its paragraph, whose
    # clause of saying names its speaker, is that speaker's from its first sentence: '"The
    # Department of Energy received significant feedback ... questions.' then 'Some of the
    # questions asked left many in our workforce unsettled," said Eben Burnham-Snyder, a
    # department spokesman.' (real news, the Chicago Tribune: the first ran on with the expert
    # quoted two paragraphs before).
    for unit in attributed:
        closer = by_sentence.get(unit.sentence.number + 1)
        if (
            closer is None
            or unit in named_after
            or closer.sentence.paragraph != unit.sentence.paragraph
            or not _all_quotation(unit.sentence.text[unit.start : unit.end])
            or not quotation_left_open(unit.sentence.text)
            or opens_quotation(closer.sentence.text)
            or closer.source is None
            or not verbs_outside_quotes(closer.sentence.text, closer.cues)
            or not mentioned(closer.source, closer.sentence.text)
            or _CLOSING_MARK.search(closer.sentence.text) is None
        ):
            continue
        named_after.append(unit)
        if unit.source is not closer.source:
            _give(unit, closer.source, ", whom the sentence closing its quotation names", notes)

    # A quotation the model gave the article's own voice, closed by a verb of saying and a
    # person the article only describes, is that unnamed person's ('"...," the 35-year-old
    # woman said in a television interview.', "«...», declaró la mujer de 35 años"; real news,
    # ABC: the mother's two quotations went to an unnamed police officer and the article): the
    # article's voice is never a quotation.
    # Not where a person the article names stands near (in the paragraph, the two before, or
    # the next sentence): the description may be theirs ("Marie Dupont a perdu sa maison. « Nous
    # avons tout perdu », a déclaré la femme."), or a quotation over paragraphs they opened (a
    # review).
    named_people = [a for a in actors if a.kind == "person"]
    for unit in attributed:
        if unit.source is not None or not opens_quotation(unit.sentence.text.strip()):
            continue
        here = unit.sentence
        nearby = [
            s.text
            for s in sentences
            if here.paragraph - 2 <= s.paragraph <= here.paragraph or s.number == here.number + 1
        ]
        if any(mentioned(a, t) for a in named_people for t in nearby):
            continue
        description = described_speaker(unit.sentence.text, unit.cues, actors, source_language)
        if description is None:
            continue
        folded = normalize_name(description)
        closing_source = next(
            (
                a
                for a in actors
                if a.kind == "anonymous" and folded in a.forms | {normalize_name(a.name)}
            ),
            None,
        )
        if closing_source is None:
            closing_source = unnamed_actor(description, actors)
            actors.append(closing_source)
        _give(unit, closing_source, ", the one described closing it", notes)
    # A quotation closed by a verb of saying and a person described by their trade ("„...“,
    # erklärt der Wissenschaftler.", '"...," the economist said.') right after the sentence of
    # its paragraph that opens with one person, and names no other, is that person's, not one
    # the model picked whom neither sentence names (real news, Tagesspiegel: "Haustein sieht
    # vor allem einen Auslöser: veränderte Windverhältnisse. „...“, erklärt der
    # Wissenschaftler." went to another researcher).
    for unit in attributed:
        picked = unit.source
        here = unit.sentence
        trade = _closing_trade(unit, source_language)
        if (
            picked is None
            or picked.kind == "anonymous"
            or trade is None
            # (not one named in the paragraph before: "Hans Meier lehrt an der Universität
            # Köln. ... Bundesfinanzminister Christian Lindner verteidigte die Pläne ...
            # „...“, sagte der Finanzprofessor."; a review)
            or any(
                mentioned(picked, s.text)
                for s in sentences[: here.number]
                if s.paragraph == here.paragraph
            )
        ):
            continue
        openers = [
            a
            for a in actors
            if a.kind == "person"
            and _introduced_just_before(a, here, sentences, actors)
            and _titled_in_trade(a, text, _trade_group(trade))
        ]
        if len(openers) == 1:
            _give(unit, openers[0], ", whom the trade closing its quotation names again", notes)

    # Quotation sentences and later clauses take the source of what comes before them. And a
    # sentence that is all quotation, with no verb of saying, runs on with whoever spoke last
    # in its paragraph or the two before it ('"I was not that good a student ...," she says.'
    # and, after the interviewer's question, '"Um. Not for more than a couple of days."'; real
    # news, the Guardian): news writing does not say again who goes on speaking, and the
    # article's own voice is never all in quotation marks. One pass, in order, so that what a
    # changed sentence's quotation carries on with is its new speaker.
    speaking: _Unit | None = None
    quoted: _Unit | None = None  # the last quotation someone speaks (not one introduced)
    previous: _Unit | None = None
    for unit in units:
        if unit in carried and previous is not None and unit not in named_after:
            unit.source, unit.source_option = previous.source, previous.source_option
        if unit.cues.attributed:
            previous = unit
        if (
            speaking is not None
            and speaking.source is not None
            and unit in attributed
            and unit.source is not speaking.source
            and (
                unit.sentence.paragraph - speaking.sentence.paragraph <= RUN_ON_PARAGRAPHS
                # an interview's answer, right after the interviewer's question, is the
                # person's who spoke last, however many paragraphs back ("Why had there been
                # such a strong turn away from the Conservatives at the election?" then
                # "“Because people thought they were chaotic ...”"; real news, the London
                # Standard)
                or (
                    speaking.source.kind == "person"
                    and _answers_a_question(unit, sentences)
                    # not when the question asks another ("So what does Tom Black, who chairs
                    # the Friends of Elm Road Library, make of the plan?")
                    and _asked_person(sentences[unit.sentence.number - 2].text, actors)
                    in (None, speaking.source)
                    and unit.sentence.paragraph - speaking.sentence.paragraph
                    <= INTERVIEW_PARAGRAPHS
                )
            )
            and unit not in named_after
            and _all_quotation(unit.sentence.text[unit.start : unit.end])
            # "say" inside the quotation ("It feels weird to say that") is the speaker's word
            and (
                not verbs_outside_quotes(unit.sentence.text, unit.cues)
                or subjectless_tag(unit.sentence.text, unit.cues, actors, source_language)
            )
            and not unit.cues.anonymity
            # nor one a document closes as its source ("„...“, steht im Papier."; a review)
            and unit.cues.document_opening != "in"
            # not past a later quotation that is none of the listed actors' (the writer's own,
            # "Ich sitze dabei ... und muss leicht schmunzeln: „Ich bin ehrlich gesagt froh
            # ...“", then "„Dass keiner von euch sagt, ...“"; real news, Berliner Zeitung:
            # given to a father who had spoken three paragraphs before)
            and (
                quoted is None
                or quoted.source is not None
                or quoted.sentence.number < speaking.sentence.number
            )
        ):
            # (not past a sentence between about another person, who then goes on: "Schlachter
            # Holland-Moritz kann die Wettbewerbsnachteile ... benennen. Mit dem Absatz seiner
            # Firma ist er zufrieden ... „Aber die großen Schlachtbetriebe haben den Vorteil
            # ...“"; real news, MDR, replayed: the ministry quoted a paragraph before took it)
            in_between = sentences[speaking.sentence.number : unit.sentence.number - 1]
            # (as the subject opening a sentence, in the unit's own paragraph, after a body's
            # quotation: a person quoted goes on past another person's deed, "Der englische
            # Stürmer Harry Kane vergab einen Elfmeter. „Das darf uns nicht passieren.“" is the
            # coach's; a review)
            others = {
                a.id: a
                for a in actors
                if speaking.source.kind != "person"
                and a.kind == "person"
                and a is not speaking.source
                and any(
                    s.paragraph == unit.sentence.paragraph
                    and named_by_name(a, " ".join(s.text.split()[:5]))
                    for s in in_between
                )
            }
            if len(others) == 1:
                about = next(iter(others.values()))
                if unit.source is not about:
                    _give(unit, about, ", whom the sentences before its quotation are about", notes)
            elif not others:
                # not past a sentence that announces the quotation as another's ("..., bis ein
                # Zuschauer ... dem AfD-Chef zur Seite springt, indem er seinen Beitrag wie
                # folgt einleitet." then "„Man merkt schon wieder, dass die Politiker einfach
                # lügen ...“"; real news, Die Welt: given to the AfD leader quoted before)
                before = sentences[unit.sentence.number - 2]
                announced = (
                    unit.sentence.number >= 2
                    and unit.sentence.paragraph - before.paragraph <= 1
                    and _INTRODUCES_A_QUOTATION.search(before.text) is not None
                    and not mentioned(speaking.source, before.text)
                )
                viewer = unnamed_person(before.text) if announced else None
                if viewer is not None and _introduced_as_subject(before.text, viewer[0]):
                    unnamed = _unnamed_source(viewer[0], actors)
                    if unnamed not in actors:
                        actors.append(unnamed)
                    _give(unit, unnamed, ", whom the sentence before introduces it with", notes)
                else:
                    # (anyone else the sentence introduces it by goes on: "She summed it up in
                    # these words:", "Seine Antwort an einen Zuschauer beginnt er mit den
                    # Worten:"; a review)
                    _give(unit, speaking.source, ", whose quotation it runs on with", notes)
        asked_of = (
            _asked_person(sentences[unit.sentence.number - 2].text, actors)
            if unit in attributed
            and _answers_a_question(unit, sentences)
            and _all_quotation(unit.sentence.text[unit.start : unit.end])
            and not verbs_outside_quotes(unit.sentence.text, unit.cues)
            else None
        )
        if asked_of is not None and unit.source is not asked_of:
            # the answer to a question that asks one person is theirs ("So what does Tom
            # Black, who chairs the Friends of Elm Road Library, make of the plan?"), not one
            # it asks about ("Is Starmer a good leader?")
            _give(unit, asked_of, ", whom the question before it asks", notes)
        if unit.source is not None and (unit.spoken or unit in carried or _speech(unit)):
            speaking = unit
        if unit.cues.quotes and (
            unit.spoken
            or unit in carried
            or _speech(unit)
            # a quotation a colon opens after the writer's own clause is the writer's
            # words, with no verb of saying too ("Ich sitze dabei, höre zu und muss leicht
            # schmunzeln: „...“"; real news, Berliner Zeitung), or an unnamed person's
            # ("Ein Passant schüttelt den Kopf: „...“"); not a sign's, a motto's or a
            # letter's ("Das Motto der Kampagne: „...“"; a review)
            or _writers_or_unnamed_colon_quotation(unit)
        ):
            quoted = unit  # (whoever speaks: one not listed too)
        introduced = _introduced_person(unit, actors)
        if introduced is None and (
            quoted is None
            or unit.sentence.paragraph - quoted.sentence.paragraph > RUN_ON_PARAGRAPHS
        ):
            # one who names others as objects, or is described before the name, introduces no
            # one right after a quotation, which may go on after it ("“It was a brutal
            # match,” Andy Murray told reporters. Carlos Alcaraz beat Murray in four sets. “He
            # is the best player ...”", "..., sagte Trainer Vincent Kompany. Der englische
            # Stürmer Harry Kane vergab einen Elfmeter. „Das darf uns nicht passieren.“")
            introduced = _introduced_person(unit, actors, relaxed=True)
        if introduced is not None and (speaking is None or speaking.source is not introduced):
            # "Mlungisi Mvoko, the finance ... member of the Eastern Cape's executive council,
            # wants to see the corridor stretching as far as Angola. “Bringing in Angola ...”"
            # (real news, the Namibian: the quotation ran on with the speaker before): a
            # person the article's own voice introduces is whom the quotation after is of
            # (a copy the loop tracks as the speaker; the unit itself keeps its source)
            speaking = replace(unit, source=introduced, source_option=introduced.option())

    # A quotation over paragraphs opens each and closes only the last: a paragraph that opens
    # a quotation and leaves it open, followed by one that opens another, is the words of the
    # speaker that last paragraph names ("“Novel legal interpretations will not bring an end
    # to the ongoing conflict. ... region." then "“To be clear, ...,” Simmons concluded."; real
    # news, Daily Maverick: given to the UN officials of the paragraph before).
    by_paragraph: dict[int, list[_Unit]] = {}
    for unit in units:
        by_paragraph.setdefault(unit.sentence.paragraph, []).append(unit)
    paragraph_text = {
        number: text[group[0].sentence.start : group[-1].sentence.end]
        for number, group in by_paragraph.items()
    }
    for number in sorted(by_paragraph):
        if not _left_open(paragraph_text[number]):
            continue
        closing = number + 1
        while closing in paragraph_text and _left_open(paragraph_text[closing]):
            closing += 1
        if closing not in paragraph_text or not opens_quotation(paragraph_text[closing]):
            continue
        # the one who closes the quotation: the sentence of its first closing mark names them
        closer = next(
            (u for u in by_paragraph[closing] if _CLOSING_MARK.search(u.sentence.text)), None
        )
        speaker = closer.source if closer is not None else None
        if (
            closer is None
            or speaker is None
            or not closer.cues.reporting
            or not mentioned(speaker, closer.sentence.text)
        ):
            continue
        for unit in by_paragraph[number]:
            if unit.cues.reporting:
                continue
            if unit.source is not speaker:
                _give(unit, speaker, ", whose quotation over paragraphs it opens", notes)
            unit.spoken = True  # all in the quotation

    # German reported speech before the sentence that names its speaker ("Jedem Bürger müsse
    # selbst überlassen bleiben, ... Der Kampf gegen Geldwäsche sei ... Es gehe der EU darum,
    # ..., so die FPÖ-Aussendung."; real news, derStandard): a sentence in the Konjunktiv I with
    # no cue of its own that no speaker before goes on with is the next reported sentence's,
    # in its paragraph, and so is each such sentence right before it.
    # The sentence that names the speaker may be in the indicative ("Die Netflix-Doku könne
    # hier ein Wendepunkt sein. Streeck nannte sie „ausdrücklich klasse“ ..."; real news,
    # Braunschweiger Zeitung), and the reported one may quote a phrase ("Wünschenswert sei ein
    # „positiver Ruck“ in der Szene. ... betonte er: ...").
    for later in [
        u for u in units if u in attributed and (u.cues.subjunctive or _names_its_speaker(u))
    ]:
        if later.source is None and later.source_option != DOCUMENT:
            continue
        number = later.sentence.number - 1
        while True:
            at_number = [u for u in units if u.sentence.number == number]
            if (
                len(at_number) != 1
                or not _reported_without_speaker(at_number[0])
                or at_number[0].sentence.paragraph != later.sentence.paragraph
            ):
                break
            just_before_it = [u for u in units if u.sentence.number == number - 1]
            if (
                len(just_before_it) == 1
                and just_before_it[0].source is not None
                and just_before_it[0].sentence.paragraph == later.sentence.paragraph
                and (just_before_it[0].cues.subjunctive or just_before_it[0].cues.reporting)
            ):
                # a speaker right before goes on: "Dietmar Bartsch (Linke) kritisierte gar,
                # dass es sich ... um Symbolpolitik handele. Statt dessen solle man die
                # Altgedienten »lieber auf eine Bootsfahrt einladen« ..." is Bartsch's, not
                # the peace society's the next sentence names (real news, junge Welt)
                at_number[0].source = just_before_it[0].source
                at_number[0].source_option = just_before_it[0].source_option
                carried.append(at_number[0])
                notes.append(
                    f"sentence {number}: reported speech after sentence {number - 1}, whose "
                    "source it takes"
                )
                break
            at_number[0].source, at_number[0].source_option = later.source, later.source_option
            carried.append(at_number[0])
            notes.append(
                f"sentence {number}: reported speech before sentence "
                f"{later.sentence.number}, whose source it takes"
            )
            number -= 1

    # German reported speech that opens a paragraph, with no speaker named in it, goes on
    # with the speaker of the paragraph before ("Umso wichtiger seien prominente
    # Persönlichkeiten, ...: „...“ ¶ Haftbefehl: Streeck wünscht sich mehr solcher Einblicke ¶
    # Die Netflix-Doku könne hier ein Wendepunkt sein."; real news, Braunschweiger Zeitung): a
    # main clause in the Konjunktiv I is never the article's own voice.
    for index, unit in enumerate(units):
        if not _reported_without_speaker(unit):
            continue
        spoke = next(
            (
                u
                for u in reversed(units[:index])
                if u.source is not None and (u in carried or _speech(u))
            ),
            None,
        )
        if spoke is None or spoke.source is None:
            continue
        between = [u for u in units[:index] if u.sentence.number > spoke.sentence.number]
        if (
            unit.sentence.number - spoke.sentence.number <= REPORTING_GAP
            and not any(u.cues.attributed and u.source is not spoke.source for u in between)
            # into another paragraph only with no claim between (a subheading may stand there)
            and (spoke.sentence.paragraph == unit.sentence.paragraph or not between)
        ):
            _give(unit, spoke.source, ", whose reported speech it goes on with", notes)
            if unit not in carried:
                carried.append(unit)

    # An Italian, Spanish or Portuguese verb of saying with no subject goes on with the one
    # who spoke last ("Por su parte, el consejero ..., Antonio Sanz Cabello, confirmó que ...
    # Reconoce, sin embargo, que ... Asimismo, señala que ..."; real news, La Vanguardia: the
    # model gave them to the minister who had spoken before him), when no other actor is named
    # between: the one named there may be the subject.
    # (subject_dropped holds it to the languages that drop the subject)
    for index, unit in enumerate(units):
        if (
            unit not in attributed
            or unit.cues.anonymity
            or not subject_dropped(unit.sentence.text, unit.cues, actors, source_language, text)
        ):
            continue
        spoke = next(
            (u for u in reversed(units[:index]) if u.source is not None and _speech(u)), None
        )
        if spoke is None or spoke.source is None or spoke.source.kind == "anonymous":
            continue
        between = [u for u in units[:index] if u.sentence.number > spoke.sentence.number]
        if (
            unit.sentence.number - spoke.sentence.number <= REPORTING_GAP
            and not any(
                mentioned(a, u.sentence.text)
                for u in between
                for a in actors
                if a is not spoke.source
            )
            # nor a sentence between with a subject of its own ("La ministra no tardó en
            # responder. Aseguró que ..."; a review)
            and not any(opens_with_a_subject(u.sentence.text, text) for u in between)
            and (
                spoke.sentence.paragraph == unit.sentence.paragraph
                or (not between and unit.sentence.paragraph - spoke.sentence.paragraph == 1)
            )
            and unit.source is not spoke.source
        ):
            _give(
                unit,
                spoke.source,
                ", whose speech its verb with no subject goes on with",
                notes,
            )
            if unit not in carried:
                carried.append(unit)

    # German reported speech whose subject is "er" or "sie", that no speaker before goes on
    # with ("Aiden Aimen ist Objektleiter im Betrieb ... Seine Erfahrung: Der Verkehr wird zum
    # Nadelöhr. An einem normalen Arbeitstag brauche er durchschnittlich eine halbe Stunde
    # ..."; real news, BR): the person the pronoun stands for, the last one named before it
    # in its paragraph who fits it
    if source_language == "de":
        for unit in units:
            if not _reported_without_speaker(unit):
                continue
            gender = _subjunctive_pronoun(unit)
            if gender is None:
                continue
            paragraph = [
                s
                for s in sentences[: unit.sentence.number - 1]
                if s.paragraph == unit.sentence.paragraph
            ]
            fitting = [
                a
                for a in actors
                if a.kind == "person"
                and genders.get(a.id) in (None, gender)
                and any(mentioned(a, s.text) for s in paragraph)
            ]
            person = _last_named("person", paragraph, fitting)
            if person is not None:
                _give(unit, person, ", whom the pronoun of its reported speech stands for", notes)
                carried.append(unit)

    claims_units = [
        u
        for u in units
        if (u.source_option is not None or not u.cues.attributed) and u not in introductions
    ]

    # A medium that only relays others ("he told heise online", "according to ABC News, Basya
    # believes") is no actor of the story: every sentence naming it is a claim of someone else.
    # So is one the kinds stage called an organisation where the article calls it a medium
    # ("Según informó la agencia EFE, citando a la Consejería ..."; gold school-roof, replayed:
    # EFE stayed an actor).
    relays = [
        a.name
        for a in actors
        if (a.kind == "media" or called_a_medium(a, sentences))
        and _only_relays(a, sentences, claims_units)
    ]
    if relays:
        actors = [a for a in actors if a.name not in relays]
        notes.append(f"media that only relay others, left out of the actors: {', '.join(relays)}")
    # A "medium" that says nothing and that the article never calls one, nor names as a body,
    # is a thing it writes about ("QR-Code", "FaceTime-Audio" listed as media; real news,
    # heise online; "Ann Arbor Police Department" stays).
    things_said_media = [
        a.name
        for a in actors
        if a.kind == "media"
        and not any(u.source is a for u in claims_units)
        and not called_a_medium(a, sentences)
        and not names_a_body(a.name)
    ]
    if things_said_media:
        actors = [a for a in actors if a.name not in things_said_media]
        notes.append(
            "called media, silent and not written as a medium, left out of the actors: "
            + ", ".join(things_said_media)
        )
    # A name the article writes only inside a longer actor's name is a piece of that name.
    pieces = [
        a.name
        for a in actors
        if not any(u.source is a for u in claims_units) and named_only_inside(a, actors, text)
    ]
    if pieces:
        actors = [a for a in actors if a.name not in pieces]
        notes.append(f"names only written inside a longer actor's name: {', '.join(pieces)}")

    # An interviewee's passing mention ("Jimmy Wales e Larry Sanger" once in an answer) is a
    # topic of the conversation, not an actor of the article: one named in a single sentence,
    # an answer, and the source of nothing.
    if qa is not None:
        passing = [
            a.name
            for a in actors
            if a is not qa.interviewee
            and all(a is not qa.answered_by(n) for n in qa.answers)
            and not any(u.source is a for u in claims_units)
            and len(where := [s.number for s in sentences if mentioned(a, s.text)]) == 1
            and where[0] in qa.answers
        ]
        if passing:
            actors = [a for a in actors if a.name not in passing]
            notes.append(
                f"named once in passing in the interviewee's answers: {', '.join(passing)}"
            )

    # Words that say a source is unnamed name no one ("Beraterkreisen", "insiders"): listed as
    # a body, they are no actor unless the sentence's unnamed source.
    unnamed_words = [
        a.name
        for a in actors
        if a.kind != "anonymous"
        and not any(u.source is a for u in claims_units)
        and find_cues(a.name, source_language).anonymity == (a.name,)
    ]
    if unnamed_words:
        actors = [a for a in actors if a.name not in unnamed_words]
        notes.append(f"words for an unnamed source, not actors: {', '.join(unnamed_words)}")

    # An unnamed source is an actor for what it says: one that says nothing ("ring bling",
    # "music fans", listed as people the article does not name; real news, USA Today) is none.
    mute = [
        a.name
        for a in actors
        if a.kind == "anonymous" and not any(u.source is a for u in claims_units)
    ]
    if mute:
        actors = [a for a in actors if a.name not in mute]
        notes.append(f"unnamed people who say nothing, not actors: {', '.join(mute)}")

    # A name the article gives only to a treaty, a meeting, a law or a work is no actor.
    things = [
        a.name
        for a in actors
        if a.kind in ("organization", "government", "group")
        and not any(u.source is a for u in claims_units)
        and named_as_a_thing(a, sentences)
    ]
    if things:
        actors = [a for a in actors if a.name not in things]
        notes.append(
            f"names of a treaty, a meeting, a law or a work, not actors: {', '.join(things)}"
        )

    # An outlet named only in the dateline filed the story; it is no actor of it.
    filers = [
        a.name
        for a in actors
        if a.kind in _BODIES
        and not any(u.source is a for u in claims_units)
        and any(mentioned(a, s.text[: datelines.get(s.number, 0)]) for s in sentences)
        and not any(
            mentioned(a, s.text[datelines.get(s.number, 0) :])
            for s in sentences
            if not is_credit_line(s.text)  # "CNN's Alex Mooney contributed to this report."
        )
    ]
    if filers:
        actors = [a for a in actors if a.name not in filers]
        notes.append(f"named only in the dateline, not actors: {', '.join(filers)}")

    # -- statements
    for unit in claims_units:
        unit.statement = unit.sentence.text[unit.start : unit.end].strip()
    translated: set[int] = set()
    # the statements stage's calls and answers: asked in one call, all kept, its conversation
    # goes on to the headline (below)
    statement_calls: list[tuple[StageCall, BaseModel]] = []
    if output != source_language and claims_units:
        # bodies' names get translated, a medium's and a person's do not: one the sentence
        # does not name is made up ("the RWTH Aachen received an inspection by an inspector
        # from CORRECTIV" for "... bekam ... die RWTH Aachen Besuch von Ermittlungsbehörden,
        # wie ein Sprecher auf Anfrage bestätigte"; real news, Correctiv)
        people = [a for a in actors if a.kind in ("person", "media")]
        translated = yield from _translate(
            claims_units,
            output,
            ask,
            failed,
            notes,
            checks,
            batch,
            people,
            sentences,
            source_language=source_language,
            bodies=[a for a in actors if a.kind in _BODIES and a.kind != "media"],
            asked=statement_calls,
        )
    # -- headline and summary, from the claims
    # Asked right after the statements, it points to what the model has just read or written
    # instead of listing the claims again (on a CPU, reading them again is most of this
    # stage's time): the sentences of an article in the language asked for by number, the
    # statements of one batch that were all kept by their keys, as the next turn of the
    # statements' conversation. Otherwise (a statement re-asked or left untranslated, more
    # claims than one batch) the claims are listed.
    given: HeadlineFacts = "listed"
    chained: tuple[StageCall, BaseModel] | None = None
    if (
        len(statement_calls) == 1
        and len(claims_units) <= MAX_FACTS
        and all(id(u) in translated for u in claims_units)
    ):
        chained, given = statement_calls[0], "translated"
        facts = [f"{u.key}_{output}: {_source_label(u)}" for u in claims_units]
    elif output == source_language and claims_units:
        given = "article"
        facts = list(
            dict.fromkeys(
                f"[{u.sentence.number}]: {_source_label(u)}" for u in _main_claims(claims_units)
            )
        )
    else:
        facts = [f"{_source_label(u)}: {_clip(u.statement)}" for u in _main_claims(claims_units)]
    headline, summary = "", ""
    avoid: list[str] = []
    title = _article_title(sentences)
    cut_short = False
    for attempt in range(2):
        stage = "headline" if attempt == 0 else "headline-retry"
        try:
            question = headline_question(facts, output, avoid, title, given=given)
            answer = yield (
                ask(stage, question, HeadlineAnswer, 300)
                if chained is None
                else _next_turn(chained, stage, question, HeadlineAnswer, 300)
            )
        except Exception as exc:
            failed(stage, exc)
            break
        written_headline = str(getattr(answer, "headline", ""))
        # the schema's bound closed it mid-phrase: a sentence of the article copied on ("After
        # a summer of historic tumult, the path to the presidency for both Kamala Harris and
        # Donald Trump this fall is much"; real news, AP)
        cut_short = len(written_headline) >= HEADLINE_CHARS
        headline = " ".join(written_headline.split())
        summary = _whole_sentences(str(getattr(answer, "summary", "")), output)
        found = [
            u
            for part, is_headline in ((headline, True), (summary, False))
            for u in unsupported_specifics(part, text, language=output, headline=is_headline)
        ]
        # the headline on its own too: a quotation of the article copied as the headline
        # ("Marco Rubio: 'Die Ansichten liegen zu weit auseinander', sagt ..."; derStandard)
        # hides behind an English summary
        # judged without the article's names when enough words are left ("Füchse Berlin win
        # quarter-final of DHB Pokal. The Füchse Berlin beat ..." read as German)
        briefed = f"{headline} {summary}"
        fresh_words = _own_words(briefed, text)
        wrong_language = _other_language(
            fresh_words if len(fresh_words.split()) >= MIN_JUDGED_WORDS else briefed,
            output,
            MIN_JUDGED_WORDS,
        ) or _in_source_language(headline, source_language, output, text)
        if attempt == 0:
            checks.unsupported_found.extend(str(u) for u in found)
        # letters of another script ("... filling the English媒体"; real news, Aktuálně.cz, a
        # Czech article briefed in English)
        foreign = foreign_letters(briefed, output, text)
        if not _serious(found) and not wrong_language and not foreign:
            if found:
                notes.append(
                    f"headline/summary names not found in the article: {', '.join(map(str, found))}"
                )
            break
        avoid = [f"{u.text!r}" for u in _serious(found)] + ([repr(foreign)] if foreign else [])
        if wrong_language:
            notes.append(f"headline/summary not in the requested language {output!r}; re-asked")
        if foreign:
            notes.append(
                f"headline/summary wrote {foreign!r}, not {language_name(output)}; re-asked"
            )
    # a wire story's dateline copied from the numbered sentence the headline stage was pointed
    # to ("WASHINGTON (Reuters) - The Senate will vote ..."): no part of a claim, nor of the
    # headline or summary written from it
    for number, end in datelines.items():
        dateline = sentences[number - 1].text[:end].strip()
        if dateline and summary.startswith(dateline):
            summary = summary[len(dateline) :].lstrip()
        if dateline and headline.startswith(dateline):
            headline = headline[len(dateline) :].lstrip()
    if foreign_letters(headline, output, text):
        notes.append(f"headline {headline!r} dropped: letters of another script")
        headline = ""
    if foreign_letters(summary, output, text):
        notes.append(f"summary {summary!r} dropped: letters of another script")
        summary = ""
    if _in_source_language(headline, source_language, output, text):
        notes.append(f"headline {headline!r} dropped: not in the requested language {output!r}")
        headline = ""
    if _in_source_language(summary, source_language, output, text):
        # the summary too, asked twice in English and written in the article's language
        # (real news, La Vanguardia: it became the headline as well); the lead claim's
        # statement, translated, stands in
        notes.append(f"summary {summary!r} dropped: not in the requested language {output!r}")
        summary = ""
    if cut_short and headline:
        notes.append(f"headline {headline!r} dropped: cut short at its length limit")
        headline = ""
    # Drop what still holds invented numbers or dates.
    dropped = _serious(unsupported_specifics(headline, text, language=output, headline=True))
    if dropped:
        checks.unsupported_dropped.extend(str(u) for u in dropped)
        notes.append(
            f"headline {headline!r} dropped: {', '.join(map(str, dropped))} not in the article"
        )
        headline = ""
    # a topic word the title opens with, copied in the article's language before a translated
    # headline ("Schnellere Integration: Job-Turbo helps refugees on the job market"; real
    # news, Hessenschau)
    kicker = _KICKER.match(headline) if title and source_language != output else None
    if (
        kicker is not None
        and sentences[title[0] - 1].text.startswith(kicker.group(0).lstrip())
        # not a speaker's name ("Selenskyj: ...")
        and not any(mentioned(actor, kicker.group(1)) for actor in actors)
    ):
        rest = headline[kicker.end() :].strip()
        notes.append(
            f"headline: the title's topic {kicker.group(1)!r} left out, in the article's language"
        )
        headline = rest[:1].upper() + rest[1:]

    def changed_fact(part: str) -> str | None:
        """Why ``part`` (the headline or a sentence of the summary) tells of what the whole
        article does not: an event it has no word of ("Euroleague Implies Sarcasm Over Mass
        Shooting" of an article about a mass brawl; real news, Zeit Online), or the opposite of
        what an English article says ("Private companies pay for PM Anwar's foreign trips" of
        "Private companies did not pay for ..."; real news, Malay Mail)."""
        event = invented_event(text, source_language, part, output)
        if event is not None:
            return f"the article tells of no {event!r}"
        announcer = _unlisted_announcer(part, actors) if output == "en" else None
        if announcer is not None:
            return f"no {announcer!r} speaks in the article"
        flipped = contradicted(text, part) if source_language == output == "en" else None
        return None if flipped is None else f"the article writes {flipped!r}"

    changed = changed_fact(headline) if headline else None
    if changed is not None:
        notes.append(f"headline {headline!r} dropped: {changed}")
        headline = ""
    # a sentence of the article copied whole as the headline of an article that opens with a
    # title ("Listen here on your chosen podcast platform"; real news, the London Standard):
    # the title says what the article is about
    if (
        title
        and headline
        and any(_same_words(s.text, headline) for s in sentences if s.number not in title)
    ):
        notes.append(f"headline {headline!r} dropped: a sentence of the article, not its title")
        headline = ""
    kept_sentences: list[str] = []
    for piece in _summary_sentences(summary, output):
        if len(kept_sentences) >= MAX_SUMMARY_SENTENCES:
            # asked for two, a small model may write on in fragments (gold Toulouse-Lyon:
            # seven, the first the headline again)
            notes.append(f"summary cut after {MAX_SUMMARY_SENTENCES} sentences")
            break
        if _same_words(piece, headline):
            continue
        dropped = _serious(unsupported_specifics(piece, text, language=output))
        changed = changed_fact(piece)
        if changed is not None:
            notes.append(f"summary sentence {piece!r} dropped: {changed}")
        elif dropped:
            checks.unsupported_dropped.extend(str(u) for u in dropped)
            notes.append(
                f"summary sentence {piece!r} dropped: {', '.join(map(str, dropped))} not in the "
                "article"
            )
        elif piece:
            kept_sentences.append(piece)
    summary = " ".join(kept_sentences)
    lead = next(
        (
            u
            for u in _main_claims(claims_units)
            # a title the article opens with is no summary (real news, BBC), nor a statement
            # left in the article's language
            if _states_a_fact(u.statement)
            and not _same_words(u.statement, headline)
            and not _in_source_language(u.statement, source_language, output, text)
        ),
        None,
    )
    if not summary and lead is not None:
        # the model's summary was cut short (closed at a quotation mark) or held invented
        # specifics: the lead claim that is a whole sentence, checked like every statement,
        # stands in
        summary = lead.statement
        notes.append("summary: none the model wrote could be kept; the lead claim stands in")
    if not headline and title and source_language == output:
        # the article's own title, in the language asked for, before a sentence of the summary
        headline = " ".join(sentences[n - 1].text for n in title)
        notes.append("headline: the article's own title stands in")
    if not headline:
        headline = (
            kept_sentences[0]
            if kept_sentences
            else (summary or (claims_units[0].statement if claims_units else ""))
        )

    # A sentence is shown to the questions stage in the output language when every claim of
    # it was translated: asked to question a sentence of another language, the model wrote
    # about the sentence ("Who has spoken?", "What is the source of the information?") or
    # copied it instead of asking what it leaves open.
    readable: dict[int, str] = {}
    for number in {u.sentence.number for u in claims_units}:
        own = [u for u in claims_units if u.sentence.number == number]
        if output != source_language and all(id(u) in translated for u in own):
            readable[number] = " ".join(u.statement for u in own)

    # -- open questions: the cue finder proposes the sentences, the model writes the questions
    issues: list[UnresolvedIssue] = []
    proposed = _open_candidates(
        sentences, cues, (qa.questions if qa else frozenset()) | advertising
    )
    written_questions: dict[int, str] = {}
    pending_questions = list(proposed)
    # the words the brief may ask of: the article's, and the statements written of it
    written_here = normalize_name(" ".join([text, *(u.statement for u in claims_units)]))
    folded_article = normalize_name(text)
    problems: list[str] = []
    hints: dict[int, str] = {}
    for attempt in range(2):
        if not pending_questions:
            break
        stage = "issues" if attempt == 0 else "issues-retry"
        keys = [f"s{s.number}_q_{output}" for s in pending_questions]
        try:
            answer = yield ask(
                stage,
                issues_question(
                    [
                        (k, readable.get(s.number, s.text) + hints.get(s.number, ""))
                        for k, s in zip(keys, pending_questions)
                    ],
                    output,
                    problems,
                ),
                issues_model(keys, output, PENDING_OPENERS.get(output) if hints else None),
                60 + 60 * len(keys),
            )
        except Exception as exc:
            failed(stage, exc)
            break
        wrong: list[Sentence] = []
        # one line per kind of problem, naming its keys: eight copies of one line made the
        # model give one empty question eight times over (real news, AOL News)
        faults: dict[str, list[str]] = {}
        for key, sentence in zip(keys, pending_questions):
            question = " ".join(str(getattr(answer, key, "")).split())
            if not question:
                continue
            written_questions[sentence.number] = question
            other = len(question.split()) >= MIN_WORDS and detect_language(question) != output
            if other:
                fault = f"were not in {language_name(output)}"
            elif question.casefold() in EXAMPLE_QUESTIONS or _example_words(
                question, written_here, folded_article
            ):
                fault = (
                    "copied the worked example's questions: ask what this article's sentence "
                    "leaves open"
                )
            elif not is_question(question):  # the sentence copied, or a statement
                fault = "were not questions"
            elif _statement_then_question(question, output):
                fault = "wrote a statement before the question: write the question alone"
            elif output == "en" and (
                _copied_into_a_question(question) or _asks_what_it_says_is(question, sentence.text)
            ):
                fault = (
                    "copied the sentence after a question's first word: ask, in a short "
                    "question of your own, what the sentence leaves open"
                )
            elif _asks_nothing(question, output) or (
                output == "en"
                and _asks_a_name_it_gives(
                    question,
                    sentence.text,
                    " ".join(s.text for s in sentences if s.paragraph == sentence.paragraph),
                )
            ):
                fault = (
                    "asked about the article, not about its news: ask what the sentence leaves "
                    "open about the people or events it names, as the example's questions do"
                )
            elif output == "en" and _asks_what_its_source_said(
                question,
                next((u for u in claims_units if u.sentence.number == sentence.number), None),
            ):
                # asked again rather than dropped: the sentence may leave something open all
                # the same ("... 14 container ships were waiting offshore": for how long?)
                fault = (
                    "asked what the sentence's own speaker said, which the sentence tells: ask "
                    "what it leaves open (what is not known yet, what will happen next)"
                )
            elif output == "en" and _asks_what_happened(question, sentence.text):
                fault = (
                    "asked what happened, which the sentence tells: ask what it leaves open "
                    "(what is not known yet, what will happen next)"
                )
            elif output == "en" and _asks_the_figure_it_gives(question, sentence.text):
                fault = (
                    "asked for a figure the sentence gives: ask what it leaves open (what is not "
                    "known yet, what will happen next)"
                )
            elif _serious(unsupported_specifics(question, sentence.text, language=output)):
                # a number or date of another sentence, or one made up, changes a fact (the
                # gold birth ward: "after the 30th of July" of "dopo il 30 giugno")
                fault = (
                    "wrote numbers or dates that their sentence does not have: write them as "
                    "the sentence has them, or leave them out"
                )
            else:
                continue
            wrong.append(sentence)
            faults.setdefault(fault, []).append(key)
        problems = [f"{', '.join(keys)} {fault}" for fault, keys in faults.items()]
        pending_questions = wrong
        # One question written for every sentence ("What is the article about?" three times;
        # real news, Breitbart and the New York Times) came back the same when re-asked: the
        # re-ask names whom each sentence is about, asks one question per sentence, and holds
        # it to a question of what is pending (no "What is ...").
        repeated = Counter(written_questions.get(s.number, "").casefold() for s in wrong)
        if len(wrong) >= 2 and repeated.most_common(1)[0][1] * 2 >= max(len(wrong), 3):
            problems.append("each sentence needs its own question, about whom it names")
            for sentence in wrong:
                names = [a.name for a in actors if mentioned(a, sentence.text)][:3]
                hints[sentence.number] = f" (about {', '.join(names)})" if names else ""
    asked: set[str] = set()
    kept_questions: list[str] = []
    for sentence in proposed:
        question = written_questions.get(sentence.number, "")
        if not question or question.casefold() in asked:
            continue
        if question.casefold() in EXAMPLE_QUESTIONS or _example_words(
            question, written_here, folded_article
        ):
            notes.append(f"open question {question!r} dropped: the worked example's")
            continue
        if output == "en":
            claim = next((u for u in claims_units if u.sentence.number == sentence.number), None)
            following = next(
                (
                    u
                    for u in claims_units
                    if u.sentence.number == sentence.number + 1
                    and (
                        u.sentence.paragraph == sentence.paragraph
                        # (or opening the next paragraph with a quotation: "But Al Saud is
                        # aware of the effect ..." before '"He's the most wanted man to
                        # Israel," he said.' a paragraph on; real news, CBC)
                        or (
                            u.sentence.paragraph == sentence.paragraph + 1
                            and u.sentence.text[:1] in QUOTATION_MARKS
                            # (not after words that they did not speak: "Apple did not
                            # respond to a request for comment on the lawsuit." before what
                            # it said years ago; a review)
                            and not _NO_COMMENT.search(sentence.text)
                        )
                    )
                ),
                None,
            )
            if (
                _asks_what_its_source_said(question, claim, following)
                or _asks_what_happened(question, sentence.text)
                or _asks_the_figure_it_gives(question, sentence.text)
                or _asks_the_words_or_date_it_gives(question, sentence.text)
                # (of an English article: another's words for doubt are not in _HEDGED)
                or (
                    output == source_language == "en"
                    and (
                        _asks_whether_it_says(question, sentence.text)
                        or _asks_why_it_says(question, sentence.text)
                    )
                )
            ):
                notes.append(f"open question {question!r} dropped: its sentence answers it")
                continue
            its_paragraph = " ".join(s.text for s in sentences if s.paragraph == sentence.paragraph)
            if _asks_only_what_a_speaker_said(question, claims_units, its_paragraph, actors):
                notes.append(f"open question {question!r} dropped: the article answers it")
                continue
            if (
                _copied_into_a_question(question)
                or _in_a_speakers_words(question.strip())
                or _asks_what_it_says_is(question, sentence.text)
                or _what_if_it_says(question, sentence.text)
            ):
                notes.append(f"open question {question!r} dropped: its sentence copied")
                continue
            if _repeats(question, kept_questions):
                notes.append(f"open question {question!r} dropped: it asks an earlier one again")
                continue
            open_cue = bool(cues[sentence.number - 1].open_question)
            if _asks_who_an_actor_is(question, actors, sentence.text, open_cue):
                notes.append(f"open question {question!r} dropped: it asks who an actor is")
                continue
            if _asks_a_name_it_gives(question, sentence.text, its_paragraph):
                notes.append(f"open question {question!r} dropped: its sentence gives the name")
                continue
            if _asks_who_it_names(question, sentence.text, actors):
                notes.append(f"open question {question!r} dropped: its sentence says who")
                continue
            if _asks_when_it_says(question, sentence.text):
                notes.append(f"open question {question!r} dropped: it gives the date it asks")
                continue
            if _SECOND_PERSON.search(_QUOTED_WORDS.sub(" ", question)):
                # "What makes you believe that you can do it a little bit more?", "Why do you
                # think it was a long one?" (real news, iNews: asked of a player's quotation):
                # a question to the one quoted, or to the reader, not one the news leaves open
                notes.append(f"open question {question!r} dropped: it asks 'you'")
                continue
        if not is_question(question) or _statement_then_question(question, output):
            notes.append(f"open question {question!r} dropped: not a question")
            continue
        foreign = foreign_letters(question, output, sentence.text)
        if foreign:
            # a slip into another script ("... the Kueneng and Mapoteng Principal首席?"; real
            # news, the Lesotho Times)
            notes.append(f"open question {question!r} dropped: {foreign!r} is not {output!r}")
            continue
        if output == "en" and _CUT_QUESTION.search(question):
            # the schema's bound closed it mid-phrase ("Did the families of victims of the
            # 1989 Hillsborough stadium disaster campaign for a new law compelling public
            # authorities to speak fully and openly in the ?"; real news, Metro)
            notes.append(f"open question {question!r} dropped: cut short")
            continue
        if output == "en" and _ASKS_BACKGROUND.match(question.strip()):
            # "What is the significance of the 1.5°C threshold in the context of climate
            # change?", "What is the urgency of the global climate crisis?" (real news, iNews):
            # background a reader may look up, not what the news leaves open
            notes.append(f"open question {question!r} dropped: it asks for background")
            continue
        if _asks_nothing(question, output):
            stance = _STANCE.match(question)
            if stance is None:
                notes.append(f"open question {question!r} dropped: it asks nothing of its sentence")
                continue
            # asked twice, the model asked the article's view of the subject both times (real
            # news, AOL News): the subject is what the sentence leaves open
            kept = f"What remains open about {stance.group(1)}?"
            if kept.casefold() in asked:
                continue
            notes.append(f"open question {question!r} asked the article's view; kept as {kept!r}")
            question = kept
        found = _serious(unsupported_specifics(question, sentence.text, language=output))
        if found:
            checks.unsupported_found.extend(str(u) for u in found)
            checks.unsupported_dropped.extend(str(u) for u in found)
            notes.append(
                f"open question {question!r} dropped: {', '.join(map(str, found))} "
                "not in its sentence"
            )
            continue
        asked.add(question.casefold())
        kept_questions.append(question)
        evidence = Evidence(
            quote=sentence.text, start=sentence.start, end=sentence.end, status="verified"
        )
        issues.append(UnresolvedIssue(question=question, evidence=[evidence]))

    # -- assemble
    claims = [
        Claim(
            statement=u.statement or u.sentence.text,
            source=_source(u),
            attribution=_attribution(u),
            reporting_verb=_reporting_verb(u.cues) if u.source else None,
            hedging=u.cues.hedging[0] if u.cues.hedging else None,
            evidence=[u.evidence],
        )
        for u in claims_units
    ]
    # every source a claim cites is an actor of the brief, whatever rule left it out after it
    # was given (a brief whose claim cites no listed actor is no valid Brief)
    for unit in claims_units:
        if unit.source is not None and not any(a is unit.source for a in actors):
            actors.append(unit.source)
    # (the copied role is judged against the roles as the model gave them, before any is tidied)
    borrowed = [
        a
        for a in actors
        if borrowed_role(a, actors, text, sentences) or role_of_another_party(a, actors, sentences)
    ]
    for actor in actors:
        actor.role = "" if any(a is actor for a in borrowed) else tidy_role(actor, actors)
    key_actors = [a.public() for a in actors]
    written = [headline, summary, *(c.statement for c in claims), *(i.question for i in issues)]
    checks.output_language_share = language_share(written, output)
    content = BriefContent(
        headline=headline,
        summary=summary,
        language=source_language,
        key_actors=key_actors,
        claims=claims,
        unresolved_issues=issues,
        notes=notes,
        checks=checks,
    )
    return content if text == caller_text else _onto_caller_text(content, caller_text, kept_at)


def _onto_caller_text(content: BriefContent, text: str, kept: Sequence[int]) -> BriefContent:
    """``content`` with its evidence moved onto ``text``, of which ``kept`` are the offsets of
    the characters the brief was made of (the soft hyphens left out): the quotes hold them."""

    def moved(evidence: Evidence) -> Evidence:
        if evidence.start is None or evidence.end is None:
            return evidence
        start = kept[evidence.start] if evidence.start < len(kept) else len(text)
        end = kept[evidence.end - 1] + 1 if evidence.end > evidence.start else start
        return evidence.model_copy(update={"quote": text[start:end], "start": start, "end": end})

    return content.model_copy(
        update={
            "claims": [
                c.model_copy(update={"evidence": [moved(e) for e in c.evidence]})
                for c in content.claims
            ],
            "unresolved_issues": [
                i.model_copy(update={"evidence": [moved(e) for e in i.evidence]})
                for i in content.unresolved_issues
            ],
        }
    )


STATEMENT_ATTEMPTS = 3
"""Tries at a faithful statement: a batch, smaller batches, then each statement alone."""
STATEMENT_TOKENS = 70
"""Tokens an answer is given for each statement it holds, at least."""
CHARS_PER_TOKEN = 3
"""A long claim is given a token for every this many characters of its words instead: a
quotation of seven sentences, re-asked alone, was cut at 70 tokens and kept in the article's
words (real news, Folha de S.Paulo; a translation takes about as many letters, and a token holds
more than three of them; not so a Chinese or Japanese claim, about a token a character, which
this under-counts)."""
MAX_STATEMENTS_TOKENS = 2048
"""Most tokens of one statements answer, however long its claims (an embedded model refuses a
prompt and output bound that overflow its context)."""
SHORTEST_SHARE = 0.2
"""A statement with fewer words than this share of its clause's (of five words or more) was cut
short, whatever punctuation it ends with (a backstop: most cut statements stop mid-phrase, which
:func:`_cut_short` sees first, like "At first, the" for "Zuerst hatte die „Wirtschaftswoche“
darüber berichtet.")."""


_ENDED = re.compile(r"[.!?…。！？]['\"’”“‘»«)\]]*\s*$")


_MID_PHRASE = re.compile(r"(?:\w|:)\s*$")
"""How a statement that stops mid-phrase ends: on a word ("In the document, the families
describe"), or on a colon that opens what it leaves out ("President Dina Boluarte of its
sentence:" for a quotation and its speaker; real news, Mallorca Magazin: a small model echoed
the retry's wording)."""
_CLAUSE_END = re.compile(r"\s*[,;:]\s*$")


def _cut_short(written: str, original: str) -> bool:
    """Whether a statement in another language is too short to be the whole of ``original``
    (languages written without spaces between words are not judged), or stops mid-phrase where
    its original ends with a full stop ("In the document, the families describe"). A
    quotation translated up to its closing mark ("We have no other choice, the pipes are over a
    hundred years old," of „...“, sagte Petra Lindqvist) is whole: its speaker is the claim's
    source."""
    words = len(original.split())
    if words >= 5 and len(written.split()) < SHORTEST_SHARE * words:
        return True
    return bool(_ENDED.search(original)) and bool(_MID_PHRASE.search(written))


def _next_turn(
    previous: tuple[StageCall, BaseModel],
    stage: str,
    question: str,
    model: type[BaseModel],
    max_tokens: int,
) -> StageCall:
    """A call that goes on from ``previous`` and its answer: its messages, the answer as the
    assistant's turn (compact JSON), then ``question``. The prompt so far is the context an
    in-process model already holds, and a hosted model's prompt cache: only the question is
    new to read."""
    call, answer = previous
    messages = [
        *call.messages,
        {"role": "assistant", "content": answer.model_dump_json(by_alias=True)},
        {"role": "user", "content": question},
    ]
    return StageCall(stage, messages, model, max_tokens)


def _translate(
    units: Sequence[_Unit],
    output: str,
    ask: Callable[[str, str, type[BaseModel], int], StageCall],
    failed: Callable[[str, BaseException], None],
    notes: list[str],
    checks: StagedChecks,
    batch: int,
    people: Sequence[ActorRecord] = (),
    sentences: Sequence[Sentence] = (),
    *,
    source_language: str = "",
    bodies: Sequence[ActorRecord] = (),
    asked: list[tuple[StageCall, BaseModel]] | None = None,
) -> Generator[StageCall, BaseModel, set[int]]:
    """Statements in the output language: asked in batches, checked, re-asked once in
    smaller batches (a small model that copied the first sentence of a batch copied all
    twelve, and again when re-asked with the same twelve; real news, derStandard).

    A statement must keep the numbers of its sentence and the ``people`` it names: a
    translation that leaves them out says something else (derStandard: "The mentioned
    companies returned the accusation." for a sentence on when a campaign began under Herbert
    Kaufmann and Julian Jäger). Nor may it name one of the ``people`` whom its sentence does
    not name, unless that person is the claim's source or named in the sentence before (a
    pronoun's antecedent): "Im Jahr 2000 sprach ihn ein Gericht vom Vorwurf der
    Spitzeltätigkeit frei." came back as "In 2000, a court found Lech Kaczyński guilty of
    spitting." (real news, derStandard), another person and the opposite verdict; nor one of the
    ``bodies`` by its name as the article writes it (real news, Les Echos: Nokia's loss became
    Samsung Electronics'). Nor may a
    statement of a German sentence hold a German noun of another sentence: "Trump zahlte
    später 25 Millionen Dollar in einem Vergleich, um Klagen ... beizulegen." came back as "...
    to claim that the Ermittlungen were motivated by sex crimes." (real news, ORF).

    Args:
        asked: Where each call and its answer are appended, in order.

    Returns:
        The ``id`` of each unit whose statement was translated (the others keep the
        article's words).
    """
    pending = list(units)
    done: set[int] = set()
    given: dict[str, int] = {}  # each statement kept, folded: the sentence it was kept for
    problems: list[str] = []
    copied: set[int] = set()  # the units whose statement came back in another language
    before = {s.number: sentences[i - 1].text for i, s in enumerate(sentences) if i > 0}
    article = " ".join(s.text for s in sentences)
    for attempt in range(STATEMENT_ATTEMPTS):
        stage = "statements" if attempt == 0 else "statements-retry"
        if attempt == 0:
            groups = [pending[i : i + batch] for i in range(0, len(pending), batch)]
        elif attempt == STATEMENT_ATTEMPTS - 1:
            # the last try asks each statement alone: re-asked in a batch of four, a small
            # model copied all four in German (real news, ORF: ten statements of 27 were left
            # in German)
            groups = [[u] for u in pending]
        else:
            # a copied statement is asked alone: asked with others, the model that copied one
            # copied them all again (real news, derStandard)
            rest = [u for u in pending if id(u) not in copied]
            size = min(batch, RETRY_BATCH)
            groups = [[u] for u in pending if id(u) in copied]
            groups += [rest[i : i + size] for i in range(0, len(rest), size)]
        retry: list[_Unit] = []
        wrong: list[str] = []
        for group in groups:
            keys = [f"{u.key}_{output}" for u in group]
            items = [
                (key, _source_label(u), u.sentence.text[u.start : u.end].strip())
                for key, u in zip(keys, group)
            ]
            own = [p for p in problems if p.split(" ", 1)[0] in keys]  # this batch's faults
            call = ask(
                stage,
                statements_question(items, output, own),
                statements_model(keys),
                min(
                    MAX_STATEMENTS_TOKENS,
                    40
                    + sum(
                        max(STATEMENT_TOKENS, len(words) // CHARS_PER_TOKEN) for *_, words in items
                    ),
                ),
            )
            try:
                answer = yield call
            except Exception as exc:
                failed(stage, exc)
                continue
            if asked is not None:
                asked.append((call, answer))
            for key, unit in zip(keys, group):
                written = " ".join(str(getattr(answer, key, "")).split())
                # checked against its own sentence, not the whole article: a number of another
                # sentence is a changed fact here (real news, El Mundo: one sentence's
                # statement, with its year, given to twelve sentences)
                found = unsupported_specifics(written, unit.sentence.text, language=output)
                if attempt == 0:
                    checks.unsupported_found.extend(str(u) for u in found)
                in_other_language = (
                    len(written.split()) >= MIN_CHECKED_WORDS and detect_language(written) != output
                )
                cut_short = _cut_short(written, unit.sentence.text[unit.start : unit.end])
                foreign = foreign_letters(written, output, unit.sentence.text)
                repeated = given.get(written.casefold(), unit.sentence.number)
                repeats = bool(written) and repeated != unit.sentence.number
                left_out = _left_out(written, unit.sentence.text[unit.start : unit.end], people)
                negation = (
                    dropped_negation(
                        unit.sentence.text[unit.start : unit.end], source_language, written, output
                    )
                    if written
                    else None
                )
                invented = (
                    invented_event(
                        unit.sentence.text[unit.start : unit.end], source_language, written, output
                    )
                    if written
                    else None
                )
                # words in quotation marks where the sentence quotes nothing are someone's
                # words it does not give ("UN representative Samuel Moncada called on the
                # Security Council to close the door on a return to a 'era of lawlessness'
                # position." for "Botschafter Samuel Moncada rief den Sicherheitsrat auf, von
                # den USA die sofortige Freilassung Maduros ... zu verlangen."; real news,
                # Euronews DE: another sentence's quotation)
                quoted_anew = (
                    _QUOTED_IN_STATEMENT.search(written) is not None
                    and _ANY_QUOTE_MARK.search(unit.sentence.text[unit.start : unit.end]) is None
                )
                party = (
                    _party_changed(written, unit.sentence.text)
                    if source_language == "de" and output == "en" and written
                    else None
                )
                borrowed = (
                    _borrowed_nouns(written, unit.sentence.text, article, people)
                    if source_language == "de" and output != "de"
                    else []
                )
                elsewhere = (
                    _other_sentence(written, unit.sentence, sentences, people)
                    if source_language and source_language != output
                    else None
                )
                added = [
                    p.name
                    for p in people
                    if p is not unit.source
                    and mentioned(p, written)
                    # a medium by its name as written ("Focus", not "The focus is ...")
                    and (
                        p.kind != "media"
                        or re.search(rf"(?<!\w){re.escape(p.name)}(?!\w)", written)
                    )
                    and not _named_in(p, unit.sentence.text)
                    and not _named_in(p, before.get(unit.sentence.number, ""))
                ] + [
                    # a body by its name as the article writes it, which its sentence does not
                    # name ("The Finnish telecommunications equipment manufacturer Samsung
                    # Electronics has experienced a net loss" for "Le fabricant finlandais ...",
                    # Nokia; real news, Les Echos: shown as its claim)
                    b.name
                    for b in bodies
                    if b is not unit.source
                    and _body_named_as_written(b, written)
                    and not _named_in(b, unit.sentence.text)
                    and not _named_in(b, before.get(unit.sentence.number, ""))
                    # (nor one a word of whose name its sentence writes: "Samsung" of
                    # "Samsung Electronics", "Amazonie" of "Amazon"; a review)
                    and not _word_of_name_in(b, unit.sentence.text)
                ]
                if (
                    written
                    and not _serious(found)
                    and not in_other_language
                    and not foreign
                    and not cut_short
                    and not repeats
                    and not left_out
                    and not added
                    and not borrowed
                    and elsewhere is None
                    and negation is None
                    and invented is None
                    and not quoted_anew
                    and party is None
                ):
                    # a quotation translated up to its closing mark ends on its comma
                    unit.statement = _CLAUSE_END.sub(".", written)
                    given[written.casefold()] = unit.sentence.number
                    done.add(id(unit))
                    continue
                retry.append(unit)
                if repeats:
                    wrong.append(
                        f"{key} repeated the statement of s{repeated}: write what its own "
                        "sentence says"
                    )
                if in_other_language:
                    copied.add(id(unit))
                    wrong.append(f"{key} was not in {language_name(output)}")
                if foreign:
                    wrong.append(
                        f"{key} has '{foreign}', not {language_name(output)}: write it all in "
                        f"{language_name(output)}"
                    )
                if cut_short:
                    wrong.append(
                        f"{key} was cut short: write the whole sentence, with ' for its quotation "
                        "marks"
                    )
                wrong.extend(f"{key} has {u} that the article lacks" for u in _serious(found))
                if added:
                    wrong.append(
                        f"{key} named {', '.join(added)}, whom its sentence does not name: "
                        "translate only what the sentence says"
                    )
                if borrowed:
                    wrong.append(
                        f"{key} has {', '.join(borrowed)}, from another sentence: translate "
                        "only what its own sentence says"
                    )
                if elsewhere is not None:
                    wrong.append(
                        f"{key} said what sentence {elsewhere} says: translate only its own "
                        "sentence"
                    )
                if invented is not None:
                    wrong.append(
                        f"{key} says '{invented}', which its sentence does not tell of: "
                        "translate what happened as the sentence says it"
                    )
                if party is not None:
                    wrong.append(
                        f"{key} names the {party}, which its sentence does not name: keep each "
                        "party the sentence names"
                    )
                if quoted_anew:
                    wrong.append(
                        f"{key} put in quotation marks words its sentence does not quote: "
                        "translate only what its own sentence says, without quotation marks"
                    )
                if negation is not None:
                    wrong.append(
                        f"{key} left out '{negation}' of its sentence, which turns what it says "
                        "around: translate the negation too"
                    )
                if left_out:
                    wrong.append(
                        f"{key} left out {', '.join(left_out)} of its sentence: keep every name "
                        "and number it has"
                    )
        if not retry:
            return done
        pending, problems = retry, wrong
    for unit in pending:
        notes.append(
            f"claim of sentence {unit.sentence.number}: no faithful statement in {output!r}; "
            "the article's own words are kept"
        )
    return done


_QUOTED_IN_STATEMENT = re.compile(r"[\"“”„«»]|(?<![\w’'])['‘][^'‘’]{3,}?['’](?![\w’'])")
"""Quotation marks in a statement, double or single (a statement writes a quotation with
single ones: "... defended the use as a 'sanction'"), not an apostrophe."""
_ANY_QUOTE_MARK = re.compile(r"[\"“”„«»‘’‚‹›]|(?<!\w)'|'(?!\w)")
"""Any quotation mark in an article's sentence, an apostrophe that may close one included."""


_NOUN_CUE = re.compile(
    r"spokes|sprecher|porte-parole|portavoce|portavoz|porta-voz|statement|comunicado|"
    r"communiqué|comunicato",
    re.IGNORECASE,
)
"""Cues that are nouns for who speaks or how, not verbs ("spokesperson", "in a statement")."""


def _reporting_verb(cues: SentenceCues) -> str | None:
    """The sentence's verb of saying: its first cue that is a verb ("said" of "Israel's chief
    military spokesperson, Rear Admiral Daniel Hagari, said"; real news, CBC), else its first
    cue, else ``None``."""
    verbs = [c for c in cues.reporting if not _NOUN_CUE.search(c)]
    if verbs:
        return verbs[0]
    return cues.reporting[0] if cues.reporting else None


def _body_named_as_written(body: ActorRecord, written: str) -> bool:
    """Whether a statement names ``body`` by its name as the article writes it: capitalised,
    not inside a longer name ("European Union" for "Union"), and, for a one-word name, not as
    the statement's first word ("Union members announced ..."; a review)."""
    for found in re.finditer(rf"(?<!\w){re.escape(body.name)}(?!\w)", written, re.IGNORECASE):
        if not found.group(0)[:1].isupper():
            continue
        before = written[: found.start()].rstrip()
        after = written[found.end() :].lstrip()
        if re.search(r"(?-i:[A-Z])[\w-]*$", before) or re.match(r"(?-i:[A-Z])", after):
            continue  # inside a longer name
        if " " not in body.name and not before:
            continue
        return True
    return False


def _word_of_name_in(body: ActorRecord, text: str) -> bool:
    """Whether ``text`` writes a word of ``body``'s name (four letters or more), or a word
    that opens with one ("Amazonie" for "Amazon")."""
    words = [w for w in normalize_name(body.name).split() if len(w) >= 4]
    folded = normalize_name(text)
    return any(re.search(rf"(?<!\w){re.escape(w)}", folded) for w in words)


def _named_in(person: ActorRecord, text: str) -> bool:
    """Whether ``text`` names ``person``, in a German genitive too ("Die Unterschrift Wałęsas
    sei echt."; real news, derStandard)."""
    folded = normalize_name(text)
    return mentioned(person, text) or any(
        re.search(rf"(?<!\w){re.escape(form)}s(?!\w)", folded) for form in person.forms
    )


EXONYM_PREFIX = 4
"""Letters a name and its form in another language share at their start ("Franziskus" and
"Francis", "Benedikt" and "Benedict")."""


def _exonym(person: ActorRecord, written: str) -> bool:
    """Whether ``written`` names ``person`` as another language does: a capitalised word that
    opens as a word of the person's name of more letters than :data:`EXONYM_PREFIX` does
    ("Pope Francis" for "Papst Franziskus"; real news, derStandard)."""
    names = {w for form in person.forms - person.titles for w in form.split()}
    starts = {w[:EXONYM_PREFIX] for w in names if len(w) > EXONYM_PREFIX}
    return any(
        normalize_name(w)[:EXONYM_PREFIX] in starts
        for w in re.findall(r"\w+", written)
        if w[:1].isupper() and len(w) > EXONYM_PREFIX
    )


_GERMAN_NOUN = re.compile(r"(?<=[a-z,] )[A-ZÄÖÜ][a-zäöüß]{4,}(?!\w)")
"""A capitalised word inside an English statement, after a lower-case word."""


OTHER_SENTENCE_WORDS = 2
"""Fewest distinctive words of a statement found in another sentence, and none in its own, for
the statement to be that sentence's."""


def _other_sentence(
    written: str, own: Sentence, sentences: Sequence[Sentence], people: Sequence[ActorRecord]
) -> int | None:
    """The number of another sentence a translated statement says instead of its own: its
    distinctive words (six letters or more, no one's name) are found in that sentence and none
    in its own ("The international law enforcement agencies have taken a large
    Pishing-as-a-service platform from the internet." for "Die Domain (hinter dem @-Zeichen)
    sollte ... führen."; real news, heise: the next sentence's), else ``None``. A translation
    shares few words with its sentence; one borrowed from another sentence shares its loan
    words and names."""
    names = {w for p in people for form in p.forms for w in form.split()}
    words = {
        w.casefold()
        for w in re.findall(r"[^\W\d_][\w-]{5,}", written)
        if normalize_name(w) not in names
    }

    def found(text: str) -> int:
        folded = text.casefold()
        return sum(1 for w in words if re.search(rf"(?<!\w){re.escape(w)}", folded))

    if not words or found(own.text):
        return None
    best = max(
        ((found(s.text), s.number) for s in sentences if s.number != own.number),
        default=(0, None),
    )
    return best[1] if best[0] >= OTHER_SENTENCE_WORDS else None


def _borrowed_nouns(
    written: str, original: str, article: str, people: Sequence[ActorRecord]
) -> list[str]:
    """The German nouns a statement holds that its ``original`` sentence lacks but another
    sentence of the ``article`` has after an article ("zu den Ermittlungen"): words the model
    brought from elsewhere, with what it made up around them."""
    found = []
    for word in dict.fromkeys(_GERMAN_NOUN.findall(written)):
        # inside a word of its own sentence, it is that word's ("Wikipedia" of
        # "Wikipedianer"; gold Wikinews)
        if word.lower() in original.lower() or any(word in p.name for p in people):
            continue
        if re.search(
            rf"(?<!\w)(?:der|die|das|den|dem|des|zur|zum|ein|eine|einer|einen|einem)\s+"
            rf"{word}(?!\w)",
            article,
        ):
            found.append(word)
    return found


_GERMAN_PARTIES = (
    (re.compile(r"(?<!\w)(?:Green\s+Party|Greens?)(?!\w)"), re.compile(r"grün", re.I)),
    (
        re.compile(r"(?<!\w)(?:Left\s+Party|the\s+Left|Left-wing\s+party|Linke)(?!\w)"),
        re.compile(r"linke", re.I),
    ),
    (
        re.compile(r"(?<!\w)(?:SPD|Social\s+Democrats?)(?!\w)"),
        re.compile(r"spd|sozialdemokrat", re.I),
    ),
    (
        re.compile(r"(?<!\w)(?:CDU|CSU|Christian\s+(?:Democrats?|Social\s+Union))(?!\w)"),
        re.compile(r"cdu|csu|union|christdemokrat|christsozial", re.I),
    ),
    (re.compile(r"(?<!\w)(?:FDP|Free\s+Democrats?)(?!\w)"), re.compile(r"fdp|liberal", re.I)),
    (
        re.compile(r"(?<!\w)(?:AfD|Alternative\s+for\s+Germany)(?!\w)"),
        re.compile(r"afd|alternative\s+für", re.I),
    ),
)
"""German parties as an English statement names them, and as a German sentence does."""


def _party_changed(written: str, original: str) -> str | None:
    """The German party an English statement names that its German ``original`` sentence does
    not ("Dietmar Bartsch (the Green Party) criticized ..." for "Dietmar Bartsch (Linke)
    kritisierte ..."; real news, junge Welt: who voted against changed party too), else
    ``None``."""
    for english, german in _GERMAN_PARTIES:
        found = english.search(written)
        if found is not None and german.search(original) is None:
            return found.group()
    return None


def _left_out(written: str, original: str, people: Sequence[ActorRecord]) -> list[str]:
    """The people ``original`` names and the numbers it has that a statement written from it
    leaves out: :func:`~newsbrief.specifics.unsupported_specifics` read the other way round
    (the sentence's numbers against the statement: "42.000" is "42,000", "zehn" is 10)."""
    # a title alone ("Die Innenministerin") is translated with the sentence, not kept
    missing = [
        p.name
        for p in people
        if named_by_name(p, original) and not mentioned(p, written) and not _exonym(p, written)
    ]
    numbers = unsupported_specifics(original, written)
    return missing + [u.text for u in numbers if u.kind == "number"]


def run_staged(text: str, answer: Callable[[StageCall], BaseModel], **options: Any) -> BriefContent:
    """Drive :func:`staged_brief` synchronously with ``answer`` (any exception it raises is
    thrown into the generator, whose stage then stays empty).

    Args:
        text: The article.
        answer: Answers one :class:`StageCall` with an instance of its ``response_model``.
        **options: Passed to :func:`staged_brief`.
    """
    gen = staged_brief(text, **options)
    call = next(gen)
    try:
        while True:
            try:
                reply = answer(call)
            except Exception as exc:
                call = gen.throw(exc)
            else:
                call = gen.send(reply)
    except StopIteration as stop:
        result: BriefContent = stop.value
        return result


# ---- the strategy, as newsbrief's drivers run it ------------------------------------------


def staged_strategy(
    article: Article, *, language: str
) -> Generator[Request, Any, assemble.BriefContent]:
    """:func:`staged_brief` over ``article`` as a strategy for :mod:`newsbrief.calls`' drivers.

    The model sees :attr:`~newsbrief.article.Article.model_text` (withheld spans replaced by a
    placeholder), the line breaks that only wrap a hard-wrapped text's lines as spaces
    (:func:`newsbrief.article.unwrapped`); the evidence offsets are moved onto the caller's
    text (its line breaks in the quotes), and a claim or open
    question whose sentence holds a withheld span is left out. An answer the model could not
    give (an invalid or refused answer, the deadline) leaves its stage empty, as the staged
    brief decides; any other provider failure (credentials, quota, an unreachable server)
    ends the article.
    """
    # a hard-wrapped text read as whole sentences (the same length: offsets do not move)
    stages = staged_brief(unwrapped(article.model_text), language=language)
    answer: Any = None
    failure: BaseException | None = None
    while True:
        try:
            call = stages.send(answer) if failure is None else stages.throw(failure)
        except StopIteration as stop:
            staged: BriefContent = stop.value
            return _content(staged, article)
        kind: CallKind = "stage_reask" if call.stage.endswith("-retry") else "stage"
        request = Request(
            call.response_model,
            call.messages,
            kind,
            max_tokens=call.max_tokens,
            stage=call.stage,
        )
        try:
            answer, failure = (yield request), None
        except errors.DeadlineExceededError as exc:
            answer, failure = None, exc
        except errors.ProviderError:
            raise
        except errors.NewsbriefError as exc:
            answer, failure = None, exc


def _moved(evidence: Evidence, article: Article) -> Evidence | None:
    """``evidence`` (offsets in the model's text) on the caller's text; ``None`` when it holds
    a withheld span."""
    assert evidence.start is not None and evidence.end is not None
    if WITHHELD_NOTE in article.model_text[evidence.start : evidence.end]:
        return None
    start = article.text_offset(evidence.start)
    end = article.text_offset(evidence.end, end=True)
    return evidence.model_copy(
        update={"quote": article.text[start:end], "start": start, "end": end}
    )


def _content(staged: BriefContent, article: Article) -> assemble.BriefContent:
    claims: list[Claim] = []
    for claim in staged.claims:
        evidence = [_moved(e, article) for e in claim.evidence]
        if all(e is not None for e in evidence):
            claims.append(claim.model_copy(update={"evidence": evidence}))
    issues: list[UnresolvedIssue] = []
    for issue in staged.unresolved_issues:
        evidence = [_moved(e, article) for e in issue.evidence]
        if all(e is not None for e in evidence):
            issues.append(issue.model_copy(update={"evidence": evidence}))
    stats = GroundingStats()
    assemble.count_evidence(
        stats, [e for c in claims for e in c.evidence] + [e for i in issues for e in i.evidence]
    )
    return assemble.BriefContent(
        headline=staged.headline,
        summary=staged.summary,
        language=staged.language,
        key_actors=staged.key_actors,
        claims=claims,
        unresolved_issues=issues,
        grounding=stats,
        notes=list(staged.notes),
        output_language_share=staged.checks.output_language_share,
        unsupported_specifics=list(staged.checks.unsupported_dropped),
    )
