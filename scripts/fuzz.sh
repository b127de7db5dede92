#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (clang, ASan + UBSan; build/fuzz) and runs each for
# FUZZ_SECONDS (default 60) on a corpus seeded from tests/data/*.tsv. Prints the executions per
# target; fails if any target crashes, leaks, hangs (-timeout) or fails to build. Crash inputs
# are kept in build/fuzz/crashes/ (reproduce: build/fuzz/tests/fuzz/fuzz_TARGET FILE).
#   FUZZ_SECONDS=20 bash scripts/fuzz.sh            # what npm test runs
#   FUZZ_TARGETS="parse_phone" bash scripts/fuzz.sh  # a subset
#   FUZZ_PARALLEL=1                                   # targets run side by side (default 2)
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
parallel=${FUZZ_PARALLEL:-2}
targets=${FUZZ_TARGETS:-"check_email suggest_email normalize_email parse_phone as_you_type"}
dir=build/fuzz
deps=$(bash deps/build.sh | tail -n 1)

command -v clang++ >/dev/null || { echo "[fuzz] clang++ missing (apt-get install clang libclang-rt-14-dev)" >&2; exit 1; }
if [ ! -f "$dir/Makefile" ] || ! grep -q "CONTACTCHECK_DEPS:PATH=$deps\$" "$dir/CMakeCache.txt"; then
  rm -rf "$dir"
  CC=clang CXX=clang++ cmake -S . -B "$dir" -DCONTACTCHECK_DEPS="$deps" -DCONTACTCHECK_FUZZ=ON \
    -DCONTACTCHECK_TESTS=OFF -DCONTACTCHECK_BENCH=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCONTACTCHECK_DIST="$PWD/$dir/dist" >/dev/null || { echo "[fuzz] configure failed" >&2; exit 1; }
fi
echo "[fuzz] build ($dir)" >&2
if ! cmake --build "$dir" --target fuzzers -j "${JOBS:-2}" >"$dir/build.log" 2>&1; then
  grep -E -B2 -A12 'error|Error' "$dir/build.log" | head -60 >&2
  echo "[fuzz] build failed: $dir/build.log" >&2
  exit 1
fi
node tests/fuzz/make_corpus.mjs "$dir/seeds" >"$dir/seeds.json" || exit 1
mkdir -p "$dir/logs" "$dir/crashes"

run() { # TARGET
  local t=$1
  mkdir -p "$dir/corpus/$t"
  # -rss_limit_mb: a leak or a quadratic blow-up fails; -timeout: one input > 10 s is a hang.
  "$dir/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -max_len=4096 -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$dir/crashes/$t-" \
    "$dir/corpus/$t" "$dir/seeds/$t" >"$dir/logs/$t.log" 2>&1
  echo $? >"$dir/logs/$t.status"
}
export -f run 2>/dev/null
running=0
for t in $targets; do
  run "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$parallel" ]; then wait -n; running=$((running - 1)); fi
done
wait

status=0
printf '%-16s %12s %10s %8s %s\n' target executions exec/s corpus result
for t in $targets; do
  log=$dir/logs/$t.log
  execs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -1)
  rate=$(grep -Eo 'stat::average_exec_per_sec: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -1)
  corpus=$(ls "$dir/corpus/$t" | wc -l)
  if [ "$(cat "$dir/logs/$t.status" 2>/dev/null)" = 0 ]; then result=ok; else
    result="FAILED (see $log; input: $(ls -t "$dir/crashes/$t-"* 2>/dev/null | head -1))"
    status=1
  fi
  printf '%-16s %12s %10s %8s %s\n' "$t" "${execs:-?}" "${rate:-?}" "$corpus" "$result"
done
[ $status = 0 ] && echo "[fuzz] ok: ${seconds}s per target" || echo "[fuzz] a target failed" >&2
exit $status
