"""Negation a translation dropped: the one word that turns a sentence into its opposite.

The checks of :mod:`newsbrief.specifics` see names, numbers and dates; a translation can keep all
of them and say the opposite. A small model translating German news wrote "You can expect
wonders" for "Wunder erwarten kannst du keine", "It makes Voigt stand down" for "Das lässt Voigt
nicht auf sich sitzen", and left out "er wolle weder etwas bestätigen noch ausschließen" (real
news: 20 Minuten, WELT, n-tv). :func:`dropped_negation` finds a sentence whose words negate and a
translation with no word that negates at all.

The check is one-sided on purpose. A sentence is read for its plain negations only ("nicht",
"kein", "ohne"; "non", "sans", "sin"; and German verbs that reject what they report: "weist
... zurück", "bestreitet"), so that a word that negates by meaning ("fehlen",
"verboten") does not ask for a "not"; a translation passes with any way of saying no, the
prefixed and lexical ones included where a list of them is kept, English's ("unsure" for
"nicht sicher", "non-exclusive" for "nicht-exklusiv", "prevent" for "damit ... nicht", "except"
for "nur nicht"); in another language only its plain negations count. Languages without a list
here are not judged.
"""

from __future__ import annotations

import re

__all__ = ["NEGATION_LANGUAGES", "contradicted", "dropped_negation"]

_PLAIN: dict[str, str] = {
    "de": r"nicht|nichts|kein\w*|nie|niemals|niemand\w*|weder|nirgends|nirgendwo|ohne",
    "en": r"not|no|never|nobody|nothing|none|neither|nor|without|cannot|nowhere",
    "fr": r"ne|jamais|aucun\w*|rien|sans|ni",
    "it": r"non|nessun\w*|niente|nulla|senza|né|neanche|nemmeno|neppure",
    "es": r"no|nunca|jamás|nadie|nada|ningun\w*|ningún|sin|ni|tampoco",
    "pt": r"não|nunca|jamais|ninguém|nada|nenhum\w*|sem|nem",
    "nl": r"niet|niets|geen|nooit|niemand|zonder|noch|nergens",
}
"""Each language's plain negations: words that negate whatever sentence they stand in."""

_ELIDED: dict[str, str] = {"en": r"\w+n['’]t(?!\w)", "fr": r"n['’](?=\w)"}
"""Negations written into the word before or after them ("don't"; "n'a")."""

_BY_MEANING: dict[str, str] = {
    "en": (
        r"non-\w+|un(?:sure|likely|able|clear|known|certain|favou?rable|willing|aware|"
        r"acceptable|necessary|til)|in(?:appropriate|adequate|sufficient|correct|capable)|"
        r"im(?:possible|probable|proper)|illegal|avoid\w*|prevent\w*|except|lack\w*|fail\w*|"
        r"refus\w*|forb[ia]d\w*|den(?:y|ies|ied)|absent|instead|hardly|barely|rul\w* out|"
        r"reject\w*|dismiss\w*|rebuff\w*|refut\w*|disput\w*|contest\w*|repudiat\w*"
    ),
}
"""Words of a language that say no by their meaning: a translation may negate with them."""

_REJECTS: dict[str, re.Pattern[str]] = {
    "de": re.compile(
        r"(?<!\w)(?:(?:weist|wies|wiesen|weisen)(?=\s[^,;.]{0,60}?\s(?:zurück|von\s+sich)(?!\w))|"
        r"zurückgewiesen|zurückweis\w*|bestreit\w*|bestritt\w*|dementier\w*|leugne\w*|"
        r"abgestritten|streitet\s[^,;.]{0,40}?\sab(?!\w))",
        re.IGNORECASE,
    ),
}
"""Verbs that reject what they report ("Der chinesische Konzern weist die Vorwürfe von sich";
real news, 20 Minuten: translated "The Chinese company has admitted its wrongdoing"): a
translation must say no too."""

NEGATION_LANGUAGES = frozenset(_PLAIN)
"""The languages whose negations :func:`dropped_negation` reads."""


def _pattern(language: str, *, by_meaning: bool) -> re.Pattern[str]:
    words = _PLAIN[language]
    if by_meaning and language in _BY_MEANING:
        words += "|" + _BY_MEANING[language]
    elided = _ELIDED.get(language)
    either = rf"(?:{words})(?!\w)" + (f"|{elided}" if elided else "")
    return re.compile(rf"(?<!\w)(?:{either})", re.IGNORECASE)


_PLAIN_OF = {language: _pattern(language, by_meaning=False) for language in _PLAIN}
_ANY_OF = {language: _pattern(language, by_meaning=True) for language in _PLAIN}


def dropped_negation(
    original: str, language: str, written: str, written_language: str
) -> str | None:
    """The negation of ``original`` that ``written``, its translation, does not carry.

    Args:
        original: The sentence (or the part of it) that was translated.
        language: ISO 639-1 code of ``original``.
        written: The translation.
        written_language: ISO 639-1 code of ``written``.

    Returns:
        The first plain negation of ``original`` ("nicht", "keine") when ``written`` has no
        word that negates; ``None`` when it has one, when ``original`` has none, or when either
        language is not in :data:`NEGATION_LANGUAGES`.
    """
    plain = _PLAIN_OF.get(language)
    negates = _ANY_OF.get(written_language)
    if plain is None or negates is None:
        return None
    found = next(
        (m for m in plain.finditer(original) if not _restrictive(original, language, m)), None
    )
    if found is None and language in _REJECTS:
        found = _REJECTS[language].search(original)
    if found is None or negates.search(written):
        return None
    return found.group(0)


_FRENCH_ONLY = re.compile(
    r"(?:(?!\b(?:pas|plus|jamais|rien|personne|aucun\w*|guère|point|nul\w*|ni)\b)[^,;:.!?])"
    # ("n'a plus que deux jours", "n'y a guère que": only, too; a review)
    r"{0,60}?(?:(?<!\w)(?:plus|guère)\s+)?(?<!\w)qu(?:e\b|['’])",
    re.IGNORECASE,
)
"""French "ne ... que", with no other negation between: "only" ("il n'existe qu'une seule
voie"; real news, Le Monde: "there is only one way" was refused as dropping a "not")."""
_SAYS_THAT = re.compile(
    r"(?<!\w)(?:dit|dire|dis|disent|affirm\w*|pens\w*|cro\w*|sai\w*|sav\w*|indiqu\w*|"
    r"prétend\w*|assur\w*|estim\w*|voul\w*|veu\w*|annonc\w*|déclar\w*|soutien\w*|"
    r"confirm\w*)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
"""A French verb of saying or thinking right before "que": a clause follows, not "only"
("Nul ne peut affirmer que ..."; a review)."""
_NOBODY_BEFORE = re.compile(r"(?<!\w)(?:personne|nul|nulle)\s+$", re.IGNORECASE)
""""Nobody" right before "ne": "Personne n'a dit que ..." is a negation, not "only"."""


def _restrictive(original: str, language: str, found: re.Match[str]) -> bool:
    """Whether the negation ``found`` in ``original`` is French "ne ... que", which says "only",
    not "not"."""
    if language != "fr" or found.group(0).casefold() not in ("ne", "n'", "n’"):
        return False
    only = _FRENCH_ONLY.match(original, found.end())
    return (
        only is not None
        # ("Personne n'a dit que ...": nobody; a review)
        and _NOBODY_BEFORE.search(original, 0, found.start()) is None
        and _SAYS_THAT.search(original, found.end(), only.end() - 3) is None
    )


_NEGATED_VERB = re.compile(
    r"(?<![\w’'-])(?P<subject>[\w’'-]+\s+[\w’'-]+)\s+"
    r"(?P<auxiliary>did|does|do|has|have|had|will|would|could|can|should|is|are|was|were)"
    r"(?:n['’]t|\s+not|\s+never)\s+(?:(?!only\b)\w+ly\s+)?(?P<verb>[a-z]{2,})(?!\w)",
    re.IGNORECASE,
)
"""An English subject of two words, an auxiliary, its negation and the verb it negates
("Private companies did not pay")."""
_IRREGULAR = {
    "pay": "paid", "say": "said", "lay": "laid", "make": "made", "take": "took",
    "give": "gave", "find": "found", "keep": "kept", "tell": "told", "win": "won",
    "lose": "lost", "meet": "met", "leave": "left", "send": "sent", "spend": "spent",
    "build": "built", "buy": "bought", "bring": "brought", "know": "knew", "see": "saw",
    "come": "came", "get": "got", "hold": "held", "sell": "sold", "break": "broke",
    "go": "went", "seek": "sought", "fight": "fought", "begin": "began", "write": "wrote",
    "speak": "spoke", "choose": "chose", "steal": "stole", "strike": "struck",
}  # fmt: skip
"""English verbs whose past is not made with "-ed"."""
_FUNCTION_WORDS = frozenset(
    {"the", "this", "that", "these", "those", "they", "there", "which", "who", "also", "and",
     "but", "have", "has", "said", "says", "still", "then", "with", "from"}
)  # fmt: skip
"""Words that make no subject of their own."""


def _forms(verb: str) -> set[str]:
    """The forms of an English verb ("pay": pay, pays, paid, paying)."""
    verb = verb.lower()
    stem = verb[:-1] if verb.endswith("e") else verb
    forms = {verb, f"{verb}s", f"{verb}es", f"{stem}ed", f"{stem}ing"}
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "o", "u"):
        forms |= {f"{verb[:-1]}ies", f"{verb[:-1]}ied"}
    if verb in _IRREGULAR:
        forms.add(_IRREGULAR[verb])
    return forms


def contradicted(article: str, written: str) -> str | None:
    """Words of an English ``article`` that ``written`` (a headline or a sentence of a summary
    in English) turns into their opposite: the article's subject and a verb it negates,
    written with the same verb and no negation at all.

    "Private companies pay for PM Anwar's foreign trips, government says" of an article that
    writes "Private companies did not pay for Prime Minister Datuk Seri Anwar Ibrahim's recent
    travels abroad" (real news, Malay Mail). Only where the article nowhere writes the same
    subject with the verb not negated, so an article that says both is not judged, and where
    the words after the verb share one with the negated clause ("did not pay late" is not
    "paid on time"). A question is not judged, nor a negation of what is no verb ("was not the
    first"), of what was not said ("did not immediately respond"), of a passive ("were not
    paid"), of a part ("Only two private companies did not pay") or of a condition ("If ...").

    Args:
        article: The article's text, in English.
        written: What was written of it, in English.

    Returns:
        The article's negated words ("Private companies did not pay"), or ``None``.
    """
    if written.rstrip().endswith("?") or _ANY_OF["en"].search(written):
        return None
    for found in _NEGATED_VERB.finditer(article):
        subject, verb = found.group("subject"), found.group("verb").lower()
        words = subject.lower().split()
        if not any(len(w) >= 4 and w not in _FUNCTION_WORDS for w in words):
            continue
        if (
            verb in _NO_VERB
            or verb in _SAYING
            or (found.group("auxiliary").lower() in _BE and not verb.endswith("ing"))
        ):
            continue  # "was not the first", "did not immediately respond", "were not paid"
        opening = article[: found.start()].split()[-1:]
        if opening and opening[0].lower().strip(",") in _NOT_ALL_OF_THEM:
            continue  # "Only two private companies did not pay", "If ... did not pay"
        clause = _CLAUSE_END.split(article[found.end() :], maxsplit=1)[0]
        forms = "|".join(sorted(map(re.escape, _forms(verb))))
        stated = re.compile(
            rf"(?<![\w’'-]){re.escape(words[0])}\s+{re.escape(words[1])}\s+"
            rf"(?:(?:\w+ly|also|still|now|then|again|already|finally)\s+)?(?:{forms})(?!\w)"
            rf"(?P<rest>[^.;:]*)",
            re.IGNORECASE,
        )
        said = stated.search(written)
        if said is None or stated.search(article):
            continue
        # what is negated is what is written: "did not pay late" is not "paid on time"
        if _content(said.group("rest")) & _content(clause):
            return found.group(0)
    return None


_NO_VERB = frozenset(
    {"the", "a", "an", "in", "at", "on", "to", "yet", "be", "been", "being", "sure", "just",
     "only", "even", "able", "always", "necessarily", "all", "so", "that", "this", "there"}
)  # fmt: skip
"""Words after an English negation that are no verb it negates."""
_SAYING = frozenset(
    {"say", "comment", "respond", "disclose", "confirm", "reply", "answer", "specify",
     "elaborate", "return", "reveal", "explain", "speak", "identify", "name"}
)  # fmt: skip
"""Verbs of what was not said: news writes them of someone who said other things."""
_BE = frozenset({"is", "are", "was", "were"})
_NOT_ALL_OF_THEM = frozenset(
    {"if", "whether", "why", "unless", "only", "some", "few", "many", "most", "two", "three",
     "several", "when", "although", "though", "because", "that"}
)  # fmt: skip
"""Words before a subject that make its negation a part's or a condition's."""
_CLAUSE_END = re.compile(r"[.;:]|\s(?:but|instead|rather|while|whereas)\s", re.IGNORECASE)


def _content(text: str) -> set[str]:
    """The words of four letters or more of ``text``, lower case, possessives cut."""
    return {
        w.lower()
        for w in re.findall(r"[^\W\d_]{4,}", re.sub(r"['’]s\b", "", text))
        if w.lower() not in _FUNCTION_WORDS
    }
