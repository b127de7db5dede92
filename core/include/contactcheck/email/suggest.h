// Typo suggestions for the domain of an address ("did you mean gmail.com?").
//
// Policy: docs/policy/email-suggest.md (issue "Email typo suggestions"). A wrong suggestion on a
// correct address is worse than none, so the suggester never touches a domain that is known or
// plausibly real, and prefers silence on a tie. The algorithm and its reasoning are in
// core/src/email/suggest.cc.
#ifndef CONTACTCHECK_EMAIL_SUGGEST_H_
#define CONTACTCHECK_EMAIL_SUGGEST_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace contactcheck::email {

class Suggester {
 public:
  // Built-in knowledge only (core/data/: mailbox domains, public suffixes, IANA TLDs).
  Suggester();
  // Built-in knowledge plus the caller's own domains (company, customers), treated as known
  // and as suggestion targets. Entries that are not host names are ignored.
  explicit Suggester(const std::vector<std::string>& extra_domains);
  ~Suggester();
  Suggester(Suggester&&) noexcept;
  Suggester& operator=(Suggester&&) noexcept;

  // The full corrected address (local part exactly as typed, domain lower-cased), or nullopt.
  std::optional<std::string> suggest(std::string_view address) const;
  // The corrected domain alone, or nullopt.
  std::optional<std::string> suggest_domain(std::string_view domain) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// The built-in suggester, built once.
const Suggester& default_suggester();

}  // namespace contactcheck::email

#endif  // CONTACTCHECK_EMAIL_SUGGEST_H_
