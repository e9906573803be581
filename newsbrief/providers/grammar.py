"""Greedy decoding under a JSON-schema grammar that checks the model's first choice first.

llama.cpp's grammar sampler, as llama-cpp-python chains it for ``response_format``, tests every
token of the vocabulary against the grammar before each pick: with Qwen's 151,936 tokens that
is a large share of the time per generated token on a CPU. At temperature 0 the pick is the
highest-scoring token the grammar allows, so it is enough to test the model's own first choice
and, only when the grammar rejects it, the whole vocabulary (what llama.cpp's own ``common``
sampler does). The answer is the same token for token; ``benchmarks/README.md`` has the time
it saves.

Everything here is llama-cpp-python's public API: a logits processor (its
``LogitsProcessorList`` hook), the grammar converter of ``llama_cpp.llama_grammar``, and
llama.cpp's sampler functions as the ``llama_cpp`` module binds them. Import this module only
where llama-cpp-python is installed.
"""

from __future__ import annotations

import ctypes
import json
from typing import Any

import llama_cpp
import numpy as np
import numpy.typing as npt
from llama_cpp.llama_grammar import json_schema_to_gbnf

__all__ = ["GreedyGrammar", "json_grammar"]

_TOKEN_DATA = np.dtype([("id", np.intc), ("logit", np.single), ("p", np.single)], align=True)
"""llama.cpp's ``llama_token_data`` as a numpy record (aligned like the C struct)."""


_ANY_CHAR = 'char ::= [^"\\\\] |'
_JSON_CHAR = 'char ::= [^"\\\\\\x7F\\x00-\\x1F] |'


def json_grammar(schema: dict[str, Any]) -> str:
    """The GBNF grammar of ``schema`` (llama-cpp-python's converter), with every string held to
    characters JSON allows unescaped.

    The converter writes a string bounded by ``maxLength`` with a ``char`` rule that lets a raw
    newline or tab through, which no JSON parser accepts: a summary that reached its bound on a
    newline failed its stage. Here that rule excludes control characters, as the converter's
    own rule for unbounded strings does.

    Raises:
        ValueError: The converter could not build a grammar from the schema.
    """
    try:
        rules = json_schema_to_gbnf(json.dumps(schema))
    except Exception as error:  # the converter raises bare Exceptions for what it lacks
        raise ValueError(f"no grammar for this schema: {error}") from error
    return str(rules).replace(_ANY_CHAR, _JSON_CHAR)


class GreedyGrammar:
    """A logits processor for greedy decoding constrained by a JSON schema.

    Use one per answer, as ``logits_processor=[grammar]`` of ``Llama.create_chat_completion``
    at temperature 0 and without ``response_format``; call :meth:`close` when the answer is
    done (or use it as a context manager). Each call leaves only the chosen token possible and
    advances the grammar by it, so the processor must see every token of one answer, in order.
    """

    def __init__(self, llama: Any, schema: dict[str, Any]) -> None:
        """Compile ``schema`` to a grammar for ``llama``'s vocabulary.

        Args:
            llama: A loaded ``llama_cpp.Llama``.
            schema: A JSON schema, as ``response_format`` would carry it.

        Raises:
            ValueError: llama.cpp could not build a grammar from the schema (the caller may
                fall back to ``response_format``).
        """
        rules = json_grammar(schema)
        vocab = llama_cpp.llama_model_get_vocab(llama.model)
        sampler = llama_cpp.llama_sampler_init_grammar(vocab, rules.encode("utf-8"), b"root")
        if not sampler:
            raise ValueError("llama.cpp rejected the grammar built from this schema")
        self._sampler: Any = sampler
        self._one = (llama_cpp.llama_token_data * 1)()
        self.checked_first = 0
        """Tokens where the model's first choice was allowed (one token tested)."""
        self.checked_all = 0
        """Tokens where it was not, and the whole vocabulary was tested."""
        self.stuck = False
        """Whether the grammar once allowed no token at all (the answer is then no longer held
        to the schema, and fails its check)."""

    def _apply(self, data: Any, size: int) -> None:
        candidates = llama_cpp.llama_token_data_array(
            data=ctypes.cast(data, llama_cpp.llama_token_data_p),
            size=size,
            selected=-1,
            sorted=False,
        )
        llama_cpp.llama_sampler_apply(self._sampler, ctypes.byref(candidates))

    def __call__(
        self, input_ids: npt.NDArray[np.intc], scores: npt.NDArray[np.single]
    ) -> npt.NDArray[np.single]:
        """The scores with every token but the grammar's greedy pick at minus infinity."""
        if self._sampler is None:
            raise RuntimeError("this GreedyGrammar is closed; make one per answer")
        best = int(np.argmax(scores))
        self._one[0].id = best  # type: ignore[assignment]  # ctypes converts the int
        self._one[0].logit = 0.0
        self._apply(self._one, 1)
        if np.isneginf(self._one[0].logit):
            self.checked_all += 1
            everyone = np.zeros(scores.shape[0], dtype=_TOKEN_DATA)
            everyone["id"] = np.arange(scores.shape[0], dtype=np.intc)
            everyone["logit"] = scores
            self._apply(everyone.ctypes.data, scores.shape[0])
            best = int(np.argmax(everyone["logit"]))
            if np.isneginf(everyone["logit"][best]):
                # No token fits (a grammar that cannot go on): accepting one would abort the
                # process inside llama.cpp, and an exception raised here would not reach the
                # caller (this runs as a C callback), so the model's own choice goes through
                # and the answer fails its schema check instead.
                self.stuck = True
                return scores
        else:
            self.checked_first += 1
        llama_cpp.llama_sampler_accept(self._sampler, best)
        chosen = np.full_like(scores, -np.inf)
        chosen[best] = 0.0
        return chosen

    def allowed(self, tokens: npt.NDArray[np.intc]) -> npt.NDArray[np.bool_]:
        """Which of ``tokens`` the grammar allows next; the grammar does not advance."""
        if self._sampler is None:
            raise RuntimeError("this GreedyGrammar is closed; make one per answer")
        data = np.zeros(tokens.shape[0], dtype=_TOKEN_DATA)
        data["id"] = tokens
        self._apply(data.ctypes.data, tokens.shape[0])
        result: npt.NDArray[np.bool_] = ~np.isneginf(data["logit"])
        return result

    def fork(self) -> GreedyGrammar:
        """A grammar in this one's state that advances on its own (llama.cpp's sampler clone):
        for trying what it allows further without advancing this one. Close it after."""
        if self._sampler is None:
            raise RuntimeError("this GreedyGrammar is closed; make one per answer")
        other = object.__new__(GreedyGrammar)
        other._sampler = llama_cpp.llama_sampler_clone(self._sampler)
        other._one = (llama_cpp.llama_token_data * 1)()
        other.checked_first = other.checked_all = 0
        other.stuck = self.stuck
        return other

    def accept(self, token: int) -> None:
        """Advance the grammar by ``token``, which :meth:`allowed` allowed."""
        if self._sampler is None:
            raise RuntimeError("this GreedyGrammar is closed; make one per answer")
        llama_cpp.llama_sampler_accept(self._sampler, token)

    def close(self) -> None:
        """Free llama.cpp's grammar (idempotent)."""
        if self._sampler is not None:
            llama_cpp.llama_sampler_free(self._sampler)
            self._sampler = None

    def __enter__(self) -> GreedyGrammar:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()
