// libphonenumber's message classes, as the rest of the library uses them. The native engine
// runs these on protoc's classes and protobuf-lite; the WebAssembly engine on the plain classes
// of deps/libphonenumber/plain_messages/gen_messages.mjs. The expectations are protobuf's
// documented behaviour (https://protobuf.dev/programming-guides/encoding/ and the proto2 C++
// generated-code guide), with the bytes worked out from the encoding rules, so the native run
// checks the expectations and the WebAssembly run checks the generated classes against them.
// Messages without their required fields are written with SerializePartialAsString: protobuf's
// SerializeAsString fails a check on them.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "phonenumbers/metadata.h"
#include "phonenumbers/phonemetadata.pb.h"
#include "phonenumbers/phonenumber.pb.h"

namespace {

using i18n::phonenumbers::NumberFormat;
using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberDesc;

std::string bytes(std::vector<int> b) { return std::string(b.begin(), b.end()); }
std::vector<int> lengths(const PhoneNumberDesc& d) { return {d.possible_length().begin(), d.possible_length().end()}; }

TEST(MessageClasses, SerializeWritesSetFieldsInFieldNumberOrder) {
  PhoneNumber n;
  n.set_raw_input("0");                // field 5, set first
  n.set_national_number(150);          // field 2: the encoding guide's example, 150 → 96 01
  n.set_country_code(81);              // field 1
  EXPECT_EQ(n.SerializeAsString(), bytes({0x08, 81, 0x10, 0x96, 0x01, 0x2a, 1, '0'}));
  n.set_national_number(9012345678);
  // Field 8 is declared before field 5 in phonenumber.proto, and written after it.
  n.set_number_of_leading_zeros(2);
  EXPECT_EQ(n.SerializeAsString(), bytes({0x08, 81, 0x10, 0xce, 0xf6, 0xb5, 0xc9, 0x21, 0x2a, 1, '0', 0x40, 2}));
}

TEST(MessageClasses, HasBitsAndDefaults) {
  PhoneNumber n;
  EXPECT_EQ(n.number_of_leading_zeros(), 1);  // [default = 1]
  EXPECT_FALSE(n.has_number_of_leading_zeros());
  EXPECT_EQ(n.country_code_source(), PhoneNumber::UNSPECIFIED);
  EXPECT_EQ(n.SerializePartialAsString(), "");
  // A field set to its default value is still set, and written.
  n.set_number_of_leading_zeros(1);
  EXPECT_TRUE(n.has_number_of_leading_zeros());
  EXPECT_EQ(n.SerializePartialAsString(), bytes({0x40, 1}));
  // Negative int32 values are written as ten-byte varints (sign-extended to 64 bits).
  n.set_number_of_leading_zeros(-1);
  EXPECT_EQ(n.SerializePartialAsString(), bytes({0x40, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01}));
  n.clear_number_of_leading_zeros();
  EXPECT_EQ(n.number_of_leading_zeros(), 1);
  EXPECT_FALSE(n.has_number_of_leading_zeros());
  n.set_extension("12");
  n.set_italian_leading_zero(true);
  n.set_country_code_source(PhoneNumber::FROM_DEFAULT_COUNTRY);
  n.Clear();
  EXPECT_FALSE(n.has_extension());
  EXPECT_FALSE(n.has_italian_leading_zero());
  EXPECT_EQ(n.extension(), "");
  EXPECT_EQ(n.country_code_source(), PhoneNumber::UNSPECIFIED);
  EXPECT_EQ(n.SerializePartialAsString(), PhoneNumber::default_instance().SerializePartialAsString());
  // A message field reads as its type's defaults until it is set.
  PhoneMetadata m;
  EXPECT_FALSE(m.has_general_desc());
  EXPECT_EQ(m.general_desc().possible_length_size(), 0);
  m.mutable_general_desc();
  EXPECT_TRUE(m.has_general_desc());
  EXPECT_EQ(m.SerializePartialAsString(), bytes({0x0a, 0}));  // field 1, length 0
}

TEST(MessageClasses, ParseReadsWhatSerializeWrote) {
  PhoneNumber n;
  n.set_country_code(44);
  n.set_national_number(7912345678);
  n.set_extension("123");
  n.set_italian_leading_zero(true);
  n.set_number_of_leading_zeros(2);
  n.set_raw_input("+44 7912 345678 ext. 123");
  n.set_country_code_source(PhoneNumber::FROM_NUMBER_WITH_PLUS_SIGN);
  n.set_preferred_domestic_carrier_code("15");
  PhoneNumber back;
  ASSERT_TRUE(back.ParseFromString(n.SerializeAsString()));
  EXPECT_EQ(back.SerializeAsString(), n.SerializeAsString());
  EXPECT_EQ(back.national_number(), 7912345678u);
  EXPECT_EQ(back.raw_input(), "+44 7912 345678 ext. 123");
  EXPECT_EQ(back.country_code_source(), PhoneNumber::FROM_NUMBER_WITH_PLUS_SIGN);
  // Parsing replaces what was there.
  ASSERT_TRUE(back.ParseFromString(bytes({0x08, 1, 0x10, 2})));
  EXPECT_FALSE(back.has_extension());
  EXPECT_EQ(back.country_code(), 1);
}

TEST(MessageClasses, ParseRejectsMalformedInputAndMissingRequiredFields) {
  PhoneNumber n;
  const std::string good = bytes({0x08, 81, 0x10, 0x96, 0x01, 0x2a, 1, '0'});
  ASSERT_TRUE(n.ParseFromString(good));
  for (std::size_t cut = 1; cut < good.size(); ++cut) {
    // Each proper prefix ends inside a field or lacks a required one, but for the one that
    // ends after the two required fields.
    EXPECT_EQ(n.ParseFromString(good.substr(0, cut)), cut == 5) << cut;
  }
  EXPECT_FALSE(n.ParseFromString(bytes({0x08, 81})));          // national_number is required
  EXPECT_FALSE(n.ParseFromString(bytes({0x08, 81, 0x10, 0x80})));  // varint cut short
  EXPECT_FALSE(n.ParseFromString(bytes({0x08, 81, 0x10, 1, 0x2a, 5, 'a'})));  // length past the end
  EXPECT_FALSE(n.ParseFromString(bytes({0x08, 81, 0x10, 1, 0x00, 0x00})));    // field number 0
  NumberFormat f;
  EXPECT_FALSE(f.ParseFromString(bytes({0x0a, 1, 'x'})));  // format (2) is required as well
  EXPECT_TRUE(f.ParseFromString(bytes({0x0a, 1, 'x', 0x12, 1, 'y'})));
  // A required field inside a message field counts too.
  PhoneMetadata m;
  EXPECT_FALSE(m.ParseFromString(bytes({0x4a, 2, 'J', 'P', 0x9a, 0x01, 3, 0x0a, 1, 'x'})));
  EXPECT_TRUE(m.ParseFromString(bytes({0x4a, 2, 'J', 'P', 0x9a, 0x01, 6, 0x0a, 1, 'x', 0x12, 1, 'y'})));
  EXPECT_EQ(m.number_format_size(), 1);
  EXPECT_EQ(m.number_format(0).format(), "y");
}

TEST(MessageClasses, ParseSkipsFieldsItDoesNotKnow) {
  PhoneNumber n;
  // Field 15 (a varint, then a length-delimited one) is not in the schema; a country code sent
  // length-delimited has the wrong wire type, so it is an unknown field too.
  ASSERT_TRUE(n.ParseFromString(bytes({0x78, 7, 0x7a, 2, 'a', 'b', 0x0a, 1, 9, 0x08, 33, 0x10, 5})));
  EXPECT_EQ(n.country_code(), 33);
  EXPECT_EQ(n.national_number(), 5u);
  // An enum value the schema does not list leaves the field unset (proto2).
  ASSERT_TRUE(n.ParseFromString(bytes({0x08, 1, 0x10, 2, 0x30, 7})));
  EXPECT_FALSE(n.has_country_code_source());
  ASSERT_TRUE(n.ParseFromString(bytes({0x08, 1, 0x10, 2, 0x30, 5})));
  EXPECT_EQ(n.country_code_source(), PhoneNumber::FROM_NUMBER_WITH_IDD);
}

TEST(MessageClasses, RepeatedScalarsAreReadOneByOneOrPacked) {
  PhoneNumberDesc d;
  ASSERT_TRUE(d.ParseFromString(bytes({0x48, 8, 0x48, 9})));
  EXPECT_EQ(lengths(d), (std::vector<int>{8, 9}));
  ASSERT_TRUE(d.ParseFromString(bytes({0x4a, 2, 8, 9, 0x48, 10})));
  EXPECT_EQ(lengths(d), (std::vector<int>{8, 9, 10}));
  // proto2 writes them one by one.
  EXPECT_EQ(d.SerializeAsString(), bytes({0x48, 8, 0x48, 9, 0x48, 10}));
}

TEST(MessageClasses, MergeFromOverwritesSetFieldsMergesMessagesAndAppendsRepeated) {
  PhoneNumber a, b;
  a.set_country_code(1);
  a.set_extension("1");
  b.set_national_number(2);
  b.set_extension("2");
  a.MergeFrom(b);
  EXPECT_EQ(a.country_code(), 1);
  EXPECT_EQ(a.national_number(), 2u);
  EXPECT_EQ(a.extension(), "2");

  PhoneMetadata x, y;
  x.set_id("JP");
  x.mutable_general_desc()->set_national_number_pattern("[1-9]\\d{8}");
  x.mutable_general_desc()->add_possible_length(9);
  y.mutable_general_desc()->add_possible_length(10);
  y.add_number_format()->set_pattern("(\\d)(\\d{4})");
  y.set_main_country_for_code(true);
  x.MergeFrom(y);
  EXPECT_EQ(x.id(), "JP");
  EXPECT_EQ(x.general_desc().national_number_pattern(), "[1-9]\\d{8}");
  EXPECT_EQ(lengths(x.general_desc()), (std::vector<int>{9, 10}));
  EXPECT_EQ(x.number_format_size(), 1);
  EXPECT_TRUE(x.main_country_for_code());
  x.MergeFrom(y);
  EXPECT_EQ(lengths(x.general_desc()), (std::vector<int>{9, 10, 10}));
  EXPECT_EQ(x.number_format_size(), 2);
  // CopyFrom replaces; Swap exchanges.
  PhoneMetadata z;
  z.set_id("US");
  z.CopyFrom(y);
  EXPECT_FALSE(z.has_id());
  EXPECT_EQ(z.SerializePartialAsString(), y.SerializePartialAsString());
  z.Swap(&x);
  EXPECT_EQ(z.id(), "JP");
  EXPECT_EQ(x.SerializePartialAsString(), y.SerializePartialAsString());
}

TEST(MessageClasses, AnAddedElementStaysPutWhileMoreAreAdded) {
  PhoneMetadata m;
  NumberFormat* first = m.add_number_format();
  for (int i = 0; i < 100; ++i) m.add_number_format()->set_pattern(std::to_string(i));
  first->set_pattern("first");
  EXPECT_EQ(m.number_format(0).pattern(), "first");
  EXPECT_EQ(m.number_format(100).pattern(), "99");
  int visited = 0;
  for (const NumberFormat& f : m.number_format()) visited += f.has_pattern();
  EXPECT_EQ(visited, 101);
}

// The compiled-in metadata is written in field-number order (by libphonenumber's Java tooling),
// so parsing and writing it back gives the same bytes: nothing is lost or reordered.
TEST(MessageClasses, TheMetadataCollectionReadsBackToItsOwnBytes) {
  const std::string in(static_cast<const char*>(i18n::phonenumbers::metadata_get()),
                       i18n::phonenumbers::metadata_size());
  PhoneMetadataCollection c;
  ASSERT_TRUE(c.ParseFromString(in));
  EXPECT_GT(c.metadata_size(), 240);
  EXPECT_TRUE(c.SerializeAsString() == in);
  int jp = 0;
  for (const PhoneMetadata& m : c.metadata()) {
    if (m.id() != "JP") continue;
    ++jp;
    EXPECT_EQ(m.country_code(), 81);
    EXPECT_EQ(m.national_prefix(), "0");
    EXPECT_EQ(m.international_prefix(), "010");
    EXPECT_TRUE(m.mobile().has_national_number_pattern());
  }
  EXPECT_EQ(jp, 1);
}

}  // namespace
