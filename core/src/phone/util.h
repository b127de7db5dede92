// Shared access to libphonenumber for the phone sources.
#ifndef CONTACTCHECK_SRC_PHONE_UTIL_H_
#define CONTACTCHECK_SRC_PHONE_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

#include "contactcheck/phone/parse.h"
#include "phonenumbers/phonenumberutil.h"

namespace contactcheck::phone {

using i18n::phonenumbers::PhoneNumberUtil;
inline const PhoneNumberUtil& util() { return *PhoneNumberUtil::GetInstance(); }

// "jp" → "JP"; anything that is not two ASCII letters → "ZZ" (libphonenumber's unknown region),
// so garbage never reaches the metadata look-ups.
std::string normalize_region(std::string_view region);

Type to_type(PhoneNumberUtil::PhoneNumberType t);

// National-significant-number lengths of valid numbers (general description) for a region,
// or, for "001" (the non-geographic entities, such as +800), for `country_code`; from the
// compiled-in metadata, empty when unknown.
const std::vector<int>& possible_lengths(const std::string& region, int country_code);

}  // namespace contactcheck::phone

#endif  // CONTACTCHECK_SRC_PHONE_UTIL_H_
