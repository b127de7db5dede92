// The non-recursive entry point of alias normalization, for check.cc.
//
// email::normalize() runs email::check() first, and check() fills its `normalized` field from
// normalization; check.cc calls normalize_checked() on its already-trimmed, already-ok value so
// the two never call each other in a loop.
#ifndef CONTACTCHECK_SRC_EMAIL_NORMALIZE_INTERNAL_H_
#define CONTACTCHECK_SRC_EMAIL_NORMALIZE_INTERNAL_H_

#include <string>
#include <string_view>

#include "contactcheck/email/normalize.h"

namespace contactcheck::email::detail {

// `address` should be trimmed and accepted by check(); the result is then exactly the value of
// normalize(address, options). Any other byte string is still handled (no crash, linear time),
// but the key it gets is unspecified.
Normalized normalize_checked(std::string_view address, const NormalizeOptions& options = {});

// normalize_checked(address).normalized alone, for check(): the key without the base.
std::string dedup_key_checked(std::string_view address);

}  // namespace contactcheck::email::detail

#endif  // CONTACTCHECK_SRC_EMAIL_NORMALIZE_INTERNAL_H_
