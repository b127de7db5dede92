// STUB — replaced by the format-check issue's implementation.
#include "contactcheck/email/check.h"

namespace contactcheck::email {

std::string_view code(Error) { return ""; }
std::string_view code(Warning) { return ""; }
bool matches_pattern(std::string_view) { return false; }
CheckResult check(std::string_view input, const CheckOptions&) {
  CheckResult r;
  r.value = std::string(input);
  r.error = input.empty() ? Error::empty : Error::none;
  return r;
}

}  // namespace contactcheck::email
