"""Render a brief as newsbrief's HTML report and take a PNG screenshot of it in headless Chromium.

    python scripts/report_screenshot.py BRIEF.json [ARTICLE] --png docs/report.png \\
        [--html report.html] [--width 1200] [--height 0] [--scroll-to c1e1]

BRIEF.json is a brief as ``newsbrief summarize --format json`` writes it; ARTICLE is the text its
offsets index (a .txt file; omit it when the brief holds ``article.text``, as briefs of web pages
do). ``--height 0`` (the default) captures the whole page; another height captures one window of
that height, scrolled to ``--scroll-to`` (a span key such as ``c1e1``: claim 1, evidence 1) if
given. Needs selenium (the test extra) and Debian's ``chromium`` and ``chromium-driver``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent.parent))

from newsbrief.models import Brief
from newsbrief.report import render_html

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
# What headless Chromium needs as root, and what keeps it off the network.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
]


def missing_browser() -> str | None:
    """Why no headless Chromium can be driven here, or ``None`` when one can."""
    try:
        import selenium  # noqa: F401
    except ImportError:
        return 'selenium is not installed (pip install -e ".[test]")'
    for path, package in ((CHROMIUM, "chromium"), (CHROMEDRIVER, "chromium-driver")):
        if shutil.which(path) is None:
            return f"{path} is missing (apt-get install -y {package})"
    return None


def chromium(user_data_dir: str, width: int = 1200, height: int = 900) -> Any:
    """A Selenium driver for headless Chromium with a fresh profile in ``user_data_dir``."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in [*FLAGS, f"--user-data-dir={user_data_dir}", f"--window-size={width},{height}"]:
        options.add_argument(flag)
    return webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))


def screenshot(html_path: Path, png: Path, width: int, height: int, scroll_to: str | None) -> None:
    """Open ``html_path`` and save a PNG of the whole page (``height`` 0) or of one window."""
    with tempfile.TemporaryDirectory(prefix="newsbrief-chromium-") as profile:
        driver = chromium(profile, width, height or 900)
        try:
            driver.get(html_path.resolve().as_uri())
            if scroll_to:
                driver.get(html_path.resolve().as_uri() + f"#span-{scroll_to}")
            if not height:
                full = driver.execute_script("return document.documentElement.scrollHeight")
                driver.set_window_size(width, min(int(full) + 140, 16000))
            driver.save_screenshot(str(png))
        finally:
            driver.quit()


def main(argv: list[str] | None = None) -> Path:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("brief", type=Path, help="the brief, as JSON")
    parser.add_argument("article", type=Path, nargs="?", help="the text its offsets index")
    parser.add_argument("--png", type=Path, required=True, help="where to write the screenshot")
    parser.add_argument("--html", type=Path, help="also keep the HTML page here")
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=0, help="0: the whole page")
    parser.add_argument("--scroll-to", help="a span key to scroll to, e.g. c1e1")
    args = parser.parse_args(argv)
    problem = missing_browser()
    if problem:
        parser.error(problem)
    brief = Brief.model_validate_json(args.brief.read_text(encoding="utf-8"))
    text = args.article.read_text(encoding="utf-8") if args.article else None
    page = render_html(brief, text)
    with tempfile.TemporaryDirectory() as tmp:
        html_path = args.html or Path(tmp) / "report.html"
        html_path.write_text(page, encoding="utf-8")
        screenshot(html_path, args.png, args.width, args.height, args.scroll_to)
    print(args.png)
    return args.png


if __name__ == "__main__":
    main()
