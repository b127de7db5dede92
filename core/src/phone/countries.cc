#include "contactcheck/phone/countries.h"

#include <set>

#include "phone/util.h"

namespace contactcheck::phone {
namespace {

std::optional<std::string> example(const std::string& region, PhoneNumberUtil::PhoneNumberType type) {
  i18n::phonenumbers::PhoneNumber number;
  if (!util().GetExampleNumberForType(region, type, &number)) return std::nullopt;
  std::string out;
  util().Format(number, PhoneNumberUtil::NATIONAL, &out);
  return out;
}

}  // namespace

std::vector<Country> list_countries() {
  std::set<std::string> regions;
  util().GetSupportedRegions(&regions);
  std::vector<Country> out;
  out.reserve(regions.size());
  for (const std::string& region : regions) {
    out.push_back({region, util().GetCountryCodeForRegion(region),
                   example(region, PhoneNumberUtil::MOBILE),
                   example(region, PhoneNumberUtil::FIXED_LINE)});
  }
  return out;
}

}  // namespace contactcheck::phone
