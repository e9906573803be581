"""Testing code that calls newsbrief: :class:`TestModel`, a deterministic offline model.

>>> import newsbrief
>>> from newsbrief.testing import TestModel
>>> model = TestModel()
>>> brief = newsbrief.Summarizer(model=model).summarize("The council met. It voted.")
>>> len(model.requests)
1
"""

from __future__ import annotations

from newsbrief.providers.testmodel import TestModel

__all__ = ["TestModel"]
