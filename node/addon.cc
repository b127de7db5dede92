// The Node engine: N-API glue over the core, one file per concept. No behaviour lives here.
#include "contactcheck/messages.h"
#include "glue/fields.h"
#include "node/writer.h"

namespace contactcheck::node {
namespace {

Napi::Value messages(const Napi::CallbackInfo& info) {
  const Locale locale = parse_locale(arg_string(info, 0)).value_or(Locale::en);
  return glue::all_messages(Writer(info.Env()), locale).value();
}

Napi::Value versions(const Napi::CallbackInfo& info) {
  return glue::versions(Writer(info.Env()), "native").value();
}

Napi::Object init(Napi::Env env, Napi::Object exports) {
  env.SetInstanceData(new AddonData(env));
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
