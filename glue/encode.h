// How a result object crosses from C++ into JS: as one string, which js/decode.mjs turns into
// the object. Building the object through N-API or Embind costs a call into the engine per
// property (N-API ~0.25 µs, Embind ~0.7 µs with a UTF-8 decode of the key each time); one
// string and a JS loop cost less than the core's own work (measured in the commit that added
// this), and both engines get their objects from the same decoder.
//
// Grammar (every marker is ASCII; strings may hold anything):
//   value  := 'n' | 't' | 'f' | 'i' int ';' | 's' len ':' text | 'I' | '[' value* ']' | object
//   object := '{' (key value)* '}' | '(' shape value* ')'
//   key    := one char, '@' + index into kKeyNames | '~' 's' len ':' text (a key made at run time)
//   shape  := one char, '0' + index into kShapes: the object's keys, in the shape's order
//   int    := '-'? decimal digits;   len := decimal count of the text's UTF-16 code units
// A shape is a result object whose keys never vary (an email check, a parsed phone number):
// its keys do not cross, and the decoder builds it with one object literal, in one allocation,
// instead of adding its properties one by one (a checkEmail result decoded in ~95 instead of
// ~140 ns; a parsePhone result ~220 instead of ~290 ns). That the fields functions set a
// shape's keys in its order is checked where it costs nothing at run time: glue_encode_test
// builds them with CONTACTCHECK_GLUE_CHECK_SHAPES, which makes an Encoder compare each key.
// 'I' is the call's input string itself: a field that repeats the input (`input`, an email's
// `value` when nothing was trimmed) does not cross twice; for a megabyte input that is the
// difference between young-generation strings and large-object allocations in V8.
// Text is valid UTF-8 once encoded (invalid sequences become U+FFFD, as a WHATWG decoder
// would make them), so the lengths agree with what the engine's UTF-8 decoder produces.
#ifndef CONTACTCHECK_GLUE_ENCODE_H_
#define CONTACTCHECK_GLUE_ENCODE_H_

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace contactcheck::glue {

// Property names of the result objects (DESIGN.md). The enumerators are spelled as the JS
// names so the list is written once.
#define CONTACTCHECK_KEYS(X)                                                                    \
  X(input) X(value) X(ok) X(error) X(suggestion) X(normalized) X(warnings) X(message)          \
  X(warningMessages) X(base) X(rule) X(e164) X(national) X(international) X(region) X(type)    \
  X(extension) X(expectedLengths) X(callingCode) X(example) X(mobile) X(fixedLine) X(text)     \
  X(caret) X(contactcheck) X(libphonenumber) X(metadata) X(engine)

enum class Key : unsigned char {
#define CONTACTCHECK_KEY_ENUM(name) name,
  CONTACTCHECK_KEYS(CONTACTCHECK_KEY_ENUM)
#undef CONTACTCHECK_KEY_ENUM
};

inline constexpr std::array kKeyNames = {
#define CONTACTCHECK_KEY_NAME(name) std::string_view(#name),
    CONTACTCHECK_KEYS(CONTACTCHECK_KEY_NAME)
#undef CONTACTCHECK_KEY_NAME
};
// One char per key, from '@': it must stay below '~' (a run-time key) and never be '}'.
static_assert(kKeyNames.size() < '}' - '@');

// The shapes, each its keys in order: the decoder compares this table with its own.
enum class Shape : unsigned char { email_check, email_check_messages, email_normalize, phone_parse, phone_parse_message };
inline constexpr std::string_view kShapes[] = {
    "input,value,ok,error,suggestion,normalized,warnings",
    "input,value,ok,error,suggestion,normalized,warnings,message,warningMessages",
    "input,ok,error,normalized,base,rule",
    "input,ok,error,e164,national,international,region,type,extension,expectedLengths",
    "input,ok,error,e164,national,international,region,type,extension,expectedLengths,message",
};
static_assert(std::size(kShapes) == static_cast<std::size_t>(Shape::phone_parse_message) + 1);

// "input,value,ok,…|input,value,ok,error,…|…": the key table, then each shape's keys; the JS
// decoder's tables, compared once per engine.
inline std::string key_names() {
  std::string out;
  for (std::string_view k : kKeyNames) {
    if (!out.empty()) out += ',';
    out += k;
  }
  for (std::string_view shape : kShapes) {
    out += '|';
    out += shape;
  }
  return out;
}

#ifdef __EMSCRIPTEN__
#define CONTACTCHECK_GLUE_OUT_OF_LINE [[gnu::noinline]]
#else
#define CONTACTCHECK_GLUE_OUT_OF_LINE
#endif

class Encoder {
 public:
  // `text` is the caller's reused result text (glue::State::results): one per thread without
  // thread_local, whose every access from the dlopen'ed addon was a __tls_get_addr call
  // (about 4 % of a native checkEmail).
  explicit Encoder(std::string& text) : out_(text) {
    // A result of megabytes (an echo of a huge input) is not kept for the life of the state.
    if (out_.capacity() > kKeptCapacity) std::string().swap(out_);
    out_.clear();
  }
  Encoder(const Encoder&) = delete;
  Encoder& operator=(const Encoder&) = delete;

  // Fields of the object being written.
  void set(Key k, std::string_view v) { key(k); string(v); }
  void set(Key k, const char* v) { set(k, std::string_view(v)); }
  void set(Key k, const std::optional<std::string>& v) {
    if (v) set(k, std::string_view(*v)); else set_null(k);
  }
  void set(Key k, bool v) { key(k); put(v ? 't' : 'f'); }
  void set(Key k, int v) { key(k); integer(v); }
  void set_null(Key k) { key(k); put('n'); }
  // The field is the call's input, as the JS caller passed it.
  void set_input(Key k) { key(k); put('I'); }
  void set_strings(Key k, const std::vector<std::string_view>& v) {
    key(k);
    put('[');
    for (std::string_view s : v) string(s);
    put(']');
  }
  void set_ints(Key k, const std::vector<int>& v) {
    key(k);
    put('[');
    for (int n : v) integer(n);
    put(']');
  }
  // A field whose name is data (the message table's codes).
  void set(std::string_view k, std::string_view v) {
    put('~');
    string(k);
    string(v);
  }

  // Objects: begin_object() … end_object(), as a field (with a key) or as an array element.
  void begin_object(Key k) { key(k); put('{'); }
  void begin_object() { put('{'); }
  void end_object() { put('}'); }
  // A result of a fixed shape, outermost, whose values are scalars or arrays (no objects):
  // its fields are set in the shape's order, and it ends with end_object(Shape).
  void begin_object(Shape s) {
    put('(');
    put(static_cast<char>('0' + static_cast<int>(s)));
    shaped_ = true;
#ifdef CONTACTCHECK_GLUE_CHECK_SHAPES
    shape_left_ = kShapes[static_cast<std::size_t>(s)];
#endif
  }
#ifdef CONTACTCHECK_GLUE_CHECK_SHAPES
  // Keys set out of their shape's order, one too many, or missing at end_object(Shape).
  static inline int shape_errors = 0;
#endif
  void end_object(Shape) {
#ifdef CONTACTCHECK_GLUE_CHECK_SHAPES
    if (!shape_left_.empty()) ++shape_errors;
#endif
    shaped_ = false;
    put(')');
  }
  void begin_array() { put('['); }
  void end_array() { put(']'); }

  // Valid until the next Encoder on the same text: the binding copies it out first.
  std::string_view take() {
    flush();
    return out_;
  }
  // What the text holds on to: bounded after a huge result (HugeTextIsNotKept).
  std::size_t kept_bytes() const { return out_.capacity(); }

 private:
  void key(Key k) {
    if (!shaped_) {
      put(static_cast<char>('@' + static_cast<int>(k)));
      return;
    }
#ifdef CONTACTCHECK_GLUE_CHECK_SHAPES
    const std::string_view name = kKeyNames[static_cast<std::size_t>(k)];
    const std::size_t comma = shape_left_.find(',');
    if (shape_left_.substr(0, comma) != name) ++shape_errors;
    shape_left_ = comma == std::string_view::npos ? std::string_view() : shape_left_.substr(comma + 1);
#endif
  }
  void integer(int v) {
    put('i');
    if (v < 0) put('-');
    digits(v < 0 ? 0u - static_cast<unsigned>(v) : static_cast<unsigned>(v));
    put(';');
  }
  void string(std::string_view v) {
    std::size_t units = 0;
    std::string clean;
    if (!utf16_length(v, units)) {
      clean = well_formed(v);
      utf16_length(clean, units);
      v = clean;
    }
    put('s');
    digits(units);
    put(':');
    put(v);
  }

  // UTF-16 length of valid UTF-8; false at the first invalid sequence.
  static bool utf16_length(std::string_view s, std::size_t& units) {
    // ASCII, what nearly every result string is, eight bytes at a time: a byte is a unit. A
    // call to sequence_length() per byte was ~300 instructions of a native checkEmail's result.
    std::size_t i = 0;
    for (std::uint64_t w; i + 8 <= s.size(); i += 8) {
      std::memcpy(&w, s.data() + i, 8);
      if (w & 0x8080808080808080ull) break;
    }
    units = i;
    while (i < s.size()) {
      const std::size_t n = sequence_length(s, i);
      if (n == 0) return false;
      units += n == 4 ? 2 : 1;
      i += n;
    }
    return true;
  }

  // Length of the well-formed UTF-8 sequence at s[i] (Unicode table 3-7), or 0. With
  // `valid_prefix`, how many of its bytes form a prefix of some well-formed sequence.
  static std::size_t sequence_length(std::string_view s, std::size_t i, std::size_t* valid_prefix = nullptr) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned char c = b(0);
    std::size_t n;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c >= 0xE0 && c <= 0xEF) { n = 3; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
    else if (c >= 0xF0 && c <= 0xF4) { n = 4; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
    else { if (valid_prefix) *valid_prefix = 1; return 0; }
    for (std::size_t k = 1; k < n; ++k) {
      const bool in_range = i + k < s.size() && b(k) >= (k == 1 ? lo : 0x80) && b(k) <= (k == 1 ? hi : 0xBF);
      if (!in_range) {
        if (valid_prefix) *valid_prefix = k;
        return 0;
      }
    }
    return n;
  }

  // Each maximal ill-formed subpart becomes one U+FFFD (the WHATWG / V8 / TextDecoder rule).
  static std::string well_formed(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 8);
    for (std::size_t i = 0; i < s.size();) {
      std::size_t prefix = 0;
      const std::size_t n = sequence_length(s, i, &prefix);
      if (n) {
        out.append(s.substr(i, n));
        i += n;
      } else {
        out += "\xEF\xBF\xBD";
        i += prefix;
      }
    }
    return out;
  }

  void digits(std::size_t v) {
    char b[20];
    char* p = b + sizeof b;
    do *--p = static_cast<char>('0' + v % 10); while ((v /= 10) != 0);
    put(std::string_view(p, static_cast<std::size_t>(b + sizeof b - p)));
  }

  // Writes go to a small buffer first: libc++'s string keeps push_back and append out of line,
  // and a call into it per character was 4 % of a WASM parsePhone. Not inlined in WebAssembly:
  // inlined at every write, they made the browser package 0.5 kB (brotli) larger for no
  // measured speed. Inlined natively, where a call per character made checkEmail 3 % slower.
  CONTACTCHECK_GLUE_OUT_OF_LINE void put(char c) {
    if (used_ == sizeof buffer_) flush();
    buffer_[used_++] = c;
  }
  CONTACTCHECK_GLUE_OUT_OF_LINE void put(std::string_view s) {
    if (s.size() > sizeof buffer_ - used_) {
      flush();
      if (s.size() > sizeof buffer_) {
        out_.append(s);
        return;
      }
    }
    std::memcpy(buffer_ + used_, s.data(), s.size());
    used_ += s.size();
  }
  CONTACTCHECK_GLUE_OUT_OF_LINE void flush() {
    out_.append(buffer_, used_);
    used_ = 0;
  }

  // Every result is encoded into the same text, which keeps its capacity, so a call allocates
  // nothing here once the text has grown to its results' size.
  static constexpr std::size_t kKeptCapacity = 64 * 1024;

  std::string& out_;
  char buffer_[256];
  std::size_t used_ = 0;
  bool shaped_ = false;
#ifdef CONTACTCHECK_GLUE_CHECK_SHAPES
  std::string_view shape_left_;
#endif
};

}  // namespace contactcheck::glue

#endif  // CONTACTCHECK_GLUE_ENCODE_H_
