// The JS half of wasm/convert.h, linked into the glue with --post-js (it runs inside the
// module's factory: Module, HEAPU8, HEAPU32 and the _contactcheck_* exports are in scope).
// js/api.mjs has type-checked every string before it gets here. A lone surrogate is written as
// U+FFFD (TextEncoder does that), as the Node addon reads it.

var ccArgsAt = 0, ccArgsSize = 0, ccNext = 0, ccResultSize = 0;
var ccEncoder = new TextEncoder();
// N-API keeps a leading U+FEFF; so must this engine.
var ccDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

// Starts a call whose strings take at most `bytes` bytes (3 per UTF-16 unit, 8 per list item,
// 4 for the alignment of one list table). Growing the area may grow (and move) the heap.
function ccBegin(bytes) {
  if (bytes > ccArgsSize) {
    ccArgsSize = Math.max(bytes, 2 * ccArgsSize, 1024);
    ccArgsAt = _contactcheck_args(ccArgsSize);
  }
  ccNext = ccArgsAt;
}
function ccBound(s) { return 3 * s.length; }
function ccListBound(list) {
  if (list === null) return 0;
  var n = 4 + 8 * list.length;
  for (var i = 0; i < list.length; i++) n += 3 * list[i].length;
  return n;
}

// Writes `s` at the next free byte and returns its byte length; ccNext moves past it.
function ccPut(s) {
  var heap = HEAPU8, at = ccNext, n = s.length;
  for (var i = 0; i < n; i++) {
    var c = s.charCodeAt(i);
    if (c > 127) {
      var written = i + ccEncoder.encodeInto(s.slice(i), heap.subarray(at + i, at + 3 * n)).written;
      ccNext = at + written;
      return written;
    }
    heap[at + i] = c;
  }
  ccNext = at + n;
  return n;
}

// Writes a list (table of pointer and length pairs, then the strings); returns the table's
// address. The caller passes list.length, or -1 for null.
function ccPutList(list) {
  if (list === null) return 0;
  var table = (ccNext + 3) & ~3;
  ccNext = table + 8 * list.length;
  for (var i = 0; i < list.length; i++) {
    var at = ccNext, n = ccPut(list[i]);
    HEAPU32[(table >> 2) + 2 * i] = at;
    HEAPU32[(table >> 2) + 2 * i + 1] = n;
  }
  return table;
}
function ccCount(list) { return list === null ? -1 : list.length; }

// The string a call returned (null for a null pointer). ASCII results of up to 16 bytes (a
// formatted number, an as-you-type step) are built directly; above that a TextDecoder call is
// the cheaper (Node 20: 4 bytes 49 vs 218 ns, 16 bytes 256 vs 296, 64 bytes 669 vs 172).
function ccTake(ptr) {
  if (ptr === 0) return null;
  if (ccResultSize === 0) ccResultSize = _contactcheck_result_size() >> 2;
  var heap = HEAPU8, end = ptr + HEAPU32[ccResultSize];
  if (end - ptr > 16) return ccDecoder.decode(heap.subarray(ptr, end));
  var s = '';
  for (var i = ptr; i < end; i++) {
    var c = heap[i];
    if (c > 127) return ccDecoder.decode(heap.subarray(ptr, end));
    s += String.fromCharCode(c);
  }
  return s;
}
