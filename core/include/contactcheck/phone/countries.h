// Data for a country selector: every region libphonenumber's metadata supports, with its
// calling code and example numbers in national format (placeholders). Country names are the
// caller's job (Intl.DisplayNames in the caller's locale).
#ifndef CONTACTCHECK_PHONE_COUNTRIES_H_
#define CONTACTCHECK_PHONE_COUNTRIES_H_

#include <optional>
#include <string>
#include <vector>

namespace contactcheck::phone {

struct Country {
  std::string region;  // "JP"
  int calling_code;    // 81
  std::optional<std::string> example_mobile;      // "090-1234-5678"
  std::optional<std::string> example_fixed_line;  // "03-1234-5678"
};

// Sorted by region code.
std::vector<Country> list_countries();

}  // namespace contactcheck::phone

#endif  // CONTACTCHECK_PHONE_COUNTRIES_H_
