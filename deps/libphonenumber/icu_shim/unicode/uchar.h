// Stand-in for ICU's <unicode/uchar.h>: libphonenumber needs only u_charDigitValue, to fold
// any Unicode decimal digit (full-width ０-９, Arabic-Indic, ...) to its value. Its table is
// generated from Debian's UnicodeData.txt (gen_digits.mjs); a test compares it with real ICU
// for every code point.
#ifndef CONTACTCHECK_ICU_SHIM_UCHAR_H_
#define CONTACTCHECK_ICU_SHIM_UCHAR_H_
#include <cstdint>

typedef int32_t UChar32;

// The decimal digit value of c (general category Nd), or -1 when c is not a decimal digit.
int32_t u_charDigitValue(UChar32 c);

#endif
