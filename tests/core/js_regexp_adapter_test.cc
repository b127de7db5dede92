// The browser module runs libphonenumber's patterns on the JavaScript engine's RegExp
// (deps/libphonenumber/js_regexp/regexp_adapter_js.cc); the Node addon runs them on RE2. The
// two engines answer the same only if the two adapters do, so RE2's adapter is the oracle
// here: every pattern of the production metadata (national-number, leading-digits, prefix and
// format patterns of every region and non-geographic entity), on texts made from the region's
// example numbers and the parse corpus, through every operation libphonenumber calls (full,
// partial and anchored matches with and without captured strings, find-and-consume, replace
// and global replace with the metadata's rewrites). Built for WebAssembly only: natively there
// is no JavaScript engine to compare with.
#include <re2/re2.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "phonenumbers/metadata.h"
#include "phonenumbers/phonemetadata.pb.h"
#include "phonenumbers/regexp_adapter.h"
#include "phonenumbers/regexp_adapter_js.h"
#include "phonenumbers/regexp_adapter_re2.h"
#include "test_data.h"

namespace {

using i18n::phonenumbers::AbstractRegExpFactory;
using i18n::phonenumbers::JsRegExpFactory;
using i18n::phonenumbers::NumberFormat;
using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumberDesc;
using i18n::phonenumbers::RE2RegExpFactory;
using i18n::phonenumbers::RegExp;
using i18n::phonenumbers::RegExpInput;

struct Region {
  std::string name;
  std::vector<std::string> patterns;
  std::vector<std::pair<std::string, std::vector<std::string>>> formats;  // pattern, its rewrites
  std::vector<std::string> texts;
};

std::string fullwidth_digits(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      contactcheck::test::append_utf8(out, 0xFF10 + (c - '0'));
    } else {
      out += c;
    }
  }
  return out;
}

void add_desc(const PhoneNumberDesc& desc, const PhoneMetadata& m, Region* r) {
  if (desc.has_national_number_pattern()) r->patterns.push_back(desc.national_number_pattern());
  if (!desc.has_example_number()) return;
  const std::string& e = desc.example_number();
  const std::string cc = std::to_string(m.country_code());
  r->texts.push_back(e);
  r->texts.push_back(m.national_prefix() + e);
  r->texts.push_back("+" + cc + " " + e.substr(0, e.size() / 2) + "-" + e.substr(e.size() / 2));
  r->texts.push_back(e.substr(0, e.size() - 1) + " ext. 12");
  r->texts.push_back(fullwidth_digits(m.national_prefix() + e + "5"));
}

void add_formats(const google::protobuf::RepeatedPtrField<NumberFormat>& formats, Region* r) {
  for (const NumberFormat& f : formats) {
    r->patterns.push_back(f.pattern());
    for (const std::string& leading : f.leading_digits_pattern()) r->patterns.push_back(leading);
    std::vector<std::string> rewrites = {f.format()};
    if (f.has_national_prefix_formatting_rule()) rewrites.push_back(f.national_prefix_formatting_rule());
    if (f.has_domestic_carrier_code_formatting_rule()) {
      rewrites.push_back(f.domestic_carrier_code_formatting_rule());
    }
    r->formats.emplace_back(f.pattern(), std::move(rewrites));
  }
}

std::vector<Region> regions_of_the_metadata() {
  PhoneMetadataCollection collection;
  EXPECT_TRUE(collection.ParseFromArray(i18n::phonenumbers::metadata_get(),
                                        i18n::phonenumbers::metadata_size()));
  std::vector<Region> out;
  for (const PhoneMetadata& m : collection.metadata()) {
    Region r;
    r.name = m.id() + "/" + std::to_string(m.country_code());
    for (const PhoneNumberDesc* d :
         {&m.general_desc(), &m.fixed_line(), &m.mobile(), &m.toll_free(), &m.premium_rate(),
          &m.shared_cost(), &m.personal_number(), &m.voip(), &m.pager(), &m.uan(),
          &m.voicemail(), &m.no_international_dialling()}) {
      add_desc(*d, m, &r);
    }
    for (const std::string* p : {&m.international_prefix(), &m.national_prefix_for_parsing(),
                                 &m.leading_digits()}) {
      if (!p->empty()) r.patterns.push_back(*p);
    }
    if (m.has_national_prefix_transform_rule()) {
      r.formats.emplace_back(m.national_prefix_for_parsing(),
                             std::vector<std::string>{m.national_prefix_transform_rule()});
    }
    add_formats(m.number_format(), &r);
    add_formats(m.intl_number_format(), &r);
    out.push_back(std::move(r));
  }
  return out;
}

// Texts every pattern also meets: the parse corpus's inputs and hand-picked shapes (Unicode
// digits and punctuation, letters, extensions, empty text).
std::vector<std::string> shared_texts() {
  std::vector<std::string> out = {
      "", "+", "0", "x", "1-800-FLOWERS", "+1 (650) 253-0000 x123",
      "\xEF\xBC\x90\xEF\xBC\x93\xEF\xBC\x88\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93\xEF\xBC\x94\xEF\xBC\x89",
      "\xD9\xA0\xD9\xA1\xD9\xA2\xD9\xA3\xD9\xA4\xD9\xA5\xD9\xA6\xD9\xA7\xD9\xA8\xD9\xA9",
      "\xE6\x97\xA5\xE6\x9C\xAC 03 1234 5678", "tel:+81-3-1234-5678;ext=12", "a\r1\n2",
      "\xF0\x9F\x93\x9E 090 1234 5678"};
  for (const auto& row : contactcheck::test::read_tsv("phone_parse.tsv")) {
    if (!row.empty()) out.push_back(row[0]);
  }
  return out;
}

// One operation's answer through one adapter, as text to compare.
class Probe {
 public:
  explicit Probe(const AbstractRegExpFactory& factory) : factory_(factory) {}

  std::string consume(const RegExp& re, const std::string& text, bool anchored, int strings) const {
    std::unique_ptr<RegExpInput> input(factory_.CreateInput(text));
    std::string a = "unset", b = "unset";
    bool ok;
    if (!anchored) {
      ok = re.FindAndConsume(input.get(), strings > 0 ? &a : nullptr);
    } else if (strings == 2) {
      ok = re.Consume(input.get(), &a, &b);
    } else if (strings == 1) {
      ok = re.Consume(input.get(), &a);
    } else {
      ok = re.Consume(input.get());
    }
    return std::to_string(ok) + "|" + a + "|" + b + "|" + input->ToString();
  }

  static std::string match(const RegExp& re, const std::string& text, bool full, bool string) {
    std::string s = "unset";
    const bool ok = re.Match(text, full, string ? &s : nullptr);
    return std::to_string(ok) + "|" + s;
  }

  static std::string replace(const RegExp& re, std::string text, bool global, const std::string& rewrite) {
    const bool ok = re.Replace(&text, global, rewrite);
    return std::to_string(ok) + "|" + text;
  }

 private:
  const AbstractRegExpFactory& factory_;
};

TEST(JsRegExpAdapter, SameAnswersAsRe2OnEveryMetadataPattern) {
  const RE2RegExpFactory re2_factory;
  const JsRegExpFactory js_factory;
  const Probe re2_probe(re2_factory), js_probe(js_factory);
  const std::vector<std::string> shared = shared_texts();
  const std::vector<Region> regions = regions_of_the_metadata();
  ASSERT_GT(regions.size(), 240u);

  std::set<std::string> patterns_seen;
  std::size_t comparisons = 0, matched = 0, mismatches = 0;
  // `what` names the operation; it is only spelled out for a mismatch.
  auto compare = [&](auto what, const std::string& expected, const std::string& actual) {
    ++comparisons;
    if (expected.compare(0, 2, "1|") == 0) ++matched;
    if (expected != actual && ++mismatches <= 25) {
      ADD_FAILURE() << what() << "\n  RE2: " << expected << "\n  JS:  " << actual;
    }
  };
  for (const Region& region : regions) {
    for (const std::string& pattern : region.patterns) {
      // The shared texts once per pattern (regions share many patterns), the region's own always.
      std::vector<std::string> texts = region.texts;
      if (patterns_seen.insert(pattern).second) texts.insert(texts.end(), shared.begin(), shared.end());
      const std::unique_ptr<const RegExp> re2(re2_factory.CreateRegExp(pattern));
      const std::unique_ptr<const RegExp> js(js_factory.CreateRegExp(pattern));
      for (const std::string& text : texts) {
        auto where = [&] { return region.name + " /" + pattern + "/ on \"" + text + "\""; };
        for (bool full : {true, false}) {
          for (bool string : {false, true}) {
            compare([&] { return "Match full=" + std::to_string(full) + " string=" + std::to_string(string) + " " + where(); },
                    Probe::match(*re2, text, full, string), Probe::match(*js, text, full, string));
          }
        }
        for (int strings : {0, 1, 2}) {
          compare([&] { return "Consume strings=" + std::to_string(strings) + " " + where(); },
                  re2_probe.consume(*re2, text, true, strings), js_probe.consume(*js, text, true, strings));
        }
        for (int strings : {0, 1}) {
          compare([&] { return "FindAndConsume strings=" + std::to_string(strings) + " " + where(); },
                  re2_probe.consume(*re2, text, false, strings), js_probe.consume(*js, text, false, strings));
        }
      }
    }
    // Replacements: each format's pattern with its own rewrites and a few that test RE2's rules
    // (the whole match, a missing group, an escaped "$"), on the region's texts.
    for (const auto& format : region.formats) {
      const std::string& pattern = format.first;
      const std::unique_ptr<const RegExp> re2(re2_factory.CreateRegExp(pattern));
      const std::unique_ptr<const RegExp> js(js_factory.CreateRegExp(pattern));
      std::vector<std::string> rewrites = format.second;
      rewrites.insert(rewrites.end(), {"", "[$0]", "$2-$1", "$$1", "$9"});
      for (const std::string& text : region.texts) {
        for (const std::string& rewrite : rewrites) {
          for (bool global : {false, true}) {
            compare([&] { return "Replace global=" + std::to_string(global) + " \"" + rewrite + "\" " + region.name +
                                 " /" + pattern + "/ on \"" + text + "\""; },
                    Probe::replace(*re2, text, global, rewrite), Probe::replace(*js, text, global, rewrite));
          }
        }
      }
    }
  }
  EXPECT_EQ(mismatches, 0u) << "of " << comparisons << " comparisons";
  RecordProperty("comparisons", static_cast<int>(comparisons));
  // The comparison means something only if both outcomes occur often.
  EXPECT_GT(patterns_seen.size(), 2000u);
  EXPECT_GT(matched, comparisons / 20);
  EXPECT_LT(matched, comparisons - comparisons / 20);
}

// Hand-written cases for RE2's rules that the metadata does not reach.
TEST(JsRegExpAdapter, Re2RulesAtTheEdges) {
  const RE2RegExpFactory re2_factory;
  const JsRegExpFactory js_factory;
  const Probe re2_probe(re2_factory), js_probe(js_factory);
  struct Case {
    const char* pattern;
    const char* text;
    const char* rewrite;
  };
  const Case cases[] = {
      {"a*", "baaac", "-"},                       // empty matches after a match are skipped
      {"", "\xE6\x97\xA5\xE6\x9C\xAC", "|"},     // ... by one character, not one byte
      {"(a)|(b)", "b", "[$1][$2]"},              // a group that took no part is empty
      {"(\\d)", "12", "$0$1"},                   // $0 is the whole match
      {"(\\d)", "12", "$2"},                     // a group the pattern lacks: no replacement
      {"\\d", "12", "$x"},                       // RE2 rejects the rewrite
      {"(?i)ext", "EXT Ext", "x"},               // leading (?i)
      {"a.b", "a\rb a\nb", "_"},                  // RE2's dot takes \r, not \n
      {"[.]", "a.b", "_"},                        // a dot in a class stays a dot
      {"(", "(", "x"},                            // a pattern neither engine accepts
      {"\\p{Nd}+", "x\xD9\xA1\xD9\xA2y\xEF\xBC\x93", "<$0>"},
      {"[^\\p{N}\\p{L}#]+$", "03-1234#\xE3\x80\x80 ", ""},
      // Patterns of the adapter's small syntax, matched and replaced without the JS side:
      {"(\\d{2})(\\d{2,3})", "12345", "$1-$2"},     // parts take their most digits...
      {"(\\d{2,3})(\\d{2})", "1234", "$2/$1"},      // ... that leave the later parts their least
      {"(\\d{3})\\d(\\d)", "12345", "$2$1[$0]"},   // an ungrouped part; $0
      {"(\\d{2})(\\d)", "123", "$$1\\\\$2"},        // "$$" and a backslash in the replacement
      {"(\\d{2})(\\d)", "123", "\\x"},             // an escape RE2 refuses
      {"(\\d)(\\d)", "12", "$3"},                  // a group the pattern lacks
      {"(\\d{2})", "123456", "$1-"},                // longer than the run: three matches
      {"(\\d{3})(\\d{3,4})", "022345678", "<$2>"},   // ... or one, and the rest kept
      {"(\\d{2})(\\d)", "12\xEF\xBC\x93", "$1-$2"},  // a full-width digit is no \\d
      {"\\d{3}", "123", "[$0]"},                     // no groups
      {"\\d{0}", "12", "-"},                         // a run that matches empty
      {"011", "0011011", "x"}, {"0", "0", ""}, {"1", "21", "-"},
      {"[+\xEF\xBC\x8B]+", "+\xEF\xBC\x8B+81 3", ""},     // libphonenumber's "[+＋]+"
      {"[+\xEF\xBC\x8B]+", "81\xEF\xBC\x8B", "<$0>"},
      {"[+\xEF\xBC\x8B]+", "\xEF\xBC\x90\xEF\xBC\x8B", "-"},  // "０＋": the same first two bytes
      {"\xE6\x97\xA5+", "\xE6\x97\xA5\xE6\x97\xA5\xE6\x9C\xAC", "-"},  // a repeated UTF-8 literal
      {"^0|5$", "505", "x"}, {"(?:|0)1", "01", "[$0]"}, {"x{2,}", "xxxxx", "y"},
      {"(?:)?", "1", "-"}, {"1(?:)?", "1", "-"}, {"(?:2|[1x]3)?1", "x31", "-"},  // choices at the end
      {"(?:(\\d)(\\d)?)?(\\d)", "12", "$1|$2|$3"},    // groups in an optional part
      {"(\\d{2})", "a123", "<$1>"},                   // a match inside the text
      {"\\d+", "ab12", "<$0>"},                      // ... that ends it
      {"9|(0)|(1)", "1", "[$1][$2]"},
      {"[\\p{Nd}]*", "0901234", "-"},                  // \p{Nd} on ASCII digits here...
      {"[\\p{Nd}]*", "090\xEF\xBC\x91", "-"},          // ... and a full-width one in JS
      // Outside the small syntax, or past its limits: the JS side answers.
      {"\\d+?", "123", "-"}, {"(\\d)\\d{0}", "12", "$1"}, {"[^0]", "01", "x"},
      {"\\d*\\d*\\d*\\d*x", "0000000000000000000000000000000000000000000000000000000000000000", "-"},
      {"[+\xEF\xBC\x8B]+",
       "++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++"
       "++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++"
       "+++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++++1",
       "+"},
      // Results taken in a second call: longer than the buffer, not ASCII.
      {"x", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "yy"},
      {"a", "aaa", "\xE6\x97\xA5"},
      // A global search stops after a match at the end only where the pattern cannot match empty.
      {"\\d+", "123", "<$0>"}, {"\\d*", "12a", "-"}, {"$", "12", "-"}, {"\\b", "ab", "|"},
  };
  for (const Case& c : cases) {
    const std::unique_ptr<const RegExp> re2(re2_factory.CreateRegExp(c.pattern));
    const std::unique_ptr<const RegExp> js(js_factory.CreateRegExp(c.pattern));
    for (bool global : {false, true}) {
      EXPECT_EQ(Probe::replace(*re2, c.text, global, c.rewrite), Probe::replace(*js, c.text, global, c.rewrite))
          << c.pattern << " on " << c.text << " global=" << global;
    }
    for (bool full : {false, true}) {
      for (bool string : {false, true}) {
        EXPECT_EQ(Probe::match(*re2, c.text, full, string), Probe::match(*js, c.text, full, string)) << c.pattern;
      }
    }
    for (bool anchored : {false, true}) {
      for (int strings : {0, 1}) {
        EXPECT_EQ(re2_probe.consume(*re2, c.text, anchored, strings), js_probe.consume(*js, c.text, anchored, strings))
            << c.pattern << " on " << c.text << " anchored=" << anchored;
      }
    }
  }
  // The oracle itself, on two of the cases, so that an RE2 change cannot make both agree on
  // something else.
  std::string s = "baaac";
  std::unique_ptr<const RegExp>(re2_factory.CreateRegExp("a*"))->GlobalReplace(&s, "-");
  EXPECT_EQ(s, "-b-c-");
  s = "a\rb a\nb";
  std::unique_ptr<const RegExp>(re2_factory.CreateRegExp("a.b"))->GlobalReplace(&s, "_");
  EXPECT_EQ(s, "_ a\nb");
}

// The same questions asked again and again (with more or fewer strings, after a failure, on
// another text, through another pattern made at a freed one's id) get RE2's answers each time:
// the adapter once gave the engine's last answer again, and that must not come back wrong.
TEST(JsRegExpAdapter, RepeatedQuestionsAnsweredAsAsked) {
  const RE2RegExpFactory re2_factory;
  const JsRegExpFactory js_factory;
  const Probe re2_probe(re2_factory), js_probe(js_factory);
  const char* const patterns[] = {"(000[259]\\d{6})$|(?:(?:003768)0?)|0", "(\\d)(\\d)?", "0(\\d)"};
  // The last two are longer than 64 bytes, the most the adapter's former last answer held.
  const char* const texts[] = {"0003123456", "09012345678", "9", "", "0",
                               "0003123456012345678901234567890123456789012345678901234567890123456789",
                               "9012345678901234567890123456789012345678901234567890123456789012345678"};
  for (int round = 0; round < 2; ++round) {
    for (const char* pattern : patterns) {
      const std::unique_ptr<const RegExp> re2(re2_factory.CreateRegExp(pattern));
      const std::unique_ptr<const RegExp> js(js_factory.CreateRegExp(pattern));
      for (const char* text : texts) {
        for (int strings : {1, 1, 0, 2, 2, 1, 0, 0}) {
          EXPECT_EQ(re2_probe.consume(*re2, text, true, strings), js_probe.consume(*js, text, true, strings))
              << pattern << " on " << text << " strings=" << strings;
        }
        EXPECT_EQ(Probe::match(*re2, text, true, true), Probe::match(*js, text, true, true)) << pattern;
      }
    }
  }
}

// Whole matches without groups of digit-only patterns are answered by a DFA built as texts
// reach its states (regexp_adapter_js.cc, SmallPattern::Whole). \d*1\d{9} needs 2^10 states
// (the last ten digits seen), past the DFA's 512: the answers must stay RE2's before, while and
// after it gives up. The other patterns stay small; the texts run every path of each.
TEST(JsRegExpAdapter, WholeMatchesOfDigitPatternsAsRe2) {
  const JsRegExpFactory js_factory;
  const char* const patterns[] = {"\\d*1\\d{9}", "(?:[2-9]\\d|1[0-5])\\d{6,8}", "(\\d{3})(\\d{4})?", "0?7\\d{0,3}", ""};
  uint32_t seed = 12345;
  auto digit = [&](int base) {
    seed = seed * 1103515245u + 12345u;
    return static_cast<char>('0' + (seed >> 16) % base);
  };
  std::size_t compared = 0, matched = 0;
  for (const char* pattern : patterns) {
    const RE2 oracle(pattern);
    ASSERT_TRUE(oracle.ok()) << pattern;
    const std::unique_ptr<const RegExp> js(js_factory.CreateRegExp(pattern));
    for (int i = 0; i < 3000; ++i) {
      std::string text;
      // Half the texts of 0s and 1s only, 10 to 40 long: they reach most of \\d*1\\d{9}'s
      // states (checked once by counting them: the DFA gives up past 512).
      const int length = i % 2 == 0 ? 10 + i % 31 : i % 25;
      for (int k = 0; k < length; ++k) text += i % 7 == 0 ? '1' : digit(i % 2 == 0 ? 2 : 10);
      if (i % 11 == 0) text += 'x';  // a character no instruction reads
      const bool want = RE2::FullMatch(text, oracle);
      ++compared;
      matched += want;
      ASSERT_EQ(js->FullMatch(text), want) << "/" << pattern << "/ on \"" << text << "\"";
    }
  }
  EXPECT_GT(matched, compared / 20);
  EXPECT_LT(matched, compared - compared / 20);
}

// JsRegExpSet, for patch 18: one RegExp says which of a region's number-type patterns match a
// whole text; RE2's FullMatch of each pattern alone is the oracle.
TEST(JsRegExpAdapter, JsRegExpSetAsEachPatternAlone) {
  PhoneMetadataCollection collection;
  ASSERT_TRUE(collection.ParseFromArray(i18n::phonenumbers::metadata_get(), i18n::phonenumbers::metadata_size()));
  std::size_t sets = 0, compared = 0, hits = 0, differ = 0, own = 0, own_hits = 0, own_differ = 0;
  for (const PhoneMetadata& m : collection.metadata()) {
    std::vector<const std::string*> patterns;
    std::vector<std::string> texts = {"", "0", "x1"};
    for (const PhoneNumberDesc* d :
         {&m.general_desc(), &m.premium_rate(), &m.toll_free(), &m.shared_cost(), &m.voip(), &m.personal_number(),
          &m.pager(), &m.uan(), &m.voicemail(), &m.fixed_line(), &m.mobile()}) {
      if (!d->national_number_pattern().empty()) patterns.push_back(&d->national_number_pattern());
      const std::string& e = d->example_number();
      if (e.empty()) continue;
      texts.insert(texts.end(), {e, e + "0", e.substr(1), "1" + e, fullwidth_digits(e)});
    }
    const i18n::phonenumbers::JsRegExpSet set(patterns.data(), static_cast<int>(patterns.size()));
    ASSERT_TRUE(set.ok()) << m.id();
    ++sets;
    std::vector<std::unique_ptr<RE2>> oracles;
    for (const std::string* p : patterns) oracles.push_back(std::make_unique<RE2>(*p));
    for (const std::string& text : texts) {
      uint32_t want = 0;
      for (std::size_t i = 0; i < oracles.size(); ++i) {
        if (RE2::FullMatch(text, *oracles[i])) want |= 1u << i;
      }
      const uint32_t got = set.FullMatches(text);
      ++compared;
      hits += want != 0;
      if (got != want && ++differ <= 5) ADD_FAILURE() << m.id() << " on \"" << text << "\": " << got << " instead of " << want;
      // Each pattern alone, as the adapter answers it without the engine (patch 22).
      for (std::size_t i = 0; i < oracles.size(); ++i) {
        const int alone = set.FullMatch(static_cast<int>(i), text);
        if (alone < 0) continue;
        ++own;
        own_hits += alone;
        if (alone != static_cast<int>(want >> i & 1) && ++own_differ <= 5) {
          ADD_FAILURE() << m.id() << " pattern " << i << " alone on \"" << text << "\": " << alone;
        }
      }
    }
  }
  EXPECT_EQ(differ, 0u) << "of " << compared;
  EXPECT_EQ(own_differ, 0u) << "of " << own;
  // The adapter answers most of them itself, matches and misses alike.
  EXPECT_GT(own, compared * 4);
  EXPECT_GT(own_hits, own / 50);
  EXPECT_GT(sets, 240u);
  // Texts that some pattern matches and texts that none does are both common (on the 8.13.51
  // metadata: 1,517 of 6,460 texts match one at least).
  EXPECT_GT(hits, compared / 8);
  EXPECT_LT(hits, compared - compared / 8);
  // Sets the engine cannot take are reported, and the caller matches pattern by pattern: a
  // pattern it rejects, a case-insensitive one, more than kMaxPatterns.
  const std::string bad = "(", folded = "(?i)ab", digit = "\\d";
  const std::string* rejected[] = {&digit, &bad};
  const std::string* insensitive[] = {&folded};
  EXPECT_FALSE(i18n::phonenumbers::JsRegExpSet(rejected, 2).ok());
  EXPECT_FALSE(i18n::phonenumbers::JsRegExpSet(insensitive, 1).ok());
  std::vector<const std::string*> many(i18n::phonenumbers::JsRegExpSet::kMaxPatterns + 1, &digit);
  EXPECT_FALSE(i18n::phonenumbers::JsRegExpSet(many.data(), static_cast<int>(many.size())).ok());
  many.pop_back();
  const i18n::phonenumbers::JsRegExpSet full(many.data(), static_cast<int>(many.size()));
  ASSERT_TRUE(full.ok());
  EXPECT_EQ(full.FullMatches("7"), 0xFFFFFFFFu);
  EXPECT_EQ(full.FullMatches("77"), 0u);
  EXPECT_EQ(full.FullMatch(31, "7"), 1);
  EXPECT_EQ(full.FullMatch(0, "77"), 0);
  EXPECT_EQ(full.FullMatch(32, "7"), -1);  // no such pattern
  const std::string unicode = "\\p{N}";     // outside the adapter's own syntax
  const std::string* outside[] = {&digit, &unicode};
  const i18n::phonenumbers::JsRegExpSet mixed(outside, 2);
  ASSERT_TRUE(mixed.ok());
  EXPECT_EQ(mixed.FullMatch(0, "7"), 1);
  EXPECT_EQ(mixed.FullMatch(1, "7"), -1);
  EXPECT_EQ(mixed.FullMatches("7"), 3u);
}

}  // namespace
