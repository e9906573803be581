"""Score a model on a gold set: actors, claims, attribution, open questions, cost.

    python examples/evaluate.py tests/gold --model local

A gold set is a folder of hand annotations (see tests/gold/README.md). The same from the command
line, with several models side by side: ``newsbrief eval tests/gold --model local --model ...``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.console import Console

import newsbrief
from newsbrief.eval import ModelReport, evaluate_model, load_gold_dir, report_table


def main(argv: list[str] | None = None) -> ModelReport:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--model", default=None)
    args = parser.parse_args(argv)

    gold = load_gold_dir(args.gold_dir)
    report = evaluate_model(gold, newsbrief.Summarizer(args.model))
    Console().print(report_table([report]))
    return report


if __name__ == "__main__":
    main()
