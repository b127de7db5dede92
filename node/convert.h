// Argument conversion for the N-API binding, and its per-environment glue::State (the main
// thread and each worker have their own, as N-API instance data).
#ifndef CONTACTCHECK_NODE_CONVERT_H_
#define CONTACTCHECK_NODE_CONVERT_H_

#include <napi.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "contactcheck/locale.h"
#include "glue/state.h"

namespace contactcheck::node {

// A result object, encoded by glue/fields.h; js/decode.mjs makes the object.
// Most results are ASCII; V8 copies ASCII given as Latin-1 without decoding it as UTF-8.
inline Napi::Value encoded(Napi::Env env, std::string_view s) {
  unsigned char high = 0;
  for (char c : s) high |= static_cast<unsigned char>(c);
  if (high < 0x80) {
    napi_value out;
    if (napi_create_string_latin1(env, s.data(), s.size(), &out) == napi_ok) return Napi::Value(env, out);
  }
  return Napi::String::New(env, s.data(), s.size());
}

// The JS layer (js/api.mjs) has already type-checked every argument; these only convert.
// A form's input fits the stack buffer: one N-API call instead of three (type, length, copy).
// The text is read as UTF-16 and encoded here: V8's String::WriteUtf8, behind
// napi_get_value_string_utf8, checks every character on its slow path and was ~8 % of a native
// checkEmail; copying the code units out is a plain loop, and so is encoding ASCII. The view
// lives as long as the StringArg: no heap copy for a call's main input.
class StringArg {
 public:
  StringArg(const Napi::CallbackInfo& info, size_t i) {
    char16_t units[kUnits + 1];
    size_t n = 0;
    if (napi_get_value_string_utf16(info.Env(), info[i], units, kUnits + 1, &n) != napi_ok) n = 0;
    if (n == kUnits) {  // may have been cut short
      heap_ = info[i].As<Napi::String>().Utf8Value();
      view_ = heap_;
    } else {
      view_ = std::string_view(buf_, encode_utf8(units, n, buf_));
    }
  }
  StringArg(const StringArg&) = delete;
  StringArg& operator=(const StringArg&) = delete;
  std::string_view view() const { return view_; }

 private:
  static constexpr size_t kUnits = 255;

  // As napi_get_value_string_utf8 writes it: a lone surrogate becomes U+FFFD.
  static size_t encode_utf8(const char16_t* u, size_t n, char* out) {
    // Typed addresses and numbers are ASCII: two loops the compiler vectorizes.
    unsigned any = 0;
    for (size_t k = 0; k < n; ++k) any |= u[k];
    if (any < 0x80) {
      for (size_t k = 0; k < n; ++k) out[k] = static_cast<char>(u[k]);
      return n;
    }
    char* p = out;
    for (size_t k = 0; k < n; ++k) {
      unsigned c = u[k];
      if (c < 0x80) {
        *p++ = static_cast<char>(c);
        continue;
      }
      if (c < 0x800) {
        *p++ = static_cast<char>(0xC0 | (c >> 6));
        *p++ = static_cast<char>(0x80 | (c & 0x3F));
        continue;
      }
      if (c >= 0xD800 && c <= 0xDFFF) {
        if (c <= 0xDBFF && k + 1 < n && u[k + 1] >= 0xDC00 && u[k + 1] <= 0xDFFF) {
          c = 0x10000 + ((c - 0xD800) << 10) + (u[++k] - 0xDC00);
          *p++ = static_cast<char>(0xF0 | (c >> 18));
          *p++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
          *p++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
          *p++ = static_cast<char>(0x80 | (c & 0x3F));
          continue;
        }
        c = 0xFFFD;
      }
      *p++ = static_cast<char>(0xE0 | (c >> 12));
      *p++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      *p++ = static_cast<char>(0x80 | (c & 0x3F));
    }
    return static_cast<size_t>(p - out);
  }

  char buf_[kUnits * 3];  // a unit is at most 3 bytes of UTF-8 (a pair of them, 4)
  std::string heap_;
  std::string_view view_;
};
inline std::string arg_string(const Napi::CallbackInfo& info, size_t i) {
  return std::string(StringArg(info, i).view());
}
// A locale tag. The JS layer passes "" for none, which is seen here from the string's length
// alone: converting that "" like any other argument was 3-5 % of a native checkEmail.
inline std::optional<Locale> arg_locale(const Napi::CallbackInfo& info, size_t i) {
  size_t units = 0;
  if (napi_get_value_string_latin1(info.Env(), info[i], nullptr, 0, &units) != napi_ok || units == 0) return std::nullopt;
  return parse_locale(StringArg(info, i).view());
}
inline std::vector<std::string> arg_strings(const Napi::CallbackInfo& info, size_t i) {
  std::vector<std::string> out;
  if (!info[i].IsArray()) return out;
  Napi::Array a = info[i].As<Napi::Array>();
  for (uint32_t k = 0; k < a.Length(); ++k) {
    Napi::Value v = a.Get(k);
    if (v.IsString()) out.push_back(v.As<Napi::String>().Utf8Value());
  }
  return out;
}
inline glue::State& state(const Napi::CallbackInfo& info) { return *info.Env().GetInstanceData<glue::State>(); }
inline std::string& results(const Napi::CallbackInfo& info) { return state(info).results; }

// One registration function per concept file.
void register_email(Napi::Env env, Napi::Object exports);
void register_phone(Napi::Env env, Napi::Object exports);

}  // namespace contactcheck::node

#endif  // CONTACTCHECK_NODE_CONVERT_H_
