#!/usr/bin/env bash
# The GoogleTest suite of the core under AddressSanitizer + UndefinedBehaviorSanitizer
# (g++, -DCONTACTCHECK_SANITIZE=ON, build dir build/asan). Only the test binary is built: the
# Node addon would need the ASan runtime preloaded into node, and libphonenumber's own test
# binary (uninstrumented, from the deps prefix) already runs in scripts/test.sh.
# Any sanitizer report aborts the run (-fno-sanitize-recover=all, halt_on_error), leaks included.
set -uo pipefail
cd "$(dirname "$0")/.."
dir=build/asan
deps=$(bash deps/build.sh | tail -n 1)
if [ ! -f "$dir/Makefile" ] || ! grep -q "CONTACTCHECK_DEPS:PATH=$deps\$" "$dir/CMakeCache.txt"; then
  rm -rf "$dir"
  cmake -S . -B "$dir" -DCONTACTCHECK_DEPS="$deps" -DCONTACTCHECK_SANITIZE=ON -DCONTACTCHECK_BENCH=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCONTACTCHECK_DIST="$PWD/$dir/dist" >/dev/null \
    || { echo "[sanitize] configure failed" >&2; exit 1; }
fi
echo "[sanitize] build ($dir)" >&2
if ! cmake --build "$dir" --target contactcheck_core_test -j "${JOBS:-2}" >"$dir/build.log" 2>&1; then
  grep -E -B2 -A12 'error|Error' "$dir/build.log" | head -60 >&2
  echo "[sanitize] build failed: $dir/build.log" >&2
  exit 1
fi
export ASAN_OPTIONS=${ASAN_OPTIONS:-halt_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
mkdir -p test-output
"$dir/tests/core/contactcheck_core_test" --gtest_brief=1 2>&1 | tee test-output/sanitize.log | tail -n 30
status=${PIPESTATUS[0]}
if grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:' test-output/sanitize.log; then status=1; fi
[ "$status" = 0 ] && echo "[sanitize] ok: core tests clean under ASan + UBSan" || echo "[sanitize] FAILED: test-output/sanitize.log" >&2
exit "$status"
