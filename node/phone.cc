// Phone functions for the Node engine.
#include "contactcheck/phone/as_you_type.h"
#include "contactcheck/phone/countries.h"
#include "contactcheck/phone/parse.h"
#include "glue/fields.h"
#include "node/convert.h"

namespace contactcheck::node {
namespace {

// parsePhone(input, region, types, regionOnly, locale)
Napi::Value parse_phone(const Napi::CallbackInfo& info) {
  const StringArg arg(info, 0);
  const std::string_view input = arg.view();
  const std::string region = arg_string(info, 1);
  phone::ParseOptions options;
  options.region = region;
  for (const std::string& t : arg_strings(info, 2)) {
    if (auto type = phone::parse_type(t)) options.types.push_back(*type);
  }
  options.region_only = info[3].IsBoolean() && info[3].As<Napi::Boolean>().Value();
  const auto result = phone::parse(input, options);
  return encoded(info.Env(), glue::phone_parse(results(info), input, result, arg_locale(info, 4)));
}

// formatPhone(number, format) → string | null
Napi::Value format_phone(const Napi::CallbackInfo& info) {
  const auto format = phone::parse_format(arg_string(info, 1));
  if (!format) return info.Env().Null();
  const auto out = phone::format(arg_string(info, 0), *format);
  return out ? Napi::String::New(info.Env(), *out) : info.Env().Null();
}

Napi::Value list_countries(const Napi::CallbackInfo& info) {
  return encoded(info.Env(), glue::countries(results(info), phone::list_countries()));
}

// formatAsYouType(text, region, caret) → { text, caret }
Napi::Value format_as_you_type(const Napi::CallbackInfo& info) {
  const int caret = info[2].IsNumber() ? info[2].As<Napi::Number>().Int32Value() : 0;
  const std::string text = arg_string(info, 0);
  const auto f = phone::format_as_you_type(text, arg_string(info, 1), caret);
  return encoded(info.Env(), glue::as_you_type(results(info), text, f.text, f.caret));
}

// new AsYouType(region): the formatter object, released by GC or by delete().
class AsYouTypeWrap : public Napi::ObjectWrap<AsYouTypeWrap> {
 public:
  static Napi::Function define(Napi::Env env) {
    return DefineClass(env, "AsYouType", {
      InstanceMethod("input", &AsYouTypeWrap::input),
      InstanceMethod("inputAndRemember", &AsYouTypeWrap::input_and_remember),
      InstanceMethod("inputString", &AsYouTypeWrap::input_string),
      InstanceMethod("rememberedPosition", &AsYouTypeWrap::remembered_position),
      InstanceMethod("clear", &AsYouTypeWrap::clear),
      InstanceMethod("delete", &AsYouTypeWrap::release),
    });
  }
  explicit AsYouTypeWrap(const Napi::CallbackInfo& info)
      : Napi::ObjectWrap<AsYouTypeWrap>(info), formatter_(std::in_place, arg_string(info, 0)) {}

 private:
  // After delete() every method answers as an empty formatter would (js/api.mjs refuses use
  // after dispose() before it gets here).
  template <class F>
  Napi::Value text(const Napi::CallbackInfo& info, F f) {
    return Napi::String::New(info.Env(), formatter_ ? f(*formatter_) : std::string());
  }
  Napi::Value input(const Napi::CallbackInfo& info) {
    return text(info, [&](phone::AsYouType& f) { return f.input(arg_string(info, 0)); });
  }
  Napi::Value input_and_remember(const Napi::CallbackInfo& info) {
    return text(info, [&](phone::AsYouType& f) { return f.input_and_remember(arg_string(info, 0)); });
  }
  Napi::Value input_string(const Napi::CallbackInfo& info) {
    return text(info, [&](phone::AsYouType& f) { return f.input_string(arg_string(info, 0)); });
  }
  Napi::Value remembered_position(const Napi::CallbackInfo& info) {
    return Napi::Number::New(info.Env(), formatter_ ? formatter_->remembered_position() : 0);
  }
  Napi::Value clear(const Napi::CallbackInfo& info) {
    if (formatter_) formatter_->clear();
    return info.Env().Undefined();
  }
  // The formatter holds tens of kilobytes that V8 does not see behind this small wrapper, so
  // delete() frees it at once instead of whenever the wrapper is collected.
  Napi::Value release(const Napi::CallbackInfo& info) {
    formatter_.reset();
    return info.Env().Undefined();
  }

  std::optional<phone::AsYouType> formatter_;
};

}  // namespace

void register_phone(Napi::Env env, Napi::Object exports) {
  exports.Set("parsePhone", Napi::Function::New(env, parse_phone, "parsePhone"));
  exports.Set("formatPhone", Napi::Function::New(env, format_phone, "formatPhone"));
  exports.Set("listCountries", Napi::Function::New(env, list_countries, "listCountries"));
  exports.Set("formatAsYouType", Napi::Function::New(env, format_as_you_type, "formatAsYouType"));
  exports.Set("AsYouType", AsYouTypeWrap::define(env));
}

}  // namespace contactcheck::node
