#!/usr/bin/env bash
# A region-subset WebAssembly engine, for forms that serve a few countries (as libphonenumber-js's
# custom metadata is):
#   CONTACTCHECK_REGIONS=JP,US npm run build:regions   → dist/regions/contactcheck-wasm.wasm
# Serve that .wasm in place of dist/contactcheck-wasm.wasm, or pass load({ wasmUrl }); the glue
# (contactcheck-wasm.mjs, written next to it too) is the same. "001" in the list adds the
# non-geographic entities (+800, +808...). Numbers of other regions are then not numbers this
# engine knows: invalid_country_code when their calling code is outside the list (+44 for a
# JP,US build), invalid_number when they share one (Canada's +1 with US). A default region
# outside the list is unknown as well, with its dialling prefixes: only numbers written with +
# are read then. Email functions are those of the full engine. CONTACTCHECK_REGIONS_OUT sets the
# output directory. tests/js/regions.test.mjs checks a JP,US build against the full engine.
# Steps: cut the browser metadata (the dependency cache's browser_metadata.cc) down to the
# chosen regions with deps/libphonenumber/metadata/browser_metadata.mjs, compile it with em++,
# and relink the browser module with that object in place of the full one. Needs a finished
# scripts/build.sh (build/wasm, the dependency cache).
set -euo pipefail
cd "$(dirname "$0")/.."
regions=${CONTACTCHECK_REGIONS:?set CONTACTCHECK_REGIONS, e.g. JP,US}
# The relink below reuses build/wasm's link line, which names a dependency cache: the metadata
# comes from that same cache (after a change to deps/, deps/build.sh would name another one until
# scripts/build.sh has reconfigured build/wasm).
deps=$(sed -n 's/^CONTACTCHECK_DEPS:PATH=//p' build/wasm/CMakeCache.txt 2>/dev/null || true)
if [ -z "$deps" ] || [ ! -f "$deps/.complete" ]; then
  echo "[regions] no finished build/wasm and its dependency cache: run scripts/build.sh first" >&2
  exit 1
fi
out=${CONTACTCHECK_REGIONS_OUT:-dist/regions}
case $out in /*) ;; *) out=$PWD/$out ;; esac
work=$(mktemp -d "${TMPDIR:-/tmp}/contactcheck-regions.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}

node deps/libphonenumber/metadata/browser_metadata.mjs --regions "$regions" \
  "$deps/wasm/share/libphonenumber/browser_metadata.cc" >"$work/metadata_subset.cc"
em++ -O3 -std=c++17 -c "$work/metadata_subset.cc" -o "$work/metadata_subset.o"

# The module's own link line (flags, objects, libraries) as CMake wrote it, with the subset
# object in place of the full browser metadata's.
link=build/wasm/wasm/CMakeFiles/contactcheck_wasm.dir
sed -E 's|"?[^ "]*browser_metadata\.cc\.o"?||' "$link/objects1" >"$work/objects1"
cmd=$(cat "$link/link.txt")
cmd=${cmd/@CMakeFiles\/contactcheck_wasm.dir\/objects1/@$work/objects1 $work/metadata_subset.o}
cmd=${cmd/-o $PWD\/dist\/contactcheck-wasm.mjs/-o $out/contactcheck-wasm.mjs}
(cd build/wasm/wasm && eval "$cmd")
echo "$regions" >"$out/REGIONS"
echo "[regions] $regions → $out/ ($(stat -c%s "$out/contactcheck-wasm.wasm") B wasm, $(brotli -c -q 11 "$out/contactcheck-wasm.wasm" | wc -c) B brotli)" >&2
