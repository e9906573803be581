"""The package type-checks under mypy --strict (part of the test run, not only of CI)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


@pytest.mark.timeout(600)  # a cold cache takes about 14 s here; a slower CI machine, more
def test_mypy_strict() -> None:
    api = pytest.importorskip("mypy.api")
    out, err, status = api.run(
        ["--config-file", str(ROOT / "pyproject.toml"), str(ROOT / "newsbrief")]
    )
    assert status == 0, out + err
