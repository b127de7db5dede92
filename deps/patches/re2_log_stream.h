// contactcheck's replacement for the std::ostringstream inside RE2's LogMessage (util/logging.h),
// applied by deps/build.sh to the WebAssembly build of RE2 only.
//
// Why: that one ostringstream was the last live use of iostreams in the browser module. An
// ostream needs a std::locale, and libc++'s locale constructor installs every standard facet
// (money_get, time_get, num_get, codecvt, ...): about 93 kB of the 420 kB of wasm code, reached
// from RE2's LOG(ERROR) and LOG(DFATAL) lines, which run only on internal errors. This writes
// the same message text into a std::string, so RE2 still reports what it reported.
#ifndef CONTACTCHECK_RE2_LOG_STREAM_H_
#define CONTACTCHECK_RE2_LOG_STREAM_H_

#include <string>
#include <type_traits>

class LogStream {
 public:
  template <typename T>
  LogStream& operator<<(const T& v) {
    if constexpr (std::is_same_v<T, char>) {
      str_ += v;
    } else if constexpr (std::is_same_v<T, bool>) {
      str_ += v ? '1' : '0';  // as an ostream without std::boolalpha
    } else if constexpr (std::is_arithmetic_v<T>) {
      str_ += std::to_string(v);
    } else if constexpr (std::is_enum_v<T>) {
      str_ += std::to_string(static_cast<long long>(v));
    } else if constexpr (std::is_convertible_v<const T&, const char*>) {
      const char* s = v;
      str_ += s != nullptr ? s : "(null)";
    } else if constexpr (std::is_pointer_v<T>) {
      str_ += std::to_string(reinterpret_cast<unsigned long long>(v));
    } else {
      str_.append(v.data(), v.size());  // std::string, StringPiece
    }
    return *this;
  }
  std::string str() const { return str_; }

 private:
  std::string str_;
};

#endif  // CONTACTCHECK_RE2_LOG_STREAM_H_
