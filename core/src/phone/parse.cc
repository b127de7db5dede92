#include "contactcheck/phone/parse.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "phone/util.h"
#include "text.h"

namespace contactcheck::phone {
namespace {

using i18n::phonenumbers::PhoneNumber;

constexpr std::array<std::string_view, 10> kErrorCodes = {
    "",         "empty",    "not_a_number",   "invalid_country_code", "too_short",
    "too_long", "invalid_length", "invalid_number", "wrong_type", "wrong_region"};
constexpr std::array<std::string_view, 12> kTypeCodes = {
    "fixed_line", "mobile", "fixed_line_or_mobile", "toll_free", "premium_rate", "shared_cost",
    "voip", "personal_number", "pager", "uan", "voicemail", "unknown"};

// libphonenumber refuses longer input itself (kMaxInputStringLength); stopping here keeps the
// full-width folding and extension rewriting below bounded on megabyte strings.
constexpr std::size_t kMaxInput = 250 * 4;

// Japanese forms write extensions as 内線 (often after a full-width space, often with a
// colon, 内線：12, folded to ':' by now); libphonenumber knows "ext", "x", "#" and a few others
// but not this, so it becomes " ext. ". Its colon goes with it: libphonenumber takes "ext:12"
// but not "ext. :12". A 内線 with no digits after it is dropped: " ext." alone would be read
// as the vanity digits E, X, T (google-libphonenumber ignores the trailing 内線 of the input).
std::string rewrite_extension_marks(std::string s) {
  static constexpr std::string_view kNaisen = "\xE5\x86\x85\xE7\xB7\x9A";  // 内線
  for (std::size_t at = s.find(kNaisen); at != std::string::npos; at = s.find(kNaisen, at)) {
    std::size_t end = at + kNaisen.size();
    while (end < s.size() && s[end] == ' ') ++end;
    if (end < s.size() && s[end] == ':') ++end;
    const bool digits_follow = s.find_first_of("0123456789", end) != std::string::npos;
    s.replace(at, end - at, digits_follow ? " ext. " : "");
  }
  return s;
}

// The calling code of a number written with '+' whose Parse() failed on its length: Parse()
// drops it with the number, and its lengths are that country's, not the default region's
// ("+44 1" typed in a form set to Japan). libphonenumber's ExtractCountryCode rule: the first
// one to three digits after the '+' that name a calling code (calling codes are prefix-free).
// The digits end at the first letter or '#', where an extension would begin. 0 when the
// number has no '+' (a national number: the default region's lengths are the right ones; a
// number dialled with an IDD instead, "010 44 1", still gets them: telling the two apart needs
// the region's IDD pattern, which libphonenumber keeps private), -1 when no code is named.
int leading_calling_code(const std::string& prepared, const PhoneNumberUtil& u) {
  const std::size_t start = prepared.find_first_of("+0123456789");
  if (start == std::string::npos || prepared[start] != '+') return 0;
  std::size_t end = start + 1;
  while (end < prepared.size() && !std::isalpha(static_cast<unsigned char>(prepared[end])) && prepared[end] != '#') ++end;
  std::string digits = prepared.substr(start + 1, end - start - 1);
  u.NormalizeDigitsOnly(&digits);  // any script's digits, as Parse() reads them
  if (digits.empty() || digits[0] == '0') return -1;  // no calling code starts with 0
  int code = 0;
  for (std::size_t i = 0; i < digits.size() && i < 3; ++i) {
    code = code * 10 + (digits[i] - '0');
    std::string region;
    u.GetRegionCodeForCountryCode(code, &region);
    if (region != "ZZ") return code;
  }
  return -1;
}

ParseResult failure(Error e) {
  ParseResult r;
  r.error = e;
  return r;
}

Error from_parse_error(PhoneNumberUtil::ErrorType e) {
  switch (e) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR: return Error::invalid_country_code;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN: return Error::too_short;
    case PhoneNumberUtil::TOO_LONG_NSN: return Error::too_long;
    default: return Error::not_a_number;
  }
}

Error from_possibility(PhoneNumberUtil::ValidationResult v) {
  switch (v) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE: return Error::invalid_country_code;
    case PhoneNumberUtil::TOO_SHORT: return Error::too_short;
    case PhoneNumberUtil::TOO_LONG: return Error::too_long;
    case PhoneNumberUtil::INVALID_LENGTH: return Error::invalid_length;
    default: return Error::invalid_number;  // possible length, but no number pattern matches
  }
}

bool type_allowed(Type t, const std::vector<Type>& allowed) {
  if (allowed.empty()) return true;
  auto has = [&](Type x) { return std::find(allowed.begin(), allowed.end(), x) != allowed.end(); };
  // Where the metadata cannot tell fixed lines from mobiles (US, CA, ...), a number of
  // either type may be the one the form asks for, so refusing it would refuse every number.
  if (t == Type::fixed_line_or_mobile) return has(t) || has(Type::mobile) || has(Type::fixed_line);
  return has(t);
}

}  // namespace

std::string_view code(Error e) { return kErrorCodes[static_cast<std::size_t>(e)]; }
std::string_view code(Type t) { return kTypeCodes[static_cast<std::size_t>(t)]; }

std::optional<Type> parse_type(std::string_view name) {
  for (std::size_t i = 0; i < kTypeCodes.size(); ++i) {
    if (kTypeCodes[i] == name) return static_cast<Type>(i);
  }
  return std::nullopt;
}

std::optional<Format> parse_format(std::string_view name) {
  if (name == "e164") return Format::e164;
  if (name == "national") return Format::national;
  if (name == "international") return Format::international;
  if (name == "rfc3966") return Format::rfc3966;
  return std::nullopt;
}

namespace {

// A number that passed every check, before formatting: parse() formats it three ways,
// format() only the way it was asked for (each format is 0.1-3 µs of RE2 matching).
struct Valid {
  PhoneNumber number;  // without its extension
  Number fields;       // type, region, extension; no formats yet
};

expected<Valid, ParseResult> validate(std::string_view input, const ParseOptions& options) {
  using Out = expected<Valid, ParseResult>;
  const std::string_view trimmed = text::trim(input);
  if (trimmed.empty()) return Out::failure(failure(Error::empty));
  if (trimmed.size() > kMaxInput) return Out::failure(failure(Error::too_long));
  if (!text::is_valid_utf8(trimmed)) return Out::failure(failure(Error::not_a_number));

  const std::string region = normalize_region(options.region);
  const std::string prepared = rewrite_extension_marks(text::fold_fullwidth(trimmed));
  const PhoneNumberUtil& u = util();
  Valid v;
  PhoneNumber& number = v.number;
  const auto parse_error = u.Parse(prepared, region, &number);
  if (parse_error != PhoneNumberUtil::NO_PARSING_ERROR) {
    ParseResult r = failure(from_parse_error(parse_error));
    if (r.error == Error::too_short || r.error == Error::too_long) {
      const int calling_code = leading_calling_code(prepared, u);
      if (calling_code > 0) {
        std::string cc_region;
        u.GetRegionCodeForCountryCode(calling_code, &cc_region);
        r.expected_lengths = possible_lengths(cc_region, calling_code);
      } else if (calling_code == 0 && parse_error != PhoneNumberUtil::TOO_SHORT_AFTER_IDD) {
        r.expected_lengths = possible_lengths(region, 0);
      }
    }
    return Out::failure(std::move(r));
  }
  // GetNumberType is IsValidNumber's own test (the number matches one of its region's type
  // patterns) and gives the type on the way: calling both cost 11% of parse().
  const auto type = u.GetNumberType(number);
  if (type == PhoneNumberUtil::UNKNOWN) {
    ParseResult r = failure(from_possibility(u.IsPossibleNumberWithReason(number)));
    if (r.error == Error::too_short || r.error == Error::too_long || r.error == Error::invalid_length) {
      std::string number_region;
      u.GetRegionCodeForCountryCode(number.country_code(), &number_region);
      r.expected_lengths = possible_lengths(number_region, number.country_code());
    }
    return Out::failure(std::move(r));
  }

  Number& n = v.fields;
  n.type = to_type(type);
  u.GetRegionCodeForNumber(number, &n.region);
  if (!type_allowed(n.type, options.types)) return Out::failure(failure(Error::wrong_type));
  if (options.region_only && n.region != region) return Out::failure(failure(Error::wrong_region));
  if (number.has_extension()) n.extension = number.extension();
  // The extension is its own field: formats stay comparable and storable as they are.
  number.clear_extension();
  return v;
}

}  // namespace

ParseResult parse(std::string_view input, const ParseOptions& options) {
  auto v = validate(input, options);
  if (!v) return v.error();
  const PhoneNumberUtil& u = util();
  Number& n = v->fields;
  u.Format(v->number, PhoneNumberUtil::E164, &n.e164);
  // One pattern match for both (deps/patches/libphonenumber/09-…): the answers of two Format()s.
  u.FormatNationalAndInternational(v->number, &n.national, &n.international);
  ParseResult r;
  r.number = std::move(n);
  return r;
}

expected<std::string, Error> format(std::string_view input, Format format) {
  auto v = validate(input, ParseOptions{});
  if (!v) return expected<std::string, Error>::failure(v.error().error);
  PhoneNumber& number = v->number;
  std::string out;
  switch (format) {
    case Format::e164: util().Format(number, PhoneNumberUtil::E164, &out); break;
    case Format::national: util().Format(number, PhoneNumberUtil::NATIONAL, &out); break;
    case Format::international: util().Format(number, PhoneNumberUtil::INTERNATIONAL, &out); break;
    case Format::rfc3966:
      if (v->fields.extension) number.set_extension(*v->fields.extension);
      util().Format(number, PhoneNumberUtil::RFC3966, &out);
      break;
  }
  return out;
}

}  // namespace contactcheck::phone
