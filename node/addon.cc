// The Node engine: N-API glue over the core, one file per concept. No behaviour lives here.
#include "contactcheck/messages.h"
#include "glue/fields.h"
#include "node/convert.h"

namespace contactcheck::node {
namespace {

Napi::Value messages(const Napi::CallbackInfo& info) {
  const Locale locale = parse_locale(arg_string(info, 0)).value_or(Locale::en);
  return encoded(info.Env(), glue::all_messages(results(info), locale));
}

// The decoder's key table (glue/encode.h), fetched once per engine by js/api.mjs.
Napi::Value key_names(const Napi::CallbackInfo& info) { return Napi::String::New(info.Env(), glue::key_names()); }

Napi::Value versions(const Napi::CallbackInfo& info) {
  return encoded(info.Env(), glue::versions(results(info), "native"));
}

Napi::Object init(Napi::Env env, Napi::Object exports) {
  env.SetInstanceData(new glue::State);
  exports.Set("keyNames", Napi::Function::New(env, key_names, "keyNames"));
  exports.Set("messages", Napi::Function::New(env, messages, "messages"));
  exports.Set("versions", Napi::Function::New(env, versions, "versions"));
  register_email(env, exports);
  register_phone(env, exports);
  return exports;
}

}  // namespace
}  // namespace contactcheck::node

static Napi::Object InitContactcheck(Napi::Env env, Napi::Object exports) {
  return contactcheck::node::init(env, exports);
}
NODE_API_MODULE(contactcheck, InitContactcheck)
