// STUB — replaced by the suggestion issue's implementation.
#include "contactcheck/email/suggest.h"

namespace contactcheck::email {

struct Suggester::Impl {};
Suggester::Suggester() : impl_(new Impl) {}
Suggester::Suggester(const std::vector<std::string>&) : impl_(new Impl) {}
Suggester::~Suggester() = default;
Suggester::Suggester(Suggester&&) noexcept = default;
Suggester& Suggester::operator=(Suggester&&) noexcept = default;
std::optional<std::string> Suggester::suggest(std::string_view) const { return std::nullopt; }
std::optional<std::string> Suggester::suggest_domain(std::string_view) const { return std::nullopt; }
const Suggester& default_suggester() {
  static const Suggester s;
  return s;
}

}  // namespace contactcheck::email
