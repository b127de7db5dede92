// Argument conversion and the instance's settings for the Embind binding. Results are
// returned as glue/encode.h strings (std::string), which js/decode.mjs makes into objects.
#ifndef CONTACTCHECK_WASM_CONVERT_H_
#define CONTACTCHECK_WASM_CONVERT_H_

#include <emscripten/val.h>

#include <string>
#include <vector>

#include "glue/state.h"

namespace contactcheck::wasm {

using emscripten::val;

// js/api.mjs passes null for an absent list: isNull() is a handle compare in C++, while
// isArray() and ["length"] are calls into JS (six per call for an empty array).
inline std::vector<std::string> strings(const val& array) {
  std::vector<std::string> out;
  if (array.isNull() || !array.isArray()) return out;
  const unsigned n = array["length"].as<unsigned>();
  for (unsigned i = 0; i < n; ++i) {
    val v = array[i];
    if (v.isString()) out.push_back(v.as<std::string>());
  }
  return out;
}

// The module is single-threaded: one settings object for the instance.
inline glue::State& state() {
  static glue::State s;
  return s;
}

}  // namespace contactcheck::wasm

#endif  // CONTACTCHECK_WASM_CONVERT_H_
