// libphonenumber's regular expressions on the JavaScript engine's own RegExp, for the
// WebAssembly build (contactcheck's recipe; regexp_adapter_js.cc says why and how).
#ifndef I18N_PHONENUMBERS_REGEXP_ADAPTER_JS_H_
#define I18N_PHONENUMBERS_REGEXP_ADAPTER_JS_H_

#include <string>

#include "phonenumbers/base/basictypes.h"
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

// The patterns of a set matched against a whole text in one engine call: what an RE2::Set
// anchored at both ends answers, for patch 18's number types (LazyMetadata::MatchTypes).
class JsRegExpSet {
 public:
  // At most kMaxPatterns patterns. ok() is false when the engine rejects one of them.
  static constexpr int kMaxPatterns = 32;
  JsRegExpSet(const string* const* utf8_patterns, int count);
  ~JsRegExpSet();
  JsRegExpSet(const JsRegExpSet&) = delete;
  JsRegExpSet& operator=(const JsRegExpSet&) = delete;

  bool ok() const { return id_ >= 0; }
  // Bit i is set when pattern i matches all of text, as RegExp::FullMatch would.
  uint32 FullMatches(const string& text) const;
  // Whether pattern i matches all of text, answered without the JavaScript engine (the
  // adapter's own matcher, or for a pattern of digits only a DFA it builds as texts reach its
  // states): 1 or 0, or -1 where only FullMatches can tell (a pattern outside that syntax).
  int FullMatch(int i, const string& text) const;

 private:
  struct Own;  // the patterns the adapter matches itself (regexp_adapter_js.cc)
  int id_;
  Own* own_;
};

}  // namespace phonenumbers
}  // namespace i18n

#endif  // I18N_PHONENUMBERS_REGEXP_ADAPTER_JS_H_
