"""The HTML report: the article shown is the article, every span where its offsets say, escaping.

Pages are parsed with the standard library's HTML parser, as a browser tokenizes them: an
attack that broke out of its text would show up here as an element or an attribute.
tests/test_report_browser.py checks the same pages in a real browser.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from newsbrief import InputError
from newsbrief.batch import BatchError, BatchResult
from newsbrief.report import render_html, write_batch_report
from tests.reportdata import ATTACK, INJECTION, ferry_brief, ferry_text


class Page(HTMLParser):
    """The elements, attributes and text of a page, and the article text's pieces."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self.ids: list[str] = []
        self.article = ""  # the text of the article's box, back links left out
        self.pieces: list[tuple[str, str]] = []  # (data-spans, text) of marked pieces
        self._stack: list[str] = []
        self._in_article = 0
        self._in_back = False
        self._piece: str | None = None
        self._raw: list[str] | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        self.tags.append((tag, values))
        if "id" in values:
            self.ids.append(values["id"])
        if tag in ("script", "style"):
            self._raw = []
        if self._in_article:
            self._in_article += 1
            if tag == "a" and "back" in values.get("class", ""):
                self._in_back = True
            if "data-spans" in values:
                self._piece = values["data-spans"]
                self.pieces.append((self._piece, ""))
        elif "article-text" in values.get("class", ""):
            self._in_article = 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style") and self._raw is not None:
            (self.scripts if tag == "script" else self.styles).append("".join(self._raw))
            self._raw = None
        if self._in_article:
            self._in_article -= 1
            if tag == "a":
                self._in_back = False
            if tag in ("mark", "span"):
                self._piece = None

    def handle_data(self, data: str) -> None:
        if self._raw is not None:
            self._raw.append(data)
        if self._in_article and not self._in_back:
            self.article += data
            if self._piece is not None:
                keys, text = self.pieces[-1]
                self.pieces[-1] = (keys, text + data)

    def span_text(self, key: str) -> str:
        """The text of every piece that belongs to the span ``key``, in order."""
        return "".join(text for keys, text in self.pieces if key in keys.split())


@pytest.fixture(scope="module")
def text() -> str:
    return ferry_text()


@pytest.fixture(scope="module")
def page(text: str) -> Page:
    return Page(render_html(ferry_brief(text), text))


def test_the_article_shown_is_the_article_character_for_character(text: str, page: Page) -> None:
    assert page.article == text


def test_every_grounded_span_shows_the_text_at_its_offsets(text: str, page: Page) -> None:
    brief = ferry_brief(text)
    checked = 0
    for prefix, items in [("c", [c.evidence for c in brief.claims]),
                          ("q", [u.evidence for u in brief.unresolved_issues])]:  # fmt: skip
        for n, evidence in enumerate(items, start=1):
            for m, e in enumerate(evidence, start=1):
                key = f"{prefix}{n}e{m}"
                if e.is_grounded:
                    assert page.span_text(key) == text[e.start : e.end] == e.quote, key
                    assert f"span-{key}" in page.ids
                    checked += 1
                else:
                    assert not page.span_text(key) and f"span-{key}" not in page.ids
    assert checked == 9


def test_overlapping_spans_are_split_into_pieces(text: str, page: Page) -> None:
    # c1e1 lies inside c2e1; c1e2 starts inside c2e1 and ends after it.
    inside = [keys.split() for keys, _ in page.pieces if "c1e1" in keys.split()]
    assert inside and all("c2e1" in keys for keys in inside)
    crossing = [set(keys.split()) for keys, _ in page.pieces if "c1e2" in keys.split()]
    assert {"c1e2", "c2e1"} in crossing and {"c1e2"} in crossing


def test_claims_link_to_their_spans_and_spans_back_to_claims(page: Page) -> None:
    hrefs = [attrs.get("href", "") for tag, attrs in page.tags if tag == "a"]
    for key in ("c1e1", "c1e2", "c2e1", "c3e1", "q1e1"):
        assert f"#span-{key}" in hrefs
    backs = [a.get("href") for t, a in page.tags if t == "a" and "back" in a.get("class", "")]
    assert backs.count("#claim-1") == 2 and "#claim-2" in backs and "#issue-1" in backs
    assert {"claim-1", "claim-7", "issue-1", "issue-2"} <= set(page.ids)


def test_colour_by_source_kind_and_style_by_status(page: Page) -> None:
    marks = {a["data-spans"]: a["class"].split() for t, a in page.tags if t == "mark"}
    assert {"k-anonymous", "repaired"} <= set(marks["c3e1"])
    assert {"k-organization", "verified"} <= set(marks["c4e1"])
    assert {"k-document", "verified"} <= set(marks["c5e1"])
    assert {"k-issue", "verified"} <= set(marks["q1e1"])
    assert "overlap" in marks["c1e1 c2e1"]


def test_unverified_evidence_is_listed_with_its_claim_and_marked() -> None:
    html = render_html(ferry_brief())
    item = re.search(r'<li class="unverified-evidence">(.*?)</li>', html, re.DOTALL)
    assert item and "the company ignored three warnings" in item.group(1)
    assert "not found in the article" in item.group(1)
    assert html.index('id="claim-3"') < item.start() < html.index('id="claim-4"')


def test_withheld_spans_are_marked_as_such(text: str, page: Page) -> None:
    (start, end), = ferry_brief(text).metadata.withheld  # fmt: skip
    assert text[start:end] == INJECTION
    assert page.span_text("w1") == INJECTION
    withheld = [a for t, a in page.tags if a.get("data-spans") == "w1"]
    assert withheld and "withheld" in withheld[0]["class"]
    assert "withheld from the model" in withheld[0]["title"]
    assert "withheld-1" in page.ids


def test_source_metadata_and_run_metadata_are_shown() -> None:
    html = render_html(ferry_brief())
    for shown in ("The Tidewater Courier", "Aileen Marsh", "2026-03-14", "openai/gpt-4.1-mini",
                  "3,420 (2,700 in, 720 out)", "1 found after a re-ask"):  # fmt: skip
        assert shown in html
    link = re.search(r'<a href="(https://www\.tidewatercourier[^"]+)"', html)
    assert link is not None


def test_the_text_defaults_to_the_briefs_own_and_a_wrong_text_is_refused(text: str) -> None:
    brief = ferry_brief(text)
    assert render_html(brief) == render_html(brief, text)
    with pytest.raises(InputError, match="not the one the brief's offsets index"):
        render_html(brief, text.replace("harbour master", "harbourmaster"))
    with pytest.raises(InputError, match="brief.article.text"):
        render_html(brief, text[:500])


def test_without_a_text_the_evidence_is_listed_but_not_placed(text: str) -> None:
    brief = ferry_brief(text).model_copy(update={"article": None})
    page = Page(render_html(brief))
    assert not page.pieces and "not shown in place" in render_html(brief)
    assert not [a for t, a in page.tags if a.get("href", "").startswith("#span-")]


# ---- escaping: the article and everything the model wrote are untrusted ---------------------


@pytest.fixture(scope="module")
def hostile() -> tuple[str, Page]:
    html = render_html(ferry_brief(hostile=True))
    return html, Page(html)


def test_no_script_but_the_pages_own(hostile: tuple[str, Page]) -> None:
    _, page = hostile
    clean = Page(render_html(ferry_brief()))
    assert page.scripts == clean.scripts and len(page.scripts) == 1
    assert page.styles == clean.styles and len(page.styles) == 1
    assert [t for t, _ in page.tags].count("script") == 1
    assert not [t for t, _ in page.tags if t in ("img", "svg", "iframe", "object", "embed")]


def test_no_event_handler_attribute_and_no_javascript_url(hostile: tuple[str, Page]) -> None:
    _, page = hostile
    for tag, attrs in page.tags:
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        for name in ("href", "src", "action", "formaction"):
            value = attrs.get(name, "").strip().lower()
            assert not value.startswith(("javascript:", "data:", "vbscript:")), (tag, attrs)
    external = [a["href"] for t, a in page.tags if t == "a" and not a["href"].startswith("#")]
    assert external == []  # the article's javascript: URL is shown, not linked


def test_the_attacks_are_shown_as_text(hostile: tuple[str, Page]) -> None:
    html, page = hostile
    text = ferry_text(hostile=True)
    assert page.article == text  # the markup in the article is its text
    assert ATTACK in page.span_text("c8e1")
    assert "&lt;/style&gt;&lt;/script&gt;&lt;script&gt;" in html
    # Every field the model or the page filled shows the attack as text, escaped.
    assert html.count("&lt;script&gt;window.pwned=1") >= 15


def test_the_policy_allows_only_the_pages_own_script_and_style(hostile: tuple[str, Page]) -> None:
    _, page = hostile
    meta = [a for t, a in page.tags if t == "meta" and a.get("http-equiv")]
    assert meta[0]["http-equiv"] == "Content-Security-Policy"
    policy = meta[0]["content"]
    assert "default-src 'none'" in policy and "'unsafe-inline'" not in policy
    assert page.tags.index(("meta", meta[0])) < [t for t, _ in page.tags].index("title")


def test_a_language_code_cannot_break_out_of_its_attribute() -> None:
    brief = ferry_brief().model_copy(update={"language": 'en" onload="window.pwned=1'})
    page = Page(render_html(brief))
    assert all(not k.startswith("on") for _, attrs in page.tags for k in attrs)
    assert ("html", {"lang": "und"}) in page.tags


# ---- a batch ----------------------------------------------------------------------------------


def test_a_batch_report_has_an_index_and_a_page_per_brief(tmp_path: Path) -> None:
    text = ferry_text()
    brief = ferry_brief(text)
    results = [
        BatchResult(id="ferry", brief=brief),
        BatchResult(id="../../escape<script>", brief=brief.model_copy(update={"article": None})),
        BatchResult(id="ferry", brief=brief),
        BatchResult(id="broken", error=BatchError(type="RateLimitError",
                                                  message="429 <script>window.pwned=1</script>")),
        BatchResult(id="wrong-text", brief=brief.model_copy(update={"article": None})),
    ]  # fmt: skip
    texts = {"../../escape<script>": text, "wrong-text": "some other article"}
    index = write_batch_report(results, tmp_path / "report", texts)
    assert index == tmp_path / "report" / "index.html"
    written = sorted(p.name for p in (tmp_path / "report").iterdir())
    assert written == ["escape-script.html", "ferry-2.html", "ferry.html", "index.html",
                       "wrong-text.html"]  # fmt: skip
    page = Page(index.read_text(encoding="utf-8"))
    links = [a["href"] for t, a in page.tags if t == "a"]
    assert links == ["ferry.html", "escape-script.html", "ferry-2.html", "wrong-text.html"]
    html = index.read_text(encoding="utf-8")
    assert "RateLimitError" in html and "429 &lt;script&gt;" in html
    assert "4 briefed, 1 failed" in html
    assert Page((tmp_path / "report" / "escape-script.html").read_text()).article == text
    wrong = (tmp_path / "report" / "wrong-text.html").read_text(encoding="utf-8")
    assert "not the one the brief&#39;s offsets index" in wrong and "not shown in place" in wrong


# ---- readable ---------------------------------------------------------------------------------


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_text_contrast_meets_wcag_aa_on_every_background(page: Page) -> None:
    css = page.styles[0]
    colours = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-f]{6})", css))
    backgrounds = [colours["paper"]] + [
        colours[k] for k in ("named_person", "anonymous", "organization", "media", "document",
                             "article", "issue")
    ]  # fmt: skip
    texts = [colours[k] for k in ("ink", "muted", "link", "bad")]
    texts += re.findall(r"\.badge\.\w+ \{ color: (#[0-9a-f]{6})", css)
    assert len(backgrounds) == 8 and len(texts) == 6
    for background in backgrounds:
        for text in texts:
            assert _contrast(text, background) >= 4.5, (text, background)
