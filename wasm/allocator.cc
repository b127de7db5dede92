// Small C++ allocations of the browser module from size-class free lists.
//
// Why: a WebAssembly parsePhone makes dozens of short-lived small allocations (libc++ strings
// longer than 10 bytes, libphonenumber's PhoneNumber and its fields), and emmalloc, chosen for its
// size (wasm/CMakeLists.txt), spends ~9 % of a parse in them. Here, an allocation of up to
// kMaxSmall bytes pops a block of its 8-byte size class, and a free pushes it back: a few
// loads and stores, no search, no coalescing. Blocks come from 64 KiB slabs aligned to 64 KiB;
// a slab serves one size class, and a byte per slab (kSlabClass) says which, so a pointer's
// class is found from its address with no header. Larger allocations, and everything C code
// allocates with malloc, stay with emmalloc.
//
// The trade: a slab's blocks are never given back to emmalloc. A page that once held many
// blocks of one size keeps them for that size. Calls allocate and free the same shapes over and
// over (tests/js/memory.test.mjs: the heap does not grow over repeated calls).
//
// Only the browser module has this file; the Node addon uses the system allocator. The module
// has one thread, so there are no locks.
#include <cstdint>
#include <cstdlib>
#include <new>

static_assert(__STDCPP_DEFAULT_NEW_ALIGNMENT__ <= 8, "blocks of a class are 8-byte aligned");

namespace {

constexpr size_t kSlabBits = 16;
constexpr size_t kSlabSize = size_t{1} << kSlabBits;
constexpr size_t kGrain = 8;  // __STDCPP_DEFAULT_NEW_ALIGNMENT__ (and malloc's) on wasm32
constexpr size_t kMaxSmall = 256;
constexpr size_t kClasses = kMaxSmall / kGrain;  // class c holds blocks of c * kGrain bytes

struct FreeBlock {
  FreeBlock* next;
};

FreeBlock* free_list[kClasses + 1];
char* carve_at[kClasses + 1];   // the unused end of each class's newest slab
char* carve_end[kClasses + 1];
// 0: not a slab; c: a slab of class c. 32-bit addresses: 65536 slabs of 64 KiB at most.
uint8_t slab_class[size_t{1} << (32 - kSlabBits)];

[[gnu::noinline]] void* new_slab(size_t c) {
  char* slab = static_cast<char*>(aligned_alloc(kSlabSize, kSlabSize));
  if (slab == nullptr) return nullptr;
  slab_class[reinterpret_cast<uintptr_t>(slab) >> kSlabBits] = static_cast<uint8_t>(c);
  const size_t size = c * kGrain;
  carve_at[c] = slab + size;
  carve_end[c] = slab + kSlabSize;
  return slab;
}

[[gnu::noinline]] void* allocate(size_t n) {
  if (n <= kMaxSmall) {
    const size_t c = n == 0 ? 1 : (n + kGrain - 1) / kGrain;
    if (FreeBlock* b = free_list[c]) {
      free_list[c] = b->next;
      return b;
    }
    const size_t size = c * kGrain;
    if (carve_end[c] - carve_at[c] >= static_cast<ptrdiff_t>(size)) {
      void* p = carve_at[c];
      carve_at[c] += size;
      return p;
    }
    return new_slab(c);
  }
  return malloc(n);
}

[[gnu::noinline]] void deallocate(void* p) {
  if (p == nullptr) return;
  const size_t c = slab_class[reinterpret_cast<uintptr_t>(p) >> kSlabBits];
  if (c != 0) {
    FreeBlock* b = static_cast<FreeBlock*>(p);
    b->next = free_list[c];
    free_list[c] = b;
    return;
  }
  free(p);
}

// As libc++'s operator new without exceptions: out of memory ends the program (abort), as
// the std::bad_alloc that libc++ would throw does in this module.
inline void* allocate_or_abort(size_t n) {
  void* p = allocate(n);
  if (p == nullptr) abort();
  return p;
}

}  // namespace

// The replaceable global allocation functions ([new.delete]); the aligned forms stay libc++'s
// (aligned_alloc and free), which never see a pointer from here.
void* operator new(size_t n) { return allocate_or_abort(n); }
void* operator new[](size_t n) { return allocate_or_abort(n); }
void* operator new(size_t n, const std::nothrow_t&) noexcept { return allocate(n); }
void* operator new[](size_t n, const std::nothrow_t&) noexcept { return allocate(n); }
void operator delete(void* p) noexcept { deallocate(p); }
void operator delete[](void* p) noexcept { deallocate(p); }
void operator delete(void* p, size_t) noexcept { deallocate(p); }
void operator delete[](void* p, size_t) noexcept { deallocate(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { deallocate(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { deallocate(p); }
