// AsYouType against tests/data/phone_as_you_type.tsv, whose sequences come from an independent
// implementation of Google's formatter (see the file's header).
#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "contactcheck/phone/as_you_type.h"
#include "phonenumbers/asyoutypeformatter.h"
#include "phonenumbers/phonenumberutil.h"
#include "test_data.h"

namespace contactcheck::phone {
namespace {

std::vector<std::string> typed(std::string_view region, std::string_view digits) {
  AsYouType f(region);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < digits.size();) {
    const auto lead = static_cast<unsigned char>(digits[i]);  // one UTF-8 character per key
    const std::size_t len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    out.push_back(f.input(digits.substr(i, len)));
    i += len;
  }
  return out;
}

TEST(AsYouType, DataFile) {
  const auto rows = test::read_tsv("phone_as_you_type.tsv");
  ASSERT_GT(rows.size(), 5u);
  for (const auto& row : rows) {
    SCOPED_TRACE(row[0] + " " + row[1]);
    std::vector<std::string> expected(row.begin() + 2, row.end());
    EXPECT_EQ(typed(row[0], row[1]), expected);
  }
}

TEST(AsYouType, RemembersTheCaret) {
  AsYouType f("JP");
  f.input("0");
  f.input("9");
  f.input_and_remember("0");
  for (char c : std::string("12345678")) f.input(std::string(1, c));
  EXPECT_EQ(f.input_string(""), "090-1234-5678");
  EXPECT_EQ(f.remembered_position(), 3);
}

TEST(AsYouType, LongInputIsEchoedInLinearTime) {
  // Google's formatter (checked with its JavaScript port) echoes what was typed long before 64
  // characters; past that the core echoes without calling it, so a megabyte stays cheap.
  const std::string digits = [] { std::string s; for (int i = 0; i < 7; ++i) s += "09012345678"; return s; }();
  AsYouType f("JP");
  std::string out;
  for (char c : digits) out = f.input(std::string(1, c));
  EXPECT_EQ(out, digits);
  const std::string big(1 << 20, '9');
  EXPECT_EQ(AsYouType("JP").input_string(big), big);
  EXPECT_EQ(format_as_you_type(big, "JP", 5).text, big);
}

TEST(AsYouType, AReusedFormatterStartsClean) {
  // Left mid-number, with a remembered position and an international prefix: the next
  // AsYouType of the region gets that formatter back, and must start from nothing.
  {
    AsYouType f("JP");
    f.input_string("+1650");
    f.input_and_remember("2");
    AsYouType g("JP");
    g.input_string("0120");
  }
  for (int i = 0; i < 3; ++i) {
    AsYouType f("JP");
    EXPECT_EQ(f.input_string("0312345678"), "03-1234-5678");
    EXPECT_EQ(f.remembered_position(), 0);
  }
  AsYouType moved("JP");
  moved.input_string("090");
  AsYouType target("US");
  target = std::move(moved);  // target's US formatter goes back to the pool
  EXPECT_EQ(target.input_string("12345678"), "090-1234-5678");
  // As tests/data/phone_as_you_type.tsv has it for 2015550123 (Google's JS formatter).
  EXPECT_EQ(AsYouType("US").input_string("2015550123"), "(201) 555-0123");
}

TEST(AsYouType, AReusedFormatterAnswersAsAFreshOne) {
  // Formatters come back from the pool with what they worked out about their region's formats
  // (deps/patches/libphonenumber/25-…: kept across Clear()), and one that has followed a +
  // into another country's metadata is cleared back to its own. Every region's example numbers
  // of every type, typed nationally and with +, in their region and in JP and US (whose pooled
  // formatters thus see every country's formats), must give after each key what a formatter
  // that never typed anything gives.
  using i18n::phonenumbers::AsYouTypeFormatter;
  using i18n::phonenumbers::PhoneNumber;
  using i18n::phonenumbers::PhoneNumberUtil;
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  std::set<std::string> regions;
  util.GetSupportedRegions(&regions);
  std::size_t sequences = 0;
  auto check = [&](const std::string& region, const std::string& digits) {
    AsYouType reused(region);
    const std::unique_ptr<AsYouTypeFormatter> fresh(util.GetAsYouTypeFormatter(region));
    std::string want;
    for (char c : digits) {
      fresh->InputDigit(c, &want);
      ASSERT_EQ(reused.input(std::string(1, c)), want) << region << " typing " << digits;
    }
    ++sequences;
  };
  for (int round = 0; round < 2; ++round) {  // the second round finds every formatter warm
    for (const std::string& region : regions) {
      for (int t = PhoneNumberUtil::FIXED_LINE; t <= PhoneNumberUtil::VOICEMAIL; ++t) {
        PhoneNumber number;
        if (!util.GetExampleNumberForType(region, static_cast<PhoneNumberUtil::PhoneNumberType>(t),
                                          &number)) {
          continue;
        }
        std::string national, e164;
        util.Format(number, PhoneNumberUtil::NATIONAL, &national);
        util.NormalizeDigitsOnly(&national);
        util.Format(number, PhoneNumberUtil::E164, &e164);
        check(region, national);
        check(region, e164);
        check("JP", e164);
        check("US", e164);
      }
    }
  }
  EXPECT_GT(sequences, 7000u);  // 245 regions, most with several types
}

TEST(FormatAsYouType, DataFileAsWholeFieldValues) {
  // A whole field value formats as its last keystroke did. Twice over, regions interleaved:
  // the second pass runs on formatters the first one used (kept per thread, cleared), and
  // must answer as fresh ones did.
  const auto rows = test::read_tsv("phone_as_you_type.tsv");
  ASSERT_GT(rows.size(), 5u);
  // formatAsYouType re-feeds ASCII and full-width digits only; other scripts' digits (the
  // Arabic-Indic rows) are left as typed, like letters (LeavesNonNumbersAsTyped).
  auto ascii_or_fullwidth = [](const std::string& s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
      const auto b = static_cast<unsigned char>(s[i]);
      if (b >= 0x80 && b < 0xC0) continue;  // a continuation byte
      if (b >= 0x80 && b != 0xEF) return false;  // full-width forms are U+FF01-U+FF5E
    }
    return true;
  };
  for (int pass = 0; pass < 2; ++pass) {
    for (const auto& row : rows) {
      if (!ascii_or_fullwidth(row[1])) continue;
      SCOPED_TRACE(row[0] + " " + row[1] + " pass " + std::to_string(pass));
      const auto r = format_as_you_type(row[1], row[0], static_cast<int>(row[1].size()));
      EXPECT_EQ(r.text, row.back());
    }
  }
}

TEST(FormatAsYouType, LeavesNonNumbersAsTyped) {
  // An extension or letters: reformatting would drop them.
  auto r = format_as_you_type("090-1234-5678 \xE5\x86\x85\xE7\xB7\x9A" "12", "JP", 4);
  EXPECT_EQ(r.text, "090-1234-5678 \xE5\x86\x85\xE7\xB7\x9A" "12");
  EXPECT_EQ(r.caret, 4);
  EXPECT_EQ(format_as_you_type("1-800-FLOWERS", "US", 3).text, "1-800-FLOWERS");
  EXPECT_EQ(format_as_you_type("+\xD9\xA9\xD9\xA6\xD9\xA6", "SA", 3).text,  // +٩٦٦
            "+\xD9\xA9\xD9\xA6\xD9\xA6");
}

TEST(FormatAsYouType, MapsTheCaret) {
  // A digit typed in the middle ("090-12|34" + '9'): the caret stays right after it, although
  // the hyphen moves from after "1234" to after "1293".
  auto r = format_as_you_type("090-12934", "JP", 7);
  EXPECT_EQ(r.text, "090-1293-4");
  EXPECT_EQ(r.caret, 7);
  // Beyond what any JP number can be, Google's formatter gives up and shows the digits.
  r = format_as_you_type("090-129345678", "JP", 7);
  EXPECT_EQ(r.text, "090129345678");
  EXPECT_EQ(r.caret, 6);
  r = format_as_you_type("０９０１２３４５６７８", "JP", 11);
  EXPECT_EQ(r.text, "090-1234-5678");
  EXPECT_EQ(r.caret, 13);
  r = format_as_you_type("", "JP", 0);
  EXPECT_EQ(r.text, "");
  EXPECT_EQ(r.caret, 0);
}

}  // namespace
}  // namespace contactcheck::phone
