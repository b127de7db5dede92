#include "contactcheck/locale.h"

#include "text.h"

namespace contactcheck {

using text::equals_ignore_case;

std::optional<Locale> parse_locale(std::string_view tag) {
  // Only the primary language subtag decides; browsers send "ja-JP", POSIX sends "ja_JP".
  const std::size_t end = tag.find_first_of("-_");
  const std::string_view language = tag.substr(0, end);
  if (equals_ignore_case(language, "ja")) return Locale::ja;
  if (equals_ignore_case(language, "en")) return Locale::en;
  return std::nullopt;
}

}  // namespace contactcheck
