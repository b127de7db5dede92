// Typo suggestions for the domain of an address.
//
// Algorithm, and why
// ------------------
// Mailcheck.js compares the typed domain, its "second-level" part and its TLD with short lists by
// string distance alone. That is how it turns docomo.ne.jp into docomo.net and proton.me into
// proton.de: distance knows nothing about which domains are real. A wrong "did you mean" on a
// correct address is accepted by people and loses the sign-up, so here distance only ever
// proposes, and knowledge of real domains decides.
//
// 1. Known domains answer with one hash lookup: a listed mailbox domain, a caller's domain, a
//    listed real non-mailbox domain (weight 0), or a sub-domain of any of them
//    (ab.ocn.ne.jp, biz.ezweb.ne.jp) → no suggestion.
// 2. The typed domain is parsed against the public suffixes (co.jp, ne.jp, com.au, ...) and the
//    IANA TLDs. A well-formed domain whose TLD is real is "plausible": it may well be somebody's
//    real domain (acme.co.jp, startup.io, u-tokyo.ac.jp). For a plausible domain only ONE small
//    edit towards a popular mailbox domain is suggested, and shorter names need cheaper edits,
//    because every 3-letter name is somebody's domain (aon.com is not a typo of aol.com, gmc.com
//    not of gmx.com) while a 6-letter one a single edit from "docomo" is almost surely a typo.
//    Edits inside the suffix of a plausible domain (gmail.co, yahoo.cm) count only towards
//    .com/.net/.org or very popular targets, since brand.<other ccTLD> is often real.
//    An implausible domain (unknown TLD, stray dots, commas) is a mistake anyway, so up to two
//    edits are tried: first the TLD is repaired (.con→.com, co.pj→co.jp, cojp→co.jp), then one
//    more edit; if no mailbox domain is near, the TLD repair alone is the suggestion.
// 3. Candidates within one edit come from a symmetric-deletion index (each target and each
//    one-character deletion of it), so a query costs |domain|+1 hash lookups instead of a
//    distance computation against every list entry; the exact edit (swap, omission, insertion,
//    substitution) is then classified by a direct scan. The index is keyed by a polynomial hash
//    of the string, not the string: the |domain|+1 deletion variants of a query are hashed in
//    O(|domain|) together from prefix and suffix hashes (string keys cost O(|domain|²) bytes of
//    hashing and were the largest part of checkEmail's time). A hash collision can only add a
//    candidate, and one_edit() verifies every candidate, so the answers are those of string keys.
// 4. Structural mistakes that are not character typos are matched through the domain's own
//    name (the label before its public suffix): a dropped second-level part (docomo.jp →
//    docomo.ne.jp), a dropped TLD (docomo.ne → docomo.ne.jp), and the wrong suffix for a
//    provider that has only one (gmail.co.jp, gmail.net → gmail.com). Providers with many
//    country domains are never moved between ccTLDs: yahoo.ne.jp is Y!mobile mail, hotmail.se
//    is Hotmail.
// 5. Scoring: edit cost (swaps, doubled letters and QWERTY-neighbour slips are cheaper, being
//    the commonest slips) plus a popularity penalty 0.2·ln(100/weight), so gmail.com beats
//    ymail.com for "gmaill.com" by popularity but a clear edit difference still wins. If the
//    runner-up is within kTieMargin of the best, nothing is suggested.
//
// The built-in tables are parsed once (function-local static) and shared; a Suggester with
// extra domains holds only a small overlay for them, so building one per call is cheap.
#include "contactcheck/email/suggest.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "email/domains_internal.h"
#include "embedded_data.h"
#include "string_table.h"

namespace contactcheck::email {
namespace {

// Sorts [first, last) by `less`, keeping equal elements in their order. An insertion sort: the
// ranges are short (up to 16 TLD repairs per query; the suffix list, once), and the two
// std::sort instantiations were 10.9 kB of WebAssembly, 5 % of the browser module's code.
template <typename It, typename Less>
void insertion_sort(It first, It last, Less less) {
  for (It i = first; i != last; ++i) {
    for (It j = i; j != first && less(*j, *(j - 1)); --j) std::swap(*j, *(j - 1));
  }
}

constexpr std::size_t kMaxDomain = 253;
constexpr std::size_t kMaxLabel = 63;
constexpr float kTieMargin = 0.15f;
constexpr int kExtraWeight = 50;  // a caller's own domains matter to them: treat as popular

// ---- text helpers --------------------------------------------------------------------------

constexpr bool is_ldh(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

std::string_view trim_ascii_space(std::string_view s) {
  auto sp = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && sp(s.front())) s.remove_prefix(1);
  while (!s.empty() && sp(s.back())) s.remove_suffix(1);
  return s;
}

// Calls f(line) for each non-comment, non-empty line with its first two fields etc. split by
// the caller.
template <typename F>
void for_each_line(std::string_view text, F&& f) {
  while (!text.empty()) {
    std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    line = trim_ascii_space(line);
    if (line.empty() || line.front() == '#') continue;
    f(line);
  }
}

std::string_view first_field(std::string_view& line) {
  std::size_t sp = line.find_first_of(" \t");
  std::string_view field = line.substr(0, sp);
  line = sp == std::string_view::npos ? std::string_view() : trim_ascii_space(line.substr(sp));
  return field;
}

// ---- keyboard -------------------------------------------------------------------------------

// QWERTY neighbours: a slip onto an adjacent key is the commonest substitution, so it costs less.
struct Keyboard {
  std::array<std::array<bool, 128>, 128> adj{};
  Keyboard() {
    static constexpr const char* rows[] = {"1234567890-", "qwertyuiop", "asdfghjkl", "zxcvbnm"};
    // Row r is shifted right of row r-1 by about half a key, so a key touches columns c and c-1
    // of the row below... expressed here as (r, c) ~ (r+1, c-1), (r+1, c).
    auto link = [&](char a, char b) { adj[a][b] = adj[b][a] = true; };
    for (int r = 0; r < 4; ++r) {
      const std::string_view row = rows[r];
      for (std::size_t c = 0; c < row.size(); ++c) {
        if (c + 1 < row.size()) link(row[c], row[c + 1]);
        if (r + 1 < 4) {
          const std::string_view below = rows[r + 1];
          if (c < below.size()) link(row[c], below[c]);
          if (c >= 1 && c - 1 < below.size()) link(row[c], below[c - 1]);
        }
      }
    }
  }
  bool near(char a, char b) const {
    const auto ua = static_cast<unsigned char>(a), ub = static_cast<unsigned char>(b);
    return ua < 128 && ub < 128 && adj[ua][ub];
  }
};
const Keyboard& keyboard() {
  static const Keyboard k;
  return k;
}

// ---- one edit -------------------------------------------------------------------------------

enum class Op { swap, omit, insert, substitute };
struct Edit {
  Op op;
  std::size_t pos;  // index in the target where the edit happens
  float cost;
  bool cheap;  // a swap or a doubled/undoubled letter: slips that rarely make another real name
};

// The single edit that turns target d into typed t, if there is exactly one (optimal string
// alignment distance 1). Linear scan, no allocation.
bool one_edit(std::string_view t, std::string_view d, Edit* out) {
  const std::size_t n = t.size(), m = d.size();
  std::size_t i = 0;
  const std::size_t lim = std::min(n, m);
  while (i < lim && t[i] == d[i]) ++i;
  const Keyboard& kb = keyboard();
  if (n == m) {
    if (i == n) return false;  // equal
    if (t.substr(i + 1) == d.substr(i + 1)) {
      const bool near = kb.near(t[i], d[i]);
      *out = {Op::substitute, i, near ? 0.8f : 1.0f, false};
      return true;
    }
    if (i + 1 < n && t[i] == d[i + 1] && t[i + 1] == d[i] && t.substr(i + 2) == d.substr(i + 2)) {
      *out = {Op::swap, i, 0.8f, true};
      return true;
    }
    return false;
  }
  if (n == m + 1) {  // typed one character too many, at t[i]
    if (t.substr(i + 1) != d.substr(i)) return false;
    const char c = t[i];
    const bool doubled = (i > 0 && t[i - 1] == c) || (i + 1 < n && t[i + 1] == c);
    const bool near = (i > 0 && kb.near(t[i - 1], c)) || (i + 1 < n && kb.near(t[i + 1], c));
    *out = {Op::insert, i, doubled ? 0.7f : near ? 0.9f : 1.0f, doubled};
    return true;
  }
  if (n + 1 == m) {  // left out d[i]
    if (t.substr(i) != d.substr(i + 1)) return false;
    const char c = d[i];
    const bool doubled = (i > 0 && d[i - 1] == c) || (i + 1 < m && d[i + 1] == c);
    // A left-out hyphen (sonet for so-net) is as common a slip as an undoubled letter.
    const bool cheap = doubled || c == '-';
    *out = {Op::omit, i, cheap ? (doubled ? 0.8f : 0.7f) : 1.0f, cheap};
    return true;
  }
  return false;
}

// ---- domain shape ---------------------------------------------------------------------------

struct SuffixSets {
  StringIndex tlds;
  StringIndex two_label;             // co.jp, ne.jp, com.au, ...
  std::vector<char> two_label_text;  // the text two_label's keys view
};

// data::public_suffixes is embedded grouped by last label, "jp ac co ne or ..." a line
// (tools/embed_data.mjs): f(first label, last label) for each suffix.
template <typename F>
void for_each_two_label_suffix(F&& f) {
  for_each_line(data::public_suffixes, [&](std::string_view l) {
    const std::string_view last = first_field(l);
    while (!l.empty()) f(first_field(l), last);
  });
}

const SuffixSets& suffix_sets() {
  static const SuffixSets s = [] {
    SuffixSets r;
    for_each_line(data::tlds, [&](std::string_view l) { r.tlds.insert(first_field(l)); });
    std::size_t bytes = 0;
    for_each_two_label_suffix([&](std::string_view first, std::string_view last) { bytes += first.size() + 1 + last.size(); });
    // Sized once: the keys point into it (and moving the vector out below keeps its buffer).
    r.two_label_text.resize(bytes);
    char* at = r.two_label_text.data();
    for_each_two_label_suffix([&](std::string_view first, std::string_view last) {
      char* const key = at;
      at = std::copy(first.begin(), first.end(), at);
      *at++ = '.';
      at = std::copy(last.begin(), last.end(), at);
      r.two_label.insert(std::string_view(key, static_cast<std::size_t>(at - key)));
    });
    return r;
  }();
  return s;
}

struct Shape {
  bool tld_ok = false;       // the last label is a real TLD
  bool well_formed = false;  // LDH labels, none empty, none starting/ending with '-', ≤ 63
  std::size_t suffix = 0;    // start of the public suffix (== size when tld not ok)
  std::size_t name = 0;      // start of the label before the suffix (the domain's own name)
  bool has_name = false;
  std::size_t dots = 0;
};

// d: lower-case LDH text without leading/trailing/double dots.
Shape shape_of(std::string_view d) {
  Shape s;
  s.well_formed = true;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= d.size(); ++i) {
    if (i == d.size() || d[i] == '.') {
      const std::size_t len = i - start;
      if (len == 0 || len > kMaxLabel || d[start] == '-' || d[i - 1] == '-') s.well_formed = false;
      if (i < d.size()) ++s.dots;
      start = i + 1;
    }
  }
  const SuffixSets& ss = suffix_sets();
  const std::size_t last_dot = d.rfind('.');
  const std::size_t tld_start = last_dot == std::string_view::npos ? 0 : last_dot + 1;
  s.tld_ok = ss.tlds.contains(d.substr(tld_start));
  if (!s.tld_ok) {
    s.suffix = s.name = d.size();
    return s;
  }
  s.suffix = tld_start;
  if (last_dot != std::string_view::npos && last_dot > 0) {
    const std::size_t prev_dot = d.rfind('.', last_dot - 1);
    const std::size_t two_start = prev_dot == std::string_view::npos ? 0 : prev_dot + 1;
    if (ss.two_label.contains(d.substr(two_start))) s.suffix = two_start;
  }
  if (s.suffix >= 2) {
    s.has_name = true;
    const std::size_t dot = d.rfind('.', s.suffix - 2);
    s.name = dot == std::string_view::npos ? 0 : dot + 1;
  } else {
    s.name = s.suffix;
  }
  return s;
}

// ---- the lists ------------------------------------------------------------------------------

struct Target {
  std::string_view domain;
  std::size_t name = 0;    // start of the own name label
  std::size_t suffix = 0;  // start of the public suffix
  int weight = 0;
  bool exclusive = false;
  float penalty = 0;  // popularity penalty, see scoring
  std::string_view label() const { return domain.substr(name, suffix - 1 - name); }
  std::string_view suffix_text() const { return domain.substr(suffix); }
  std::string_view prefix() const { return domain.substr(0, name); }  // sub-domain labels + '.'
};

float popularity_penalty(int weight) {
  return 0.2f * std::log(100.0f / static_cast<float>(std::max(1, std::min(100, weight))));
}

// Note 3's keys: h(s) = Σ (s[i] + 1)·B^(n-1-i) mod 2^64. for_each() calls f with h(d) and
// then with h of each one-character deletion of d, skipping a deletion that gives the same
// string as the one before (a doubled letter), in the order of the deleted position.
class DeletionHashes {
 public:
  explicit DeletionHashes(std::string_view d) : d_(d) {
    const std::size_t n = d.size();  // ≤ kMaxDomain (Tables::add, suggest_domain)
    // Per query, not a static table: clang folds such a table into 2 kB of module data, which
    // brotli cannot shrink, to save ~1 % of a check.
    pow_[0] = 1;
    for (std::size_t j = 1; j <= n; ++j) pow_[j] = pow_[j - 1] * kB;
    suffix_[n] = 0;
    for (std::size_t k = n; k-- > 0;) suffix_[k] = suffix_[k + 1] + code(d[k]) * pow_[n - 1 - k];
  }

  template <class F>
  void for_each(F&& f) const {
    const std::size_t n = d_.size();
    f(suffix_[0]);
    std::uint64_t prefix = 0;  // h(d[0, k))
    for (std::size_t k = 0; k < n; ++k) {
      if (k == 0 || d_[k] != d_[k - 1]) f(prefix * pow_[n - 1 - k] + suffix_[k + 1]);
      prefix = prefix * kB + code(d_[k]);
    }
  }

 private:
  static constexpr std::uint64_t kB = 0x100000001B3ull;  // odd, so no power of it is 0 mod 2^64
  static std::uint64_t code(char c) { return static_cast<unsigned char>(c) + 1u; }

  std::string_view d_;
  std::array<std::uint64_t, kMaxDomain + 1> pow_;
  std::array<std::uint64_t, kMaxDomain + 1> suffix_;
};

// Note 3's index: deletion-variant hash → the targets that have it, in target order. Open
// addressing over one flat array, because a query makes |domain|+1 lookups that mostly miss:
// std::unordered_map spent a division and a pointer chase on each, and that was the largest
// part of suggest() for an unknown domain.
class DeletionIndex {
 public:
  // pairs: (key, target index) with target indexes in ascending order; a pair may repeat.
  // Two passes over the pairs (count per key, then fill) keep each key's targets in that order
  // without sorting (a sort of pairs was 3 kB of WebAssembly).
  void build(const std::vector<std::pair<std::uint64_t, std::uint32_t>>& pairs) {
    constexpr std::uint32_t kNone = ~std::uint32_t{0};
    shift_ = 64;
    std::size_t capacity = 1;
    while (capacity < pairs.size() * 2 + 2) capacity <<= 1, --shift_;  // load factor <= 1/2
    slots_.assign(capacity, Slot{});
    std::vector<std::uint32_t> last(capacity, kNone);  // the last target counted in a slot
    auto slot_of = [&](std::uint64_t key) -> std::size_t {
      std::size_t at = home(key);
      while (slots_[at].count != 0 && slots_[at].key != key) at = (at + 1) & (slots_.size() - 1);
      return at;
    };
    for (const auto& [key, target] : pairs) {
      const std::size_t at = slot_of(key);
      if (last[at] == target) continue;
      last[at] = target;
      slots_[at].key = key;
      ++slots_[at].count;
    }
    std::uint32_t begin = 0;
    for (Slot& slot : slots_) {
      slot.begin = begin;
      begin += slot.count;
    }
    targets_.assign(begin, 0);
    std::vector<std::uint32_t> filled(capacity, 0);
    for (const auto& [key, target] : pairs) {
      const std::size_t at = slot_of(key);
      const Slot& slot = slots_[at];
      if (filled[at] > 0 && targets_[slot.begin + filled[at] - 1] == target) continue;
      targets_[slot.begin + filled[at]++] = target;
    }
  }

  // Calls f(target index) for each target listed under key.
  template <class F>
  void for_each(std::uint64_t key, F&& f) const {
    if (slots_.empty()) return;
    for (std::size_t at = home(key);; at = (at + 1) & (slots_.size() - 1)) {
      const Slot& slot = slots_[at];
      if (slot.count == 0) return;
      if (slot.key != key) continue;
      for (std::uint32_t k = 0; k < slot.count; ++k) f(targets_[slot.begin + k]);
      return;
    }
  }

 private:
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t begin = 0;
    std::uint32_t count = 0;  // 0: empty
  };
  // Fibonacci hashing: the top bits of key·φ, so keys that differ only in high bits spread too.
  std::size_t home(std::uint64_t key) const {
    return shift_ >= 64 ? 0 : static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> shift_);
  }

  std::vector<Slot> slots_;
  std::vector<std::uint32_t> targets_;
  int shift_ = 64;
};

// One list of known domains with its indexes: the built-in one, or a Suggester's extras.
struct Tables {
  std::deque<std::string> storage;  // owns extras' text (deque: stable addresses)
  StringTable<int> known;  // domain → weight (0 = known, not a target)
  std::vector<Target> targets;
  DeletionIndex del1;                                                         // see note 3
  StringTable<std::vector<std::uint32_t>> by_label;  // own name → targets
  // The targets' shortest and longest lengths: one edit changes a length by at most one, so a
  // domain outside [min_length - 1, max_length + 1] needs no search. Typed slips are near
  // these lengths; long junk (a pasted URL, 200 characters of a test) was the costliest input.
  std::size_t min_length = ~std::size_t{0};
  std::size_t max_length = 0;

  bool add(std::string_view domain, int weight, bool exclusive) {
    if (domain.empty() || domain.size() > kMaxDomain) return false;
    for (char c : domain)
      if (!is_ldh(c)) return false;
    const Shape s = shape_of(domain);
    if (!s.well_formed || !s.tld_ok || !s.has_name) return false;
    if (!known.insert(domain, weight)) return false;
    if (weight <= 0) return true;
    Target t;
    t.domain = domain;
    t.name = s.name;
    t.suffix = s.suffix;
    t.weight = weight;
    t.exclusive = exclusive;
    t.penalty = popularity_penalty(weight);
    targets.push_back(t);
    min_length = std::min(min_length, domain.size());
    max_length = std::max(max_length, domain.size());
    return true;
  }

  void index() {
    std::vector<std::pair<std::uint64_t, std::uint32_t>> pairs;
    pairs.reserve(targets.size() * 14);
    for (std::uint32_t i = 0; i < targets.size(); ++i) {
      const Target& t = targets[i];
      by_label[t.label()].push_back(i);
      // Each key at most once per target (build() drops repeats): the same index list as
      // string keys would give, in target order.
      DeletionHashes(t.domain).for_each([&](std::uint64_t key) { pairs.emplace_back(key, i); });
    }
    del1.build(pairs);
  }
};

const Tables& builtin() {
  static const Tables t = [] {
    Tables r;
    for_each_line(data::mailbox_domains, [&](std::string_view line) {
      const std::string_view domain = first_field(line);
      const std::string_view w = first_field(line);
      int weight = 0;
      for (char c : w)
        if (c >= '0' && c <= '9') weight = std::min(1000, weight * 10 + (c - '0'));
      r.add(domain, weight, first_field(line) == "exclusive");
    });
    r.index();
    return r;
  }();
  return t;
}

// Suffixes people mean when they mistype a TLD, weighted by how often mailbox domains use them
// (derived from the targets, so .com dominates and .co.jp/.ne.jp rank above .fi).
struct SuffixWeights {
  struct Item {
    std::string_view suffix;
    float penalty;
    std::size_t dot;  // of a two-label suffix (co.jp); npos for one label
  };
  std::vector<Item> items;  // by suffix
  SuffixWeights() {
    std::unordered_map<std::string_view, int> sum;
    for (const Target& t : builtin().targets) sum[t.suffix_text()] += t.weight;
    // Suffixes common in addresses but rare among mailbox providers (company, school and
    // government mail) get a floor, so "acme.ogr" is read as .org rather than .gr.
    static constexpr std::pair<std::string_view, int> kFloor[] = {
        {"org", 150}, {"net", 150}, {"co.jp", 150}, {"jp", 100}, {"edu", 50}, {"ac.jp", 50},
        {"or.jp", 30}, {"info", 20}, {"io", 20}, {"ac.uk", 20}, {"co", 10}, {"me", 10}, {"go.jp", 10}};
    for (const auto& [sfx, floor] : kFloor) sum[sfx] = std::max(sum[sfx], floor);
    int top = 1;
    for (auto& kv : sum) top = std::max(top, kv.second);
    for (auto& kv : sum)
      items.push_back({kv.first, 0.2f * std::log(static_cast<float>(top) / static_cast<float>(std::max(1, kv.second))),
                       kv.first.find('.')});
    insertion_sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.suffix < b.suffix; });
  }
};
const SuffixWeights& suffix_weights() {
  static const SuffixWeights s;
  return s;
}

// ---- candidates -----------------------------------------------------------------------------

struct Pool {
  struct Cand {
    std::string domain;
    float score;
  };
  std::vector<Cand> items;
  void add(std::string_view domain, float score) {
    for (Cand& c : items) {
      if (c.domain == domain) {
        c.score = std::min(c.score, score);
        return;
      }
    }
    items.push_back({std::string(domain), score});
  }
  std::optional<std::string> pick() const {
    if (items.empty()) return std::nullopt;
    std::size_t best = 0;
    for (std::size_t i = 1; i < items.size(); ++i)
      if (items[i].score < items[best].score) best = i;
    for (std::size_t i = 0; i < items.size(); ++i)
      if (i != best && items[i].score - items[best].score < kTieMargin) return std::nullopt;
    return items[best].domain;
  }
};

class Search {
 public:
  Search(const Tables& base, const Tables* extra) : base_(base), extra_(extra) {}

  int known_weight(std::string_view d) const {
    if (const int* w = base_.known.find(d)) return *w;
    if (extra_) {
      if (const int* w = extra_->known.find(d)) return *w;
    }
    return -1;
  }

  // A domain this library itself says is real (checkEmail's carrier_mail and relay warnings),
  // or a sub-domain of one, is known as well: y-mobile.ne.jp is one edit from ymobile.ne.jp and
  // both are Y!mobile's. Asked of those lists (domains.cc) only where an answer would be given,
  // so a check that suggests nothing pays nothing; copying the lists into these tables instead
  // cost 0.9 kB of the .wasm.
  static bool is_listed(std::string_view d) { return builtin_domain_facts(d) & (kCarrierDomain | kRelayDomain); }

  // Known itself or a sub-domain of a known domain.
  bool is_known(std::string_view d) const {
    // The parents are the suffixes after each dot but the last (a bare TLD is not "known").
    // Scanned by hand: two find('.') calls per parent were most of the memchr calls of a check.
    std::size_t dots = 0;
    for (char c : d) dots += c == '.';
    for (std::size_t i = 0;;) {
      if (known_weight(d.substr(i)) >= 0) return true;
      if (dots < 2) return false;
      while (d[i] != '.') ++i;
      ++i;
      --dots;
    }
  }

  // Adds candidates for domain d (normalized) to pool with base cost `extra_cost`.
  // strict: d is plausible, so only the guarded single edits of note 2 apply.
  void candidates(std::string_view d, const Shape& s, bool strict, float extra_cost, Pool& pool) const {
    one_edit_candidates(base_, d, strict, extra_cost, pool);
    if (extra_) one_edit_candidates(*extra_, d, strict, extra_cost, pool);
    if (s.tld_ok && s.has_name) {
      structural(base_, d, s, extra_cost, pool);
      if (extra_) structural(*extra_, d, s, extra_cost, pool);
    }
    if (s.dots == 0) {  // just a provider's name: "gmail", "docomo"
      bare_name(base_, d, extra_cost, pool);
      if (extra_) bare_name(*extra_, d, extra_cost, pool);
    }
  }

 private:
  static void one_edit_candidates(const Tables& tb, std::string_view d, bool strict, float extra_cost,
                                  Pool& pool) {
    std::array<std::uint32_t, 32> seen;
    std::size_t nseen = 0;
    auto visit = [&](std::uint64_t key) {
      tb.del1.for_each(key, [&](std::uint32_t idx) {
        if (std::find(seen.begin(), seen.begin() + nseen, idx) != seen.begin() + nseen) return;
        if (nseen < seen.size()) seen[nseen++] = idx;
        const Target& t = tb.targets[idx];
        Edit e;
        if (!one_edit(d, t.domain, &e)) return;
        if (strict && !allowed_plausible(t, e)) return;
        pool.add(t.domain, extra_cost + e.cost + t.penalty);
      });
    };
    if (d.size() > kMaxDomain) return;  // DeletionHashes' bound; suggest_domain caps d already
    if (d.size() > tb.max_length + 1 || d.size() + 1 < tb.min_length) return;  // see Tables
    DeletionHashes(d).for_each(visit);
  }

  // Note 2: the guards for a domain that may be real.
  static bool allowed_plausible(const Target& t, const Edit& e) {
    const std::size_t label_len = t.suffix - 1 - t.name;
    std::size_t pos = e.pos;
    // A letter typed before a dot belongs to the label it ends (aoll.com), not to the suffix.
    if (e.op == Op::insert && pos > 0 && t.domain[pos] == '.') --pos;
    if (pos + 1 >= t.suffix) {
      // Inside the suffix (or its dot): brand.<other TLD> is often real, except for a slip off
      // the generic TLDs, or towards a very popular target.
      const std::string_view sfx = t.suffix_text();
      const bool generic = sfx == "com" || sfx == "net" || sfx == "org";
      return label_len >= 4 && (generic || t.weight >= 25 || t.exclusive);
    }
    // Inside the name: find the label the edit is in.
    std::size_t ls = t.domain.rfind('.', pos == 0 ? 0 : pos - 1);
    ls = (ls == std::string_view::npos || pos == 0) ? 0 : ls + 1;
    std::size_t le = t.domain.find('.', pos);
    if (le == std::string_view::npos) le = t.domain.size();
    const std::size_t len = le - ls;
    if (t.weight < 3 && !e.cheap) return false;
    if (len >= 5) return true;
    if (len == 4) return e.cheap && t.weight >= 3;
    if (len == 3) return t.weight >= 10 && (e.op == Op::swap || (e.op == Op::insert && e.cheap));
    return false;
  }

  // Note 4.
  static void structural(const Tables& tb, std::string_view d, const Shape& s, float extra_cost, Pool& pool) {
    const std::string_view label = d.substr(s.name, s.suffix - 1 - s.name);
    const std::string_view prefix = d.substr(0, s.name);
    const std::string_view suffix = d.substr(s.suffix);
    const std::vector<std::uint32_t>* list = tb.by_label.find(label);
    if (!list) return;
    for (std::uint32_t idx : *list) {
      const Target& t = tb.targets[idx];
      if (t.prefix() != prefix) continue;
      const std::string_view ts = t.suffix_text();
      if (ts == suffix) continue;
      const std::size_t tdot = ts.find('.');
      float cost = -1;
      if (tdot != std::string_view::npos && ts.substr(tdot + 1) == suffix && t.weight >= 3) {
        cost = 1.0f;  // dropped second level: docomo.jp
      } else if (tdot != std::string_view::npos && ts.substr(0, tdot) == suffix && t.weight >= 3) {
        cost = 1.2f;  // dropped TLD: docomo.ne (a real TLD, Niger)
      } else if (t.exclusive) {
        cost = 1.5f;  // the only suffix this provider has: gmail.co.jp, gmail.net
      }
      if (cost >= 0) pool.add(t.domain, extra_cost + cost + t.penalty);
    }
  }

  static void bare_name(const Tables& tb, std::string_view d, float extra_cost, Pool& pool) {
    const std::vector<std::uint32_t>* list = tb.by_label.find(d);
    if (!list) return;
    for (std::uint32_t idx : *list) {
      const Target& t = tb.targets[idx];
      if (t.name == 0) pool.add(t.domain, extra_cost + 1.0f + t.penalty);
    }
  }

  const Tables& base_;
  const Tables* extra_;
};

// Repairs of an unknown TLD (note 2): the last label fixed by one edit towards a suffix people
// use (.con → .com, pj → jp, jpn → jp), or a missing dot restored (cojp → co.jp, couk → co.uk).
// Only the repairs close to the best are returned, since each one costs a search.
struct Repair {
  std::string_view suffix;
  float cost;
};
std::size_t tld_repairs(std::string_view last, std::array<Repair, 4>& out) {
  std::array<Repair, 16> all;
  std::size_t n = 0;
  for (const auto& [sfx, penalty, dot] : suffix_weights().items) {
    if (n == all.size()) break;
    if (dot != std::string_view::npos) {
      if (last.size() + 1 == sfx.size() && last.substr(0, dot) == sfx.substr(0, dot) &&
          last.substr(dot) == sfx.substr(dot + 1))
        all[n++] = {sfx, 0.9f + penalty};  // cojp → co.jp
      continue;
    }
    if (last.size() + 1 < sfx.size() || sfx.size() + 1 < last.size()) continue;
    Edit e;
    if (one_edit(last, sfx, &e)) all[n++] = {sfx, e.cost + penalty};
  }
  insertion_sort(all.begin(), all.begin() + n, [](const Repair& a, const Repair& b) { return a.cost < b.cost; });
  std::size_t k = 0;
  for (std::size_t i = 0; i < n && k < out.size(); ++i)
    if (all[i].cost <= all[0].cost + 0.6f) out[k++] = all[i];
  return k;
}

}  // namespace

struct Suggester::Impl {
  std::unique_ptr<Tables> extra;  // null when no extra domains
};

Suggester::Suggester() : impl_(new Impl) {}

Suggester::Suggester(const std::vector<std::string>& extra_domains) : impl_(new Impl) {
  auto tb = std::make_unique<Tables>();
  const Tables& base = builtin();
  for (const std::string& raw : extra_domains) {
    std::string d(trim_ascii_space(raw));
    for (char& c : d)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    while (!d.empty() && d.back() == '.') d.pop_back();
    if (d.empty() || d.size() > kMaxDomain || base.known.contains(d)) continue;
    if (tb->known.contains(d)) continue;
    tb->storage.push_back(std::move(d));
    if (!tb->add(tb->storage.back(), kExtraWeight, false)) tb->storage.pop_back();
  }
  if (!tb->targets.empty()) {
    tb->index();
    impl_->extra = std::move(tb);
  }
}

Suggester::~Suggester() = default;
Suggester::Suggester(Suggester&&) noexcept = default;
Suggester& Suggester::operator=(Suggester&&) noexcept = default;

std::optional<std::string> Suggester::suggest_domain(std::string_view domain) const {
  if (!impl_) return std::nullopt;  // moved-from
  domain = trim_ascii_space(domain);
  // Cap the work before touching the bytes: a longer text cannot be a host name.
  if (domain.empty() || domain.size() > kMaxDomain + 8) return std::nullopt;

  // Lower-case; commas and stray dots are slips we can repair; anything else (spaces, non-ASCII,
  // NUL) is for the format check to report, not for a guess.
  std::array<char, kMaxDomain + 16> buf;
  std::size_t n = 0;
  bool repaired = false;
  for (char c : domain) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c == ',') {
      c = '.';
      repaired = true;
    }
    if (!is_ldh(c)) return std::nullopt;
    if (c == '.' && (n == 0 || buf[n - 1] == '.')) {
      repaired = true;
      continue;
    }
    buf[n++] = c;
  }
  while (n > 0 && buf[n - 1] == '.') {
    --n;
    repaired = true;
  }
  if (n == 0 || n > kMaxDomain) return std::nullopt;
  const std::string_view d(buf.data(), n);

  const Search search(builtin(), impl_->extra.get());
  if (search.is_known(d)) return repaired ? std::optional<std::string>(std::string(d)) : std::nullopt;

  const Shape s = shape_of(d);
  const bool plausible = s.tld_ok && s.has_name && s.well_formed && !repaired;
  Pool pool;
  search.candidates(d, s, plausible, 0.0f, pool);

  if (!s.tld_ok && s.dots > 0) {
    const std::size_t last_dot = d.rfind('.');
    const std::string_view head = d.substr(0, last_dot + 1);
    std::array<Repair, 4> repairs;
    const std::size_t nrep = tld_repairs(d.substr(last_dot + 1), repairs);
    for (std::size_t r = 0; r < nrep; ++r) {
      const std::string_view sfx = repairs[r].suffix;
      const float cost = repairs[r].cost;
      std::array<char, kMaxDomain + 16> fb;
      if (head.size() + sfx.size() > kMaxDomain) continue;
      std::copy(head.begin(), head.end(), fb.begin());
      std::copy(sfx.begin(), sfx.end(), fb.begin() + head.size());
      const std::string_view fixed(fb.data(), head.size() + sfx.size());
      const int w = search.known_weight(fixed);
      if (w >= 0) {
        pool.add(fixed, cost + popularity_penalty(w > 0 ? w : kExtraWeight));
        continue;
      }
      if (search.is_known(fixed) || Search::is_listed(fixed)) {
        pool.add(fixed, cost + 0.5f);
        continue;
      }
      const Shape fs = shape_of(fixed);
      if (!fs.tld_ok || !fs.has_name || !fs.well_formed) continue;
      Pool inner;
      search.candidates(fixed, fs, true, cost, inner);
      if (!inner.items.empty()) {
        for (const auto& c : inner.items) pool.add(c.domain, c.score);
      } else {
        // Only the TLD was wrong (acme.con → acme.com): rank below any mailbox-domain reading.
        pool.add(fixed, cost + 1.0f);
      }
    }
  }
  if (pool.items.empty() && repaired && s.tld_ok && s.has_name && s.well_formed)
    return std::string(d);  // gmail,com-style slip on an unlisted domain: the repair alone
  std::optional<std::string> pick = pool.pick();
  if (pick && Search::is_listed(d)) return repaired ? std::optional<std::string>(std::string(d)) : std::nullopt;
  return pick;
}

std::optional<std::string> Suggester::suggest(std::string_view address) const {
  address = trim_ascii_space(address);
  const std::size_t at = address.find('@');
  if (at == std::string_view::npos || address.find('@', at + 1) != std::string_view::npos) return std::nullopt;
  const std::string_view domain = address.substr(at + 1);
  if (domain.empty()) return std::nullopt;
  std::optional<std::string> fixed = suggest_domain(domain);
  if (!fixed) return std::nullopt;
  std::string out;
  out.reserve(at + 1 + fixed->size());
  out.append(address.data(), at + 1);
  out += *fixed;
  return out;
}

const Suggester& default_suggester() {
  static const Suggester s;
  return s;
}

}  // namespace contactcheck::email
