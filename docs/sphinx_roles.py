"""Griffe extension for the docs build: newsbrief's Sphinx-style roles become cross-references.

newsbrief's docstrings are Google style, with Sphinx roles for references
(:class:`~newsbrief.Brief`, :meth:`Summarizer.finish <newsbrief.Summarizer.finish>`, relative
names such as :func:`cache_key`). mkdocstrings does not read roles, so this extension rewrites
them before rendering:

* a target inside ``newsbrief`` that exists becomes a link when the reference renders that object,
  and code otherwise (internal modules are not part of the reference);
* a target inside ``newsbrief`` that does not exist is a warning, so ``mkdocs build --strict``
  fails on a broken reference;
* a target outside newsbrief (instructor, rapidfuzz...) is shown as code.

It also turns reStructuredText's ``Title::`` before a literal block into ``Title:`` and
```text <url>`_`` links into Markdown links. The docstrings themselves are not changed.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

ROLE = re.compile(r":(?:py:)?(?:class|func|meth|mod|attr|data|exc|obj|const):`(?P<body>[^`]+)`")
RST_LINK = re.compile(r"`(?P<text>[^`<]+?)\s*<(?P<url>https?://[^>]+)>`_")
LITERAL_BLOCK = re.compile(r"::$", re.MULTILINE)
PACKAGE = "newsbrief"


def _target_exists(pkg: griffe.Module, path: str) -> bool:
    if path == PACKAGE:
        return True
    try:
        pkg[path.removeprefix(PACKAGE + ".")]
    except (KeyError, griffe.AliasResolutionError, griffe.CyclicAliasError):
        return False
    return True


class SphinxRoles(griffe.Extension):
    """Rewrite Sphinx roles in every docstring of the package once it is loaded.

    Args:
        pending: Modules that docstrings already name but that are still being built on other
            branches: shown as code, without a warning, until they land.
    """

    def __init__(self, pending: list[str] | None = None) -> None:
        super().__init__()
        self.pending = tuple(pending or ())

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        if pkg.path == PACKAGE:
            self._walk(pkg, pkg, set())

    def _walk(self, obj: griffe.Object, pkg: griffe.Module, seen: set[str]) -> None:
        if obj.path in seen:
            return
        seen.add(obj.path)
        if obj.docstring is not None:
            obj.docstring.value = self._rewrite(obj, pkg, obj.docstring.value)
        for member in obj.members.values():
            if not member.is_alias:
                self._walk(member, pkg, seen)  # type: ignore[arg-type]

    def _rewrite(self, obj: griffe.Object, pkg: griffe.Module, text: str) -> str:
        def role(match: re.Match[str]) -> str:
            body = match["body"].strip()
            explicit = re.fullmatch(r"(?P<title>.+?)\s*<(?P<target>[^>]+)>", body)
            if explicit:
                title, target = explicit["title"], explicit["target"]
            else:
                target = body.lstrip("~")
                title = target.rsplit(".", 1)[-1] if body.startswith("~") else target
            path = self._resolve(obj, target)
            if path is None or not path.startswith(PACKAGE):
                return f"`{title}`"
            if any(path == p or path.startswith(p + ".") for p in self.pending):
                return f"`{title}`"
            if not _target_exists(pkg, path):
                griffe.logger.warning(
                    "%s: reference to %s, which does not exist in %s", obj.path, target, PACKAGE
                )
                return f"`{title}`"
            return f'<autoref identifier="{path}" optional><code>{title}</code></autoref>'

        text = ROLE.sub(role, text)
        text = RST_LINK.sub(lambda m: f"[{m['text']}]({m['url']})", text)
        return LITERAL_BLOCK.sub(":", text)

    @staticmethod
    def _resolve(obj: griffe.Object, target: str) -> str | None:
        if target == PACKAGE or target.startswith(PACKAGE + "."):
            return target
        head, _, rest = target.partition(".")
        try:
            base = obj.resolve(head)
        except griffe.NameResolutionError:
            try:
                base = obj.parent.resolve(head) if obj.parent is not None else None
            except griffe.NameResolutionError:
                base = None
        if base is None:
            return None
        return f"{base}.{rest}" if rest else base
