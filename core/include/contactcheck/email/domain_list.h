// A set of domains matched with their subdomains (a listed example.com also matches
// mx.example.com), for lists too large to compile in: disposable-mail domains are loaded by the
// server at start-up and never shipped in the browser build.
#ifndef CONTACTCHECK_EMAIL_DOMAIN_LIST_H_
#define CONTACTCHECK_EMAIL_DOMAIN_LIST_H_

#include <bitset>
#include <cstddef>
#include <deque>
#include <memory>
#include <string>
#include <string_view>

namespace contactcheck {
class StringIndex;  // core/src/string_table.h
}

namespace contactcheck::email {

class DomainList {
 public:
  DomainList();
  ~DomainList();
  DomainList(const DomainList& other);
  DomainList& operator=(const DomainList& other);
  DomainList(DomainList&&) noexcept;  // moves the deque's blocks: the views stay valid
  DomainList& operator=(DomainList&&) noexcept;

  // One domain per line; blank lines and lines starting with '#' are skipped; case-insensitive.
  static DomainList from_text(std::string_view text);
  void add(std::string_view domain);
  // True when `domain` or one of its parent domains is listed. Allocates nothing.
  bool matches(std::string_view domain) const;
  std::size_t size() const { return storage_.size(); }

 private:
  // RFC 1035: a host name has at most 253 characters; nothing longer is listed or looked up.
  static constexpr std::size_t kMaxDomain = 253;

  // The index holds views into storage_ (each listed domain once), so that matches() looks up
  // a suffix of the input without building a string. It is the open-addressing table of the
  // built-in domain tables: std::unordered_set<std::string_view> spent a byte-wise hash, a
  // division and a pointer chase per lookup, ~3 % of a native checkEmail.
  std::deque<std::string> storage_;
  std::unique_ptr<StringIndex> index_;
  // The lengths of the listed domains: a suffix of another length is not hashed at all, so
  // most suffixes of an address ("com", "gmail.com") cost one bit test against a short list.
  std::bitset<kMaxDomain + 1> lengths_;
};

}  // namespace contactcheck::email

#endif  // CONTACTCHECK_EMAIL_DOMAIN_LIST_H_
