// Phone numbers: flexible input, strict data. Parsing, validation and formatting through
// Google's libphonenumber (https://github.com/google/libphonenumber), RE2 regex engine.
//
// Input may carry hyphens, spaces, dots, parentheses, full-width digits and symbols
// (０９０－１２３４－５６７８, ＋８１), a leading +, or omit the national trunk 0 after a
// country was chosen (9012345678 with JP). Only a number libphonenumber judges valid is ok and
// gets an E.164 form; otherwise `error` says why. Extensions: "ext. 12", "x12", "内線12".
#ifndef CONTACTCHECK_PHONE_PARSE_H_
#define CONTACTCHECK_PHONE_PARSE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "contactcheck/expected.h"

namespace contactcheck::phone {

enum class Error : std::uint8_t {
  none = 0,
  empty,
  not_a_number,          // no digits, or libphonenumber cannot read it as a number
  invalid_country_code,  // unknown calling code, or no + and an unknown/missing region
  too_short,
  too_long,
  invalid_length,        // a length between the valid ones
  invalid_number,        // a possible length, but no valid number pattern matches
  wrong_type,            // valid, but not one of ParseOptions::types
  wrong_region,          // valid, but for another region than ParseOptions::region
};

enum class Type : std::uint8_t {
  fixed_line, mobile, fixed_line_or_mobile, toll_free, premium_rate, shared_cost, voip,
  personal_number, pager, uan, voicemail, unknown,
};

std::string_view code(Error e);  // "empty", ... ("" for none)
std::string_view code(Type t);   // "mobile", ...
std::optional<Type> parse_type(std::string_view code);

struct ParseOptions {
  std::string_view region;   // ISO 3166-1 alpha-2 default region, any case; "" = needs a +
  std::vector<Type> types;   // when non-empty, only these types are ok (else wrong_type)
  bool region_only = false;  // when true, a number of another region is wrong_region
};

struct Number {
  std::string e164;           // +819012345678
  std::string national;       // 090-1234-5678
  std::string international;  // +81 90-1234-5678
  std::string region;         // JP ("001" for non-geographic entities)
  Type type = Type::unknown;
  std::optional<std::string> extension;
};

struct ParseResult {
  Error error = Error::none;
  std::optional<Number> number;       // present exactly when error == none
  std::vector<int> expected_lengths;  // on length errors: the valid national lengths for the region
                                      // (for "001", the non-geographic +800 etc.: the calling code's)
  bool ok() const { return error == Error::none; }
};

// Never throws; any byte sequence is accepted.
ParseResult parse(std::string_view input, const ParseOptions& options = {});

enum class Format : std::uint8_t { e164, national, international, rfc3966 };
std::optional<Format> parse_format(std::string_view name);

// Formats a number given in E.164 (or anything parse() accepts without a region).
expected<std::string, Error> format(std::string_view number, Format format);

}  // namespace contactcheck::phone

#endif  // CONTACTCHECK_PHONE_PARSE_H_
