#include "contactcheck/locale.h"

namespace contactcheck {
namespace {

bool equals_ignore_case(std::string_view a, std::string_view lower_b) {
  if (a.size() != lower_b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const char c = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
    if (c != lower_b[i]) return false;
  }
  return true;
}

}  // namespace

std::optional<Locale> parse_locale(std::string_view tag) {
  // Only the primary language subtag decides; browsers send "ja-JP", POSIX sends "ja_JP".
  const std::size_t end = tag.find_first_of("-_");
  const std::string_view language = tag.substr(0, end);
  if (equals_ignore_case(language, "ja")) return Locale::ja;
  if (equals_ignore_case(language, "en")) return Locale::en;
  return std::nullopt;
}

}  // namespace contactcheck
