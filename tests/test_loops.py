"""A JSON list the model has started to repeat is ended where it goes round, as valid JSON."""

from __future__ import annotations

import json

from newsbrief.providers.loops import ListLoopWatch, close_json


def _stream(text: str, piece: int = 3) -> tuple[str, ListLoopWatch]:
    """Feed ``text`` in small pieces, as a stream arrives; what the caller would keep."""
    watch = ListLoopWatch()
    kept: list[str] = []
    for start in range(0, len(text), piece):
        chunk = text[start : start + piece]
        if watch.feed(chunk):
            kept.append(chunk[: watch.read])
            return close_json("".join(kept), watch), watch
        kept.append(chunk)
    return "".join(kept), watch


def _actors(*names: str) -> str:
    items = ",".join(
        json.dumps({"name": n, "kind": "organization", "role": f"role {i}"})
        for i, n in enumerate(names)
    )
    return '{"actors":[' + items + "]}"


def test_a_list_repeating_one_name_is_ended_after_two_repeats() -> None:
    answer = _actors("Hélène Garrigou", "Chimirel", "Chimirel", "Chimirel", "Chimirel", "Chimirel")
    kept, watch = _stream(answer)
    assert watch.looped
    assert [a["name"] for a in json.loads(kept)["actors"]] == [
        "Hélène Garrigou",
        "Chimirel",
        "Chimirel",
        "Chimirel",
    ]


def test_one_repeat_then_new_names_is_no_loop() -> None:
    # the model listed "Le Figaro" twice and went on to new actors
    answer = _actors("Gilles Jacquier", "Le Figaro", "Le Figaro", "DCRI", "Ligue arabe")
    kept, watch = _stream(answer)
    assert not watch.looped
    assert kept == answer


def test_repeated_inner_objects_are_not_a_loop_of_the_outer_list() -> None:
    claims = [
        {"statement": f"claim {i}", "source": {"kind": "named_person", "name": "Okafor"}}
        for i in range(6)
    ]
    answer = json.dumps({"claims": claims}, separators=(",", ":"))
    kept, watch = _stream(answer)
    assert not watch.looped
    assert json.loads(kept) == {"claims": claims}


def test_strings_with_brackets_quotes_and_escapes_are_read_as_strings() -> None:
    tricky = 'The "union" said {no} [deal], \\ ok'
    answer = _actors(tricky, "A", tricky, tricky)
    kept, watch = _stream(answer, piece=1)
    assert watch.looped
    assert [a["name"] for a in json.loads(kept)["actors"]] == [tricky, "A", tricky, tricky]


def test_items_whose_first_value_is_not_a_string_never_count_as_repeats() -> None:
    answer = '{"items":[{"n":1},{"n":1},{"n":1},{"n":1}]}'
    kept, watch = _stream(answer)
    assert not watch.looped
    assert kept == answer
