// AsYouType: the first byte picks a region; the rest is a stream of keystrokes. Control bytes
// steer the formatter: 0x01 clear(), 0x02 the next character through inputAndRemember, 0x03 the
// rest of the line through inputString; any other byte starts one UTF-8 character (a lead byte
// and its continuation bytes, possibly invalid) given to input(). Then the one-shot
// formatAsYouType over the whole text with a caret taken from the input.
#include <cstdint>
#include <string>
#include <string_view>

#include "contactcheck/phone/as_you_type.h"
#include "fuzz_util.h"

using namespace contactcheck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::Input in(data, size);
  const std::string_view region = in.region();
  const std::uint8_t caret_byte = in.byte();
  const std::string_view keys = in.rest();

  phone::AsYouType f(region);
  bool remember = false;
  for (std::size_t i = 0; i < keys.size();) {
    const auto c = static_cast<unsigned char>(keys[i]);
    if (c == 0x01) { f.clear(); ++i; continue; }
    if (c == 0x02) { remember = true; ++i; continue; }
    if (c == 0x03) {
      auto end = keys.find('\n', i + 1);
      if (end == std::string_view::npos) end = keys.size();
      (void)f.input_string(keys.substr(i + 1, end - i - 1));
      i = end;
      continue;
    }
    std::size_t j = i + 1;
    while (j < keys.size() && (static_cast<unsigned char>(keys[j]) & 0xC0) == 0x80 && j - i < 6) ++j;
    const std::string_view ch = keys.substr(i, j - i);
    (void)(remember ? f.input_and_remember(ch) : f.input(ch));
    remember = false;
    (void)f.remembered_position();
    i = j;
  }
  phone::AsYouType moved(std::move(f));
  (void)moved.input("5");

  const int caret = caret_byte == 255 ? -1 : static_cast<int>(caret_byte) * static_cast<int>(keys.size()) / 254;
  (void)phone::format_as_you_type(keys, region, caret);
  (void)phone::format_as_you_type(keys, region, 1 << 30);
  return 0;
}
