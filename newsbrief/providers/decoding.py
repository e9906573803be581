"""Greedy decoding of a JSON answer that evaluates the text its grammar forces in one batch.

Under a schema grammar much of an answer is fixed before the model chooses it: the keys of an
object whose properties are listed, the punctuation between them, the rest of an enum value
once its first letters tell it from the others. Decoding it token by token pays one step of
the model for each of those tokens. Here, after each token the model picks, the grammar is asked
byte by byte what it allows next; while it allows exactly one byte, that byte is taken, and the
bytes so taken are tokenized and evaluated together with the model's next token in one batch. A
batch of a few tokens costs about as much as one on a CPU (``benchmarks/README.md``), so fewer
steps means less time. The answer stops as soon as the grammar is complete: the end-of-turn
token is not decoded.

Only ASCII bytes are forced, and only when no other byte is allowed: where the grammar allows a
non-ASCII character, or several characters, the model chooses. Where the grammar allows
whitespace between JSON tokens besides the byte it needs, the answer is spaced as the model
spaced it before in the same answer, and the model chooses where it has not shown it yet. A
forced run ends where the model's own tokens would end (after the quotation mark that opens a
string): a small model that reads its text split otherwise than it writes it (a forced space
alone before its next word, a closing quotation mark alone before ``,``) writes other words
after it. The answer is always one the grammar accepts, and the model's own choice wherever
the grammar allows more than one byte that is not whitespace between JSON tokens; what differs
from token-by-token decoding is that whitespace after the model's first choice of it, and the
arithmetic of a batch, which can tip a near tie between two tokens.

Everything here is llama-cpp-python's public API (``Llama.tokenize``, ``Llama.eval``,
``Llama.n_tokens``, ``Llama.input_ids``, ``Llama.ctx``, ``llama_cpp.llama_get_logits_ith``, the
chat formatter of ``llama_cpp.llama_chat_format``). Import this module only where
llama-cpp-python is installed.
"""

from __future__ import annotations

import codecs
import json
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, cast

import llama_cpp
import numpy as np
import numpy.typing as npt
from llama_cpp.llama_chat_format import Jinja2ChatFormatter

__all__ = ["Decoded", "ForcingGrammar", "JsonDecoder"]

_WHITESPACE = frozenset(b" \t\n\r")
ANSWERS_HELD = 4
"""Latest answers a next turn may go on from (a next turn re-asked goes on from the one before
the last)."""


class ForcingGrammar(Protocol):
    """What :class:`JsonDecoder` needs of a grammar (newsbrief's ``GreedyGrammar``)."""

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        """The scores with every token but the grammar's greedy pick at minus infinity (the
        grammar advances by it)."""

    def allowed(self, tokens: npt.NDArray[np.intc]) -> npt.NDArray[np.bool_]:
        """Which of ``tokens`` the grammar allows next (it does not advance)."""

    def fork(self) -> ForcingGrammar:
        """A grammar in the same state that advances on its own."""

    def close(self) -> None:
        """Free the grammar."""

    def accept(self, token: int) -> None:
        """Advance the grammar by ``token``."""


@dataclass
class Decoded:
    """One decoded answer.

    Attributes:
        text: The answer.
        finish: ``"stop"`` (the grammar was complete, or the model ended it), ``"length"`` (the
            token budget ran out) or ``"loop"`` (the caller's ``on_text`` ended it).
        prompt_tokens: Tokens of the prompt.
        completion_tokens: Tokens of the answer, the forced ones included.
        forced_tokens: Tokens of the answer the grammar forced (evaluated in batches).
        steps: Model evaluations after the prompt's.
    """

    text: str
    finish: str
    prompt_tokens: int
    completion_tokens: int
    forced_tokens: int
    steps: int


class _JsonLexer:
    """Reads a JSON text byte by byte: whether it is inside a string, the last byte of its
    structure (a quotation mark counts), and the whitespace the model writes between two such
    bytes (only ASCII bytes matter: UTF-8 continuation bytes never equal ``"`` or ``\\``)."""

    def __init__(self) -> None:
        self.in_string = False
        self.last = 0
        self.spacing: dict[tuple[int, int], bytes] = {}
        """The whitespace the model wrote between two bytes of the structure, by the pair."""
        self._escaped = False
        self._space = bytearray()

    def fork(self) -> _JsonLexer:
        """A lexer in this one's state that reads on its own (the spacing is shared)."""
        other = _JsonLexer()
        other.in_string, other.last, other.spacing = self.in_string, self.last, self.spacing
        other._escaped, other._space = self._escaped, bytearray(self._space)
        return other

    def feed(self, data: bytes, *, learn: bool = False) -> None:
        """Read ``data``; with ``learn``, it is the model's own text, and its spacing is
        remembered."""
        for byte in data:
            if self.in_string:
                if self._escaped:
                    self._escaped = False
                elif byte == 0x5C:
                    self._escaped = True
                elif byte == 0x22:
                    self.in_string = False
                    self.last = byte
                    self._space.clear()
                continue
            if byte in _WHITESPACE:
                self._space.append(byte)
                continue
            if learn:
                self.spacing[(self.last, byte)] = bytes(self._space)
            self._space.clear()
            self.last = byte
            self.in_string = byte == 0x22


class JsonDecoder:
    """Greedy JSON answers of one ``llama_cpp.Llama`` with forced text evaluated in batches.

    One decoder per model; it is not thread-safe (the caller holds the model's lock).
    """

    def __init__(self, llama: Any) -> None:
        """Read the model's chat template and the token of each byte.

        Args:
            llama: A loaded ``llama_cpp.Llama`` with a chat template in its metadata.

        Raises:
            ValueError: The model has no chat template, or a byte has no token of its own.
        """
        template = (getattr(llama, "metadata", None) or {}).get("tokenizer.chat_template")
        if not template:
            raise ValueError("the model file has no chat template")
        self.llama = llama
        eos, bos = llama.token_eos(), llama.token_bos()
        self._formatter = Jinja2ChatFormatter(
            template=template,
            eos_token=llama.detokenize([eos], special=True).decode("utf-8", "replace")
            if eos != -1
            else "",
            bos_token=llama.detokenize([bos], special=True).decode("utf-8", "replace")
            if bos != -1
            else "",
            stop_token_ids=[eos],
        )
        self._ends = {eos, *_end_of_turn(llama)}
        ids = [llama.tokenize(bytes([b]), add_bos=False, special=False) for b in range(256)]
        if any(len(i) != 1 for i in ids):
            raise ValueError("a byte has no token of its own in this vocabulary")
        self._bytes: npt.NDArray[np.intc] = np.array([i[0] for i in ids], dtype=np.intc)
        self._ascii = self._bytes[:128]
        self._common = self._bytes[np.frombuffer(b"et", dtype=np.uint8)]
        """Two letters that text allows and JSON's structure does not."""
        self._non_ascii = self._bytes[128:]
        self._answers: deque[tuple[str, list[int], str]] = deque(maxlen=ANSWERS_HELD)
        """The latest answers, the last one first: each prompt's text, the tokens of that
        prompt and of the answer, and the answer's text."""

    def prompt(self, messages: Sequence[dict[str, Any]]) -> list[int]:
        """The prompt's tokens, as ``Llama.create_chat_completion`` builds them from the
        model's chat template.

        A conversation that goes on from one of the latest answers (the same messages, then
        that answer as the assistant's turn, as the same compact JSON however it is spaced,
        then a new question) is given that prompt's and answer's own tokens, so that the
        context already holds them: the answer's text tokenized anew can split otherwise than
        the model wrote it, and everything after the first difference would be evaluated
        again. (A re-asked next turn goes on from the answer before the last one.)
        """
        return self._rendered(messages)[1]

    def _rendered(self, messages: Sequence[dict[str, Any]]) -> tuple[str, list[int]]:
        """The prompt's text, rendered once, and its tokens (see :meth:`prompt`)."""
        result = self._formatter(messages=cast(Any, list(messages)))
        held = self._continued(messages, result.prompt)
        if held is not None:
            return result.prompt, held
        tokens = self.llama.tokenize(
            result.prompt.encode("utf-8"), add_bos=not result.added_special, special=True
        )
        return result.prompt, list(tokens)

    def _continued(self, messages: Sequence[dict[str, Any]], text: str) -> list[int] | None:
        """The tokens of ``text`` when ``messages`` go on from one of the latest answers (see
        :meth:`prompt`), else ``None``."""
        if len(messages) < 3 or messages[-2].get("role") != "assistant":
            return None
        content = messages[-2].get("content")
        if not isinstance(content, str):
            return None
        earlier = self._formatter(messages=cast(Any, list(messages[:-2]))).prompt
        for before, tokens, answer in self._answers:
            if before != earlier or not text.startswith(before + content):
                continue
            written = _compact(content)
            if written is None or written != _compact(answer):
                return None
            rest = text[len(before) + len(content) :]
            return tokens + list(
                self.llama.tokenize(rest.encode("utf-8"), add_bos=False, special=True)
            )
        return None

    def decode(
        self,
        messages: Sequence[dict[str, Any]],
        grammar: ForcingGrammar,
        *,
        max_tokens: int,
        on_text: Callable[[str], bool] | None = None,
    ) -> Decoded:
        """Decode a greedy answer to ``messages`` under ``grammar``.

        Args:
            messages: The chat messages.
            grammar: A fresh grammar for this answer.
            max_tokens: Most tokens of the answer, forced ones included.
            on_text: Called with each new piece of the answer's text; returning ``True``
                ends the answer there (``finish="loop"``; the piece counts as read whole).
        """
        llama = self.llama
        rendered, prompt = self._rendered(messages)
        self._evaluate_prompt(prompt)
        budget = min(max_tokens, llama.n_ctx() - len(prompt))
        lexer = _JsonLexer()
        utf8 = codecs.getincrementaldecoder("utf-8")("replace")
        answer = bytearray()
        answer_tokens: list[int] = []
        made = forced_total = steps = 0
        finish = "length"
        while made < budget:
            token = int(np.argmax(grammar(None, self._logits())))
            if token in self._ends:
                finish = "stop"
                break
            piece = llama.detokenize([token], special=False)
            lexer.feed(piece, learn=True)
            forced, complete = self._forced(grammar, lexer)
            forced_tokens = (
                list(llama.tokenize(forced, add_bos=False, special=False)) if forced else []
            )
            answer += piece + forced
            answer_tokens += [token, *forced_tokens]
            made += 1 + len(forced_tokens)
            forced_total += len(forced_tokens)
            if on_text is not None and on_text(utf8.decode(piece + forced)):
                finish = "loop"
                break
            if complete:
                finish = "stop"
                break
            if made >= budget:
                break
            llama.eval([token, *forced_tokens])
            steps += 1
        text = answer.decode("utf-8", "replace")
        if finish == "stop":
            self._answers.appendleft((rendered, prompt + answer_tokens, text))
        return Decoded(
            text=text,
            finish=finish,
            prompt_tokens=len(prompt),
            completion_tokens=made,
            forced_tokens=forced_total,
            steps=steps,
        )

    def _evaluate_prompt(self, prompt: list[int]) -> None:
        """Evaluate ``prompt``, reusing the longest prefix the context already holds (as
        ``Llama.generate`` does; at least its last token is evaluated, for its logits)."""
        llama = self.llama
        held = llama.input_ids[: llama.n_tokens]
        same = 0
        for a, b in zip(held, prompt, strict=False):
            if a != b:
                break
            same += 1
        same = min(same, len(prompt) - 1)
        llama.n_tokens = same  # Llama.eval drops the cache from n_tokens on
        llama.eval(prompt[same:])

    def _logits(self) -> npt.NDArray[np.single]:
        pointer = llama_cpp.llama_get_logits_ith(self.llama.ctx, -1)
        logits: npt.NDArray[np.single] = np.ctypeslib.as_array(
            pointer, shape=(self.llama.n_vocab(),)
        ).copy()
        return logits

    def _forced(self, grammar: ForcingGrammar, lexer: _JsonLexer) -> tuple[bytes, bool]:
        """The bytes the grammar allows alone from here, written as the model writes them, up
        to the last place where the model's own tokens would end (taken into the grammar and
        the lexer), and whether the grammar is then complete (it allows no byte but whitespace
        outside a string).

        Where the grammar allows whitespace besides the one byte it needs (between JSON
        tokens), the model's own spacing there, seen earlier in the answer (``" ,"`` or
        ``","`` after a value), is written; where the answer has not shown it yet, the model
        chooses. A run ends after the quotation mark that opens a string, where the model's
        next token starts: the model writes ``":"`` and ``" is"`` as single tokens, and a small
        model that reads its text split otherwise than its own tokens (a forced space alone, a
        closing quotation mark alone) writes other words after them.
        """
        if grammar.allowed(self._common).all():
            return b"", False  # text the model writes (most steps): nothing to try
        probe = grammar.fork()
        seen = lexer.fork()
        forced = bytearray()
        cut = 0
        complete = False
        try:
            while True:
                allowed = probe.allowed(self._ascii)
                choices = np.flatnonzero(allowed).tolist()
                spaced = False
                if not seen.in_string:
                    spaced = any(b in _WHITESPACE for b in choices)
                    choices = [b for b in choices if b not in _WHITESPACE]
                if len(choices) != 1:
                    complete = not choices and not seen.in_string and self._ends_allowed(probe)
                    break
                if probe.allowed(self._non_ascii).any():
                    break
                byte = choices[0]
                space = b""
                if spaced:
                    known = lexer.spacing.get((seen.last, byte))
                    if known is None or not self._allows_after(probe, known, byte):
                        break
                    space = known
                for b in (*space, byte):
                    probe.accept(int(self._bytes[b]))
                    forced.append(b)
                seen.feed(space + bytes([byte]))
                if byte == 0x22 and seen.in_string:
                    cut = len(forced)
        finally:
            probe.close()
        if complete:
            cut = len(forced)
        for byte in forced[:cut]:
            grammar.accept(int(self._bytes[byte]))
        lexer.feed(bytes(forced[:cut]))
        return bytes(forced[:cut]), complete

    def _allows_after(self, grammar: ForcingGrammar, space: bytes, byte: int) -> bool:
        """Whether ``grammar`` allows ``space`` then ``byte`` (tried on a fork of it: accepting
        a byte it refuses would abort llama.cpp)."""
        probe = grammar.fork()
        try:
            for b in (*space, byte):
                if not probe.allowed(self._bytes[b : b + 1])[0]:
                    return False
                probe.accept(int(self._bytes[b]))
            return True
        finally:
            probe.close()

    def _ends_allowed(self, grammar: ForcingGrammar) -> bool:
        ends = np.array(sorted(self._ends), dtype=np.intc)
        return bool(grammar.allowed(ends).any())


def _compact(text: str) -> str | None:
    """``text`` as compact JSON, keys in their order (``None`` when it is no JSON object with
    unique keys): two answers are the same when these are equal (not ``True`` for ``1``)."""

    def unique(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [key for key, _ in pairs]
        if len(set(keys)) != len(keys):
            raise ValueError("a key twice")
        return dict(pairs)

    try:
        value = json.loads(text, object_pairs_hook=unique)
    except ValueError:
        return None
    if not isinstance(value, dict):
        return None
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _end_of_turn(llama: Any) -> list[int]:
    """The chat template's end-of-turn token, when the vocabulary has one (``<|im_end|>``)."""
    for text in (b"<|im_end|>", b"<|eot_id|>", b"<|end|>"):
        ids = llama.tokenize(text, add_bos=False, special=True)
        if len(ids) == 1:
            return [int(ids[0])]
    return []
