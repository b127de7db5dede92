// Result objects arrive from either engine as one string (grammar: glue/encode.h); this
// makes the objects. One decoder for both engines, so both give objects built the same way.
// State lives in module variables, not closures: the decoder runs once per API call, and a
// closure per call costs more than the decoding.

let text = '';
let at = 0;
let names = [];
let input = '';

function integer() {
  let c = text.charCodeAt(at);
  const negative = c === 45; // '-'
  if (negative) at++;
  let n = 0;
  while ((c = text.charCodeAt(at++)) >= 48 && c <= 57) n = n * 10 + (c - 48); // up to ';' or ':'
  return negative ? -n : n;
}

function string() {
  const length = integer();
  const s = text.slice(at, at + length);
  at += length;
  return s;
}

function value() {
  switch (text.charCodeAt(at++)) {
    case 110: return null; // n
    case 116: return true; // t
    case 102: return false; // f
    case 105: return integer(); // i
    case 115: return string(); // s
    case 73: return input; // I: the call's input
    case 91: { // [
      const a = [];
      while (text.charCodeAt(at) !== 93) a.push(value());
      at++;
      return a;
    }
    case 123: { // {
      const o = {};
      let c;
      while ((c = text.charCodeAt(at++)) !== 125) {
        if (c === 126) { // ~: a key that is data
          at++; // its 's'
          const key = string();
          o[key] = value();
        } else {
          o[names[c - 64]] = value();
        }
      }
      return o;
    }
    default:
      throw new Error(`contactcheck: malformed engine result at ${at - 1}`);
  }
}

/** @param {string} keyNames the engine's key table, "input,value,ok,…" */
export function createDecoder(keyNames) {
  const table = keyNames.split(',');
  /** @param {string} encoded  @param {string} [callInput] the string the engine was given */
  return (encoded, callInput = '') => {
    text = encoded;
    at = 0;
    names = table;
    input = callInput;
    try {
      const v = value();
      if (at !== encoded.length) throw new Error(`contactcheck: malformed engine result (${encoded.length - at} chars left)`);
      return v;
    } finally {
      text = '';
      input = '';
    }
  };
}
