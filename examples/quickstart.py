"""Print a Markdown brief of one article.

    python examples/quickstart.py [ARTICLE.txt] [--model MODEL]

With no article, briefs the sample under examples/. The model is the default newsbrief picks
(NEWSBRIEF_MODEL, else OpenAI when OPENAI_API_KEY is set, else the embedded model), or --model.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import newsbrief
from newsbrief.render import to_markdown

SAMPLE = Path(__file__).parent / "g20-blinken-lavrov.it.txt"


def main(argv: list[str] | None = None) -> str:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=SAMPLE)
    parser.add_argument("--model", default=None)
    args = parser.parse_args(argv)

    text = args.article.read_text(encoding="utf-8")
    brief = newsbrief.summarize(text, model=args.model)
    markdown = to_markdown(brief)
    print(markdown)
    return markdown


if __name__ == "__main__":
    main()
