"""Show what newsbrief will brief from a web page: the article's text and metadata.

    python examples/web_article.py PAGE.html|URL

A saved page (a file) is extracted as it is; an http(s) URL is fetched first (with a timeout, a
size cap and a redirect limit). With the web extra (pip install "newsbrief[web]") the page's
navigation, banners, related links, comments and footer are left out; without it, newsbrief keeps
all the page's visible text and says so.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import newsbrief


def main(argv: list[str] | None = None) -> str:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", help="an .html file or an http(s) URL")
    args = parser.parse_args(argv)

    if args.page.startswith(("http://", "https://")):
        article = newsbrief.fetch_article(args.page)
    else:
        article = newsbrief.extract_article(Path(args.page).read_bytes())
    fields = ("title", "author", "date", "site_name", "url", "language", "extractor", "encoding")
    lines = [f"{name}: {getattr(article, name)}" for name in fields]
    lines += [f"note: {note}" for note in article.notes]
    lines += ["", article.text]
    out = "\n".join(lines)
    print(out)
    return out


if __name__ == "__main__":
    main()
