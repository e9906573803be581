"""People's and organisations' names: how they are compared, and which mentions are one actor.

:func:`normalize_name` is the case- and accent-insensitive form every comparison starts from (the
gold-set harness matches actors with it). :func:`unify_actors` groups the actors that several
briefs of one article's parts name differently ("Dr. Helena Marsh-Okafor", "Marsh-Okafor"; "J.
Albrecht", "Juergen Albrecht", "Jürgen Albrecht") into one actor each; the rules are in its
docstring and in :func:`newsbrief.merging.merge_chunk_briefs`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsbrief.models import Actor, ActorKind

__all__ = [
    "HONORIFICS",
    "OFFICE_TITLES",
    "TITLES",
    "UnifiedActors",
    "bracketed_forms",
    "name_words",
    "normalize_name",
    "unify_actors",
    "without_titles",
]


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'"})


def normalize_name(name: str) -> str:
    """Case-, accent- and apostrophe-insensitive form of a name ("Sergéy  LAVROV" -> "sergey
    lavrov", "Quai d’Orsay" -> "quai d'orsay": a small model writes the straight apostrophe
    where the article has the typographic one)."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().translate(_APOSTROPHES).split())


_BRACKETED = re.compile(r"(.+?)\s*\(([^()]+)\)")


def bracketed_forms(folded: str) -> set[str]:
    """A folded name and, when it ends in a bracket, each of its two parts ("korean central
    news agency (kcna)" is also "korean central news agency" and "kcna"; "myanmar (burma)" also
    "myanmar" and "burma")."""
    both = _BRACKETED.fullmatch(folded)
    return {folded, both.group(1), both.group(2).strip()} if both else {folded}


HONORIFICS: frozenset[str] = frozenset(
    "".join(ch for ch in normalize_name(title) if ch.isalnum())
    for title in (
        # English
        "Mr", "Mrs", "Ms", "Mx", "Miss", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Lady",
        "Sen", "Senator", "Rep", "Representative", "Gov", "Governor", "Mayor", "President",
        "Minister", "Secretary", "Chancellor", "Judge", "Justice", "Chief", "Engineer", "Inspector",
        "Detective", "Officer", "Sgt", "Sergeant", "Lt", "Capt", "Captain", "Col", "Colonel",
        "Gen", "General", "Adm", "Admiral", "Rev", "Fr", "Father",
        # hyphenated ranks, one word ("Hawks head Major-Gen Gopaul Govender"; real news,
        # TimesLive: offered whole)
        "Major-Gen", "Major-General", "Maj-Gen", "Lt-Gen", "Lieutenant-General", "Lt-Col",
        "Lieutenant-Colonel", "Brig-Gen", "Brigadier-General", "Brigadier", "Maj",
        # Italian, German, French, Spanish, Portuguese
        "Sig", "Sig.ra", "Sig.na", "Dott", "Dott.ssa", "Prof.ssa", "Ing", "Avv", "On",
        "Herr", "Herrn", "Frau", "M", "Mme", "Mlle", "Me", "Sr", "Sra", "Srta", "Don", "Doña",
        "Dona",
        # Malaysian honours ("Datuk Seri Anwar Ibrahim"; real news, Malay Mail); not "Tan"
        # of "Tan Sri", a surname as often, nor "Sri", a given name
        "Datuk", "Dato", "Datin", "Seri", "Tun",
        # isiZulu and isiXhosa ("uMnu Mhawukeleni Sokhela", "uNkk Thabisile Dlamini"; real
        # news, Ilanga; "nguPrezidanti Cyril Ramaphosa"; real news, Dizindaba)
        # (not "Mongameli", president, a given name too: Mongameli Bobani; a review)
        "Mnu", "Nkk", "Nksz", "Dkt", "Solwazi", "Prezidanti",
    )
)  # fmt: skip
"""Titles stripped from the start of a person's name before names are compared.

Compared case-, accent- and punctuation-insensitively (``Dott.ssa`` is ``dottssa``). Only leading
words are stripped, never the last word of a name, and only from people: an organisation called
"General Motors" keeps its name.
"""

TITLES: frozenset[str] = HONORIFICS | frozenset(
    {"president", "prasident", "prasidenten", "prasidentin", "presidente", "presidenta",
     "presidentessa", "kanzler", "kanzlerin", "minister", "ministerin", "ministre", "ministro",
     "ministra", "burgermeister", "burgermeisterin", "maire", "sindaco", "alcalde", "alcaldesa",
     "secretary", "segretario", "segretaria", "secretaire", "sekretar", "secretario", "premier",
     "prime", "prefet", "prefetto", "procureur", "procureure", "procuratore", "fiscal",
     "spokesperson", "spokesman", "spokeswoman", "sprecher", "sprecherin", "portavoce",
     "portavoz", "porteparole", "presidentelect", "pm",
     # a member of the Knesset or the Bundestag ("MK Naftali Bennett"; real news, Israel
     # Nachrichten: kept as part of his name)
     "mk", "mdb",
     # a member of a South African province's executive ("MEC Mamabolo"; real news, The
     # Citizen: "The MEC emphasised ..." went to the title offered as a government)
     "mec"}
)  # fmt: skip
"""Titles of office that stand before a person's name and are no part of it, folded as
:data:`HONORIFICS` are ("Präsident" is ``prasident``, "porte-parole" ``porteparole``)."""
OFFICE_TITLES: frozenset[str] = frozenset(
    {"chairman", "chairwoman", "chair", "leader", "director", "commissioner", "ceo",
     "ambassador", "envoy", "congressman", "congresswoman", "prosecutor", "vorsitzende",
     "vorsitzender", "direktor", "direktorin", "chef", "chefin", "geschaftsfuhrer",
     "geschaftsfuhrerin", "abgeordnete", "abgeordneter", "directeur", "directrice",
     "direttore", "direttrice", "directora", "sheriff", "speaker", "councilman",
     "councilwoman", "councillor", "councilor", "assemblyman", "assemblywoman", "commander",
     "superintendent", "constable", "trooper", "attorney", "editor", "editorinchief",
     "commanderinchief", "mp", "mep", "msp", "mla"}
)  # fmt: skip
"""Titles that end a run of capitalised words before a person's name ("Democratic National
Committee Chairman Tim Kaine", "House Minority Leader John Boehner"); more often words of a
body's name than :data:`TITLES` when they open one, so kept apart."""
_ANY_TITLE = TITLES | OFFICE_TITLES
_OFFICE_JOINERS = frozenset({"of", "for", "de", "di", "del", "della", "des", "du", "fur", "der"})
"""Words that join a title to its office ("Secretary of State", "ministre de l'Intérieur")."""

_ACRONYM_SKIP = frozenset(
    {"of", "the", "and", "for", "on", "de", "del", "della", "di", "der", "des", "du", "la", "le",
     "el", "y", "et", "und", "fur"}
)  # fmt: skip
_ARTICLES = frozenset({"the"})
_JOINERS = re.compile(r"[.'’ʼ]")
_NON_WORD = re.compile(r"[\W_]+")
# German copy without umlauts writes ä ö ü as ae oe ue ("Juergen" for "Jürgen"); ß is already
# "ss" once casefolded.
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
# The fewest letters a shortened given name must keep to stand for a longer one ("Nat" for
# "Nathaniel"); "Jo" or "Al" could be too many names.
_MIN_PREFIX = 3

_PERSON = "person"
_ORGANISATION = "organisation"


_Words = tuple[frozenset[str], ...]
"""A name as words, each word the set of forms it is compared by (see :func:`_forms`)."""


@dataclass
class _Mention:
    part: int
    actor: Actor
    family: str
    tokens: tuple[str, ...]
    bare_name: str
    """The name without its titles, as written."""
    forms: _Words


_MAX_TITLE_WORDS = 6
"""How far into a person's name a title is looked for ("Deputy Foreign Minister ...", "Ann Arbor
Police Department Detective Lt. Robert Pfannes")."""


def _words(name: str) -> list[str]:
    """Case-, accent- and punctuation-free words of a name ("O'Brien-Lee" -> obrien, lee)."""
    return [w for w in _NON_WORD.split(_JOINERS.sub("", normalize_name(name))) if w]


def _said(text: str) -> frozenset[str]:
    """The words of ``text`` as names are compared (:func:`_words`), umlauts spelled out too."""
    spelled_out = unicodedata.normalize("NFC", text).translate(_UMLAUTS)
    return frozenset(_words(text)) | frozenset(_words(spelled_out))


def _titles(written: list[str]) -> int:
    """How many leading words of a person's name are titles.

    A title may follow words that qualify it ("Infrastructure Minister Teodora Reyes", "Chief
    Engineer Tomasz Wilk"): through the last title among the first words; never the last word.
    """
    leading = [
        i
        for i, word in enumerate(written[: min(len(written) - 1, _MAX_TITLE_WORDS)])
        if "".join(_words(word)) in _ANY_TITLE
        # "M." opens "M. Dupont"; after a given name it is an initial ("Thomas M. Hoenig")
        and (i == 0 or len("".join(_words(word))) > 1)
    ]
    titles = leading[-1] + 1 if leading else 0
    while titles < len(written) - 1 and "".join(_words(written[titles])) in _ANY_TITLE:
        titles += 1
    if titles and not written[titles][:1].isupper():
        return 0  # "Minister of Infrastructure" is a title, not a titled name
    if titles == 1 and len(written) == 2 and "".join(_words(written[0])) in _GIVEN_NAME_TITLES:
        return 0  # "Don Marshall" is a given name and a surname (real news, NOLA.com)
    return titles


_GIVEN_NAME_TITLES = frozenset({"don", "dona"})
"""Titles that are also given names: a title only before a name of two words or more ("Don
Carlo Rossi", not "Don Marshall")."""


_NAME_SUFFIXES = frozenset(
    {"jr", "sr", "mp", "phd", "qc", "kc", "md", "ii", "iii", "iv", "mep", "msp", "obe", "mbe",
     "cbe"}
)  # fmt: skip
"""What may follow a person's name after a comma and is no name ("Ben Carson, Jr.", "...,
MP")."""


def without_titles(name: str, text: str = "") -> str:
    """A person's name without the titles the model wrote before it.

    "House Minority Leader John Boehner" is "John Boehner", "Chairman Art Levinson" "Art
    Levinson" (see :func:`unify_actors` for which leading words count). A title joined to its
    office ("Secretary of State Hillary Clinton", "ministre de l'Intérieur Manuel Valls") ends
    where ``text`` writes the rest of the name without the word before it, else after the one
    word that names the office ("Hillary Rodham Clinton"; an office of two words keeps its
    second). The last word is never left off, and a name that is only titles, or whose
    titles are followed by a word in lower case ("Minister of Infrastructure"), is returned as
    it is.

    Args:
        name: The name as written.
        text: The article, to find where a title joined to its office ends.
    """
    written = name.split()
    titles = _titles(written)
    if titles:
        return " ".join(written[titles:])
    joined = next(
        (
            i
            for i, word in enumerate(written[: _MAX_TITLE_WORDS - 1])
            if "".join(_words(word)) in _ANY_TITLE
            and i + 1 < len(written)
            and "".join(_words(written[i + 1])) in _OFFICE_JOINERS
        ),
        None,
    )
    if joined is None or len(written) - joined < 4 or not written[-1][:1].isupper():
        return name
    for start in range(joined + 3, len(written) - 1):
        rest = " ".join(written[start:])
        before = re.escape(written[start - 1])
        if re.search(rf"(?<!{before} )(?<!\w){re.escape(rest)}(?!\w)", text):
            return rest
    office_rest = written[joined + 3 :]  # the office named by one word ("of State")
    # (not before a suffix: "Minister of Health, Selibe Mochoboroane, MP"; a review)
    commas = [
        i
        for i, word in enumerate(office_rest)
        if word.endswith(",")
        and "".join(_words(" ".join(office_rest[i + 1 :]))).casefold().rstrip(".")
        not in _NAME_SUFFIXES
    ]
    if commas and commas[-1] + 1 < len(office_rest):
        # the name after the office and its comma ("Minister of Natural Resources, Mohlomi
        # Moleko"; real news, the Lesotho Times: kept as "Resources, Mohlomi Moleko")
        office_rest = office_rest[commas[-1] + 1 :]
    return " ".join(office_rest) if all(w[:1].isupper() for w in office_rest) else name


def _mention(part: int, actor: Actor, said: frozenset[str], *, person: bool = False) -> _Mention:
    """How ``actor`` is compared; ``person``: as a person whatever its kind."""
    written = actor.name.split()
    titles = 0
    if actor.kind is ActorKind.PERSON or person:
        titles = _titles(written)
    elif actor.kind in (ActorKind.ORGANIZATION, ActorKind.GOVERNMENT):
        while titles < len(written) - 1 and "".join(_words(written[titles])) in _ARTICLES:
            titles += 1
    bare_name = " ".join(written[titles:]) or actor.name
    tokens = tuple(_words(bare_name))
    if actor.kind is ActorKind.PERSON or person:
        family = _PERSON
    elif actor.kind in (ActorKind.ORGANIZATION, ActorKind.GOVERNMENT):
        family = _ORGANISATION
    else:
        family = actor.kind.value
    if not tokens:  # a name of punctuation only: compare it as written
        tokens = (normalize_name(actor.name),)
    forms = _forms(bare_name, tokens)
    if family == _PERSON and len(tokens) > 1:
        # Given names the text never uses are the model's, not the article's ("Glenda Albrecht"
        # where it says "Jürgen Albrecht" and "Albrecht"): the name is compared by the words it
        # has from the text, so it neither stands for a second Albrecht nor makes "Albrecht"
        # ambiguous. Initials and names with no word from the text are compared as written.
        found = [len(t) == 1 or not said.isdisjoint(f) for t, f in zip(tokens, forms)]
        keep = len(found)
        while keep > 0 and found[keep - 1]:
            keep -= 1
        if 0 < keep < len(found) and any(len(t) > 1 for t in tokens[keep:]):
            tokens, forms = tokens[keep:], forms[keep:]
    return _Mention(part, actor, family, tokens, bare_name, forms)


def _forms(bare_name: str, tokens: tuple[str, ...]) -> _Words:
    """Each word of a name as it folds with accents stripped and with umlauts spelled out.

    "Jürgen" is {"jurgen", "juergen"}, so it matches both "Jurgen" and "Juergen"; those two do
    not match each other, as "Mueller" and "Muller" may be different names.
    """
    spelled_out = _words(unicodedata.normalize("NFC", bare_name).translate(_UMLAUTS))
    if len(spelled_out) != len(tokens):
        return tuple(frozenset({t}) for t in tokens)
    return tuple(frozenset({t, u}) for t, u in zip(tokens, spelled_out))


def _same_word(a: frozenset[str], b: frozenset[str]) -> bool:
    return not a.isdisjoint(b)


def _same_name(a: _Words, b: _Words) -> bool:
    return len(a) == len(b) and all(map(_same_word, a, b))


@dataclass(frozen=True)
class _Shorter:
    """How one person's name is a shorter form of another's.

    Attributes:
        surname: How many final words the two names share.
        cut: Whether a given name is cut short ("Bron" for "Bronwen"), rather than only left out
            or reduced to an initial.
    """

    surname: int
    cut: bool


def _shorter(a: _Words, b: _Words) -> _Shorter | None:
    """How ``a`` is a shorter form of ``b`` ("Albrecht", "J. Albrecht" of "Jürgen Albrecht").

    The names must end with the same words, their surname. Before it, ``a`` has no given name
    at all, or as many as ``b``, each equal to ``b``'s, its initial, or the first
    :data:`_MIN_PREFIX` or more letters of it; at least one of them shorter.
    """
    surname = 0
    while surname < min(len(a), len(b)) and _same_word(a[-1 - surname], b[-1 - surname]):
        surname += 1
    given_a, given_b = a[: len(a) - surname], b[: len(b) - surname]
    if surname == 0 or not given_b:
        return None
    if not given_a:
        return _Shorter(surname, cut=False)
    if len(given_a) != len(given_b):
        return None
    cut = False
    for short, long in zip(given_a, given_b):
        if _same_word(short, long):
            continue
        if any(len(s) == 1 < len(w) and w[0] == s for s in short for w in long):
            continue
        if not any(_MIN_PREFIX <= len(s) < len(w) and w.startswith(s) for s in short for w in long):
            return None
        cut = True
    return _Shorter(surname, cut)


def _compatible(a: _Words, b: _Words) -> bool:
    return _same_name(a, b) or _shorter(a, b) is not None or _shorter(b, a) is not None


def _unify_people(people: Sequence[_Words]) -> list[tuple[int, int]]:
    """Pairs of indices of ``people`` that name the same person (see :func:`_unify`)."""
    by_surname: dict[str, list[int]] = {}
    for i, words in enumerate(people):
        for form in words[-1]:
            by_surname.setdefault(form, []).append(i)
    # Names that can be compared: those whose last words match.
    peers: list[set[int]] = [set() for _ in people]
    for indices in by_surname.values():
        for i in indices:
            peers[i].update(indices)

    # Classes of equal names; equality is not transitive ("Mueller", "Müller", "Muller").
    same = list(range(len(people)))

    def root(i: int) -> int:
        while same[i] != i:
            same[i] = same[same[i]]
            i = same[i]
        return i

    for i, words in enumerate(people):
        for j in peers[i]:
            if j < i and _same_name(people[j], words):
                same[root(i)] = root(j)

    longer: list[dict[int, _Shorter]] = [{} for _ in people]
    for i in range(len(people)):
        for j in peers[i]:
            how = _shorter(people[i], people[j])
            if how is not None:
                longer[i][j] = how
    for i in range(len(people)):
        for j, how in list(longer[i].items()):
            if how.cut and _another_person(people, peers[i], i, j, how.surname):
                del longer[i][j]

    members: dict[int, list[int]] = {}
    for i in range(len(people)):
        members.setdefault(root(i), []).append(i)
    pairs = [(i, root(i)) for i in range(len(people)) if root(i) != i]
    for first, names in members.items():
        up = {j for i in names for j in longer[i]}
        # The full names: those it could be that are not themselves shorter forms of another.
        full = {root(j) for j in up if not any(k in up for k in longer[j])}
        if len(full) == 1:
            pairs.append((first, full.pop()))
    return pairs


def _another_person(
    people: Sequence[_Words], peers: set[int], short: int, long: int, surname: int
) -> bool:
    """Whether someone else with the surname of ``short`` and ``long`` has a given name.

    That is, a name ending with the same ``surname`` words, with a given name that neither of
    the two names could be. Then a cut-short given name is not trusted to be the longer one.
    """
    end = people[short][len(people[short]) - surname :]
    return any(
        len(people[k]) > surname
        and _same_name(people[k][len(people[k]) - surname :], end)
        and not _compatible(people[k], people[short])
        and not _compatible(people[k], people[long])
        for k in peers
    )


def _initials(tokens: tuple[str, ...]) -> set[str]:
    kept = [t for t in tokens if t not in _ACRONYM_SKIP]
    return {"".join(t[0] for t in tokens), "".join(t[0] for t in kept)}


def _unify(mentions: list[_Mention]) -> list[list[_Mention]]:
    """Group mentions of the same actor; groups in order of first mention.

    Equal names (after folding and, for people, titles) of the same family always join; so do
    people's names that differ only in umlauts spelled out ("Juergen", "Jürgen"). A person's
    shorter name (see :func:`_shorter`: "Wilk", "J. Albrecht", "Bron Tallis") joins the one full
    name it is a shorter form of; when it could be two full names that differ ("Marsh" for
    "Helena Marsh" and "David Marsh", "J. Smith" for "John Smith" and "Jane Smith") it joins
    neither and stays an actor of its own. A cut-short given name ("Dan Brown" for "Daniela
    Brown") joins only when no one else with that surname has a given name it cannot be. A
    one-word organisation name joins the one organisation whose initials it spells. Anonymous
    sources, groups, places and others join only on equal names.
    """
    names: dict[tuple[str, tuple[str, ...]], int] = {}
    forms: dict[int, list[frozenset[str]]] = {}
    for m in mentions:
        index = names.setdefault((m.family, m.tokens), len(names))
        known = forms.setdefault(index, list(m.forms))
        # "Jürgen" and "Jurgen" fold alike; the first's spelled-out umlaut holds for both.
        forms[index] = [k | f for k, f in zip(known, m.forms)]
    parent = list(range(len(names)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    people = [index for (family, _), index in names.items() if family == _PERSON]
    for a, b in _unify_people([tuple(forms[i]) for i in people]):
        parent[root(people[a])] = root(people[b])

    organisations = [tokens for family, tokens in names if family == _ORGANISATION]
    for short in organisations:
        if len(short) != 1 or len(short[0]) < 2:
            continue
        spelled = [t for t in organisations if len(t) >= 2 and short[0] in _initials(t)]
        if len(spelled) == 1:
            parent[root(names[(_ORGANISATION, short)])] = root(names[(_ORGANISATION, spelled[0])])

    # The same name under two kinds ("Lowen Ford Families Group" a group and an organisation,
    # "Greyhollow Dam" a place and an organisation) is one actor; a one-word name of a person
    # and of something else ("Ford") may be two.
    by_tokens: dict[tuple[str, ...], int] = {}
    for (family, tokens), index in names.items():
        if family in _OWN_KIND_ONLY or (family == _PERSON and len(tokens) < 2):
            continue
        if tokens in by_tokens:
            parent[root(index)] = root(by_tokens[tokens])
        else:
            by_tokens[tokens] = index

    groups: dict[int, list[_Mention]] = {}
    for m in mentions:
        groups.setdefault(root(names[(m.family, m.tokens)]), []).append(m)
    return list(groups.values())


def _find_people_by_other_kinds(mentions: list[_Mention], texts: list[str]) -> None:
    """Compare as people, in place, the mentions of people that a chunk gave another kind.

    A small model labels the same minister a person in one chunk and a government in the next
    ("Minister Vasquez-Lind"), or a named person an anonymous source. A titled name of an
    organisation or government whose name without its titles is, or is a shorter form of, a
    person's name elsewhere ("Minister Vasquez-Lind", "Infrastructure Minister Teodora
    Vasquez-Lind" beside "Teodora Vasquez-Lind"), and an anonymous source with exactly a
    person's name written as a name (capitalised, not "A Senior Official"), are that person;
    claims that cite that person as anonymous then break the integrity rules and are left out.
    "General Motors" stays an organisation even beside a person called Motors (see
    :data:`_NOT_ONLY_TITLES`).
    """
    people = [m.forms for m in mentions if m.family == _PERSON]
    for i, m in enumerate(mentions):
        kind = m.actor.kind
        if m.family == _PERSON or kind not in _OTHER_KINDS_OF_PEOPLE:
            continue
        written = m.actor.name.split()
        if kind is ActorKind.ANONYMOUS_SOURCE:
            if not all(w[:1].isupper() for w in written) or _words(written[0])[:1] in (
                ["a"],
                ["an"],
                ["the"],
            ):
                continue  # a description ("A Senior Official"), not a person's name
        elif _titles(written) == 0 or "".join(_words(written[0])) in _NOT_ONLY_TITLES:
            continue
        candidate = _mention(m.part, m.actor, _said(texts[m.part]), person=True)
        matches = _same_name if kind is ActorKind.ANONYMOUS_SOURCE else _compatible
        if any(matches(candidate.forms, other) for other in people):
            mentions[i] = candidate


_OWN_KIND_ONLY = frozenset({ActorKind.ANONYMOUS_SOURCE.value})
"""Families whose names join only their own kind (an anonymous source never joins a named actor)."""
_OTHER_KINDS_OF_PEOPLE = (ActorKind.ORGANIZATION, ActorKind.GOVERNMENT, ActorKind.ANONYMOUS_SOURCE)
_NOT_ONLY_TITLES = frozenset({"general", "gen", "chief", "don", "on", "m", "me", "premier"})
"""Titles that also begin organisations' names ("General Motors", "Chief Executives Board"): an
organisation whose name starts with one is never taken for a titled person."""


def _fullness(mention: _Mention) -> tuple[int, int, int]:
    """The most words, then the most letters, then diacritics; the first wins a tie.

    Punctuation and case do not make a name longer. Letters count umlauts spelled out, so that
    "Jürgen" and "Juergen" tie and the spelling with the diacritics wins.
    """
    letters = sum(max(map(len, word)) for word in mention.forms)
    diacritics = sum(ch.isalpha() and not ch.isascii() for ch in mention.bare_name)
    return len(mention.tokens), letters, diacritics


def _canonical(group: list[_Mention], taken: set[str]) -> Actor:
    first = group[0].actor
    longest = max(group, key=_fullness)
    role = next((m.actor.role for m in group if m.actor.role), "")
    actor_id, n = first.id, 1
    while actor_id in taken:
        n += 1
        actor_id = f"{first.id}-{n}"
    taken.add(actor_id)
    kind = ActorKind.PERSON if group[0].family == _PERSON else first.kind
    return Actor(id=actor_id, name=longest.bare_name, kind=kind, role=role)


def name_words(text: str) -> list[str]:
    """Case-, accent- and punctuation-free words of ``text``, as names are compared."""
    return _words(text)


@dataclass
class UnifiedActors:
    """The actors of several parts of one article, unified.

    Attributes:
        actors: One actor per group of mentions, in order of first mention (see
            :func:`unify_actors` for its id, name and role).
        new_ids: ``(part, actor id in that part)`` -> the unified actor's id.
        merged_names: Canonical name -> the other spellings folded into it (only actors that
            had other spellings).
        dropped: ``(part, name)`` of each person left out: no word of the name is in the part's
            text and none of the part's claims cites them (the model's invention).
    """

    actors: list[Actor]
    new_ids: dict[tuple[int, str], str]
    merged_names: dict[str, list[str]]
    dropped: list[tuple[int, str]] = field(default_factory=list)


def unify_actors(parts: Sequence[tuple[str, Sequence[Actor], set[str | None]]]) -> UnifiedActors:
    """Unify the actors of several parts of one article.

    Args:
        parts: For each part, its text, its actors, and the actor ids its claims cite.

    Returns:
        The unified actors: each has the first mention's id (made unique with ``-2``, ``-3`` ...
        when different actors share one), the longest name without titles (the spelling with
        diacritics when two are otherwise as long) and the first non-empty role.
    """
    mentions: list[_Mention] = []
    dropped: list[tuple[int, str]] = []
    for p, (text, actors, cited) in enumerate(parts):
        said = _said(text)
        for actor in actors:
            mention = _mention(p, actor, said)
            if (
                mention.family == _PERSON
                and actor.id not in cited
                and all(said.isdisjoint(form) for form in mention.forms)
            ):
                dropped.append((p, actor.name))
                continue
            mentions.append(mention)
    _find_people_by_other_kinds(mentions, [text for text, _, _ in parts])
    unified: list[Actor] = []
    new_ids: dict[tuple[int, str], str] = {}
    merged_names: dict[str, list[str]] = {}
    taken: set[str] = set()
    for group in _unify(mentions):
        actor = _canonical(group, taken)
        unified.append(actor)
        for m in group:
            new_ids[(m.part, m.actor.id)] = actor.id
            if m.actor.name != actor.name:
                others = merged_names.setdefault(actor.name, [])
                if m.actor.name not in others:
                    others.append(m.actor.name)
    return UnifiedActors(unified, new_ids, merged_names, dropped)
