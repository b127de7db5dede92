#!/usr/bin/env bash
# A region-subset WebAssembly engine, for forms that serve a few countries:
#   CONTACTCHECK_REGIONS=JP,US bash bench/tools/build_subset.sh   → build/subset/dist/contactcheck-wasm.{mjs,wasm}
# Needs a finished `scripts/build.sh` (build/wasm, the dependency cache). Steps: cut the browser
# metadata (the dependency cache's browser_metadata.cc) down to the chosen regions ("001" adds
# the non-geographic entities) with deps/libphonenumber/metadata/browser_metadata.mjs, compile
# it with em++, and relink the browser module with that object in place of the full one.
# Everything else is the normal build. Numbers outside the chosen regions then parse as
# invalid_country_code.
set -euo pipefail
cd "$(dirname "$0")/../.."
regions=${CONTACTCHECK_REGIONS:?set CONTACTCHECK_REGIONS, e.g. JP,US}
deps=$(bash deps/build.sh | tail -n 1)
out=${CONTACTCHECK_SUBSET_DIST:-build/subset/dist}
work=build/subset
mkdir -p "$work" "$out"
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

node deps/libphonenumber/metadata/browser_metadata.mjs --regions "$regions" \
  "$deps/wasm/share/libphonenumber/browser_metadata.cc" >"$work/metadata_subset.cc"
em++ -O3 -std=c++17 -c "$work/metadata_subset.cc" -o "$work/metadata_subset.o"

# The module's own link line (flags, objects, libraries) as CMake wrote it, with the subset
# object in place of the full browser metadata's.
link=build/wasm/wasm/CMakeFiles/contactcheck_wasm.dir
sed -E 's|"?[^ "]*browser_metadata\.cc\.o"?||' "$link/objects1" >"$work/objects1"
cmd=$(cat "$link/link.txt")
cmd=${cmd/@CMakeFiles\/contactcheck_wasm.dir\/objects1/@$PWD/$work/objects1 $PWD/$work/metadata_subset.o}
cmd=${cmd/-o $PWD\/dist\/contactcheck-wasm.mjs/-o $PWD/$out/contactcheck-wasm.mjs}
(cd build/wasm/wasm && eval "$cmd")
echo "$regions" >"$out/REGIONS"
echo "[subset] $regions → $out/ ($(stat -c%s "$out/contactcheck-wasm.wasm") B wasm, $(brotli -c -q 11 "$out/contactcheck-wasm.wasm" | wc -c) B brotli)" >&2
