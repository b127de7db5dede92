// The built-in domain lists of contactcheck/email/domains.h, asked all at once.
#ifndef CONTACTCHECK_SRC_EMAIL_DOMAINS_INTERNAL_H_
#define CONTACTCHECK_SRC_EMAIL_DOMAINS_INTERNAL_H_

#include <string_view>

namespace contactcheck::email {

enum : unsigned { kCarrierDomain = 1, kRelayDomain = 2, kAppleRelayDomain = 4 };

// The lists `domain` or one of its parent domains is on, as kCarrierDomain | kRelayDomain |
// kAppleRelayDomain bits. Case-insensitive; allocates nothing; linear in the domain's length.
unsigned builtin_domain_facts(std::string_view domain);

}  // namespace contactcheck::email

#endif  // CONTACTCHECK_SRC_EMAIL_DOMAINS_INTERNAL_H_
