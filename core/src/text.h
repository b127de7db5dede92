// Small text helpers shared by the core (ASCII-only case rules, UTF-8 walking).
#ifndef CONTACTCHECK_SRC_TEXT_H_
#define CONTACTCHECK_SRC_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace contactcheck::text {

constexpr char to_lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }
constexpr char to_upper(char c) { return c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c; }
std::string lower(std::string_view s);
// a equals lower_b (already lower case) with ASCII letters of a compared case-insensitively.
constexpr bool equals_ignore_case(std::string_view a, std::string_view lower_b) {
  if (a.size() != lower_b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (to_lower(a[i]) != lower_b[i]) return false;
  return true;
}

// Decodes the code point at s[i], advancing i. Returns -1 (and advances one byte) on invalid
// UTF-8: overlong forms, surrogates, values above U+10FFFF, truncated sequences.
int32_t next_code_point(std::string_view s, std::size_t& i);
bool is_valid_utf8(std::string_view s);
void append_utf8(std::string& out, int32_t cp);

// Full-width ASCII (U+FF01–U+FF5E) → ASCII, U+3000 → ' '; everything else unchanged.
// Invalid UTF-8 bytes are copied as they are.
std::string fold_fullwidth(std::string_view s);
// fold_fullwidth, and the ideographic full stops U+3002 '。' and U+FF61 '｡' → '.': what a Japanese
// IME types for the ASCII of an email address (docs/policy/email-format.md).
std::string fold_ime_input(std::string_view s);

// Removes leading/trailing ASCII white space and U+3000 (ideographic space).
std::string_view trim(std::string_view s);

}  // namespace contactcheck::text

#endif  // CONTACTCHECK_SRC_TEXT_H_
