// The result objects of the JS API, field by field, written once for both bindings.
//
// Each binding supplies an object writer W (node/writer.h over N-API, wasm/writer.h over
// emscripten::val) with: set(key, string_view), set(key, bool), set(key, int), set_null(key),
// set(key, optional<string>), set_strings(key, vector<string_view>), set_ints(key, vector<int>),
// set(key, W&&) and object() for a new empty object of the same kind; every template
// fills the empty object it is given. Keys are set in contract order (DESIGN.md), so
// JSON.stringify gives byte-identical text on both engines.
#ifndef CONTACTCHECK_GLUE_FIELDS_H_
#define CONTACTCHECK_GLUE_FIELDS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "contactcheck/email/check.h"
#include "contactcheck/email/normalize.h"
#include "contactcheck/messages.h"
#include "contactcheck/phone/countries.h"
#include "contactcheck/phone/parse.h"
#include "contactcheck/version.h"

namespace contactcheck::glue {

// `input` is written as the string the core saw; the JS layer replaces it with the caller's
// own string (which may hold lone surrogates) without changing the key order.
template <class W>
W email_check(W o, std::string_view input, const email::CheckResult& r, std::optional<Locale> locale) {
  o.set("input", input);
  o.set("value", std::string_view(r.value));
  o.set("ok", r.ok());
  if (r.ok()) o.set_null("error"); else o.set("error", email::code(r.error));
  o.set("suggestion", r.suggestion);
  o.set("normalized", r.normalized);
  std::vector<std::string_view> warnings;
  for (auto w : r.warnings) warnings.push_back(email::code(w));
  o.set_strings("warnings", warnings);
  if (locale) {
    if (r.ok()) o.set_null("message"); else o.set("message", message(r.error, *locale));
    std::vector<std::string_view> texts;
    for (auto w : r.warnings) texts.push_back(message(w, *locale));
    o.set_strings("warningMessages", texts);
  }
  return o;
}

template <class W>
W email_normalize(W o, std::string_view input, const expected<email::Normalized, email::Error>& r) {
  o.set("input", input);
  o.set("ok", r.has_value());
  if (r) {
    o.set_null("error");
    o.set("normalized", std::string_view(r->normalized));
    o.set("base", std::string_view(r->base));
    o.set("rule", email::code(r->rule));
  } else {
    o.set("error", email::code(r.error()));
    o.set_null("normalized");
    o.set_null("base");
    o.set_null("rule");
  }
  return o;
}

template <class W>
W phone_parse(W o, std::string_view input, const phone::ParseResult& r, std::optional<Locale> locale) {
  o.set("input", input);
  o.set("ok", r.ok());
  if (r.ok()) {
    const phone::Number& n = *r.number;
    o.set_null("error");
    o.set("e164", std::string_view(n.e164));
    o.set("national", std::string_view(n.national));
    o.set("international", std::string_view(n.international));
    o.set("region", std::string_view(n.region));
    o.set("type", phone::code(n.type));
    o.set("extension", n.extension);
    o.set_null("expectedLengths");
  } else {
    o.set("error", phone::code(r.error));
    for (const char* key : {"e164", "national", "international", "region", "type", "extension"}) {
      o.set_null(key);
    }
    if (r.expected_lengths.empty()) o.set_null("expectedLengths");
    else o.set_ints("expectedLengths", r.expected_lengths);
  }
  if (locale) {
    if (r.ok()) o.set_null("message"); else o.set("message", message(r.error, *locale));
  }
  return o;
}

template <class W>
W country(W o, const phone::Country& c) {
  o.set("region", std::string_view(c.region));
  o.set("callingCode", c.calling_code);
  W example = o.object();
  example.set("mobile", c.example_mobile);
  example.set("fixedLine", c.example_fixed_line);
  o.set("example", std::move(example));
  return o;
}

template <class W>
W as_you_type(W o, const std::string& text, int caret) {
  o.set("text", std::string_view(text));
  o.set("caret", caret);
  return o;
}

template <class W>
W all_messages(W o, Locale locale) {
  for (const auto& [key, text] : contactcheck::all_messages(locale)) o.set(key, text);
  return o;
}

template <class W>
W versions(W o, std::string_view engine) {
  const Versions v = contactcheck::versions();
  o.set("contactcheck", v.contactcheck);
  o.set("libphonenumber", v.libphonenumber);
  o.set("metadata", v.metadata);
  o.set("engine", engine);
  return o;
}

}  // namespace contactcheck::glue

#endif  // CONTACTCHECK_GLUE_FIELDS_H_
