// Small, compiled-in domain lists that change what the core says about an address.
// Each list is a text file in core/data/ with a source line per entry group.
#ifndef CONTACTCHECK_EMAIL_DOMAINS_H_
#define CONTACTCHECK_EMAIL_DOMAINS_H_

#include <string_view>

namespace contactcheck::email {

// Japanese mobile carrier mail (core/data/carrier_domains.txt), subdomains included.
// These filter mail from unknown senders by default; '+' is an ordinary local-part character.
bool is_carrier_domain(std::string_view domain);

// Privacy relays (core/data/relay_domains.txt), subdomains included: a real person behind a
// forwarding address, never "disposable".
bool is_relay_domain(std::string_view domain);

// Apple's private relay domains (privaterelay.appleid.com, private.icloud.com).
bool is_apple_relay_domain(std::string_view domain);

}  // namespace contactcheck::email

#endif  // CONTACTCHECK_EMAIL_DOMAINS_H_
