#include "contactcheck/email/domains.h"

#include <array>

#include "contactcheck/email/domain_list.h"
#include "embedded_data.h"

namespace contactcheck::email {

bool is_carrier_domain(std::string_view domain) {
  static const DomainList list = DomainList::from_text(data::carrier_domains);
  return list.matches(domain);
}

bool is_relay_domain(std::string_view domain) {
  static const DomainList list = DomainList::from_text(data::relay_domains);
  return list.matches(domain);
}

bool is_apple_relay_domain(std::string_view domain) {
  // Two stable Apple domains; a test keeps them in step with relay_domains.txt.
  static const DomainList list = [] {
    DomainList l;
    for (std::string_view d : std::array<std::string_view, 2>{"privaterelay.appleid.com", "private.icloud.com"}) l.add(d);
    return l;
  }();
  return list.matches(domain);
}

}  // namespace contactcheck::email
