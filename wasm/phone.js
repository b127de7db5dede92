// The JS half of wasm/phone.cc.

Module['parsePhone'] = function (input, region, types, regionOnly, locale) {
  ccBegin(ccBound(input) + ccBound(region) + ccListBound(types) + ccBound(locale));
  var p1 = ccNext, n1 = ccPut(input), p2 = ccNext, n2 = ccPut(region);
  var table = ccPutList(types), p3 = ccNext, n3 = ccPut(locale);
  return ccTake(_contactcheck_parse_phone(p1, n1, p2, n2, table, ccCount(types), regionOnly ? 1 : 0, p3, n3));
};

Module['formatPhone'] = function (number, format) {
  ccBegin(ccBound(number) + ccBound(format));
  var p1 = ccNext, n1 = ccPut(number), p2 = ccNext, n2 = ccPut(format);
  return ccTake(_contactcheck_format_phone(p1, n1, p2, n2));
};

Module['listCountries'] = function () { return ccTake(_contactcheck_list_countries()); };

Module['formatAsYouType'] = function (text, region, caret) {
  ccBegin(ccBound(text) + ccBound(region));
  var p1 = ccNext, n1 = ccPut(text), p2 = ccNext, n2 = ccPut(region);
  return ccTake(_contactcheck_format_as_you_type(p1, n1, p2, n2, caret | 0));
};

// A C++ formatter behind a handle. delete() frees it; js/api.mjs calls it on dispose() and
// from a FinalizationRegistry, so callers of the public API cannot leak one.
function AsYouType(region) {
  ccBegin(ccBound(region));
  var p = ccNext, n = ccPut(region);
  this.handle = _contactcheck_as_you_type_new(p, n);
}
function ccFormatterInput(formatter, ch, remember) {
  ccBegin(ccBound(ch));
  var p = ccNext, n = ccPut(ch);
  return ccTake(_contactcheck_as_you_type_input(formatter.handle, p, n, remember));
}
AsYouType.prototype.input = function (ch) { return ccFormatterInput(this, ch, 0); };
AsYouType.prototype.inputAndRemember = function (ch) { return ccFormatterInput(this, ch, 1); };
AsYouType.prototype.inputString = function (text) {
  ccBegin(ccBound(text));
  var p = ccNext, n = ccPut(text);
  return ccTake(_contactcheck_as_you_type_input_string(this.handle, p, n));
};
AsYouType.prototype.rememberedPosition = function () { return _contactcheck_as_you_type_remembered_position(this.handle); };
AsYouType.prototype.clear = function () { _contactcheck_as_you_type_clear(this.handle); };
AsYouType.prototype['delete'] = function () {
  if (this.handle !== 0) _contactcheck_as_you_type_delete(this.handle);
  this.handle = 0;
};
Module['AsYouType'] = AsYouType;
