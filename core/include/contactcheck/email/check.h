// Email format check: permissive for addresses that receive mail, precise about slips.
//
// Policy: docs/policy/email-format.md (issue "Email format check"). In short: reject only what
// cannot be an address (the guideline's option 3). Unquoted local parts may hold every RFC 5322
// atext character and dots anywhere (Japanese carrier mail such as taro..yamada@docomo.ne.jp);
// the domain must be a real DNS host name with a letter (or xn--) TLD. The first applicable
// error in the order of the enum below is reported.
#ifndef CONTACTCHECK_EMAIL_CHECK_H_
#define CONTACTCHECK_EMAIL_CHECK_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace contactcheck::email {

class Suggester;
class DomainList;

// Order matters: it is the order in which the checks run.
enum class Error : std::uint8_t {
  none = 0,
  empty,               // nothing left after trimming white space
  too_long,            // address > 254 bytes, or > 64 bytes before the last '@'
  fullwidth,           // full-width ASCII (U+FF01–U+FF5E), U+3000, or an ideographic full stop
                       // (U+3002 '。', U+FF61 '｡') inside: IME left on
  non_ascii,           // other non-ASCII text (a name typed into the field), invalid UTF-8
  space,               // ASCII white space inside (a plain space inside a quoted local part is fine);
                       // other control characters and NUL are local_invalid_char / domain_invalid
  no_at,
  multiple_at,         // more than one @ outside a quoted local part
  local_empty,         // nothing before the '@', or an empty quoted string ""
  local_invalid_char,  // unquoted character outside atext and '.', or a malformed quoted part
  domain_empty,
  domain_no_dot,
  domain_invalid,      // bad label: empty, too long, leading/trailing '-', bad character; an address
                       // literal ([192.0.2.1], even without a dot) or an all-numeric domain (192.0.2.1)
  tld_invalid,         // last label not letters (≥ 2) nor xn--
};

enum class Warning : std::uint8_t {
  carrier_mail,       // Japanese mobile carrier domain: often filters mail from unknown senders
  rfc_nonconforming,  // accepted, but the unquoted local part has leading/trailing/double dots
  disposable,         // domain (or a parent) is on the caller-supplied disposable list
  relay,              // privacy relay (Apple, DuckDuckGo, Firefox Relay, ...): real person, not disposable
};

std::string_view code(Error e);    // "empty", "too_long", ... ("" for none)
std::string_view code(Warning w);  // "carrier_mail", ...

struct CheckOptions {
  // Fills `suggestion` from this suggester when the address has a likely domain typo;
  // nullptr uses the built-in default suggester.
  const Suggester* suggester = nullptr;
  // Server-side only: large list, not compiled into the core. nullptr: no disposable check.
  const DomainList* disposable = nullptr;
};

struct CheckResult {
  std::string value;                      // input without surrounding ASCII white space and U+3000
  Error error = Error::none;
  std::optional<std::string> suggestion;  // full corrected address that passes check(), if any
  std::optional<std::string> normalized;  // dedup key (email/normalize.h) when ok
  std::vector<Warning> warnings;          // in enum order, each at most once
  bool ok() const { return error == Error::none; }
};

// Never throws; any byte sequence is accepted as input (invalid UTF-8 → non_ascii). Linear time.
// `suggestion` (none for `empty` and `too_long`): the address the value most likely meant, only
// if that passes the check. The value is undone first (full-width text folded for `fullwidth`;
// "Name <addr>", "<addr>" and "mailto:addr?..." unwrapped), then the suggester's domain
// correction of that is taken, or that itself when it differs from the value.
CheckResult check(std::string_view input, const CheckOptions& options = {});

// The diagnostics-free form: the core's permissive RE2 pattern (plus the two length limits, which
// RE2 cannot express next to the structure). Agrees with check(x).ok() on every x that trimming
// leaves unchanged (email_pattern_test.cc proves it on a generated corpus).
bool matches_pattern(std::string_view trimmed_address);

}  // namespace contactcheck::email

#endif  // CONTACTCHECK_EMAIL_CHECK_H_
