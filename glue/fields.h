// The result objects of the JS API, field by field, written once for both bindings: each
// encodes the object as glue/encode.h describes into `out` (the binding's State::results) and
// returns a view of it, and js/decode.mjs builds the object. Keys
// are set in contract order (DESIGN.md), so JSON.stringify gives the same text on both engines.
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
#include "glue/encode.h"

namespace contactcheck::glue {

// Whether a result text may go back as "the call's input" ('I'), which js/decode.mjs answers
// with the caller's own JS string. Not when it holds U+FFFD: that may stand for a lone surrogate
// of the caller's string (both engines read one as U+FFFD), and a result is well-formed.
inline bool same_as_input(std::string_view text, std::string_view input) {
  return text == input && input.find("\xEF\xBF\xBD") == std::string_view::npos;
}

// `input` is written as a reference to the call's input; the JS layer puts the caller's own
// string there (which may hold lone surrogates) without changing the key order.
inline std::string_view email_check(std::string& out, std::string_view input, const email::CheckResult& r, std::optional<Locale> locale) {
  Encoder o(out);
  const Shape shape = locale ? Shape::email_check_messages : Shape::email_check;
  o.begin_object(shape);
  o.set_input(Key::input);
  if (same_as_input(r.value, input)) o.set_input(Key::value); else o.set(Key::value, std::string_view(r.value));
  o.set(Key::ok, r.ok());
  if (r.ok()) o.set_null(Key::error); else o.set(Key::error, email::code(r.error));
  o.set(Key::suggestion, r.suggestion);
  o.set(Key::normalized, r.normalized);
  std::vector<std::string_view> warnings;
  for (auto w : r.warnings) warnings.push_back(email::code(w));
  o.set_strings(Key::warnings, warnings);
  if (locale) {
    if (r.ok()) o.set_null(Key::message); else o.set(Key::message, message(r.error, *locale));
    std::vector<std::string_view> texts;
    for (auto w : r.warnings) texts.push_back(message(w, *locale));
    o.set_strings(Key::warningMessages, texts);
  }
  o.end_object(shape);
  return o.take();
}

inline std::string_view email_normalize(std::string& out, std::string_view input, const expected<email::Normalized, email::Error>& r) {
  Encoder o(out);
  o.begin_object(Shape::email_normalize);
  o.set_input(Key::input);
  o.set(Key::ok, r.has_value());
  if (r) {
    o.set_null(Key::error);
    o.set(Key::normalized, std::string_view(r->normalized));
    o.set(Key::base, std::string_view(r->base));
    o.set(Key::rule, email::code(r->rule));
  } else {
    o.set(Key::error, email::code(r.error()));
    o.set_null(Key::normalized);
    o.set_null(Key::base);
    o.set_null(Key::rule);
  }
  o.end_object(Shape::email_normalize);
  return o.take();
}

inline std::string_view phone_parse(std::string& out, std::string_view input, const phone::ParseResult& r, std::optional<Locale> locale) {
  Encoder o(out);
  const Shape shape = locale ? Shape::phone_parse_message : Shape::phone_parse;
  o.begin_object(shape);
  o.set_input(Key::input);
  o.set(Key::ok, r.ok());
  if (r.ok()) {
    const phone::Number& n = *r.number;
    o.set_null(Key::error);
    o.set(Key::e164, std::string_view(n.e164));
    o.set(Key::national, std::string_view(n.national));
    o.set(Key::international, std::string_view(n.international));
    o.set(Key::region, std::string_view(n.region));
    o.set(Key::type, phone::code(n.type));
    o.set(Key::extension, n.extension);
    o.set_null(Key::expectedLengths);
  } else {
    o.set(Key::error, phone::code(r.error));
    for (Key key : {Key::e164, Key::national, Key::international, Key::region, Key::type, Key::extension}) {
      o.set_null(key);
    }
    if (r.expected_lengths.empty()) o.set_null(Key::expectedLengths);
    else o.set_ints(Key::expectedLengths, r.expected_lengths);
  }
  if (locale) {
    if (r.ok()) o.set_null(Key::message); else o.set(Key::message, message(r.error, *locale));
  }
  o.end_object(shape);
  return o.take();
}

inline std::string_view countries(std::string& out, const std::vector<phone::Country>& list) {
  Encoder o(out);
  o.begin_array();
  for (const phone::Country& c : list) {
    o.begin_object();
    o.set(Key::region, std::string_view(c.region));
    o.set(Key::callingCode, c.calling_code);
    o.begin_object(Key::example);
    o.set(Key::mobile, c.example_mobile);
    o.set(Key::fixedLine, c.example_fixed_line);
    o.end_object();
    o.end_object();
  }
  o.end_array();
  return o.take();
}

inline std::string_view as_you_type(std::string& out, std::string_view input, const std::string& text, int caret) {
  Encoder o(out);
  o.begin_object();
  if (same_as_input(text, input)) o.set_input(Key::text); else o.set(Key::text, std::string_view(text));
  o.set(Key::caret, caret);
  o.end_object();
  return o.take();
}

inline std::string_view all_messages(std::string& out, Locale locale) {
  Encoder o(out);
  o.begin_object();
  for (const auto& [key, text] : contactcheck::all_messages(locale)) o.set(key, text);
  o.end_object();
  return o.take();
}

inline std::string_view versions(std::string& out, std::string_view engine) {
  Encoder o(out);
  o.begin_object();
  const Versions v = contactcheck::versions();
  o.set(Key::contactcheck, v.contactcheck);
  o.set(Key::libphonenumber, v.libphonenumber);
  o.set(Key::metadata, v.metadata);
  o.set(Key::engine, engine);
  o.end_object();
  return o.take();
}

}  // namespace contactcheck::glue

#endif  // CONTACTCHECK_GLUE_FIELDS_H_
