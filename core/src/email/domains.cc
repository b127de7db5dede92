#include "contactcheck/email/domains.h"

#include <bitset>
#include <cstddef>

#include "email/domains_internal.h"
#include "email/listed_suffixes.h"
#include "embedded_data.h"
#include "string_table.h"

namespace contactcheck::email {
namespace {

// The three built-in lists in one table, entry → the lists it is on. checkEmail asks about
// carrier and relay, its dedup key about Apple relay and carrier: four DomainList::matches
// calls, each lower-casing the domain and walking its suffixes again (~15 % of a native
// normalize_checked). One walk answers all three.
struct BuiltinLists {
  // Keys view the embedded lists, one lower-case host name a line (tools/embed_data.mjs refuses
  // anything else), so the table owns no text.
  StringTable<unsigned> table;
  std::bitset<kMaxListedDomain + 1> lengths;  // a suffix of another length is not hashed

  void add(std::string_view domain, unsigned fact) {
    table[domain] |= fact;
    lengths.set(domain.size());
  }
  void add_lines(std::string_view text, unsigned fact) {
    for (std::size_t nl; (nl = text.find('\n')) != std::string_view::npos; text.remove_prefix(nl + 1)) {
      add(text.substr(0, nl), fact);
    }
  }
};

const BuiltinLists& builtin_lists() {
  static const BuiltinLists lists = [] {
    BuiltinLists l;
    l.add_lines(data::carrier_domains, kCarrierDomain);
    l.add_lines(data::relay_domains, kRelayDomain);
    // Two stable Apple domains; a test keeps them in step with relay_domains.txt.
    l.add("privaterelay.appleid.com", kAppleRelayDomain);
    l.add("private.icloud.com", kAppleRelayDomain);
    return l;
  }();
  return lists;
}

}  // namespace

unsigned builtin_domain_facts(std::string_view domain) {
  const BuiltinLists& lists = builtin_lists();
  unsigned facts = 0;
  any_listed_suffix(domain, lists.lengths, [&](std::string_view suffix) {
    if (const unsigned* f = lists.table.find(suffix)) facts |= *f;
    return false;  // a domain may be on several lists: ask every suffix
  });
  return facts;
}

bool is_carrier_domain(std::string_view domain) { return builtin_domain_facts(domain) & kCarrierDomain; }
bool is_relay_domain(std::string_view domain) { return builtin_domain_facts(domain) & kRelayDomain; }
bool is_apple_relay_domain(std::string_view domain) { return builtin_domain_facts(domain) & kAppleRelayDomain; }

}  // namespace contactcheck::email
