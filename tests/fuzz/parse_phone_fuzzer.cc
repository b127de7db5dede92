// parsePhone: the first byte picks a region (a known one, "", lower-case, or two raw bytes),
// the second the options (regionOnly, a types filter); the rest is the number. An ok result
// formats in every format, and its E.164 form parses back to itself.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "contactcheck/messages.h"
#include "contactcheck/phone/parse.h"
#include "fuzz_util.h"

using namespace contactcheck;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fuzz::Input in(data, size);
  phone::ParseOptions o;
  o.region = in.region();
  const std::uint8_t flags = in.byte();
  o.region_only = flags & 1;
  if (flags & 2) o.types.push_back(phone::Type::mobile);
  if (flags & 4) o.types.push_back(phone::Type::fixed_line);
  if (flags & 8) o.types.push_back(phone::Type::toll_free);
  const std::string_view number = in.rest();

  const phone::ParseResult r = phone::parse(number, o);
  if (r.ok() != r.number.has_value()) std::abort();
  if (!r.ok() && (phone::code(r.error).empty() || message(r.error, Locale::ja).empty())) std::abort();
  if (r.ok()) {
    const auto& n = *r.number;
    if (n.e164.empty() || n.e164[0] != '+' || phone::code(n.type).empty()) std::abort();
    for (const auto f : {phone::Format::e164, phone::Format::national, phone::Format::international,
                         phone::Format::rfc3966}) {
      if (!phone::format(n.e164, f)) std::abort();
    }
    const auto back = phone::format(n.e164, phone::Format::e164);
    if (!back || *back != n.e164) std::abort();
  }
  for (const auto f : {phone::Format::e164, phone::Format::national}) (void)phone::format(number, f);
  (void)phone::parse_format(number);
  (void)phone::parse_type(number);
  return 0;
}
