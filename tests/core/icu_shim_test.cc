// libphonenumber is built without ICU: its one ICU call, u_charDigitValue, comes from a table
// generated from Debian's UnicodeData.txt (deps/libphonenumber/icu_shim). Real ICU is the
// oracle, for every code point.
#include <cstdint>

// The shim's function (C++ linkage, in libphonenumber.a), reached before ICU's header renames
// u_charDigitValue to its versioned C symbol.
int32_t u_charDigitValue(int32_t c);
static int32_t shim_digit_value(int32_t c) { return u_charDigitValue(c); }

#include <gtest/gtest.h>
#include <unicode/uchar.h>

TEST(IcuShim, MatchesIcuForEveryCodePoint) {
  int mismatches = 0, digits = 0;
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    const int32_t ours = shim_digit_value(c);
    // ICU answers u_charDigitValue for some non-decimal numerics too; libphonenumber only
    // cares about decimal digits (Nd), which the shim covers.
    const bool decimal = u_charType(c) == U_DECIMAL_DIGIT_NUMBER;
    const int32_t icu = decimal ? u_charDigitValue(c) : -1;
    if (ours != icu && ++mismatches < 10) {
      ADD_FAILURE() << "U+" << std::hex << c << ": shim " << ours << ", ICU " << icu;
    }
    digits += ours >= 0;
  }
  EXPECT_EQ(mismatches, 0);
  EXPECT_GT(digits, 600);  // Unicode 15 has 680 decimal digits
}
