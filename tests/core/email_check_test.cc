// Email format check: the data-driven cases in tests/data/email_check.tsv, plus what a data file
// cannot say well (options, hostile sizes, the domain lists, messages).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "contactcheck/email/check.h"
#include "contactcheck/email/domain_list.h"
#include "contactcheck/email/domains.h"
#include "contactcheck/locale.h"
#include "contactcheck/messages.h"
#include "test_data.h"

namespace contactcheck::email {
namespace {

constexpr int kLastError = static_cast<int>(Error::tld_invalid);
constexpr int kLastWarning = static_cast<int>(Warning::relay);

std::string join_warnings(const std::vector<Warning>& ws) {
  std::string out;
  for (Warning w : ws) {
    if (!out.empty()) out += ',';
    out += std::string(code(w));
  }
  return out;
}

// Printable form of a raw input for failure messages.
std::string show(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (c < 0x20 || c == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02X", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out.size() > 120 ? out.substr(0, 120) + "...(" + std::to_string(s.size()) + " bytes)" : out;
}

TEST(EmailCheck, DataFile) {
  const auto rows = test::read_tsv("email_check.tsv");
  ASSERT_GE(rows.size(), 250u) << "tests/data/email_check.tsv missing or truncated";
  std::set<std::string> seen_errors;
  for (const auto& row : rows) {
    ASSERT_GE(row.size(), 2u) << "malformed row: " << show(row[0]);
    const std::string& input = row[0];
    const std::string& expect = row[1];
    const CheckResult r = check(input);
    const std::string got = r.ok() ? "ok" : std::string(code(r.error));
    seen_errors.insert(expect);
    EXPECT_EQ(got, expect) << "input: " << show(input);
    EXPECT_EQ(join_warnings(r.warnings), row.size() > 2 ? row[2] : "") << "input: " << show(input);
    if (row.size() > 3 && !row[3].empty()) {
      if (row[3] == "-") {
        EXPECT_FALSE(r.suggestion) << "input: " << show(input) << " suggestion: " << *r.suggestion;
      } else {
        EXPECT_EQ(r.suggestion.value_or("<none>"), row[3]) << "input: " << show(input);
      }
    }
    if (row.size() > 4 && !row[4].empty()) EXPECT_EQ(r.value, row[4]) << "input: " << show(input);
    // The policy's promise for every suggestion: an address that passes, other than the value.
    if (r.suggestion) {
      EXPECT_TRUE(check(*r.suggestion).ok()) << "input: " << show(input) << " suggestion: " << *r.suggestion;
      EXPECT_NE(*r.suggestion, r.value) << "input: " << show(input);
    }
    EXPECT_EQ(r.normalized.has_value(), r.ok()) << "input: " << show(input);
    // The pattern agrees on every case, judged on the trimmed value.
    EXPECT_EQ(matches_pattern(r.value), r.ok()) << "input: " << show(input);
  }
  for (int e = 1; e <= kLastError; ++e) {
    EXPECT_TRUE(seen_errors.count(std::string(code(static_cast<Error>(e)))))
        << "no case for " << code(static_cast<Error>(e));
  }
  EXPECT_TRUE(seen_errors.count("ok"));
}

TEST(EmailCheck, Codes) {
  std::set<std::string_view> codes;
  EXPECT_EQ(code(Error::none), "");
  for (int e = 1; e <= kLastError; ++e) codes.insert(code(static_cast<Error>(e)));
  EXPECT_EQ(codes.size(), static_cast<std::size_t>(kLastError));
  EXPECT_EQ(codes.count(""), 0u);
  EXPECT_EQ(code(Error::local_invalid_char), "local_invalid_char");
  EXPECT_EQ(code(Warning::carrier_mail), "carrier_mail");
  EXPECT_EQ(code(Warning::rfc_nonconforming), "rfc_nonconforming");
  EXPECT_EQ(code(Warning::disposable), "disposable");
  EXPECT_EQ(code(Warning::relay), "relay");
}

TEST(EmailCheck, DisposableOnlyWithCallerList) {
  EXPECT_TRUE(check("x@mailinator.com").warnings.empty());
  const DomainList list = DomainList::from_text("# test list\nmailinator.com\n\nDuck.com\n");
  CheckOptions options;
  options.disposable = &list;
  EXPECT_EQ(join_warnings(check("x@mailinator.com", options).warnings), "disposable");
  EXPECT_EQ(join_warnings(check("x@MX.Mailinator.com", options).warnings), "disposable");
  EXPECT_EQ(join_warnings(check("x@example.com", options).warnings), "");
  // A relay on the caller's list stays a relay (policy: a real person, never "disposable");
  // warnings come in enum order, whatever order the checks found them in.
  EXPECT_EQ(join_warnings(check(".x@duck.com", options).warnings), "rfc_nonconforming,relay");
  EXPECT_EQ(join_warnings(check(".x@mailinator.com", options).warnings), "rfc_nonconforming,disposable");
  // Errors carry no warnings.
  EXPECT_TRUE(check("x y@mailinator.com", options).warnings.empty());
}

TEST(EmailCheck, ValueAndNormalizedOnlyWhenOk) {
  const CheckResult ok = check(" \u3000user@example.com\t");
  EXPECT_EQ(ok.value, "user@example.com");
  EXPECT_TRUE(ok.normalized.has_value());
  const CheckResult bad = check("  user@example  ");
  EXPECT_EQ(bad.value, "user@example");
  EXPECT_FALSE(bad.normalized.has_value());
}

TEST(EmailCheck, EmbeddedNulIsInput) {
  const std::string with_nul("user@example.com\0evil", 21);
  EXPECT_EQ(check(with_nul).error, Error::domain_invalid);
  EXPECT_EQ(check(std::string_view("\0", 1)).error, Error::no_at);
  EXPECT_FALSE(matches_pattern(with_nul));
}

// Long runs of the characters the scanner treats specially, at megabyte size: each must answer
// at once, and doubling the input must not quadruple the time.
TEST(EmailCheck, HostileInputIsLinear) {
  struct Hostile {
    std::string unit;
    Error expect;
  };
  const std::vector<Hostile> units = {
      {"a", Error::too_long},   {".", Error::too_long},      {"@", Error::too_long},
      {"\"", Error::too_long},  {"\\\"", Error::too_long},   {"\"@", Error::too_long},
      {" ", Error::empty},      {"\xE3\x80\x80", Error::empty}, {"\xEF\xBC\xA1", Error::too_long},
      {"\xFF", Error::too_long}, {std::string(1, '\0'), Error::too_long}, {"a.", Error::too_long},
  };
  for (const Hostile& h : units) {
    auto build = [&](std::size_t bytes) {
      std::string s;
      s.reserve(bytes + h.unit.size());
      while (s.size() < bytes) s += h.unit;
      return s;
    };
    const std::string small = build(1 << 17), large = build(1 << 21);  // 128 KiB, 2 MiB
    auto best_of_3 = [](const std::string& s) {
      double best = 1e9;
      for (int i = 0; i < 3; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        const CheckResult r = check(s);
        (void)matches_pattern(s);
        const auto t1 = std::chrono::steady_clock::now();
        best = std::min(best, std::chrono::duration<double>(t1 - t0).count());
        EXPECT_FALSE(r.ok());
      }
      return best;
    };
    EXPECT_EQ(check(large).error, h.expect) << "unit " << show(h.unit);
    const double ts = best_of_3(small), tl = best_of_3(large);
    // 16x the input: linear is ~16x the time, quadratic ~256x. Tiny times are noise.
    if (tl > 0.002) EXPECT_LT(tl, 80 * std::max(ts, 1e-5)) << "unit " << show(h.unit) << " small " << ts << "s large " << tl << "s";
  }
  // Just under the length limit, the full scanner and the pattern run.
  for (const std::string unit : {".", "@", "\"", "-", "\\"}) {
    std::string s = "a@";
    while (s.size() < 250) s += unit;
    s += ".com";
    EXPECT_EQ(matches_pattern(s), check(s).ok()) << show(s);
  }
}

// The scanner rules out eight plain bytes at a time: a byte the policy names must be seen at
// every offset within a word, and at the tail, whatever its neighbours.
TEST(EmailCheck, EverySpecialByteAtEveryOffset) {
  struct Special {
    std::string bytes;
    Error expect;
  };
  const std::vector<Special> specials = {
      {" ", Error::space},           {"\t", Error::space},          {"\v", Error::space},
      {"\r", Error::space},          {"@", Error::multiple_at},     {"\xC3\xA9", Error::non_ascii},
      {"\xEF\xBD\x81", Error::fullwidth}, {"\xE3\x80\x80", Error::fullwidth}, {"\x80", Error::non_ascii},
      {std::string(1, '\x01'), Error::local_invalid_char},
  };
  const std::string local(40, 'a');
  for (std::size_t k = 1; k <= local.size(); ++k) {  // not 0: leading white space is trimmed
    const std::string plain = local.substr(0, k) + "b" + local.substr(k) + "@example.com";
    EXPECT_TRUE(check(plain).ok()) << show(plain);
    for (const Special& sp : specials) {
      const std::string in_local = local.substr(0, k) + sp.bytes + local.substr(k) + "@example.com";
      EXPECT_EQ(check(in_local).error, sp.expect) << show(in_local);
    }
  }
  // In the domain, and as the last byte of the value (the scanner's tail).
  const std::string domain = "example-example-example.com";
  for (std::size_t k = 1; k < domain.size(); ++k) {
    const std::string in_domain = "user@" + domain.substr(0, k) + " " + domain.substr(k);
    EXPECT_EQ(check(in_domain).error, Error::space) << show(in_domain);
    const std::string at_in_domain = "user@" + domain.substr(0, k) + "@" + domain.substr(k);
    EXPECT_EQ(check(at_in_domain).error, Error::multiple_at) << show(at_in_domain);
  }
  EXPECT_EQ(check("user@example.co\xC3\xA9").error, Error::non_ascii);
}

// The index holds views into the list's own storage: copies must own theirs, and a move (as in
// `state.disposable = DomainList::from_text(...)`) must keep the moved entries valid.
TEST(EmailDomainList, CopiesAndMovesKeepTheirEntries) {
  // Long entries (heap text) and short ones (text inside the std::string object) alike.
  const std::string long_domain = "a-rather-long-disposable-mail-domain.example.org";
  auto original = std::make_unique<DomainList>(DomainList::from_text(long_domain + "\nx.io\n"));
  DomainList copy(*original);
  DomainList assigned;
  assigned = *original;
  original.reset();
  for (const DomainList* l : {&copy, &assigned}) {
    EXPECT_EQ(l->size(), 2u);
    EXPECT_TRUE(l->matches("mx." + long_domain));
    EXPECT_TRUE(l->matches("X.IO"));
    EXPECT_FALSE(l->matches("y.io"));
  }
  copy.add("added.jp");
  EXPECT_TRUE(copy.matches("added.jp"));
  EXPECT_FALSE(assigned.matches("added.jp"));  // the copies are independent

  DomainList moved(std::move(copy));
  DomainList target = DomainList::from_text("old.example\n");
  target = std::move(moved);
  EXPECT_EQ(target.size(), 3u);
  EXPECT_TRUE(target.matches(long_domain));
  EXPECT_TRUE(target.matches("x.io"));
  EXPECT_TRUE(target.matches("added.jp"));
  EXPECT_FALSE(target.matches("old.example"));
  target.add("x.io");  // already there
  EXPECT_EQ(target.size(), 3u);

  // A moved-from list matches nothing and can be filled again.
  EXPECT_FALSE(moved.matches("x.io"));
  moved.add("again.jp");
  EXPECT_TRUE(moved.matches("mx.again.jp"));
  EXPECT_FALSE(moved.matches("x.io"));
}

TEST(EmailDomainList, FromTextAndMatches) {
  const DomainList list = DomainList::from_text(
      "# comment\n\n  Example.COM  \r\n*.wild.org\n.dot.net\nroot.io.\n#not.listed\n");
  EXPECT_EQ(list.size(), 4u);
  EXPECT_TRUE(list.matches("example.com"));
  EXPECT_TRUE(list.matches("EXAMPLE.com"));
  EXPECT_TRUE(list.matches("mx.example.com"));
  EXPECT_TRUE(list.matches("a.b.c.example.com"));
  EXPECT_FALSE(list.matches("badexample.com"));
  EXPECT_FALSE(list.matches("example.com.evil.org"));
  EXPECT_FALSE(list.matches("com"));
  EXPECT_FALSE(list.matches(""));
  EXPECT_TRUE(list.matches("wild.org"));
  EXPECT_TRUE(list.matches("x.wild.org"));
  EXPECT_TRUE(list.matches("dot.net"));
  EXPECT_TRUE(list.matches("root.io"));
  EXPECT_FALSE(list.matches("not.listed"));

  DomainList added;
  EXPECT_FALSE(added.matches("example.com"));
  added.add("Mailinator.com");
  added.add("");
  added.add("   ");
  EXPECT_EQ(added.size(), 1u);
  EXPECT_TRUE(added.matches("mailinator.COM"));

  // A megabyte of labels in front of a listed domain is still that domain's subdomain, found
  // without hashing every suffix.
  std::string huge;
  while (huge.size() < (1u << 20)) huge += "a.";
  EXPECT_TRUE(list.matches(huge + "example.com"));
  EXPECT_FALSE(list.matches(huge + "example.org"));
  EXPECT_FALSE(list.matches(std::string(1 << 20, 'x')));
}

TEST(EmailDomains, Carrier) {
  for (const char* d : {"docomo.ne.jp", "DoCoMo.ne.jp", "ezweb.ne.jp", "biz.ezweb.ne.jp", "au.com", "biz.au.com",
                        "softbank.ne.jp", "i.softbank.jp", "d.vodafone.ne.jp", "disney.ne.jp", "ymobile.ne.jp",
                        "y-mobile.ne.jp", "yahoo.ne.jp", "uqmobile.jp", "rakumail.jp", "pdx.ne.jp", "wm.pdx.ne.jp",
                        "willcom.com", "wcm.ne.jp", "emnet.ne.jp"}) {
    EXPECT_TRUE(is_carrier_domain(d)) << d;
  }
  for (const char* d : {"gmail.com", "yahoo.co.jp", "ne.jp", "jp", "xdocomo.ne.jp", "docomo.ne.jp.example",
                        "mopera.net", "icloud.com", ""}) {
    EXPECT_FALSE(is_carrier_domain(d)) << d;
  }
}

TEST(EmailDomains, Relay) {
  for (const char* d : {"privaterelay.appleid.com", "private.icloud.com", "duck.com", "mozmail.com",
                        "x.mozmail.com", "simplelogin.com", "simplelogin.co", "simplelogin.fr", "aleeas.com",
                        "slmail.me", "addy.io", "anonaddy.com", "anonaddy.me", "u.anonaddy.me"}) {
    EXPECT_TRUE(is_relay_domain(d)) << d;
  }
  for (const char* d : {"icloud.com", "appleid.com", "duckduckgo.com", "gmail.com", "mailinator.com", ""}) {
    EXPECT_FALSE(is_relay_domain(d)) << d;
  }
  EXPECT_TRUE(is_apple_relay_domain("privaterelay.appleid.com"));
  EXPECT_TRUE(is_apple_relay_domain("PrivateRelay.AppleID.com"));
  EXPECT_TRUE(is_apple_relay_domain("private.icloud.com"));
  EXPECT_FALSE(is_apple_relay_domain("duck.com"));
  EXPECT_FALSE(is_apple_relay_domain("icloud.com"));
  // Apple relays are relays: the two lists must not drift apart.
  EXPECT_TRUE(is_relay_domain("privaterelay.appleid.com"));
  EXPECT_TRUE(is_relay_domain("private.icloud.com"));
}

// Like DomainList::matches: only the suffixes within the last 253 characters are looked up, so
// megabytes answer at once, and the answer is the one for the listed parent.
TEST(EmailDomains, LongAndMixedCaseDomains) {
  std::string huge;
  while (huge.size() < (1u << 20)) huge += "a.";
  EXPECT_TRUE(is_carrier_domain(huge + "docomo.ne.jp"));
  EXPECT_TRUE(is_relay_domain(huge + "Duck.Com"));
  EXPECT_TRUE(is_apple_relay_domain(huge + "PRIVATE.ICLOUD.COM"));
  EXPECT_FALSE(is_carrier_domain(huge + "docomo.ne.jp.example"));
  EXPECT_FALSE(is_relay_domain(std::string(1 << 20, 'x')));
  // The 253-character window starts inside the run of a's: the cut moves to the next dot.
  EXPECT_TRUE(is_carrier_domain(std::string(300, 'a') + ".EZweb.ne.jp"));
  EXPECT_FALSE(is_carrier_domain(std::string(300, 'a') + "ezweb.ne.jp"));
  EXPECT_FALSE(is_relay_domain(std::string(300, 'a') + "duck.com"));
}

TEST(EmailDomains, DisjointLists) {
  for (const char* d : {"docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "au.com"}) EXPECT_FALSE(is_relay_domain(d));
  for (const char* d : {"duck.com", "mozmail.com", "privaterelay.appleid.com"}) EXPECT_FALSE(is_carrier_domain(d));
}

TEST(EmailMessages, EveryCodeInBothLanguages) {
  for (Locale l : {Locale::en, Locale::ja}) {
    EXPECT_EQ(message(Error::none, l), "");
    EXPECT_EQ(message(phone::Error::none, l), "");
    for (int e = 1; e <= kLastError; ++e) EXPECT_FALSE(message(static_cast<Error>(e), l).empty()) << e;
    for (int w = 0; w <= kLastWarning; ++w) EXPECT_FALSE(message(static_cast<Warning>(w), l).empty()) << w;
    for (int e = 1; e <= static_cast<int>(phone::Error::wrong_region); ++e) {
      EXPECT_FALSE(message(static_cast<phone::Error>(e), l).empty()) << e;
    }
  }
  for (int e = 1; e <= kLastError; ++e) {
    EXPECT_NE(message(static_cast<Error>(e), Locale::en), message(static_cast<Error>(e), Locale::ja));
  }
  EXPECT_EQ(message(Error::fullwidth, Locale::ja), "全角文字が含まれています。半角で入力してください");
  // The guideline's advice for carrier mail: allow our domain, or use Gmail/Yahoo.
  for (Locale l : {Locale::en, Locale::ja}) {
    const std::string_view m = message(Warning::carrier_mail, l);
    EXPECT_NE(m.find("Gmail"), std::string_view::npos);
    EXPECT_NE(m.find("Yahoo"), std::string_view::npos);
  }
  EXPECT_NE(message(Warning::carrier_mail, Locale::ja).find("ドメイン"), std::string_view::npos);
  EXPECT_NE(message(Warning::carrier_mail, Locale::en).find("domain"), std::string_view::npos);
}

TEST(EmailMessages, AllMessagesKeyedInEnumOrder) {
  for (Locale l : {Locale::en, Locale::ja}) {
    const auto all = all_messages(l);
    const int phone_errors = static_cast<int>(phone::Error::wrong_region);
    ASSERT_EQ(all.size(), static_cast<std::size_t>(kLastError + kLastWarning + 1 + phone_errors));
    std::size_t i = 0;
    for (int e = 1; e <= kLastError; ++e, ++i) {
      EXPECT_EQ(all[i].first, "email." + std::string(code(static_cast<Error>(e))));
      EXPECT_EQ(all[i].second, message(static_cast<Error>(e), l));
    }
    for (int w = 0; w <= kLastWarning; ++w, ++i) {
      EXPECT_EQ(all[i].first, "email." + std::string(code(static_cast<Warning>(w))));
      EXPECT_EQ(all[i].second, message(static_cast<Warning>(w), l));
    }
    const std::vector<std::string> phone_codes = {"empty", "not_a_number", "invalid_country_code", "too_short",
                                                  "too_long", "invalid_length", "invalid_number", "wrong_type",
                                                  "wrong_region"};
    for (int e = 1; e <= phone_errors; ++e, ++i) {
      EXPECT_EQ(all[i].first, "phone." + phone_codes[e - 1]);
      EXPECT_EQ(all[i].second, message(static_cast<phone::Error>(e), l));
    }
  }
}

TEST(EmailLocale, Parse) {
  EXPECT_EQ(parse_locale("ja"), Locale::ja);
  EXPECT_EQ(parse_locale("ja-JP"), Locale::ja);
  EXPECT_EQ(parse_locale("JA_jp"), Locale::ja);
  EXPECT_EQ(parse_locale("ja-Jpan-JP"), Locale::ja);
  EXPECT_EQ(parse_locale("en"), Locale::en);
  EXPECT_EQ(parse_locale("en-US"), Locale::en);
  EXPECT_EQ(parse_locale("EN_gb"), Locale::en);
  EXPECT_EQ(parse_locale(""), std::nullopt);
  EXPECT_EQ(parse_locale("fr"), std::nullopt);
  EXPECT_EQ(parse_locale("jav"), std::nullopt);
  EXPECT_EQ(parse_locale("english"), std::nullopt);
  EXPECT_EQ(parse_locale("j"), std::nullopt);
  EXPECT_EQ(parse_locale("-ja"), std::nullopt);
  EXPECT_EQ(parse_locale(std::string_view("ja\0", 3)), std::nullopt);
}

TEST(EmailTestData, Escapes) {
  EXPECT_EQ(test::unescape_field("a\\tb\\nc\\\\d"), "a\tb\nc\\d");
  EXPECT_EQ(test::unescape_field("\\0"), std::string(1, '\0'));
  EXPECT_EQ(test::unescape_field("\\xff\\x41"), "\xff" "A");
  EXPECT_EQ(test::unescape_field("\\u3000"), "\xE3\x80\x80");
  EXPECT_EQ(test::unescape_field("\\U01F600"), "\xF0\x9F\x98\x80");
  EXPECT_EQ(test::unescape_field("\\s"), " ");
  EXPECT_EQ(test::unescape_field("\"a\\\"b\""), "\"a\\\"b\"");
  EXPECT_EQ(test::unescape_field("end\\"), "end\\");
  EXPECT_EQ(test::unescape_field("\\xZZ"), "\\xZZ");
}

}  // namespace
}  // namespace contactcheck::email
