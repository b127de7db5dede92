#include "contactcheck/phone/as_you_type.h"

#include <algorithm>
#include <memory>
#include <vector>

#include "phone/util.h"
#include "phonenumbers/asyoutypeformatter.h"
#include "text.h"

namespace contactcheck::phone {
namespace {

using i18n::phonenumbers::AsYouTypeFormatter;

// Full-width digits and '＋' are what a Japanese IME types; the formatter wants ASCII.
int32_t fold(int32_t cp) { return cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFF01 + 0x21 : cp; }

bool dialable(int32_t cp) { return (cp >= '0' && cp <= '9') || cp == '+'; }

}  // namespace

struct AsYouType::Impl {
  std::unique_ptr<AsYouTypeFormatter> formatter;
  std::string output;
};

AsYouType::AsYouType(std::string_view region) : impl_(new Impl) {
  impl_->formatter.reset(util().GetAsYouTypeFormatter(normalize_region(region)));
}
AsYouType::~AsYouType() = default;
AsYouType::AsYouType(AsYouType&&) noexcept = default;
AsYouType& AsYouType::operator=(AsYouType&&) noexcept = default;

std::string AsYouType::input(std::string_view ch) {
  if (ch.empty()) return impl_->output;
  std::size_t i = 0;
  const int32_t cp = text::next_code_point(ch, i);
  if (cp < 0) return impl_->output;
  impl_->formatter->InputDigit(fold(cp), &impl_->output);
  return impl_->output;
}

std::string AsYouType::input_and_remember(std::string_view ch) {
  if (ch.empty()) return impl_->output;
  std::size_t i = 0;
  const int32_t cp = text::next_code_point(ch, i);
  if (cp < 0) return impl_->output;
  impl_->formatter->InputDigitAndRememberPosition(fold(cp), &impl_->output);
  return impl_->output;
}

std::string AsYouType::input_string(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const int32_t cp = text::next_code_point(s, i);
    if (cp >= 0) impl_->formatter->InputDigit(fold(cp), &impl_->output);
  }
  return impl_->output;
}

int AsYouType::remembered_position() const { return impl_->formatter->GetRememberedPosition(); }

void AsYouType::clear() {
  impl_->formatter->Clear();
  impl_->output.clear();
}

Formatted format_as_you_type(std::string_view text_in, std::string_view region, int caret) {
  // A field value holds what the formatter inserted on the last keystroke (spaces, hyphens,
  // parentheses): only the digits and a leading '+' are fed again, as intl-tel-input does.
  // The caret follows the last digit that stood before it.
  std::vector<int32_t> feed;
  std::size_t last_before_caret = std::string::npos;
  int utf16_index = 0;
  for (std::size_t i = 0; i < text_in.size();) {
    const int32_t raw = text::next_code_point(text_in, i);
    const int32_t cp = raw < 0 ? -1 : fold(raw);
    if (dialable(cp) && (cp != '+' || feed.empty())) {
      if (utf16_index < caret) last_before_caret = feed.size();
      feed.push_back(cp);
    }
    utf16_index += raw >= 0x10000 ? 2 : 1;
  }
  AsYouType formatter(region);
  Formatted result{"", 0};
  for (std::size_t k = 0; k < feed.size(); ++k) {
    const std::string ch(1, static_cast<char>(feed[k]));
    result.text = k == last_before_caret ? formatter.input_and_remember(ch) : formatter.input(ch);
  }
  if (last_before_caret != std::string::npos) {
    // The formatted output is ASCII, so code points and UTF-16 units coincide.
    result.caret = std::min(formatter.remembered_position(), static_cast<int>(result.text.size()));
  }
  return result;
}

}  // namespace contactcheck::phone
