// The JS half of wasm/email.cc.

Module['checkEmail'] = function (input, locale) {
  ccBegin(ccBound(input) + ccBound(locale));
  var p1 = ccNext, n1 = ccPut(input), p2 = ccNext, n2 = ccPut(locale);
  return ccTake(_contactcheck_check_email(p1, n1, p2, n2));
};

Module['suggestEmail'] = function (input, domains) {
  ccBegin(ccBound(input) + ccListBound(domains));
  var p = ccNext, n = ccPut(input), table = ccPutList(domains);
  return ccTake(_contactcheck_suggest_email(p, n, table, ccCount(domains)));
};

Module['setDomains'] = function (domains) {
  ccBegin(ccListBound(domains));
  _contactcheck_set_domains(ccPutList(domains), ccCount(domains));
};

Module['loadDisposable'] = function (text) {
  ccBegin(ccBound(text));
  var p = ccNext, n = ccPut(text);
  return _contactcheck_load_disposable(p, n);
};

Module['normalizeEmail'] = function (input, keepAliasesOf) {
  ccBegin(ccBound(input) + ccListBound(keepAliasesOf));
  var p = ccNext, n = ccPut(input), table = ccPutList(keepAliasesOf);
  return ccTake(_contactcheck_normalize_email(p, n, table, ccCount(keepAliasesOf)));
};
