#include "contactcheck/phone/parse.h"

#include <algorithm>
#include <array>

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

// Japanese forms write extensions as 内線 (often after a full-width space); libphonenumber
// knows "ext", "x", "#" and a few others but not this, so it becomes " ext. ".
std::string rewrite_extension_marks(std::string s) {
  static constexpr std::string_view kNaisen = "\xE5\x86\x85\xE7\xB7\x9A";  // 内線
  for (std::size_t at = s.find(kNaisen); at != std::string::npos; at = s.find(kNaisen, at)) {
    s.replace(at, kNaisen.size(), " ext. ");
  }
  return s;
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

ParseResult parse(std::string_view input, const ParseOptions& options) {
  const std::string_view trimmed = text::trim(input);
  if (trimmed.empty()) return failure(Error::empty);
  if (trimmed.size() > kMaxInput) return failure(Error::too_long);
  if (!text::is_valid_utf8(trimmed)) return failure(Error::not_a_number);

  const std::string region = normalize_region(options.region);
  const std::string prepared = rewrite_extension_marks(text::fold_fullwidth(trimmed));
  const PhoneNumberUtil& u = util();
  PhoneNumber number;
  const auto parse_error = u.Parse(prepared, region, &number);
  if (parse_error != PhoneNumberUtil::NO_PARSING_ERROR) {
    ParseResult r = failure(from_parse_error(parse_error));
    if (r.error == Error::too_short || r.error == Error::too_long) {
      std::string cc_region;
      u.GetRegionCodeForCountryCode(number.country_code(), &cc_region);
      r.expected_lengths = possible_lengths(number.has_country_code() ? cc_region : region);
    }
    return r;
  }
  if (!u.IsValidNumber(number)) {
    ParseResult r = failure(from_possibility(u.IsPossibleNumberWithReason(number)));
    if (r.error == Error::too_short || r.error == Error::too_long || r.error == Error::invalid_length) {
      std::string number_region;
      u.GetRegionCodeForCountryCode(number.country_code(), &number_region);
      r.expected_lengths = possible_lengths(number_region);
    }
    return r;
  }

  Number n;
  n.type = to_type(u.GetNumberType(number));
  u.GetRegionCodeForNumber(number, &n.region);
  if (!type_allowed(n.type, options.types)) return failure(Error::wrong_type);
  if (options.region_only && n.region != region) return failure(Error::wrong_region);
  if (number.has_extension()) n.extension = number.extension();
  // The extension is its own field: formats stay comparable and storable as they are.
  number.clear_extension();
  u.Format(number, PhoneNumberUtil::E164, &n.e164);
  u.Format(number, PhoneNumberUtil::NATIONAL, &n.national);
  u.Format(number, PhoneNumberUtil::INTERNATIONAL, &n.international);
  ParseResult r;
  r.number = std::move(n);
  return r;
}

expected<std::string, Error> format(std::string_view input, Format format) {
  ParseResult parsed = parse(input);
  if (!parsed.ok()) return expected<std::string, Error>::failure(parsed.error);
  const Number& n = *parsed.number;
  switch (format) {
    case Format::e164: return n.e164;
    case Format::national: return n.national;
    case Format::international: return n.international;
    case Format::rfc3966: break;
  }
  PhoneNumber number;
  util().Parse(n.e164, "ZZ", &number);
  if (n.extension) number.set_extension(*n.extension);
  std::string out;
  util().Format(number, PhoneNumberUtil::RFC3966, &out);
  return out;
}

}  // namespace contactcheck::phone
