// Argument conversion and per-environment data for the N-API binding.
#ifndef CONTACTCHECK_NODE_CONVERT_H_
#define CONTACTCHECK_NODE_CONVERT_H_

#include <napi.h>

#include <string>
#include <vector>

#include "glue/state.h"

namespace contactcheck::node {

// Per-environment data (the main thread and each worker have their own).
struct AddonData {
  glue::State state;
};

// A result object, encoded by glue/fields.h; js/decode.mjs makes the object.
inline Napi::Value encoded(Napi::Env env, const std::string& s) { return Napi::String::New(env, s); }

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
inline glue::State& state(const Napi::CallbackInfo& info) { return info.Env().GetInstanceData<AddonData>()->state; }

// One registration function per concept file.
void register_email(Napi::Env env, Napi::Object exports);
void register_phone(Napi::Env env, Napi::Object exports);

}  // namespace contactcheck::node

#endif  // CONTACTCHECK_NODE_CONVERT_H_
