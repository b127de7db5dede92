// STUB — replaced by the format-check issue's implementation.
#include "contactcheck/messages.h"

namespace contactcheck {

std::optional<Locale> parse_locale(std::string_view tag) {
  if (tag.substr(0, 2) == "ja") return Locale::ja;
  if (tag.substr(0, 2) == "en") return Locale::en;
  return std::nullopt;
}
std::string_view message(email::Error, Locale) { return ""; }
std::string_view message(email::Warning, Locale) { return ""; }
std::string_view message(phone::Error, Locale) { return ""; }
std::vector<std::pair<std::string_view, std::string_view>> all_messages(Locale) { return {}; }

}  // namespace contactcheck
