// Per-process settings a JS caller makes once (its own suggestion domains, the disposable
// list it loaded) and the text results are encoded into, shared by both bindings. The core
// itself stays free of global state.
#ifndef CONTACTCHECK_GLUE_STATE_H_
#define CONTACTCHECK_GLUE_STATE_H_

#include <memory>
#include <string>
#include <vector>

#include "contactcheck/email/check.h"
#include "contactcheck/email/domain_list.h"
#include "contactcheck/email/suggest.h"

namespace contactcheck::glue {

struct State {
  std::unique_ptr<email::Suggester> suggester;  // null: the built-in default
  email::DomainList disposable;
  bool has_disposable = false;
  std::string results;  // every result is encoded here (glue/fields.h), reusing its capacity

  email::CheckOptions check_options() const {
    email::CheckOptions o;
    o.suggester = suggester.get();
    o.disposable = has_disposable ? &disposable : nullptr;
    return o;
  }
  const email::Suggester& current_suggester() const {
    return suggester ? *suggester : email::default_suggester();
  }
};

// The Node addon may be loaded in several worker threads; each gets its own State (N-API
// instance data), while the single-threaded WASM module keeps one.
}  // namespace contactcheck::glue

#endif  // CONTACTCHECK_GLUE_STATE_H_
