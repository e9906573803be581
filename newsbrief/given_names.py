"""The gender a given name says, from the name lists of Faker's person providers.

A pronoun that speaks ("she said") stands for the person named before whose gender fits; news
in English names most people without an honorific, so their given name is often all an article
says of it ("She said her husband has been a steady leader" went to Donald Trump, named in the
sentence before, not to Michelle Obama; real news, the New York Daily News). Faker, a maintained
library, ships given names by gender for many locales (its person providers' lists). Using
them costs a dependency of about 2 MB and reading provider modules' name tables, which Faker
documents as its localized providers but not as data; a name that the lists give both genders
("Jordan", "Andrea") says neither.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import Literal

__all__ = ["GIVEN_NAME_LOCALES", "given_name_gender"]

GIVEN_NAME_LOCALES = (
    "en_US", "en_GB", "en_IE", "de_DE", "de_AT", "de_CH", "fr_FR", "it_IT",
    "es_ES", "es_MX", "pt_BR", "pt_PT", "nl_NL", "pl_PL", "sv_SE", "da_DK", "no_NO", "fi_FI",
    "cs_CZ",
)  # fmt: skip
"""The Faker locales whose given names are read: Latin scripts, the languages newsbrief
briefs most."""


@cache
def _names_by_gender() -> dict[str, frozenset[str]]:
    """Each given name, folded, with the genders the locales' lists give it."""
    found: dict[str, set[str]] = {}
    for locale in GIVEN_NAME_LOCALES:
        try:
            provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        except (ImportError, AttributeError):
            continue  # (a Faker without it: fewer names; the tests check each one is there)
        for gender, table in (
            ("m", getattr(provider, "first_names_male", ())),
            ("f", getattr(provider, "first_names_female", ())),
        ):
            for name in table:
                if isinstance(name, str):
                    found.setdefault(name.casefold(), set()).add(gender)
    return {name: frozenset(genders) for name, genders in found.items()}


def given_name_gender(name: str) -> Literal["m", "f"] | None:
    """The gender the given name opening ``name`` says, or ``None``.

    Args:
        name: A person's full name as the article writes it ("Michelle Obama"); a name of one
            word may be a surname and says nothing.

    Returns:
        ``"m"`` or ``"f"`` when the lists give the first word that gender only, else ``None``
        (unknown to them, given both, an initial, or a one-word name).
    """
    words = name.split()
    if len(words) < 2 or len(words[0].rstrip(".")) < 2:
        return None
    genders = _names_by_gender().get(words[0].casefold(), frozenset())
    if genders == {"m"}:
        return "m"
    if genders == {"f"}:
        return "f"
    return None
