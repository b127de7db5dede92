// Phone functions for the WebAssembly engine; phone.js is their JS half.
#include "contactcheck/phone/as_you_type.h"
#include "contactcheck/phone/countries.h"
#include "contactcheck/phone/parse.h"
#include "glue/fields.h"
#include "wasm/convert.h"

using namespace contactcheck;
using namespace contactcheck::wasm;

CONTACTCHECK_EXPORT const char* contactcheck_parse_phone(const char* input, size_t input_n, const char* region,
                                                         size_t region_n, const uint32_t* types, int type_count,
                                                         int region_only, const char* locale, size_t locale_n) {
  phone::ParseOptions options;
  options.region = text(region, region_n);
  for (const std::string& t : list(types, type_count).value_or(std::vector<std::string>{})) {
    if (auto type = phone::parse_type(t)) options.types.push_back(*type);
  }
  options.region_only = region_only != 0;
  const std::string_view in = text(input, input_n);
  return result(glue::phone_parse(results(), in, phone::parse(in, options), parse_locale(text(locale, locale_n))));
}

CONTACTCHECK_EXPORT const char* contactcheck_format_phone(const char* number, size_t number_n, const char* format_name,
                                                          size_t format_n) {
  const auto format = phone::parse_format(text(format_name, format_n));
  if (!format) return nullptr;
  auto out = phone::format(text(number, number_n), *format);
  return out ? result(std::move(*out)) : nullptr;
}

CONTACTCHECK_EXPORT const char* contactcheck_list_countries() { return result(glue::countries(results(), phone::list_countries())); }

CONTACTCHECK_EXPORT const char* contactcheck_format_as_you_type(const char* input, size_t input_n, const char* region,
                                                                size_t region_n, int caret) {
  const std::string_view in = text(input, input_n);
  const auto f = phone::format_as_you_type(in, text(region, region_n), caret);
  return result(glue::as_you_type(results(), in, f.text, f.caret));
}

// A formatter is a handle owned by JS: phone.js's AsYouType must be delete()d, and js/api.mjs
// wraps it so that callers cannot leak it. A null handle (after delete) answers as an empty
// formatter, as the Node engine's does.
CONTACTCHECK_EXPORT phone::AsYouType* contactcheck_as_you_type_new(const char* region, size_t region_n) {
  return new phone::AsYouType(text(region, region_n));
}
CONTACTCHECK_EXPORT void contactcheck_as_you_type_delete(phone::AsYouType* f) { delete f; }
CONTACTCHECK_EXPORT const char* contactcheck_as_you_type_input(phone::AsYouType* f, const char* ch, size_t ch_n,
                                                               int remember) {
  if (!f) return result(std::string());
  return result(remember ? f->input_and_remember(text(ch, ch_n)) : f->input(text(ch, ch_n)));
}
CONTACTCHECK_EXPORT const char* contactcheck_as_you_type_input_string(phone::AsYouType* f, const char* s, size_t n) {
  return result(f ? f->input_string(text(s, n)) : std::string());
}
CONTACTCHECK_EXPORT int contactcheck_as_you_type_remembered_position(const phone::AsYouType* f) {
  return f ? f->remembered_position() : 0;
}
CONTACTCHECK_EXPORT void contactcheck_as_you_type_clear(phone::AsYouType* f) {
  if (f) f->clear();
}
