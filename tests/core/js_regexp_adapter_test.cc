// The browser module runs libphonenumber's patterns on the JavaScript engine's RegExp
// (deps/libphonenumber/js_regexp/regexp_adapter_js.cc); the Node addon runs them on RE2. The
// two engines answer the same only if the two adapters do, so RE2's adapter is the oracle
// here: every pattern of the production metadata (national-number, leading-digits, prefix and
// format patterns of every region and non-geographic entity), on texts made from the region's
// example numbers and the parse corpus, through every operation libphonenumber calls (full,
// partial and anchored matches with and without captured strings, find-and-consume, replace
// and global replace with the metadata's rewrites). Built for WebAssembly only: natively there
// is no JavaScript engine to compare with.
#include <cstddef>
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
  };
  for (const Case& c : cases) {
    const std::unique_ptr<const RegExp> re2(re2_factory.CreateRegExp(c.pattern));
    const std::unique_ptr<const RegExp> js(js_factory.CreateRegExp(c.pattern));
    for (bool global : {false, true}) {
      EXPECT_EQ(Probe::replace(*re2, c.text, global, c.rewrite), Probe::replace(*js, c.text, global, c.rewrite))
          << c.pattern << " on " << c.text << " global=" << global;
    }
    for (bool full : {false, true}) {
      EXPECT_EQ(Probe::match(*re2, c.text, full, true), Probe::match(*js, c.text, full, true)) << c.pattern;
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

}  // namespace
