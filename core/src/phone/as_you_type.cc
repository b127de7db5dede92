#include "contactcheck/phone/as_you_type.h"

#include <algorithm>
#include <iterator>
#include <memory>
#include <string>
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

// What a formatter itself inserts, or a person types between digit groups (full-width forms
// are folded before this test).
bool separator(int32_t cp) {
  return cp == ' ' || cp == '-' || cp == '(' || cp == ')' || cp == '.' || cp == '/' ||
         cp == 0x30FC /* ー */ || cp == 0x2212 /* − */ || cp == 0x2010 /* ‐ */ || cp == 0x3000;
}

// A code point's length in UTF-16 code units: the unit of a text field's caret.
constexpr int utf16_units(int32_t cp) { return cp >= 0x10000 ? 2 : 1; }

// No phone number is anywhere near this long, and libphonenumber's formatter has long given up
// and echoes what was typed; it also copies everything typed so far on every keystroke, so
// feeding it megabytes is quadratic. Past this many characters we echo the input ourselves.
constexpr std::size_t kMaxFormatted = 64;

// A new AsYouTypeFormatter compiles, on its first keystrokes, every regular expression its
// region's formats use, into a cache of its own: ~200 µs for a JP number, 20 times the typing
// itself. So formatters are reused: one that is done with (an AsYouType destroyed, a
// format_as_you_type call over) is cleared (Clear() resets all typing state and keeps the
// compiled expressions) and kept for the next user of the same region. Per thread, at most
// kIdleFormatters idle ones; the one idle longest goes first. An idle formatter holds 33-41 KiB
// (measured over all 245 regions), so a full pool is ~1.3 MB: room for a server answering forms
// of many countries, where 8 thrashed on 10 rotating regions.
constexpr std::size_t kIdleFormatters = 32;

class FormatterPool {
 public:
  std::unique_ptr<AsYouTypeFormatter> take(const std::string& region) {
    for (auto it = idle_.rbegin(); it != idle_.rend(); ++it) {
      if (it->region == region) {
        auto f = std::move(it->formatter);
        idle_.erase(std::next(it).base());
        return f;
      }
    }
    return std::unique_ptr<AsYouTypeFormatter>(util().GetAsYouTypeFormatter(region));
  }
  void give(std::string region, std::unique_ptr<AsYouTypeFormatter> f) {
    f->Clear();
    if (idle_.size() == kIdleFormatters) idle_.erase(idle_.begin());
    idle_.push_back({std::move(region), std::move(f)});
  }
  ~FormatterPool() { alive = false; }

  // An AsYouType destroyed while its thread exits (after this pool) must not touch the pool.
  static thread_local bool alive;

 private:
  struct Idle {
    std::string region;
    std::unique_ptr<AsYouTypeFormatter> formatter;
  };
  std::vector<Idle> idle_;  // returned longest ago first
};
thread_local bool FormatterPool::alive = true;

FormatterPool& pool() {
  thread_local FormatterPool p;
  return p;
}

}  // namespace

struct AsYouType::Impl {
  std::string region;  // normalized, the pool's key
  std::unique_ptr<AsYouTypeFormatter> formatter;
  std::string output;
  std::string typed;  // the first kMaxFormatted characters fed (folded), for the echo
  std::size_t count = 0;
  // Past kMaxFormatted the output is what was typed, so a remembered position is the UTF-16
  // length of the typed text up to that character: kept for every remember, as one made before
  // the switch still counts after it.
  int typed_units = 0;
  int remembered = 0;

  const std::string& feed(int32_t cp, bool remember) {
    cp = fold(cp);
    typed_units += utf16_units(cp);
    if (remember) remembered = typed_units;
    if (++count > kMaxFormatted) {
      // From here on the output is the input as typed: append, never copy it whole again.
      if (count == kMaxFormatted + 1) output = std::move(typed);
      text::append_utf8(output, cp);
      return output;
    }
    text::append_utf8(typed, cp);
    if (remember) {
      formatter->InputDigitAndRememberPosition(cp, &output);
    } else {
      formatter->InputDigit(cp, &output);
    }
    return output;
  }
};

AsYouType::AsYouType(std::string_view region) : impl_(new Impl) {
  impl_->region = normalize_region(region);
  impl_->formatter = pool().take(impl_->region);
}
AsYouType::~AsYouType() { release(); }
AsYouType::AsYouType(AsYouType&&) noexcept = default;
AsYouType& AsYouType::operator=(AsYouType&& other) noexcept {
  if (this != &other) {
    release();
    impl_ = std::move(other.impl_);
  }
  return *this;
}

void AsYouType::release() {
  if (impl_ && impl_->formatter && FormatterPool::alive) {
    pool().give(std::move(impl_->region), std::move(impl_->formatter));
  }
  impl_.reset();
}

std::string AsYouType::input(std::string_view ch) {
  std::size_t i = 0;
  const int32_t cp = ch.empty() ? -1 : text::next_code_point(ch, i);
  return cp < 0 ? impl_->output : impl_->feed(cp, false);
}

std::string AsYouType::input_and_remember(std::string_view ch) {
  std::size_t i = 0;
  const int32_t cp = ch.empty() ? -1 : text::next_code_point(ch, i);
  return cp < 0 ? impl_->output : impl_->feed(cp, true);
}

std::string AsYouType::input_string(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const int32_t cp = text::next_code_point(s, i);
    if (cp >= 0) impl_->feed(cp, false);
  }
  return impl_->output;
}

int AsYouType::remembered_position() const {
  if (impl_->count > kMaxFormatted) return impl_->remembered;
  // libphonenumber answers a byte offset into its UTF-8 output.
  const std::string_view out(impl_->output);
  const std::size_t bytes = std::min(out.size(), static_cast<std::size_t>(std::max(0, impl_->formatter->GetRememberedPosition())));
  int units = 0;
  for (std::size_t i = 0; i < bytes;) units += utf16_units(text::next_code_point(out, i));
  return units;
}

void AsYouType::clear() {
  impl_->formatter->Clear();
  impl_->output.clear();
  impl_->typed.clear();
  impl_->count = 0;
  impl_->typed_units = 0;
  impl_->remembered = 0;
}

Formatted format_as_you_type(std::string_view text_in, std::string_view region, int caret) {
  // A field value holds what the formatter inserted on the last keystroke (spaces, hyphens,
  // parentheses): only the digits and a leading '+' are fed again, as intl-tel-input does.
  // The caret follows the last digit that stood before it.
  // Anything else (an extension "内線12", letters) is left exactly as typed: reformatting
  // would throw it away.
  std::string digits;  // dialable() is ASCII only
  std::size_t last_before_caret = std::string::npos;
  int utf16_index = 0;
  for (std::size_t i = 0; i < text_in.size();) {
    const int32_t raw = text::next_code_point(text_in, i);
    const int32_t cp = raw < 0 ? -1 : fold(raw);
    if (!dialable(cp) && !separator(cp)) return {std::string(text_in), caret};
    if (dialable(cp) && (cp != '+' || digits.empty())) {
      if (utf16_index < caret) last_before_caret = digits.size();
      digits.push_back(static_cast<char>(cp));
    }
    utf16_index += utf16_units(raw);
  }
  // Fed in at most three calls: each call returns a copy of the output, so a call per
  // character would make a long paste quadratic.
  AsYouType formatter(region);
  Formatted result{"", 0};
  if (last_before_caret == std::string::npos) {
    result.text = formatter.input_string(digits);
  } else {
    formatter.input_string(std::string_view(digits).substr(0, last_before_caret));
    formatter.input_and_remember(std::string_view(digits).substr(last_before_caret, 1));
    result.text = formatter.input_string(std::string_view(digits).substr(last_before_caret + 1));
  }
  if (last_before_caret != std::string::npos) {
    // The formatted output is ASCII, so code points and UTF-16 units coincide.
    result.caret = std::min(formatter.remembered_position(), static_cast<int>(result.text.size()));
  }
  return result;
}

}  // namespace contactcheck::phone
