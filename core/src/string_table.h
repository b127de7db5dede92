// A hash table from string_view keys to values, for the built-in domain lists that every
// checkEmail call looks up several times. Open addressing over one array with a word-at-a-time
// hash: std::unordered_map spent a byte-wise hash, a division and a pointer chase per lookup,
// and those lookups were a fifth of check() (measured in the commit that added this).
// The probing lives in StringIndex, which is not a template, so each value type adds only a
// vector of values to the WebAssembly module, not another copy of the table code.
// Keys are views: their text must outlive the table (the lists own it, or it is embedded data).
#ifndef CONTACTCHECK_STRING_TABLE_H_
#define CONTACTCHECK_STRING_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

namespace contactcheck {

// Keys → entry numbers 0, 1, 2, … in the order they were added.
class StringIndex {
 public:
  static constexpr std::uint32_t npos = ~std::uint32_t{0};

  std::uint32_t find(std::string_view key) const {
    if (slots_.empty()) return npos;
    const std::uint64_t h = hash(key);
    for (std::size_t at = h & mask();; at = (at + 1) & mask()) {
      const Slot& s = slots_[at];
      if (s.entry == 0) return npos;
      if (s.hash == static_cast<std::uint32_t>(h >> 32) && keys_[s.entry - 1] == key) return s.entry - 1;
    }
  }

  bool contains(std::string_view key) const { return find(key) != npos; }

  // The entry of key, added when missing (then *added, if given, is true).
  std::uint32_t insert(std::string_view key, bool* added = nullptr) {
    const std::uint32_t found = find(key);
    if (added) *added = found == npos;
    if (found != npos) return found;
    if ((keys_.size() + 1) * 2 > slots_.size()) grow();
    keys_.push_back(key);
    place(hash(key), static_cast<std::uint32_t>(keys_.size()));
    return static_cast<std::uint32_t>(keys_.size() - 1);
  }

  std::size_t size() const { return keys_.size(); }
  std::string_view key(std::uint32_t entry) const { return keys_[entry]; }

 private:
  struct Slot {
    std::uint32_t entry = 0;  // entry number + 1; 0: empty
    std::uint32_t hash = 0;   // the hash's high half: most mismatches end here
  };

  std::size_t mask() const { return slots_.size() - 1; }

  void place(std::uint64_t h, std::uint32_t entry_plus_one) {
    std::size_t at = h & mask();
    while (slots_[at].entry != 0) at = (at + 1) & mask();
    slots_[at] = Slot{entry_plus_one, static_cast<std::uint32_t>(h >> 32)};
  }

  // Doubles the slots (load factor stays at most 1/2, so probes stay short).
  void grow() {
    slots_.assign(slots_.empty() ? 16 : slots_.size() * 2, Slot{});
    for (std::uint32_t i = 0; i < keys_.size(); ++i) place(hash(keys_[i]), i + 1);
  }

  // Eight bytes at a time, then the tail, each mixed by a multiply; the top bits are folded
  // down because the table indexes with the low ones.
  static std::uint64_t hash(std::string_view s) {
    constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = s.size() * kMul;
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      h = (h ^ w) * kMul;
      h ^= h >> 32;
    }
    if (i < s.size()) {
      std::uint64_t w = 0;
      std::memcpy(&w, s.data() + i, s.size() - i);
      h = (h ^ w) * kMul;
    }
    return h ^ (h >> 29);
  }

  std::vector<std::string_view> keys_;
  std::vector<Slot> slots_;
};

template <class V>
class StringTable {
 public:
  // Adds key → value; false (and no change) when key is already there.
  bool insert(std::string_view key, V value) {
    bool added;
    index_.insert(key, &added);
    if (added) values_.push_back(std::move(value));
    return added;
  }

  // The value of key, added as V{} when key is not there yet.
  V& operator[](std::string_view key) {
    bool added;
    const std::uint32_t entry = index_.insert(key, &added);
    if (added) values_.emplace_back();
    return values_[entry];
  }

  const V* find(std::string_view key) const {
    const std::uint32_t entry = index_.find(key);
    return entry == StringIndex::npos ? nullptr : &values_[entry];
  }
  V* find(std::string_view key) { return const_cast<V*>(std::as_const(*this).find(key)); }
  bool contains(std::string_view key) const { return index_.contains(key); }

  std::size_t size() const { return values_.size(); }
  bool empty() const { return values_.empty(); }

  // Visits every entry, in the order they were added.
  template <class F>
  void for_each(F&& f) const {
    for (std::uint32_t i = 0; i < values_.size(); ++i) f(index_.key(i), values_[i]);
  }

 private:
  StringIndex index_;
  std::vector<V> values_;
};

}  // namespace contactcheck

#endif  // CONTACTCHECK_STRING_TABLE_H_
