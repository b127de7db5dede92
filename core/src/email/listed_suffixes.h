// The suffix walk that DomainList::matches and the built-in domain lists (email/domains.cc)
// share: a listed domain also covers its sub-domains, so a lookup asks about the domain itself
// and each parent.
#ifndef CONTACTCHECK_SRC_EMAIL_LISTED_SUFFIXES_H_
#define CONTACTCHECK_SRC_EMAIL_LISTED_SUFFIXES_H_

#include <bitset>
#include <cstddef>
#include <string_view>

#include "text.h"

namespace contactcheck::email {

// RFC 1035: a host name has at most 253 characters; nothing longer is listed or looked up.
constexpr std::size_t kMaxListedDomain = 253;

// Calls f(suffix) for `domain` and each of its parents, lower-cased, whose length is set in
// `lengths` (the lengths of a list's entries: any other suffix cannot be on it), until f returns
// true; returns whether one did. Only the suffixes within the last kMaxListedDomain characters
// are asked about, so hostile megabytes cost one window: linear, and nothing is allocated.
// Always inlined: as a call, builtin_domain_facts() kept its result in memory across the walk,
// +14 % for that function, +1 % of email::check (callgrind).
template <class F>
[[gnu::always_inline]] inline bool any_listed_suffix(std::string_view domain, const std::bitset<kMaxListedDomain + 1>& lengths, F&& f) {
  // A suffix starts the text or follows a dot: cut the window after a dot.
  std::size_t start = 0;
  if (domain.size() > kMaxListedDomain) {
    start = domain.size() - kMaxListedDomain;
    while (start < domain.size() && domain[start - 1] != '.') ++start;
  }
  char lowered[kMaxListedDomain];
  const std::size_t n = domain.size() - start;
  for (std::size_t i = 0; i < n; ++i) lowered[i] = text::to_lower(domain[start + i]);
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && lowered[i - 1] != '.') continue;
    if (lengths[n - i] && f(std::string_view(lowered + i, n - i))) return true;
  }
  return false;
}

}  // namespace contactcheck::email

#endif  // CONTACTCHECK_SRC_EMAIL_LISTED_SUFFIXES_H_
