"""llama.cpp's prompt and generation rates for the embedded model, as this llama-cpp-python
build gives them (compare builds: tuned to the machine, without AMX, AVX2 only).

    python benchmarks/token_rates.py [--tokens 550] [--generate 60] [--threads 2]

Prints llama.cpp's CPU features, then milliseconds per prompt token (a cold prompt of the seed
article's first tokens) and per generated token (the same prompt again, its prefix reused).
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import llama_cpp

from newsbrief.providers.local import resolve_model_path

ARTICLE = Path(__file__).parent.parent / "examples" / "g20-blinken-lavrov.it.txt"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tokens", type=int, default=550)
    parser.add_argument("--generate", type=int, default=60)
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 2)
    args = parser.parse_args(argv)
    print(llama_cpp.llama_print_system_info().decode("utf-8", "replace"))
    llama = llama_cpp.Llama(
        model_path=str(resolve_model_path()), n_ctx=4096, n_threads=args.threads, verbose=False
    )
    tokens = llama.tokenize(ARTICLE.read_text(encoding="utf-8").encode("utf-8"))[: args.tokens]
    prompt = llama.detokenize(tokens).decode("utf-8", "ignore")
    started = time.perf_counter()
    llama.create_completion(prompt, max_tokens=1, temperature=0)
    prompt_seconds = time.perf_counter() - started
    started = time.perf_counter()
    answer = llama.create_completion(prompt, max_tokens=args.generate + 1, temperature=0)
    generation_seconds = time.perf_counter() - started
    generated = answer["usage"]["completion_tokens"]  # type: ignore[index]
    print(
        f"prompt: {len(tokens)} tokens, {1000 * prompt_seconds / len(tokens):.1f} ms a token; "
        f"generation: {generated} tokens, {1000 * generation_seconds / generated:.0f} ms a token"
    )


if __name__ == "__main__":
    main()
