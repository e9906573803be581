"""Prompt overhead per article: system prompt and schema, in characters and in tokens.

    python benchmarks/prompt_overhead.py [ARTICLE]      (tokens need the embedded model: ".[local]")

Counts what newsbrief sends besides the article itself: the system prompt, the user instruction
around the article, and the JSON schema, both as instructor's JSON mode puts it in the system
message (OpenAI-compatible servers and the embedded model) and as TOOLS mode sends it (OpenAI).
Tokens are counted with the embedded model's tokenizer (Qwen2.5), loaded vocabulary-only.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsbrief.article import prepare_article
from newsbrief.calls import Run, request_body
from newsbrief.draft import draft_schema_for
from newsbrief.onepass import draft_request
from newsbrief.prompt import SYSTEM_PROMPT, build_messages
from newsbrief.providers import resolve_backend
from newsbrief.retry import CallBudget, RetryPolicy

SEED = Path(__file__).parent.parent / "tests" / "data" / "g20-blinken-lavrov.it.txt"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=SEED)
    args = parser.parse_args(argv)
    text = args.article.read_text(encoding="utf-8")
    schema_model = draft_schema_for(text)
    messages = build_messages(text, "en")

    parts: dict[str, str] = {
        "system prompt": SYSTEM_PROMPT,
        "user instruction + delimiters": messages[1]["content"].replace(text, ""),
        "schema, compact JSON": json.dumps(schema_model.model_json_schema(), ensure_ascii=False),
    }
    # The bodies instructor would send, captured without a call (newsbrief.calls.request_body).
    article = prepare_article(text)
    request = draft_request(article, "en", constrain_quotes=False, schema_is_grammar=False)
    json_mode = resolve_backend("any-model", base_url="http://127.0.0.1:9/v1", mode="json")
    json_mode.schema_in_response_format = False  # only the prompt's copy of the schema
    tools_mode = resolve_backend("openai/gpt-4.1-mini", api_key="not-sent")
    json_body = request_body(Run(json_mode, CallBudget(RetryPolicy())), request)
    added = json_body["messages"][0]["content"].replace(SYSTEM_PROMPT, "")
    parts["schema as JSON mode sends it"] = added
    tools_body = request_body(Run(tools_mode, CallBudget(RetryPolicy())), request)
    parts["schema as TOOLS mode sends it"] = json.dumps(tools_body["tools"], ensure_ascii=False)
    parts["article"] = text

    count = None
    try:
        from llama_cpp import Llama

        from newsbrief.providers.local import resolve_model_path

        vocab = Llama(model_path=str(resolve_model_path()), vocab_only=True, verbose=False)

        def count(s: str) -> int:
            return len(vocab.tokenize(s.encode("utf-8"), add_bos=False))
    except Exception as exc:
        print(f"(no tokenizer: {exc})")

    print(f"{'part':34} {'chars':>7} {'tokens':>7}")
    for name, value in parts.items():
        tokens = count(value) if count else "-"
        print(f"{name:34} {len(value):7} {tokens!s:>7}")


if __name__ == "__main__":
    main()
