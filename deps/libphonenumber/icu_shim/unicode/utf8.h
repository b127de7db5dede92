// Stand-in for ICU's <unicode/utf8.h>: included by phonenumberutil.cc, nothing from it is used.
#ifndef CONTACTCHECK_ICU_SHIM_UTF8_H_
#define CONTACTCHECK_ICU_SHIM_UTF8_H_
#include "unicode/uchar.h"
#endif
