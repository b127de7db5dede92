// glue/fields.h's object writer over N-API, plus argument conversion.
#ifndef CONTACTCHECK_NODE_WRITER_H_
#define CONTACTCHECK_NODE_WRITER_H_

#include <napi.h>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "glue/state.h"

namespace contactcheck::node {

// Per-environment data (the main thread and each worker have their own): the binding-neutral
// state, and the property names of result objects made into JS strings once. Napi's Set(const
// char*, …) converts and internalizes the key from UTF-8 on every call, a large part of a
// short call's cost. Node 20's N-API cannot reference a string, so the strings live in one
// referenced array.
struct AddonData {
  glue::State state;
  Napi::Reference<Napi::Array> key_strings;
  // Index into key_strings, by the literal's address: every cached key is a literal of glue/fields.h.
  std::unordered_map<const char*, uint32_t> key_index;

  explicit AddonData(Napi::Env env) : key_strings(Napi::Persistent(Napi::Array::New(env))) {}

  Napi::Value key(Napi::Array strings, const char* k) {
    auto it = key_index.find(k);
    if (it == key_index.end()) {
      it = key_index.emplace(k, static_cast<uint32_t>(key_index.size())).first;
      strings.Set(it->second, Napi::String::New(strings.Env(), k));
    }
    return strings.Get(it->second);
  }
};

class Writer {
 public:
  explicit Writer(Napi::Env env)
      : env_(env),
        data_(env.GetInstanceData<AddonData>()),
        keys_(data_->key_strings.Value()),
        obj_(Napi::Object::New(env)) {}
  Writer object() const { return Writer(env_); }
  void set(const char* k, std::string_view v) { put(k, Napi::String::New(env_, v.data(), v.size())); }
  // A key that is not a literal (the message table's): not cached.
  void set(std::string_view k, std::string_view v) {
    obj_.Set(Napi::String::New(env_, k.data(), k.size()), Napi::String::New(env_, v.data(), v.size()));
  }
  void set(const char* k, bool v) { put(k, Napi::Boolean::New(env_, v)); }
  void set(const char* k, int v) { put(k, Napi::Number::New(env_, v)); }
  void set_null(const char* k) { put(k, env_.Null()); }
  void set(const char* k, const std::optional<std::string>& v) {
    if (v) set(k, std::string_view(*v)); else set_null(k);
  }
  void set_strings(const char* k, const std::vector<std::string_view>& v) {
    Napi::Array a = Napi::Array::New(env_, v.size());
    for (uint32_t i = 0; i < v.size(); ++i) a.Set(i, Napi::String::New(env_, v[i].data(), v[i].size()));
    put(k, a);
  }
  void set_ints(const char* k, const std::vector<int>& v) {
    Napi::Array a = Napi::Array::New(env_, v.size());
    for (uint32_t i = 0; i < v.size(); ++i) a.Set(i, Napi::Number::New(env_, v[i]));
    put(k, a);
  }
  void set(const char* k, Writer&& w) { put(k, w.obj_); }
  Napi::Object value() const { return obj_; }

 private:
  void put(const char* k, napi_value v) { obj_.Set(data_->key(keys_, k), v); }

  Napi::Env env_;
  AddonData* data_;
  Napi::Array keys_;
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
inline glue::State& state(const Napi::CallbackInfo& info) { return info.Env().GetInstanceData<AddonData>()->state; }

// One registration function per concept file.
void register_email(Napi::Env env, Napi::Object exports);
void register_phone(Napi::Env env, Napi::Object exports);

}  // namespace contactcheck::node

#endif  // CONTACTCHECK_NODE_WRITER_H_
