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
// Speed: each call crosses into JS, so the adapter avoids calls: patterns of a small syntax
// (SmallPattern: digits, classes, groups, alternation, bounded repetition; the formats'
// leading digits and patterns, the number-type patterns, most prefix patterns, "[+＋]+") are
// matched here, and so are their replacements; a Replace result from JS comes back in the
// caller's buffer. JsRegExpSet answers a region's number types one at a time here (patch 22),
// and in one JS call (patch 18) where a pattern is outside that syntax. The tests compare all
// of it with RE2.
// The gains over RE2 compiled into the module are size (RE2 and its tables leave the module)
// and a faster first parse (the commit that added this file has the figures).

#include "phonenumbers/regexp_adapter_js.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

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

bool IsSyntax(char c) { return std::memchr("\\^$.|?*+()[]{}-", c, 15) != nullptr; }
bool IsRepeat(char c) { return c == '?' || c == '*' || c == '+' || c == '{'; }

// A pattern in a small part of RE2's syntax, matched here by backtracking: literal characters
// (UTF-8), "\d", escaped punctuation, classes of characters and digit ranges ("[+＋]",
// "[2-9]"), "\p{Nd}" on ASCII text (other text goes to the JS engine), groups "(...)" and
// "(?:...)", "|", "^", "$", and the greedy repetitions "?", "{n}", "{n,m}", with "*", "+" and
// "{n,}" on one character only. ok() is false for anything else ("(?i)", ".", other escapes,
// lazy repetition, a "]" or "}" read as a literal), which stays with the JS engine.
// RE2 and a backtracking engine give the same (leftmost-first) match for this syntax: they
// differ only where a loop can repeat an empty match, and here only single characters loop.
// The backtracking is bounded: past kBudget steps or kMaxStack open choices, the question goes
// to the JS engine, as every question did before this class.
class SmallPattern {
 public:
  static constexpr int kGaveUp = -2;

  explicit SmallPattern(const string& pattern) : at_(pattern.data()), end_(at_ + pattern.size()) {
    ok_ = Alternation() && at_ == end_ && prog_.size() <= kMaxProgram;
    if (!ok_) {
      prog_.clear();
      sets_.clear();
    }
    for (int pc = 0; pc < Here(); ++pc) First(pc);
    dfa_usable_ = ok_;
    for (const Inst& inst : prog_) {
      dfa_usable_ &= inst.op == kDigits || inst.op == kSplit || inst.op == kJump || inst.op == kSave;
    }
  }

  bool ok() const { return ok_; }
  int groups() const { return groups_; }

  // The end of the match `mode` asks for, -1 for none, or kGaveUp; *start is where it starts,
  // and spans the first `wanted` groups' (-1, -1 for one that took no part).
  int Run(Mode mode, const char* text, int length, int wanted, int* spans, int* start) const {
    if (mode == kWhole && wanted == 0 && dfa_usable_) {
      const int end = Whole(text, length);
      if (end != kGaveUp) {
        *start = 0;
        return end;
      }
    }
    int budget = kBudget;
    for (int from = 0; from <= (mode == kAnywhere ? length : 0); ++from) {
      for (int i = 0; i < 2 * wanted; ++i) spans[i] = -1;
      const int end = RunAt(mode == kWhole, text, length, from, 2 * wanted, spans, &budget);
      if (end != -1) {
        *start = from;
        return end;
      }
    }
    return -1;
  }

 private:
  static constexpr int kBudget = 20000;
  static constexpr int kMaxStack = 256;
  static constexpr int kMaxProgram = 4000;

  // The program runs from 0 and matches where it reaches its end.
  enum Op : uint8_t { kDigits, kSet, kSplit, kJump, kSave, kBegin, kEnd };
  struct Inst {
    Op op;
    // What a match from here can start with: bit d for the digit d, kOther for any other
    // character, the end of the text or an assertion (kKnown: computed).
    uint16_t first;
    // kDigits: the digits (bit d); kSet: the set; kSplit: where the other choice goes,
    // relative (the next instruction is the preferred one); kJump: relative target; kSave:
    // the slot (2 per group)
    int arg;
  };
  static constexpr uint16_t kOther = 1 << 10, kKnown = 1 << 11;

  // Inst::first of pc and of what it reaches without reading a character (no cycle: only
  // single characters loop, so every loop reads one).
  uint16_t First(int pc) {
    if (pc == Here()) return kOther;
    const Inst inst = prog_[pc];
    if (inst.first != 0) return inst.first;
    uint16_t first = kKnown;
    if (inst.op == kDigits) {
      first |= inst.arg;
    } else if (inst.op == kSet) {
      first |= kOther | sets_[inst.arg].Digits();
    } else if (inst.op == kSplit) {
      first |= First(pc + 1) | First(pc + inst.arg);
    } else if (inst.op == kJump) {
      first |= First(pc + inst.arg);
    } else {
      first |= First(pc + 1) | (inst.op == kSave ? 0 : kOther);
    }
    prog_[pc].first = first;
    return first;
  }
  struct CharSet {
    uint32_t ascii[4];
    uint8_t wide_length[2];  // up to two non-ASCII characters, in UTF-8
    char wide[2][4];
    // \p{Nd}: its ASCII digits are answered here, any other character by the JS engine.
    bool unicode_digits;

    void Add(unsigned char c) { ascii[c >> 5] |= 1u << (c & 31); }
    void AddDigits(char from, char to) {
      for (char d = from; d <= to; ++d) Add(d);
    }
    // The ASCII digits in the set: bit d for the digit d.
    int Digits() const { return (ascii[1] >> 16) & 0x3FF; }
    // Nothing but ASCII digits.
    bool OnlyDigits() const {
      return ascii[0] == 0 && ascii[1] == static_cast<uint32_t>(Digits()) << 16 && ascii[2] == 0 &&
             ascii[3] == 0 && wide_length[0] == 0 && !unicode_digits;
    }
    // The length of the character at text if it is in the set, 0 if not, -1 if unknown here.
    int Match(const char* text, int left) const {
      const unsigned char c = *text;
      if (c < 0x80) return (ascii[c >> 5] >> (c & 31)) & 1;
      if (unicode_digits) return -1;
      for (int i = 0; i < 2; ++i) {
        const int n = wide_length[i];
        if (n != 0 && n <= left && std::memcmp(text, wide[i], n) == 0) return n;
      }
      return 0;
    }
  };

  int Here() const { return static_cast<int>(prog_.size()); }
  void Emit(Op op, int arg) { prog_.push_back({op, 0, arg}); }

  // Alternatives: a split before each but the last, a jump after each but the last. The jumps
  // to the end are chained through their args until the end is known.
  bool Alternation() {
    int pending = -1;
    for (;;) {
      const int split = Here();
      Emit(kSplit, 0);
      if (!Concat()) return false;
      if (at_ == end_ || *at_ != '|') {
        prog_.erase(prog_.begin() + split);
        break;
      }
      ++at_;
      Emit(kJump, pending);
      pending = Here() - 1;
      prog_[split].arg = Here() - split;
    }
    while (pending >= 0) {
      const int next = prog_[pending].arg;
      prog_[pending].arg = Here() - pending;
      pending = next;
    }
    return true;
  }

  // Each atom gets a split before it, dropped unless a repetition makes the atom optional.
  bool Concat() {
    while (at_ != end_ && *at_ != '|' && *at_ != ')') {
      const int split = Here();
      Emit(kSplit, 0);
      const char c = *at_;
      if (c == '^' || c == '$') {
        ++at_;
        Emit(c == '^' ? kBegin : kEnd, 0);
      } else if (c == '(') {
        int group = -1;
        if (end_ - at_ >= 3 && at_[1] == '?' && at_[2] == ':') {
          at_ += 3;
        } else if (end_ - at_ >= 2 && at_[1] == '?') {
          return false;
        } else {
          ++at_;
          group = groups_++;
          Emit(kSave, 2 * group);
        }
        if (!Alternation() || at_ == end_ || *at_++ != ')') return false;
        if (group >= 0) Emit(kSave, 2 * group + 1);
      } else {
        CharSet set = {};
        if (c == '[' ? !Class(&set) : !Char(&set, false)) return false;
        if (set.OnlyDigits()) {
          Emit(kDigits, set.Digits());  // most sets: ASCII digits only, tested without the set
        } else {
          sets_.push_back(set);
          Emit(kSet, static_cast<int>(sets_.size()) - 1);
        }
      }
      if (!Repeat(split, c == '^' || c == '$')) return false;
    }
    return true;
  }

  // One character into set: "\d", an escaped punctuation character, or a literal.
  bool Char(CharSet* set, bool in_class) {
    const unsigned char c = *at_;
    if (c == '\\') {
      if (end_ - at_ >= 6 && std::memcmp(at_, "\\p{Nd}", 6) == 0) {
        at_ += 6;
        set->unicode_digits = true;
        set->AddDigits('0', '9');
        return true;
      }
      if (end_ - at_ < 2) return false;
      const char e = at_[1];
      at_ += 2;
      if (e == 'd') {
        set->AddDigits('0', '9');
      } else if (IsSyntax(e)) {
        set->Add(e);
      } else {
        return false;
      }
      return true;
    }
    const int n = c < 0x80 ? 1 : c >= 0xF5 ? 0 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (n == 0 || n > end_ - at_) return false;
    if (n == 1) {
      if (in_class ? c == '[' : IsSyntax(c)) return false;
      set->Add(c);
    } else {
      for (int i = 1; i < n; ++i) {
        if ((static_cast<unsigned char>(at_[i]) & 0xC0) != 0x80) return false;
      }
      const int slot = set->wide_length[0] == 0 ? 0 : 1;
      if (set->wide_length[slot] != 0) return false;
      std::memcpy(set->wide[slot], at_, n);
      set->wide_length[slot] = static_cast<uint8_t>(n);
    }
    at_ += n;
    return true;
  }

  bool Class(CharSet* set) {
    ++at_;
    // "[^" negates, and a "]" first is a literal to RE2: neither is taken.
    if (at_ == end_ || *at_ == '^' || *at_ == ']') return false;
    while (at_ != end_ && *at_ != ']') {
      const char first = *at_;
      if (!Char(set, true)) return false;
      if (end_ - at_ >= 2 && *at_ == '-' && at_[1] != ']') {
        const char last = at_[1];
        if (first < '0' || first > '9' || last < first || last > '9') return false;
        at_ += 2;
        set->AddDigits(first, last);
      }
    }
    return at_ != end_ && *at_++ == ']';
  }

  // The atom after the split at `split` (one kSet, a group, or an assertion), repeated as a
  // repetition after it asks, by copies: x{2,3} as xx(?:x)?, x* as a loop.
  bool Repeat(int split, bool assertion) {
    int min = 1, max = 1;  // max -1: unbounded
    if (at_ != end_ && IsRepeat(*at_)) {
      const char c = *at_++;
      max = -1;
      if (c == '?') {
        min = 0;
        max = 1;
      } else if (c == '*') {
        min = 0;
      } else if (c == '{') {
        if (!Number(&min)) return false;
        max = min;
        if (at_ != end_ && *at_ == ',') {
          ++at_;
          max = -1;
          if (at_ != end_ && *at_ != '}' && !Number(&max)) return false;
        }
        if (at_ == end_ || *at_++ != '}' || (max >= 0 && max < min)) return false;
      }
      // A lazy, possessive or repeated repetition.
      if (assertion || (at_ != end_ && IsRepeat(*at_))) return false;
    }
    const int n = Here() - split - 1;
    // x{0}; an unbounded repetition of more than a character; too large a program.
    if (max == 0 || (max < 0 && n != 1) || split + (std::max(min, max) + 1) * (n + 1) > kMaxProgram) return false;
    int body = split + 1;
    if (min > 0) {
      prog_.erase(prog_.begin() + split);
      body = split;
      for (int i = 1; i < min; ++i) Copy(body, n);
    } else {
      prog_[split].arg = max < 0 ? n + 2 : Here() - split + (max - 1) * (n + 1);
    }
    if (max < 0) {
      if (min > 0) {
        Emit(kSplit, 3);
        Copy(body, 1);
      }
      Emit(kJump, -2);
      return true;
    }
    const int end = Here() + (max - std::max(min, 1)) * (n + 1);
    for (int i = std::max(min, 1); i < max; ++i) {
      Emit(kSplit, end - Here());
      Copy(body, n);
    }
    return true;
  }

  void Copy(int from, int n) {
    for (int i = 0; i < n; ++i) {
      const Inst inst = prog_[from + i];
      prog_.push_back(inst);
    }
  }

  bool Number(int* n) {
    if (at_ == end_ || *at_ < '0' || *at_ > '9') return false;
    for (*n = 0; at_ != end_ && *at_ >= '0' && *at_ <= '9'; ++at_) {
      *n = *n * 10 + (*at_ - '0');
      if (*n > 100) return false;
    }
    return true;
  }

  // Whole matches that want no groups (the number-type tests: 70 % of the matcher's steps in a
  // parse) of a program of digits only are answered by a DFA, built a state at a time as texts
  // reach it: a table step per character instead of a walk of the program (about eight
  // instructions a call, each dearer than a step). A state is the set of digit instructions
  // (and the end) the program can be at; past kMaxStates states the DFA is dropped and the
  // backtracking answers. All of it in int vectors: each vector type instantiated is code in
  // the browser package.
  struct Dfa {
    std::vector<int> next;       // 10 per state: the state after the digit; kUnbuilt, kDead
    std::vector<int> accepting;  // per state: the end is in its set
    std::vector<int> pcs;        // the states' sets, each sorted, one after the other
    std::vector<int> offsets;    // state i's set: pcs[offsets[i], offsets[i + 1])
  };
  static constexpr int kUnbuilt = -1, kDead = -3;  // kGaveUp is -2
  static constexpr int kMaxStates = 512;

  int Whole(const char* text, int length) const {
    if (dfa_ == nullptr) Start();
    int state = 0;
    for (int at = 0; at < length; ++at) {
      const unsigned digit = static_cast<unsigned>(text[at] - '0');
      if (digit >= 10) return -1;  // only digits are read
      int to = dfa_->next[10 * state + digit];
      if (to == kUnbuilt) {
        to = Step(state, digit);
        if (to == kGaveUp) {
          dfa_usable_ = false;
          dfa_.reset();
          return kGaveUp;
        }
        dfa_->next[10 * state + digit] = to;
      }
      if (to == kDead) return -1;
      state = to;
    }
    return dfa_->accepting[state] ? length : -1;
  }

  // The building is rare (a state per new path through a pattern) and compiled for size.
  __attribute__((noinline, minsize)) void Start() const {
    dfa_.reset(new Dfa);
    const int zero = 0;  // an lvalue, as in State(): push_back(0) would instantiate push_back(int&&)
    dfa_->offsets.push_back(zero);
    std::vector<int> mark(Here() + 1, 0);
    Close(0, &mark);
    State(mark);
  }

  // Marks pc and what it reaches without reading a character.
  __attribute__((noinline, minsize)) void Close(int pc, std::vector<int>* mark) const {
    std::vector<int> todo(1, pc);
    while (!todo.empty()) {
      const int p = todo.back();
      todo.pop_back();
      if ((*mark)[p]) continue;
      (*mark)[p] = 1;
      if (p == Here()) continue;
      const Inst& inst = prog_[p];
      const int next = p + 1, target = p + inst.arg;
      if (inst.op == kSplit || inst.op == kSave) todo.push_back(next);
      if (inst.op == kSplit || inst.op == kJump) todo.push_back(target);
    }
  }

  // The state after `digit` from `state`: kDead, or kGaveUp past kMaxStates.
  __attribute__((noinline, minsize)) int Step(int state, unsigned digit) const {
    std::vector<int> mark(Here() + 1, 0);
    for (int i = dfa_->offsets[state]; i < dfa_->offsets[state + 1]; ++i) {
      const int pc = dfa_->pcs[i];
      if (pc < Here() && (prog_[pc].arg >> digit & 1)) Close(pc + 1, &mark);
    }
    return State(mark);
  }

  // The state of the marked set (digit instructions and the end): found, or added.
  __attribute__((noinline, minsize)) int State(const std::vector<int>& mark) const {
    Dfa& dfa = *dfa_;
    const int from = static_cast<int>(dfa.pcs.size());
    for (int pc = 0; pc <= Here(); ++pc) {
      if (mark[pc] && (pc == Here() || prog_[pc].op == kDigits)) dfa.pcs.push_back(pc);
    }
    const int size = static_cast<int>(dfa.pcs.size()) - from;
    const int states = static_cast<int>(dfa.accepting.size());
    int found = size == 0 && states > 0 ? kDead : -1;
    for (int i = 0; i < states && found == -1; ++i) {
      if (dfa.offsets[i + 1] - dfa.offsets[i] == size &&
          std::equal(dfa.pcs.begin() + dfa.offsets[i], dfa.pcs.begin() + dfa.offsets[i + 1], dfa.pcs.begin() + from)) {
        found = i;
      }
    }
    if (found != -1) {
      dfa.pcs.resize(from);
      return found;
    }
    if (states == kMaxStates) return kGaveUp;
    const int end = static_cast<int>(dfa.pcs.size());
    dfa.offsets.push_back(end);
    dfa.accepting.push_back(mark[Here()]);
    for (int d = 0; d < 10; ++d) dfa.next.push_back(kUnbuilt);
    return states;
  }

  // Depth first, the preferred choice first. A stack entry is a choice not taken (its pc and
  // position) or, with a negative pc (-1 - slot), a capture slot's value to put back.
  int RunAt(bool whole, const char* text, int length, int at, int used, int* slots,
            int* budget) const {
    struct Choice {
      int pc, at;
    } stack[kMaxStack];  // not initialized: std::pair's constructor zeroed it on every call
    int depth = 0, pc = 0, left = *budget, result;
    const int size = Here();
    const Inst* const prog = prog_.data();
    for (;;) {
      if (--left < 0) {
        result = kGaveUp;
        break;
      }
      // The next character as a digit (0-9), or 10 for any other character or the end.
      const unsigned digit = at < length ? static_cast<unsigned>(text[at] - '0') : 10;
      const unsigned next = digit < 10 ? 1u << digit : kOther;
      bool fail = false;
      if (pc == size) {
        if (!whole || at == length) {
          result = at;
          break;
        }
        fail = true;
      } else {
        const Inst inst = prog[pc++];
        switch (inst.op) {
          case kDigits:
            fail = digit >= 10 || !(inst.arg >> digit & 1);
            ++at;
            break;
          case kSet: {
            const int n = at < length ? sets_[inst.arg].Match(text + at, length - at) : 0;
            if (n < 0) return kGaveUp;
            fail = n == 0;
            at += n;
            break;
          }
          case kSplit:
            // The preferred choice is taken only if it can start with what comes next.
            if (pc < size && !(prog[pc].first & (next | kOther))) {
              pc += inst.arg - 1;
              break;
            }
            if (depth == kMaxStack) return kGaveUp;
            stack[depth++] = {pc - 1 + inst.arg, at};
            break;
          case kJump:
            pc += inst.arg - 1;
            break;
          case kSave:
            if (inst.arg < used) {
              if (depth == kMaxStack) return kGaveUp;
              stack[depth++] = {-1 - inst.arg, slots[inst.arg]};
              slots[inst.arg] = at;
            }
            break;
          case kBegin:
            fail = at != 0;
            break;
          case kEnd:
            fail = at != length;
            break;
        }
      }
      while (fail) {
        if (depth == 0) {
          *budget = left;
          return -1;
        }
        const Choice top = stack[--depth];
        if (top.pc < 0) {
          slots[-1 - top.pc] = top.at;
        } else {
          pc = top.pc;
          at = top.at;
          fail = false;
        }
      }
    }
    *budget = left;
    return result;
  }

  const char* at_;  // the parse, in the constructor only
  const char* end_;
  bool ok_ = false;
  // Whole() answers: a program of kDigits, kSplit, kJump and kSave only, whose DFA has not
  // given up.
  mutable bool dfa_usable_ = false;
  int groups_ = 0;
  std::vector<Inst> prog_;
  std::vector<CharSet> sets_;
  mutable std::unique_ptr<Dfa> dfa_;  // built on the first whole match asked (one thread: WebAssembly)
};

class JsRegExp : public RegExp {
 public:
  explicit JsRegExp(const string& utf8_regexp)
      : id_(lpn_js_regexp_compile(utf8_regexp.data(), static_cast<int>(utf8_regexp.size()),
                                  &groups_)),
        small_(utf8_regexp) {
    here_ = id_ >= 0 && small_.ok() && small_.groups() == groups_;
  }
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
    if (here_) {
      const int done = ReplaceHere(string_to_process, global, replacement_string);
      if (done >= 0) return done == 1;
    }
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

  bool Exec(Mode mode, const char* text, int length, string* const* out, int* end) const {
    const int wanted = Wanted(out);
    if (id_ < 0 || wanted > groups_) return false;
    int spans[2 * kMaxStrings], start;
    *end = here_ ? small_.Run(mode, text, length, wanted, spans, &start) : SmallPattern::kGaveUp;
    if (*end == SmallPattern::kGaveUp) *end = lpn_js_regexp_exec(id_, mode, text, length, wanted, spans);
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

  // Replace, and GlobalReplace where the first match ends the text (a national number and its
  // format: most calls), done here: after such a match RE2's GlobalReplace finds at most an
  // empty match where that one ended, which it skips. The replacement is read as the JS side
  // reads it (libphonenumber's "$n" turned into RE2's "\n", then RE2's Rewrite). 1 or 0 is
  // Replace's answer; -1 leaves the call to the JS side (a later match, a replacement with an
  // escape RE2 refuses or a group past the sixth, or a pattern that gave up).
  int ReplaceHere(string* text, bool global, const string& replacement) const {
    const int length = static_cast<int>(text->size());
    const int wanted = std::min(groups_, kMaxStrings);
    int spans[2 * kMaxStrings], start;
    const int end = small_.Run(kAnywhere, text->data(), length, wanted, spans, &start);
    if (end == -1) return 0;
    if (end == SmallPattern::kGaveUp || (global && end != length)) return -1;
    // One pass for both steps: with a "$" in the replacement, "$$", "$\", "\$" and "\\" are
    // a literal "$" and any other "$" or "\" starts a group number; without, only "\" escapes,
    // and "\\" is a literal "\".
    const bool dollar = replacement.find('$') != string::npos;
    string out(*text, 0, start);
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
      } else if (next == '0') {
        out.append(*text, start, end - start);
      } else if (next > '0' && next - '0' <= wanted) {
        const int from = spans[2 * (next - '1')];
        if (from >= 0) out.append(*text, from, spans[2 * (next - '1') + 1] - from);
      } else {
        return -1;
      }
    }
    out.append(*text, end, string::npos);
    text->swap(out);
    return 1;
  }

  int groups_ = 0;
  const int id_;
  const SmallPattern small_;
  bool here_;  // small_ answers (the pattern is in its syntax)
};

}  // namespace

RegExpInput* JsRegExpFactory::CreateInput(const string& utf8_input) const {
  return new JsRegExpInput(utf8_input);
}

RegExp* JsRegExpFactory::CreateRegExp(const string& utf8_regexp) const {
  return new JsRegExp(utf8_regexp);
}

struct JsRegExpSet::Own {
  const SmallPattern* patterns[kMaxPatterns];  // null for one outside SmallPattern's syntax
  int count;
};

JsRegExpSet::JsRegExpSet(const string* const* utf8_patterns, int count)
    : id_(-1), own_(nullptr) {
  if (count > kMaxPatterns) return;
  own_ = new Own;
  own_->count = count;
  for (int i = 0; i < count; ++i) {
    const SmallPattern* pattern = new SmallPattern(*utf8_patterns[i]);
    if (!pattern->ok()) {
      delete pattern;
      pattern = nullptr;
    }
    own_->patterns[i] = pattern;
  }
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
  if (own_ == nullptr) return;
  for (int i = 0; i < own_->count; ++i) delete own_->patterns[i];
  delete own_;
}

int JsRegExpSet::FullMatch(int i, const string& text) const {
  const SmallPattern* pattern = own_ != nullptr && i < own_->count ? own_->patterns[i] : nullptr;
  if (pattern == nullptr) return -1;
  int start;
  const int end = pattern->Run(kWhole, text.data(), static_cast<int>(text.size()), 0, nullptr, &start);
  return end == SmallPattern::kGaveUp ? -1 : end >= 0 ? 1 : 0;
}

uint32 JsRegExpSet::FullMatches(const string& text) const {
  if (id_ < 0) return 0;
  return lpn_js_regexp_set_match(id_, text.data(), static_cast<int>(text.size()));
}

}  // namespace phonenumbers
}  // namespace i18n
