// Email format check. Two implementations of one policy (docs/policy/email-format.md):
// a single-pass scanner that names the first error (here), and an RE2 pattern that only accepts
// or rejects (pattern.cc, apart so that the browser module, which never calls it, links no
// RE2). email_pattern_test.cc holds them to each other on a generated corpus, so a change to one
// without the other fails the build's tests.
#include "contactcheck/email/check.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "contactcheck/email/domain_list.h"
#include "contactcheck/email/normalize.h"
#include "contactcheck/email/suggest.h"
#include "email/check_internal.h"
#include "email/domains_internal.h"
#include "email/normalize_internal.h"
#include "text.h"

namespace contactcheck::email {
namespace {

using detail::kMaxAddress;
using detail::kMaxLocal;
constexpr std::size_t kMaxLabel = 63;     // RFC 1035 2.3.4

bool is_alpha(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// RFC 5322 atext.
bool is_atext(char c) {
  if (is_alpha(c) || is_digit(c)) return true;
  switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+': case '-':
    case '/': case '=': case '?': case '^': case '_': case '`': case '{': case '|': case '}':
    case '~':
      return true;
    default:
      return false;
  }
}

// Printable ASCII and space: what RFC 5321 allows inside a quoted local part, escaped or not.
bool is_quotable(char c) { return c >= 0x20 && c <= 0x7E; }

// What diagnose()'s single pass looks for in a byte: ASCII white space, '@', or a byte of a
// multi-byte sequence (all >= 0x80).
enum class ByteClass : unsigned char { plain, high, space, at };
constexpr std::array<ByteClass, 256> kByteClass = [] {
  std::array<ByteClass, 256> t{};
  for (int c = 0x80; c < 0x100; ++c) t[c] = ByteClass::high;
  for (char c : {' ', '\t', '\n', '\r', '\v', '\f'}) t[static_cast<unsigned char>(c)] = ByteClass::space;
  t['@'] = ByteClass::at;
  return t;
}();

// Whether any of the 8 bytes of w may be other than ByteClass::plain: a byte >= 0x80, below
// 0x0E (tab to carriage return, and some plain controls), a space or an '@'. Eight bytes are
// ruled out with a few word operations where the table costs a load and a branch each; the
// bytes of a word that may hold one are classified one by one.
constexpr std::uint64_t kOnes = 0x0101010101010101ull;
constexpr std::uint64_t kHighs = 0x8080808080808080ull;
constexpr bool may_hold_special(std::uint64_t w) {
  auto has_zero = [](std::uint64_t v) { return (v - kOnes) & ~v & kHighs; };
  const std::uint64_t below_0e = (w - kOnes * 0x0E) & ~w & kHighs;
  return ((w & kHighs) | below_0e | has_zero(w ^ (kOnes * ' ')) | has_zero(w ^ (kOnes * '@'))) != 0;
}

// What text::fold_ime_input folds. Lead bytes EF and E3 never occur as continuation bytes, so
// these byte patterns can only be the code points themselves, whatever invalid UTF-8 surrounds
// them: no decoder needed. U+3000 is E3 80 80, U+3002 '。' E3 80 82, U+FF01–U+FF3F EF BC 81–BF,
// U+FF40–U+FF5E EF BD 80–9E, U+FF61 '｡' EF BD A1.
std::size_t fullwidth_length_at(std::string_view s, std::size_t i) {
  if (s.size() - i < 3) return 0;
  const auto b0 = static_cast<unsigned char>(s[i]);
  const auto b1 = static_cast<unsigned char>(s[i + 1]);
  const auto b2 = static_cast<unsigned char>(s[i + 2]);
  if (b0 == 0xE3 && b1 == 0x80 && (b2 == 0x80 || b2 == 0x82)) return 3;
  if (b0 == 0xEF && b1 == 0xBC && b2 >= 0x81 && b2 <= 0xBF) return 3;
  if (b0 == 0xEF && b1 == 0xBD && ((b2 >= 0x80 && b2 <= 0x9E) || b2 == 0xA1)) return 3;
  return 0;
}

// A local part is quoted only when the whole value starts with '"'; the quoted string ends at the
// first unescaped '"'. An unterminated quote quotes nothing, so the stray '"' is reported as a
// local-part character instead of hiding the rest of the address. Returns the end (exclusive) of
// the quoted string, 0 when there is none.
std::size_t quoted_prefix_end(std::string_view s) {
  if (s.empty() || s.front() != '"') return 0;
  for (std::size_t i = 1; i < s.size(); ++i) {
    if (s[i] == '\\') ++i;
    else if (s[i] == '"') return i + 1;
  }
  return 0;
}

Error check_quoted_local(std::string_view local) {
  if (local.size() == 2) return Error::local_empty;  // "" names no mailbox
  for (std::size_t i = 1; i + 1 < local.size(); ++i) {
    if (local[i] == '\\') ++i;
    if (!is_quotable(local[i])) return Error::local_invalid_char;
  }
  return Error::none;
}

Error check_unquoted_local(std::string_view local) {
  for (char c : local) {
    if (!is_atext(c) && c != '.') return Error::local_invalid_char;
  }
  return Error::none;
}

bool starts_with_xn(std::string_view label) {
  return label.size() >= 4 && text::equals_ignore_case(label.substr(0, 4), "xn--");
}

Error check_domain(std::string_view domain) {
  if (domain.empty()) return Error::domain_empty;
  // An address literal ([192.0.2.1], [IPv6:...]) is its own kind of invalid, dot or not.
  if (domain.front() == '[') return Error::domain_invalid;
  if (domain.find('.') == std::string_view::npos) return Error::domain_no_dot;
  bool all_numeric = true;
  std::string_view last;
  std::size_t start = 0;
  for (;;) {
    const std::size_t dot = domain.find('.', start);
    const std::string_view label =
        domain.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    if (label.empty() || label.size() > kMaxLabel || label.front() == '-' || label.back() == '-') {
      return Error::domain_invalid;
    }
    for (char c : label) {
      if (!is_alpha(c) && !is_digit(c) && c != '-') return Error::domain_invalid;
      if (!is_digit(c)) all_numeric = false;
    }
    last = label;
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  // 192.0.2.1 written without brackets: an IP address, not a host name.
  if (all_numeric) return Error::domain_invalid;
  if (starts_with_xn(last)) return Error::none;  // label rules already ensure "xn--" + something
  if (last.size() < 2) return Error::tld_invalid;
  for (char c : last) {
    if (!is_alpha(c)) return Error::tld_invalid;
  }
  return Error::none;
}

struct Diagnosis {
  Error error = Error::none;
  std::string_view local;
  std::string_view domain;
  bool quoted = false;
};

// The scanner. Every step is one pass over at most the value; nothing revisits input, so the
// whole check is linear.
Diagnosis diagnose(std::string_view value) {
  Diagnosis d;
  if (value.empty()) return d.error = Error::empty, d;

  if (value.size() > kMaxAddress) return d.error = Error::too_long, d;
  // One pass gathers what the checks below need, then they are decided in the policy's order
  // (full-width, non-ASCII, space, then the '@'), so the first error named is the same as a
  // check-by-check scan would name; this used to be five passes and was a quarter of check().
  const std::size_t qend = quoted_prefix_end(value);
  bool fullwidth = false, non_ascii = false, space = false, multiple_at = false;
  std::size_t at = std::string_view::npos, last_at = std::string_view::npos;
  auto classify = [&](std::size_t i) {
    const auto c = static_cast<unsigned char>(value[i]);
    switch (kByteClass[c]) {
      case ByteClass::plain:
        break;
      case ByteClass::high:
        non_ascii = true;
        if ((c == 0xE3 || c == 0xEF) && fullwidth_length_at(value, i)) fullwidth = true;
        break;
      case ByteClass::space:
        // A plain space is part of a quoted local part ("john doe"@...); nothing else is.
        if (!(c == ' ' && i < qend)) space = true;
        break;
      case ByteClass::at:
        last_at = i;
        if (i < qend) break;
        if (at != std::string_view::npos) multiple_at = true;
        else at = i;
        break;
    }
  };
  std::size_t i = 0;
  for (; value.size() - i >= 8; i += 8) {
    std::uint64_t w;
    std::memcpy(&w, value.data() + i, 8);
    if (may_hold_special(w)) {
      for (std::size_t k = i; k < i + 8; ++k) classify(k);
    }
  }
  for (; i < value.size(); ++i) classify(i);
  // The address's own '@' is the last one (a domain holds none), so this is the local part for
  // any input that can still be ok; for the others it is only a length bound.
  if (last_at != std::string_view::npos && last_at > kMaxLocal) return d.error = Error::too_long, d;
  if (fullwidth) return d.error = Error::fullwidth, d;
  if (non_ascii) return d.error = Error::non_ascii, d;
  if (space) return d.error = Error::space, d;
  if (multiple_at) return d.error = Error::multiple_at, d;
  if (at == std::string_view::npos) return d.error = Error::no_at, d;

  d.local = value.substr(0, at);
  d.domain = value.substr(at + 1);
  if (d.local.empty()) return d.error = Error::local_empty, d;
  d.quoted = qend != 0 && qend == at;
  d.error = d.quoted ? check_quoted_local(d.local) : check_unquoted_local(d.local);
  if (d.error != Error::none) return d;
  d.error = check_domain(d.domain);
  return d;
}

// An address copied with its wrapping, unwrapped: a mail client's "Name <addr>" or "<addr>", a
// link's "mailto:addr?subject=...". The view is into `v`, unchanged when there is nothing to undo.
std::string_view unwrap(std::string_view v) {
  v = text::trim(v);
  if (v.size() >= 2 && v.back() == '>') {
    // A name holds no '@': "<a@x> <b@y>" is two addresses, and neither is guessed.
    const std::size_t open = v.rfind('<');
    if (open != std::string_view::npos && v.substr(0, open).find('@') == std::string_view::npos)
      v = text::trim(v.substr(open + 1, v.size() - open - 2));
  }
  constexpr std::string_view kMailto = "mailto:";
  if (v.size() > kMailto.size() && text::equals_ignore_case(v.substr(0, kMailto.size()), kMailto)) {
    v = v.substr(kMailto.size());
    v = v.substr(0, v.find('?'));
  }
  return v;
}

bool breaks_dot_atom(std::string_view local) {
  return local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos;
}

// The checks without suggestion: also used to re-check the full-width fold.
CheckResult check_format(std::string_view input, const CheckOptions& options, Diagnosis* out) {
  CheckResult r;
  const std::string_view value = text::trim(input);
  r.value = std::string(value);
  const Diagnosis d = diagnose(value);
  r.error = d.error;
  if (out) *out = d;
  if (!r.ok()) return r;
  const unsigned facts = builtin_domain_facts(d.domain);
  if (facts & kCarrierDomain) r.warnings.push_back(Warning::carrier_mail);
  if (!d.quoted && breaks_dot_atom(d.local)) r.warnings.push_back(Warning::rfc_nonconforming);
  // A relay is a real person behind a forwarding address, whatever a caller's list says.
  const bool relay = facts & kRelayDomain;
  if (!relay && options.disposable && options.disposable->matches(d.domain)) r.warnings.push_back(Warning::disposable);
  if (relay) r.warnings.push_back(Warning::relay);
  return r;
}

}  // namespace

std::string_view code(Error e) {
  static constexpr std::array<std::string_view, 14> kCodes = {
      "",          "empty",       "too_long",    "fullwidth",          "non_ascii",
      "space",     "no_at",       "multiple_at", "local_empty",        "local_invalid_char",
      "domain_empty", "domain_no_dot", "domain_invalid", "tld_invalid",
  };
  const auto i = static_cast<std::size_t>(e);
  return i < kCodes.size() ? kCodes[i] : std::string_view();
}

std::string_view code(Warning w) {
  static constexpr std::array<std::string_view, 4> kCodes = {"carrier_mail", "rfc_nonconforming",
                                                             "disposable", "relay"};
  const auto i = static_cast<std::size_t>(w);
  return i < kCodes.size() ? kCodes[i] : std::string_view();
}

namespace detail {
CheckResult check_format(std::string_view input) { return email::check_format(input, {}, nullptr); }
}  // namespace detail

CheckResult check(std::string_view input, const CheckOptions& options) {
  Diagnosis d;
  CheckResult r = check_format(input, options, &d);

  // Nothing to correct in an empty or overlong value, and the suggester need not see megabytes.
  if (r.error != Error::empty && r.error != Error::too_long) {
    // The slips come together (taro＠gmial.com, 山田 <taro@gmial.com>): the suggester corrects the
    // address that the IME fold and the unwrapping leave, and a suggestion is always an address
    // that passes, so a form can put it in the field as it is.
    std::string folded;
    std::string_view meant = r.value;  // an address that passes has nothing to undo
    if (!r.ok()) {
      if (r.error == Error::fullwidth) meant = folded = text::fold_ime_input(r.value);
      meant = unwrap(meant);
    }
    auto passes = [&](std::string_view s) { return s != r.value && diagnose(text::trim(s)).error == Error::none; };
    const Suggester& suggester = options.suggester ? *options.suggester : default_suggester();
    std::optional<std::string> fixed = suggester.suggest(meant);
    if (fixed && passes(*fixed)) r.suggestion = std::move(fixed);
    else if (passes(meant)) r.suggestion = std::string(meant);
  }

  if (r.ok()) {
    // Not normalize(): that runs check() first, which would come back here.
    r.normalized = detail::dedup_key_checked(r.value);
  }
  return r;
}

}  // namespace contactcheck::email
