// Alias normalization. Policy and the reasons behind each decision: docs/policy/email-normalize.md.
#include "contactcheck/email/normalize.h"

#include <string>
#include <string_view>

#include "contactcheck/email/check.h"
#include "email/check_internal.h"
#include "email/domains_internal.h"
#include "email/normalize_internal.h"
#include "text.h"

namespace contactcheck::email {
namespace {

// Local ASCII-only lower-casing: a key must not depend on the locale, and bytes above 0x7F
// (never present in a checked address) are left alone rather than guessed at. Copied first and
// lowered in place: `out += c` a character at a time was a third of normalize_checked().
void append_lower(std::string& out, std::string_view s) {
  const std::size_t from = out.size();
  out.append(s);
  for (std::size_t i = from; i < out.size(); ++i) out[i] = text::to_lower(out[i]);
}

// The key an address gets before the allow-list is consulted, plus what the allow-list needs
// to build its own key for the same address.
struct Parsed {
  Normalized result;
  std::string_view local;        // as typed
  std::string_view key_domain;   // lower-case, googlemail.com already mapped to gmail.com
  bool exempt = false;
};

// with_base: also fill result.base. checkEmail and the allow-list's entries need only the key,
// and the base was one more string to allocate and copy per check.
Parsed parse(std::string_view address, std::string& domain_storage, bool with_base) {
  Parsed p;
  Normalized& r = p.result;
  // The last '@' separates the domain: a quoted local part may itself hold '@'.
  const std::size_t at = address.rfind('@');
  if (at == std::string_view::npos) {
    // Not an address (the public API never gets here); a stable key is still better than none,
    // and marking it exempt keeps it away from the allow-list.
    append_lower(r.normalized, address);
    r.base = std::string(address);
    r.rule = NormalizeRule::lowercase;
    p.local = address;
    p.exempt = true;
    return p;
  }
  const std::string_view local = address.substr(0, at);
  domain_storage.clear();
  append_lower(domain_storage, address.substr(at + 1));
  const std::string_view domain = domain_storage;
  p.local = local;

  NormalizeRule exempt_rule = NormalizeRule::lowercase;
  const unsigned facts = builtin_domain_facts(domain);
  if (facts & kAppleRelayDomain) {
    exempt_rule = NormalizeRule::exempt_relay;
  } else if (domain == "yahoo.co.jp") {
    exempt_rule = NormalizeRule::exempt_yahoo_japan;
  } else if (facts & kCarrierDomain) {
    exempt_rule = NormalizeRule::exempt_carrier;
  }
  if (exempt_rule != NormalizeRule::lowercase) {
    p.exempt = true;
    p.key_domain = domain;
    r.rule = exempt_rule;
    if (with_base) {
      r.base.reserve(address.size());
      r.base.append(local).append(1, '@').append(domain);
    }
    r.normalized.reserve(address.size());
    append_lower(r.normalized, local);
    r.normalized.append(1, '@').append(domain);
    return p;
  }

  const bool gmail = domain == "gmail.com" || domain == "googlemail.com";
  p.key_domain = gmail ? std::string_view("gmail.com") : domain;
  const bool domain_mapped = p.key_domain != domain;

  // A quoted local part is one opaque string: '+' and '.' inside quotes are not separators
  // any mail system documents, so nothing is dropped from it.
  const bool quoted = local.size() >= 2 && local.front() == '"' && local.back() == '"';
  std::string_view kept = local;
  if (!quoted) kept = local.substr(0, local.find('+'));

  std::string key_local(kept.size(), '\0');
  std::size_t key_size = 0;
  for (char c : kept) {
    if (gmail && !quoted && c == '.') continue;
    key_local[key_size++] = text::to_lower(c);
  }
  key_local.resize(key_size);
  bool dropped = kept.size() != local.size() || (gmail && key_local.size() != kept.size());
  if (key_local.empty()) {
    // "+tag@x" or "...@gmail.com": stripping would leave no mailbox at all, and an empty local
    // part must never become a key that many odd addresses share. Keep it whole.
    kept = local;
    key_local.clear();
    append_lower(key_local, local);
    dropped = false;
  }

  if (with_base) {
    r.base.reserve(kept.size() + 1 + domain.size());
    r.base.append(kept).append(1, '@').append(domain);
  }
  r.normalized = std::move(key_local);
  r.normalized.append(1, '@').append(p.key_domain);
  if (gmail && (dropped || domain_mapped)) {
    r.rule = NormalizeRule::gmail;
  } else if (dropped) {
    r.rule = NormalizeRule::subaddress;
  } else {
    r.rule = NormalizeRule::lowercase;
  }
  return p;
}

}  // namespace

std::string_view code(NormalizeRule r) {
  switch (r) {
    case NormalizeRule::exempt_relay: return "exempt_relay";
    case NormalizeRule::exempt_yahoo_japan: return "exempt_yahoo_japan";
    case NormalizeRule::exempt_carrier: return "exempt_carrier";
    case NormalizeRule::gmail: return "gmail";
    case NormalizeRule::subaddress: return "subaddress";
    case NormalizeRule::lowercase: return "lowercase";
    case NormalizeRule::allow_listed: return "allow_listed";
  }
  return "";
}

namespace detail {

Normalized normalize_checked(std::string_view address, const NormalizeOptions& options) {
  std::string domain;
  Parsed p = parse(address, domain, true);
  // Exempt addresses drop nothing, so there are no aliases to keep apart.
  if (p.exempt || options.keep_aliases_of.empty()) return std::move(p.result);

  std::string entry_domain;
  for (const std::string& entry : options.keep_aliases_of) {
    // Entries are compared by their own key, so "Test.Account@GoogleMail.com" on the list
    // covers testaccount+1@gmail.com: whoever writes the list need not know the rules.
    const Parsed e = parse(text::trim(entry), entry_domain, false);
    if (e.result.normalized != p.result.normalized) continue;
    Normalized r;
    r.base = std::move(p.result.base);
    r.normalized.reserve(p.local.size() + 1 + p.key_domain.size());
    append_lower(r.normalized, p.local);
    r.normalized.append(1, '@').append(p.key_domain);
    r.rule = NormalizeRule::allow_listed;
    return r;
  }
  return std::move(p.result);
}

std::string dedup_key_checked(std::string_view address) {
  std::string domain;
  return std::move(parse(address, domain, false).result.normalized);
}

}  // namespace detail

expected<Normalized, Error> normalize(std::string_view address, const NormalizeOptions& options) {
  // Only the verdict: a typo suggestion would be computed and thrown away.
  const CheckResult checked = detail::check_format(address);
  if (!checked.ok()) return expected<Normalized, Error>::failure(checked.error);
  return detail::normalize_checked(checked.value, options);
}

}  // namespace contactcheck::email
