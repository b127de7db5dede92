// Email functions for the Node engine.
#include "contactcheck/email/check.h"
#include "contactcheck/email/normalize.h"
#include "contactcheck/email/suggest.h"
#include "glue/fields.h"
#include "node/convert.h"

namespace contactcheck::node {
namespace {

// checkEmail(input, locale)
Napi::Value check_email(const Napi::CallbackInfo& info) {
  const StringArg arg(info, 0);
  const std::string_view input = arg.view();
  glue::State& s = state(info);
  const auto result = email::check(input, s.check_options());
  return encoded(info.Env(), glue::email_check(s.results, input, result, arg_locale(info, 1)));
}

// suggestEmail(input, domains | null)
Napi::Value suggest_email(const Napi::CallbackInfo& info) {
  const std::string input = arg_string(info, 0);
  std::optional<std::string> s;
  if (info[1].IsArray()) s = email::Suggester(arg_strings(info, 1)).suggest(input);
  else s = state(info).current_suggester().suggest(input);
  return s ? Napi::String::New(info.Env(), *s) : info.Env().Null();
}

// setDomains(domains)
Napi::Value set_domains(const Napi::CallbackInfo& info) {
  state(info).suggester = std::make_unique<email::Suggester>(arg_strings(info, 0));
  return info.Env().Undefined();
}

// loadDisposable(text) → number of domains
Napi::Value load_disposable(const Napi::CallbackInfo& info) {
  glue::State& s = state(info);
  s.disposable = email::DomainList::from_text(arg_string(info, 0));
  s.has_disposable = true;
  return Napi::Number::New(info.Env(), static_cast<double>(s.disposable.size()));
}

// normalizeEmail(input, keepAliasesOf)
Napi::Value normalize_email(const Napi::CallbackInfo& info) {
  const StringArg arg(info, 0);
  const std::string_view input = arg.view();
  email::NormalizeOptions options;
  options.keep_aliases_of = arg_strings(info, 1);
  return encoded(info.Env(), glue::email_normalize(results(info), input, email::normalize(input, options)));
}

}  // namespace

void register_email(Napi::Env env, Napi::Object exports) {
  exports.Set("checkEmail", Napi::Function::New(env, check_email, "checkEmail"));
  exports.Set("suggestEmail", Napi::Function::New(env, suggest_email, "suggestEmail"));
  exports.Set("setDomains", Napi::Function::New(env, set_domains, "setDomains"));
  exports.Set("loadDisposable", Napi::Function::New(env, load_disposable, "loadDisposable"));
  exports.Set("normalizeEmail", Napi::Function::New(env, normalize_email, "normalizeEmail"));
}

}  // namespace contactcheck::node
