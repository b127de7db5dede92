// The WebAssembly engine: a C ABI over the core (wasm/convert.h), one file per concept, each
// with its JS half (module.js). No behaviour here.
#include "contactcheck/messages.h"
#include "glue/fields.h"
#include "wasm/convert.h"

using namespace contactcheck;
using namespace contactcheck::wasm;

// The argument area: at least `bytes` long, kept (and reused) until a call needs more.
CONTACTCHECK_EXPORT char* contactcheck_args(size_t bytes) {
  static std::vector<char> area;
  if (area.size() < bytes) area.resize(bytes);
  return area.data();
}
CONTACTCHECK_EXPORT uint32_t* contactcheck_result_size() { return &result_size(); }

CONTACTCHECK_EXPORT const char* contactcheck_key_names() { return result(glue::key_names()); }
CONTACTCHECK_EXPORT const char* contactcheck_messages(const char* locale, size_t locale_n) {
  return result(glue::all_messages(results(), parse_locale(text(locale, locale_n)).value_or(Locale::en)));
}
CONTACTCHECK_EXPORT const char* contactcheck_versions() { return result(glue::versions(results(), "wasm")); }
