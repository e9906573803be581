"""``newsbrief batch``: folders and JSONL in, one JSON line per article out, resumable."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsbrief.batch import BatchResult
from newsbrief.cli import app
from newsbrief.cli.common import EXIT_INPUT, EXIT_PARTIAL

from .fakeserver import serve
from .test_batch import article, responder

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def lines(path: Path) -> list[BatchResult]:
    return [BatchResult.model_validate_json(x) for x in path.read_text("utf-8").splitlines()]


def folder(tmp_path: Path, count: int) -> Path:
    root = tmp_path / "articles"
    (root / "sub").mkdir(parents=True)
    for i in range(count):
        where = root / "sub" if i % 2 else root
        (where / f"a{i:02d}.txt").write_text(article(i), encoding="utf-8")
    (root / "notes.csv").write_text("not an article", encoding="utf-8")
    return root


def test_folder_to_jsonl_with_ids_from_paths(tmp_path: Path) -> None:
    root = folder(tmp_path, 4)
    (root / "broken.txt").write_bytes(b"\xff\xfe bad")
    out = tmp_path / "briefs.jsonl"
    with serve(responder()) as server:
        code, _, err = run("batch", str(root), "--out", str(out), "--base-url", server.url,
                           "-m", "fake-model", "--no-progress")  # fmt: skip
    results = {r.id: r for r in lines(out)}
    assert sorted(results) == ["a00.txt", "a02.txt", "broken.txt", "sub/a01.txt", "sub/a03.txt"]
    assert results["broken.txt"].error is not None
    assert results["broken.txt"].error.type == "InputError"
    assert all(r.ok for i, r in results.items() if i != "broken.txt")
    assert code == EXIT_PARTIAL and "4 brief(s)" in err and "1 failed" in err
    assert server.calls == 4


def test_jsonl_input_and_bad_records(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "x1", "text": article(1)}) + "\n\n"
        + "{not json\n"
        + json.dumps({"id": "x3"}) + "\n"
        + json.dumps({"id": "x4", "text": article(4, "FAIL")}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    out = tmp_path / "out.jsonl"
    with serve(responder()) as server:
        code, _, _ = run("batch", str(source), "-o", str(out), "--base-url", server.url,
                         "-m", "fake-model", "--no-progress", "--ordered")  # fmt: skip
    results = lines(out)
    assert [r.id for r in results] == ["x1", "line 3", "line 4", "x4"]
    assert results[0].ok
    assert results[1].error is not None and "line 3" in results[1].error.message
    assert results[3].error is not None and results[3].error.type == "ProviderUnavailableError"
    assert code == EXIT_PARTIAL


def test_rerun_skips_finished_ids_and_retries_failed_ones(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    records = [{"id": "ok", "text": article(1)}, {"id": "bad", "text": article(2, "FAIL")}]
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    with serve(responder()) as server:
        run("batch", str(source), "-o", str(out), "--base-url", server.url, "-m", "fake-model",
            "--no-progress")  # fmt: skip
        first = server.calls
        code, _, err = run("batch", str(source), "-o", str(out), "--base-url", server.url,
                           "-m", "fake-model", "--no-progress")  # fmt: skip
        assert server.calls - first == 4  # only "bad" again: 1 call + 3 transport retries
        run("batch", str(source), "-o", str(out), "--base-url", server.url, "-m", "fake-model",
            "--no-progress", "--no-retry-failed")  # fmt: skip
        assert server.calls - first == 4  # nothing left to do
    assert "1 id(s) already in" in err and code == EXIT_PARTIAL


def test_missing_input_is_bad_input(tmp_path: Path) -> None:
    code, _, err = run("batch", str(tmp_path / "nope"), "-o", str(tmp_path / "o.jsonl"),
                       "-m", "fake", "--base-url", "http://127.0.0.1:9/v1")  # fmt: skip
    assert code == EXIT_INPUT and "No such file or folder" in err


def test_killed_batch_resumes_without_redoing_finished_ids(tmp_path: Path) -> None:
    """SIGKILL half-way, then the same command again: every id ends with exactly one brief,
    and no finished article is sent to the model twice."""
    count = 24
    root = folder(tmp_path, count)
    out = tmp_path / "briefs.jsonl"
    env: dict[str, Any] = {**os.environ, "NEWSBRIEF_NO_CACHE": "1"}
    with serve(responder({"Nota": 0.25})) as server:
        command = [sys.executable, "-c", "from newsbrief.cli import app; app()", "batch",
                   str(root), "-o", str(out), "--base-url", server.url, "-m", "fake-model",
                   "-c", "2", "--no-progress"]  # fmt: skip
        process = subprocess.Popen(command, env=env, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if out.exists() and out.read_text("utf-8").count("\n") >= count // 3:
                break
            time.sleep(0.05)
        process.send_signal(signal.SIGKILL)
        process.wait()
        # simulate the worst moment: a line cut in half by the kill
        with out.open("a", encoding="utf-8") as file:
            file.write('{"id": "a99.txt", "brief": {"head')
        finished = {r.id for r in lines_lenient(out)}
        assert count // 3 <= len(finished) < count
        sent_before = len(server.requests)
        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
        assert second.returncode == 0, second.stderr
        redone = [r for r in server.requests[sent_before:]
                  if any(f"Nota {i}." in json.dumps(r.body, ensure_ascii=False)
                         for i in ids_to_numbers(finished))]  # fmt: skip
    results = lines(out)
    assert sorted(r.id for r in results) == sorted(set(r.id for r in results))
    assert len(results) == count and all(r.ok for r in results)
    assert redone == []


def lines_lenient(path: Path) -> list[BatchResult]:
    found = []
    for line in path.read_text("utf-8").splitlines():
        with contextlib.suppress(ValueError):
            found.append(BatchResult.model_validate_json(line))
    return found


def ids_to_numbers(ids: set[str]) -> list[int]:
    return [int(Path(i).stem[1:]) for i in ids]


@pytest.mark.vcr("constructed/openai_batch_happy.yaml")
def test_provider_batch_writes_one_line_per_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_article: str
) -> None:
    from newsbrief import openai_batch

    real = openai_batch.run_openai_batch
    waits: list[float] = []

    def no_waiting(*args: Any, **kwargs: Any) -> Any:
        return real(*args, **kwargs, sleep=waits.append)

    monkeypatch.setattr(openai_batch, "run_openai_batch", no_waiting)
    harbor = (Path(__file__).parent / "data" / "harbor-strike.en.txt").read_text("utf-8")
    source = tmp_path / "in.jsonl"
    records = [{"id": "harbor", "text": harbor}, {"id": "g20", "text": seed_article},
               {"id": "blank", "text": "  \n "}]  # fmt: skip
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, _, err = run("batch", str(source), "-o", str(out), "-m", "openai/gpt-4.1-mini",
                       "--provider-batch")  # fmt: skip
    results = {r.id: r for r in lines(out)}
    assert sorted(results) == ["blank", "g20", "harbor"]
    assert results["harbor"].ok and results["g20"].ok and not results["blank"].ok
    g20 = results["g20"].brief
    assert g20 is not None and g20.check_offsets(seed_article) == []
    assert waits and not (tmp_path / "out.jsonl.openai-batch.json").exists()
    assert code == EXIT_PARTIAL, err


def test_the_cli_caches_briefs_unless_told_not_to(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NEWSBRIEF_NO_CACHE")
    monkeypatch.setenv("NEWSBRIEF_CACHE_DIR", str(tmp_path / "cache"))
    root = folder(tmp_path, 2)
    with serve(responder()) as server:
        for n in range(2):
            run("batch", str(root), "-o", str(tmp_path / f"out{n}.jsonl"), "--base-url",
                server.url, "-m", "fake-model", "--no-progress")  # fmt: skip
        assert server.calls == 2  # the second run came from the cache
        assert all(r.brief and r.brief.metadata.cache_hit for r in lines(tmp_path / "out1.jsonl"))
        monkeypatch.setenv("NEWSBRIEF_NO_CACHE", "1")
        run("batch", str(root), "-o", str(tmp_path / "out2.jsonl"), "--base-url", server.url,
            "-m", "fake-model", "--no-progress")  # fmt: skip
        run("batch", str(root), "-o", str(tmp_path / "out3.jsonl"), "--base-url", server.url,
            "-m", "fake-model", "--no-progress", "--no-cache")  # fmt: skip
        assert server.calls == 6


# ---- a batch that cannot eat its input -------------------------------------------------------


def jsonl(path: Path, records: list[Any]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def refused(tmp_path: Path, *args: str) -> tuple[int, str]:
    """Runs ``newsbrief batch`` against a server that must never be called."""
    with serve(responder()) as server:
        code, _, err = run("batch", *args, "--base-url", server.url, "-m", "fake-model",
                           "--no-progress")  # fmt: skip
    assert server.calls == 0, "a call was made"
    assert "Traceback" not in err
    return code, err


@pytest.mark.parametrize("how", ["same path", "symlink", "hard link", "relative path"])
def test_out_that_is_the_input_is_an_error_before_any_call(
    tmp_path: Path, how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": article(1)}])
    before = source.read_bytes()
    out = {"same path": source, "symlink": tmp_path / "link.jsonl",
           "hard link": tmp_path / "hard.jsonl", "relative path": Path("in.jsonl")}[how]  # fmt: skip
    if how == "symlink":
        out.symlink_to(source)
    if how == "hard link":
        os.link(source, out)
    monkeypatch.chdir(tmp_path)
    code, err = refused(tmp_path, str(source), "--out", str(out))
    assert code == EXIT_INPUT and "the batch would read what it writes" in err
    assert source.read_bytes() == before


def test_out_that_is_an_article_of_the_input_folder_is_an_error(tmp_path: Path) -> None:
    root = folder(tmp_path, 2)
    code, err = refused(tmp_path, str(root), "--out", str(root / "a00.txt"))
    assert code == EXIT_INPUT and "the batch would read what it writes" in err
    code, err = refused(tmp_path, str(root), "--out", str(root / "new.txt"))
    assert code == EXIT_INPUT and "would be read as an article" in err


def test_out_that_is_a_directory_is_an_error(tmp_path: Path) -> None:
    source = jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": article(1)}])
    code, err = refused(tmp_path, str(source), "--out", str(tmp_path))
    assert code == EXIT_INPUT and "is a directory" in err


def test_input_that_is_not_utf8_is_an_error_before_any_call(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_bytes(
        (json.dumps({"id": "a", "text": article(1)}) + "\n").encode()
        + b'{"id": "b", "text": "\xff"}\n'
    )
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "old", "brief": null}\n{"id": "cut', encoding="utf-8")
    before = out.read_bytes()
    code, err = refused(tmp_path, str(source), "--out", str(out))
    assert code == EXIT_INPUT and "line 2" in err and "not UTF-8" in err
    assert out.read_bytes() == before  # untouched, the cut line included


def test_output_that_is_not_utf8_is_an_error_and_stays_untouched(tmp_path: Path) -> None:
    source = jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": article(1)}])
    out = tmp_path / "out.jsonl"
    out.write_bytes(b'{"id": "x"}\n\xff\xfe binary, not ours')
    before = out.read_bytes()
    code, err = refused(tmp_path, str(source), "--out", str(out))
    assert code == EXIT_INPUT and "not UTF-8" in err
    assert out.read_bytes() == before


def test_unreadable_input_is_an_error(tmp_path: Path) -> None:
    """A file that cannot be read (here /proc's write-only clear_refs, which even root cannot
    read; a file without read permission is the everyday case)."""
    unreadable = Path("/proc/self/clear_refs")
    if not unreadable.exists():
        pytest.skip("no /proc")
    code, err = refused(tmp_path, str(unreadable), "--out", str(tmp_path / "out.jsonl"))
    assert code == EXIT_INPUT and "cannot be read" in err
    assert not (tmp_path / "out.jsonl").exists()


def test_duplicate_ids_are_an_error_listing_them(tmp_path: Path) -> None:
    records = [{"id": "a", "text": article(1)}, {"id": "b", "text": article(2)},
               {"id": "a", "text": article(3)}, {"id": 7, "text": article(4)},
               {"id": "7", "text": article(5)}]  # fmt: skip
    source = jsonl(tmp_path / "in.jsonl", records)
    out = tmp_path / "out.jsonl"
    code, err = refused(tmp_path, str(source), "--out", str(out))
    assert code == EXIT_INPUT and "2 id(s) more than once" in err
    assert "'a' on lines 1, 3" in err and "'7' on lines 4, 5" in err and "--dedupe" in err
    assert not out.exists()
    with serve(responder()) as server:
        code, _, err = run("batch", str(source), "--out", str(out), "--base-url", server.url,
                           "-m", "fake-model", "--no-progress", "--dedupe", "--ordered")  # fmt: skip
    assert code == 0, err
    results = lines(out)
    assert [r.id for r in results] == ["a", "b", "7"] and server.calls == 3
    sent = [json.dumps(r.body, ensure_ascii=False) for r in server.requests]
    assert any("Nota 1." in x for x in sent) and not any("Nota 3." in x for x in sent)


def test_a_missing_or_null_id_is_an_error_for_that_line(tmp_path: Path) -> None:
    source = jsonl(tmp_path / "in.jsonl", [{"id": None, "text": article(1)},
                                           {"text": article(2)}, {"id": "", "text": article(3)},
                                           {"id": "ok", "text": article(4)}])  # fmt: skip
    out = tmp_path / "out.jsonl"
    with serve(responder()) as server:
        code, _, _ = run("batch", str(source), "--out", str(out), "--base-url", server.url,
                         "-m", "fake-model", "--no-progress", "--ordered")  # fmt: skip
    results = lines(out)
    assert [r.id for r in results] == ["line 1", "line 2", "line 3", "ok"]
    assert all(r.error is not None and "has no id" in r.error.message for r in results[:3])
    assert results[3].ok and server.calls == 1 and code == EXIT_PARTIAL


def test_a_second_run_on_the_same_out_fails_at_once(tmp_path: Path) -> None:
    """While one run writes OUT (its lock held), another on the same file, even through a
    symlink, stops at once with a clear message and makes no call."""
    import filelock

    source = jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": article(1)}])
    out = tmp_path / "out.jsonl"
    (tmp_path / "alias.jsonl").symlink_to(out)
    out.touch()
    with filelock.FileLock(str(out) + ".lock"):  # what the first run holds
        for target in (out, tmp_path / "alias.jsonl"):
            started = time.monotonic()
            code, err = refused(tmp_path, str(source), "--out", str(target))
            assert code == EXIT_INPUT and "Another newsbrief batch is writing" in err
            assert time.monotonic() - started < 5
    with serve(responder()) as server:  # released: the next run works
        code, _, _ = run("batch", str(source), "--out", str(out), "--base-url", server.url,
                         "-m", "fake-model", "--no-progress")  # fmt: skip
    assert code == 0 and [r.id for r in lines(out)] == ["a"]


def test_processes_is_gone_with_a_pointer_to_ray(tmp_path: Path) -> None:
    source = folder(tmp_path, 2)
    out = tmp_path / "out.jsonl"
    code, _, err = run("batch", str(source), "--out", str(out), "-m", "test", "--processes", "2")
    assert code == 2
    assert "--engine ray" in err
    assert not out.exists()
