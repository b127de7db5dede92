// glue/fields.h's object writer over emscripten::val.
#ifndef CONTACTCHECK_WASM_WRITER_H_
#define CONTACTCHECK_WASM_WRITER_H_

#include <emscripten/val.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "glue/state.h"

namespace contactcheck::wasm {

using emscripten::val;

class Writer {
 public:
  Writer() : obj_(val::object()) {}
  Writer object() const { return Writer(); }
  void set(const char* k, std::string_view v) { obj_.set(k, val(std::string(v))); }
  void set(std::string_view k, std::string_view v) { obj_.set(std::string(k), val(std::string(v))); }
  void set(const char* k, bool v) { obj_.set(k, v); }
  void set(const char* k, int v) { obj_.set(k, v); }
  void set_null(const char* k) { obj_.set(k, val::null()); }
  void set(const char* k, const std::optional<std::string>& v) {
    if (v) set(k, std::string_view(*v)); else set_null(k);
  }
  void set_strings(const char* k, const std::vector<std::string_view>& v) {
    val a = val::array();
    for (std::string_view s : v) a.call<void>("push", val(std::string(s)));
    obj_.set(k, a);
  }
  void set_ints(const char* k, const std::vector<int>& v) {
    val a = val::array();
    for (int n : v) a.call<void>("push", n);
    obj_.set(k, a);
  }
  void set(const char* k, Writer&& w) { obj_.set(k, w.obj_); }
  val value() const { return obj_; }

 private:
  val obj_;
};

inline std::vector<std::string> strings(const val& array) {
  std::vector<std::string> out;
  if (!array.isArray()) return out;
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

#endif  // CONTACTCHECK_WASM_WRITER_H_
