// Versions compiled into this build, for bug reports and the demo's footer.
#ifndef CONTACTCHECK_VERSION_H_
#define CONTACTCHECK_VERSION_H_

#include <string_view>

namespace contactcheck {

struct Versions {
  std::string_view contactcheck;    // this library
  std::string_view libphonenumber;  // upstream release the phone code was built from
  std::string_view metadata;        // phone metadata release (ships with libphonenumber)
};

Versions versions();

}  // namespace contactcheck

#endif  // CONTACTCHECK_VERSION_H_
