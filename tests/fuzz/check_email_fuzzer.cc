// checkEmail on arbitrary bytes, with the default suggester and a small disposable list, as the
// bindings call it; then the documented invariants of the result.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "contactcheck/email/check.h"
#include "contactcheck/email/domain_list.h"
#include "contactcheck/email/suggest.h"
#include "contactcheck/locale.h"
#include "contactcheck/messages.h"

using namespace contactcheck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const email::DomainList disposable =
      email::DomainList::from_text("mailinator.com\nguerrillamail.com\n# comment\n\nyopmail.com\n");
  const std::string_view input(reinterpret_cast<const char*>(data), size);

  const email::CheckResult plain = email::check(input);
  email::CheckOptions o;
  o.suggester = &email::default_suggester();
  o.disposable = &disposable;
  const email::CheckResult r = email::check(input, o);

  // Invariants of the contract (DESIGN.md): the options never change the verdict; ok ⇔ a
  // normalized key; every code has a name and a message in both languages; the suggestion passes.
  if (plain.error != r.error || plain.value != r.value) std::abort();
  if (r.ok() != r.normalized.has_value()) std::abort();
  if (!r.ok() && email::code(r.error).empty()) std::abort();
  if (r.value.size() > input.size()) std::abort();
  // A suggestion is an address that passes, other than the value (docs/policy/email-format.md).
  if (r.suggestion && (*r.suggestion == r.value || !email::check(*r.suggestion).ok())) std::abort();
  for (const Locale l : {Locale::en, Locale::ja}) {
    if (!r.ok() && message(r.error, l).empty()) std::abort();
    for (const auto w : r.warnings) {
      if (email::code(w).empty() || message(w, l).empty()) std::abort();
    }
  }
  (void)parse_locale(input);
  (void)email::matches_pattern(r.value);
  return 0;
}
