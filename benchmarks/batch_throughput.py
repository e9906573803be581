"""Batch throughput, CPU per brief, memory, cache and prompt overhead, in one process.

    python benchmarks/batch_throughput.py            # the full run
    python benchmarks/batch_throughput.py --quick    # smaller N everywhere
    python benchmarks/batch_throughput.py --profile  # adds where the client CPU goes (py-spy)

Not part of the test run; its last figures, with the date and commit, are in
benchmarks/README.md. Starts its own loopback OpenAI-compatible servers
(benchmarks/loopback_server.py, one process per latency, so their CPU is not newsbrief's) and
stops them at the end. Articles are synthetic, ~2,000-3,000 characters in 9-12 paragraphs, each
with its own names and numbers, generated deterministically from --seed.

It prints one table:

a. 500 articles, concurrency 32, 200 ms latency: ``summarize_many`` wall time in one process
   against the ideal ceil(500/32) x 0.2 s (the median of 3 runs, 1 with --quick); the floor,
   plain ``httpx`` POSTs of the same requests 32 at a time, which is what the machine and the
   server allow any client; and the anchor, a plain sequential loop over
   ``instructor.from_openai(OpenAI(...), mode=JSON)`` with a plain pydantic draft model (run on
   a sample, --anchor articles, and extrapolated to 500).
b. newsbrief's CPU time per brief at zero latency (``time.thread_time()`` around sequential
   ``Summarizer.summarize`` calls; the sync client runs in the calling thread), median and p95,
   beside the same measure for the plain instructor call, and newsbrief's own steps timed apart
   (its public functions, wrapped with a timer for the run).
c. Peak memory (ru_maxrss of a child process) streaming 500 and 10,000 articles through
   ``summarize_many`` to a JSONL file at zero latency, concurrency 32, articles generated lazily.
d. The 500 again with ``Summarizer(cache=<tmp dir>)``: a first run fills the cache, the second
   must make zero calls (the server's count).
e. Prompt overhead per article (system prompt, instructions, schema) against the article's own
   tokens, from the requests the server received: UTF-8 bytes / 3, and Qwen2.5 tokens when the
   embedded model's tokenizer can be loaded vocabulary-only (as benchmarks/prompt_overhead.py).

and PASS/FAIL for each target of issue 5: throughput >= 90% of ideal; CPU per brief < 10 ms
median; 10,000 streamed within 2x the peak memory of 500; the cached rerun makes zero calls.
The one-process figure before and after a change of the library, measured in one run, is
benchmarks/before_after.py.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import math
import os
import pstats
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal

HERE = Path(__file__).resolve().parent

MODEL = "loopback-model"
CONCURRENCY = 32
LATENCY = 0.2

# ---- synthetic articles ---------------------------------------------------------------------

FIRST = ["Maria", "Jonas", "Aisha", "Tomas", "Elena", "Samuel", "Ingrid", "Rafael", "Nadia",
         "Oskar", "Leila", "Marco", "Hanna", "Victor", "Sofia", "Daniel", "Petra", "Yusuf",
         "Clara", "Anton", "Grace", "Milan", "Ruth", "Felix", "Irene", "Pablo", "Vera", "Hugo"]  # fmt: skip
LAST = ["Lindqvist", "Okafor", "Brennan", "Castellano", "Novak", "Haddad", "Moreau", "Svensson",
        "Kowalski", "Ferreira", "Adeyemi", "Larsen", "Petrov", "Whitaker", "Delgado", "Nakamura",
        "Fischer", "Mensah", "Rossi", "Horvat", "Quinlan", "Barros", "Eriksen", "Vogel"]  # fmt: skip
CITIES = ["Aldmoor", "Brackwater", "Corvella", "Dunmere", "Eastholm", "Falkreach", "Greyport",
          "Harrowgate", "Islington", "Juneford", "Kestrel", "Lowbridge", "Marlow", "Northcliff"]  # fmt: skip
ORGS = ["Port Authority", "Water Board", "Transport Ministry", "Health Agency", "Energy Council",
        "Housing Commission", "Roads Department", "Rail Authority"]  # fmt: skip
PROJECTS = [("replace the city's ageing water mains", "pipes"),
            ("rebuild the harbour's northern quay", "berths"),
            ("renovate the tram network's signalling", "signals"),
            ("modernise three district hospitals", "wards"),
            ("insulate public housing blocks", "buildings"),
            ("resurface the ring road", "road sections")]  # fmt: skip
ROLES = ["director", "chief executive", "deputy head", "chair", "spokesperson"]
JOBS = ["pharmacist", "schoolteacher", "baker", "nurse", "taxi driver", "retired engineer"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September",
          "October", "November", "December"]  # fmt: skip
DISTRICTS = ["Old Quarter", "Riverside", "Hillcrest", "Millbank", "Southgate", "Westfield"]
INSTITUTES = ["Institute of Civil Engineering", "National Audit Office", "Urban Research Institute"]

LEAD = ("{city} — The {org} said on {day} that it would {project} by {year}, a plan that would "
        "cost about {amount} million euros and affect some {households:,} households, according "
        "to figures released at a briefing. The announcement, reference {ref}, ends months of "
        "speculation about the project's scale.")  # fmt: skip
BODY = [
    ("“We cannot keep postponing this,” said {p1}, the {role1} of the {org}. “Every month we "
     "wait adds {pct} percent to the bill.” {p1_last} added that the first contracts would be "
     "signed within {weeks} weeks."),
    ("Critics were not convinced. {p2}, who chairs the finance committee of the city council, "
     "said the estimate of {amount} million was “optimistic at best” and that a similar project "
     "in {city2} had run {over} percent over budget."),
    ("A senior official at the {org}, who asked not to be named because the talks were private, "
     "said negotiations with {firms} contractors had stalled over penalty clauses. The official "
     "said a deal was still possible before {month}."),
    ("The plan follows a {year0} report by the {institute} that found {pct2} percent of the "
     "network's {assets} were in poor condition. The report estimated that repairs would take "
     "{years} years at the current pace of spending."),
    ("Residents of the {district} district, where work would begin, have mixed views. {p3}, a "
     "{job} who has lived there for {tenure} years, said she welcomed the repairs but feared "
     "months of closed streets. “Nobody has told us how long it will take,” she said."),
    ("Under the proposal, the {org} would borrow {loan} million euros from the European "
     "Investment Bank and raise the remaining {rest} million through a surcharge of {fee} euros "
     "a month on household bills, beginning in {month2}."),
    ("It was not clear whether the council would approve the surcharge. A vote is scheduled for "
     "{vote_day}, and the group led by {p2_last}, which holds {seats} of the council's {total} "
     "seats, has said it will oppose it unless the {org} publishes a detailed timetable."),
    ("Contractors say the schedule is tight. {p4}, who runs a construction firm with {staff} "
     "employees, said that materials now cost {pct3} percent more than two years ago and that "
     "skilled workers were hard to find."),
    ("The {org} has faced criticism before. In {year1}, an audit found that {pct4} percent of its "
     "projects had finished late, and {p5}, then its {role2}, resigned after a dispute over cost "
     "estimates. The {org} says its procedures have since been tightened."),
    ("Environmental groups have raised separate concerns. {p6}, a spokesperson for the {city} "
     "Green Alliance, said the plan did not say how {tonnes:,} tonnes of excavated material would "
     "be disposed of, and asked for an independent assessment before any contract is signed."),
]  # fmt: skip
CLOSE = ("{p1_last} said the timetable would be published “in the coming days.” Asked whether "
         "the {org} had a fallback if the vote failed, {p1_last} declined to comment.")  # fmt: skip


def article(i: int, seed: int = 0) -> str:
    """Article number ``i``: deterministic in (seed, i), distinct for every i."""
    rng = random.Random(seed * 1_000_003 + i)
    people = rng.sample([f"{f} {last}" for f in FIRST for last in LAST], 6)
    project, assets = rng.choice(PROJECTS)
    amount = rng.randint(40, 900)
    loan = rng.randint(10, amount - 5)
    total = rng.choice([41, 45, 51, 61])
    city, city2 = rng.sample(CITIES, 2)
    fields = {
        "city": city, "city2": city2, "org": rng.choice(ORGS), "day": rng.choice(DAYS),
        "project": project, "assets": assets, "year": rng.randint(2027, 2034),
        "amount": amount, "households": rng.randint(2_000, 250_000), "ref": f"{seed}-{i:06d}",
        "p1": people[0], "p1_last": people[0].split()[1], "p2": people[1],
        "p2_last": people[1].split()[1], "p3": people[2], "p4": people[3], "p5": people[4], "p6": people[5],
        "role1": rng.choice(ROLES), "pct": round(rng.uniform(0.5, 4.5), 1),
        "weeks": rng.randint(3, 16), "over": rng.randint(15, 80), "firms": rng.randint(2, 9),
        "month": rng.choice(MONTHS), "month2": rng.choice(MONTHS), "year0": rng.randint(2015, 2024),
        "institute": rng.choice(INSTITUTES), "pct2": rng.randint(12, 64),
        "years": rng.randint(8, 40), "district": rng.choice(DISTRICTS), "job": rng.choice(JOBS),
        "tenure": rng.randint(3, 45), "loan": loan, "rest": amount - loan, "fee": rng.randint(2, 19),
        "vote_day": f"{rng.choice(DAYS)}, {rng.randint(1, 28)} {rng.choice(MONTHS)}",
        "seats": rng.randint(5, total // 2), "total": total, "staff": rng.randint(12, 900),
        "pct3": rng.randint(8, 45), "year1": rng.randint(2009, 2022),
        "pct4": rng.randint(20, 70), "role2": rng.choice(ROLES), "tonnes": rng.randint(5, 900) * 100,
    }  # fmt: skip
    body = rng.sample(BODY, rng.randint(7, 10))
    paragraphs = [LEAD, *body, CLOSE]
    return "\n\n".join(p.format(**fields) for p in paragraphs)


def articles(n: int, seed: int = 0, start: int = 0) -> Iterator[str]:
    """``n`` articles, lazily."""
    for i in range(start, start + n):
        yield article(i, seed)


# ---- the loopback servers -------------------------------------------------------------------


class LoopbackServer:
    """benchmarks/loopback_server.py in its own process."""

    def __init__(self, latency: float) -> None:
        self.latency = latency
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "loopback_server.py"), "--latency", str(latency)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline().strip()
        if not line.startswith("LISTENING "):
            self.stop()
            raise RuntimeError(f"loopback server did not start: {line!r}")
        self.url = line.split(" ", 1)[1]
        self.root = self.url.removesuffix("/v1")

    def _get(self, path: str) -> Any:
        with urllib.request.urlopen(self.root + path, timeout=10) as response:
            return json.loads(response.read())

    def stats(self, reset: bool = False) -> dict[str, Any]:
        result: dict[str, Any] = self._get("/stats?reset=1" if reset else "/stats")
        return result

    def reset(self) -> None:
        self.stats(reset=True)

    def last(self) -> dict[str, Any]:
        result: dict[str, Any] = self._get("/last")
        return result

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


# ---- measurements ---------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, math.ceil(q / 100 * len(ordered)) - 1))
    return ordered[rank]


def run_batch(summarizer: Any, texts: Iterator[str] | list[str]) -> tuple[float, int, int]:
    """summarize_many over ``texts`` in this process: (wall seconds, ok, failed);
    ``run_batch.cpu`` is the process CPU it took and ``run_batch.hits`` the briefs that came
    from the cache. Callers give each run a fresh Summarizer, so that no run starts with the
    clients and pooled connections of another.
    """
    from newsbrief import summarize_many

    ok = failed = hits = 0
    started = time.perf_counter()
    cpu = time.process_time()
    for result in summarize_many(texts, summarizer=summarizer, concurrency=CONCURRENCY,
                                 progress=False):  # fmt: skip
        if result.brief is not None:
            ok += 1
            hits += result.brief.metadata.cache_hit
        else:
            failed += 1
            if failed <= 3:
                assert result.error is not None
                print(f"  ! {result.id}: {result.error.type}: {result.error.message[:200]}")
    wall = time.perf_counter() - started
    run_batch.cpu = time.process_time() - cpu  # type: ignore[attr-defined]
    run_batch.hits = hits  # type: ignore[attr-defined]
    return wall, ok, failed


def floor_run(url: str, texts: list[str]) -> float:
    """Wall time of plain ``httpx`` POSTs of ``texts``, CONCURRENCY at a time: no SDK, no
    instructor, no brief. What the machine and the server allow any client."""
    import asyncio

    import httpx2

    async def run() -> float:
        slots = asyncio.Semaphore(CONCURRENCY)
        async with httpx2.AsyncClient(timeout=60) as client:

            async def one(text: str) -> None:
                async with slots:
                    body = {"model": MODEL, "messages": [{"role": "user", "content": text}]}
                    response = await client.post(url + "/chat/completions", json=body)
                    response.json()

            started = time.perf_counter()
            await asyncio.gather(*(one(text) for text in texts))
            return time.perf_counter() - started

    return asyncio.run(run())


def plain_draft_model() -> type[Any]:
    """A plain pydantic model of the draft: same fields, no newsbrief validators."""
    from pydantic import BaseModel

    class PlainActor(BaseModel):
        id: str
        name: str
        kind: Literal["person", "organization", "government", "anonymous_source", "group",
                      "place", "other"]  # fmt: skip
        role: str = ""

    class PlainSource(BaseModel):
        actor_id: str | None
        description: str
        kind: Literal["named_person", "anonymous", "organization", "media", "document",
                      "article"]  # fmt: skip

    class PlainClaim(BaseModel):
        statement: str
        source: PlainSource
        attribution: Literal["direct", "indirect", "unattributed"]
        reporting_verb: str | None = None
        hedging: str | None = None
        quotes: list[str]

    class PlainIssue(BaseModel):
        question: str
        why_open: str
        quotes: list[str] = []

    class PlainDraft(BaseModel):
        headline: str
        summary: str
        language: str
        key_actors: list[PlainActor]
        claims: list[PlainClaim]
        unresolved_issues: list[PlainIssue]

    return PlainDraft


def anchor_client(url: str) -> tuple[Callable[[str], Any], Any]:
    """A plain instructor call: (brief one article, the OpenAI client to close)."""
    import instructor
    from openai import OpenAI

    openai_client = OpenAI(base_url=url, api_key="not-needed", max_retries=0)
    client = instructor.from_openai(openai_client, mode=instructor.Mode.JSON)
    model = plain_draft_model()

    def call(text: str) -> Any:
        return client.chat.completions.create(
            model=MODEL,
            response_model=model,
            messages=[
                {"role": "system", "content": "You write factual briefs of news articles."},
                {"role": "user", "content": text},
            ],
        )

    return call, openai_client


def cpu_per_call(call: Callable[[str], Any], texts: list[str]) -> list[float]:
    """thread_time() of each call, in ms."""
    times = []
    for text in texts:
        started = time.thread_time()
        call(text)
        times.append((time.thread_time() - started) * 1000)
    return times


class StepTimer:
    """Wraps newsbrief's own steps (in this process only) to time each with thread_time()."""

    def __init__(self) -> None:
        self.totals: dict[str, float] = {}
        self.undo: list[Callable[[], None]] = []

    def wrap(self, owner: Any, name: str, label: str) -> bool:
        """Time ``owner.name`` under ``label``; False if there is no such attribute."""
        found = name in owner.__dict__ if isinstance(owner, type) else hasattr(owner, name)
        if not found:
            return False
        original = owner.__dict__[name] if isinstance(owner, type) else getattr(owner, name)
        is_static = isinstance(original, staticmethod)
        function = original.__func__ if is_static else original
        totals = self.totals

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.thread_time()
            try:
                return function(*args, **kwargs)
            finally:
                totals[label] = totals.get(label, 0.0) + time.thread_time() - started

        setattr(owner, name, staticmethod(timed) if is_static else timed)
        self.undo.append(lambda: setattr(owner, name, original))
        return True

    def take(self) -> dict[str, float]:
        taken = dict(self.totals)
        self.totals.clear()  # the same dict the wrappers hold
        return taken

    def restore(self) -> None:
        for undo in reversed(self.undo):
            undo()
        self.undo.clear()


INSTRUCTOR_CALL = "instructor call (SDK, HTTP, parse, validate)"


def step_breakdown(url: str, texts: list[str]) -> tuple[list[float], dict[str, list[float]]]:
    """Per brief: total thread_time and the share of each of newsbrief's steps, in ms.

    The steps are the public functions a one-pass brief goes through, wrapped with a timer
    where their callers look them up (and unwrapped after); what no step accounts for is the
    summarizer's own code (the context plan, the budget, the strategy's driver).
    """
    from newsbrief import onepass
    from newsbrief import summarizer as summarizer_module
    from newsbrief.calls import Run
    from newsbrief.summarizer import Summarizer

    timer = StepTimer()
    summarizer = Summarizer(MODEL, base_url=url)
    client = summarizer.backend.sync_client()
    steps = [
        (summarizer_module, "looks_like_html", "looks_like_html (HTML detection)"),
        (summarizer_module, "prepare_article", "prepare_article (input checks, withheld lines)"),
        (onepass, "draft_request", "draft_request (schema class, prompt, article tag)"),
        (Run, "kwargs", "Run.kwargs (model_json_schema, instructor hooks)"),
        (Run, "record_usage", "Run.record_usage (usage ledger, in a hook)"),
        (onepass, "ground_draft", "ground_draft (locate quotes)"),
        (onepass, "quote_fix_request", "quote_fix_request (re-ask needed?)"),
        (onepass, "content_from_draft", "content_from_draft (dedupe, grounding stats)"),
        (summarizer_module, "build_brief", "build_brief (the public Brief)"),
    ]
    steps = [s for s in steps if timer.wrap(*s)]  # the library moves: time the steps it has
    if not steps:
        raise RuntimeError("newsbrief's steps moved: update step_breakdown")
    timer.wrap(client.chat.completions, "create_with_completion", INSTRUCTOR_CALL)
    totals: list[float] = []
    shares: dict[str, list[float]] = {label: [] for _, _, label in steps}
    shares[INSTRUCTOR_CALL] = []
    try:
        for text in texts:
            timer.take()
            started = time.thread_time()
            summarizer.summarize(text)
            totals.append((time.thread_time() - started) * 1000)
            taken = timer.take()
            for label, values in shares.items():
                values.append(taken.get(label, 0.0) * 1000)
    finally:
        timer.restore()
    # the hooks run inside the instructor call: count them once, as newsbrief's
    inside = [label for _, name, label in steps if name == "record_usage"]
    for i in range(len(totals)):
        shares[INSTRUCTOR_CALL][i] -= sum(shares[label][i] for label in inside)
    return totals, shares


def draft_validation_ms(server: LoopbackServer, texts: list[str]) -> list[float]:
    """CPU of validating the server's answers with newsbrief's Draft schema (inside instructor)."""
    from newsbrief.draft import draft_schema_for
    from newsbrief.summarizer import Summarizer

    summarizer = Summarizer(MODEL, base_url=server.url)
    client = summarizer.backend.sync_client()
    times = []
    for text in texts:
        schema = draft_schema_for(text)
        _, completion = client.chat.completions.create_with_completion(
            **summarizer.backend.request_kwargs(schema),
            response_model=schema,
            messages=[{"role": "user", "content": text}],
        )
        content = completion.choices[0].message.content
        started = time.thread_time()
        schema.model_validate_json(content)
        times.append((time.thread_time() - started) * 1000)
    return times


def _profile_table(profiler: cProfile.Profile, n: int, title: str, top: int) -> str:
    stats = pstats.Stats(profiler)
    rows = []
    for (file, line, name), (_, calls, own, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
        short = file.split("site-packages/")[-1].replace(str(HERE.parent) + "/", "")
        rows.append((cumulative, own, calls, f"{short}:{line}({name})"))
    out = io.StringIO()
    out.write(f"  {title} (profiler overhead inflates the absolute figures; a coroutine's calls "
              "count its resumptions)\n")  # fmt: skip
    for order, key in (("cumulative", 0), ("own", 1)):
        out.write(f"  by {order} time:\n")
        out.write(f"  {'cum ms/brief':>12} {'own ms/brief':>12} {'calls/brief':>11}  function\n")
        for cumulative, own, calls, where in sorted(rows, key=lambda r: r[key], reverse=True)[:top]:
            out.write(f"  {cumulative / n * 1000:12.2f} {own / n * 1000:12.2f} "
                      f"{calls / n:11.1f}  {where}\n")  # fmt: skip
    return out.getvalue()


def profile_sequential(url: str, texts: list[str], top: int) -> str:
    """cProfile over sequential summarize calls: the top functions, ms per brief."""
    from newsbrief.summarizer import Summarizer

    summarizer = Summarizer(MODEL, base_url=url)
    for text in texts[:3]:
        summarizer.summarize(text)
    profiler = cProfile.Profile(time.thread_time)
    profiler.enable()
    for text in texts:
        summarizer.summarize(text)
    profiler.disable()
    title = f"cProfile, thread CPU, {len(texts)} sequential Summarizer.summarize at zero latency"
    return _profile_table(profiler, len(texts), title, top)


def profile_child(url: str, n: int, seed: int) -> None:
    """In a child process (under py-spy): asummarize_many over ``n`` articles, zero latency."""
    import asyncio

    from newsbrief import asummarize_many
    from newsbrief.summarizer import Summarizer

    async def consume(summarizer: Summarizer, items: Iterator[str]) -> int:
        ok = 0
        async for result in asummarize_many(items, summarizer=summarizer,
                                            concurrency=CONCURRENCY, progress=False):  # fmt: skip
            ok += result.ok
        return ok

    asyncio.run(consume(Summarizer(MODEL, base_url=url), articles(40, seed, start=7_000_000)))
    started, cpu = time.perf_counter(), time.process_time()
    ok = asyncio.run(consume(Summarizer(MODEL, base_url=url), articles(n, seed)))
    print(json.dumps({"n": n, "ok": ok, "wall": time.perf_counter() - started,
                      "cpu_ms": (time.process_time() - cpu) / n * 1000}))  # fmt: skip


# (label, a frame that marks it) for the py-spy summary; inclusive shares
SPY_FRAMES = [
    ("newsbrief Summarizer.asummarize, all per-article work", "asummarize (newsbrief/summarizer.py"),
    ("  instructor create_with_completion, all", "create_with_completion (instructor/"),
    ("    pydantic model_json_schema, all calls", "model_json_schema (pydantic/main.py"),
    ("      from newsbrief Backend.request_kwargs", "request_kwargs (newsbrief/providers/base.py"),
    ("      from instructor's JSON-mode prepare_request", "prepare_request (instructor/v2/providers/openai/handlers.py"),
    ("    instructor prepare_response_model (create_model)", "prepare_response_model (instructor/"),
    ("    instructor reject_async_validators", "reject_async_validators (instructor/"),
    ("    openai chat.completions.create (SDK)", "create (openai/resources/chat/completions/completions.py"),
    ("      openai request transform", "async_maybe_transform (openai/"),
    ("      httpx2 send (HTTP client)", "send (httpx2/_client.py"),
    ("      aiohttp request (HTTP client)", "_request (aiohttp/client.py"),
    ("    pydantic validation of the answer", "model_validate_json (pydantic/main.py"),
    ("  newsbrief Summarizer.prepare", "prepare (newsbrief/summarizer.py"),
    ("  newsbrief draft_request", "draft_request (newsbrief/onepass.py"),
    ("  newsbrief ground_draft", "ground_draft (newsbrief/grounding.py"),
    ("  newsbrief content_from_draft", "content_from_draft (newsbrief/assemble.py"),
    ("  newsbrief build_brief", "build_brief (newsbrief/assemble.py"),
]  # fmt: skip


def spy_profile(url: str, n: int, seed: int, directory: str, top: int) -> str:
    """py-spy (sampling, low overhead) over a child running asummarize_many: where the
    client's CPU goes, as inclusive shares and ms per brief; cProfile if py-spy is missing."""
    spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    if not os.path.exists(spy):
        return profile_sequential(url, list(articles(min(n, 200), seed)), top)
    raw = os.path.join(directory, "spy.txt")
    child = [sys.executable, __file__, "--profile-child", url, str(n), "--seed", str(seed)]
    done = subprocess.run([spy, "record", "-r", "200", "-f", "raw", "-o", raw, "--", *child],
                          check=False, capture_output=True, text=True)  # fmt: skip
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines or not os.path.exists(raw):
        return f"  py-spy failed ({done.returncode}): {done.stderr[-300:]}\n"
    measured = json.loads(lines[-1])
    total = 0
    inclusive: dict[str, int] = {label: 0 for label, _ in SPY_FRAMES}
    own: dict[str, int] = {}
    with open(raw, encoding="utf-8") as samples:
        for line in samples:
            stack, _, count = line.rstrip().rpartition(" ")
            if not stack:
                continue
            frames = stack.split(";")
            if not any("run_until_complete (" in frame for frame in frames):
                continue  # imports, idle pool threads: not the batch
            total += int(count)
            for label, marker in SPY_FRAMES:
                if any(marker in frame for frame in frames):
                    inclusive[label] += int(count)
            leaf = re.sub(r":\d+\)$", ")", frames[-1].split("site-packages/")[-1])
            own[leaf] = own.get(leaf, 0) + int(count)
    per = measured["cpu_ms"]
    out = io.StringIO()
    out.write(f"  py-spy, asummarize_many of {measured['n']:,} articles, concurrency {CONCURRENCY},"
              f" zero latency: {per:.1f} ms client CPU per brief; {total:,} samples of the event "
              "loop (both the 40-article warm-up and the batch)\n")  # fmt: skip
    out.write(f"  {'share':>6} {'ms/brief':>8}  inclusive\n")
    for label, _ in SPY_FRAMES:
        out.write(f"  {inclusive[label] / total:6.1%} {inclusive[label] / total * per:8.2f}  "
                  f"{label}\n")  # fmt: skip
    out.write(f"  {'share':>6} {'ms/brief':>8}  own time (leaf frame)\n")
    for leaf, hits in sorted(own.items(), key=lambda kv: kv[1], reverse=True)[:top]:
        out.write(f"  {hits / total:6.1%} {hits / total * per:8.2f}  {leaf}\n")
    return out.getvalue()


def _rss_kib() -> int:
    """The current resident set size (not the high-water mark), from /proc."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def memory_child(n: int, url: str, out: str, seed: int) -> None:
    """In a child process: stream ``n`` articles to JSONL; print peak RSS as JSON."""
    from newsbrief import summarize_many
    from newsbrief.summarizer import Summarizer

    warm = Summarizer(MODEL, base_url=url)  # not reused below: see run_batch
    for _ in summarize_many(articles(2, seed, start=10_000_000), summarizer=warm,
                            concurrency=CONCURRENCY, progress=False):  # fmt: skip
        pass  # warm: imports, clients, schema caches
    summarizer = Summarizer(MODEL, base_url=url)
    baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rss_start = _rss_kib()
    rss_max = rss_start
    rss_at: dict[int, int] = {}
    ok = failed = 0
    started = time.perf_counter()
    with open(out, "w", encoding="utf-8") as sink:
        for result in summarize_many(articles(n, seed), summarizer=summarizer,
                                     concurrency=CONCURRENCY, progress=False):  # fmt: skip
            sink.write(result.to_json_line() + "\n")
            ok += result.ok
            failed += not result.ok
            if (ok + failed) % 50 == 0:  # the current RSS, sampled every 50 results
                rss_max = max(rss_max, _rss_kib())
                if (ok + failed) in (500, n):
                    rss_at[ok + failed] = _rss_kib()
            if result.error is not None and failed <= 3:
                print(f"  ! {result.id}: {result.error.type}: {result.error.message[:200]}",
                      file=sys.stderr)  # fmt: skip
    wall = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"n": n, "ok": ok, "failed": failed, "wall": wall,
                      "baseline_kib": baseline, "peak_kib": peak, "rss_start_kib": rss_start,
                      "rss_max_kib": rss_max, "rss_at": rss_at}))  # fmt: skip


def memory_run(n: int, url: str, seed: int, directory: str) -> dict[str, Any]:
    out = os.path.join(directory, f"briefs-{n}.jsonl")
    child = subprocess.Popen(
        [sys.executable, __file__, "--memory-child", str(n), url, out, "--seed", str(seed)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise RuntimeError(f"memory child for {n} articles failed ({child.returncode})")
    result: dict[str, Any] = json.loads(output.strip().splitlines()[-1])
    result["rusage_peak_kib"] = usage.ru_maxrss
    with open(out, encoding="utf-8") as lines:
        result["lines"] = sum(1 for _ in lines)
    result["bytes"] = os.path.getsize(out)
    os.remove(out)
    return result


def qwen_counter() -> tuple[Callable[[str], int] | None, str]:
    """The embedded model's tokenizer, vocabulary only (never the weights), if available."""
    try:
        from llama_cpp import Llama

        from newsbrief.providers.local import resolve_model_path

        vocab = Llama(model_path=str(resolve_model_path()), vocab_only=True, verbose=False)
    except Exception as exc:
        return None, f"no tokenizer ({type(exc).__name__}: {str(exc)[:80]})"

    def count(text: str) -> int:
        return len(vocab.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    return count, "Qwen2.5 tokenizer (vocab only)"


# ---- the report -----------------------------------------------------------------------------


def describe(package: Path) -> str:
    """Where newsbrief was imported from, and its git commit (+ whether it has local edits)."""
    try:
        git = ["git", "-C", str(package)]
        commit = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, check=True).stdout.strip()  # fmt: skip
        dirty = subprocess.run([*git, "status", "--porcelain", "."], capture_output=True,
                               text=True, check=True).stdout.strip()  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return str(package)
    return f"{package} at {commit}{' + uncommitted edits' if dirty else ''}"


def progress(line: str) -> None:
    """Rows as they are measured go to stderr; the final table goes to stdout."""
    print(line, file=sys.stderr, flush=True)


class Report:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str]] = []
        self.targets: list[tuple[str, str, bool]] = []

    def section(self, title: str) -> None:
        self.rows.append((title, "", ""))
        progress(title)

    def row(self, what: str, value: str, note: str = "") -> None:
        self.rows.append(("  " + what, value, note))
        progress(f"  {what:62} {value:>16}  {note}")

    def target(self, what: str, measured: str, ok: bool) -> None:
        self.targets.append((what, measured, ok))

    def print(self) -> None:
        width = max(len(r[0]) for r in self.rows) + 2
        print()
        print("=" * 110)
        print(f"{'measure':{width}} {'value':>16}  note")
        print("-" * 110)
        for what, value, note in self.rows:
            if not value and not note:
                print(what)
            else:
                print(f"{what:{width}} {value:>16}  {note}")
        print("-" * 110)
        print("targets (issue 5, item 6):")
        for what, measured, ok in self.targets:
            print(f"  [{'PASS' if ok else 'FAIL'}] {what:58} {measured}")
        print("=" * 110)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller N everywhere")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--anchor", type=int, default=None,
                        help="articles in the sequential instructor anchor (default 50; 20 quick)")  # fmt: skip
    parser.add_argument("--profile", action="store_true",
                        help="add where the client CPU goes (py-spy, else cProfile)")  # fmt: skip
    parser.add_argument("--memory-child", nargs=3, metavar=("N", "URL", "OUT"),
                        help=argparse.SUPPRESS)  # fmt: skip
    parser.add_argument("--profile-child", nargs=2, metavar=("URL", "N"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_child:
        n, url, out = args.memory_child
        memory_child(int(n), url, out, args.seed)
        return 0
    if args.profile_child:
        url, n = args.profile_child
        profile_child(url, int(n), args.seed)
        return 0

    quick = args.quick
    n_batch = 500
    n_anchor = args.anchor or (20 if quick else 50)
    n_cpu = 60 if quick else 300
    repeats = 1 if quick else 3
    n_small, n_large = (500, 2_000) if quick else (500, 10_000)
    seed = args.seed

    import newsbrief
    from newsbrief.summarizer import Summarizer

    report = Report()
    profiles: list[str] = []
    servers: list[LoopbackServer] = []
    tmp = tempfile.mkdtemp(prefix="newsbrief-bench-")
    lengths = [len(article(i, seed)) for i in range(200)]
    print(f"newsbrief {newsbrief.__version__} ({describe(Path(newsbrief.__file__).parent)}), Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs, {'--quick' if quick else 'full run'}; articles: "
          f"{min(lengths)}-{max(lengths)} chars (median {statistics.median(lengths):.0f}); "
          f"load average {os.getloadavg()[0]:.2f}", flush=True)  # fmt: skip
    try:
        slow = LoopbackServer(LATENCY)
        servers.append(slow)
        fast = LoopbackServer(0.0)
        servers.append(fast)
        texts = [article(i, seed) for i in range(n_batch)]

        # warm-up: imports, clients, lazily built schemas, the servers' code paths
        warm = Summarizer(MODEL, base_url=fast.url)
        for text in articles(5, seed, start=5_000_000):
            warm.summarize(text)
        run_batch(Summarizer(MODEL, base_url=fast.url), list(articles(40, seed, start=6_000_000)))
        fast.reset()

        # a. throughput
        report.section(f"a. {n_batch} articles, concurrency {CONCURRENCY}, latency {LATENCY} s")
        ideal = math.ceil(n_batch / CONCURRENCY) * LATENCY
        slow.reset()
        # newsbrief and the floor alternate, each newsbrief run on a fresh Summarizer; medians
        # are reported (a run on a shared 2-core machine varies with the other jobs on it)
        runs: list[tuple[float, int, int, float, dict[str, Any]]] = []
        floors: list[float] = []
        for _ in range(repeats):
            wall, ok, failed = run_batch(Summarizer(MODEL, base_url=slow.url), texts)
            runs.append((wall, ok, failed, run_batch.cpu, slow.stats(reset=True)))  # type: ignore[attr-defined]
            floors.append(floor_run(slow.url, texts))
            slow.reset()
        wall, ok, failed, batch_cpu, stats = sorted(runs, key=lambda r: r[0])[len(runs) // 2]
        floor = statistics.median(floors)
        report.row("ideal: ceil(500/32) x 0.2 s", f"{ideal:.2f} s")
        report.row(f"newsbrief summarize_many wall time, one process (median of {repeats})",
                   f"{wall:.2f} s",
                   f"{ok} ok, {failed} failed, {stats['chat_completions']} calls, max "
                   f"{stats['max_in_flight']} in flight; runs: "
                   + ", ".join(f"{r[0]:.2f}" for r in runs))  # fmt: skip
        throughput = ideal / wall
        report.row("% of ideal throughput (ideal / actual)", f"{throughput:.1%}")
        report.row("client process CPU during the batch (all threads)", f"{batch_cpu:.2f} s",
                   f"{batch_cpu / n_batch * 1000:.1f} ms per brief; "
                   f"{batch_cpu / wall:.0%} of the wall time")  # fmt: skip
        report.row("CPU-bound ceiling on one core: ideal / max(ideal, client CPU)",
                   f"{ideal / max(ideal, batch_cpu):.1%}",
                   "the most one process could reach if it never waited for a core")  # fmt: skip
        report.row("server process CPU (its own process, not counted above)",
                   f"{stats['server_cpu_seconds']:.2f} s",
                   f"{stats['server_cpu_seconds'] / n_batch * 1000:.2f} ms per request")  # fmt: skip
        report.row(f"floor: plain httpx POSTs of the same 500, 32 at a time (median of {repeats})",
                   f"{floor:.2f} s", f"{ideal / floor:.1%} of ideal: what this machine and "
                   "server allow any client; runs: "
                   + ", ".join(f"{f:.2f}" for f in floors))  # fmt: skip
        report.target("throughput >= 90% of ideal (500 @ 32, 200 ms)",
                      f"{throughput:.1%} in one process ({wall:.2f} s vs {ideal:.2f} s, median "
                      f"of {repeats}); floor {ideal / floor:.1%}",
                      throughput >= 0.9)  # fmt: skip
        overhead = stats  # the requests of (a), for (e)

        call, anchor_openai = anchor_client(slow.url)
        call(texts[0])  # warm
        started = time.perf_counter()
        for text in texts[:n_anchor]:
            call(text)
        anchor_wall = time.perf_counter() - started
        slow.reset()
        anchor_500 = anchor_wall / n_anchor * n_batch
        report.row(f"anchor: sequential instructor loop, {n_anchor} articles (measured)",
                   f"{anchor_wall:.2f} s", f"{anchor_wall / n_anchor * 1000:.0f} ms per article")  # fmt: skip
        report.row("anchor extrapolated to 500 articles (x 500/n)", f"{anchor_500:.1f} s",
                   f"newsbrief is {anchor_500 / wall:.1f}x faster")  # fmt: skip

        # b. CPU per brief at zero latency
        report.section("b. CPU per brief, zero latency, sequential (thread_time, ms)")
        cpu_texts = [article(i, seed) for i in range(100_000, 100_000 + n_cpu)]
        summarizer = Summarizer(MODEL, base_url=fast.url)
        anchor_fast, anchor_fast_openai = anchor_client(fast.url)
        summarizer.summarize(cpu_texts[0])
        anchor_fast(cpu_texts[0])
        nb_cpu: list[float] = []
        plain_cpu: list[float] = []
        for text in cpu_texts:  # interleaved, so both see the same machine
            nb_cpu += cpu_per_call(summarizer.summarize, [text])
            plain_cpu += cpu_per_call(anchor_fast, [text])
        paired = [a - b for a, b in zip(nb_cpu, plain_cpu)]
        totals, shares = step_breakdown(fast.url, cpu_texts)
        validation = draft_validation_ms(fast, cpu_texts[: min(100, n_cpu)])
        fast.reset()

        def mp(values: list[float]) -> str:
            return f"{statistics.median(values):.2f} / {percentile(values, 95):.2f}"

        med, p95 = statistics.median(nb_cpu), percentile(nb_cpu, 95)
        report.row("newsbrief Summarizer.summarize, whole call", mp(nb_cpu),
                   f"median / p95 over {n_cpu} briefs")  # fmt: skip
        report.row("plain instructor call (SDK + HTTP + parse), same articles", mp(plain_cpu),
                   "interleaved with the above")  # fmt: skip
        report.row("difference per article (whole call - plain call)", mp(paired),
                   "newsbrief's cost over a plain instructor call")  # fmt: skip
        accounted = [0.0] * len(totals)
        for values in shares.values():
            for i, v in enumerate(values):
                accounted[i] += v
        rest = [t - a for t, a in zip(totals, accounted)]
        own = [t - c for t, c in zip(totals, shares[INSTRUCTOR_CALL])]
        report.row("newsbrief's own steps, timed apart (whole call - instructor call)", mp(own),
                   f"instrumented run; whole call {mp(totals)}")  # fmt: skip
        for label, values in shares.items():
            report.row("  " + label, mp(values))
        report.row("  rest (summarize's own code: context plan, budget, driver)", mp(rest))
        report.row("  of the instructor call: Draft validation (pydantic + integrity)",
                   mp(validation), "re-validating the answers offline")  # fmt: skip
        own_med = statistics.median(own)
        report.target("newsbrief's own CPU per brief < 10 ms median",
                      f"{own_med:.2f} ms median, {percentile(own, 95):.2f} ms p95 (own steps); "
                      f"{statistics.median(paired):.2f} ms over a plain instructor call",
                      own_med < 10)  # fmt: skip
        report.target("  the same, whole call incl. SDK + instructor (stricter)",
                      f"{med:.2f} ms median, {p95:.2f} ms p95", med < 10)  # fmt: skip

        # c. memory
        report.section(
            f"c. peak memory streaming to JSONL, zero latency, concurrency {CONCURRENCY}"
        )
        fast.reset()
        small = memory_run(n_small, fast.url, seed, tmp)
        small["calls"] = fast.stats(reset=True)["chat_completions"] - 2  # less the warm-up
        large = memory_run(n_large, fast.url, seed, tmp)
        large["calls"] = fast.stats(reset=True)["chat_completions"] - 2
        for result in (small, large):
            growth = (result["peak_kib"] - result["baseline_kib"]) / 1024
            report.row(f"{result['n']:,} articles: peak RSS (ru_maxrss of the child)",
                       f"{result['rusage_peak_kib'] / 1024:.1f} MiB",
                       f"{growth:+.1f} MiB over {result['baseline_kib'] / 1024:.1f} MiB after "
                       f"warm-up; {result['wall']:.1f} s, {result['ok']} ok, "
                       f"{result['lines']} lines, {result['calls']} calls")  # fmt: skip
        for result in (small, large):
            report.row(f"{result['n']:,} articles: current RSS, start of batch -> max during it",
                       f"{(result['rss_max_kib'] - result['rss_start_kib']) / 1024:+.1f} MiB",
                       f"{result['rss_start_kib'] / 1024:.1f} -> "
                       f"{result['rss_max_kib'] / 1024:.1f} MiB (sampled every 50 results); "
                       + ", ".join(f"after {k}: {v / 1024:.1f} MiB"
                                   for k, v in result["rss_at"].items()))  # fmt: skip
        ratio = large["rusage_peak_kib"] / small["rusage_peak_kib"]
        report.row(f"ratio {n_large:,} / {n_small:,}", f"{ratio:.2f}x")
        all_ok = all(r["ok"] == r["n"] == r["lines"] for r in (small, large))
        report.target(f"{n_large:,} streamed within 2x the memory of {n_small:,}",
                      f"{ratio:.2f}x" + ("" if all_ok else " (but some articles failed)"),
                      ratio <= 2.0 and all_ok)  # fmt: skip

        # d. cache
        report.section(
            f"d. {n_batch} articles with Summarizer(cache=<tmp dir>), latency {LATENCY} s"
        )
        cache_dir = os.path.join(tmp, "cache")
        slow.reset()
        first_wall, ok1, _ = run_batch(Summarizer(MODEL, base_url=slow.url, cache=cache_dir), texts)
        first_cpu = run_batch.cpu  # type: ignore[attr-defined]
        first_calls = slow.stats(reset=True)["chat_completions"]
        second_wall, ok2, _ = run_batch(
            Summarizer(MODEL, base_url=slow.url, cache=cache_dir), texts
        )
        second_cpu, hits = run_batch.cpu, run_batch.hits  # type: ignore[attr-defined]
        second_calls = slow.stats(reset=True)["chat_completions"]
        report.row("first run (fills the cache)", f"{first_wall:.2f} s",
                   f"{first_calls} calls, {ok1} ok, client CPU "
                   f"{first_cpu / n_batch * 1000:.1f} ms per brief (uncached run a: "
                   f"{batch_cpu / n_batch * 1000:.1f})")  # fmt: skip
        report.row("second run", f"{second_wall:.2f} s",
                   f"{second_calls} calls, {hits} cache hits, {ok2} ok, client CPU "
                   f"{second_cpu / n_batch * 1000:.2f} ms per brief")  # fmt: skip
        report.target("cached rerun makes zero calls", f"{second_calls} calls, {hits} hits",
                      second_calls == 0 and hits == n_batch)  # fmt: skip

        # e. prompt overhead
        report.section(f"e. prompt overhead per article (the {overhead['chat_completions']} "
                       "requests of a)")  # fmt: skip
        n_req = max(1, overhead["chat_completions"])
        article_b = overhead["article_bytes"] / n_req
        extra_b = (overhead["message_bytes"] - overhead["article_bytes"]) / n_req
        report.row("article's own tokens (UTF-8 bytes / 3)", f"{article_b / 3:.0f}",
                   f"{article_b:.0f} bytes")  # fmt: skip
        report.row("overhead tokens: system prompt + instructions + schema (/ 3)",
                   f"{extra_b / 3:.0f}", f"{extra_b:.0f} bytes, {extra_b / article_b:.0%} of "
                   "the article")  # fmt: skip
        report.row("response_format.schema (grammar, not prompt tokens; / 3)",
                   f"{overhead['schema_bytes'] / n_req / 3:.0f}",
                   f"{overhead['schema_bytes'] / n_req:.0f} bytes")  # fmt: skip
        count, how = qwen_counter()
        if count is not None:
            from newsbrief.prompt import SYSTEM_PROMPT
            from newsbrief.summarizer import PROMPT_RESERVE_TOKENS

            one = Summarizer(MODEL, base_url=fast.url)
            sample = texts[:20]
            article_t = system_t = extra_t = 0
            for text in sample:
                one.summarize(text)
                system, user = (m["content"] for m in fast.last()["messages"][:2])
                article_t += count(text)
                system_t += count(system)
                extra_t += count(system) + count(user.replace(text, ""))
            n_s = len(sample)
            report.row(f"{how}, {n_s} articles: article", f"{article_t / n_s:.0f}")
            report.row("  overhead: system message (prompt + schema as JSON mode adds it)",
                       f"{system_t / n_s:.0f}",
                       f"of which the system prompt alone {count(SYSTEM_PROMPT)}")  # fmt: skip
            report.row("  overhead: system + user instruction + tags", f"{extra_t / n_s:.0f}",
                       f"{extra_t / article_t:.0%} of the article; "
                       f"summarizer.PROMPT_RESERVE_TOKENS = {PROMPT_RESERVE_TOKENS}")  # fmt: skip
            schema = fast.last().get("response_format", {}).get("schema")
            if schema:
                pretty = count(json.dumps(schema, indent=2, ensure_ascii=False))
                compact = count(json.dumps(schema, separators=(",", ":"), ensure_ascii=False))
                report.row("  the schema as instructor's JSON mode embeds it (indent=2)",
                           f"{pretty}", f"compact JSON would be {compact}")  # fmt: skip
            fast.reset()
        else:
            report.row("Qwen tokens", "-", how)
        for client in (anchor_openai, anchor_fast_openai):
            client.close()

        if args.profile:
            progress("profiling...")
            profiles.append(spy_profile(fast.url, 500 if quick else 2_000, seed, tmp, 20))
            fast.reset()
    finally:
        for server in servers:
            server.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    report.print()
    for table in profiles:
        print()
        print(table, end="")
    print(
        f"load average at the end: {', '.join(f'{x:.2f}' for x in os.getloadavg())} "
        f"(1, 5, 15 min) on {os.cpu_count()} CPUs: other processes competing for the CPU "
        "slow the wall-time rows."
    )
    return 0 if all(ok for _, _, ok in report.targets) else 1


if __name__ == "__main__":
    sys.exit(main())
