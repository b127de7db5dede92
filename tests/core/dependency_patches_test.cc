// The speed patches deps/build.sh applies to libphonenumber (deps/patches/libphonenumber/) must
// not change what it answers. libphonenumber's own 251 tests run on both engines too; these
// cover what those do not reach (with the production metadata): the address-keyed pattern
// cache when a string's buffer is reused, the replacement-string conversion on every short
// string, both paths of NormalizeDigitsOnly, each against an oracle written here from the
// behaviour it replaced, the remembered answers against the same calls made in an order where
// nothing can be remembered, the ASCII answers that stand in for the lazily compiled Unicode
// patterns against those patterns, substring ranges pinned as ICU pins them, the NATIONAL and
// INTERNATIONAL formats made together against two Format() calls, the starts a
// leading-digits pattern is read to allow against what RE2 matches, and the per-thread pattern
// table against caches made again at one address, each region's metadata, parsed on first
// use, against the compiled-in collection parsed in one piece, the number types found in
// one RE2::Set pass against the patterns matched one by one, the patterns answered
// without running them against the patterns, the UTF-8 span check's ASCII run against
// the rune loop it skips, the matcher's prefix match and Normalize's letter test against
// their patterns run by RE2, and UnicodeText's invalid code points (a space, no stderr).
#include <re2/re2.h>

#include <algorithm>
#include <bitset>
#include <cstddef>
#include <list>
#include <map>
#include <memory>
#include <new>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "phonenumbers/logger.h"
#include "phonenumbers/metadata.h"
#include "phonenumbers/phonemetadata.pb.h"
#include "phonenumbers/phonenumberutil.h"
#include "phonenumbers/regex_based_matcher.h"
#include "phonenumbers/regexp_adapter.h"
#include "phonenumbers/regexp_adapter_re2.h"
#include "phonenumbers/regexp_cache.h"
#include "phonenumbers/unicodestring.h"
#include "phonenumbers/utf/unicodetext.h"
#include "phonenumbers/utf/unilib.h"
#include "phonenumbers/utf/utf.h"

// libphonenumber's header befriends a class of this name for its own unit tests, which are a
// separate binary; here it opens the private steps that 07-lazy-unicode-patterns.patch changes.
namespace i18n::phonenumbers {
class PhoneNumberUtilTest {
 public:
  static const PhoneNumberUtil& util() { return *PhoneNumberUtil::GetInstance(); }
  static bool viable(const std::string& s) { return util().IsViablePhoneNumber(s); }
  static std::string trimmed(std::string s) {
    util().TrimUnwantedEndChars(&s);
    return s;
  }
  static bool strip_extension(std::string* number, std::string* extension) {
    return util().MaybeStripExtension(number, extension);
  }
  static std::string plus_chars() { return PhoneNumberUtil::kPlusChars; }
  static std::bitset<100> starts(const std::string& p) { return PhoneNumberUtil::LeadingDigitsStarts(p); }
  static std::string valid_punctuation() { return PhoneNumberUtil::kValidPunctuation; }
  static const PhoneMetadata* region_metadata(const PhoneNumberUtil& u, const std::string& region) {
    return u.GetMetadataForRegion(region);
  }
  static const PhoneMetadata* entity_metadata(const PhoneNumberUtil& u, int calling_code) {
    return u.GetMetadataForNonGeographicalRegion(calling_code);
  }
  static PhoneNumberUtil::PhoneNumberType type_of(const PhoneNumberUtil& u, const std::string& national,
                                                  const PhoneMetadata& m) {
    return u.GetNumberTypeHelper(national, m);
  }
  static bool matches_desc(const PhoneNumberUtil& u, const std::string& national,
                           const i18n::phonenumbers::PhoneNumberDesc& d) {
    return u.IsNumberMatchingDesc(national, d);
  }
  static std::string extract(const std::string& text) {
    std::string out = "unset";
    util().ExtractPossibleNumber(text, &out);
    return out;
  }
  static int strip_international(const std::string& idd, std::string* number) {
    return util().MaybeStripInternationalPrefixAndNormalize(idd, number);
  }
  static void normalize(std::string* number) { util().Normalize(number); }
  static std::vector<const PhoneMetadata*> all_metadata(const PhoneNumberUtil& u) {
    std::vector<const PhoneMetadata*> all;
    std::set<std::string> regions;
    u.GetSupportedRegions(&regions);
    for (const std::string& r : regions) all.push_back(u.GetMetadataForRegion(r));
    std::set<int> codes;
    u.GetSupportedGlobalNetworkCallingCodes(&codes);
    for (int c : codes) all.push_back(u.GetMetadataForNonGeographicalRegion(c));
    return all;
  }
  // A second util, besides the singleton. Its constructor and destructor set and free
  // libphonenumber's global logger, so the singleton's own is put back after it is gone.
  static std::shared_ptr<const PhoneNumberUtil> fresh_util() {
    return std::shared_ptr<const PhoneNumberUtil>(new PhoneNumberUtil(), [](const PhoneNumberUtil* u) {
      delete u;
      Logger::set_logger_impl(util().logger_.get());
    });
  }
};
}  // namespace i18n::phonenumbers

namespace {

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;
using i18n::phonenumbers::PhoneNumberUtilTest;
using i18n::phonenumbers::RE2RegExpFactory;
using i18n::phonenumbers::RegExp;
using i18n::phonenumbers::RegExpCache;

// 01-regexp-cache-by-address.patch -------------------------------------------------------

TEST(RegExpCachePatch, SameBufferWithOtherTextGetsItsOwnPattern) {
  RE2RegExpFactory factory;
  RegExpCache cache(factory, 16);
  std::string pattern = "a+";
  const RegExp& a = cache.GetRegExp(pattern);
  EXPECT_TRUE(a.FullMatch("aaa"));

  // Same address, same length, other text: what a temporary reusing a freed buffer looks like.
  const char* const buffer = pattern.data();
  pattern[0] = 'b';
  ASSERT_EQ(pattern.data(), buffer);
  const RegExp& b = cache.GetRegExp(pattern);
  EXPECT_NE(&a, &b);
  EXPECT_TRUE(b.FullMatch("bbb"));
  EXPECT_FALSE(b.FullMatch("aaa"));

  pattern[0] = 'a';
  EXPECT_EQ(&cache.GetRegExp(pattern), &a);
  const std::string elsewhere = "a+";  // same text at another address
  EXPECT_EQ(&cache.GetRegExp(elsewhere), &a);
}

TEST(RegExpCachePatch, ManyMorePatternsThanTableEntriesStayCorrect) {
  RE2RegExpFactory factory;
  RegExpCache cache(factory, 4);  // 3000 patterns for a 1024-entry table: constant collisions
  std::vector<std::string> patterns;
  for (int n = 1; n <= 3000; ++n) {
    patterns.push_back("x{" + std::to_string(n % 100 + 1) + "}y" + std::to_string(n));
  }
  std::vector<const RegExp*> first;
  for (const auto& p : patterns) first.push_back(&cache.GetRegExp(p));
  for (std::size_t i = patterns.size(); i-- > 0;) {
    const RegExp& r = cache.GetRegExp(patterns[i]);
    ASSERT_EQ(&r, first[i]) << patterns[i];
    const int n = static_cast<int>(i) + 1;
    const std::string y = "y" + std::to_string(n);
    ASSERT_TRUE(r.FullMatch(std::string(n % 100 + 1, 'x') + y)) << patterns[i];
    ASSERT_FALSE(r.FullMatch(std::string(n % 100 + 2, 'x') + y)) << patterns[i];
  }
}

// 12-regexp-cache-front-per-thread.patch: the per-thread table names caches by an id, so a
// cache made where a destroyed one lived never answers with the destroyed one's patterns: it
// compiles its own (counted here), and never reads a freed RegExp (which ASan, in the sanitizer
// suite, would report).
class CountingFactory : public RE2RegExpFactory {
 public:
  RegExp* CreateRegExp(const std::string& pattern) const override {
    ++made;
    return RE2RegExpFactory::CreateRegExp(pattern);
  }
  mutable int made = 0;
};

TEST(RegExpCachePatch, ACacheMadeAgainAtTheSameAddressAnswersWithItsOwnPatterns) {
  CountingFactory factory;
  const std::string pattern = "c+";  // one string at one address for every cache below
  alignas(RegExpCache) unsigned char storage[sizeof(RegExpCache)];
  for (int round = 1; round <= 3; ++round) {
    RegExpCache* cache = new (storage) RegExpCache(factory, 16);
    const RegExp& r = cache->GetRegExp(pattern);
    EXPECT_EQ(factory.made, round);
    EXPECT_TRUE(r.FullMatch("ccc"));
    EXPECT_EQ(&cache->GetRegExp(pattern), &r);  // again: from the per-thread table this time
    EXPECT_EQ(factory.made, round);
    cache->~RegExpCache();
  }
}

// 02-replacement-in-one-pass.patch -------------------------------------------------------

// The conversion as libphonenumber wrote it: every "$" becomes a backslash, then each pair of
// backslashes, left to right, becomes "$" (when there was no "$", the text is left alone).
std::string two_pass_conversion(const std::string& replacement) {
  if (replacement.find('$') == std::string::npos) return replacement;
  std::string s = replacement;
  for (char& c : s) c = c == '$' ? '\\' : c;
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == '\\') {
      out += '$';
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

TEST(ReplacementPatch, EveryShortReplacementRewritesAsBefore) {
  RE2RegExpFactory factory;
  const std::unique_ptr<RegExp> regexp(factory.CreateRegExp("(x)"));
  const re2::RE2 oracle("(x)");
  const std::string alphabet = "$\\1a";
  int checked = 0;
  std::vector<std::string> strings = {""};
  for (int length = 1; length <= 7; ++length) {
    std::vector<std::string> longer;
    for (const auto& s : strings) {
      if (static_cast<int>(s.size()) != length - 1) continue;
      for (char c : alphabet) longer.push_back(s + c);
    }
    strings.insert(strings.end(), longer.begin(), longer.end());
  }
  for (const auto& replacement : strings) {
    const std::string rewrite = two_pass_conversion(replacement);
    std::string error;
    // An invalid rewrite makes RE2 log an error line per call; only the valid ones (where a
    // difference would show in the output) are replaced. A new conversion that turned a valid
    // rewrite into an invalid one would fail below.
    if (!oracle.CheckRewriteString(rewrite, &error)) continue;
    std::string expected = "axb", actual = "axb";
    const bool expected_ok = re2::RE2::Replace(&expected, oracle, rewrite);
    const bool actual_ok = regexp->Replace(&actual, replacement);
    ASSERT_EQ(actual_ok, expected_ok) << replacement;
    ASSERT_EQ(actual, expected) << replacement;
    ++checked;
  }
  EXPECT_GT(checked, 1000);
  // The documented cases, spelled out.
  const std::unique_ptr<RegExp> two_digits(factory.CreateRegExp("(\\d)(\\d)"));
  std::string s = "12";
  ASSERT_TRUE(two_digits->Replace(&s, "$2-$1"));
  EXPECT_EQ(s, "2-1");
  s = "56";
  ASSERT_TRUE(two_digits->Replace(&s, "\\$$1"));  // an escaped "$", then group 1
  EXPECT_EQ(s, "$5");
}

// 03-region-lists-in-place.patch ---------------------------------------------------------

TEST(RegionListPatch, RegionsForCallingCodesAndNumbers) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  std::string region;
  util.GetRegionCodeForCountryCode(1, &region);
  EXPECT_EQ(region, "US");  // the main country of +1
  util.GetRegionCodeForCountryCode(44, &region);
  EXPECT_EQ(region, "GB");
  util.GetRegionCodeForCountryCode(800, &region);
  EXPECT_EQ(region, "001");  // non-geographic
  util.GetRegionCodeForCountryCode(999, &region);
  EXPECT_EQ(region, "ZZ");

  PhoneNumber number;
  number.set_country_code(1);
  number.set_national_number(6135550123ULL);  // Ottawa area code 613
  util.GetRegionCodeForNumber(number, &region);
  EXPECT_EQ(region, "CA");
  number.set_country_code(999);
  util.GetRegionCodeForNumber(number, &region);
  EXPECT_EQ(region, "ZZ");
}

// 04-ascii-digits-without-regex.patch ----------------------------------------------------

TEST(AsciiDigitsPatch, NormalizeDigitsOnlyKeepsDigitsOfEveryKind) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  for (int c = 1; c < 0x80; ++c) {
    std::string s = std::string("1") + static_cast<char>(c) + "2";
    util.NormalizeDigitsOnly(&s);
    const bool digit = c >= '0' && c <= '9';
    EXPECT_EQ(s, digit ? std::string("1") + static_cast<char>(c) + "2" : "12") << c;
  }
  std::string empty;
  util.NormalizeDigitsOnly(&empty);
  EXPECT_EQ(empty, "");
  // Any non-ASCII byte takes the original path: full-width and Arabic-Indic digits become
  // ASCII, everything else goes.
  std::string s = "\xEF\xBC\x90\xEF\xBC\x99\xEF\xBC\x90-12";  // ０９０-12
  util.NormalizeDigitsOnly(&s);
  EXPECT_EQ(s, "09012");
  s = "tel: \xD9\xA0\xD9\xA1\xD9\xA2 x3";  // ٠١٢
  util.NormalizeDigitsOnly(&s);
  EXPECT_EQ(s, "0123");
}

// 05-region-answer-remembered.patch, 06-format-tests-remembered.patch ---------------------
// Both remember the last answer per thread. Asked in an order where every call repeats the
// previous number and in one where none does, every answer must be the same.

std::vector<PhoneNumber> sample_numbers() {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  std::vector<PhoneNumber> out;
  for (const char* text : {"+1 650-253-0000", "+1 613-555-0123", "+1 242-357-1234",
                           "+54 9 11 2345-6789", "+44 7400 123456", "+44 1481 256789",
                           "+81 90-1234-5678", "+7 912 345-67-89", "+7 701 234 5678",
                           "+800 1234 5678", "+49 30 123456", "+39 02 1234 5678"}) {
    PhoneNumber n;
    EXPECT_EQ(util.Parse(text, "ZZ", &n), PhoneNumberUtil::NO_PARSING_ERROR) << text;
    out.push_back(n);
  }
  return out;
}

TEST(RememberedAnswerPatches, SameAnswersWhetherOrNotTheNumberRepeats) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  const std::vector<PhoneNumber> numbers = sample_numbers();
  const PhoneNumberUtil::PhoneNumberFormat formats[] = {PhoneNumberUtil::NATIONAL,
      PhoneNumberUtil::INTERNATIONAL, PhoneNumberUtil::RFC3966};
  auto answer = [&](const PhoneNumber& n, int what) {
    std::string out;
    if (what < 3) {
      util.Format(n, formats[what], &out);
    } else {
      util.GetRegionCodeForNumber(n, &out);
    }
    return out;
  };
  // Repeating: each number's answers one after another (the remembered ones are used).
  std::vector<std::string> repeating, interleaved(numbers.size() * 4);
  for (const auto& n : numbers) {
    for (int what = 0; what < 4; ++what) repeating.push_back(answer(n, what));
  }
  // Interleaved: the next call is always about another number.
  for (int what = 0; what < 4; ++what) {
    for (std::size_t i = 0; i < numbers.size(); ++i) {
      interleaved[i * 4 + what] = answer(numbers[i], what);
    }
  }
  EXPECT_EQ(repeating, interleaved);
  EXPECT_EQ(answer(numbers[1], 3), "CA");
  EXPECT_EQ(answer(numbers[2], 3), "BS");
  EXPECT_EQ(answer(numbers[5], 3), "GG");
  EXPECT_EQ(answer(numbers[8], 3), "KZ");
}

// 07-lazy-unicode-patterns.patch -------------------------------------------------------------

std::vector<std::string> strings_over(const std::string& alphabet, int max_length) {
  std::vector<std::string> out = {""};
  for (std::size_t from = 0; from < out.size(); ++from) {
    if (static_cast<int>(out[from].size()) == max_length) continue;
    for (char c : alphabet) out.push_back(out[from] + c);
  }
  return out;
}

TEST(LazyUnicodePatternsPatch, ViableNumberAsThePatternSaysOnPlainAscii) {
  // libphonenumber's viable-number pattern, built from its own constants, without the optional
  // extension at its end: on this alphabet (no letter, none of ;#~,) no extension can match.
  const re2::RE2 pattern("(?i)\\p{Nd}{2}|[" + PhoneNumberUtilTest::plus_chars() + "]*(?:[" +
                         PhoneNumberUtilTest::valid_punctuation() + "*]*\\p{Nd}){3,}[" +
                         PhoneNumberUtilTest::valid_punctuation() + "*a-z\\p{Nd}]*");
  ASSERT_TRUE(pattern.ok());
  int checked = 0;
  for (const auto& s : strings_over("01+-(.[/ *", 5)) {
    if (s.size() < 2) continue;  // IsViablePhoneNumber refuses these before any pattern
    ASSERT_EQ(PhoneNumberUtilTest::viable(s), re2::RE2::FullMatch(s, pattern)) << '"' << s << '"';
    ++checked;
  }
  EXPECT_GT(checked, 100000);
  // Outside that alphabet the pattern decides, extension included.
  EXPECT_TRUE(PhoneNumberUtilTest::viable("12x34"));
  EXPECT_TRUE(PhoneNumberUtilTest::viable("\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93"));  // １２３
  EXPECT_TRUE(PhoneNumberUtilTest::viable("650 253 0000 ext. 123"));
  EXPECT_FALSE(PhoneNumberUtilTest::viable("ab"));
  EXPECT_FALSE(PhoneNumberUtilTest::viable(std::string("12\0" "3", 4)));
}

TEST(LazyUnicodePatternsPatch, TrailingCharactersTrimmedAsThePatternSays) {
  const re2::RE2 unwanted("[^\\p{N}\\p{L}#]");
  // (Control characters are not valid for interchange: libphonenumber empties such input
  // before any pattern, as it did before the patch.)
  EXPECT_EQ(PhoneNumberUtilTest::trimmed("12\x01"), "");
  for (int c = 0x20; c < 0x7F; ++c) {
    const std::string tail(1, static_cast<char>(c));
    const bool trims = re2::RE2::FullMatch(tail, unwanted);
    EXPECT_EQ(PhoneNumberUtilTest::trimmed("12" + tail), trims ? "12" : "12" + tail) << c;
    EXPECT_EQ(PhoneNumberUtilTest::trimmed("12" + tail + ".-)"), trims ? "12" : "12" + tail) << c;
  }
  // Non-ASCII tails still go through the pattern: a full-width digit stays, an ideographic
  // space and a full-width parenthesis go.
  EXPECT_EQ(PhoneNumberUtilTest::trimmed("12\xEF\xBC\x93"), "12\xEF\xBC\x93");
  EXPECT_EQ(PhoneNumberUtilTest::trimmed("12\xE3\x80\x80\xEF\xBC\x89"), "12");
}

TEST(LazyUnicodePatternsPatch, ExtensionsStillFoundWhereAMarkerIs) {
  struct Case {
    const char* input;
    const char* number;
    const char* extension;
  };
  const Case cases[] = {
      {"1234567 ext. 89", "1234567", "89"},  {"1234567;ext=89", "1234567", "89"},
      {"1234567 x 89", "1234567", "89"},     {"1234567 #89", "1234567", "89"},
      {"1234567,,89", "1234567", "89"},      {"1234567 - 89#", "1234567", "89"},
      {"1234567 EXT 89", "1234567", "89"},
      {"1234567 \xD0\xB4\xD0\xBE\xD0\xB1 89", "1234567", "89"},  // доб
  };
  for (const Case& c : cases) {
    std::string number = c.input, extension;
    EXPECT_TRUE(PhoneNumberUtilTest::strip_extension(&number, &extension)) << c.input;
    EXPECT_EQ(number, c.number) << c.input;
    EXPECT_EQ(extension, c.extension) << c.input;
  }
  for (const char* plain : {"1234567", "123-4567", "(123) 456-7890", "+1 650 253 0000"}) {
    std::string number = plain, extension;
    EXPECT_FALSE(PhoneNumberUtilTest::strip_extension(&number, &extension)) << plain;
    EXPECT_EQ(number, plain);
    EXPECT_EQ(extension, "");
  }
}

// 08-as-you-type-accrues-normalized-digits.patch ------------------------------------------
// The crash itself (typing "+٩٦٦…" read out of bounds) is covered by the Arabic-Indic rows of
// tests/data/phone_as_you_type.tsv, whose outputs come from Google's JavaScript formatter.

TEST(AsYouTypePatch, TempSubStringPinsItsRangeToTheText) {
  using i18n::phonenumbers::UnicodeString;
  auto sub = [](int start, int length) {
    std::string out;
    UnicodeString("a\xD9\xA9" "c").tempSubString(start, length).toUTF8String(out);  // a٩c
    return out;
  };
  // As ICU's UnicodeString::tempSubString pins them.
  EXPECT_EQ(sub(-1, 2), "a\xD9\xA9");
  EXPECT_EQ(sub(1, 3), "\xD9\xA9" "c");
  EXPECT_EQ(sub(2, -1), "");
  EXPECT_EQ(sub(0, 3), "a\xD9\xA9" "c");
  EXPECT_EQ(sub(3, 0), "");
}

// 09-national-and-international-in-one-pass.patch -------------------------------------------

// Every region's and every non-geographic calling code's example number of every type, then
// the same with an extension, one digit fewer and one more (shorter and longer numbers choose
// other formats or none), an unknown calling code and a number kept as its raw input.
std::vector<PhoneNumber> numbers_of_every_kind() {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  std::vector<PhoneNumber> examples;
  std::set<std::string> regions;
  util.GetSupportedRegions(&regions);
  std::set<int> global_codes;
  util.GetSupportedGlobalNetworkCallingCodes(&global_codes);
  for (int type = PhoneNumberUtil::FIXED_LINE; type <= PhoneNumberUtil::UNKNOWN; ++type) {
    for (const std::string& region : regions) {
      PhoneNumber n;
      if (util.GetExampleNumberForType(region, static_cast<PhoneNumberUtil::PhoneNumberType>(type), &n)) {
        examples.push_back(n);
      }
    }
  }
  for (int code : global_codes) {
    PhoneNumber n;
    if (util.GetExampleNumberForNonGeoEntity(code, &n)) examples.push_back(n);
  }
  std::vector<PhoneNumber> out;
  for (const PhoneNumber& example : examples) {
    out.push_back(example);
    PhoneNumber with_extension = example;
    with_extension.set_extension("123");
    out.push_back(with_extension);
    PhoneNumber shorter = example;
    shorter.set_national_number(example.national_number() / 10);
    out.push_back(shorter);
    PhoneNumber longer = example;
    longer.set_national_number(example.national_number() * 10 + 7);
    out.push_back(longer);
  }
  PhoneNumber unknown_code;
  unknown_code.set_country_code(999);
  unknown_code.set_national_number(12345678);
  out.push_back(unknown_code);
  PhoneNumber raw_only;
  raw_only.set_country_code(81);
  raw_only.set_national_number(0);
  raw_only.set_raw_input("not a number");
  out.push_back(raw_only);
  return out;
}

TEST(NationalAndInternationalPatch, SameAnswersAsTwoFormatCalls) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  const std::vector<PhoneNumber> numbers = numbers_of_every_kind();
  ASSERT_GT(numbers.size(), 4000u);  // ~250 regions × several types × 4 variants
  std::size_t differ = 0;  // numbers whose NATIONAL text is not INTERNATIONAL's after "+CC "
  for (const PhoneNumber& n : numbers) {
    std::string national, international, expected_national, expected_international;
    util.FormatNationalAndInternational(n, &national, &international);
    util.Format(n, PhoneNumberUtil::NATIONAL, &expected_national);
    util.Format(n, PhoneNumberUtil::INTERNATIONAL, &expected_international);
    EXPECT_EQ(national, expected_national) << n.country_code() << " " << n.national_number();
    EXPECT_EQ(international, expected_international) << n.country_code() << " " << n.national_number();
    const std::size_t space = expected_international.find(' ');
    if (space != std::string::npos && expected_national != expected_international.substr(space + 1)) ++differ;
  }
  EXPECT_GT(differ, 1000u);  // so the two-rewrite path ran, not only the shared-rule one
  // Known answers, from libphonenumber's documentation and its own tests.
  PhoneNumber us;
  us.set_country_code(1);
  us.set_national_number(6502530000ULL);
  std::string national, international;
  util.FormatNationalAndInternational(us, &national, &international);
  EXPECT_EQ(national, "(650) 253-0000");
  EXPECT_EQ(international, "+1 650-253-0000");
  PhoneNumber jp;
  jp.set_country_code(81);
  jp.set_national_number(9012345678ULL);
  util.FormatNationalAndInternational(jp, &national, &international);
  EXPECT_EQ(national, "090-1234-5678");
  EXPECT_EQ(international, "+81 90-1234-5678");
}

// 11-leading-digits-starts.patch --------------------------------------------------------

// Hand-read answers for the grammar's cases, then soundness on the metadata: a format may be
// skipped only if its leading-digits pattern cannot match, so whenever RE2 says the pattern
// matches a number (Consume, as ChooseFormattingPatternForNumber tests it), the number's first
// two digits must be allowed. Checked on every region's numbers of every kind and on random
// numbers, for every leading-digits pattern of the metadata.
TEST(LeadingDigitsPatch, KnownPatterns) {
  auto allowed = [](const std::string& pattern) {
    std::string out;
    const std::bitset<100> s = PhoneNumberUtilTest::starts(pattern);
    for (int i = 0; i < 100; ++i) {
      if (s[i]) out += (i < 10 ? "0" : "") + std::to_string(i) + " ";
    }
    return out;
  };
  std::string all;
  for (int i = 0; i < 100; ++i) all += (i < 10 ? "0" : "") + std::to_string(i) + " ";
  EXPECT_EQ(allowed("1[0-3]|2[4-5]"), "10 11 12 13 24 25 ");
  EXPECT_EQ(allowed("(?:5[1-4]|6)0"), "51 52 53 54 60 ");
  EXPECT_EQ(allowed("9"), "90 91 92 93 94 95 96 97 98 99 ");      // "9" alone matches
  EXPECT_EQ(allowed("8?7"), "70 71 72 73 74 75 76 77 78 79 87 ");  // "7" alone, or "87"
  EXPECT_EQ(allowed("0{2}1"), "00 ");
  EXPECT_EQ(allowed("3(?:1\\d|2)"), "31 32 ");
  EXPECT_EQ(allowed("[2-9]"), allowed("[2-9]\\d*"));
  // Beyond the grammar, or able to match "": every start, i.e. no filtering.
  EXPECT_EQ(allowed("(?=5)5"), all);
  EXPECT_EQ(allowed("[^5]"), all);
  EXPECT_EQ(allowed("5?"), all);
  EXPECT_EQ(allowed("(5"), all);
  EXPECT_EQ(allowed("5{,3}"), all);
}

// One RE2 per pattern text, as libphonenumber's cache keeps them.
const RE2* compiled(const std::string& pattern) {
  static std::map<std::string, std::unique_ptr<RE2>> cache;
  auto& re = cache[pattern];
  if (!re) re = std::make_unique<RE2>(pattern);
  return re.get();
}

TEST(LeadingDigitsPatch, StartsCoverEveryMatchOfTheMetadataPatterns) {
  i18n::phonenumbers::PhoneMetadataCollection collection;
  ASSERT_TRUE(collection.ParseFromArray(i18n::phonenumbers::metadata_get(), i18n::phonenumbers::metadata_size()));
  std::map<int, std::vector<std::string>> patterns_by_code;  // calling code → leading-digits patterns
  std::set<std::string> patterns;
  for (const auto& m : collection.metadata()) {
    for (const auto* formats : {&m.number_format(), &m.intl_number_format()}) {
      for (const auto& f : *formats) {
        for (const std::string& p : f.leading_digits_pattern()) {
          patterns_by_code[m.country_code()].push_back(p);
          patterns.insert(p);
        }
      }
    }
  }
  ASSERT_GT(patterns.size(), 500u);
  std::map<std::string, std::bitset<100>> starts;
  std::size_t excluded = 0;
  for (const std::string& p : patterns) {
    starts[p] = PhoneNumberUtilTest::starts(p);
    excluded += 100 - starts[p].count();
  }
  // The filter has to exclude most starts to be worth anything.
  EXPECT_GT(excluded, patterns.size() * 100 / 2);

  std::size_t checked = 0, matched = 0, unsound = 0;
  auto check = [&](const std::string& pattern, const std::string& number) {
    if (number.size() < 2) return;
    ++checked;
    re2::StringPiece input(number);
    const RE2& re = *compiled(pattern);
    if (!RE2::Consume(&input, re)) return;
    ++matched;
    const int start = 10 * (number[0] - '0') + (number[1] - '0');
    if (!starts[pattern][start] && ++unsound <= 20) {
      ADD_FAILURE() << "/" << pattern << "/ matches " << number << " but does not allow its start";
    }
  };
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  for (const PhoneNumber& n : numbers_of_every_kind()) {
    std::string nsn;
    util.GetNationalSignificantNumber(n, &nsn);
    for (const std::string& p : patterns_by_code[n.country_code()]) check(p, nsn);
  }
  std::mt19937 random(20261129);
  for (const std::string& p : patterns) {
    for (int k = 0; k < 300; ++k) {
      std::string number(2 + random() % 11, '0');
      for (char& c : number) c = static_cast<char>('0' + random() % 10);
      check(p, number);
    }
  }
  EXPECT_EQ(unsound, 0u) << "of " << checked << " checks";
  EXPECT_GT(matched, checked / 50);  // the oracle matched often enough to mean something
}

// 13-region-metadata-on-first-use.patch ---------------------------------------------------

// Each entry of the compiled-in collection, serialized, by region code ("001" entries by
// calling code), parsed here in one piece the way the constructor used to.
struct CompiledInMetadata {
  std::map<std::string, std::string> regions;
  std::map<int, std::string> entities;
};
CompiledInMetadata compiled_in_metadata() {
  i18n::phonenumbers::PhoneMetadataCollection collection;
  EXPECT_TRUE(collection.ParseFromArray(i18n::phonenumbers::metadata_get(), i18n::phonenumbers::metadata_size()));
  CompiledInMetadata out;
  for (const PhoneMetadata& m : collection.metadata()) {
    if (m.id() == "001") out.entities[m.country_code()] = m.SerializeAsString();
    else out.regions[m.id()] = m.SerializeAsString();
  }
  return out;
}

// The first failure, or "" when every region's and entity's metadata, as `util` holds it,
// is its whole entry of the compiled-in collection.
std::string first_difference(const PhoneNumberUtil& util, const CompiledInMetadata& expected) {
  for (const auto& [region, bytes] : expected.regions) {
    const PhoneMetadata* held = PhoneNumberUtilTest::region_metadata(util, region);
    if (held == nullptr || held->SerializeAsString() != bytes) return region;
  }
  for (const auto& [code, bytes] : expected.entities) {
    const PhoneMetadata* held = PhoneNumberUtilTest::entity_metadata(util, code);
    if (held == nullptr || held->SerializeAsString() != bytes) return "+" + std::to_string(code);
  }
  return "";
}

TEST(LazyMetadataPatch, EveryRegionHoldsItsWholeMetadata) {
  const CompiledInMetadata expected = compiled_in_metadata();
  EXPECT_GT(expected.regions.size(), 240u);
  EXPECT_GT(expected.entities.size(), 5u);
  EXPECT_EQ(first_difference(PhoneNumberUtilTest::util(), expected), "");
  std::set<std::string> supported;
  PhoneNumberUtilTest::util().GetSupportedRegions(&supported);
  EXPECT_EQ(supported.size(), expected.regions.size());
}

#ifndef __EMSCRIPTEN__
// Runs first_difference (the first failure, "" if none) on `count` threads at once and
// expects each to find none.
template <class F>
void expect_no_difference_on_threads(std::size_t count, F first_difference) {
  std::vector<std::string> differences(count, "not run");
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < count; ++t) {
    threads.emplace_back([&, t] { differences[t] = first_difference(); });
  }
  for (std::thread& t : threads) t.join();
  for (const std::string& d : differences) EXPECT_EQ(d, "");
}

// The Node addon shares the singleton between worker threads: on a util nobody has asked yet,
// threads that ask for the same regions at once each get the whole metadata.
TEST(LazyMetadataPatch, ThreadsAskingAtOnceEachGetTheWholeMetadata) {
  const CompiledInMetadata expected = compiled_in_metadata();
  const std::shared_ptr<const PhoneNumberUtil> fresh = PhoneNumberUtilTest::fresh_util();
  expect_no_difference_on_threads(8, [&] { return first_difference(*fresh, expected); });
}
#endif

// 14-number-types-in-one-set.patch -------------------------------------------------------

// The oracle: GetNumberTypeHelper as libphonenumber 8.13.51 writes it, one pattern match per
// number type through IsNumberMatchingDesc (the regexp cache and RegExp::FullMatch).
PhoneNumberUtil::PhoneNumberType type_one_by_one(const PhoneNumberUtil& u, const std::string& n,
                                                 const PhoneMetadata& m) {
  const auto is = [&](const i18n::phonenumbers::PhoneNumberDesc& d) {
    return PhoneNumberUtilTest::matches_desc(u, n, d);
  };
  if (!is(m.general_desc())) return PhoneNumberUtil::UNKNOWN;
  if (is(m.premium_rate())) return PhoneNumberUtil::PREMIUM_RATE;
  if (is(m.toll_free())) return PhoneNumberUtil::TOLL_FREE;
  if (is(m.shared_cost())) return PhoneNumberUtil::SHARED_COST;
  if (is(m.voip())) return PhoneNumberUtil::VOIP;
  if (is(m.personal_number())) return PhoneNumberUtil::PERSONAL_NUMBER;
  if (is(m.pager())) return PhoneNumberUtil::PAGER;
  if (is(m.uan())) return PhoneNumberUtil::UAN;
  if (is(m.voicemail())) return PhoneNumberUtil::VOICEMAIL;
  if (is(m.fixed_line())) {
    return m.same_mobile_and_fixed_line_pattern() || is(m.mobile()) ? PhoneNumberUtil::FIXED_LINE_OR_MOBILE
                                                                    : PhoneNumberUtil::FIXED_LINE;
  }
  if (!m.same_mobile_and_fixed_line_pattern() && is(m.mobile())) return PhoneNumberUtil::MOBILE;
  return PhoneNumberUtil::UNKNOWN;
}

// National numbers to type, for one metadata: each type's example number, and each of those
// with its last or first digit changed, a digit added or removed (numbers next to a valid one,
// which are where two types' patterns or lengths part); and random digit strings of 4 to 17
// digits starting with an example's first digit.
std::vector<std::string> numbers_near_examples(const PhoneMetadata& m, std::mt19937& rng) {
  const i18n::phonenumbers::PhoneNumberDesc* descs[] = {
      &m.general_desc(), &m.premium_rate(), &m.toll_free(), &m.shared_cost(), &m.voip(),
      &m.personal_number(), &m.pager(), &m.uan(), &m.voicemail(), &m.fixed_line(), &m.mobile()};
  std::vector<std::string> out;
  for (const auto* d : descs) {
    const std::string& e = d->example_number();
    if (e.empty()) continue;
    out.push_back(e);
    out.push_back(e + "0");
    out.push_back(e.substr(0, e.size() - 1));
    out.push_back(e.substr(1));
    for (char c = '0'; c <= '9'; ++c) {
      out.push_back(e.substr(0, e.size() - 1) + c);
      out.push_back(c + e.substr(1));
    }
    std::uniform_int_distribution<int> len(4, 17), digit(0, 9);
    for (int k = 0; k < 20; ++k) {
      std::string r(1, e[0]);
      for (int i = len(rng); i > 1; --i) r += static_cast<char>('0' + digit(rng));
      out.push_back(r);
    }
  }
  return out;
}

// Every region's and entity's numbers typed by the patched GetNumberTypeHelper and by the
// oracle; returns the first disagreement ("" if none) and counts the types seen.
std::string first_type_difference(const PhoneNumberUtil& u, std::map<int, int>* seen) {
  std::mt19937 rng(14);
  for (const PhoneMetadata* m : PhoneNumberUtilTest::all_metadata(u)) {
    if (m == nullptr) return "a supported region without metadata";
    for (const std::string& n : numbers_near_examples(*m, rng)) {
      const auto got = PhoneNumberUtilTest::type_of(u, n, *m);
      const auto want = type_one_by_one(u, n, *m);
      if (got != want) {
        return m->id() + " +" + std::to_string(m->country_code()) + " " + n + ": " + std::to_string(got) +
               " instead of " + std::to_string(want);
      }
      if (seen) ++(*seen)[got];
    }
  }
  return "";
}

TEST(NumberTypeSetPatch, SameTypesAsThePatternsOneByOne) {
  std::map<int, int> seen;
  EXPECT_EQ(first_type_difference(PhoneNumberUtilTest::util(), &seen), "");
  // Enough of every type for the comparison to mean something (on the 8.13.51 metadata: 50,160
  // numbers, voicemail the rarest type at 219, unknown 33,062, mobile 3,861).
  for (const auto type : {PhoneNumberUtil::FIXED_LINE, PhoneNumberUtil::MOBILE, PhoneNumberUtil::FIXED_LINE_OR_MOBILE,
                          PhoneNumberUtil::TOLL_FREE, PhoneNumberUtil::PREMIUM_RATE, PhoneNumberUtil::SHARED_COST,
                          PhoneNumberUtil::VOIP, PhoneNumberUtil::PERSONAL_NUMBER, PhoneNumberUtil::PAGER,
                          PhoneNumberUtil::UAN, PhoneNumberUtil::VOICEMAIL, PhoneNumberUtil::UNKNOWN}) {
    EXPECT_GT(seen[type], 100) << "type " << type;
  }
  EXPECT_GT(seen[PhoneNumberUtil::MOBILE], 2000);
  EXPECT_GT(seen[PhoneNumberUtil::UNKNOWN], 10000);
}

#ifndef __EMSCRIPTEN__
// A region's set is compiled on its first use: threads typing numbers of the same regions at
// once on a fresh util all get the oracle's answers.
TEST(NumberTypeSetPatch, ThreadsTypingAtOnceOnAFreshUtil) {
  const std::shared_ptr<const PhoneNumberUtil> fresh = PhoneNumberUtilTest::fresh_util();
  expect_no_difference_on_threads(4, [&] { return first_type_difference(*fresh, nullptr); });
}
#endif

// 15-parse-steps-answered-without-their-patterns.patch ----------------------------------

// `count` texts of `min_pieces` to `max_pieces` pieces each, drawn from `pieces` by a generator
// seeded with `seed` (the same texts on every run).
void append_random_texts(const std::vector<std::string>& pieces, unsigned seed, std::size_t min_pieces,
                         std::size_t max_pieces, int count, std::vector<std::string>& out) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1), len(min_pieces, max_pieces);
  for (int k = 0; k < count; ++k) {
    std::string t;
    for (std::size_t n = len(rng); n > 0; --n) t += pieces[pick(rng)];
    out.push_back(t);
  }
}

// Texts with what those steps look at: where a number starts (ASCII and full-width digits and
// plus signs, letters, punctuation, spaces), second-number markers ('/' and '\\' before
// an x), invalid UTF-8; random strings from that alphabet and a fixed list.
std::vector<std::string> texts_around_number_starts() {
  const std::vector<std::string> alphabet = {"0", "1", "9", "+", "\xEF\xBC\x8B" /* ＋ */,
      "\xEF\xBC\x90" /* ０ */, "\xD9\xA3" /* ٣ */, " ", "-", "(", ")", ".", "/", "\\", "x", "X",
      "a", "#", "*", "\xE3\x80\x80" /* ideographic space */, "\xEF\xBC\x8D" /* － */, "\xFF", "\t"};
  std::vector<std::string> out = {"", "090-1234-5678", "tel: +81 90 1234 5678", "+1 650 253 0000 / x 12",
      "650 253 0000\\x12", "1/2 x", "abc", "\xEF\xBC\x8B\xEF\xBC\x98\xEF\xBC\x91 90", "++81 3",
      "x/ x", "/x", "0/ x 1"};
  for (int c = 0; c < 128; ++c) {
    out.push_back(std::string(1, static_cast<char>(c)));
    out.push_back(std::string(1, static_cast<char>(c)) + "81 3 1234/x5");
  }
  append_random_texts(alphabet, 15, 1, 14, 20000, out);
  return out;
}

// ExtractPossibleNumber as 8.13.51 writes it, with its two patterns run here by RE2: the first
// code point in [+＋\p{Nd}] starts the number; unwanted end characters are trimmed (the util's
// own step, covered by patch 07's tests); then (.*)[\\/] *x keeps what precedes a second
// number.
std::string extract_with_patterns(const std::string& text, bool* cut) {
  static const RE2 start("[+\xEF\xBC\x8B\\p{Nd}]");
  static const RE2 second("(.*)[\\\\/] *x");
  std::size_t i = 0;
  bool found = false;
  while (i < text.size()) {
    std::size_t n = 1;
    const auto b = static_cast<unsigned char>(text[i]);
    if (b >= 0xF0) n = 4; else if (b >= 0xE0) n = 3; else if (b >= 0xC0) n = 2;
    if (RE2::FullMatch(text.substr(i, n), start)) { found = true; break; }
    i += n;
  }
  if (!found) return "";
  std::string out = PhoneNumberUtilTest::trimmed(text.substr(i));
  if (out.empty()) return out;
  *cut = RE2::PartialMatch(out, second, &out);
  return out;
}

TEST(ParseShortcutsPatch, ExtractPossibleNumberAsWithItsPatterns) {
  std::size_t valid_utf8 = 0, cut_at_second = 0;
  for (const std::string& t : texts_around_number_starts()) {
    const std::string got = PhoneNumberUtilTest::extract(t);
    // Invalid UTF-8 gives "" before either pattern runs; the oracle steps by lead bytes, so
    // only valid text is compared.
    i18n::phonenumbers::UnicodeText u;  // the validity test ExtractPossibleNumber makes first
    u.PointToUTF8(t.data(), static_cast<int>(t.size()));
    if (!u.UTF8WasValid()) {
      EXPECT_EQ(got, "") << t;
      continue;
    }
    ++valid_utf8;
    bool cut = false;
    const std::string want = extract_with_patterns(t, &cut);
    EXPECT_EQ(got, want) << t;
    cut_at_second += cut;
  }
  EXPECT_GT(valid_utf8, 10000u);
  EXPECT_GT(cut_at_second, 100u);
}

// MaybeStripInternationalPrefixAndNormalize as 8.13.51 writes it, its patterns run by RE2:
// [+＋]+ consumed at the start, else the number normalized (the util's own step) and the IDD
// consumed unless a 0 follows it (ParsePrefixAsIdd, whose digit pattern is ([\p{Nd}])).
int strip_international_with_pattern(const std::string& idd, std::string* number) {
  if (number->empty()) return PhoneNumber::FROM_DEFAULT_COUNTRY;
  static const RE2 plus("[+\xEF\xBC\x8B]+");
  re2::StringPiece rest(*number);
  if (RE2::Consume(&rest, plus)) {
    *number = std::string(rest.data(), rest.size());
    PhoneNumberUtilTest::normalize(number);
    return PhoneNumber::FROM_NUMBER_WITH_PLUS_SIGN;
  }
  PhoneNumberUtilTest::normalize(number);
  re2::StringPiece after(*number);
  if (!RE2::Consume(&after, *compiled(idd))) return PhoneNumber::FROM_DEFAULT_COUNTRY;
  static const RE2 digit("([\\p{Nd}])");
  std::string first;
  if (RE2::PartialMatch(after, digit, &first)) {
    PhoneNumberUtilTest::util().NormalizeDigitsOnly(&first);
    if (first == "0") return PhoneNumber::FROM_DEFAULT_COUNTRY;
  }
  *number = std::string(after.data(), after.size());
  return PhoneNumber::FROM_NUMBER_WITH_IDD;
}

TEST(ParseShortcutsPatch, InternationalPrefixAsWithItsPattern) {
  std::map<int, int> sources;
  for (const std::string& idd : {"010", "00", "011", "0(?:0|10)"}) {
    for (const std::string& t : texts_around_number_starts()) {
      std::string got = t, want = t;
      const int got_source = PhoneNumberUtilTest::strip_international(idd, &got);
      const int want_source = strip_international_with_pattern(idd, &want);
      EXPECT_EQ(got_source, want_source) << idd << " " << t;
      EXPECT_EQ(got, want) << idd << " " << t;
      ++sources[got_source];
    }
  }
  EXPECT_GT(sources[PhoneNumber::FROM_NUMBER_WITH_PLUS_SIGN], 1000);
  EXPECT_GT(sources[PhoneNumber::FROM_NUMBER_WITH_IDD], 100);
  EXPECT_GT(sources[PhoneNumber::FROM_DEFAULT_COUNTRY], 1000);
}

// 16-ascii-span-and-starts-by-address.patch ---------------------------------------------------

// UniLib::SpanInterchangeValid as 8.13.51 writes it: rune by rune, up to the first invalid
// UTF-8 sequence or code point that is not interchange-valid.
int span_as_before(const std::string& s) {
  const auto valid = [](Rune c) {
    return !((c >= 0x00 && c <= 0x08) || c == 0x0B || (c >= 0x0E && c <= 0x1F) || (c >= 0x7F && c <= 0x9F) ||
             (c >= 0xD800 && c <= 0xDFFF) || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE);
  };
  Rune rune;
  const char* p = s.data();
  const char* end = s.data() + s.size();
  while (p < end) {
    const int n = charntorune(&rune, p, static_cast<int>(end - p));
    if ((rune == Runeerror && n <= 1) || !valid(rune)) break;
    p += n;
  }
  return static_cast<int>(p - s.data());
}

// Every one- and two-byte text, then random texts of printable ASCII around controls, DEL,
// C1 controls, multi-byte characters, noncharacters and invalid bytes.
TEST(AsciiSpanPatch, SpanInterchangeValidAsTheRuneLoop) {
  std::vector<std::string> texts;
  for (int a = 0; a < 256; ++a) {
    texts.emplace_back(1, static_cast<char>(a));
    for (int b = 0; b < 256; ++b) texts.push_back({static_cast<char>(a), static_cast<char>(b)});
  }
  const std::vector<std::string> pieces = {
      "0", "9", "+", " ", "-", "(", "~", "\x7F", "\x1F", "\t", "\n", "\r", "\x0B", "\x0C", std::string(1, '\0'),
      "\xC2\x85", "\xC2\xA0", "\xEF\xBC\x90", "\xEF\xBF\xBD", "\xEF\xBF\xBE", "\xEF\xB7\x90",
      "\xF0\x9F\x98\x80", "\xED\xA0\x80", "\xC0\xAF", "\x80", "\xFF", "\xE2\x82"};
  append_random_texts(pieces, 16, 0, 12, 20000, texts);
  int differ = 0;
  for (const std::string& t : texts) {
    const int got = i18n::phonenumbers::UniLib::SpanInterchangeValid(t);
    if (got != span_as_before(t) && ++differ <= 5) ADD_FAILURE() << "differs on " << ::testing::PrintToString(t);
  }
  EXPECT_EQ(differ, 0) << "of " << texts.size();
}

// The starts read from a leading-digits pattern are found by the pattern string's address and
// checked by its text: a caller's format whose pattern is changed in place (same string, same
// size, other text) is chosen by its new text.
TEST(AsciiSpanPatch, StartsOfAPatternChangedInPlaceAreReadAgain) {
  const PhoneNumberUtil& util = PhoneNumberUtilTest::util();
  PhoneNumber number;
  number.set_country_code(81);
  number.set_national_number(312345678ull);
  google::protobuf::RepeatedPtrField<i18n::phonenumbers::NumberFormat> formats;
  i18n::phonenumbers::NumberFormat* f = formats.Add();
  f->set_pattern("(\\d{3})(\\d{3})(\\d{3})");
  f->set_format("$1-$2-$3");
  f->add_leading_digits_pattern("9");
  std::string out;
  util.FormatByPattern(number, PhoneNumberUtil::NATIONAL, formats, &out);
  EXPECT_EQ(out, "312345678");  // "9" cannot start 31…: not formatted
  std::string* leading = f->mutable_leading_digits_pattern(0);
  const std::string* const before = leading;
  (*leading)[0] = '3';
  ASSERT_EQ(f->mutable_leading_digits_pattern(0), before);
  util.FormatByPattern(number, PhoneNumberUtil::NATIONAL, formats, &out);
  EXPECT_EQ(out, "312-345-678");
  (*leading)[0] = '9';
  util.FormatByPattern(number, PhoneNumberUtil::NATIONAL, formats, &out);
  EXPECT_EQ(out, "312345678");
}

// 17-prefix-match-only-when-allowed.patch ------------------------------------------------

// How a national-number pattern meets a number, with RE2, for the oracle of
// RegexBasedMatcher::MatchNationalNumber as 8.13.51 answers it: an empty pattern matches
// nothing; the whole number matching answers true; else a match at its start answers
// allow_prefix_match.
enum class PatternMatch { none, whole, prefix_only };
PatternMatch match_with_re2(const std::string& number, const std::string& pattern) {
  if (pattern.empty()) return PatternMatch::none;
  const RE2& re = *compiled(pattern);
  if (RE2::FullMatch(number, re)) return PatternMatch::whole;
  re2::StringPiece rest(number);
  return RE2::Consume(&rest, re) ? PatternMatch::prefix_only : PatternMatch::none;
}

TEST(PrefixMatchPatch, MatchNationalNumberAsWithItsPattern) {
  const i18n::phonenumbers::RegexBasedMatcher matcher;
  std::mt19937 rng(17);
  std::map<PatternMatch, int> answers;
  std::size_t differ = 0;
  for (const PhoneMetadata* m : PhoneNumberUtilTest::all_metadata(PhoneNumberUtilTest::util())) {
    ASSERT_NE(m, nullptr);
    const i18n::phonenumbers::PhoneNumberDesc* descs[] = {
        &m->general_desc(), &m->premium_rate(), &m->toll_free(), &m->shared_cost(), &m->voip(),
        &m->personal_number(), &m->pager(), &m->uan(), &m->voicemail(), &m->fixed_line(), &m->mobile()};
    std::vector<std::string> numbers = numbers_near_examples(*m, rng);
    for (std::size_t i = 0, n = numbers.size(); i < n; i += 7) numbers.push_back(numbers[i] + "12345");
    for (const auto* d : descs) {
      for (const std::string& n : numbers) {
        const PatternMatch how = match_with_re2(n, d->national_number_pattern());
        ++answers[how];
        for (bool allow : {false, true}) {
          const bool got = matcher.MatchNationalNumber(n, *d, allow);
          const bool want = how == PatternMatch::whole || (allow && how == PatternMatch::prefix_only);
          if (got != want && ++differ <= 5) {
            ADD_FAILURE() << m->id() << " /" << d->national_number_pattern() << "/ " << n << " allow=" << allow;
          }
        }
      }
    }
  }
  EXPECT_EQ(differ, 0u);
  // All three outcomes occur often: the prefix-only answer is the one the patch touches.
  EXPECT_GT(answers[PatternMatch::none], 10000);
  EXPECT_GT(answers[PatternMatch::whole], 10000);
  EXPECT_GT(answers[PatternMatch::prefix_only], 1000);
}

// 19-normalize-letters-counted-on-ascii.patch ---------------------------------------------

// Normalize as 8.13.51 writes it, its letter test run by RE2: with three letters on a line,
// letters become their keypad digits and everything but digits goes; without, only the digits
// stay. (On these texts, whose only non-ASCII characters are letters that no keypad maps, the
// alpha branch is ConvertAlphaCharactersInNumber's mapping followed by NormalizeDigitsOnly.)
std::string normalize_with_pattern(std::string text) {
  static const RE2 letters("(?i)(?:.*?[a-z]){3}");
  const PhoneNumberUtil& u = PhoneNumberUtilTest::util();
  if (RE2::PartialMatch(text, letters)) u.ConvertAlphaCharactersInNumber(&text);
  u.NormalizeDigitsOnly(&text);
  return text;
}

TEST(NormalizeLettersPatch, NormalizeAsWithItsPattern) {
  std::vector<std::string> texts = {"", "abc", "ab\nc", "a\nbc\nd", "1-800-FLOWERS", "1-800-FL\nOWERS",
      "+1 650 ABC 0000", "x12", "tel 123", "ab\xC3\xA9" "c", "\xE2\x84\xAA" "ab", "a\xC5\xBF" "b1",
      "0120-ab-c", "ab\r\nc", "AbC\n"};
  const std::vector<std::string> pieces = {"0", "5", "9", "a", "k", "s", "X", "Z", "\n", "\r", " ", "-", "@", "[",
      "`", "{", "\xC3\xA9" /* é */, "\xE2\x84\xAA" /* Kelvin sign */, "\xC5\xBF" /* long s */};
  append_random_texts(pieces, 19, 0, 12, 20000, texts);
  std::size_t differ = 0, converted = 0;
  for (const std::string& t : texts) {
    std::string got = t;
    PhoneNumberUtilTest::normalize(&got);
    const std::string want = normalize_with_pattern(t);
    if (got != want && ++differ <= 5) ADD_FAILURE() << ::testing::PrintToString(t) << ": " << got << " instead of " << want;
    static const RE2 letters("(?i)(?:.*?[a-z]){3}");
    converted += RE2::PartialMatch(t, letters);
  }
  EXPECT_EQ(differ, 0u) << "of " << texts.size();
  // Both branches are taken often.
  EXPECT_GT(converted, 3000u);
  EXPECT_LT(converted, texts.size() - 3000);
}

// 20-unicodetext-messages-without-printf.patch, 27-unicodetext-writes-nothing-to-stderr.patch

// Native only: gtest cannot capture stderr under Emscripten (tests/js/hostile.test.mjs checks
// both engines' stderr from a child process). Both engines compile the same source.
#ifndef __EMSCRIPTEN__
TEST(UnicodeTextMessagePatch, NothingOnStderrAndASpaceInPlace) {
  // Not interchange-valid: a control, a noncharacter; not a code point at all: a surrogate, past
  // U+10FFFF, negative. Before patch 27 each wrote a line ("Unicode value 0x... is not valid for
  // interchange", "Illegal Unicode value: 0x...").
  // (char32, push_back's argument type, is a signed int.)
  const int not_interchange[] = {0x1, 0x7F, 0xFDD0, 0xFFFE, 0x10FFFF};
  const int invalid[] = {0xD800, 0x110000, 0x7FFFFFFF, -1};
  i18n::phonenumbers::UnicodeText text;
  ::testing::internal::CaptureStderr();
  for (const int c : not_interchange) text.push_back(c);
  for (const int c : invalid) text.push_back(c);
  EXPECT_EQ(::testing::internal::GetCapturedStderr(), "");
  // Each one still adds a space in its place.
  EXPECT_EQ(text.utf8_length(), 9);
  EXPECT_EQ(text.UTF8Substring(text.begin(), text.end()), std::string(9, ' '));
}
#endif

// 23-standard-containers-and-insertion-sorts.patch --------------------------------------

// The region maps (std::unordered_map instead of Abseil's) and the calling-code list (put in
// order by an insertion sort instead of std::sort) find every region and calling code of the
// compiled-in collection.
TEST(StandardContainersPatch, EveryRegionAndCallingCodeAsTheCollectionSays) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  const CompiledInMetadata expected = compiled_in_metadata();
  std::map<int, std::set<std::string>> regions_of_code;
  for (const auto& [region, bytes] : expected.regions) {
    PhoneMetadata m;
    ASSERT_TRUE(m.ParseFromString(bytes));
    regions_of_code[m.country_code()].insert(region);
    EXPECT_EQ(util.GetCountryCodeForRegion(region), m.country_code()) << region;
    EXPECT_EQ(util.IsNANPACountry(region), m.country_code() == 1) << region;
  }
  std::set<int> codes;
  util.GetSupportedCallingCodes(&codes);
  std::set<int> want_codes;
  for (const auto& [code, regions] : regions_of_code) want_codes.insert(code);
  for (const auto& [code, bytes] : expected.entities) want_codes.insert(code);
  EXPECT_EQ(codes, want_codes);
  for (const auto& [code, regions] : regions_of_code) {
    std::list<std::string> got;
    util.GetRegionCodesForCountryCallingCode(code, &got);
    EXPECT_EQ(std::set<std::string>(got.begin(), got.end()), regions) << code;
  }
  std::set<int> entities;
  util.GetSupportedGlobalNetworkCallingCodes(&entities);
  EXPECT_EQ(entities.size(), expected.entities.size());
  for (const auto& [code, bytes] : expected.entities) {
    EXPECT_EQ(entities.count(code), 1u) << code;
    std::string region;
    util.GetRegionCodeForCountryCode(code, &region);
    EXPECT_EQ(region, "001") << code;
  }
}

// FIXED_LINE_OR_MOBILE merges two lists of possible lengths and sorts them: every region's
// answer for every length is the one the rule gives with the lists merged and sorted here
// (std::sort, the call the patch replaced). The rule: libphonenumber's TestNumberLength.
TEST(InsertionSortPatch, FixedLineOrMobileLengthsAsWithStdSort) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  const CompiledInMetadata expected = compiled_in_metadata();
  int merged = 0;
  for (const auto& [region, bytes] : expected.regions) {
    PhoneMetadata m;
    ASSERT_TRUE(m.ParseFromString(bytes));
    auto lengths = [&](const i18n::phonenumbers::PhoneNumberDesc& d) {
      const auto& l = d.possible_length_size() == 0 ? m.general_desc().possible_length() : d.possible_length();
      return std::vector<int>(l.begin(), l.end());
    };
    const bool fixed = !(m.fixed_line().possible_length_size() == 1 && m.fixed_line().possible_length(0) == -1);
    const bool mobile = !(m.mobile().possible_length_size() == 1 && m.mobile().possible_length(0) == -1);
    std::string main_region;  // the metadata IsPossibleNumberForTypeWithReason reads for the code
    util.GetRegionCodeForCountryCode(m.country_code(), &main_region);
    if (!fixed || !mobile || main_region != region) continue;  // one list only: nothing is merged
    std::vector<int> all = lengths(m.fixed_line());
    const std::vector<int> more = lengths(m.mobile());
    all.insert(all.end(), more.begin(), more.end());
    std::sort(all.begin(), all.end());
    std::vector<int> local(m.fixed_line().possible_length_local_only().begin(), m.fixed_line().possible_length_local_only().end());
    local.insert(local.end(), m.mobile().possible_length_local_only().begin(), m.mobile().possible_length_local_only().end());
    ++merged;
    for (int length = 1; length <= 17; ++length) {
      PhoneNumberUtil::ValidationResult want;
      if (all.front() == -1) want = PhoneNumberUtil::INVALID_LENGTH;
      else if (std::find(local.begin(), local.end(), length) != local.end()) want = PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY;
      else if (all.front() == length) want = PhoneNumberUtil::IS_POSSIBLE;
      else if (all.front() > length) want = PhoneNumberUtil::TOO_SHORT;
      else if (all.back() < length) want = PhoneNumberUtil::TOO_LONG;
      else want = std::find(all.begin() + 1, all.end(), length) != all.end() ? PhoneNumberUtil::IS_POSSIBLE : PhoneNumberUtil::INVALID_LENGTH;
      PhoneNumber number;
      number.set_country_code(m.country_code());
      number.set_national_number(std::stoull("1" + std::string(length - 1, '0')));
      EXPECT_EQ(util.IsPossibleNumberForTypeWithReason(number, PhoneNumberUtil::FIXED_LINE_OR_MOBILE), want)
          << region << " length " << length;
    }
  }
  EXPECT_GT(merged, 150);
}

}  // namespace
