// The WebAssembly engine: Embind glue over the core, one file per concept. No behaviour here.
#include <emscripten/bind.h>

#include "contactcheck/messages.h"
#include "glue/fields.h"
#include "wasm/writer.h"

namespace contactcheck::wasm {
namespace {

val messages(const std::string& locale) {
  return glue::all_messages(Writer(), parse_locale(locale).value_or(Locale::en)).value();
}
val versions() { return glue::versions(Writer(), "wasm").value(); }

}  // namespace
}  // namespace contactcheck::wasm

EMSCRIPTEN_BINDINGS(contactcheck_module) {
  emscripten::function("messages", &contactcheck::wasm::messages);
  emscripten::function("versions", &contactcheck::wasm::versions);
}
