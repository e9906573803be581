"""Pages and URLs in, briefs out: the page's article (not its boilerplate) is briefed, the brief
keeps the page's metadata and the text its offsets index, on the library and the command line.

The model is newsbrief.testing.TestModel: what matters here is what it is given and what the
brief keeps, not what a model says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsbrief
from newsbrief.cli import app
from newsbrief.cli.common import EXIT_INPUT
from newsbrief.testing import TestModel
from tests.pageserver import Page, serve_pages

PAGE = Path(__file__).parent / "data" / "web" / "ferry-hull.en.html"
EXPECTED = json.loads(PAGE.with_suffix(".json").read_text(encoding="utf-8"))
runner = CliRunner()

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])


def _boilerplate() -> list[str]:
    return [b for b in EXPECTED["boilerplate"] if len(b) > 20]


def test_a_page_s_html_is_briefed_from_its_article_with_its_metadata() -> None:
    model = TestModel()
    brief = newsbrief.Summarizer(model=model).summarize(PAGE.read_bytes())
    assert brief.article is not None and brief.article.text is not None
    assert brief.article.title == "Ferry service to Skerrow suspended after crack found in hull"
    assert brief.article.author and brief.article.date and brief.article.site_name
    assert brief.metadata.input_format == "html"
    assert brief.check_offsets(brief.article.text) == []  # offsets index the extracted text
    sent = str(model.requests[0]["messages"])
    assert not [b for b in _boilerplate() if b in sent]  # the model never saw the boilerplate


def test_a_web_article_is_briefed_as_is_and_two_pages_with_one_text_keep_their_own_urls(
    tmp_path: Path,
) -> None:
    article = newsbrief.extract_article(PAGE.read_bytes())
    other = newsbrief.WebArticle(text=article.text, title="Elsewhere", url="https://b.example/x")
    summarizer = newsbrief.Summarizer(model="test", cache=tmp_path / "cache")
    first = summarizer.summarize(article)
    second = summarizer.summarize(other)
    assert second.metadata.cache_hit  # the same text: one brief...
    assert first.article is not None and second.article is not None
    assert (first.article.url, second.article.url) == (article.url, "https://b.example/x")
    assert second.article.title == "Elsewhere"  # ...but each page's own metadata


def test_plain_text_briefs_keep_no_article_metadata(seed_article: str) -> None:
    brief = newsbrief.summarize(seed_article, model="test")
    assert brief.article is None and brief.metadata.input_format == "text"


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_cli_briefs_a_url_with_the_page_s_metadata() -> None:
    with serve_pages({"/ferry.html": Page(PAGE.read_bytes())}) as server:
        code, out, err = run("summarize", server.url("/ferry.html"), "-m", "test", "-f", "json")
    assert code == 0, err
    brief = newsbrief.Brief.model_validate_json(out)
    assert brief.article is not None and brief.article.title == EXPECTED["title"]
    assert brief.article.text is not None and brief.check_offsets(brief.article.text) == []


def test_cli_briefs_a_saved_page_to_markdown_with_its_source_line() -> None:
    code, out, err = run("summarize", str(PAGE), "-m", "test")
    assert code == 0, err
    assert "_Source: Ferry service to Skerrow suspended" in out and "Aileen Marsh" in out


def test_cli_html_format_is_one_page_with_the_evidence_in_place() -> None:
    code, out, err = run("summarize", str(PAGE), "-m", "test", "-f", "html")
    assert code == 0, err
    assert out.startswith("<!DOCTYPE html>") and "<mark" in out
    assert EXPECTED["title"] in out  # the page's metadata is shown


def test_cli_extract_shows_what_the_model_will_see() -> None:
    code, out, err = run("extract", str(PAGE), "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["title"] == EXPECTED["title"] and shown["extractor"] in (
        "trafilatura",
        "html_to_text",
    )
    assert EXPECTED["paragraphs"][0] in shown["text"]


def test_cli_extract_a_missing_page_is_bad_input(tmp_path: Path) -> None:
    code, _, err = run("extract", str(tmp_path / "nope.html"))
    assert code == EXIT_INPUT and "No such file" in err


def test_cli_render_draws_a_saved_brief_over_its_article(tmp_path: Path, seed_article: str) -> None:
    saved = tmp_path / "brief.json"
    brief = newsbrief.summarize(seed_article, model="test")
    saved.write_text(brief.model_dump_json(), encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text(seed_article, encoding="utf-8")
    code, out, err = run("render", str(saved), str(article))
    assert code == 0, err
    assert out.startswith("<!DOCTYPE html>")
    article.write_text(seed_article.replace("Blinken", "Blinkin"), encoding="utf-8")
    code, _, err = run("render", str(saved), str(article))
    assert code == EXIT_INPUT  # another text: the page would highlight the wrong words
    code, _, err = run("render", str(saved))
    assert code == EXIT_INPUT and "Give the article" in err


def test_cli_render_turns_a_batch_output_into_an_html_report(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text("The council met on Monday. It approved the budget.")
    (articles / "b.txt").write_text("The port reopened on Tuesday. Ships are moving again.")
    (articles / "empty.txt").write_text("  ")
    out = tmp_path / "briefs.jsonl"
    code, _, err = run("batch", str(articles), "--out", str(out), "-m", "test", "--no-cache")
    assert code == 6, err  # the empty article failed
    code, _, err = run("render", str(out))
    assert code == EXIT_INPUT and "--out" in err
    report = tmp_path / "report"
    code, _, err = run("render", str(out), "--articles", str(articles), "--out", str(report))
    assert code == 0, err
    index = (report / "index.html").read_text(encoding="utf-8")
    assert "a.txt" in index and "b.txt" in index and "empty.txt" in index
    page = (report / "a.txt.html").read_text(encoding="utf-8")
    assert "<mark" in page and "The council met on Monday." in page
