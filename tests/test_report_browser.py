"""The HTML report in a real browser: headless Chromium, driven by Selenium, page from a file.

Clicking a claim's evidence scrolls to its span; every highlighted span's text is the quote at its
offsets as the browser renders it; no script from the article or the model runs, with the page's
Content-Security-Policy and without it (escaping alone must hold). Skipped, with the reason,
where selenium, Debian's chromium or chromium-driver is missing; .ci/run installs them.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from newsbrief.models import Brief
from newsbrief.report import render_html
from tests.reportdata import ferry_brief, ferry_text

ROOT = Path(__file__).parent.parent


def _script() -> ModuleType:
    if "report_screenshot" not in sys.modules:
        path = ROOT / "scripts" / "report_screenshot.py"
        spec = importlib.util.spec_from_file_location("report_screenshot", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module
        spec.loader.exec_module(module)
    return sys.modules["report_screenshot"]


SCREENSHOT = _script()
MISSING = SCREENSHOT.missing_browser()

pytestmark = [
    pytest.mark.skipif(MISSING is not None, reason=f"no headless Chromium here: {MISSING}"),
    # Selenium talks to chromedriver over loopback HTTP.
    pytest.mark.block_network(allowed_hosts=["127.0.0.1", "localhost", "::1"]),
]


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    driver = SCREENSHOT.chromium(str(tmp_path_factory.mktemp("chromium-profile")), 1000, 700)
    try:
        yield driver
    finally:
        driver.quit()


def open_page(browser: Any, path: Path, html: str) -> None:
    path.write_text(html, encoding="utf-8")
    browser.get(path.as_uri())


def in_view(browser: Any, element: Any) -> bool:
    """Whether ``element`` is (at least partly) inside the window."""
    return bool(
        browser.execute_script(
            "const r = arguments[0].getBoundingClientRect();"
            "return r.bottom > 0 && r.top < window.innerHeight && r.right > 0"
            " && r.left < window.innerWidth;",
            element,
        )
    )


def click(browser: Any, selector: str) -> list[Any]:
    """Click the link ``selector``; wait for its target and the pieces the page outlines."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    link = browser.find_element(By.CSS_SELECTOR, selector)
    target = link.get_attribute("href").split("#", 1)[1]
    link.click()
    wait = WebDriverWait(browser, 5)
    wait.until(lambda d: d.execute_script("return location.hash") == f"#{target}")
    if target.startswith("span-"):
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, ".current"))
    else:
        wait.until(lambda d: not d.find_elements(By.CSS_SELECTOR, ".current"))
    return list(browser.find_elements(By.CSS_SELECTOR, ".current"))


SPAN_TEXT = """
    const key = arguments[0];
    return Array.from(document.querySelectorAll('[data-spans]'))
        .filter(e => e.getAttribute('data-spans').split(' ').includes(key))
        .map(e => e.textContent).join('');
"""


def grounded(brief: Brief) -> list[tuple[str, int, int, str]]:
    """``(key, start, end, quote)`` of every grounded evidence, keyed as the page keys it."""
    found = []
    for prefix, groups in (("c", [c.evidence for c in brief.claims]),
                           ("q", [u.evidence for u in brief.unresolved_issues])):  # fmt: skip
        for n, evidence in enumerate(groups, start=1):
            for m, e in enumerate(evidence, start=1):
                if e.start is not None and e.end is not None:
                    found.append((f"{prefix}{n}e{m}", e.start, e.end, e.quote))
    return found


def test_clicking_a_claims_evidence_scrolls_to_its_span(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    text = ferry_text()
    brief = ferry_brief(text)
    open_page(browser, tmp_path / "report.html", render_html(brief, text))
    anchor = browser.find_element(By.ID, "span-c3e1")
    assert not in_view(browser, anchor)  # the article is below the claims
    current = click(browser, 'a[href="#span-c3e1"]')
    assert in_view(browser, anchor)
    assert current and in_view(browser, current[0])
    evidence = brief.claims[2].evidence[0]
    shown = "".join(e.get_attribute("textContent") for e in current)
    assert shown == evidence.quote == text[evidence.start : evidence.end]
    # And back: the span's link leads to its claim.
    assert click(browser, 'a.back[href="#claim-3"]') == []
    assert in_view(browser, browser.find_element(By.ID, "claim-3"))


def test_every_highlight_is_the_quote_at_its_offsets(browser: Any, tmp_path: Path) -> None:
    text = ferry_text()
    brief = ferry_brief(text)
    open_page(browser, tmp_path / "report.html", render_html(brief, text))
    spans = grounded(brief)
    assert len(spans) == 9
    for key, start, end, quote in spans:
        assert browser.execute_script(SPAN_TEXT, key) == quote == text[start:end], key
    shown = browser.execute_script(
        "const box = document.querySelector('.article-text').cloneNode(true);"
        "box.querySelectorAll('a.back').forEach(a => a.remove());"
        "return box.textContent;"
    )
    assert shown == text


def test_an_overlapping_span_is_highlighted_whole(browser: Any, tmp_path: Path) -> None:

    text = ferry_text()
    brief = ferry_brief(text)
    open_page(browser, tmp_path / "report.html", render_html(brief, text))
    current = click(browser, 'a[href="#span-c2e1"]')
    assert len(current) >= 3  # split by the spans inside and across it
    assert (
        "".join(e.get_attribute("textContent") for e in current)
        == brief.claims[1].evidence[0].quote
    )


def test_the_keyboard_reaches_the_article_first(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    open_page(browser, tmp_path / "report.html", render_html(ferry_brief()))
    browser.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    focused = browser.switch_to.active_element
    assert focused.get_attribute("class") == "skip" and in_view(browser, focused)
    focused.send_keys(Keys.ENTER)
    assert in_view(browser, browser.find_element(By.ID, "article-h"))


@pytest.mark.parametrize("policy", ["with the page's policy", "escaping alone"])
def test_no_script_from_the_article_or_the_model_runs(
    browser: Any, tmp_path: Path, policy: str
) -> None:
    from selenium.webdriver.common.by import By

    brief = ferry_brief(hostile=True)
    html = render_html(brief)
    if policy == "escaping alone":
        html, removed = re.subn(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
        assert removed == 1
    open_page(browser, tmp_path / "report.html", html)
    # Give event handlers (onerror, onload) a moment to fire if they existed.
    browser.execute_script("return new Promise(r => setTimeout(r, 300));")
    assert browser.execute_script("return window.pwned") is None
    assert browser.title == f"{brief.headline} · newsbrief"
    assert browser.find_element(By.TAG_NAME, "h1").text == brief.headline
    assert browser.find_element(By.CSS_SELECTOR, "main").is_displayed()
    assert not browser.find_elements(By.CSS_SELECTOR, ".article-text img, .article-text svg")
    for link in browser.find_elements(By.TAG_NAME, "a"):
        href = link.get_attribute("href") or ""
        assert not href.lower().startswith("javascript:"), href
    # The attack is on the page as text, where the article had it.
    key = "c8e1"
    assert browser.execute_script(SPAN_TEXT, key) == brief.claims[7].evidence[0].quote
    # The page's own script still ran (it outlines the span a link leads to).
    assert click(browser, f'a[href="#span-{key}"]')
