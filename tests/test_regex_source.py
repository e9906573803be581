"""The walk over a regular expression's source that cues and injection share."""

from __future__ import annotations

from newsbrief.regex_source import pattern_tokens


def test_escapes_are_one_token_and_classes_are_told_apart() -> None:
    tokens = list(pattern_tokens(r"a[(|\]]\(|b"))
    outside = [token for _, token, inside in tokens if not inside]
    assert outside == ["a", "[", "]", r"\(", "|", "b"]
    # the indices point into the source
    assert all(r"a[(|\]]\(|b"[k : k + len(token)] == token for k, token, _ in tokens)
