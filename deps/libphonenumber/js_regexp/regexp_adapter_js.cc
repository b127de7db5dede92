// libphonenumber's RegExp interface over the JavaScript engine's RegExp (WebAssembly only).
//
// Why: in WebAssembly, RE2 runs its automata as plain compiled code, while the engine that
// hosts the module (V8, SpiderMonkey, JavaScriptCore) already holds a JIT-compiling regex
// engine. Matching was about 40 % of a parse natively (callgrind), and RE2 with its Unicode
// tables was the largest single part of the module's code. libphonenumber's patterns are
// written for Java's and JavaScript's engines in the first place (libphonenumber-js runs the
// same metadata on irregexp).
//
// The contract is regexp_adapter_re2.cc's, which stays the native engine's adapter and is the
// oracle of tests/core/js_regexp_adapter_test.cc (every metadata pattern, both adapters):
//   - Consume / FindAndConsume / Match fail, consuming nothing, when more strings are asked for
//     than the pattern has groups (RE2's rule); a group that took no part gives "";
//   - Replace / GlobalReplace take libphonenumber's "$n" syntax and follow RE2's Rewrite and
//     GlobalReplace rules (an empty match right after a match is skipped) in
//     regexp_adapter_js.lib.js;
//   - a pattern the engine rejects matches nothing, as an RE2 object that is not ok().
// Texts are UTF-8 here and UTF-16 in JavaScript; the JS side reports byte offsets, so captured
// strings are copied from the caller's bytes, never re-encoded.
// The host engine backtracks where RE2 cannot: a pattern could take super-linear time on some
// text. These are the patterns that the Java library and libphonenumber-js run on backtracking
// engines, Parse refuses input over 250 characters, and bench/linear_time.mjs (with
// tests/js/hostile.test.mjs) runs adversarial input of 1 kB to 1 MB through this engine.
// Speed: each call crosses into JS, so the adapter avoids calls: digit literals ("0", "011")
// and runs of digit groups ("(\d{3})(\d{4})": most number formats, their full matches and
// their replacements on a text they match whole) are answered here, a repeated question gets
// the last answer again, a Replace result comes back in the caller's buffer, and JsRegExpSet
// matches a region's number types in one call (patch 18). The tests compare all of it with RE2.
// The gains over RE2 compiled into the module are size (RE2 and its tables leave the module)
// and a faster first parse (the commit that added this file has the figures).

#include "phonenumbers/regexp_adapter_js.h"

#include <algorithm>
#include <cstring>
#include <string>

extern "C" {
// Imports from regexp_adapter_js.lib.js (linked with --js-library).
int lpn_js_regexp_compile(const char* pattern, int length, int* groups);
void lpn_js_regexp_free(int id);
int lpn_js_regexp_exec(int id, int mode, const char* text, int length, int wanted, int* spans);
int lpn_js_regexp_replace(int id, int global, const char* text, int length,
                          const char* rewrite, int rewrite_length, char* out, int capacity);
void lpn_js_regexp_take(char* out);
int lpn_js_regexp_set_compile(const int* table, int count);
unsigned lpn_js_regexp_set_match(int id, const char* text, int length);
}

namespace i18n {
namespace phonenumbers {

namespace {

// The modes of lpn_js_regexp_exec.
enum Mode { kAnchoredAtStart = 0, kAnywhere = 1, kWhole = 2 };
constexpr int kMaxStrings = 6;

class JsRegExpInput : public RegExpInput {
 public:
  explicit JsRegExpInput(const string& utf8_input) : text_(utf8_input) {}

  virtual string ToString() const { return text_.substr(position_); }

  const char* data() const { return text_.data() + position_; }
  int size() const { return static_cast<int>(text_.size() - position_); }
  void Advance(int bytes) { position_ += bytes; }

 private:
  const string text_;
  size_t position_ = 0;
};

// A pattern of ASCII digits only matches itself: "0", "1", "011" (national and international
// prefixes of many regions). Such a pattern is matched here, without a call into JavaScript.
bool IsDigitLiteral(const string& pattern) {
  if (pattern.empty()) return false;
  for (const char c : pattern) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// A pattern that is a run of digits in groups or not, "(\d{3})(\d{3,4})" (most number
// formats): it matches a whole text of ASCII digits (RE2's and the u flag's \d) whose length is
// between the sums of the least and most digits of its parts. Fills `run` and returns true for
// such a pattern of at most DigitRun::kMaxParts parts.
struct DigitRun {
  static constexpr int kMaxParts = 8;
  int parts = 0;
  int least[kMaxParts], most[kMaxParts];
  bool group[kMaxParts];
  int least_sum = 0, most_sum = 0;
};

bool IsDigitRun(const string& pattern, DigitRun* run) {
  const char* p = pattern.c_str();
  while (*p != '\0') {
    if (run->parts == DigitRun::kMaxParts) return false;
    const bool group = *p == '(';
    p += group;
    if (*p++ != '\\' || *p++ != 'd') return false;
    // {a} or {a,b}; none is {1}. a is counts[0], b counts[1].
    int counts[2] = {1, 1}, n = 0;
    if (*p == '{') {
      ++p;
      for (; n < 2; ++n) {
        if (*p < '0' || *p > '9') return false;
        counts[n] = 0;
        for (; *p >= '0' && *p <= '9' && counts[n] < 1000; ++p) counts[n] = counts[n] * 10 + *p - '0';
        if (n == 0) counts[1] = counts[0];
        if (*p != ',') break;
        ++p;
      }
      if (n == 2 || *p++ != '}' || counts[1] < counts[0]) return false;
    }
    if (group && *p++ != ')') return false;
    run->least[run->parts] = counts[0];
    run->most[run->parts] = counts[1];
    run->group[run->parts++] = group;
    run->least_sum += counts[0];
    run->most_sum += counts[1];
  }
  return run->least_sum > 0;
}

// The last answer of the engine, given again for the same question: MaybeStripNationalPrefix-
// AndCarrierCode consumes a region's national prefix from two copies of one number in a row (and
// once more without groups when that failed). Only texts of up to kMaxText bytes (a number is
// shorter) are held, in place: a long text neither is copied nor keeps heap memory. The module
// runs on one thread.
struct LastExec {
  static constexpr int kMaxText = 64;
  int id = -1;  // -1: nothing held
  int mode = 0;
  int wanted = 0;  // the spans held: of the first `wanted` groups
  int end = -1;
  int length = 0;
  char text[kMaxText];
  int spans[2 * kMaxStrings];
};
LastExec last_exec;

class JsRegExp : public RegExp {
 public:
  explicit JsRegExp(const string& utf8_regexp)
      : literal_(IsDigitLiteral(utf8_regexp) ? utf8_regexp : string()),
        id_(lpn_js_regexp_compile(utf8_regexp.data(), static_cast<int>(utf8_regexp.size()),
                                  &groups_)) {
    if (!literal_.empty() || !IsDigitRun(utf8_regexp, &run_)) run_.parts = 0;
  }
  virtual ~JsRegExp() {
    if (last_exec.id == id_) last_exec.id = -1;
    if (id_ >= 0) lpn_js_regexp_free(id_);
  }

  virtual bool Consume(RegExpInput* input_string, bool anchor_at_start, string* matched_string1,
                       string* matched_string2, string* matched_string3,
                       string* matched_string4, string* matched_string5,
                       string* matched_string6) const {
    JsRegExpInput* input = static_cast<JsRegExpInput*>(input_string);
    string* const out[kMaxStrings] = {matched_string1, matched_string2, matched_string3,
                                      matched_string4, matched_string5, matched_string6};
    int end;
    if (!Exec(anchor_at_start ? kAnchoredAtStart : kAnywhere, input->data(), input->size(), out,
              &end)) {
      return false;
    }
    input->Advance(end);
    return true;
  }

  virtual bool Match(const string& input_string, bool full_match, string* matched_string) const {
    string* const out[kMaxStrings] = {matched_string};
    int end;
    return Exec(full_match ? kWhole : kAnywhere, input_string.data(),
                static_cast<int>(input_string.size()), out, &end);
  }

  virtual bool Replace(string* string_to_process, bool global,
                       const string& replacement_string) const {
    if (id_ < 0) return false;
    const int done = ReplaceDigitRun(string_to_process, replacement_string);
    if (done >= 0) return done == 1;
    // The result comes back in `out` when it is ASCII and fits (a formatted number does);
    // otherwise its UTF-8 length is told as -2 - length, and it is taken in a second call.
    char out[kReplaceCapacity];
    const int bytes = lpn_js_regexp_replace(
        id_, global ? 1 : 0, string_to_process->data(), static_cast<int>(string_to_process->size()),
        replacement_string.data(), static_cast<int>(replacement_string.size()), out,
        kReplaceCapacity);
    if (bytes == -1) return false;
    if (bytes >= 0) {
      string_to_process->assign(out, bytes);
    } else {
      string_to_process->resize(-2 - bytes);
      lpn_js_regexp_take(&(*string_to_process)[0]);
    }
    return true;
  }

 private:
  // RE2's argument count is the position of the last string asked for, gaps included.
  static int Wanted(string* const* out) {
    int wanted = kMaxStrings;
    while (wanted > 0 && out[wanted - 1] == nullptr) --wanted;
    return wanted;
  }

  static constexpr int kReplaceCapacity = 128;

  // Where literal_ is found in text as `mode` asks (RE2's answers: the leftmost match), or -1.
  int FindLiteral(Mode mode, const char* text, int length) const {
    const int n = static_cast<int>(literal_.size());
    if (mode == kWhole && length != n) return -1;
    if (mode != kAnywhere) return length >= n && std::memcmp(text, literal_.data(), n) == 0 ? 0 : -1;
    for (int at = 0; at + n <= length; ++at) {
      if (std::memcmp(text + at, literal_.data(), n) == 0) return at;
    }
    return -1;
  }

  bool Exec(Mode mode, const char* text, int length, string* const* out, int* end) const {
    const int wanted = Wanted(out);
    if (id_ < 0 || wanted > groups_) return false;
    if (!literal_.empty()) {
      const int at = FindLiteral(mode, text, length);
      if (at < 0) return false;
      *end = at + static_cast<int>(literal_.size());
      return true;
    }
    if (run_.parts > 0 && mode == kWhole && wanted == 0) {
      if (!RunMatchesWhole(text, length)) return false;
      *end = length;
      return true;
    }
    int own_spans[2 * kMaxStrings];
    const int* spans = last_exec.spans;
    if (length > LastExec::kMaxText) {
      spans = own_spans;
      *end = lpn_js_regexp_exec(id_, mode, text, length, wanted, own_spans);
    } else {
      if (last_exec.id != id_ || last_exec.mode != mode ||
          (last_exec.end >= 0 && last_exec.wanted < wanted) || last_exec.length != length ||
          std::memcmp(last_exec.text, text, length) != 0) {
        last_exec.id = id_;
        last_exec.mode = mode;
        last_exec.wanted = wanted;
        last_exec.length = length;
        std::memcpy(last_exec.text, text, length);
        last_exec.end = lpn_js_regexp_exec(id_, mode, text, length, wanted, last_exec.spans);
      }
      *end = last_exec.end;
    }
    if (*end < 0) return false;
    for (int i = 0; i < wanted; ++i) {
      if (out[i] == nullptr) continue;
      const int from = spans[2 * i], to = spans[2 * i + 1];
      if (from < 0) {
        out[i]->clear();
      } else {
        out[i]->assign(text + from, to - from);
      }
    }
    return true;
  }

  bool RunMatchesWhole(const char* text, int length) const {
    if (length < run_.least_sum || length > run_.most_sum) return false;
    for (int i = 0; i < length; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
    }
    return true;
  }

  // Replace and GlobalReplace of a digit run on a text it matches whole (a national number and
  // its format: most Replace calls), done here: the one match is the whole text (the run cannot
  // match empty, so none follows), and RE2's leftmost-first match gives each part its most
  // digits that leave the later parts their least. The replacement is read as the JS side reads
  // it (libphonenumber's "$n" turned into RE2's "\n", then RE2's Rewrite); 1 or 0 is Replace's
  // answer, -1 leaves the call to the JS side (another text, or a replacement with an escape RE2
  // refuses or a group the pattern lacks).
  int ReplaceDigitRun(string* text, const string& replacement) const {
    const int length = static_cast<int>(text->size());
    if (run_.parts == 0 || !RunMatchesWhole(text->data(), length)) return -1;
    int from[DigitRun::kMaxParts + 1] = {0}, to[DigitRun::kMaxParts + 1] = {length};
    int at = 0, rest = run_.least_sum, groups = 0;
    for (int i = 0; i < run_.parts; ++i) {
      rest -= run_.least[i];
      const int n = std::min(run_.most[i], length - at - rest);
      if (run_.group[i]) {
        ++groups;
        from[groups] = at;
        to[groups] = at + n;
      }
      at += n;
    }
    // One pass for both steps: with a "$" in the replacement, "$$", "$\", "\$" and "\\" are
    // a literal "$" and any other "$" or "\" starts a group number; without, only "\" escapes,
    // and "\\" is a literal "\".
    const bool dollar = replacement.find('$') != string::npos;
    string out;
    out.reserve(length + replacement.size());
    for (size_t i = 0; i < replacement.size(); ++i) {
      const char c = replacement[i];
      if (c != '\\' && !(dollar && c == '$')) {
        out += c;
        continue;
      }
      const char next = ++i < replacement.size() ? replacement[i] : '\0';
      if (next == '\\' || (dollar && next == '$')) {
        out += dollar ? '$' : '\\';
      } else if (next >= '0' && next - '0' <= groups) {
        out.append(*text, from[next - '0'], to[next - '0'] - from[next - '0']);
      } else {
        return -1;
      }
    }
    text->swap(out);
    return 1;
  }

  const string literal_;  // the pattern if IsDigitLiteral, else empty
  DigitRun run_;          // if IsDigitRun (run_.parts > 0)
  int groups_ = 0;
  const int id_;
};

}  // namespace

RegExpInput* JsRegExpFactory::CreateInput(const string& utf8_input) const {
  return new JsRegExpInput(utf8_input);
}

RegExp* JsRegExpFactory::CreateRegExp(const string& utf8_regexp) const {
  return new JsRegExp(utf8_regexp);
}

JsRegExpSet::JsRegExpSet(const string* const* utf8_patterns, int count) : id_(-1) {
  if (count > kMaxPatterns) return;
  // (address, length) per pattern, as the JS side reads them.
  int table[2 * kMaxPatterns];
  for (int i = 0; i < count; ++i) {
    table[2 * i] = static_cast<int>(reinterpret_cast<intptr_t>(utf8_patterns[i]->data()));
    table[2 * i + 1] = static_cast<int>(utf8_patterns[i]->size());
  }
  id_ = lpn_js_regexp_set_compile(table, count);
}

JsRegExpSet::~JsRegExpSet() {
  if (id_ >= 0) lpn_js_regexp_free(id_);
}

uint32 JsRegExpSet::FullMatches(const string& text) const {
  if (id_ < 0) return 0;
  return lpn_js_regexp_set_match(id_, text.data(), static_cast<int>(text.size()));
}

}  // namespace phonenumbers
}  // namespace i18n
