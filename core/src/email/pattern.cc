// The permissive email pattern of docs/policy/email-format.md as one RE2, the accept-or-reject
// twin of check.cc's scanner (email_pattern_test.cc holds them to each other).
#include <cstddef>
#include <string_view>

#include <re2/re2.h>

#include "contactcheck/email/check.h"
#include "email/check_internal.h"

namespace contactcheck::email {
namespace {

const RE2& accepting_pattern() {
  // Mirrors diagnose(): unquoted atext-or-dot local part, or a non-empty quoted string of
  // printable ASCII with backslash escapes; then host-name labels and a letter or xn-- TLD.
  // The length limits are checked beside the pattern: RE2 has no lookahead, and intersecting a
  // byte budget with this structure is not expressible at a sane size.
  static const RE2 pattern(
      R"re((?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+)re"
      R"re(|"(?:[\x20\x21\x23-\x5B\x5D-\x7E]|\\[\x20-\x7E])+"))re"
      R"re(@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+)re"
      R"re((?:[A-Za-z]{2,63}|[Xx][Nn]--[A-Za-z0-9-]{0,58}[A-Za-z0-9]))re",
      [] {
        RE2::Options o;
        // Latin-1: one byte is one character, so invalid UTF-8 is just bytes that never match.
        o.set_encoding(RE2::Options::EncodingLatin1);
        o.set_log_errors(false);
        return o;
      }());
  return pattern;
}

}  // namespace

bool matches_pattern(std::string_view address) {
  if (address.size() > detail::kMaxAddress) return false;
  const std::size_t last_at = address.rfind('@');
  if (last_at != std::string_view::npos && last_at > detail::kMaxLocal) return false;
  const RE2& pattern = accepting_pattern();
  return pattern.ok() && RE2::FullMatch(address, pattern);
}

}  // namespace contactcheck::email
