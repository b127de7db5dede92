// Email functions for the WebAssembly engine.
#include <emscripten/bind.h>

#include "contactcheck/email/check.h"
#include "contactcheck/email/normalize.h"
#include "contactcheck/email/suggest.h"
#include "glue/fields.h"
#include "wasm/convert.h"

namespace contactcheck::wasm {
namespace {

std::string check_email(const std::string& input, const std::string& locale) {
  const auto result = email::check(input, state().check_options());
  return glue::email_check(input, result, parse_locale(locale));
}

val suggest_email(const std::string& input, const val& domains) {
  std::optional<std::string> s;
  if (domains.isArray()) s = email::Suggester(strings(domains)).suggest(input);
  else s = state().current_suggester().suggest(input);
  return s ? val(*s) : val::null();
}

void set_domains(const val& domains) {
  state().suggester = std::make_unique<email::Suggester>(strings(domains));
}

double load_disposable(const std::string& text) {
  state().disposable = email::DomainList::from_text(text);
  state().has_disposable = true;
  return static_cast<double>(state().disposable.size());
}

std::string normalize_email(const std::string& input, const val& keep_aliases_of) {
  email::NormalizeOptions options;
  options.keep_aliases_of = strings(keep_aliases_of);
  return glue::email_normalize(input, email::normalize(input, options));
}

}  // namespace
}  // namespace contactcheck::wasm

EMSCRIPTEN_BINDINGS(contactcheck_email) {
  using namespace contactcheck::wasm;
  emscripten::function("checkEmail", &check_email);
  emscripten::function("suggestEmail", &suggest_email);
  emscripten::function("setDomains", &set_domains);
  emscripten::function("loadDisposable", &load_disposable);
  emscripten::function("normalizeEmail", &normalize_email);
}
