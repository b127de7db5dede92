// The string a result object crosses into JS as (glue/encode.h): its grammar, UTF-16 lengths,
// and invalid UTF-8 made well-formed by the Unicode "maximal subpart" rule that V8 and
// TextDecoder follow, so the lengths agree with what the engines decode.
//
// This is the only test file that includes glue/, and it does so with the Encoder's shape
// check on (CONTACTCHECK_GLUE_CHECK_SHAPES): a key set out of its shape's order, one too many
// or one missing is counted in Encoder::shape_errors. The bindings build without it.
#define CONTACTCHECK_GLUE_CHECK_SHAPES 1

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "glue/encode.h"
#include "glue/fields.h"

namespace contactcheck::glue {
namespace {

std::string one_string(std::string_view v) {
  std::string text;
  Encoder e(text);
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
  std::string text;
  Encoder e(text);
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
  std::string text;
  Encoder e(text);
  e.set_ints(Key::expectedLengths, {0, 7, -1, 2147483647, -2147483647 - 1});
  EXPECT_EQ(e.take(), "Q[i0;i7;i-1;i2147483647;i-2147483648;]");
}

// Results share one text per binding state: each Encoder starts it empty, and what take()
// returned stays readable until the next Encoder on that text.
TEST(GlueEncode, EachEncoderStartsEmpty) {
  std::string text;
  std::string first;
  {
    Encoder e(text);
    const std::string x(300, 'x');
    e.set(Key::text, std::string_view(x));
    first = std::string(e.take());
  }
  EXPECT_EQ(first.size(), 1 + 5 + 300u);
  Encoder e(text);
  e.set(Key::ok, true);
  EXPECT_EQ(e.take(), "Bt");
}

// The Encoder writes through a 256-byte buffer into the text: values that straddle its end,
// fill it exactly or exceed it arrive whole and in order. The expected text is built here from
// the grammar, one field at a time.
TEST(GlueEncode, ValuesAcrossTheWriteBuffer) {
  for (std::size_t n : {0u, 1u, 200u, 243u, 244u, 245u, 255u, 256u, 257u, 600u}) {
    std::string text;
    Encoder e(text);
    std::string expected;
    for (int i = 0; i < 5; ++i) {
      const std::string v(n + static_cast<std::size_t>(i), static_cast<char>('a' + i));
      e.set(Key::text, std::string_view(v));
      e.set_ints(Key::caret, {i, -i});
      expected += text_key() + ("s" + std::to_string(v.size()) + ":" + v);
      expected += "W[i" + std::to_string(i) + ";i" + (i ? "-" : "") + std::to_string(i) + ";]";
    }
    EXPECT_EQ(e.take(), expected) << n;
    EXPECT_EQ(e.take(), expected) << "take() twice, " << n;
  }
}

// A huge result's text is released by the next Encoder, not kept for the life of the binding.
TEST(GlueEncode, HugeTextIsNotKept) {
  std::string text;
  {
    Encoder e(text);
    const std::string x(1 << 20, 'x');
    e.set(Key::text, std::string_view(x));
    EXPECT_GT(e.take().size(), 1u << 20);
  }
  Encoder e(text);
  e.set(Key::ok, false);
  EXPECT_EQ(e.take(), "Bf");
  EXPECT_LT(e.kept_bytes(), 1u << 20);
}

// A shaped object carries no keys: '(' and the shape's digit, its values, ')'; and the shape
// table that the decoder compares with its own.
TEST(GlueEncode, ShapedObjectsCarryOnlyValues) {
  std::string text;
  Encoder e(text);
  e.begin_object(Shape::email_normalize);
  e.set_input(Key::input);
  e.set(Key::ok, false);
  e.set(Key::error, "empty");
  e.set_null(Key::normalized);
  e.set_null(Key::base);
  e.set_null(Key::rule);
  e.end_object(Shape::email_normalize);
  EXPECT_EQ(e.take(), "(2Ifs5:emptynnn)");
  EXPECT_NE(key_names().find("|input,ok,error,normalized,base,rule|"), std::string::npos);
}

TEST(GlueEncode, TheShapeCheckCatchesKeysOutOfOrder) {
  std::string text;
  const auto errors = [&](std::initializer_list<Key> keys) {
    Encoder::shape_errors = 0;
    Encoder e(text);
    e.begin_object(Shape::email_normalize);
    for (Key k : keys) e.set_null(k);
    e.end_object(Shape::email_normalize);
    EXPECT_EQ(e.take().size(), 3 + keys.size());
    return Encoder::shape_errors;
  };
  EXPECT_EQ(errors({Key::input, Key::ok, Key::error, Key::normalized, Key::base, Key::rule}), 0);
  EXPECT_GT(errors({Key::input, Key::error, Key::ok, Key::normalized, Key::base, Key::rule}), 0);
  EXPECT_GT(errors({Key::input, Key::ok, Key::error, Key::normalized, Key::base}), 0);
  EXPECT_GT(errors({Key::input, Key::ok, Key::error, Key::normalized, Key::base, Key::rule, Key::rule}), 0);
  EXPECT_GT(errors({Key::input, Key::ok, Key::error, Key::normalized, Key::rule, Key::value}), 0);
  Encoder e(text);  // a keyed object after a shaped one has its keys again
  e.begin_object();
  e.set(Key::ok, true);
  e.end_object();
  EXPECT_EQ(e.take(), "{Bt}");
}

// Every shaped result of glue/fields.h, ok or not, with and without a locale, sets its shape's
// keys in order.
TEST(GlueEncode, FieldsFollowTheirShapes) {
  std::string text;
  Encoder::shape_errors = 0;
  const std::optional<Locale> locales[] = {std::nullopt, Locale::en, Locale::ja};
  for (std::string_view in : {"user@gmail.com", "user@gmal.com", "", "a@b", "\xE6\x9C\xAA\xE6\x9D\xA5",
                              "Mirai.Taro+shop@gmail.com", "taro..x@docomo.ne.jp", "user @example.com"}) {
    for (const auto& locale : locales) {
      const std::string out(email_check(text, in, email::check(in), locale));
      EXPECT_EQ(out.substr(0, 2), locale ? "(1" : "(0") << in;
      EXPECT_EQ(Encoder::shape_errors, 0) << in << ": " << out;
    }
    const std::string out(email_normalize(text, in, email::normalize(in)));
    EXPECT_EQ(out.substr(0, 2), "(2") << in;
    EXPECT_EQ(Encoder::shape_errors, 0) << in << ": " << out;
  }
  for (auto [in, region] : {std::pair<std::string_view, std::string_view>{"090-1234-5678", "JP"}, {"12", "JP"},
                            {"", "JP"}, {"+1 650 253 0000", ""}, {"0120-123-456 ext. 7", "JP"}, {"x", "ZZ"}}) {
    phone::ParseOptions options;
    options.region = region;
    for (const auto& locale : locales) {
      const std::string out(phone_parse(text, in, phone::parse(in, options), locale));
      EXPECT_EQ(out.substr(0, 2), locale ? "(4" : "(3") << in;
      EXPECT_EQ(Encoder::shape_errors, 0) << in << ": " << out;
    }
  }
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
