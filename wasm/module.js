// The JS half of wasm/module.cc: the engine's functions on Module, named as js/api.mjs
// (and the Node addon) name them.

Module['keyNames'] = function () { return ccTake(_contactcheck_key_names()); };
Module['messages'] = function (locale) {
  ccBegin(ccBound(locale));
  var p = ccNext, n = ccPut(locale);
  return ccTake(_contactcheck_messages(p, n));
};
Module['versions'] = function () { return ccTake(_contactcheck_versions()); };
