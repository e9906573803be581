"""Turn a brief saved as JSON into a self-contained HTML page with the evidence in the article.

    python examples/html_report.py BRIEF.json [ARTICLE.txt] [--out report.html]

BRIEF.json is a brief as ``newsbrief summarize --format json`` writes it; ARTICLE.txt is the text
its offsets index (not needed when the brief came from a web page: it keeps that text). Open the
page in a browser: each claim's evidence links to its words in the article, highlighted.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import newsbrief
from newsbrief.report import render_html


def main(argv: list[str] | None = None) -> Path:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("brief", type=Path)
    parser.add_argument("article", type=Path, nargs="?")
    parser.add_argument("--out", type=Path, default=Path("report.html"))
    args = parser.parse_args(argv)

    brief = newsbrief.Brief.model_validate_json(args.brief.read_text(encoding="utf-8"))
    text = args.article.read_text(encoding="utf-8") if args.article else None
    args.out.write_text(render_html(brief, text), encoding="utf-8")
    print(args.out)
    return args.out


if __name__ == "__main__":
    main()
