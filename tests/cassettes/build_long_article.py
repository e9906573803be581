"""Build tests/cassettes/constructed/long_inquiry.yaml: the long article briefed in chunks.

CONSTRUCTED, not recorded from a model. ``tests/data/long-inquiry-liveblog.en.txt`` (153,433
characters, 35,045 tokens with the embedded model's tokenizer: 4.3 times its 8,192-token context)
is sent through newsbrief exactly as a user would (``Summarizer(context_window=8192,
max_output_tokens=3072, constrain_quotes=True)`` against an OpenAI-compatible server on loopback),
and this script's server writes each answer from the chunk it is sent, the way a careful model
would: for each recurring person, the spelling the chunk itself uses first ("Chief Engineer Jürgen
Albrecht" in one chunk, "Mr Albrecht", "J. Albrecht" or "Juergen Albrecht" in others), claims
quoting the chunk's own sentences (the ones the schema allows) attributed to the person they name,
an anonymous source kept anonymous, one open question; and a headline for the reduce call. The
requests and answers are recorded with vcrpy. What the test then checks is newsbrief's own work:
the chunk plan, offsets into the whole text, and one actor per person however the chunks spelled it.

Re-create with:  python tests/cassettes/build_long_article.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import vcr  # noqa: E402

from newsbrief import Summarizer  # noqa: E402
from newsbrief.prompt import REDUCE_PROMPT  # noqa: E402
from tests.fakeserver import Reply, completion, serve  # noqa: E402

ARTICLE = ROOT / "tests" / "data" / "long-inquiry-liveblog.en.txt"
CASSETTE = ROOT / "tests" / "cassettes" / "constructed" / "long_inquiry.yaml"
PORT = 8766
HEADER = (
    "# CONSTRUCTED cassette: written by tests/cassettes/build_long_article.py, whose loopback\n"
    "# server answers each chunk from its own text (not a model). Not recorded from a model.\n"
    "# Re-create with:  python tests/cassettes/build_long_article.py\n"
)

# Each recurring person and the spellings the article uses (tests/data/README.md), longest first.
PEOPLE = {
    "albrecht": ["Chief Engineer Jürgen Albrecht", "Jürgen Albrecht", "Juergen Albrecht",
                 "J. Albrecht", "Mr Albrecht", "Albrecht"],
    "okonjo": ["Justice Miriam Okonjo-Hale", "Miriam Okonjo-Hale", "Justice Okonjo-Hale",
               "Judge Okonjo Hale", "Okonjo-Hale"],
    "vasquez": ["Infrastructure Minister Teodora Vasquez-Lind", "Teodora Vásquez-Lind",
                "Teodora Vasquez-Lind", "Minister Vasquez-Lind", "Ms Vasquez-Lind", "Vasquez-Lind"],
    "tallis": ["Bronwen Tallis", "Bron Tallis", "Ms Tallis", "Tallis"],
    "osei": ["Nathaniel Osei", "Nat Osei", "Mr Osei", "Osei"],
    "brandvold": ["Dr. Ilse Brandvold", "Ilse Brandvold", "Dr Brandvold", "Brandvold"],
    "reddaway": ["Callum Reddaway", "Mr Reddaway", "Reddaway"],
    "ashcombe": ["Gideon Ashcombe", "Mr Ashcombe", "Ashcombe"],
}  # fmt: skip
ORGANISATIONS = {
    "ucwa": ["Upper Carrow Water Authority", "UCWA"],
    "kestrel": ["Kestrel Geotechnical Services", "KGS"],
}


def _article_of(body: dict[str, Any]) -> str:
    user = "\n".join(str(m["content"]) for m in body["messages"] if m["role"] == "user")
    match = re.search(r"<(article-[0-9a-f]+)>\n(.*)\n</\1>", user, re.S)
    assert match
    return match.group(2)


def _first_spelling(text: str, spellings: list[str]) -> str | None:
    found = [(text.find(s), -len(s), s) for s in spellings if s in text]
    return min(found)[2] if found else None


def _allowed_quotes(body: dict[str, Any]) -> list[str]:
    claim = body["response_format"]["schema"]["$defs"]["Claim"]["properties"]["quotes"]
    return list(claim["items"]["enum"])


def answer(body: dict[str, Any]) -> Reply:
    if REDUCE_PROMPT in str(body["messages"][0]["content"]):
        return Reply(200, completion({
            "headline": "Greyhollow inquiry: the chief engineer questioned over the alarm and page 14",
            "summary": "On day 17 the inquiry heard the Authority's chief engineer and the 2019 "
                       "inspector; the families' group and the minister answered in the evening.",
            "language": "en"}, usage=(900, 60)))  # fmt: skip
    text = _article_of(body)
    allowed = _allowed_quotes(body)
    actors: list[dict[str, Any]] = []
    spelled: dict[str, str] = {}
    for key, spellings in PEOPLE.items():
        name = _first_spelling(text, spellings)
        if name:
            spelled[key] = name
            actors.append({"id": key, "name": name, "kind": "person", "role": ""})
    for key, spellings in ORGANISATIONS.items():
        name = _first_spelling(text, spellings)
        if name:
            actors.append({"id": key, "name": name, "kind": "organization", "role": ""})
    anonymous = "asked not to be named" in text
    if anonymous:
        actors.append({"id": "unnamed", "name": "a source who asked not to be named",
                       "kind": "anonymous_source", "role": ""})  # fmt: skip
    claims: list[dict[str, Any]] = []
    for quote in allowed:
        who = next((k for k, name in spelled.items() if name.split()[-1] in quote), None)
        if who is None and not (anonymous and "asked not to be named" in quote):
            continue
        source = (
            {"actor_id": who, "description": spelled[who], "kind": "named_person"}
            if who is not None
            else {"actor_id": "unnamed", "description": "who asked not to be named",
                  "kind": "anonymous"}
        )  # fmt: skip
        claims.append({"quotes": [quote], "source": source, "attribution": "indirect",
                       "statement": quote[:120]})  # fmt: skip
        if len(claims) == 10:
            break
    for quote in allowed[: max(0, 3 - len(claims))]:
        claims.append({"quotes": [quote], "attribution": "unattributed", "statement": quote[:120],
                       "source": {"actor_id": None, "description": "the live blog",
                                  "kind": "article"}})  # fmt: skip
    question = next((q for q in allowed if q.endswith("?")), allowed[-1])
    draft = {
        "headline": "Day 17 of the Greyhollow inquiry", "summary": "Testimony and reactions.",
        "language": "en", "key_actors": actors[:12], "claims": claims,
        "unresolved_issues": [{"question": "What remains unexplained here?",
                               "why_open": "The hearing left it open.", "quotes": [question]}],
    }  # fmt: skip
    return Reply(200, completion(draft, usage=(3800, 900)))


def main() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    CASSETTE.unlink(missing_ok=True)
    recorder = vcr.VCR(record_mode="all", decode_compressed_response=True,
                       filter_headers=["authorization"])  # fmt: skip
    with serve(answer, port=PORT) as server, recorder.use_cassette(str(CASSETTE)):
        brief = Summarizer(
            "constructed-drafter", base_url=server.url, api_key="not-a-secret",
            context_window=8192, max_output_tokens=3072, constrain_quotes=True,
        ).summarize(text)  # fmt: skip
    CASSETTE.write_text(HEADER + CASSETTE.read_text(encoding="utf-8"), encoding="utf-8")
    print(f"{len(brief.metadata.chunks)} chunks, {server.calls} calls, "
          f"{len(brief.key_actors)} actors, {len(brief.claims)} claims -> {CASSETTE}")  # fmt: skip
    print(json.dumps(brief.metadata.merged_names, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
