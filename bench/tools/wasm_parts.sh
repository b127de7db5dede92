#!/usr/bin/env bash
# The browser module relinked with its function names kept (--profiling-funcs), for
# bench/tools/wasm_parts.mjs to say what its bytes are made of:
#   bash bench/tools/wasm_parts.sh   → build/parts/contactcheck-wasm.wasm
# Needs a finished `scripts/build.sh`. The data section is byte for byte that of
# dist/contactcheck-wasm.wasm and the code section is the same size, with the same functions in
# another order (Emscripten 3.1.6 lays them out differently when it keeps names; so does
# --emit-symbol-map), so a call's index may take a byte more or less in a body.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=build/parts
mkdir -p "$out"
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
link=build/wasm/wasm/CMakeFiles/contactcheck_wasm.dir
cmd=$(cat "$link/link.txt")
cmd=${cmd/-o $PWD\/dist\/contactcheck-wasm.mjs/--profiling-funcs -o $PWD/$out/contactcheck-wasm.mjs}
(cd build/wasm/wasm && eval "$cmd")
echo "[parts] $out/contactcheck-wasm.wasm ($(stat -c%s "$out/contactcheck-wasm.wasm") B with names)" >&2
