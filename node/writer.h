// glue/fields.h's object writer over N-API, plus argument conversion.
#ifndef CONTACTCHECK_NODE_WRITER_H_
#define CONTACTCHECK_NODE_WRITER_H_

#include <napi.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "glue/state.h"

namespace contactcheck::node {

class Writer {
 public:
  explicit Writer(Napi::Env env) : env_(env), obj_(Napi::Object::New(env)) {}
  Writer object() const { return Writer(env_); }
  void set(const char* k, std::string_view v) { obj_.Set(k, Napi::String::New(env_, v.data(), v.size())); }
  void set(std::string_view k, std::string_view v) { set(std::string(k).c_str(), v); }
  void set(const char* k, bool v) { obj_.Set(k, Napi::Boolean::New(env_, v)); }
  void set(const char* k, int v) { obj_.Set(k, Napi::Number::New(env_, v)); }
  void set_null(const char* k) { obj_.Set(k, env_.Null()); }
  void set(const char* k, const std::optional<std::string>& v) {
    if (v) set(k, std::string_view(*v)); else set_null(k);
  }
  void set_strings(const char* k, const std::vector<std::string_view>& v) {
    Napi::Array a = Napi::Array::New(env_, v.size());
    for (uint32_t i = 0; i < v.size(); ++i) a.Set(i, Napi::String::New(env_, v[i].data(), v[i].size()));
    obj_.Set(k, a);
  }
  void set_ints(const char* k, const std::vector<int>& v) {
    Napi::Array a = Napi::Array::New(env_, v.size());
    for (uint32_t i = 0; i < v.size(); ++i) a.Set(i, Napi::Number::New(env_, v[i]));
    obj_.Set(k, a);
  }
  void set(const char* k, Writer&& w) { obj_.Set(k, w.obj_); }
  Napi::Object value() const { return obj_; }

 private:
  Napi::Env env_;
  Napi::Object obj_;
};

// The JS layer (js/api.mjs) has already type-checked every argument; these only convert.
inline std::string arg_string(const Napi::CallbackInfo& info, size_t i) {
  return info[i].IsString() ? info[i].As<Napi::String>().Utf8Value() : std::string();
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

// One registration function per concept file.
void register_email(Napi::Env env, Napi::Object exports);
void register_phone(Napi::Env env, Napi::Object exports);

}  // namespace contactcheck::node

#endif  // CONTACTCHECK_NODE_WRITER_H_
