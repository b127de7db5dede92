// Email functions for the WebAssembly engine; email.js is their JS half.
#include "contactcheck/email/check.h"
#include "contactcheck/email/normalize.h"
#include "contactcheck/email/suggest.h"
#include "glue/fields.h"
#include "wasm/convert.h"

using namespace contactcheck;
using namespace contactcheck::wasm;

CONTACTCHECK_EXPORT const char* contactcheck_check_email(const char* input, size_t input_n, const char* locale,
                                                         size_t locale_n) {
  const std::string_view in = text(input, input_n);
  return result(glue::email_check(results(), in, email::check(in, state().check_options()), parse_locale(text(locale, locale_n))));
}

CONTACTCHECK_EXPORT const char* contactcheck_suggest_email(const char* input, size_t input_n, const uint32_t* domains,
                                                           int domain_count) {
  const auto own = list(domains, domain_count);
  if (own) return result(email::Suggester(*own).suggest(text(input, input_n)));
  return result(state().current_suggester().suggest(text(input, input_n)));
}

CONTACTCHECK_EXPORT void contactcheck_set_domains(const uint32_t* domains, int domain_count) {
  state().suggester = std::make_unique<email::Suggester>(list(domains, domain_count).value_or(std::vector<std::string>{}));
}

CONTACTCHECK_EXPORT double contactcheck_load_disposable(const char* list_text, size_t list_n) {
  state().disposable = email::DomainList::from_text(text(list_text, list_n));
  state().has_disposable = true;
  return static_cast<double>(state().disposable.size());
}

CONTACTCHECK_EXPORT const char* contactcheck_normalize_email(const char* input, size_t input_n,
                                                             const uint32_t* keep_aliases_of, int keep_count) {
  email::NormalizeOptions options;
  options.keep_aliases_of = list(keep_aliases_of, keep_count).value_or(std::vector<std::string>{});
  const std::string_view in = text(input, input_n);
  return result(glue::email_normalize(results(), in, email::normalize(in, options)));
}
