// Typo suggestions (issue 4): the cases in tests/data/email_suggest.tsv, plus the contract of
// Suggester (local part kept, extra domains, hostile input).
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "contactcheck/email/suggest.h"
#include "test_data.h"

namespace contactcheck::email {
namespace {

TEST(EmailSuggest, DataFile) {
  const auto rows = test::read_tsv("email_suggest.tsv");
  ASSERT_GT(rows.size(), 300u);
  int false_suggestions = 0, wrong = 0;
  for (const auto& row : rows) {
    ASSERT_EQ(row.size(), 2u) << row[0];
    const std::optional<std::string> got = default_suggester().suggest("user@" + row[0]);
    const std::string expected = row[1] == "-" ? "" : "user@" + row[1];
    const std::string actual = got.value_or("");
    if (actual != expected) {
      ++wrong;
      if (expected.empty()) ++false_suggestions;
    }
    EXPECT_EQ(actual, expected) << "typed: " << row[0];
  }
  EXPECT_EQ(false_suggestions, 0);
  EXPECT_EQ(wrong, 0);
}

// docs/policy/email-suggest.md: a wrong "did you mean" on a correct address is worse than
// none. The domains checkEmail itself calls real (carrier_mail, relay warnings) are correct
// addresses; y-mobile.ne.jp and ymobile1.ne.jp, one edit from ymobile.ne.jp, were corrected.
TEST(EmailSuggest, ListedCarrierAndRelayDomainsAreNeverCorrected) {
  int domains = 0;
  for (const char* list : {"carrier_domains.txt", "relay_domains.txt"}) {
    for (const auto& row : test::read_tsv(std::string("../../core/data/") + list)) {
      const std::string domain = row[0].substr(0, row[0].find(' '));
      ++domains;
      EXPECT_EQ(default_suggester().suggest("taro@" + domain), std::nullopt) << domain;
      EXPECT_EQ(default_suggester().suggest("taro@mail." + domain), std::nullopt) << domain;
    }
  }
  EXPECT_GT(domains, 50);
}

TEST(EmailSuggest, DomainOnly) {
  EXPECT_EQ(default_suggester().suggest_domain("gmial.com"), std::optional<std::string>("gmail.com"));
  EXPECT_EQ(default_suggester().suggest_domain("docomo.ne.jp"), std::nullopt);
}

TEST(EmailSuggest, LocalPartKeptExactlyDomainLowerCased) {
  EXPECT_EQ(default_suggester().suggest("Taro..Yamada+Shop@GMIAL.COM"),
            std::optional<std::string>("Taro..Yamada+Shop@gmail.com"));
  EXPECT_EQ(default_suggester().suggest("\"a b\"@Doocmo.ne.jp"), std::optional<std::string>("\"a b\"@docomo.ne.jp"));
  EXPECT_EQ(default_suggester().suggest("  user@gmial.com \n"), std::optional<std::string>("user@gmail.com"));
  // Only the case differs: nothing to suggest.
  EXPECT_EQ(default_suggester().suggest("User@GMAIL.COM"), std::nullopt);
}

TEST(EmailSuggest, NotExactlyOneAtOrEmptyDomain) {
  const Suggester& s = default_suggester();
  EXPECT_EQ(s.suggest(""), std::nullopt);
  EXPECT_EQ(s.suggest("gmial.com"), std::nullopt);
  EXPECT_EQ(s.suggest("user@"), std::nullopt);
  EXPECT_EQ(s.suggest("a@b@gmial.com"), std::nullopt);
  EXPECT_EQ(s.suggest("user@@gmial.com"), std::nullopt);
}

TEST(EmailSuggest, ExtraDomainsAreKnownAndTargets) {
  Suggester s({"Example-Corp.co.jp", "mycustomer.com", "not a domain", "", "x"});
  EXPECT_EQ(s.suggest("a@example-corp.co.jp"), std::nullopt);
  EXPECT_EQ(s.suggest("a@exmaple-corp.co.jp"), std::optional<std::string>("a@example-corp.co.jp"));
  EXPECT_EQ(s.suggest("a@example-corp.co.pj"), std::optional<std::string>("a@example-corp.co.jp"));
  EXPECT_EQ(s.suggest("a@mycustomer.con"), std::optional<std::string>("a@mycustomer.com"));
  EXPECT_EQ(s.suggest("a@mycustmer.com"), std::optional<std::string>("a@mycustomer.com"));
  EXPECT_EQ(s.suggest("a@sub.mycustomer.com"), std::nullopt);
  // Built-in knowledge still applies.
  EXPECT_EQ(s.suggest("a@gmial.com"), std::optional<std::string>("a@gmail.com"));
  EXPECT_EQ(s.suggest("a@docomo.ne.jp"), std::nullopt);
  // The default suggester does not know them.
  EXPECT_EQ(default_suggester().suggest("a@exmaple-corp.co.jp"), std::nullopt);
  // Moving keeps the extras; a moved-from suggester answers nothing rather than crashing.
  Suggester moved = std::move(s);
  EXPECT_EQ(moved.suggest("a@mycustmer.com"), std::optional<std::string>("a@mycustomer.com"));
  EXPECT_EQ(s.suggest("a@mycustmer.com"), std::nullopt);  // NOLINT(bugprone-use-after-move)
}

// A search is skipped for a domain more than one character longer or shorter than every target
// (one edit changes the length by one at most): a slip on the longest or the shortest target
// of a list is still found.
TEST(EmailSuggest, SlipsOnTheLongestAndShortestTargets) {
  const std::string longest = "a-very-long-customer-domain-name-for-testing-lengths.example.co.jp";
  Suggester s({longest, "ab-cd.jp"});
  const std::string extra_letter = "a-very-long-customer-domain-name-for-testing-lengthss.example.co.jp";
  const std::string missing_letter = "a-very-long-customer-domain-name-for-testing-lenths.example.co.jp";
  EXPECT_EQ(s.suggest_domain(extra_letter), std::optional<std::string>(longest));
  EXPECT_EQ(s.suggest_domain(missing_letter), std::optional<std::string>(longest));
  EXPECT_EQ(s.suggest_domain("abcd.jp"), std::optional<std::string>("ab-cd.jp"));  // a left-out hyphen
  EXPECT_EQ(s.suggest_domain("ab-cdd.jp"), std::optional<std::string>("ab-cd.jp"));
  EXPECT_EQ(s.suggest_domain("a-very-long-customer-domain-name-for-testing-lengthsss.example.co.jp"), std::nullopt);
}

TEST(EmailSuggest, HostileInputNoCrashLinearTime) {
  const Suggester& s = default_suggester();
  const std::string nul("user@gm\0ail.com", 15);
  EXPECT_EQ(s.suggest(nul), std::nullopt);
  EXPECT_EQ(s.suggest("user@gm\xC3\xA1il.com"), std::nullopt);
  EXPECT_EQ(s.suggest("user@\xFF\xFE\x80.com"), std::nullopt);
  EXPECT_EQ(s.suggest("user@gmail\xEF\xBC\x8E" "com"), std::nullopt);
  const auto t0 = std::chrono::steady_clock::now();
  const std::string big_domain = "user@" + std::string(1 << 20, 'a') + ".con";
  EXPECT_EQ(s.suggest(big_domain), std::nullopt);
  const std::string big_local = std::string(1 << 20, 'x') + "@gmial.com";
  EXPECT_EQ(s.suggest(big_local), std::optional<std::string>(std::string(1 << 20, 'x') + "@gmail.com"));
  const std::string many_at(1 << 20, '@');
  EXPECT_EQ(s.suggest(many_at), std::nullopt);
  std::string dots = "user@";
  for (int i = 0; i < 1 << 18; ++i) dots += ".a";
  EXPECT_EQ(s.suggest(dots), std::nullopt);
  // Longest allowed host names, every byte value.
  std::string longest = "u@" + std::string(63, 'g') + "." + std::string(63, 'm') + "." + std::string(63, 'a') + "." +
                        std::string(57, 'i') + ".con";
  (void)s.suggest(longest);
  for (int c = 0; c < 256; ++c) {
    std::string in = "u@gm";
    in += static_cast<char>(c);
    in += "il.com";
    (void)s.suggest(in);
    (void)s.suggest_domain(std::string(1, static_cast<char>(c)));
  }
  const auto elapsed = std::chrono::steady_clock::now() - t0;
  EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count(), 2000);
}

}  // namespace
}  // namespace contactcheck::email
