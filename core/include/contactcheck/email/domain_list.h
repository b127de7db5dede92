// A set of domains matched with their subdomains (a listed example.com also matches
// mx.example.com), for lists too large to compile in: disposable-mail domains are loaded by the
// server at start-up and never shipped in the browser build.
#ifndef CONTACTCHECK_EMAIL_DOMAIN_LIST_H_
#define CONTACTCHECK_EMAIL_DOMAIN_LIST_H_

#include <string>
#include <string_view>
#include <unordered_set>

namespace contactcheck::email {

class DomainList {
 public:
  DomainList() = default;
  // One domain per line; blank lines and lines starting with '#' are skipped; case-insensitive.
  static DomainList from_text(std::string_view text);
  void add(std::string_view domain);
  // True when `domain` or one of its parent domains is listed.
  bool matches(std::string_view domain) const;
  std::size_t size() const { return domains_.size(); }

 private:
  std::unordered_set<std::string> domains_;
};

}  // namespace contactcheck::email

#endif  // CONTACTCHECK_EMAIL_DOMAIN_LIST_H_
