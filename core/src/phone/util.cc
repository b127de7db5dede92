#include "phone/util.h"

#include <unordered_map>

#include "phonenumbers/metadata.h"
#include "phonenumbers/phonemetadata.pb.h"

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

const std::vector<int>& possible_lengths(const std::string& region) {
  // PhoneNumberUtil keeps its parsed metadata private; the lengths are needed only when a
  // number is rejected, so a second, lazily parsed copy of the small per-region table is fine.
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string, std::vector<int>>;
    i18n::phonenumbers::PhoneMetadataCollection collection;
    if (collection.ParseFromArray(i18n::phonenumbers::metadata_get(),
                                  i18n::phonenumbers::metadata_size())) {
      for (const auto& m : collection.metadata()) {
        const auto& lengths = m.general_desc().possible_length();
        (*t)[m.id()] = std::vector<int>(lengths.begin(), lengths.end());
      }
    }
    return t;
  }();
  static const std::vector<int> kNone;
  auto it = table->find(region);
  return it == table->end() ? kNone : it->second;
}

}  // namespace contactcheck::phone
