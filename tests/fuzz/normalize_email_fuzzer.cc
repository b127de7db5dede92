// normalizeEmail on arbitrary bytes, plain and with a keep-aliases-of list taken from the input
// (everything before the first '\n'); the key is lower-case and the rule has a name.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "contactcheck/email/check.h"
#include "contactcheck/email/normalize.h"

using namespace contactcheck;

namespace {
void check_result(std::string_view input, const email::NormalizeOptions& o) {
  const auto r = email::normalize(input, o);
  if (r) {
    if (r->normalized.empty() || email::code(r->rule).empty()) std::abort();
    for (const char c : r->normalized) {
      if (c >= 'A' && c <= 'Z') std::abort();
    }
    // A dedup key is a fixed point: normalizing it again gives itself.
    const auto again = email::normalize(r->normalized, o);
    if (!again) std::abort();
  } else if (r.error() == email::Error::none || email::code(r.error()).empty()) {
    std::abort();
  }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  check_result(input, {});
  const auto nl = input.find('\n');
  if (nl != std::string_view::npos) {
    email::NormalizeOptions o;
    o.keep_aliases_of.emplace_back(input.substr(0, nl));
    check_result(input.substr(nl + 1), o);
  }
  return 0;
}
