// The browser module's operator new and delete (wasm/allocator.cc), through the standard
// interface only. This test binary is linked with that file (tests/core/CMakeLists.txt), so every
// other suite in it runs on the same allocator as the module does.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <new>
#include <set>
#include <vector>

namespace {

struct Block {
  unsigned char* p;
  size_t n;
};

unsigned char* Allocate(size_t n) { return static_cast<unsigned char*>(::operator new(n)); }

void Fill(const Block& b, unsigned char seed) {
  for (size_t i = 0; i < b.n; ++i) b.p[i] = static_cast<unsigned char>(seed + i);
}
bool Holds(const Block& b, unsigned char seed) {
  for (size_t i = 0; i < b.n; ++i) {
    if (b.p[i] != static_cast<unsigned char>(seed + i)) return false;
  }
  return true;
}

// Sizes around every class edge, both sides of the small/large boundary and far above it.
std::vector<size_t> Sizes() {
  std::vector<size_t> sizes;
  for (size_t n = 0; n <= 300; ++n) sizes.push_back(n);
  for (size_t n : {511, 512, 513, 4096, 65535, 65536, 65537, 1 << 20}) sizes.push_back(n);
  return sizes;
}

TEST(WasmAllocator, BlocksAreAlignedWritableAndDisjoint) {
  std::vector<Block> live;
  for (int round = 0; round < 3; ++round) {
    for (size_t n : Sizes()) live.push_back({Allocate(n), n});
  }
  for (size_t i = 0; i < live.size(); ++i) {
    ASSERT_NE(live[i].p, nullptr);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(live[i].p) % __STDCPP_DEFAULT_NEW_ALIGNMENT__, 0u)
        << "size " << live[i].n;
    Fill(live[i], static_cast<unsigned char>(i));
  }
  // Written all at once, read back after: a block that overlapped another would be overwritten.
  for (size_t i = 0; i < live.size(); ++i) {
    EXPECT_TRUE(Holds(live[i], static_cast<unsigned char>(i))) << "size " << live[i].n;
  }
  std::vector<Block> by_address = live;
  std::sort(by_address.begin(), by_address.end(), [](const Block& a, const Block& b) { return a.p < b.p; });
  for (size_t i = 1; i < by_address.size(); ++i) {
    EXPECT_LE(by_address[i - 1].p + std::max<size_t>(by_address[i - 1].n, 1), by_address[i].p);
  }
  for (const Block& b : live) ::operator delete(b.p);
}

// What a call frees, the next call gets back: a freed small block is the next one of its size.
TEST(WasmAllocator, FreedSmallBlocksAreReused) {
  for (size_t n = 1; n <= 256; ++n) {
    unsigned char* a = Allocate(n);
    ::operator delete(a);
    unsigned char* b = Allocate(n);
    EXPECT_EQ(a, b) << "size " << n;
    ::operator delete(b);
  }
}

// Many blocks of one size fill several slabs; freed and taken again, they come from the same
// memory: no new slab.
TEST(WasmAllocator, ManySlabsFreedAreTakenAgain) {
  for (size_t n : {24, 200}) {
    std::vector<unsigned char*> first;
    for (int i = 0; i < 20000; ++i) first.push_back(Allocate(n));
    const std::set<unsigned char*> addresses(first.begin(), first.end());
    EXPECT_EQ(addresses.size(), first.size());
    for (unsigned char* p : first) ::operator delete(p);
    for (int i = 0; i < 20000; ++i) {
      unsigned char* p = Allocate(n);
      EXPECT_EQ(addresses.count(p), 1u) << "block " << i << " of size " << n << " is new memory";
      first[i] = p;
    }
    for (unsigned char* p : first) ::operator delete(p);
  }
}

TEST(WasmAllocator, EveryFormOfNewAndDelete) {
  int* one = new int(7);
  EXPECT_EQ(*one, 7);
  delete one;
  char* many = new char[1000];
  std::memset(many, 1, 1000);
  delete[] many;
  void* nothrow = ::operator new(40, std::nothrow);
  ASSERT_NE(nothrow, nullptr);
  ::operator delete(nothrow, std::nothrow);
  void* sized = ::operator new(48);
  ::operator delete(sized, 48);
  ::operator delete(nullptr);
  // Over-aligned types take libc++'s aligned forms (aligned_alloc and free), not this file's.
  struct alignas(64) Wide {
    char bytes[64];
  };
  Wide* wide = new Wide[3];
  EXPECT_EQ(reinterpret_cast<uintptr_t>(wide) % 64, 0u);
  delete[] wide;
}

}  // namespace
