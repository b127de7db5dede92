// parse() against tests/data/phone_parse.tsv (the same file drives the JS suite on both engines).
#include <gtest/gtest.h>

#include <sstream>

#include "contactcheck/phone/parse.h"
#include "test_data.h"

namespace contactcheck::phone {
namespace {

ParseOptions options_from(const std::string& region, const std::string& spec) {
  ParseOptions o;
  o.region = region == "-" ? std::string_view() : std::string_view(region);
  std::stringstream parts(spec == "-" ? "" : spec);
  for (std::string part; std::getline(parts, part, ';');) {
    if (part == "regionOnly") o.region_only = true;
    if (part.rfind("types=", 0) == 0) {
      std::stringstream types(part.substr(6));
      for (std::string t; std::getline(types, t, ',');) o.types.push_back(*parse_type(t));
    }
  }
  return o;
}

TEST(PhoneParse, DataFile) {
  const auto rows = test::read_tsv("phone_parse.tsv");
  ASSERT_GT(rows.size(), 50u);
  for (auto row : rows) {
    row.resize(10);
    SCOPED_TRACE("input: " + row[0] + " region: " + row[1]);
    const ParseResult r = parse(row[0], options_from(row[1], row[2]));
    if (row[3] != "ok") {
      EXPECT_EQ(code(r.error), row[3]);
      EXPECT_FALSE(r.number.has_value());  // an invalid number never gets an E.164 form
      continue;
    }
    ASSERT_TRUE(r.ok()) << code(r.error);
    EXPECT_EQ(r.number->e164, row[4]);
    EXPECT_EQ(r.number->national, row[5]);
    EXPECT_EQ(r.number->international, row[6]);
    EXPECT_EQ(r.number->region, row[7]);
    EXPECT_EQ(code(r.number->type), row[8]);
    EXPECT_EQ(r.number->extension.value_or(""), row[9]);
  }
}

TEST(PhoneParse, LengthErrorsCarryTheRegionsLengths) {
  const ParseResult r = parse("12", {"JP"});
  EXPECT_EQ(r.error, Error::too_short);
  // JP national significant numbers of valid numbers are 8 to 17 digits long (metadata).
  ASSERT_FALSE(r.expected_lengths.empty());
  EXPECT_EQ(r.expected_lengths.front(), 8);
  EXPECT_TRUE(parse("090-1234-5678", {"JP"}).expected_lengths.empty());
  // NANP numbers are ten digits (area code, exchange, line), Canada's as the US's.
  EXPECT_EQ(parse("650-253", {"US"}).expected_lengths, std::vector<int>{10});
  EXPECT_EQ(parse("+1 613 555", {"JP"}).expected_lengths, std::vector<int>{10});
}

TEST(PhoneParse, LengthErrorsOfANumberWithPlusCarryItsCountrysLengths) {
  // Parse() itself fails when 0-1 or over 17 digits follow the calling code, and drops the
  // code with the number: these used to get the default region's lengths (or none). NANP
  // numbers are ten digits; a JP number typed in a form set to the US gets JP's lengths, the
  // ones "12" gets in a form set to Japan.
  const std::vector<int> jp = parse("12", {"JP"}).expected_lengths;
  ASSERT_FALSE(jp.empty());
  EXPECT_EQ(jp.front(), 8);
  for (const char* region : {"US", "GB", ""}) {
    EXPECT_EQ(parse("+81 9", {region}).expected_lengths, jp) << region;
    EXPECT_EQ(parse("＋８１ ９", {region}).expected_lengths, jp) << region;
    EXPECT_EQ(parse("+81 9 ext. 12", {region}).expected_lengths, jp) << region;
    EXPECT_EQ(parse("+81 1234 5678 9012 3456 78", {region}).expected_lengths, jp) << region;
    EXPECT_EQ(parse("+1 650 253 0000 1234 5678 9", {region}).expected_lengths, std::vector<int>{10}) << region;
  }
  EXPECT_EQ(parse("+81 9", {"US"}).error, Error::too_short);
  EXPECT_EQ(parse("+1 650 253 0000 1234 5678 9", {"JP"}).error, Error::too_long);
  // An IDD with too little after it (Japan's is 010) names no country yet: no lengths, where
  // the form's region's used to be given; a national number's lengths stay its region's.
  EXPECT_EQ(parse("010", {"JP"}).error, Error::too_short);
  EXPECT_EQ(parse("010", {"JP"}).expected_lengths, std::vector<int>{});
  EXPECT_EQ(parse("011", {"JP"}).expected_lengths, jp);
  // A '+' naming no calling code gets none.
  EXPECT_EQ(parse("0", {"JP"}).error, Error::not_a_number);
  EXPECT_EQ(parse("+8", {"JP"}).expected_lengths, std::vector<int>{});
  EXPECT_EQ(parse("+0 1", {"JP"}).expected_lengths, std::vector<int>{});
  EXPECT_EQ(parse("+800 1", {"JP"}).expected_lengths, std::vector<int>{8});  // E.169.1
}

TEST(PhoneParse, NonGeographicNumbersCarryTheirCallingCodesLengths) {
  // The non-geographic entities share one region code, "001"; each calling code has its own
  // lengths. ITU-T E.169.1 and E.169.3: Universal International Freephone (+800) and Shared
  // Cost (+808) numbers have 8 digits after the code. (Every "001" number used to be told the
  // lengths of whichever entity came last in the metadata: 9.)
  for (const char* input : {"+800 1234", "+800 1234 56789", "+808 123", "+808 1234 5678 90"}) {
    const ParseResult r = parse(input, {"JP"});
    EXPECT_TRUE(r.error == Error::too_short || r.error == Error::too_long) << input;
    EXPECT_EQ(r.expected_lengths, std::vector<int>{8}) << input;
  }
}

TEST(PhoneFormat, AllFormats) {
  EXPECT_EQ(*format("+819012345678", Format::national), "090-1234-5678");
  EXPECT_EQ(*format("+819012345678", Format::international), "+81 90-1234-5678");
  EXPECT_EQ(*format("+819012345678", Format::e164), "+819012345678");
  EXPECT_EQ(*format("+819012345678", Format::rfc3966), "tel:+81-90-1234-5678");
  EXPECT_EQ(format("+8190", Format::e164).error(), Error::too_short);
  EXPECT_EQ(format("09012345678", Format::e164).error(), Error::invalid_country_code);
}

TEST(PhoneParse, HostileInputEndsQuickly) {
  const std::string big(1 << 20, '9');
  EXPECT_EQ(parse(big, {"JP"}).error, Error::too_long);
  std::string mixed;
  for (int i = 0; i < 200000; ++i) mixed += "内線";
  EXPECT_FALSE(parse(mixed, {"JP"}).ok());
}

}  // namespace
}  // namespace contactcheck::phone
