"""Run the staged strategy on every article of a gold set with the embedded model, and score it.

Usage (one model job at a time on a shared machine; it takes minutes)::

    python scripts/staged_eval.py tests/gold --out /tmp/staged.jsonl --json /tmp/staged.json
    python scripts/staged_eval.py tests/gold --baseline baseline.json   # side by side

It drives :func:`newsbrief.staged.staged_brief` with the embedded llama.cpp model in-process
(``LocalModel.create``, as newsbrief asks it, with the stage's schema as a grammar, at
temperature 0), builds a :class:`newsbrief.Brief` (model ``local-staged``), scores it with
:func:`newsbrief.eval.score_brief` and prints the table of ``newsbrief eval``, then the seconds and
tokens per article and per stage, the output-language share and the specifics checked. A
``--baseline`` JSON report from ``newsbrief eval --json`` is shown in the same table.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from rich.console import Console
from rich.table import Table

from newsbrief.eval import (
    ArticleResult,
    EvalReport,
    ModelReport,
    aggregate,
    load_gold_dir,
    report_table,
    score_brief,
)
from newsbrief.models import Brief, RunMetadata, Usage, UsageRecord
from newsbrief.providers.local import LocalModel, resolve_model_path
from newsbrief.staged import BriefContent, StageCall, staged_brief


class StageFailed(RuntimeError):
    """The model's answer did not fit the stage's schema (or was cut short)."""


PROMPT_RATE = 75.0
"""Prompt tokens per second of the embedded model on 2 idle cores (rules.md: 69-85)."""
GENERATION_RATE = 19.5
"""Generated tokens per second on 2 idle cores with the grammar (rules.md: 17-22)."""

state: dict[str, bool] = {}


def idle_seconds(records: list[dict[str, Any]]) -> float:
    """Seconds the calls would take on 2 idle cores: fresh prompt tokens (those not in the
    reused prefix) and generated tokens at the measured rates. Independent of the load."""
    fresh = sum(r.get("fresh_tokens", 0) for r in records)
    generated = sum(r.get("completion_tokens", 0) for r in records)
    return float(fresh / PROMPT_RATE + generated / GENERATION_RATE)


class Replay:
    """Answers calls from a ``--out`` file of an earlier run (no model): the n-th call of a stage
    for an article gets the n-th recorded answer of that stage. For measuring changes that do
    not change what is asked (guards, filters, assembly) on the whole set in seconds."""

    def __init__(self, path: str) -> None:
        self.answers: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for line in Path(path).read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            for record in item["calls"]:
                self.answers[(item["id"], record["stage"])].append(record)
        self.article = ""

    def tokenize(self, data: bytes, add_bos: bool = False) -> list[int]:
        return list(range(len(data) // 4))

    def create_chat_completion(self, **request: Any) -> dict[str, Any]:
        raise NotImplementedError

    def next_record(self, stage: str) -> dict[str, Any] | None:
        """The recorded call ``answer`` would replay next for ``stage``, if any."""
        queue = self.answers.get((self.article, stage), [])
        return queue[0] if queue else None

    def answer(self, stage: str) -> dict[str, Any]:
        queue = self.answers.get((self.article, stage), [])
        if not queue:
            raise StageFailed(f"no recorded answer for {stage}")
        record = queue.pop(0)
        if "raw" not in record:
            raise StageFailed(record.get("error", "recorded failure"))
        return {
            "usage": {
                "prompt_tokens": record.get("prompt_tokens", 0),
                "completion_tokens": record.get("completion_tokens", 0),
            },
            "choices": [{"message": {"content": record["raw"]}, "finish_reason": "stop"}],
        }


class Embedded:
    """The embedded model as newsbrief asks it (:class:`LocalModel`: its streamed answers, and
    a list that loops ended), with llama.cpp's tokenizer and dict answers for this script."""

    def __init__(self) -> None:
        self.model = LocalModel.get(resolve_model_path())

    def tokenize(self, text: bytes, add_bos: bool = False) -> list[int]:
        return list(self.model.llama.tokenize(text, add_bos=add_bos))

    def create_chat_completion(self, **request: Any) -> dict[str, Any]:
        return self.model.create(**request).model_dump()


live: Any = None
"""With --replay and --live: the real model, for the stages named in live_stages."""
live_stages: set[str] = set()


def run_article(
    llama: Any, text: str, language: str, options: dict[str, Any], *, verbose: bool = False
) -> tuple[BriefContent, list[dict[str, Any]]]:
    """Brief one article; return its content and one record per call."""
    records: list[dict[str, Any]] = []
    gen = staged_brief(text, language=language, **options)
    previous_user: str | None = None
    call: StageCall = next(gen)
    try:
        while True:
            started = time.perf_counter()
            record: dict[str, Any] = {"stage": call.stage}
            user = str(call.messages[1]["content"])  # the article, then the first question
            prefix, _, question = user.partition("\n\nTask:")
            shared = previous_user is not None and previous_user.startswith(prefix)
            fresh_text = question if shared else user
            if len(call.messages) > 2:
                # the next turn of an earlier call (the decoder gives it that call's prompt
                # and answer as held): only the new question is read
                fresh_text = str(call.messages[-1]["content"])
            if not state.get("system_seen"):
                fresh_text = str(call.messages[0]["content"]) + fresh_text
                state["system_seen"] = True
            counter = live if isinstance(llama, Replay) and live is not None else llama
            record["fresh_tokens"] = len(
                counter.tokenize(fresh_text.encode("utf-8"), add_bos=False)
            )
            previous_user = user
            # what was asked, so that a replay can tell a changed question from an old one with
            # the same number of tokens (the same names in another order)
            record["question_sha"] = hashlib.sha256(
                json.dumps(call.messages, ensure_ascii=False).encode("utf-8")
            ).hexdigest()[:16]
            try:
                recorded = (
                    llama.next_record(call.stage)
                    if isinstance(llama, Replay) and call.stage not in live_stages
                    else None
                )
                # a record with the question's hash is told by it alone: the count of fresh
                # tokens depends on the counter (the live model's tokenizer or the replay's)
                changed = state.get("live_changed") and (
                    recorded is None
                    or (
                        recorded["question_sha"] != record["question_sha"]
                        if "question_sha" in recorded
                        else recorded.get("fresh_tokens") != record["fresh_tokens"]
                    )
                )
                if isinstance(llama, Replay) and call.stage not in live_stages and not changed:
                    result = llama.answer(call.stage)
                else:
                    if changed and recorded is not None:
                        llama.answer(call.stage)  # the recorded answer to another question
                    model = live if isinstance(llama, Replay) else llama
                    result = model.create_chat_completion(
                        messages=call.messages,
                        response_format={
                            "type": "json_object",
                            "schema": call.response_model.model_json_schema(),
                        },
                        temperature=0.0,
                        max_tokens=call.max_tokens,
                    )
                usage = result.get("usage") or {}
                record["prompt_tokens"] = int(usage.get("prompt_tokens", 0))
                record["completion_tokens"] = int(usage.get("completion_tokens", 0))
                choice = result["choices"][0]
                content = choice["message"]["content"] or ""
                record["raw"] = content
                if choice.get("finish_reason") == "length":
                    raise StageFailed(f"answer cut at max_tokens={call.max_tokens}")
                answer: BaseModel = call.response_model.model_validate_json(content)
            except Exception as exc:
                record["error"] = f"{type(exc).__name__}: {exc}"[:300]
                record["seconds"] = time.perf_counter() - started
                records.append(record)
                call = gen.throw(exc)
            else:
                record["seconds"] = time.perf_counter() - started
                records.append(record)
                call = gen.send(answer)
            finally:
                if verbose:
                    print(
                        f"  {record['stage']}: {time.perf_counter() - started:.1f} s, "
                        f"{record.get('prompt_tokens')}+{record.get('completion_tokens')} tokens"
                        f" ({record.get('fresh_tokens')} fresh)"
                        + (f", {record['error']}" if "error" in record else ""),
                        file=sys.stderr,
                        flush=True,
                    )
    except StopIteration as stop:
        return stop.value, records


def to_brief(content: BriefContent, records: list[dict[str, Any]], seconds: float) -> Brief:
    usage = Usage(
        calls=[
            UsageRecord(
                kind="initial" if not r["stage"].endswith("-retry") else "validation_reask",
                prompt_tokens=r.get("prompt_tokens", 0),
                completion_tokens=r.get("completion_tokens", 0),
            )
            for r in records
        ]
    )
    return Brief(
        headline=content.headline,
        summary=content.summary,
        language=content.language,
        key_actors=content.key_actors,
        claims=content.claims,
        unresolved_issues=content.unresolved_issues,
        metadata=RunMetadata(
            model="local-staged",
            attempts=len(records),
            usage=usage,
            duration_seconds=seconds,
        ),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dir")
    parser.add_argument("--language", default="en")
    parser.add_argument("--out", help="write each brief, its notes and calls as JSON lines")
    parser.add_argument("--json", help="write the EvalReport here")
    parser.add_argument("--baseline", help="an EvalReport JSON (newsbrief eval --json) to compare")
    parser.add_argument("--no-article-claims", action="store_true")
    parser.add_argument("--label", default="local-staged")
    parser.add_argument("--verbose", action="store_true", help="print every call to stderr")
    parser.add_argument(
        "--only", default="", help="comma-separated article ids (a partial run: say so)"
    )
    parser.add_argument("--replay", help="answer from a --out file of an earlier run (no model)")
    parser.add_argument(
        "--live", default="", help="with --replay: stages (comma-separated) asked to the model"
    )
    parser.add_argument(
        "--live-changed",
        action="store_true",
        help="with --replay: ask the model live for every call whose question is not the recorded "
        "one (its messages' hash, in records that have one, or its fresh prompt tokens "
        "differ) or that has no recorded answer",
    )
    parser.add_argument(
        "--threads", type=int, default=0, help="llama.cpp threads (default: LocalModel's)"
    )
    args = parser.parse_args()

    gold_items = load_gold_dir(args.gold_dir)
    if args.only:
        wanted = set(args.only.split(","))
        gold_items = [(i, g) for i, g in gold_items if i in wanted]
    global live
    if args.threads:
        # A shared machine: llama.cpp's threads spin at barriers when the cores are
        # oversubscribed, so one thread can be much faster than two under load.
        os.environ["NEWSBRIEF_LOCAL_THREADS"] = str(args.threads)
    if args.replay:
        llama: Any = Replay(args.replay)
        live_stages.update(x for x in args.live.split(",") if x)
        state["live_changed"] = args.live_changed
        if live_stages or args.live_changed:
            live = Embedded()
    else:
        llama = Embedded()
    options: dict[str, Any] = {"article_claims": not args.no_article_claims}
    results: list[ArticleResult] = []
    per_stage: dict[str, list[dict[str, Any]]] = defaultdict(list)
    rows: list[tuple[str, float, float, int, int, int, str, int, int, str]] = []
    out = open(args.out, "w", encoding="utf-8") if args.out else None  # noqa: SIM115
    for position, (item_id, gold) in enumerate(gold_items, start=1):
        started = time.perf_counter()
        if isinstance(llama, Replay):
            llama.article = item_id
        content, records = run_article(
            llama, gold.text, args.language, options, verbose=args.verbose
        )
        seconds = time.perf_counter() - started
        brief = to_brief(content, records, seconds)
        score = score_brief(brief, gold)
        result = ArticleResult(
            id=item_id,
            model=args.label,
            score=score,
            tokens_in=brief.metadata.usage.prompt_tokens,
            tokens_out=brief.metadata.usage.completion_tokens,
            calls=len(records),
            seconds=seconds,
        )
        results.append(result)
        for record in records:
            per_stage[record["stage"]].append(record)
        share = content.checks.output_language_share
        rows.append(
            (
                item_id,
                seconds,
                idle_seconds(records),
                result.tokens_in,
                result.tokens_out,
                len(records),
                "n/a" if share is None else f"{share:.2f}",
                len(content.checks.unsupported_found),
                len(content.checks.unsupported_dropped),
                ",".join(content.checks.failed_stages),
            )
        )
        print(
            f"[{position}/{len(gold_items)}] {item_id}: {seconds:.1f} s, "
            f"{result.tokens_in}+{result.tokens_out} tokens, claims "
            f"{score.counts.matched_claims}/{score.counts.gold_claims}/{score.counts.brief_claims}",
            file=sys.stderr,
        )
        if out is not None:
            line = {
                "id": item_id,
                "brief": json.loads(brief.model_dump_json()),
                "notes": content.notes,
                "checks": content.checks.model_dump(),
                "calls": records,
                "score": score.model_dump(),
            }
            out.write(json.dumps(line, ensure_ascii=False) + "\n")
            out.flush()
    if out is not None:
        out.close()

    report = ModelReport(
        model=args.label, source="model", results=results, aggregate=aggregate(results)
    )
    reports = [report]
    if args.baseline:
        baseline = EvalReport.model_validate_json(Path(args.baseline).read_text(encoding="utf-8"))
        reports = [*baseline.models, report]
    console = Console(width=120)
    console.print(report_table(reports))

    table = Table(title="staged: per article")
    headers = ("article", "s", "idle s", "in", "out", "calls", "lang", "spec", "dropped", "failed")
    for header in headers:
        table.add_column(header, justify="right" if header != "article" else "left")
    for row in rows:
        table.add_row(row[0], f"{row[1]:.1f}", f"{row[2]:.1f}", *(str(x) for x in row[3:]))
    console.print(table)
    seconds_list = [r[1] for r in rows]
    idle_list = [r[2] for r in rows]
    console.print(
        f"median seconds per article: {statistics.median(seconds_list):.1f} measured, "
        f"{statistics.median(idle_list):.1f} on idle cores (estimated from tokens); "
        f"mean {statistics.mean(seconds_list):.1f} / {statistics.mean(idle_list):.1f}"
    )
    shares = [float(r[6]) for r in rows if r[6] != "n/a"]
    if shares:
        console.print(
            f"output language share: mean {statistics.mean(shares):.3f}, min {min(shares):.3f}"
        )

    stages = Table(title="staged: per stage (over all articles)")
    for header in ("stage", "calls", "failed", "s/call", "in/call", "fresh/call", "out/call"):
        stages.add_column(header, justify="right" if header != "stage" else "left")
    for stage, recs in per_stage.items():
        n = len(recs)
        stages.add_row(
            stage,
            str(n),
            str(sum(1 for r in recs if "error" in r)),
            f"{sum(r['seconds'] for r in recs) / n:.1f}",
            f"{sum(r.get('prompt_tokens', 0) for r in recs) / n:.0f}",
            f"{sum(r.get('fresh_tokens', 0) for r in recs) / n:.0f}",
            f"{sum(r.get('completion_tokens', 0) for r in recs) / n:.0f}",
        )
    console.print(stages)
    if args.json:
        full = EvalReport(
            gold_dir=str(args.gold_dir), articles=[i for i, _ in gold_items], models=reports
        )
        Path(args.json).write_text(full.model_dump_json(indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
