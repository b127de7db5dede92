#include "text.h"

namespace contactcheck::text {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = to_lower(c);
  return out;
}

int32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) return s[i++];
  int len;
  int32_t cp;
  if (b0 >= 0xC2 && b0 <= 0xDF) len = 2, cp = b0 & 0x1F;
  else if (b0 >= 0xE0 && b0 <= 0xEF) len = 3, cp = b0 & 0x0F;
  else if (b0 >= 0xF0 && b0 <= 0xF4) len = 4, cp = b0 & 0x07;
  else return ++i, -1;
  if (s.size() - i < static_cast<std::size_t>(len)) return ++i, -1;
  for (int k = 1; k < len; ++k) {
    const auto b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) return ++i, -1;
    cp = (cp << 6) | (b & 0x3F);
  }
  const bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
  if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return ++i, -1;
  i += len;
  return cp;
}

bool is_valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (next_code_point(s, i) < 0) return false;
  }
  return true;
}

void append_utf8(std::string& out, int32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

namespace {

// Folded in place over a copy: every fold makes a character shorter (3 bytes to 1), so the
// write position never passes the read position. Most input is ASCII, and then this is one
// copy and a scan, where appending character by character cost 2.7 % of a WASM parsePhone.
std::string fold(std::string_view s, bool full_stops) {
  std::string out(s);
  std::size_t w = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      out[w++] = s[i++];
      continue;
    }
    const std::size_t start = i;
    const int32_t cp = next_code_point(s, i);
    if (cp >= 0xFF01 && cp <= 0xFF5E) out[w++] = char(cp - 0xFF01 + 0x21);
    else if (cp == 0x3000) out[w++] = ' ';
    else if (full_stops && (cp == 0x3002 || cp == 0xFF61)) out[w++] = '.';
    else for (std::size_t k = start; k < i; ++k) out[w++] = s[k];
  }
  out.resize(w);
  return out;
}

}  // namespace

std::string fold_fullwidth(std::string_view s) { return fold(s, false); }
std::string fold_ime_input(std::string_view s) { return fold(s, true); }

std::string_view trim(std::string_view s) {
  constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
  auto ascii_space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  for (;;) {
    if (!s.empty() && ascii_space(s.front())) s.remove_prefix(1);
    else if (s.substr(0, 3) == kIdeographicSpace) s.remove_prefix(3);
    else break;
  }
  for (;;) {
    if (!s.empty() && ascii_space(s.back())) s.remove_suffix(1);
    else if (s.size() >= 3 && s.substr(s.size() - 3) == kIdeographicSpace) s.remove_suffix(3);
    else break;
  }
  return s;
}

}  // namespace contactcheck::text
