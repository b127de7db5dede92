// Alias normalization: the dedup key for "one account per base address, log in with any alias".
//
// Policy: docs/policy/email-normalize.md (issue "Backend: alias normalization"). Steps, first
// that applies: exempt domains (Apple relay, Yahoo! JAPAN, carrier mail: kept as typed, domain
// lower-cased), Gmail (dots and +tag dropped, googlemail.com → gmail.com), other domains (+tag
// dropped); then lower-case. Base addresses on the allow-list keep their aliases apart.
#ifndef CONTACTCHECK_EMAIL_NORMALIZE_H_
#define CONTACTCHECK_EMAIL_NORMALIZE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "contactcheck/email/check.h"
#include "contactcheck/expected.h"

namespace contactcheck::email {

enum class NormalizeRule : std::uint8_t {
  exempt_relay,         // Apple private relay: the address is the identity
  exempt_yahoo_japan,   // yahoo.co.jp: base-keyword is a separate mailbox
  exempt_carrier,       // carrier mail: '+' is an ordinary character
  gmail,                // dots and +tag dropped, googlemail.com → gmail.com
  subaddress,           // +tag dropped
  lowercase,            // nothing to drop: only lower-cased
  allow_listed,         // base address on the allow-list: aliases kept apart
};

std::string_view code(NormalizeRule r);  // "exempt_relay", "gmail", ...

struct NormalizeOptions {
  // Base addresses (any case, as normalized would produce) whose aliases stay distinct keys.
  std::vector<std::string> keep_aliases_of;
};

struct Normalized {
  std::string normalized;  // the dedup key, lower-case
  std::string base;        // the address without its alias part, as typed (domain lower-cased)
  NormalizeRule rule;
};

// Fails with the format check's error when the trimmed address is not ok.
expected<Normalized, Error> normalize(std::string_view address, const NormalizeOptions& options = {});

}  // namespace contactcheck::email

#endif  // CONTACTCHECK_EMAIL_NORMALIZE_H_
