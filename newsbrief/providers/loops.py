"""Ending a JSON list that a model has started to repeat.

A small model decoding greedily under a schema grammar falls into loops: asked for a list of
actors it writes one name, then the same name again and again until the schema's maximum
("Chimirel" nine times, each with another role), and every one of those items costs generation
time. :class:`ListLoopWatch` reads the answer as it streams and says when the list it is writing
has gone round: two items in a row whose first string value repeats an earlier item of the same
list. :func:`close_json` then ends the answer there, as valid JSON, keeping the items written so
far (the repeated ones are duplicates the caller removes anyway).

Only lists of objects are watched, each in its own nesting (a claim's ``{"kind": ...}`` source
object repeated across claims is not a loop of the claims list), and only at the point an item
has just closed, so a cut never splits a value.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["REPEATS", "ListLoopWatch", "close_json"]

REPEATS = 2
"""Items in a row that must repeat earlier ones before a list counts as looping (one repeat
alone is not: a model sometimes lists a name twice and then goes on to new ones)."""


@dataclass
class _Frame:
    kind: str  # "[" or "{"
    firsts: list[str | None] = field(default_factory=list)  # a list's items' first strings
    keys: int = 0  # an object's keys seen so far
    first: str | None = None  # an object's first value, when a string
    awaiting_value: bool = False


class ListLoopWatch:
    """Reads a JSON answer as it is generated and tells when a list of objects loops.

    Feed it the text as it arrives with :meth:`feed`; it returns ``True`` at the first point
    where the list being written has ended :data:`REPEATS` items in a row with an item whose
    first string value an earlier item of that list already had. The text fed so far then ends
    right after such an item, and :func:`close_json` turns it into a complete answer.

    Attributes:
        looped: Whether the loop was seen.
        read: Characters of the last :meth:`feed` read before it returned.
    """

    def __init__(self) -> None:
        self._stack: list[_Frame] = []
        self._in_string = False
        self._escaped = False
        self._string: list[str] = []
        self.looped = False
        self.read = 0

    def feed(self, text: str) -> bool:
        """Read ``text`` (the next piece of the answer); ``True`` once the list loops.

        Returns as soon as the loop is seen, leaving the rest of ``text`` unread: the caller
        keeps only the first :attr:`read` characters of it.
        """
        self.read = 0
        for ch in text:
            self.read += 1
            if self._step(ch):
                self.looped = True
                return True
        return False

    def _step(self, ch: str) -> bool:
        if self._in_string:
            if self._escaped:
                self._escaped = False
                self._string.append(ch)
            elif ch == "\\":
                self._escaped = True
                self._string.append(ch)
            elif ch == '"':
                self._in_string = False
                self._string_ended("".join(self._string))
            else:
                self._string.append(ch)
            return False
        if ch == '"':
            self._in_string, self._string = True, []
        elif ch in "[{":
            self._value_started()
            self._stack.append(_Frame(ch))
        elif ch == ":" and self._stack and self._stack[-1].kind == "{":
            self._stack[-1].awaiting_value = True
        elif ch == ",":
            if self._stack and self._stack[-1].kind == "{":
                self._stack[-1].awaiting_value = False
        elif ch in "]}":
            if not self._stack:
                return False
            closed = self._stack.pop()
            if ch == "}" and self._stack and self._stack[-1].kind == "[":
                items = self._stack[-1].firsts
                items.append(closed.first)
                return self._looping(items)
        elif not ch.isspace():
            self._value_started()  # a number, true, false or null
        return False

    def _value_started(self) -> None:
        if self._stack and self._stack[-1].kind == "{" and self._stack[-1].awaiting_value:
            frame = self._stack[-1]
            frame.awaiting_value = False
            frame.keys += 1

    def _string_ended(self, value: str) -> None:
        if not self._stack or self._stack[-1].kind != "{":
            return
        frame = self._stack[-1]
        if frame.awaiting_value:  # a value, not a key
            frame.awaiting_value = False
            frame.keys += 1
            if frame.keys == 1:
                frame.first = value

    @staticmethod
    def _looping(items: list[str | None]) -> bool:
        if len(items) <= REPEATS:
            return False
        for back in range(1, REPEATS + 1):
            value = items[-back]
            if value is None or value not in items[:-back]:
                return False
        return True

    def closers(self) -> str:
        """The brackets that end the answer at the point read so far."""
        return "".join("]" if frame.kind == "[" else "}" for frame in reversed(self._stack))


def close_json(text: str, watch: ListLoopWatch) -> str:
    """``text`` (the answer read by ``watch`` up to the loop) ended as complete JSON."""
    return text + watch.closers()
