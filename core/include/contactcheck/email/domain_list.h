// A set of domains matched with their subdomains (a listed example.com also matches
// mx.example.com), for lists too large to compile in: disposable-mail domains are loaded by the
// server at start-up and never shipped in the browser build.
#ifndef CONTACTCHECK_EMAIL_DOMAIN_LIST_H_
#define CONTACTCHECK_EMAIL_DOMAIN_LIST_H_

#include <bitset>
#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_set>

namespace contactcheck::email {

class DomainList {
 public:
  DomainList() = default;
  DomainList(const DomainList& other);
  DomainList& operator=(const DomainList& other);
  DomainList(DomainList&&) = default;  // moves the deque's blocks: the views stay valid
  DomainList& operator=(DomainList&&) = default;

  // One domain per line; blank lines and lines starting with '#' are skipped; case-insensitive.
  static DomainList from_text(std::string_view text);
  void add(std::string_view domain);
  // True when `domain` or one of its parent domains is listed. Allocates nothing.
  bool matches(std::string_view domain) const;
  std::size_t size() const { return domains_.size(); }

 private:
  // RFC 1035: a host name has at most 253 characters; nothing longer is listed or looked up.
  static constexpr std::size_t kMaxDomain = 253;

  // The set holds views into storage_ so that matches() can look up a suffix of the input
  // without building a std::string for each (C++17 sets have no heterogeneous lookup).
  std::deque<std::string> storage_;
  std::unordered_set<std::string_view> domains_;
  // The lengths of the listed domains: a suffix of another length is not hashed at all. The
  // built-in lists (carrier, relay) have a few dozen entries, so most suffixes of an address
  // ("com", "gmail.com") are rejected here; checkEmail looks up each suffix in two lists.
  std::bitset<kMaxDomain + 1> lengths_;
};

}  // namespace contactcheck::email

#endif  // CONTACTCHECK_EMAIL_DOMAIN_LIST_H_
