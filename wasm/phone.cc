// Phone functions for the WebAssembly engine.
#include <emscripten/bind.h>

#include "contactcheck/phone/as_you_type.h"
#include "contactcheck/phone/countries.h"
#include "contactcheck/phone/parse.h"
#include "glue/fields.h"
#include "wasm/convert.h"

namespace contactcheck::wasm {
namespace {

std::string parse_phone(const std::string& input, const std::string& region, const val& types,
                        bool region_only, const std::string& locale) {
  phone::ParseOptions options;
  options.region = region;
  for (const std::string& t : strings(types)) {
    if (auto type = phone::parse_type(t)) options.types.push_back(*type);
  }
  options.region_only = region_only;
  return glue::phone_parse(input, phone::parse(input, options), parse_locale(locale));
}

val format_phone(const std::string& number, const std::string& format_name) {
  const auto format = phone::parse_format(format_name);
  if (!format) return val::null();
  const auto out = phone::format(number, *format);
  return out ? val(*out) : val::null();
}

std::string list_countries() { return glue::countries(phone::list_countries()); }

std::string format_as_you_type(const std::string& text, const std::string& region, int caret) {
  const auto f = phone::format_as_you_type(text, region, caret);
  return glue::as_you_type(text, f.text, f.caret);
}

// Embind class: JS must call delete(); js/api.mjs wraps it so callers cannot leak it.
class AsYouTypeWrap {
 public:
  explicit AsYouTypeWrap(const std::string& region) : formatter_(region) {}
  std::string input(const std::string& ch) { return formatter_.input(ch); }
  std::string input_and_remember(const std::string& ch) { return formatter_.input_and_remember(ch); }
  std::string input_string(const std::string& s) { return formatter_.input_string(s); }
  int remembered_position() const { return formatter_.remembered_position(); }
  void clear() { formatter_.clear(); }

 private:
  phone::AsYouType formatter_;
};

}  // namespace
}  // namespace contactcheck::wasm

EMSCRIPTEN_BINDINGS(contactcheck_phone) {
  using namespace contactcheck::wasm;
  emscripten::function("parsePhone", &parse_phone);
  emscripten::function("formatPhone", &format_phone);
  emscripten::function("listCountries", &list_countries);
  emscripten::function("formatAsYouType", &format_as_you_type);
  emscripten::class_<AsYouTypeWrap>("AsYouType")
      .constructor<const std::string&>()
      .function("input", &AsYouTypeWrap::input)
      .function("inputAndRemember", &AsYouTypeWrap::input_and_remember)
      .function("inputString", &AsYouTypeWrap::input_string)
      .function("rememberedPosition", &AsYouTypeWrap::remembered_position)
      .function("clear", &AsYouTypeWrap::clear);
}
