// The string a result object crosses into JS as (glue/encode.h): its grammar, UTF-16 lengths,
// and invalid UTF-8 made well-formed by the Unicode "maximal subpart" rule that V8 and
// TextDecoder follow, so the lengths agree with what the engines decode.
#include <gtest/gtest.h>

#include <string>

#include "glue/encode.h"

namespace contactcheck::glue {
namespace {

std::string one_string(std::string_view v) {
  Encoder e;
  e.begin_object();
  e.set(Key::text, v);
  e.end_object();
  return std::string(e.take());
}
// The key char of Key::text, as the grammar defines it ('@' + index in kKeyNames).
char text_key() {
  for (std::size_t i = 0; i < kKeyNames.size(); ++i) {
    if (kKeyNames[i] == "text") return static_cast<char>('@' + i);
  }
  return '?';
}
std::string expect_string(std::size_t utf16_units, std::string_view utf8) {
  return std::string("{") + text_key() + "s" + std::to_string(utf16_units) + ":" + std::string(utf8) + "}";
}

TEST(GlueEncode, KeyTableIsTheEnumInOrder) {
  EXPECT_EQ(kKeyNames[static_cast<int>(Key::input)], "input");
  EXPECT_EQ(kKeyNames[static_cast<int>(Key::expectedLengths)], "expectedLengths");
  EXPECT_EQ(kKeyNames[static_cast<int>(Key::engine)], "engine");
  EXPECT_EQ(key_names().substr(0, 15), "input,value,ok,");
}

TEST(GlueEncode, EveryValueKind) {
  Encoder e;
  e.begin_object();
  e.set_input(Key::input);
  e.set(Key::ok, true);
  e.set(Key::error, false);
  e.set_null(Key::value);
  e.set(Key::caret, -12);
  e.set_ints(Key::expectedLengths, {9, 10});
  e.set_strings(Key::warnings, {"a", ""});
  e.begin_object(Key::example);
  e.set(Key::mobile, std::optional<std::string>());
  e.end_object();
  e.set("dyn", "v");
  e.end_object();
  // Key chars: input=0 '@', ok=2 'B', error=3 'C', value=1 'A', caret=23 'W', expectedLengths=17 'Q',
  // warnings=6 'F', example=19 'S', mobile=20 'T'.
  EXPECT_EQ(e.take(), "{@IBtCfAnWi-12;Q[i9;i10;]F[s1:as0:]S{Tn}~s3:dyns1:v}");
}

// Integers are written digit by digit (no std::to_string): the edges of int.
TEST(GlueEncode, IntegersAtTheEdges) {
  Encoder e;
  e.set_ints(Key::expectedLengths, {0, 7, -1, 2147483647, -2147483647 - 1});
  EXPECT_EQ(e.take(), "Q[i0;i7;i-1;i2147483647;i-2147483648;]");
}

// Results share one per-thread text: each Encoder starts it empty, and what take() returned
// stays readable until the next Encoder.
TEST(GlueEncode, EachEncoderStartsEmpty) {
  std::string first;
  {
    Encoder e;
    const std::string x(300, 'x');
    e.set(Key::text, std::string_view(x));
    first = std::string(e.take());
  }
  EXPECT_EQ(first.size(), 1 + 5 + 300u);
  Encoder e;
  e.set(Key::ok, true);
  EXPECT_EQ(e.take(), "Bt");
}

// A huge result's text is released by the next Encoder, not kept for the life of the thread.
TEST(GlueEncode, HugeTextIsNotKept) {
  {
    Encoder e;
    const std::string x(1 << 20, 'x');
    e.set(Key::text, std::string_view(x));
    EXPECT_GT(e.take().size(), 1u << 20);
  }
  Encoder e;
  e.set(Key::ok, false);
  EXPECT_EQ(e.take(), "Bf");
  EXPECT_LT(e.kept_bytes(), 1u << 20);
}

TEST(GlueEncode, LengthsAreUtf16CodeUnits) {
  EXPECT_EQ(one_string(""), expect_string(0, ""));
  EXPECT_EQ(one_string(std::string_view("a\0b", 3)), expect_string(3, std::string_view("a\0b", 3)));
  EXPECT_EQ(one_string("\xC3\xA9"), expect_string(1, "\xC3\xA9"));                      // é
  EXPECT_EQ(one_string("\xE6\x97\xA5\xE6\x9C\xAC"), expect_string(2, "\xE6\x97\xA5\xE6\x9C\xAC"));  // 日本
  EXPECT_EQ(one_string("\xF0\x9F\x98\x80"), expect_string(2, "\xF0\x9F\x98\x80"));      // 😀: a surrogate pair
  EXPECT_EQ(one_string("}{~s1:"), expect_string(6, "}{~s1:"));                          // markers are data here
}

TEST(GlueEncode, InvalidUtf8BecomesReplacementCharacters) {
  const std::string fffd = "\xEF\xBF\xBD";
  // The Unicode Standard's own example (ch. 3.9, "U+FFFD Substitution of Maximal Subparts"):
  // 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64 → a FFFD FFFD FFFD b FFFD c FFFD FFFD d.
  EXPECT_EQ(one_string("\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64"),
            expect_string(10, "a" + fffd + fffd + fffd + "b" + fffd + "c" + fffd + fffd + "d"));
  EXPECT_EQ(one_string("\xC0\xAF"), expect_string(2, fffd + fffd));            // overlong
  EXPECT_EQ(one_string("\xED\xA0\x80"), expect_string(3, fffd + fffd + fffd));  // a surrogate
  EXPECT_EQ(one_string("\xF4\x90\x80\x80"), expect_string(4, fffd + fffd + fffd + fffd));  // > U+10FFFF
  EXPECT_EQ(one_string("x\xE2\x82"), expect_string(2, "x" + fffd));             // truncated at the end
  EXPECT_EQ(one_string("\xFF" "a"), expect_string(2, fffd + "a"));
}

}  // namespace
}  // namespace contactcheck::glue
