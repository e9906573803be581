"""Run instructor's async-validator check on newsbrief's own response classes once, not per request.

instructor 1.17 makes sure a response model declares no asynchronous validators (which its
runtime would not run) at four or five points of every request: ``create``, the patched call,
twice while preparing the model, and in the retry loop. Each time it walks the whole class
graph, every attribute of every class in every nested model's MRO. For newsbrief's ``Draft``
that is 0.29 ms a walk (timed with ``timeit``), so about 1.5 ms of the 6 to 7 ms of CPU a brief
cost in a batch before this (``time.thread_time`` over sequential briefs).

The check's answer depends only on the class, and newsbrief's response classes are built once
per process (``summarizer._wrapped``). So for those classes, and only those, newsbrief runs
instructor's own check once, remembers that it passed, and answers the later checks from that
memory. Any other class, including every model an application gives instructor itself, still
goes through instructor's check every time, so instructor behaves for them exactly as before.

This replaces the function in the two places instructor looks it up
(``instructor.v2.validation.async_validators``, which the calls import from at call time, and
``instructor.v2.core.patch``, which imports it once). Where a later instructor moves it,
:func:`install` finds nothing to replace and returns False: briefs are then as correct, only
slower, and ``tests/test_instructor_checks.py`` fails so the change is noticed.
"""

from __future__ import annotations

import importlib
import threading
import weakref
from collections.abc import Callable
from typing import Any

_MODULES = ("instructor.v2.validation.async_validators", "instructor.v2.core.patch")
_NAME = "reject_async_validators"

_checked: weakref.WeakSet[type] = weakref.WeakSet()
_original: Callable[[Any], None] | None = None
_lock = threading.Lock()


def _reject_async_validators(response_model: Any) -> None:
    """instructor's check, answered from memory for the classes newsbrief has checked."""
    if isinstance(response_model, type) and response_model in _checked:
        return
    assert _original is not None
    _original(response_model)


def install() -> bool:
    """Put the remembering check in instructor's place; True when it is (or already was) there."""
    global _original
    with _lock:
        if _original is not None:
            return True
        modules = [importlib.import_module(name) for name in _MODULES]
        found = [getattr(module, _NAME, None) for module in modules]
        if not callable(found[0]) or any(function is not found[0] for function in found):
            return False
        _original = found[0]
        for module in modules:
            setattr(module, _NAME, _reject_async_validators)
        return True


def check_once(response_model: type[Any]) -> None:
    """Run instructor's check on ``response_model`` now and skip it on later requests.

    Only for classes that live as long as the process and are not changed after they are built:
    the answer is remembered for the class.

    Raises:
        ValueError: From instructor, when the class declares an asynchronous validator (then
            nothing is remembered, and every request raises the same).
    """
    if not install():
        return
    assert _original is not None
    _original(response_model)
    _checked.add(response_model)


def is_installed() -> bool:
    """Whether instructor's check now answers from memory for the classes checked once."""
    return _original is not None
