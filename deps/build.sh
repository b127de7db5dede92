#!/usr/bin/env bash
# Builds the third-party dependencies of both engines into a cache outside the repository:
#   $CACHE/deps-<key>/native   libphonenumber (+ its test binary) for the Node addon
#   $CACHE/deps-<key>/wasm     abseil, RE2 and libphonenumber for Emscripten (its message classes
#                              are plain C++ there, no protobuf: libphonenumber/plain_messages/)
# <key> hashes deps/ (pins, this script, the libphonenumber recipe, patches/), so any change to
# a pin or a recipe builds afresh and an unchanged tree reuses the cache. Prints the prefix on
# the last line of stdout.
#
# Sources come from Debian source packages only, fetched through a private apt configuration
# (never the system's sources), and are verified against the SHA-256 pinned in pins.env.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=pins.env
source "$here/pins.env"

cache_root=${CONTACTCHECK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/contactcheck}
key=$(cd "$here" && find . -type f | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-16)
prefix="$cache_root/deps-$key"
jobs=${JOBS:-$(nproc)}
log() { echo "[deps] $*" >&2; }

if [ -f "$prefix/.complete" ]; then
  log "cached: $prefix"
  # Its modification time says when a build last used it: the pruning below keeps the caches
  # used last, not the ones built last, so a build tree still configured on this one keeps it.
  touch "$prefix"
  echo "$prefix"
  exit 0
fi

mkdir -p "$cache_root"
exec 9>"$cache_root/.lock"
flock 9
if [ -f "$prefix/.complete" ]; then echo "$prefix"; exit 0; fi
rm -rf "$prefix"
mkdir -p "$prefix/src"
started=$(date +%s)

# --- fetch -------------------------------------------------------------------------------
apt_dir="$cache_root/apt"
downloads="$cache_root/sources"
mkdir -p "$apt_dir/lists/partial" "$downloads"
cat >"$apt_dir/sources.list" <<EOF
deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm main
deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main
EOF
apt_opts=(-o "Dir::Etc::sourcelist=$apt_dir/sources.list" -o "Dir::Etc::sourceparts=-"
          -o "Dir::State::Lists=$apt_dir/lists" -o "APT::Get::List-Cleanup=0"
          -o "Dir::Cache=$apt_dir/cache" -q)
lists_updated=0

fetch() { # NAME: downloads ${NAME}_ORIG through apt-get source unless already verified
  local orig_var="${1}_ORIG" sha_var="${1}_SHA256" ver_var="${1}_DEBVER" pkg=$2
  local orig=${!orig_var} sha=${!sha_var}
  if [ -f "$downloads/$orig" ] && echo "$sha  $downloads/$orig" | sha256sum -c --quiet 2>/dev/null; then
    return
  fi
  if [ $lists_updated = 0 ]; then
    log "apt-get update (private source list)"
    mkdir -p "$apt_dir/cache"
    apt-get "${apt_opts[@]}" update >&2
    lists_updated=1
  fi
  log "apt-get source $pkg=${!ver_var}"
  # --download-only fetches .dsc, .orig and .debian; only the verified .orig is used (trixie's
  # mirror serves the libphonenumber .orig but not its .dsc, hence `|| true`).
  (cd "$downloads" && apt-get "${apt_opts[@]}" source --download-only "$pkg=${!ver_var}" >&2) || true
  echo "$sha  $downloads/$orig" | sha256sum -c --quiet || { log "checksum mismatch or missing: $orig"; exit 1; }
}
fetch LIBPHONENUMBER libphonenumber
fetch RE2 re2
fetch ABSEIL abseil

extract() { # TARBALL DIR
  mkdir -p "$2"
  tar -xf "$downloads/$1" -C "$2" --strip-components=1
}
src="$prefix/src"
extract "$LIBPHONENUMBER_ORIG" "$src/libphonenumber"
extract "$RE2_ORIG" "$src/re2"
extract "$ABSEIL_ORIG" "$src/abseil"

# --- patch -------------------------------------------------------------------------------
# libphonenumber's RE2 adapter names StringPiece unqualified; RE2 2022 only has re2::StringPiece.
sed -i 's|^#include <re2/stringpiece.h>|&\nusing re2::StringPiece;|' \
  "$src/libphonenumber/cpp/src/phonenumbers/regexp_adapter_re2.cc"
# FormatNsnWithCarrier binds the region's formats by value: every Format() call copies each
# NumberFormat message of the region (JP: 15, with 24 leading-digits strings). malloc, free and
# protobuf string copies were about a quarter of phone::parse's perf samples. A const reference
# behaves the same (the metadata outlives the call): Format NATIONAL 3.17 → 1.63 µs,
# INTERNATIONAL 2.43 → 1.31 µs, phone::parse 112k → 150k calls/s (bench/core). The greps fail
# the build if upstream changes the line, so the fix cannot silently stop applying.
grep -q '^  const RepeatedPtrField<NumberFormat> available_formats =$' \
  "$src/libphonenumber/cpp/src/phonenumbers/phonenumberutil.cc"
sed -i 's|^  const RepeatedPtrField<NumberFormat> available_formats =$|  const RepeatedPtrField<NumberFormat>\& available_formats =|' \
  "$src/libphonenumber/cpp/src/phonenumbers/phonenumberutil.cc"
grep -q '^  const RepeatedPtrField<NumberFormat>& available_formats =$' \
  "$src/libphonenumber/cpp/src/phonenumbers/phonenumberutil.cc"
# RegExpCache finds a compiled pattern by its text in a std::map: about ten string compares per
# lookup, a dozen lookups per parse, on patterns of up to 1.4 kB. In the WebAssembly build the
# compares were 14 % of parsePhone's profile (GetRegExp 17 % in all). std::unordered_map (one
# hash, one compare; the map sits behind a pointer, so RegExpCache's layout is unchanged):
# WASM parsePhone 56-58k → 64-65k/s; native unchanged (150-155k vs 146-152k/s, noise).
lpn_cache="$src/libphonenumber/cpp/src/phonenumbers/regexp_cache.h"
grep -q '^#  include <map>$' "$lpn_cache"
grep -q '^  typedef std::map<string, const RegExp\*> CacheImpl;$' "$lpn_cache"
sed -i -e 's|^#  include <map>$|#  include <unordered_map>|' \
  -e 's|^  typedef std::map<string, const RegExp\*> CacheImpl;$|  typedef std::unordered_map<string, const RegExp*> CacheImpl;|' \
  "$lpn_cache"
grep -q '^  typedef std::unordered_map<string, const RegExp\*> CacheImpl;$' "$lpn_cache"
# No iostreams in the browser module. Two live uses of a stringstream were left: RE2's
# LogMessage (util/logging.h; its LOG(ERROR)/LOG(DFATAL) lines run only on internal errors) and
# libphonenumber's int-to-string for its logger (default_logger.h). An ostream needs a
# std::locale, and libc++'s locale installs every standard facet, money and time included:
# 93 kB of the module's 420 kB of code. RE2 gets a std::string-backed LogStream
# (deps/patches/re2_log_stream.h, same message text); libphonenumber gets std::to_string, which
# gives the same digits. RE2 is built from source for WebAssembly only; the native engine links
# Debian's libre2, where iostreams cost nothing (libstdc++ is shared).
lpn_logger="$src/libphonenumber/cpp/src/phonenumbers/default_logger.h"
perl -0pi -e 's/    stringstream stream;\n    stream << n;\n    string result;\n    stream >> result;\n    return result;\n/    return std::to_string(n);\n/' "$lpn_logger"
grep -q '^    return std::to_string(n);$' "$lpn_logger"
! grep -q 'stringstream stream;' "$lpn_logger"
re2_logging="$src/re2/util/logging.h"
grep -q '^#include <sstream>$' "$re2_logging"
grep -q '^  std::ostream& stream() { return str_; }$' "$re2_logging"
grep -q '^  std::ostringstream str_;$' "$re2_logging"
cp "$here/patches/re2_log_stream.h" "$src/re2/util/log_stream.h"
sed -i -e '/^#include <ostream>$/d' -e 's|^#include <sstream>$|#include "util/log_stream.h"|' \
  -e 's|^  std::ostream& stream() { return str_; }$|  LogStream\& stream() { return str_; }|' \
  -e 's|^  std::ostringstream str_;$|  LogStream str_;|' "$re2_logging"
! grep -q 'ostream' "$re2_logging"
# Patches to libphonenumber (speed, size, a crash fix, the JS adapter's selection), one concern
# per file, each with its reason and measurement in its header (deps/patches/libphonenumber/).
# --fuzz=0: a patch that no longer applies exactly fails the build instead of landing somewhere
# else.
for p in "$here"/patches/libphonenumber/*.patch; do
  patch -d "$src/libphonenumber" -p1 --forward --fuzz=0 --no-backup-if-mismatch --quiet <"$p"
done
# Debian's re2 +dfsg tarball drops the generated Unicode tables; regenerate them as Debian's
# rules do (REBUILD_TABLES), from Debian's unicode-data instead of unicode.org.
(
  cd "$src/re2/re2"
  sed -i -e 's|^_UNICODE_DIR = .*|_UNICODE_DIR = "/usr/share/unicode"|' \
         -e 's|^from six.moves import urllib|import urllib.request|' unicode.py
  perl make_perl_groups.pl >perl_groups.cc
  python3 make_unicode_casefold.py >unicode_casefold.cc
  python3 make_unicode_groups.py >unicode_groups.cc
)

# --- native ------------------------------------------------------------------------------
log "native: libphonenumber"
cmake -S "$here/libphonenumber" -B "$prefix/build/native" -DCMAKE_BUILD_TYPE=Release \
  -DLPN_SOURCE_DIR="$src/libphonenumber" -DCMAKE_INSTALL_PREFIX="$prefix/native" \
  -DCMAKE_CXX_FLAGS="$NATIVE_DEP_CXXFLAGS" -DCMAKE_C_FLAGS="$NATIVE_DEP_CXXFLAGS" \
  -DCMAKE_CXX_FLAGS_RELEASE= -DCMAKE_C_FLAGS_RELEASE= >&2
cmake --build "$prefix/build/native" -j "$jobs" >&2
cmake --install "$prefix/build/native" >&2

# --- wasm --------------------------------------------------------------------------------
# Debian's emcc needs its bundled node modules (acorn) for optimized links.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
wasm="$prefix/wasm"
# __FILE__ in the dependencies' sources (RE2's and Abseil's log lines) is written relative to the
# cache directory: the browser module would otherwise carry this machine's cache path, and
# its bytes (and size) would change with the cache key.
wasm_prefix_map="-fmacro-prefix-map=$prefix/="
wasm_cmake() { # SRC BUILD [ARGS...]
  local s=$1 b=$2; shift 2
  emcmake cmake -S "$s" -B "$b" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX="$wasm" \
    -DCMAKE_PREFIX_PATH="$wasm" -DCMAKE_FIND_ROOT_PATH="$wasm" \
    -DCMAKE_CXX_FLAGS="$WASM_DEP_CXXFLAGS $wasm_prefix_map" -DCMAKE_C_FLAGS="$WASM_DEP_CXXFLAGS $wasm_prefix_map" \
    -DCMAKE_CXX_FLAGS_RELEASE= -DCMAKE_C_FLAGS_RELEASE= \
    -DBUILD_SHARED_LIBS=OFF "$@" >&2
}

log "wasm: abseil"
wasm_cmake "$src/abseil" "$prefix/build/abseil" -DABSL_PROPAGATE_CXX_STD=ON -DCMAKE_CXX_STANDARD=17 \
  -DBUILD_TESTING=OFF
cmake --build "$prefix/build/abseil" -j "$jobs" >&2
cmake --install "$prefix/build/abseil" >&2

log "wasm: re2"
wasm_cmake "$src/re2" "$prefix/build/re2" -DRE2_BUILD_TESTING=OFF -DCMAKE_CXX_STANDARD=17
cmake --build "$prefix/build/re2" -j "$jobs" >&2
cmake --install "$prefix/build/re2" >&2

log "wasm: libphonenumber"
wasm_cmake "$here/libphonenumber" "$prefix/build/wasm" -DLPN_SOURCE_DIR="$src/libphonenumber" \
  -DLPN_DEPS_PREFIX="$wasm" -DGTEST_SOURCE_DIR=/usr/src/googletest \
  -DLPN_HOT_CXXFLAGS="$WASM_DEP_HOT_CXXFLAGS"
cmake --build "$prefix/build/wasm" -j "$jobs" >&2
cmake --install "$prefix/build/wasm" >&2

rm -rf "$prefix/build" "$src"
touch "$prefix/.complete"
log "built in $(( $(date +%s) - started )) s: $prefix"

# Every change to deps/ makes a new cache (~30 MB) and nothing used to remove the old ones. The
# CONTACTCHECK_CACHE_KEEP used last stay (default 2: this one and the one used before it, for a
# build tree or another checkout still on it); 0 keeps all. Under the lock, so no other
# dependency build is running. (Until 2026-11-30 the newest by build time stayed: a change to
# deps/ during a bench made its region relink build a new cache and remove the one that
# build/wasm was configured on, and the relink failed.)
keep=${CONTACTCHECK_CACHE_KEEP:-2}
if [ "$keep" -gt 0 ]; then
  for old in $(ls -1dt "$cache_root"/deps-*/ | tail -n +$((keep + 1))); do
    old=${old%/}
    [ "$old" = "$prefix" ] && continue
    log "removing an older cache: $old"
    rm -rf "$old"
  done
fi
echo "$prefix"
