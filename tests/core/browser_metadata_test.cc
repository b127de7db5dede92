// The browser package's libphonenumber metadata (deps/libphonenumber/metadata/browser_metadata.mjs
// rewrites it on the protobuf wire format) read back by the message classes' parser (natively
// protobuf's own; in the WebAssembly build the plain classes, which message_classes_test.cc
// checks). It must be the full metadata minus exactly the example numbers that nothing in
// contactcheck reads (all but the fixed-line and mobile ones, which listCountries() shows as
// placeholders).
#include <gtest/gtest.h>

#include <string>

#include "phonenumbers/metadata.h"
#include "phonenumbers/phonemetadata.pb.h"

// The generated file defines i18n::phonenumbers::metadata_get() as libphonenumber's does, and
// includes nothing: here it lands in a namespace of its own, next to the full one.
namespace browser {
#include CONTACTCHECK_BROWSER_METADATA
}  // namespace browser

namespace {

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumberDesc;

PhoneMetadataCollection parse(const void* bytes, int size) {
  PhoneMetadataCollection c;
  EXPECT_TRUE(c.ParseFromArray(bytes, size));
  return c;
}
PhoneMetadataCollection full() {
  return parse(i18n::phonenumbers::metadata_get(), i18n::phonenumbers::metadata_size());
}
PhoneMetadataCollection for_browser() {
  return parse(browser::i18n::phonenumbers::metadata_get(), browser::i18n::phonenumbers::metadata_size());
}
const PhoneMetadata* region(const PhoneMetadataCollection& c, const std::string& id) {
  for (const PhoneMetadata& m : c.metadata()) {
    if (m.id() == id) return &m;
  }
  return nullptr;
}

TEST(BrowserMetadata, IsTheFullMetadataWithoutTheExamplesNothingReads) {
  PhoneMetadataCollection expected = full();
  int cleared = 0;
  for (PhoneMetadata& m : *expected.mutable_metadata()) {
    // Every PhoneNumberDesc field of PhoneMetadata but fixed_line and mobile.
    for (PhoneNumberDesc* d :
         {m.has_general_desc() ? m.mutable_general_desc() : nullptr, m.has_toll_free() ? m.mutable_toll_free() : nullptr,
          m.has_premium_rate() ? m.mutable_premium_rate() : nullptr, m.has_shared_cost() ? m.mutable_shared_cost() : nullptr,
          m.has_personal_number() ? m.mutable_personal_number() : nullptr, m.has_voip() ? m.mutable_voip() : nullptr,
          m.has_pager() ? m.mutable_pager() : nullptr, m.has_uan() ? m.mutable_uan() : nullptr,
          m.has_emergency() ? m.mutable_emergency() : nullptr, m.has_voicemail() ? m.mutable_voicemail() : nullptr,
          m.has_short_code() ? m.mutable_short_code() : nullptr,
          m.has_standard_rate() ? m.mutable_standard_rate() : nullptr,
          m.has_carrier_specific() ? m.mutable_carrier_specific() : nullptr,
          m.has_sms_services() ? m.mutable_sms_services() : nullptr,
          m.has_no_international_dialling() ? m.mutable_no_international_dialling() : nullptr}) {
      if (d != nullptr && d->has_example_number()) {
        d->clear_example_number();
        ++cleared;
      }
    }
  }
  const PhoneMetadataCollection actual = for_browser();
  EXPECT_GT(cleared, 0);
  EXPECT_EQ(actual.metadata_size(), expected.metadata_size());
  // Both re-serialized by the same library: equal bytes are equal messages.
  EXPECT_TRUE(actual.SerializeAsString() == expected.SerializeAsString());
}

TEST(BrowserMetadata, KeepsThePlaceholdersOfListCountries) {
  const PhoneMetadataCollection all = full(), browser = for_browser();
  const PhoneMetadata* jp = region(browser, "JP");
  const PhoneMetadata* jp_full = region(all, "JP");
  ASSERT_NE(jp, nullptr);
  ASSERT_NE(jp_full, nullptr);
  EXPECT_EQ(jp->mobile().example_number(), jp_full->mobile().example_number());
  EXPECT_EQ(jp->fixed_line().example_number(), jp_full->fixed_line().example_number());
  EXPECT_FALSE(jp->mobile().example_number().empty());
  EXPECT_TRUE(jp_full->toll_free().has_example_number());
  EXPECT_FALSE(jp->toll_free().has_example_number());
  EXPECT_EQ(jp->toll_free().national_number_pattern(), jp_full->toll_free().national_number_pattern());
}

}  // namespace
