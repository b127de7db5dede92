#include "phone/util.h"

#include <cstdint>

#include "phonenumbers/metadata.h"
#include "phonenumbers/wire_format.h"

namespace contactcheck::phone {

std::string normalize_region(std::string_view region) {
  auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  if (region.size() != 2 || !letter(region[0]) || !letter(region[1])) return "ZZ";
  std::string out(region);
  for (char& c : out) c = char(c & ~0x20);
  return out;
}

Type to_type(PhoneNumberUtil::PhoneNumberType t) {
  switch (t) {
    case PhoneNumberUtil::FIXED_LINE: return Type::fixed_line;
    case PhoneNumberUtil::MOBILE: return Type::mobile;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE: return Type::fixed_line_or_mobile;
    case PhoneNumberUtil::TOLL_FREE: return Type::toll_free;
    case PhoneNumberUtil::PREMIUM_RATE: return Type::premium_rate;
    case PhoneNumberUtil::SHARED_COST: return Type::shared_cost;
    case PhoneNumberUtil::VOIP: return Type::voip;
    case PhoneNumberUtil::PERSONAL_NUMBER: return Type::personal_number;
    case PhoneNumberUtil::PAGER: return Type::pager;
    case PhoneNumberUtil::UAN: return Type::uan;
    case PhoneNumberUtil::VOICEMAIL: return Type::voicemail;
    default: return Type::unknown;
  }
}

namespace {

// The compiled-in metadata is a PhoneMetadataCollection on protobuf's wire format.
using i18n::phonenumbers::wire_format::Field;
using i18n::phonenumbers::wire_format::kLengthDelimited;
using i18n::phonenumbers::wire_format::kVarint;
using i18n::phonenumbers::wire_format::Reader;

// The field numbers, from libphonenumber's resources/phonemetadata.proto.
constexpr uint64_t kCollectionMetadata = 1;    // PhoneMetadataCollection.metadata
constexpr uint64_t kMetadataGeneralDesc = 1;   // PhoneMetadata.general_desc
constexpr uint64_t kMetadataId = 9;            // PhoneMetadata.id ("001" for non-geographic)
constexpr uint64_t kMetadataCountryCode = 10;  // PhoneMetadata.country_code
constexpr uint64_t kDescPossibleLength = 9;    // PhoneNumberDesc.possible_length (repeated int32)

std::vector<int> lengths_of(Reader desc) {
  std::vector<int> out;
  Field f;
  while (!desc.done() && desc.next(&f)) {
    if (f.number != kDescPossibleLength) continue;
    if (f.wire == kVarint) {
      out.push_back(static_cast<int>(f.value));
    } else if (f.wire == kLengthDelimited) {  // packed
      uint64_t value;
      while (!f.bytes.done() && f.bytes.varint(&value)) out.push_back(static_cast<int>(value));
    }
  }
  return out;
}

// Each region's lengths under its two letters, and each "001" entity's under its calling code:
// a look-up is one load (a hash table's code was 1 kB more of the WebAssembly module, and
// searching the entries in order cost a rejected parse 7 %).
struct LengthTable {
  std::vector<std::vector<int>> lengths;  // [0]: none
  uint16_t by_region[26 * 26] = {};       // 'AA'..'ZZ' → index into lengths
  uint16_t by_entity_code[1000] = {};     // a "001" entity's calling code → index into lengths
};

int letters_index(const std::string& region) {
  if (region.size() != 2) return -1;
  const int a = region[0] - 'A', b = region[1] - 'A';
  return a >= 0 && a < 26 && b >= 0 && b < 26 ? a * 26 + b : -1;
}

// Runs once, on the first rejected number: compiled for size (at -O3 the walk's inlined and
// unrolled loops were 3 kB more of the WebAssembly module; GCC's cold does that by itself).
#if defined(__clang__)
#define CONTACTCHECK_RUN_ONCE __attribute__((noinline, cold, minsize))
#else
#define CONTACTCHECK_RUN_ONCE __attribute__((noinline, cold))
#endif

// PhoneNumberUtil keeps its parsed metadata private, and parses a region's only when asked
// for. The lengths are needed only when a number is rejected; one walk over the serialized
// collection reads them for every entity without making a message of any (parsing the whole
// collection into messages took ~3-8 ms in WebAssembly, on the first rejected number).
CONTACTCHECK_RUN_ONCE LengthTable* read_length_table() {
  auto* t = new LengthTable;
  t->lengths.emplace_back();
  Reader collection(i18n::phonenumbers::metadata_get(), i18n::phonenumbers::metadata_size());
  Field entry;
  while (!collection.done() && collection.next(&entry)) {
    if (entry.number != kCollectionMetadata || entry.wire != kLengthDelimited) continue;
    Reader general;
    std::string region;
    uint64_t country_code = 0;
    Field f;
    while (!entry.bytes.done() && entry.bytes.next(&f)) {
      if (f.number == kMetadataGeneralDesc && f.wire == kLengthDelimited) general = f.bytes;
      if (f.number == kMetadataId && f.wire == kLengthDelimited) region.assign(f.bytes.data(), f.bytes.size());
      if (f.number == kMetadataCountryCode && f.wire == kVarint) country_code = f.value;
    }
    uint16_t* slot = nullptr;
    if (region == PhoneNumberUtil::kRegionCodeForNonGeoEntity) {
      if (country_code < 1000) slot = &t->by_entity_code[country_code];
    } else if (letters_index(region) >= 0) {
      slot = &t->by_region[letters_index(region)];
    }
    if (slot == nullptr) continue;
    *slot = static_cast<uint16_t>(t->lengths.size());
    t->lengths.push_back(lengths_of(general));
  }
  return t;
}

}  // namespace

const std::vector<int>& possible_lengths(const std::string& region, int country_code) {
  static const LengthTable* table = read_length_table();
  if (region == PhoneNumberUtil::kRegionCodeForNonGeoEntity) {
    return table->lengths[country_code > 0 && country_code < 1000 ? table->by_entity_code[country_code] : 0];
  }
  const int i = letters_index(region);
  return table->lengths[i < 0 ? 0 : table->by_region[i]];
}

}  // namespace contactcheck::phone
