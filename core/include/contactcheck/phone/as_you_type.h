// As-you-type formatting with libphonenumber's AsYouTypeFormatter: the intermediate outputs
// are Google's own (for JP "0312…" it shows "031" then "03-12"), and the caret position it
// remembers lets a form keep the caret where the person is typing.
// Constructing one is cheap after the first for a region: formatters (with the regular
// expressions they compiled) are cleared and reused per thread, see as_you_type.cc.
#ifndef CONTACTCHECK_PHONE_AS_YOU_TYPE_H_
#define CONTACTCHECK_PHONE_AS_YOU_TYPE_H_

#include <memory>
#include <string>
#include <string_view>

namespace contactcheck::phone {

class AsYouType {
 public:
  // `region`: ISO 3166-1 alpha-2, any case; unknown regions format only numbers typed with +.
  explicit AsYouType(std::string_view region);
  ~AsYouType();
  AsYouType(AsYouType&&) noexcept;
  AsYouType& operator=(AsYouType&&) noexcept;

  // Feeds one character (the first UTF-8 code point of `ch`; full-width digits are folded) and
  // returns the whole formatted text so far. Invalid UTF-8 is ignored.
  std::string input(std::string_view ch);
  // Same, and remembers this character's position for remembered_position().
  std::string input_and_remember(std::string_view ch);
  // Feeds every code point of `text`; returns the final formatted text.
  std::string input_string(std::string_view text);
  // Position just after the remembered character in the current output, in UTF-16 code units:
  // what a text field's selectionStart counts, and what google-libphonenumber's JS answers
  // (libphonenumber's C++ GetRememberedPosition answers UTF-8 bytes: "03ー1" gave 6, not 4).
  // 0 when no character was remembered since the last clear().
  int remembered_position() const;
  void clear();

 private:
  void release();  // hands the formatter back for reuse (see as_you_type.cc)

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

struct Formatted {
  std::string text;
  int caret;  // in UTF-16 code units, as an <input>'s selectionStart
};

// Re-feeds a whole field value and maps the caret (UTF-16 index into `text`) to the formatted
// output, the way intl-tel-input does on every keystroke.
Formatted format_as_you_type(std::string_view text, std::string_view region, int caret);

}  // namespace contactcheck::phone

#endif  // CONTACTCHECK_PHONE_AS_YOU_TYPE_H_
