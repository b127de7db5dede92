// The format check without its costly extras (typo suggestion, dedup key), for core code that
// only needs the verdict: normalize() checks its input with it.
#ifndef CONTACTCHECK_SRC_EMAIL_CHECK_INTERNAL_H_
#define CONTACTCHECK_SRC_EMAIL_CHECK_INTERNAL_H_

#include <cstddef>
#include <string_view>

#include "contactcheck/email/check.h"

namespace contactcheck::email::detail {

constexpr std::size_t kMaxAddress = 254;  // RFC 5321 path limit (256) minus the angle brackets
constexpr std::size_t kMaxLocal = 64;     // RFC 5321 4.5.3.1.1

// check(input) with `suggestion` and `normalized` left empty.
CheckResult check_format(std::string_view input);

}  // namespace contactcheck::email::detail

#endif  // CONTACTCHECK_SRC_EMAIL_CHECK_INTERNAL_H_
