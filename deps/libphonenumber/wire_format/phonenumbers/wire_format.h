// Protobuf's wire format (https://protobuf.dev/programming-guides/encoding/), as much of it as
// libphonenumber's schema uses: a field is a tag (its number and wire type) followed by a varint,
// 8 or 4 bytes, or a length and that many bytes. Read by the WebAssembly build's plain message
// classes (plain_messages/) and by contactcheck's core, which walks the compiled-in metadata
// without parsing it into messages (core/src/phone/util.cc), on both engines; written by the
// plain classes. Installed with libphonenumber's headers.
#ifndef CONTACTCHECK_PHONENUMBERS_WIRE_FORMAT_H_
#define CONTACTCHECK_PHONENUMBERS_WIRE_FORMAT_H_

#include <cstddef>
#include <cstdint>
#include <string>

namespace i18n {
namespace phonenumbers {
namespace wire_format {

enum WireType : std::uint32_t { kVarint = 0, kFixed64 = 1, kLengthDelimited = 2, kFixed32 = 5 };

struct Field;

// Reads one message's bytes. Every read checks the end: a truncated or malformed message makes
// it return false, as protobuf's parser fails.
class Reader {
 public:
  Reader() = default;
  Reader(const void* data, std::size_t size)
      : at_(static_cast<const unsigned char*>(data)), end_(at_ + size) {}

  bool done() const { return at_ == end_; }
  const char* data() const { return reinterpret_cast<const char*>(at_); }
  std::size_t size() const { return static_cast<std::size_t>(end_ - at_); }

  bool varint(std::uint64_t* out) {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (at_ == end_) return false;
      const unsigned char b = *at_++;
      v |= static_cast<std::uint64_t>(b & 0x7f) << shift;
      if ((b & 0x80) == 0) { *out = v; return true; }
    }
    return false;
  }

  // The next field. False on bytes that are not a well-formed field, on field number 0 (which
  // does not exist; protobuf fails the parse there) and on groups (wire types 3 and 4, not in
  // libphonenumber's schema).
  bool next(Field* f);

 private:
  bool advance(std::size_t n) {
    if (n > size()) return false;
    at_ += n;
    return true;
  }
  const unsigned char* at_ = nullptr;
  const unsigned char* end_ = nullptr;
};

// One field as Reader::next read it: a varint's value, or a length-delimited field's bytes; a
// fixed-width field is passed over (libphonenumber's schema has none).
struct Field {
  std::uint64_t number = 0;
  std::uint32_t wire = kVarint;
  std::uint64_t value = 0;
  Reader bytes;
};

inline bool Reader::next(Field* f) {
  std::uint64_t tag;
  if (!varint(&tag) || tag >> 3 == 0) return false;
  f->number = tag >> 3;
  f->wire = static_cast<std::uint32_t>(tag & 7);
  switch (f->wire) {
    case kVarint: return varint(&f->value);
    case kFixed64: return advance(8);
    case kFixed32: return advance(4);
    case kLengthDelimited: {
      std::uint64_t n;
      if (!varint(&n) || n > size()) return false;
      f->bytes = Reader(at_, static_cast<std::size_t>(n));
      at_ += n;
      return true;
    }
    default: return false;
  }
}

inline void put_varint(std::string* out, std::uint64_t v) {
  while (v >= 0x80) { out->push_back(static_cast<char>(v | 0x80)); v >>= 7; }
  out->push_back(static_cast<char>(v));
}
inline void put_tag(std::string* out, int field, WireType wire) {
  put_varint(out, static_cast<std::uint64_t>(field) << 3 | wire);
}
inline void put_bytes(std::string* out, int field, const std::string& bytes) {
  put_tag(out, field, kLengthDelimited);
  put_varint(out, bytes.size());
  out->append(bytes);
}

}  // namespace wire_format
}  // namespace phonenumbers
}  // namespace i18n

#endif  // CONTACTCHECK_PHONENUMBERS_WIRE_FORMAT_H_
