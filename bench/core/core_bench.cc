// Core-level throughput of contactcheck, and of each libphonenumber step behind phone::parse.
// Inputs are the same shapes as bench/run.mjs uses at the JS level.
#include <benchmark/benchmark.h>

#include <string>
#include <utility>
#include <vector>

#include "contactcheck/email/check.h"
#include "contactcheck/email/normalize.h"
#include "contactcheck/email/suggest.h"
#include "contactcheck/phone/as_you_type.h"
#include "contactcheck/phone/parse.h"
#include "phone/util.h"

namespace {

using namespace contactcheck;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

const std::vector<std::pair<std::string, std::string>> kPhones = {
    {"090-1234-5678", "JP"}, {"03-1234-5678", "JP"}, {"\xEF\xBC\x90\xEF\xBC\x99\xEF\xBC\x90-1234-5678", "JP"},
    {"+81 3-1234-5678", "JP"}, {"0120-123-456", "JP"}, {"06 6123 4567", "JP"},
    {"(201) 555-0123", "US"}, {"+1 650-253-0000", "US"}, {"212.555.0199", "US"},
    {"020 7946 0958", "GB"}, {"+44 7400 123456", "GB"}, {"030 123456", "DE"},
    {"+49 1512 3456789", "DE"}, {"01 23 45 67 89", "FR"}, {"+33 6 12 34 56 78", "FR"},
    {"+91 98765 43210", "IN"}, {"(11) 96123-4567", "BR"}, {"+86 131 2345 6789", "CN"},
    {"0412 345 678", "AU"}, {"010-1234-5678", "KR"},
    {"123", "JP"}, {"+81 90 1234", "JP"}, {"090-1234-56789", "JP"}, {"not a number", "US"},
};
const std::vector<std::string> kEmails = {
    "taro.yamada@example.co.jp", "user@gmail.com", "Mirai.Taro+shop@gmail.com",
    "taro..yamada@docomo.ne.jp", "o'brien@example.ie", "user@examplecom",
    "user\xEF\xBC\xA0" "example.com", "john.doe@company.org", "first_last@sub.domain.example",
    "user@gmal.com", "user @example.com", "\"john doe\"@example.com", "x@y.io",
};
const std::vector<std::string> kSuggest = {
    "user@gmial.com", "user@gmail.com", "user@yahoo.co.jp", "user@hotmial.com", "user@docomo.ne.jp",
    "user@doocmo.ne.jp", "user@gmail.con", "user@example.com", "user@outlok.jp", "user@u-tokyo.ac.jp",
};

// Items = inputs processed; the reported items_per_second is calls per second.
template <class F>
void over(benchmark::State& state, std::size_t n, F&& f) {
  for (auto _ : state) {
    for (std::size_t i = 0; i < n; ++i) benchmark::DoNotOptimize(f(i));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * n));
}

void BM_email_check(benchmark::State& s) {
  over(s, kEmails.size(), [](std::size_t i) { return email::check(kEmails[i]).ok(); });
}
void BM_email_suggest(benchmark::State& s) {
  const auto& sug = email::default_suggester();
  over(s, kSuggest.size(), [&](std::size_t i) { return sug.suggest(kSuggest[i]).has_value(); });
}
void BM_email_normalize(benchmark::State& s) {
  over(s, kEmails.size(), [](std::size_t i) { return email::normalize(kEmails[i]).has_value(); });
}
void BM_phone_parse(benchmark::State& s) {
  over(s, kPhones.size(), [](std::size_t i) {
    phone::ParseOptions o;
    o.region = kPhones[i].second;
    return phone::parse(kPhones[i].first, o).ok();
  });
}
void BM_phone_as_you_type_10_keys(benchmark::State& s) {
  for (auto _ : s) {
    phone::AsYouType f("JP");
    for (char c : std::string("0312345678")) benchmark::DoNotOptimize(f.input(std::string(1, c)));
  }
  s.SetItemsProcessed(static_cast<int64_t>(s.iterations() * 10));
}
void BM_phone_format_as_you_type(benchmark::State& s) {
  over(s, 1, [](std::size_t) { return phone::format_as_you_type("09012345678", "JP", 11).caret; });
}

// --- the libphonenumber steps of phone::parse, on the same inputs -------------------------
const PhoneNumberUtil& U() { return *PhoneNumberUtil::GetInstance(); }
std::vector<PhoneNumber> parsed() {
  std::vector<PhoneNumber> v;
  for (const auto& [t, r] : kPhones) {
    PhoneNumber n;
    if (U().Parse(t, r, &n) == PhoneNumberUtil::NO_PARSING_ERROR && U().IsValidNumber(n)) v.push_back(n);
  }
  return v;
}
void BM_lpn_Parse(benchmark::State& s) {
  over(s, kPhones.size(), [](std::size_t i) {
    PhoneNumber n;
    return U().Parse(kPhones[i].first, kPhones[i].second, &n);
  });
}
void BM_lpn_IsValidNumber(benchmark::State& s) {
  const auto v = parsed();
  over(s, v.size(), [&](std::size_t i) { return U().IsValidNumber(v[i]); });
}
void BM_lpn_GetNumberType(benchmark::State& s) {
  const auto v = parsed();
  over(s, v.size(), [&](std::size_t i) { return U().GetNumberType(v[i]); });
}
void BM_lpn_GetRegionCodeForNumber(benchmark::State& s) {
  const auto v = parsed();
  over(s, v.size(), [&](std::size_t i) { std::string r; U().GetRegionCodeForNumber(v[i], &r); return r.size(); });
}
void BM_lpn_Format(benchmark::State& s) {
  const auto v = parsed();
  const auto f = static_cast<PhoneNumberUtil::PhoneNumberFormat>(s.range(0));
  over(s, v.size(), [&](std::size_t i) { std::string o; U().Format(v[i], f, &o); return o.size(); });
}

// phone::parse's libphonenumber calls as they are, and without the IsValidNumber call that
// GetNumberType repeats (GetNumberType(n) != UNKNOWN is IsValidNumber(n): both resolve the region
// from the country code, then run GetNumberTypeHelper on the national number). The difference
// is what dropping it from core/src/phone/parse.cc would save per call.
template <bool kLean>
void BM_lpn_pipeline(benchmark::State& s) {
  over(s, kPhones.size(), [](std::size_t i) {
    PhoneNumber n;
    if (U().Parse(kPhones[i].first, kPhones[i].second, &n) != PhoneNumberUtil::NO_PARSING_ERROR) return 0;
    PhoneNumberUtil::PhoneNumberType type;
    if (kLean) {
      type = U().GetNumberType(n);
      if (type == PhoneNumberUtil::UNKNOWN) return 1;
    } else {
      if (!U().IsValidNumber(n)) return 1;
      type = U().GetNumberType(n);
    }
    std::string region, e164, national, international;
    U().GetRegionCodeForNumber(n, &region);
    U().Format(n, PhoneNumberUtil::E164, &e164);
    U().Format(n, PhoneNumberUtil::NATIONAL, &national);
    U().Format(n, PhoneNumberUtil::INTERNATIONAL, &international);
    return static_cast<int>(type + e164.size() + national.size() + international.size() + region.size());
  });
}
BENCHMARK_TEMPLATE(BM_lpn_pipeline, false)->Name("BM_lpn_pipeline_as_in_parse_cc");
BENCHMARK_TEMPLATE(BM_lpn_pipeline, true)->Name("BM_lpn_pipeline_without_IsValidNumber");

BENCHMARK(BM_email_check);
BENCHMARK(BM_email_suggest);
BENCHMARK(BM_email_normalize);
BENCHMARK(BM_phone_parse);
BENCHMARK(BM_phone_as_you_type_10_keys);
BENCHMARK(BM_phone_format_as_you_type);
BENCHMARK(BM_lpn_Parse);
BENCHMARK(BM_lpn_IsValidNumber);
BENCHMARK(BM_lpn_GetNumberType);
BENCHMARK(BM_lpn_GetRegionCodeForNumber);
BENCHMARK(BM_lpn_Format)->ArgName("E164_INTL_NATL")->Arg(PhoneNumberUtil::E164)->Arg(PhoneNumberUtil::INTERNATIONAL)->Arg(PhoneNumberUtil::NATIONAL);

}  // namespace

BENCHMARK_MAIN();
