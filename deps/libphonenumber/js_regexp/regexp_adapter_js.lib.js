// Emscripten JS library behind regexp_adapter_js.cc: libphonenumber's patterns compiled to the
// engine's RegExp, with RE2's answers (regexp_adapter_js.cc states the contract).
// Texts arrive as UTF-8 in the module's memory and leave as byte offsets or UTF-8 bytes.
mergeInto(LibraryManager.library, {
  $lpnRegExp: {
    entries: [],      // id → {source, flags, variants}; null once freed
    freeIds: [],
    // The last text and the last rewrite decoded (lpnRegExpCached).
    texts: {a: null, b: null},
    rewrites: {a: null, b: null},
    offsets: null,        // the byte offset of every UTF-16 index of the string decoded last
                          // (length + 1 entries), null when it is ASCII
    parsedRewrites: null, // Map: rewrite text → {parts, max} (made on first use: the library
                          // object is written out as a literal)
    pending: '',          // a Replace result waiting for lpn_js_regexp_take (not ASCII, or
                          // longer than the caller's buffer)
  },

  // RE2's syntax → the engine's, with the u flag (for \p{…} and code-point matching):
  //   - a leading (?i) becomes the i flag;
  //   - RE2's "." excludes only "\n", the engine's also "\r", U+2028 and U+2029: "[^\n]";
  //   - RE2 lets a backslash escape any punctuation, the u flag only syntax characters (and
  //     "-" in a class): other escaped punctuation loses its backslash (the RFC 3966 domain
  //     pattern writes "(\-)*");
  //   - RE2 reads "]", "}" and a "{" that starts no repetition as literals, the u flag rejects
  //     them: they get a backslash.
  $lpnRegExpTranslate: function(source) {
    var flags = 'u';
    if (source.startsWith('(?i)')) {
      flags += 'i';
      source = source.slice(4);
    }
    var out = '', inClass = false, groups = 0, syntax = '^$\\.*+?()[]{}|/';
    for (var i = 0; i < source.length; i++) {
      var c = source[i];
      if (c === '\\' && i + 1 < source.length) {
        var e = source[++i];
        var keep = /[A-Za-z0-9]/.test(e) || syntax.indexOf(e) >= 0 || (inClass && e === '-');
        out += keep ? '\\' + e : e;
        if ((e === 'p' || e === 'P') && source[i + 1] === '{') {
          var close = source.indexOf('}', i);
          out += source.slice(i + 1, close + 1);
          i = close;
        }
      } else if (inClass) {
        if (c === ']') inClass = false;
        out += c;
      } else if (c === '[') {
        inClass = true;
        out += c;
        // A "]" first in a class (after any "^") is a literal to RE2.
        if (source[i + 1] === '^') out += source[++i];
        if (source[i + 1] === ']') {
          out += '\\]';
          i++;
        }
      } else if (c === '.') {
        out += '[^\\n]';
      } else if (c === '{') {
        var repeat = /^\{\d+(,\d*)?\}/.exec(source.slice(i));
        out += repeat === null ? '\\{' : repeat[0];
        if (repeat !== null) i += repeat[0].length - 1;
      } else if (c === ']' || c === '}') {
        out += '\\' + c;
      } else {
        // A capturing group: "(" not followed by "?" (RE2's named "(?P<" would count too).
        if (c === '(' && (source[i + 1] !== '?' || source.startsWith('?P<', i + 1))) groups++;
        out += c;
      }
    }
    return {source: out, flags: flags, groups: groups};
  },

  // UTF-8 bytes → string. Sets lpnRegExp.offsets to null for ASCII, else to the byte offset of
  // every UTF-16 index (length + 1 entries). A byte that does not start a valid sequence
  // becomes U+FFFD and keeps its own offset.
  $lpnRegExpUtf8__deps: ['$lpnRegExp'],
  $lpnRegExpUtf8: function(ptr, length) {
    var heap = HEAPU8, end = ptr + length, i, text = '';
    for (i = ptr; i < end && heap[i] < 0x80; i++) {}
    if (i === end) {
      lpnRegExp.offsets = null;
      if (length >= 64) return String.fromCharCode.apply(null, heap.subarray(ptr, end));
      for (i = ptr; i < end; i++) text += String.fromCharCode(heap[i]);
      return text;
    }
    var offsets = [];
    for (i = ptr; i < end;) {
      var b = heap[i], cp = 0xFFFD, n = 1;
      if (b < 0x80) {
        cp = b;
      } else if (b >= 0xC2 && b < 0xE0 && i + 1 < end && (heap[i + 1] & 0xC0) === 0x80) {
        cp = ((b & 0x1F) << 6) | (heap[i + 1] & 0x3F);
        n = 2;
      } else if (b >= 0xE0 && b < 0xF0 && i + 2 < end && (heap[i + 1] & 0xC0) === 0x80 &&
                 (heap[i + 2] & 0xC0) === 0x80) {
        var c3 = ((b & 0x0F) << 12) | ((heap[i + 1] & 0x3F) << 6) | (heap[i + 2] & 0x3F);
        if (c3 >= 0x800 && (c3 < 0xD800 || c3 > 0xDFFF)) {
          cp = c3;
          n = 3;
        }
      } else if (b >= 0xF0 && b < 0xF5 && i + 3 < end && (heap[i + 1] & 0xC0) === 0x80 &&
                 (heap[i + 2] & 0xC0) === 0x80 && (heap[i + 3] & 0xC0) === 0x80) {
        var c4 = ((b & 0x07) << 18) | ((heap[i + 1] & 0x3F) << 12) |
                 ((heap[i + 2] & 0x3F) << 6) | (heap[i + 3] & 0x3F);
        if (c4 >= 0x10000 && c4 <= 0x10FFFF) {
          cp = c4;
          n = 4;
        }
      }
      offsets.push(i - ptr);
      if (cp > 0xFFFF) {
        offsets.push(i - ptr);
        text += String.fromCharCode(0xD800 + ((cp - 0x10000) >> 10), 0xDC00 + (cp & 0x3FF));
      } else {
        text += String.fromCharCode(cp);
      }
      i += n;
    }
    offsets.push(length);
    lpnRegExp.offsets = offsets;
    return text;
  },

  // The text a pattern runs on (or a rewrite), reused when the bytes are those of one of the
  // last two decoded: a parse tests one number against a dozen patterns in a row, and an
  // as-you-type step alternates between two texts. An ASCII text is compared with its own
  // characters, so a miss allocates nothing but the new string. `cache` is lpnRegExp.texts or
  // .rewrites: {a, b}, each {text, bytes (null for ASCII), offsets}, a the newer.
  $lpnRegExpCached__deps: ['$lpnRegExp', '$lpnRegExpUtf8'],
  $lpnRegExpCached: function(cache, ptr, length) {
    var heap = HEAPU8, i, k, entry;
    for (k = 0; k < 2; k++) {
      entry = k === 0 ? cache.a : cache.b;
      if (entry === null) continue;
      var bytes = entry.bytes, text = entry.text;
      if (bytes === null) {
        if (text.length !== length) continue;
        for (i = 0; i < length && heap[ptr + i] === text.charCodeAt(i); i++) {}
      } else {
        if (bytes.length !== length) continue;
        for (i = 0; i < length && heap[ptr + i] === bytes[i]; i++) {}
      }
      if (i === length) {
        if (k === 1) {
          cache.b = cache.a;
          cache.a = entry;
        }
        lpnRegExp.offsets = entry.offsets;
        return text;
      }
    }
    var decoded = lpnRegExpUtf8(ptr, length), offsets = lpnRegExp.offsets;
    cache.b = cache.a;
    cache.a = {text: decoded, bytes: offsets === null ? null : heap.slice(ptr, ptr + length),
               offsets: offsets};
    return decoded;
  },

  // Compiled lazily per use: anchored at start (sticky), anywhere (global, so that lastIndex
  // tells where a match ends), whole text; each with and without capture indices (the d flag
  // costs time, so only calls that want strings use it).
  $lpnRegExpVariant: function(entry, mode, indices) {
    var k = mode * 2 + (indices ? 1 : 0), re = entry.variants[k];
    if (re === undefined) {
      var flags = entry.flags + (indices ? 'd' : '') + ['y', 'g', ''][mode];
      re = new RegExp(mode === 2 ? '^(?:' + entry.source + ')$' : entry.source, flags);
      entry.variants[k] = re;
    }
    return re;
  },

  // An entry (a pattern or a set) stored at a freed id or a new one; its id, which
  // lpn_js_regexp_free releases.
  $lpnRegExpAdd__deps: ['$lpnRegExp'],
  $lpnRegExpAdd: function(entry) {
    var state = lpnRegExp, id = state.freeIds.length ? state.freeIds.pop() : state.entries.length;
    state.entries[id] = entry;
    return id;
  },

  lpn_js_regexp_compile__deps: ['$lpnRegExpTranslate', '$lpnRegExpUtf8', '$lpnRegExpAdd'],
  lpn_js_regexp_compile: function(ptr, length, groupsPtr) {
    var translated = lpnRegExpTranslate(lpnRegExpUtf8(ptr, length));
    // The groups are counted while translating, and the pattern is only parsed here (to refuse
    // it as RE2 would): running it once to count its groups compiled every pattern of
    // libphonenumber's fixed set up front, 6 ms of a fresh instance's first parse, most of them
    // patterns that the parse never runs. Each variant compiles on its first use.
    var groups = translated.groups;
    try {
      new RegExp(translated.source, translated.flags);
    } catch (e) {
      // As RE2 logs a pattern it rejects: libphonenumber's patterns are fixed, so this is a bug.
      err('libphonenumber: the engine rejects the pattern /' + translated.source + '/' +
          translated.flags + ': ' + e.message);
      return -1;
    }
    HEAP32[groupsPtr >> 2] = groups;
    return lpnRegExpAdd({source: translated.source, flags: translated.flags, groups: groups,
                         variants: []});
  },

  // JsRegExpSet: which of several patterns match the whole text, in one run of one RegExp. Each
  // pattern becomes "(?:(?=(?:p)$)()|)": the empty group after the lookahead takes part only
  // where p matches the whole text from its start. An alternation with an empty branch, not
  // "(?:…)?": the engine refuses an optional group's iteration that matches the empty string.
  // The set's entry holds each pattern's marker group; its id is freed as a pattern's is.
  lpn_js_regexp_set_compile__deps: ['$lpnRegExpTranslate', '$lpnRegExpUtf8', '$lpnRegExpAdd'],
  lpn_js_regexp_set_compile: function(table, count) {
    var source = '^', marks = [], groups = 0, at = table >> 2;
    for (var i = 0; i < count; i++, at += 2) {
      var translated = lpnRegExpTranslate(lpnRegExpUtf8(HEAP32[at], HEAP32[at + 1]));
      // A (?i) pattern would need its own flags: such a set is not made (the caller falls back
      // to pattern by pattern).
      if (translated.flags !== 'u') return -1;
      source += '(?:(?=(?:' + translated.source + ')$)()|)';
      groups += translated.groups + 1;
      marks.push(groups);
    }
    var re;
    try {
      re = new RegExp(source, 'u');
    } catch (e) {
      return -1;
    }
    return lpnRegExpAdd({set: re, marks: marks});
  },

  lpn_js_regexp_set_match__deps: ['$lpnRegExp', '$lpnRegExpCached'],
  lpn_js_regexp_set_match: function(id, ptr, length) {
    var entry = lpnRegExp.entries[id], marks = entry.marks, hits = 0;
    // Every branch can match empty, so the RegExp matches every text.
    var m = entry.set.exec(lpnRegExpCached(lpnRegExp.texts, ptr, length));
    for (var i = 0; i < marks.length; i++) {
      if (m[marks[i]] !== undefined) hits |= 1 << i;
    }
    return hits;
  },

  lpn_js_regexp_free__deps: ['$lpnRegExp'],
  lpn_js_regexp_free: function(id) {
    lpnRegExp.entries[id] = null;
    lpnRegExp.freeIds.push(id);
  },

  lpn_js_regexp_exec__deps: ['$lpnRegExp', '$lpnRegExpCached', '$lpnRegExpVariant'],
  lpn_js_regexp_exec: function(id, mode, ptr, length, wanted, spans) {
    var state = lpnRegExp, text = lpnRegExpCached(state.texts, ptr, length);
    var re = lpnRegExpVariant(state.entries[id], mode, wanted > 0), offsets = state.offsets, end;
    if (wanted === 0) {
      // test() allocates no result; the sticky and global variants leave the end in lastIndex.
      if (mode === 2) return re.test(text) ? length : -1;
      re.lastIndex = 0;
      if (!re.test(text)) return -1;
      end = re.lastIndex;
      return offsets === null ? end : offsets[end];
    }
    re.lastIndex = 0;
    var m = re.exec(text);
    if (m === null) return -1;
    var indices = m.indices, at = spans >> 2;
    for (var g = 1; g <= wanted; g++, at += 2) {
      var span = indices[g];
      if (span === undefined) {
        HEAP32[at] = -1;
        HEAP32[at + 1] = -1;
      } else {
        HEAP32[at] = offsets === null ? span[0] : offsets[span[0]];
        HEAP32[at + 1] = offsets === null ? span[1] : offsets[span[1]];
      }
    }
    end = m.index + m[0].length;
    return offsets === null ? end : offsets[end];
  },

  // libphonenumber's replacement text → RE2's rewrite (TransformRegularExpressionToRE2Syntax in
  // regexp_adapter_re2.cc, patch 02's single pass) → literal parts and group numbers. A rewrite
  // RE2 rejects (a backslash before anything but a digit or a backslash) ends in part -1.
  $lpnRegExpRewrite__deps: ['$lpnRegExp'],
  $lpnRegExpRewrite: function(replacement) {
    if (lpnRegExp.parsedRewrites === null) lpnRegExp.parsedRewrites = new Map();
    var cached = lpnRegExp.parsedRewrites.get(replacement);
    if (cached !== undefined) return cached;
    var rewrite = replacement, i, c;
    if (replacement.indexOf('$') >= 0) {
      rewrite = '';
      for (i = 0; i < replacement.length; i++) {
        c = replacement[i];
        var slash = c === '$' || c === '\\';
        var next = replacement[i + 1];
        if (slash && (next === '$' || next === '\\')) {
          rewrite += '$';
          i++;
        } else {
          rewrite += slash ? '\\' : c;
        }
      }
    }
    var parts = [], literal = '', max = 0, broken = false;
    for (i = 0; i < rewrite.length; i++) {
      c = rewrite[i];
      if (c !== '\\') {
        if (!broken) literal += c;
        continue;
      }
      c = rewrite[++i];
      var digit = c !== undefined && c >= '0' && c <= '9';
      if (digit) max = Math.max(max, c.charCodeAt(0) - 48);
      if (broken) continue;
      if (digit) {
        parts.push(literal, c.charCodeAt(0) - 48);
        literal = '';
      } else if (c === '\\') {
        literal += '\\';
      } else {
        parts.push(literal, -1);
        literal = '';
        broken = true;
      }
    }
    if (!broken) parts.push(literal);
    var result = {parts: parts, max: max};
    lpnRegExp.parsedRewrites.set(replacement, result);
    return result;
  },

  lpn_js_regexp_replace__deps: ['$lpnRegExp', '$lpnRegExpCached', '$lpnRegExpVariant',
                                '$lpnRegExpRewrite'],
  lpn_js_regexp_replace: function(id, global, ptr, length, rewritePtr, rewriteLength, outPtr,
                                  capacity) {
    var entry = lpnRegExp.entries[id];
    var rewrite = lpnRegExpRewrite(lpnRegExpCached(lpnRegExp.rewrites, rewritePtr, rewriteLength));
    var text = lpnRegExpCached(lpnRegExp.texts, ptr, length);
    if (rewrite.max > entry.groups) return -1;
    var parts = rewrite.parts;
    // Appends the rewrite of match m to out; false where RE2's Rewrite fails.
    function expand(m) {
      for (var k = 0; k < parts.length; k++) {
        var part = parts[k];
        if (typeof part === 'string') {
          out += part;
        } else if (part < 0) {
          return false;
        } else if (m[part] !== undefined) {
          out += m[part];
        }
      }
      return true;
    }
    var out = '', re = lpnRegExpVariant(entry, 1, false), m;
    if (!global) {
      re.lastIndex = 0;
      m = re.exec(text);
      if (m === null || !expand(m)) return -1;
      out = text.slice(0, m.index) + out + text.slice(m.index + m[0].length);
    } else {
      // RE2::GlobalReplace: an empty match where the previous match ended is skipped by one
      // character (its rewrite's outcome is ignored, as RE2 does).
      // Whether the pattern can match empty at the end of the text, known once per pattern:
      // where it cannot, a match that ends the text ends the search (a number format's one match
      // does). Without assertions (^ $ \b \B lookarounds; a "^" in a class counts too), that is
      // whether it matches the empty text.
      if (entry.empty === undefined) {
        entry.empty = /[\^$]|\\[bB]|\(\?[=!<]/.test(entry.source) ||
                      lpnRegExpVariant(entry, 2, false).test('');
      }
      var p = 0, lastEnd = -1, count = 0, n = text.length;
      while (p < n || (p === n && entry.empty)) {
        re.lastIndex = p;
        m = re.exec(text);
        if (m === null) break;
        var from = m.index, to = from + m[0].length;
        if (p < from) out += text.slice(p, from);
        if (from === lastEnd && from === to) {
          var step = 1, unit = text.charCodeAt(p);
          if (unit >= 0xD800 && unit < 0xDC00 && p + 1 < n) step = 2;
          if (p < n) out += text.slice(p, p + step);
          p += step;
          continue;
        }
        expand(m);
        p = to;
        lastEnd = p;
        count++;
      }
      if (count === 0) return -1;
      if (p < n) out += text.slice(p);
    }
    // ASCII that fits goes straight into the caller's buffer; anything else waits for
    // lpn_js_regexp_take, its UTF-8 length told as -2 - length.
    var size = out.length, heap = HEAPU8, i, c;
    if (size <= capacity) {
      for (i = 0; i < size && (c = out.charCodeAt(i)) < 0x80; i++) heap[outPtr + i] = c;
      if (i === size) return size;
    }
    lpnRegExp.pending = out;
    return -2 - lengthBytesUTF8(out);
  },

  lpn_js_regexp_take__deps: ['$lpnRegExp'],
  lpn_js_regexp_take: function(ptr) {
    var out = lpnRegExp.pending;
    lpnRegExp.pending = '';
    stringToUTF8Array(out, HEAPU8, ptr, lengthBytesUTF8(out) + 1);
  },
});
