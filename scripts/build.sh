#!/usr/bin/env bash
# Builds what is missing: set-up, the cached dependencies, then both engines of the project
# (build/native → dist/contactcheck.node, build/wasm → dist/contactcheck-wasm.{mjs,wasm})
# and the data files the JS package loads. Incremental: a second run only relinks what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
deps=$(bash deps/build.sh | tail -n 1)
jobs=${JOBS:-$(nproc)}
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}  # Debian emcc needs its acorn

configure() { # DIR CMAKE...
  local dir=$1; shift
  if [ ! -f "$dir/Makefile" ] || ! grep -q "CONTACTCHECK_DEPS:PATH=$deps\$" "$dir/CMakeCache.txt"; then
    rm -rf "$dir"
    "$@" -S . -B "$dir" -DCONTACTCHECK_DEPS="$deps" >/dev/null
  fi
}
configure build/native cmake
configure build/wasm emcmake cmake -DCMAKE_FIND_ROOT_PATH="$deps/wasm"
build() { # DIR NAME
  echo "[build] $2" >&2
  if ! cmake --build "$1" -j "$jobs" >"$1/build.log" 2>&1; then
    grep -E -B2 -A12 'error|Error' "$1/build.log" | head -80 >&2 || true
    echo "[build] $2 failed: $1/build.log" >&2
    exit 1
  fi
}
build build/native native
build build/wasm wasm
[ -f scripts/build-data.mjs ] && node scripts/build-data.mjs
echo "[build] ok: dist/ ($(ls dist | tr '\n' ' '))" >&2
