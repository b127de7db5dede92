// The WebAssembly engine: Embind glue over the core, one file per concept. No behaviour here.
#include <emscripten/bind.h>

#include "contactcheck/messages.h"
#include "glue/fields.h"
#include "wasm/convert.h"

namespace contactcheck::wasm {
namespace {

std::string messages(const std::string& locale) {
  return glue::all_messages(parse_locale(locale).value_or(Locale::en));
}
std::string versions() { return glue::versions("wasm"); }

}  // namespace
}  // namespace contactcheck::wasm

EMSCRIPTEN_BINDINGS(contactcheck_module) {
  emscripten::function("keyNames", &contactcheck::glue::key_names);
  emscripten::function("messages", &contactcheck::wasm::messages);
  emscripten::function("versions", &contactcheck::wasm::versions);
}
