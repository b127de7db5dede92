// The agreement test: the RE2 accepting pattern and the diagnosing scanner are two writings of
// one policy. On a large generated corpus (random addresses from a grammar biased towards the
// edges of the policy, and mutations of every data-file case), matches_pattern(x) must equal
// check(x).ok() for every x that trimming leaves unchanged.
#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "contactcheck/email/check.h"
#include "test_data.h"

namespace contactcheck::email {
namespace {

// A small deterministic generator (splitmix64), so the corpus is the same with every standard
// library, native or WebAssembly.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : s_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (s_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return n ? static_cast<std::size_t>(next() % n) : 0; }
  bool chance(int percent) { return below(100) < static_cast<std::size_t>(percent); }
  template <class T>
  const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }

 private:
  std::uint64_t s_;
};

const std::string kAtext = "abcxyzABCXYZ0189!#$%&'*+-/=?^_`{|}~";
// Everything the policy treats specially, as whole strings (multi-byte sequences stay intact).
const std::vector<std::string> kSpecials = {
    ".", "@", "\"", "\\", " ", "\t", "\n", "\r", std::string(1, '\0'), "\x01", "\x7F", ",", ";", ":",
    "(", ")", "<", ">", "[", "]", "-", "_", "x", "n", "xn--", "0", "9", "Z", "\x80", "\xFF", "\xC3\xA9",
    "\xE3\x80\x80", "\xEF\xBC\xA0", "\xEF\xBC\x8E", "\xEF\xBD\x9E", "\xEF\xBD\x9F", "\xE3\x80", "\xEF\xBC",
};

std::string random_unquoted_local(Rng& rng) {
  std::string s;
  const std::size_t n = rng.chance(5) ? 60 + rng.below(8) : 1 + rng.below(12);
  for (std::size_t i = 0; i < n; ++i) s += rng.chance(20) ? '.' : kAtext[rng.below(kAtext.size())];
  return s;
}

std::string random_quoted_local(Rng& rng) {
  std::string s = "\"";
  const std::size_t n = rng.chance(5) ? 58 + rng.below(8) : rng.below(8);
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t k = rng.below(10);
    if (k == 0) {
      s += '\\';
      s += rng.chance(80) ? static_cast<char>(0x20 + rng.below(0x5F)) : rng.pick(kSpecials)[0];
    } else if (k == 1) {
      s += rng.pick(kSpecials);
    } else {
      s += static_cast<char>(0x20 + rng.below(0x5F));  // printable, including '"' and '\'
    }
  }
  if (rng.chance(90)) s += '"';
  return s;
}

std::string random_label(Rng& rng) {
  switch (rng.below(12)) {
    case 0: return "";
    case 1: return "xn--" + std::string(1 + rng.below(6), 'a');
    case 2: return "-a";
    case 3: return "a-";
    case 4: return std::to_string(rng.below(300));
    case 5: return std::string(62 + rng.below(3), 'b');
    case 6: return "a-b";
    case 7: return std::string(1, static_cast<char>('a' + rng.below(26)));
    default: {
      std::string s;
      const std::size_t n = 1 + rng.below(10);
      const std::string alphabet = "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789-";
      for (std::size_t i = 0; i < n; ++i) s += alphabet[rng.below(alphabet.size())];
      return s;
    }
  }
}

std::string random_tld(Rng& rng) {
  const std::vector<std::string> tlds = {"com", "jp", "c", "c0m", "123", "xn--p1ai", "XN--ZCKZAH", "xn--",
                                         "xn-a", "co-m", "museum", "Com", std::string(63, 'z'),
                                         std::string(64, 'z'), "", "x-"};
  return rng.chance(70) ? rng.pick(tlds) : random_label(rng);
}

std::string random_domain(Rng& rng) {
  if (rng.chance(3)) return rng.chance(50) ? "[192.168.0.1]" : "[IPv6:::1]";
  std::string s;
  const std::size_t labels = rng.below(4);
  for (std::size_t i = 0; i < labels; ++i) s += random_label(rng) + ".";
  s += random_tld(rng);
  if (rng.chance(3)) s += ".";
  return s;
}

// Mostly valid: the accepting side needs as many near misses as the rejecting side.
std::string plausible_address(Rng& rng) {
  const std::vector<std::string> domains = {"example.com", "docomo.ne.jp", "a.b.co", "xn--r8jz45g.xn--zckzah",
                                            "mx-1.example.XN--P1AI", "1.example.museum", "duck.com"};
  std::string local = rng.chance(15) ? random_quoted_local(rng) : random_unquoted_local(rng);
  return local + "@" + rng.pick(domains);
}

std::string random_address(Rng& rng) {
  if (rng.chance(40)) return plausible_address(rng);
  std::string local = rng.chance(20) ? random_quoted_local(rng) : random_unquoted_local(rng);
  std::string s = local + (rng.chance(95) ? "@" : "") + random_domain(rng);
  // Pad the domain towards the 254-byte limit now and then.
  if (rng.chance(5)) {
    const std::size_t target = 250 + rng.below(8);
    std::string pad;
    while (s.size() + pad.size() + 2 < target) pad += std::string(std::min<std::size_t>(63, target - s.size() - pad.size() - 2), 'p') + ".";
    const std::size_t at = s.rfind('@');
    if (at != std::string::npos) s.insert(at + 1, pad);
  }
  return s;
}

std::string mutate(Rng& rng, std::string s) {
  const std::size_t rounds = 1 + rng.below(3);
  for (std::size_t r = 0; r < rounds; ++r) {
    const std::size_t pos = rng.below(s.size() + 1);
    switch (rng.below(7)) {
      case 0: s.insert(pos, rng.pick(kSpecials)); break;
      case 1: if (pos < s.size()) s.erase(pos, 1); break;
      case 2: if (pos < s.size()) s[pos] = kAtext[rng.below(kAtext.size())]; break;
      case 3: if (pos < s.size()) s.replace(pos, 1, rng.pick(kSpecials)); break;
      case 4: s.insert(pos, s.substr(pos, rng.below(6))); break;  // duplicate a short run
      case 5: s = s.substr(0, pos); break;
      default: s.insert(pos, std::string(1 + rng.below(70), rng.chance(50) ? 'a' : '.')); break;
    }
  }
  return s;
}

TEST(EmailPattern, AgreesWithCheckOnGeneratedCorpus) {
  std::vector<std::string> seeds;
  for (const auto& row : test::read_tsv("email_check.tsv")) seeds.push_back(row[0]);
  ASSERT_GE(seeds.size(), 250u);

  Rng rng(20240603);
  std::size_t compared = 0, accepted = 0, mismatches = 0, suggested = 0, bad_suggestions = 0;
  auto compare = [&](const std::string& x) {
    const CheckResult r = check(x);
    // On the same corpus, the suggestion policy's promise: a suggestion is an address that passes.
    if (r.suggestion) {
      ++suggested;
      if (!check(*r.suggestion).ok() && ++bad_suggestions <= 20)
        ADD_FAILURE() << "suggestion \"" << *r.suggestion << "\" for \"" << x << "\" does not pass the check";
    }
    if (r.value != x) return;  // trimming changed it: check() judges something else
    ++compared;
    accepted += r.ok();
    if (matches_pattern(x) != r.ok() && ++mismatches <= 20) {
      ADD_FAILURE() << "pattern " << (r.ok() ? "rejects" : "accepts") << " \"" << x << "\" (" << x.size()
                    << " bytes), check says " << (r.ok() ? "ok" : code(r.error));
    }
  };

  for (const std::string& seed : seeds) {
    compare(seed);
    for (int i = 0; i < 200; ++i) compare(mutate(rng, seed));
  }
  for (int i = 0; i < 80000; ++i) {
    const std::string a = random_address(rng);
    compare(a);
    if (rng.chance(30)) compare(mutate(rng, a));
  }
  // Pure noise over the special characters.
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    const std::size_t n = rng.below(20);
    for (std::size_t k = 0; k < n; ++k) s += rng.chance(50) ? rng.pick(kSpecials) : std::string(1, kAtext[rng.below(kAtext.size())]);
    compare(s);
  }

  EXPECT_EQ(mismatches, 0u);
  EXPECT_EQ(bad_suggestions, 0u);
  EXPECT_GE(suggested, 1000u);
  EXPECT_GE(compared, 100000u);
  // Both sides of the boundary must be well represented for the agreement to mean anything.
  EXPECT_GE(accepted, compared / 10) << accepted << " of " << compared;
  EXPECT_GE(compared - accepted, compared / 10) << accepted << " of " << compared;
  std::printf("[ corpus   ] %zu compared, %zu accepted, %zu suggestions\n", compared, accepted, suggested);
}

}  // namespace
}  // namespace contactcheck::email
