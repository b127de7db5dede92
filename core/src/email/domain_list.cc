#include "contactcheck/email/domain_list.h"

#include <cstddef>
#include <memory>
#include <string>
#include <utility>

#include "email/listed_suffixes.h"
#include "string_table.h"
#include "text.h"

namespace contactcheck::email {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'; }

std::string_view strip_blanks(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace

DomainList::DomainList() : index_(std::make_unique<StringIndex>()) {}
DomainList::~DomainList() = default;
DomainList::DomainList(DomainList&&) noexcept = default;
DomainList& DomainList::operator=(DomainList&&) noexcept = default;

DomainList::DomainList(const DomainList& other) : DomainList() {
  for (const std::string& d : other.storage_) add(d);
}

DomainList& DomainList::operator=(const DomainList& other) {
  if (this != &other) *this = DomainList(other);
  return *this;
}

DomainList DomainList::from_text(std::string_view text) {
  DomainList list;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    const std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    const std::string_view entry = strip_blanks(line);
    if (entry.empty() || entry.front() == '#') continue;
    list.add(entry);
  }
  return list;
}

void DomainList::add(std::string_view domain) {
  domain = strip_blanks(domain);
  // Lists found in the wild write "*.example.com" or ".example.com" for "and subdomains", and
  // sometimes the DNS root dot; all mean the same entry here.
  if (domain.substr(0, 2) == "*.") domain.remove_prefix(2);
  if (!domain.empty() && domain.front() == '.') domain.remove_prefix(1);
  if (!domain.empty() && domain.back() == '.') domain.remove_suffix(1);
  if (domain.empty() || domain.size() > kMaxDomain) return;
  if (!index_) index_ = std::make_unique<StringIndex>();  // a moved-from list, reused
  std::string lowered = text::lower(domain);
  if (index_->contains(lowered)) return;
  storage_.push_back(std::move(lowered));
  index_->insert(storage_.back());
  lengths_.set(storage_.back().size());
}

bool DomainList::matches(std::string_view domain) const {
  if (!index_ || storage_.empty()) return false;
  return any_listed_suffix(domain, lengths_, [&](std::string_view suffix) { return index_->contains(suffix); });
}

}  // namespace contactcheck::email
