// A minimal std::expected stand-in (C++17): a value or an error code, never an exception.
// Every fallible function of the public API returns one of these or a result struct that
// carries its own error code.
#ifndef CONTACTCHECK_EXPECTED_H_
#define CONTACTCHECK_EXPECTED_H_

#include <utility>
#include <variant>

namespace contactcheck {

template <class T, class E>
class expected {
 public:
  expected(T value) : v_(std::in_place_index<0>, std::move(value)) {}  // NOLINT: implicit like std::expected
  static expected failure(E error) { return expected(std::in_place_index<1>, std::move(error)); }

  bool has_value() const { return v_.index() == 0; }
  explicit operator bool() const { return has_value(); }
  const T& value() const { return std::get<0>(v_); }
  T& value() { return std::get<0>(v_); }
  const T& operator*() const { return value(); }
  const T* operator->() const { return &value(); }
  T& operator*() { return value(); }
  T* operator->() { return &value(); }
  E error() const { return std::get<1>(v_); }

 private:
  template <std::size_t I, class A>
  expected(std::in_place_index_t<I> i, A&& a) : v_(i, std::forward<A>(a)) {}
  std::variant<T, E> v_;
};

}  // namespace contactcheck

#endif  // CONTACTCHECK_EXPECTED_H_
