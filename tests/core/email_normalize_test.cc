// Alias normalization (docs/policy/email-normalize.md), driven by tests/data/email_normalize.tsv.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "contactcheck/email/check.h"
#include "contactcheck/email/normalize.h"
#include "email/normalize_internal.h"
#include "test_data.h"

namespace contactcheck::email {
namespace {

struct Case {
  std::string input;
  std::string expected;  // the key, or "!code" when the format check rejects the input
  std::string base;
  std::string rule;
  NormalizeOptions options;
  // Only error rows have two columns: a key may itself start with '!' ("!#$%&'*@example.org").
  bool fails() const { return base.empty() && rule.empty() && !expected.empty() && expected[0] == '!'; }
};

std::vector<Case> load_cases() {
  std::vector<Case> cases;
  for (const auto& row : test::read_tsv("email_normalize.tsv")) {
    Case c;
    c.input = row[0];
    if (row.size() > 1) c.expected = row[1];
    if (row.size() > 2) c.base = row[2];
    if (row.size() > 3) c.rule = row[3];
    for (std::size_t i = 4; i < row.size(); ++i) c.options.keep_aliases_of.push_back(row[i]);
    cases.push_back(std::move(c));
  }
  return cases;
}

const std::vector<Case>& cases() {
  static const std::vector<Case> all = load_cases();
  return all;
}

std::string describe(const Case& c) {
  std::string s = "input \"" + c.input + "\"";
  for (const auto& e : c.options.keep_aliases_of) s += " allow \"" + e + "\"";
  return s;
}

TEST(EmailNormalize, DataFileIsWellFormed) {
  ASSERT_GT(cases().size(), 100u);
  for (const Case& c : cases()) {
    if (c.fails()) {
      EXPECT_TRUE(c.base.empty() && c.rule.empty()) << describe(c);
    } else {
      EXPECT_FALSE(c.expected.empty() || c.base.empty() || c.rule.empty()) << describe(c);
    }
  }
}

TEST(EmailNormalize, DataFile) {
  int checked = 0;
  for (const Case& c : cases()) {
    SCOPED_TRACE(describe(c));
    const auto r = normalize(c.input, c.options);
    if (c.fails()) {
      ASSERT_FALSE(r.has_value()) << "got key " << r->normalized;
      EXPECT_EQ("!" + std::string(code(r.error())), c.expected);
    } else {
      ASSERT_TRUE(r.has_value()) << "error " << code(r.error());
      EXPECT_EQ(r->normalized, c.expected);
      EXPECT_EQ(r->base, c.base);
      EXPECT_EQ(code(r->rule), c.rule);
    }
    ++checked;
  }
  EXPECT_EQ(checked, static_cast<int>(cases().size()));
}

// A key fed back in gives the same key: a backend may normalize stored keys again safely.
TEST(EmailNormalize, KeyIsAFixedPoint) {
  for (const Case& c : cases()) {
    if (c.fails()) continue;
    SCOPED_TRACE(describe(c));
    const auto again = normalize(c.expected, c.options);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(again->normalized, c.expected);
  }
}

// `base` is the address one would show as "your account": it has the same key as the input.
TEST(EmailNormalize, BaseHasTheSameKey) {
  for (const Case& c : cases()) {
    if (c.fails() || c.rule == "allow_listed") continue;
    SCOPED_TRACE(describe(c));
    const auto b = normalize(c.base, c.options);
    ASSERT_TRUE(b.has_value());
    EXPECT_EQ(b->normalized, c.expected);
  }
}

// checkEmail's `normalized` field is this key (default options), or absent when not ok.
TEST(EmailNormalize, CheckFillsTheSameKey) {
  for (const Case& c : cases()) {
    if (!c.options.keep_aliases_of.empty()) continue;
    SCOPED_TRACE(describe(c));
    const CheckResult r = check(c.input);
    if (c.fails()) {
      EXPECT_FALSE(r.normalized.has_value());
    } else {
      ASSERT_TRUE(r.normalized.has_value());
      EXPECT_EQ(*r.normalized, c.expected);
    }
  }
}

TEST(EmailNormalize, InternalEntryPointMatchesPublicOne) {
  for (const Case& c : cases()) {
    if (c.fails()) continue;
    SCOPED_TRACE(describe(c));
    const Normalized n = detail::normalize_checked(check(c.input).value, c.options);
    EXPECT_EQ(n.normalized, c.expected);
    EXPECT_EQ(n.base, c.base);
    EXPECT_EQ(code(n.rule), c.rule);
  }
}

TEST(EmailNormalize, RuleCodes) {
  EXPECT_EQ(code(NormalizeRule::exempt_relay), "exempt_relay");
  EXPECT_EQ(code(NormalizeRule::exempt_yahoo_japan), "exempt_yahoo_japan");
  EXPECT_EQ(code(NormalizeRule::exempt_carrier), "exempt_carrier");
  EXPECT_EQ(code(NormalizeRule::gmail), "gmail");
  EXPECT_EQ(code(NormalizeRule::subaddress), "subaddress");
  EXPECT_EQ(code(NormalizeRule::lowercase), "lowercase");
  EXPECT_EQ(code(NormalizeRule::allow_listed), "allow_listed");
}

// The internal entry point is reachable with unchecked text (check.cc's bugs, future callers):
// it must stay total and linear there too.
TEST(EmailNormalize, InternalEntryPointSurvivesAnyInput) {
  const std::string odd[] = {"", "@", "@@", "no-at", "+", "\"", "\"@", "a@b@c", std::string("a\0+b@x\0y", 8),
                             "\xff\xfe+\x80@GMAIL.COM", "+++@gmail.com", "...+...@googlemail.com"};
  for (const std::string& s : odd) {
    const Normalized n = detail::normalize_checked(s, NormalizeOptions{{"", "@", s}});
    EXPECT_LE(n.normalized.size(), s.size() + 1) << s;
  }
  EXPECT_EQ(detail::normalize_checked("No-At").normalized, "no-at");
  EXPECT_EQ(detail::normalize_checked(std::string("A\0+b@X", 6)).normalized, std::string("a\0@x", 4));

  std::string big(1 << 20, '.');
  big += "+tag@gmail.com";
  EXPECT_EQ(detail::normalize_checked(big).normalized, std::string(1 << 20, '.') + "+tag@gmail.com");
  big = std::string(1 << 20, 'A') + "+tag@Example.com";
  EXPECT_EQ(detail::normalize_checked(big).normalized, std::string(1 << 20, 'a') + "@example.com");
}

// A megabyte of input must be refused quickly by the check, never walked quadratically.
TEST(EmailNormalize, HugeInputIsRefused) {
  const std::string big = std::string(1 << 20, 'a') + "+x@gmail.com";
  const auto r = normalize(big);
  ASSERT_FALSE(r.has_value());
  EXPECT_EQ(code(r.error()), "too_long");
}

// A long allow-list costs one pass over its entries; none of them may change another's key.
TEST(EmailNormalize, LongAllowList) {
  NormalizeOptions o;
  for (int i = 0; i < 10000; ++i) o.keep_aliases_of.push_back("qa" + std::to_string(i) + "@example.com");
  const auto hit = normalize("QA9999+run7@Example.com", o);
  ASSERT_TRUE(hit.has_value());
  EXPECT_EQ(hit->normalized, "qa9999+run7@example.com");
  EXPECT_EQ(hit->rule, NormalizeRule::allow_listed);
  const auto miss = normalize("qa10000+run7@example.com", o);
  ASSERT_TRUE(miss.has_value());
  EXPECT_EQ(miss->normalized, "qa10000@example.com");
  EXPECT_EQ(miss->rule, NormalizeRule::subaddress);
}

}  // namespace
}  // namespace contactcheck::email
