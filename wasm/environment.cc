// The module has no environment: a browser has none, and Node passes none in. musl's locale code
// (linked through libc++'s std::locale, which nothing here calls) refers to getenv; defining it
// here keeps libc's environ out of the link, and with it a start-up constructor that copies the
// host's environment in and the two WASI imports and JS glue that serve it.
#include <cstdlib>

extern "C" char* getenv(const char*) { return nullptr; }
