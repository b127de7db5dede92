// STUB — replaced by the normalization issue's implementation.
#include "contactcheck/email/normalize.h"

namespace contactcheck::email {

std::string_view code(NormalizeRule) { return "lowercase"; }
expected<Normalized, Error> normalize(std::string_view address, const NormalizeOptions&) {
  return Normalized{std::string(address), std::string(address), NormalizeRule::lowercase};
}

}  // namespace contactcheck::email
