// Languages the user-facing messages exist in.
#ifndef CONTACTCHECK_LOCALE_H_
#define CONTACTCHECK_LOCALE_H_

#include <cstdint>
#include <optional>
#include <string_view>

namespace contactcheck {

enum class Locale : std::uint8_t { en, ja };

// "ja", "ja-JP", "JA_jp" → ja; "en", "en-US" → en; anything else → nullopt.
std::optional<Locale> parse_locale(std::string_view tag);

}  // namespace contactcheck

#endif  // CONTACTCHECK_LOCALE_H_
