// A hash table from string_view keys to values, for the built-in domain lists that every
// checkEmail call looks up several times. Open addressing over one array with a word-at-a-time
// hash: std::unordered_map spent a byte-wise hash, a division and a pointer chase per lookup,
// and those lookups were a fifth of check() (measured in the commit that added this).
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

template <class V>
class StringTable {
 public:
  // Adds key → value; false (and no change) when key is already there.
  bool insert(std::string_view key, V value) {
    if (find(key)) return false;
    slot_for_new(key) = Slot{key, hash(key), std::move(value), true};
    return true;
  }

  // The value of key, added as V{} when key is not there yet.
  V& operator[](std::string_view key) {
    if (V* v = find(key)) return *v;
    Slot& s = slot_for_new(key);
    s = Slot{key, hash(key), V{}, true};
    return s.value;
  }

  const V* find(std::string_view key) const {
    if (slots_.empty()) return nullptr;
    const std::uint64_t h = hash(key);
    for (std::size_t at = h & mask(); slots_[at].used; at = (at + 1) & mask()) {
      const Slot& s = slots_[at];
      if (s.hash == h && s.key == key) return &s.value;
    }
    return nullptr;
  }
  V* find(std::string_view key) { return const_cast<V*>(std::as_const(*this).find(key)); }
  bool contains(std::string_view key) const { return find(key) != nullptr; }

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }

  // Visits every entry, in no particular order.
  template <class F>
  void for_each(F&& f) const {
    for (const Slot& s : slots_)
      if (s.used) f(s.key, s.value);
  }

 private:
  struct Slot {
    std::string_view key;
    std::uint64_t hash = 0;
    V value{};
    bool used = false;
  };

  std::size_t mask() const { return slots_.size() - 1; }

  // The empty slot where a key that is not in the table goes, after growing when the table
  // would pass half full (probes stay short).
  Slot& slot_for_new(std::string_view key) {
    if ((size_ + 1) * 2 > slots_.size()) grow();
    ++size_;
    std::size_t at = hash(key) & mask();
    while (slots_[at].used) at = (at + 1) & mask();
    return slots_[at];
  }

  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
    for (Slot& s : old) {
      if (!s.used) continue;
      std::size_t at = s.hash & mask();
      while (slots_[at].used) at = (at + 1) & mask();
      slots_[at] = std::move(s);
    }
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

  std::vector<Slot> slots_;
  std::size_t size_ = 0;
};

}  // namespace contactcheck

#endif  // CONTACTCHECK_STRING_TABLE_H_
