"""The embedded model's JSON answers decoded token by token and with forced text in batches.

    python benchmarks/decoding.py [--articles chemical-spill.fr,g20-blinken-lavrov.it] [--threads 2]

Runs the staged strategy on gold articles with the embedded model. For every call, the prompt
is first evaluated once (an answer of one token), then answered twice on that cached prompt: by
``create_chat_completion`` with the greedy grammar as its logits processor (every token one
model step), and by :class:`newsbrief.providers.decoding.JsonDecoder` (the text the grammar
forces evaluated in a batch with the model's token). The brief goes on with the decoder's
answer. Prints, per stage and in all: calls, seconds of each, answer tokens, the decoder's model
steps and forced tokens, and how many answers are the same text.
"""

from __future__ import annotations

import argparse
import os
import time
from collections import defaultdict
from typing import Any

from newsbrief.eval import load_gold_dir
from newsbrief.providers.grammar import GreedyGrammar
from newsbrief.providers.local import LocalModel, resolve_model_path
from newsbrief.staged import StageCall, staged_brief

GOLD = os.path.join(os.path.dirname(__file__), "..", "tests", "gold")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", default="chemical-spill.fr,g20-blinken-lavrov.it")
    parser.add_argument("--threads", type=int, default=0, help="NEWSBRIEF_LOCAL_THREADS")
    args = parser.parse_args(argv)
    if args.threads:
        os.environ["NEWSBRIEF_LOCAL_THREADS"] = str(args.threads)
    model = LocalModel.get(resolve_model_path())
    decoder = model.decoder
    assert decoder is not None, "this llama-cpp-python model has no batched decoder"
    llama = model.llama
    wanted = args.articles.split(",")
    rows: dict[str, list[float]] = defaultdict(lambda: [0.0] * 7)
    for ident, gold in load_gold_dir(GOLD):
        if ident not in wanted:
            continue
        flow = staged_brief(gold.text, language="en")
        call: StageCall = next(flow)
        try:
            while True:
                schema = call.response_model.model_json_schema()
                asked: dict[str, Any] = {"messages": call.messages, "temperature": 0.0}
                llama.create_chat_completion(**asked, max_tokens=1)  # the prompt, cached
                started = time.perf_counter()
                with GreedyGrammar(llama, schema) as grammar:
                    old = llama.create_chat_completion(
                        **asked, max_tokens=call.max_tokens, logits_processor=[grammar]
                    )
                old_seconds = time.perf_counter() - started
                started = time.perf_counter()
                with GreedyGrammar(llama, schema) as grammar:
                    new = decoder.decode(call.messages, grammar, max_tokens=call.max_tokens)
                new_seconds = time.perf_counter() - started
                same = old["choices"][0]["message"]["content"] == new.text
                row = rows[call.stage.replace("-retry", "")]
                for i, value in enumerate(
                    (
                        1,
                        old_seconds,
                        new_seconds,
                        old["usage"]["completion_tokens"],
                        new.steps + 1,
                        new.forced_tokens,
                        same,
                    )
                ):
                    row[i] += float(value)
                print(
                    f"{ident} {call.stage}: {old_seconds:.1f} s -> {new_seconds:.1f} s, "
                    f"{old['usage']['completion_tokens']} tokens -> {new.steps + 1} steps "
                    f"({new.forced_tokens} forced), same answer: {same}",
                    flush=True,
                )
                try:
                    answer = call.response_model.model_validate_json(new.text)
                except ValueError as error:
                    call = flow.throw(error)
                else:
                    call = flow.send(answer)
        except StopIteration:
            pass
    print(f"\n{'stage':12} calls  token by token s  batched s  tokens  steps  forced  same")
    total = [0.0] * 7
    for stage, row in rows.items():
        total = [a + b for a, b in zip(total, row, strict=True)]
        print(f"{stage:12} {row[0]:5.0f}  {row[1]:16.1f}  {row[2]:9.1f}  {row[3]:6.0f}  "
              f"{row[4]:5.0f}  {row[5]:6.0f}  {row[6]:4.0f}")  # fmt: skip
    print(f"{'all':12} {total[0]:5.0f}  {total[1]:16.1f}  {total[2]:9.1f}  {total[3]:6.0f}  "
          f"{total[4]:5.0f}  {total[5]:6.0f}  {total[6]:4.0f}")  # fmt: skip


if __name__ == "__main__":
    main()
