// core/src/text.h's full-width folding, against its contract: U+FF01–U+FF5E become the ASCII
// characters 0x21–0x7E, U+3000 becomes a space, everything else (other non-ASCII characters,
// invalid bytes) is copied as it is.
#include <gtest/gtest.h>

#include <string>

#include "text.h"

namespace contactcheck::text {
namespace {

TEST(FoldFullwidth, AsciiIsCopied) {
  EXPECT_EQ(fold_fullwidth(""), "");
  EXPECT_EQ(fold_fullwidth("090-1234-5678"), "090-1234-5678");
  EXPECT_EQ(fold_fullwidth(std::string("a\0b", 3)), std::string("a\0b", 3));
}

TEST(FoldFullwidth, FullwidthFormsBecomeAscii) {
  EXPECT_EQ(fold_fullwidth("\xEF\xBC\x90\xEF\xBC\x99\xEF\xBC\x90"), "090");  // ０９０
  EXPECT_EQ(fold_fullwidth("\xEF\xBC\x81"), "!");                            // U+FF01, the first
  EXPECT_EQ(fold_fullwidth("\xEF\xBD\x9E"), "~");                            // U+FF5E, the last
  EXPECT_EQ(fold_fullwidth("\xEF\xBC\xA0"), "@");                            // ＠
  EXPECT_EQ(fold_fullwidth("a\xE3\x80\x80" "b"), "a b");                      // U+3000
  // Mixed with ASCII on both sides: the output is shorter than the input.
  EXPECT_EQ(fold_fullwidth("x\xEF\xBC\x8B" "81\xEF\xBC\x8D" "3y"), "x+81-3y");
}

TEST(FoldFullwidth, OtherCharactersAreKept) {
  EXPECT_EQ(fold_fullwidth("\xEF\xBC\x80"), "\xEF\xBC\x80");          // U+FF00, just before the range
  EXPECT_EQ(fold_fullwidth("\xEF\xBD\x9F"), "\xEF\xBD\x9F");          // U+FF5F, just after
  EXPECT_EQ(fold_fullwidth("\xE5\x86\x85\xE7\xB7\x9A" "12"), "\xE5\x86\x85\xE7\xB7\x9A" "12");  // 内線12
  EXPECT_EQ(fold_fullwidth("\xC3\xA9\xF0\x9F\x93\x9E"), "\xC3\xA9\xF0\x9F\x93\x9E");          // é📞
  EXPECT_EQ(fold_fullwidth("\xE3\x80\x81"), "\xE3\x80\x81");          // U+3001, not a space
}

TEST(FoldFullwidth, InvalidBytesAreCopied) {
  EXPECT_EQ(fold_fullwidth("\xFF" "1\x80"), "\xFF" "1\x80");
  // A truncated full-width form stays as its bytes; the character after it is still folded.
  EXPECT_EQ(fold_fullwidth("\xEF\xBC" "\xEF\xBC\x91"), "\xEF\xBC" "1");
  EXPECT_EQ(fold_fullwidth("\xED\xA0\x80\xEF\xBC\x92"), "\xED\xA0\x80" "2");  // a surrogate, then ２
}

// The email check's fold: fold_fullwidth's, and the IME's ideographic full stops become '.'.
TEST(FoldImeInput, FullStopsBecomeDots) {
  EXPECT_EQ(fold_ime_input("a\xE3\x80\x82" "b"), "a.b");        // U+3002 。
  EXPECT_EQ(fold_ime_input("a\xEF\xBD\xA1" "b"), "a.b");        // U+FF61 ｡
  EXPECT_EQ(fold_ime_input("\xEF\xBD\x94\xEF\xBC\xA0\xE3\x80\x80"), "t@ ");  // as fold_fullwidth
  EXPECT_EQ(fold_ime_input("\xE3\x80\x81\xE3\x80\x83"), "\xE3\x80\x81\xE3\x80\x83");  // U+3001, U+3003
  EXPECT_EQ(fold_ime_input("\xEF\xBD\xA0\xEF\xBD\xA2"), "\xEF\xBD\xA0\xEF\xBD\xA2");  // U+FF60, U+FF62
  EXPECT_EQ(fold_ime_input("\xE3\x80" "\xE3\x80\x82"), "\xE3\x80" ".");  // truncated, then 。
  // Phone numbers keep their full stops: libphonenumber is given them as typed.
  EXPECT_EQ(fold_fullwidth("a\xE3\x80\x82" "b"), "a\xE3\x80\x82" "b");
}

}  // namespace
}  // namespace contactcheck::text
