// suggestEmail on arbitrary bytes: the default suggester, and one built from caller domains
// taken from the input (first line, comma-separated), as suggestEmail(input, { domains }) does.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "contactcheck/email/suggest.h"

using namespace contactcheck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto& def = email::default_suggester();

  if (auto s = def.suggest(input)) {
    if (s->empty() || *s == input) std::abort();  // a suggestion is a different, full address
  }
  const auto at = input.rfind('@');
  (void)def.suggest_domain(at == std::string_view::npos ? input : input.substr(at + 1));

  const auto nl = input.find('\n');
  if (nl != std::string_view::npos) {
    std::vector<std::string> domains;
    std::string_view list = input.substr(0, nl);
    while (!list.empty()) {
      const auto comma = list.find(',');
      domains.emplace_back(list.substr(0, comma));
      list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    }
    const email::Suggester custom(domains);
    (void)custom.suggest(input.substr(nl + 1));
  }
  return 0;
}
