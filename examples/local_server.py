"""Brief an article with a model served on your own machine (Ollama, llama.cpp, vLLM).

    ollama serve & ollama pull llama3.1
    python examples/local_server.py --model llama3.1 --base-url http://localhost:11434/v1

    python -m llama_cpp.server --model qwen2.5-1.5b-instruct-q4_k_m.gguf
    python examples/local_server.py --model qwen --base-url http://localhost:8000/v1

Any OpenAI-compatible server works: newsbrief sends the JSON schema as
``response_format.schema`` too, which llama.cpp's server enforces as a grammar. No OpenAI key is
sent to the server (pass ``api_key=`` if yours needs one).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import newsbrief
from newsbrief.render import to_text

SAMPLE = Path(__file__).parent / "g20-blinken-lavrov.it.txt"


def main(argv: list[str] | None = None) -> str:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=SAMPLE)
    parser.add_argument("--model", required=True, help="the name the server knows the model by")
    parser.add_argument("--base-url", required=True, help="e.g. http://localhost:11434/v1")
    parser.add_argument("--timeout", type=float, default=600.0)
    args = parser.parse_args(argv)

    summarizer = newsbrief.Summarizer(args.model, base_url=args.base_url, timeout=args.timeout)
    brief = summarizer.summarize(args.article.read_text(encoding="utf-8"))
    text = to_text(brief)
    print(text)
    return text


if __name__ == "__main__":
    main()
