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
// Speed: no faster than RE2 in WebAssembly per parse (each call crosses into JS); the gains
// are size (RE2 and its tables leave the module) and a faster first parse (the commit that
// added this file has the figures).

#include "phonenumbers/regexp_adapter_js.h"

#include <string>

extern "C" {
// Imports from regexp_adapter_js.lib.js (linked with --js-library).
int lpn_js_regexp_compile(const char* pattern, int length, int* groups);
void lpn_js_regexp_free(int id);
int lpn_js_regexp_exec(int id, int mode, const char* text, int length, int wanted, int* spans);
int lpn_js_regexp_replace(int id, int global, const char* text, int length,
                          const char* rewrite, int rewrite_length);
void lpn_js_regexp_take(char* out);
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

class JsRegExp : public RegExp {
 public:
  explicit JsRegExp(const string& utf8_regexp)
      : id_(lpn_js_regexp_compile(utf8_regexp.data(), static_cast<int>(utf8_regexp.size()),
                                  &groups_)) {}
  virtual ~JsRegExp() {
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
    const int bytes = lpn_js_regexp_replace(
        id_, global ? 1 : 0, string_to_process->data(), static_cast<int>(string_to_process->size()),
        replacement_string.data(), static_cast<int>(replacement_string.size()));
    if (bytes < 0) return false;
    string_to_process->resize(bytes);
    lpn_js_regexp_take(&(*string_to_process)[0]);
    return true;
  }

 private:
  // RE2's argument count is the position of the last string asked for, gaps included.
  static int Wanted(string* const* out) {
    int wanted = kMaxStrings;
    while (wanted > 0 && out[wanted - 1] == nullptr) --wanted;
    return wanted;
  }

  bool Exec(Mode mode, const char* text, int length, string* const* out, int* end) const {
    const int wanted = Wanted(out);
    if (id_ < 0 || wanted > groups_) return false;
    int spans[2 * kMaxStrings];
    *end = lpn_js_regexp_exec(id_, mode, text, length, wanted, spans);
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

}  // namespace phonenumbers
}  // namespace i18n
