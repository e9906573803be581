"""The greedy grammar against llama.cpp's own: seconds per call and per article, and whether
every answer is the same.

    python benchmarks/grammar.py [ARTICLE_ID ...]     (needs: pip install -e ".[local]")

Briefs each article of ``tests/gold`` (defaults: three, in three languages) with the staged
strategy through :class:`~newsbrief.providers.local.LocalModel` twice on one loaded model: once
with the schema sent as ``response_format`` (llama.cpp tests the whole vocabulary against the
grammar before every token), once with :class:`~newsbrief.providers.grammar.GreedyGrammar`
(the model's first choice first). The two runs alternate per article, so that load on the
machine falls on both, each from an empty context; the answers of each stage are compared as
text.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from newsbrief.eval import load_gold_dir
from newsbrief.providers.grammar import GreedyGrammar
from newsbrief.providers.local import LoadStats, LocalModel, resolve_model_path
from newsbrief.staged import StageCall, run_staged

GOLD = Path(__file__).parent.parent / "tests" / "gold"
DEFAULT_IDS = ["chemical-spill.fr", "harbor-strike.en", "school-roof.es"]


def brief(model: LocalModel, text: str) -> list[tuple[str, int, float, str]]:
    """(stage, generated tokens, seconds, answer) of each call of one staged brief."""
    calls: list[tuple[str, int, float, str]] = []

    def answer(call: StageCall) -> BaseModel:
        started = time.perf_counter()
        result = model.create(
            messages=call.messages,
            response_format={
                "type": "json_object",
                "schema": call.response_model.model_json_schema(),
            },
            temperature=0.0,
            max_tokens=call.max_tokens,
        )
        content = result.choices[0].message.content or ""
        tokens = result.usage.completion_tokens if result.usage else 0
        calls.append((call.stage, tokens, time.perf_counter() - started, content))
        return call.response_model.model_validate_json(content)

    run_staged(text, answer, language="en")
    return calls


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ids", nargs="*", default=DEFAULT_IDS)
    args = parser.parse_args(argv)
    from llama_cpp import Llama

    path = resolve_model_path()
    threads = int(os.environ.get("NEWSBRIEF_LOCAL_THREADS") or os.cpu_count() or 2)
    llama: Any = Llama(model_path=str(path), n_ctx=8192, n_threads=threads, verbose=False)
    load = LoadStats(path, 0.0, 8192)
    models = {
        "response_format": LocalModel(llama, load),
        "greedy grammar": LocalModel(llama, load, grammar=GreedyGrammar),
    }
    gold = dict(load_gold_dir(GOLD))
    totals = dict.fromkeys(models, 0.0)
    tokens = dict.fromkeys(models, 0)
    same = differ = 0
    print(f"{path.name}, {threads} threads, load average {os.getloadavg()[0]:.2f}")
    for item in args.ids:
        runs = {}
        for label, model in models.items():
            # each brief from an empty context: a prefix the other run left evaluated would
            # make this one faster, and a prompt evaluated in other batches can tip a near tie
            llama.reset()
            runs[label] = brief(model, gold[item].text)
        for label, calls in runs.items():
            seconds = sum(c[2] for c in calls)
            totals[label] += seconds
            tokens[label] += sum(c[1] for c in calls)
            stages = " ".join(f"{stage}:{n}/{s:.1f}s" for stage, n, s, _ in calls)
            print(f"{item:<28} {label:<16} {seconds:6.1f} s  {stages}")
        first, second = runs.values()
        for a, b in zip(first, second, strict=False):
            same, differ = (same + 1, differ) if a[3] == b[3] else (same, differ + 1)
        differ += abs(len(first) - len(second))
    for label in models:
        rate = tokens[label] / totals[label] if totals[label] else 0.0
        print(f"{label:<16} {totals[label]:7.1f} s, {tokens[label]} tokens ({rate:.1f} tokens/s)")
    print(f"answers the same: {same}, different: {differ}")


if __name__ == "__main__":
    main()
