// libphonenumber's regular expressions on the JavaScript engine's own RegExp, for the
// WebAssembly build (contactcheck's recipe; regexp_adapter_js.cc says why and how).
#ifndef I18N_PHONENUMBERS_REGEXP_ADAPTER_JS_H_
#define I18N_PHONENUMBERS_REGEXP_ADAPTER_JS_H_

#include <string>

#include "phonenumbers/regexp_adapter.h"

namespace i18n {
namespace phonenumbers {

// Same contract as RE2RegExpFactory (regexp_adapter.h): the answers of every RegExp it makes
// are those of the RE2 adapter for the patterns and texts libphonenumber uses.
class JsRegExpFactory : public AbstractRegExpFactory {
 public:
  virtual ~JsRegExpFactory() {}

  virtual RegExpInput* CreateInput(const string& utf8_input) const;
  virtual RegExp* CreateRegExp(const string& utf8_regexp) const;
};

}  // namespace phonenumbers
}  // namespace i18n

#endif  // I18N_PHONENUMBERS_REGEXP_ADAPTER_JS_H_
