// Reading the data-driven test cases in tests/data/*.tsv, shared by the core tests.
//
// File format: UTF-8 text, one case per line, fields separated by TAB. Blank lines and lines
// whose first character is '#' are skipped. A trailing "\r" is dropped (files edited on Windows).
// Inside a field these escapes are decoded, so that inputs no editor shows faithfully (invalid
// UTF-8, NUL, control characters, literal tabs) can still be written down:
//   \t TAB   \n LF   \r CR   \0 NUL   \\ backslash   \s space (for a field that is or ends in a
//   space, which editors strip)   \xHH one raw byte (may be invalid UTF-8)
//   \uXXXX  the UTF-8 encoding of a BMP code point   \UXXXXXX  any code point
// Any other backslash sequence is kept as is (backslash included), so "a\"b" stays "a\"b".
#ifndef CONTACTCHECK_TESTS_CORE_TEST_DATA_H_
#define CONTACTCHECK_TESTS_CORE_TEST_DATA_H_

#include <cstddef>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#ifndef CONTACTCHECK_TEST_DATA
#define CONTACTCHECK_TEST_DATA "tests/data"
#endif

namespace contactcheck::test {

inline int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Appends the UTF-8 encoding of cp; surrogates are encoded as-is (CESU-style) on purpose, so a
// data file can describe that kind of invalid input too.
inline void append_utf8(std::string& out, unsigned long cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes the escapes described at the top of this file.
inline std::string unescape_field(const std::string& in) {
  std::string out;
  out.reserve(in.size());
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '\\' || i + 1 == in.size()) {
      out += in[i];
      continue;
    }
    const char e = in[i + 1];
    auto hex_run = [&](std::size_t digits) -> long {
      if (i + 2 + digits > in.size()) return -1;
      long v = 0;
      for (std::size_t k = 0; k < digits; ++k) {
        const int h = hex_value(in[i + 2 + k]);
        if (h < 0) return -1;
        v = v * 16 + h;
      }
      return v;
    };
    long v;
    switch (e) {
      case 't': out += '\t'; ++i; break;
      case 'n': out += '\n'; ++i; break;
      case 'r': out += '\r'; ++i; break;
      case '0': out += '\0'; ++i; break;
      case 's': out += ' '; ++i; break;
      case '\\': out += '\\'; ++i; break;
      case 'x':
        if ((v = hex_run(2)) >= 0) { out += static_cast<char>(v); i += 3; }
        else out += '\\';
        break;
      case 'u':
        if ((v = hex_run(4)) >= 0) { append_utf8(out, static_cast<unsigned long>(v)); i += 5; }
        else out += '\\';
        break;
      case 'U':
        if ((v = hex_run(6)) >= 0 && v <= 0x10FFFF) {
          append_utf8(out, static_cast<unsigned long>(v));
          i += 7;
        } else {
          out += '\\';
        }
        break;
      default: out += '\\'; break;  // kept literally; the next char is copied on the next turn
    }
  }
  return out;
}

// Reads tests/data/<file_name>: one vector of unescaped fields per case line. An unreadable
// file yields no rows; callers should assert that the result is non-empty.
inline std::vector<std::vector<std::string>> read_tsv(const std::string& file_name) {
  std::vector<std::vector<std::string>> rows;
  std::ifstream in(std::string(CONTACTCHECK_TEST_DATA) + "/" + file_name, std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::size_t start = 0;
    while (true) {
      const std::size_t tab = line.find('\t', start);
      fields.push_back(unescape_field(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start)));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    rows.push_back(std::move(fields));
  }
  return rows;
}

}  // namespace contactcheck::test

#endif  // CONTACTCHECK_TESTS_CORE_TEST_DATA_H_
