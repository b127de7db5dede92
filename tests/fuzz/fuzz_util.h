// Helpers shared by the fuzz targets: carving options out of the first input bytes.
#ifndef CONTACTCHECK_FUZZ_UTIL_H_
#define CONTACTCHECK_FUZZ_UTIL_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace contactcheck::fuzz {

// Regions worth exercising: home market, NANP, non-geographic, a few with unusual plans, and
// "" (needs a +). Byte values past the table give a raw two-byte region (garbage, lower-case,
// NUL, non-ASCII) instead.
inline constexpr std::string_view kRegions[] = {
    "JP", "US", "GB", "DE", "FR", "CN", "KR", "IN", "BR", "AU", "IT", "AR", "MX", "RU",
    "SG", "HK", "TW", "NZ", "001", "", "jp", "us", "ZZ", "XX",
};
inline constexpr std::size_t kRegionCount = sizeof(kRegions) / sizeof(kRegions[0]);

class Input {
 public:
  Input(const std::uint8_t* data, std::size_t size)
      : s_(reinterpret_cast<const char*>(data), size) {}
  std::uint8_t byte() {
    if (s_.empty()) return 0;
    const auto b = static_cast<std::uint8_t>(s_[0]);
    s_.remove_prefix(1);
    return b;
  }
  std::string_view take(std::size_t n) {
    n = n < s_.size() ? n : s_.size();
    const auto r = s_.substr(0, n);
    s_.remove_prefix(n);
    return r;
  }
  std::string_view region() {
    const std::uint8_t b = byte();
    if (b < 200) return kRegions[b % kRegionCount];
    return take(2);
  }
  std::string_view rest() const { return s_; }

 private:
  std::string_view s_;
};

}  // namespace contactcheck::fuzz

#endif  // CONTACTCHECK_FUZZ_UTIL_H_
