// The C ABI of the WebAssembly engine, shared by its concept files (email.cc, phone.cc,
// module.cc); wasm/convert.js is its JS half. Plain exports instead of Embind, as
// tree-sitter's web binding does: Embind's runtime was 7.4 kB of the package's brotli (5.8 kB
// of JS glue, 1.6 kB of .wasm), and it copied every string argument through malloc.
//
// Arguments: the JS side writes every string of a call as UTF-8 into one argument area this
// side owns (contactcheck_args), and passes each as (pointer, byte length). A list of strings
// is a table of (pointer, length) pairs and a count; a count of -1 is null (no list given).
// Results: a function returns a pointer to its result's UTF-8 bytes, whose length is left in
// contactcheck_result_size(); a null pointer is JS null. The bytes stay valid until the next call.
#ifndef CONTACTCHECK_WASM_CONVERT_H_
#define CONTACTCHECK_WASM_CONVERT_H_

#include <emscripten/emscripten.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "glue/state.h"

#define CONTACTCHECK_EXPORT extern "C" EMSCRIPTEN_KEEPALIVE

namespace contactcheck::wasm {

inline std::string_view text(const char* p, size_t n) { return {p, n}; }

inline std::optional<std::vector<std::string>> list(const uint32_t* table, int count) {
  if (count < 0) return std::nullopt;
  std::vector<std::string> out;
  out.reserve(static_cast<size_t>(count));
  for (int i = 0; i < count; ++i) {
    out.emplace_back(reinterpret_cast<const char*>(static_cast<uintptr_t>(table[2 * i])), table[2 * i + 1]);
  }
  return out;
}

// The module is single-threaded: one result and one settings object for the instance.
inline uint32_t& result_size() {
  static uint32_t size = 0;
  return size;
}
inline const char* result(std::string s) {
  static std::string kept;
  kept = std::move(s);
  result_size() = static_cast<uint32_t>(kept.size());
  return kept.data();
}
// A result encoded by glue/fields.h: its text stays in state().results until the next call
// encodes, so it is returned in place.
inline const char* result(std::string_view encoded) {
  result_size() = static_cast<uint32_t>(encoded.size());
  return encoded.data();
}
inline const char* result(std::optional<std::string> s) { return s ? result(std::move(*s)) : nullptr; }

inline glue::State& state() {
  static glue::State s;
  return s;
}
inline std::string& results() { return state().results; }

}  // namespace contactcheck::wasm

#endif  // CONTACTCHECK_WASM_CONVERT_H_
