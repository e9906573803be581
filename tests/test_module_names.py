"""No module of newsbrief binds one of its top-level names twice: a second ``_PATTERN = ...``
further down a long rules module silently replaces the first for every use above it too (it
happened: a new ``_SUBORDINATE_OPENING`` and a new ``_TO_WHOM`` in speakers.py changed older
rules that read the old ones)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "newsbrief"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _top_level_names(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
            continue
        else:
            continue
        names.update(t.id for t in targets if isinstance(t, ast.Name))
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    assert [name for name, count in names.items() if count > 1] == []


def test_the_check_finds_a_name_bound_twice() -> None:
    tree = ast.parse("_A = 1\ndef f() -> None: ...\n_A = 2\n")
    assert _top_level_names(tree)["_A"] == 2
