"""The web page and HTML report scripts in examples/ run as documented."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from tests.pageserver import Page, serve_pages
from tests.reportdata import ferry_brief, ferry_text

EXAMPLES = Path(__file__).parent.parent / "examples"
PAGE = Path(__file__).parent / "data" / "web" / "ferry-hull.en.html"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_web_article_reads_a_file_and_a_url() -> None:
    pytest.importorskip(
        "trafilatura", reason='the web extra is not installed: pip install ".[web]"'
    )
    from_file = load("web_article").main([str(PAGE)])
    assert "title: Ferry service to Skerrow suspended after crack found in hull" in from_file
    assert "site_name: The Tidewater Courier" in from_file
    assert "The MV Kittiwake was taken out of service" in from_file
    assert "Accept all cookies" not in from_file
    with serve_pages({"/ferry": Page(PAGE.read_bytes())}) as server:
        from_url = load("web_article").main([server.url("/ferry")])
    assert f"url: {server.url('/ferry')}" in from_url
    assert from_url.split("\n\n", 1)[1] == from_file.split("\n\n", 1)[1]


def test_html_report_renders_a_saved_brief(tmp_path: Path) -> None:
    text = ferry_text()
    saved = tmp_path / "brief.json"
    saved.write_text(ferry_brief(text).model_copy(update={"article": None}).model_dump_json())
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    out = load("html_report").main([str(saved), str(article), "--out", str(tmp_path / "r.html")])
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and 'id="span-c1e1"' in html
