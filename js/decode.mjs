// Result objects arrive from either engine as one string (grammar: glue/encode.h); this
// makes the objects. One decoder for both engines, so both give objects built the same way.
// State lives in module variables, not closures: the decoder runs once per API call, and a
// closure per call costs more than the decoding.

let text = '';
let at = 0;
let input = '';

// glue/encode.h's key table (CONTACTCHECK_KEYS), in its order: key i is written as the char
// '@' + i. object() stores each key under its literal name, because one store site per key
// sees one or two object shapes, where a computed `o[names[i]] = v` is a single site that sees
// every shape and goes megamorphic: that made decoding ~40 % slower (0.18 vs 0.10 µs for a
// checkEmail result). createDecoder() refuses an engine whose table differs, and checks that
// object() maps every key char to its name, so the two lists cannot drift apart unnoticed.
const KEYS = ['input', 'value', 'ok', 'error', 'suggestion', 'normalized', 'warnings', 'message',
  'warningMessages', 'base', 'rule', 'e164', 'national', 'international', 'region', 'type',
  'extension', 'expectedLengths', 'callingCode', 'example', 'mobile', 'fixedLine', 'text',
  'caret', 'contactcheck', 'libphonenumber', 'metadata', 'engine'];

// glue/encode.h's shapes (kShapes), in its order: shape i is written '(' + char('0' + i), its
// values in the shape's key order (no keys), then ')'. shaped() builds each with one object
// literal, whose properties are evaluated left to right, so each value() call reads the next;
// createDecoder() checks that each literal builds the engine's keys for that shape.
const SHAPES = [
  ['input', 'value', 'ok', 'error', 'suggestion', 'normalized', 'warnings'],
  ['input', 'value', 'ok', 'error', 'suggestion', 'normalized', 'warnings', 'message', 'warningMessages'],
  ['input', 'ok', 'error', 'normalized', 'base', 'rule'],
  ['input', 'ok', 'error', 'e164', 'national', 'international', 'region', 'type', 'extension', 'expectedLengths'],
  ['input', 'ok', 'error', 'e164', 'national', 'international', 'region', 'type', 'extension', 'expectedLengths', 'message'],
];

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

function object() {
  const o = {};
  let c;
  while ((c = text.charCodeAt(at++)) !== 125) { // '}'
    switch (c) {
      case 64: o.input = value(); break;
      case 65: o.value = value(); break;
      case 66: o.ok = value(); break;
      case 67: o.error = value(); break;
      case 68: o.suggestion = value(); break;
      case 69: o.normalized = value(); break;
      case 70: o.warnings = value(); break;
      case 71: o.message = value(); break;
      case 72: o.warningMessages = value(); break;
      case 73: o.base = value(); break;
      case 74: o.rule = value(); break;
      case 75: o.e164 = value(); break;
      case 76: o.national = value(); break;
      case 77: o.international = value(); break;
      case 78: o.region = value(); break;
      case 79: o.type = value(); break;
      case 80: o.extension = value(); break;
      case 81: o.expectedLengths = value(); break;
      case 82: o.callingCode = value(); break;
      case 83: o.example = value(); break;
      case 84: o.mobile = value(); break;
      case 85: o.fixedLine = value(); break;
      case 86: o.text = value(); break;
      case 87: o.caret = value(); break;
      case 88: o.contactcheck = value(); break;
      case 89: o.libphonenumber = value(); break;
      case 90: o.metadata = value(); break;
      case 91: o.engine = value(); break;
      case 126: { // ~: a key that is data
        at++; // its 's'
        const key = string();
        o[key] = value();
        break;
      }
      default:
        throw new Error(`contactcheck: malformed engine result at ${at - 1}`);
    }
  }
  return o;
}

function shaped() {
  let o;
  switch (text.charCodeAt(at++)) {
    case 48:
      o = { input: value(), value: value(), ok: value(), error: value(), suggestion: value(),
        normalized: value(), warnings: value() };
      break;
    case 49:
      o = { input: value(), value: value(), ok: value(), error: value(), suggestion: value(),
        normalized: value(), warnings: value(), message: value(), warningMessages: value() };
      break;
    case 50:
      o = { input: value(), ok: value(), error: value(), normalized: value(), base: value(), rule: value() };
      break;
    case 51:
      o = { input: value(), ok: value(), error: value(), e164: value(), national: value(),
        international: value(), region: value(), type: value(), extension: value(), expectedLengths: value() };
      break;
    case 52:
      o = { input: value(), ok: value(), error: value(), e164: value(), national: value(),
        international: value(), region: value(), type: value(), extension: value(), expectedLengths: value(),
        message: value() };
      break;
    default:
      throw new Error(`contactcheck: malformed engine result at ${at - 1}`);
  }
  if (text.charCodeAt(at++) !== 41) throw new Error(`contactcheck: malformed engine result at ${at - 1}`); // ')'
  return o;
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
    case 123: return object(); // {
    case 40: return shaped(); // (
    default:
      throw new Error(`contactcheck: malformed engine result at ${at - 1}`);
  }
}

function decode(encoded, callInput = '') {
  text = encoded;
  at = 0;
  input = callInput;
  try {
    const v = value();
    if (at !== encoded.length) throw new Error(`contactcheck: malformed engine result (${encoded.length - at} chars left)`);
    return v;
  } finally {
    text = '';
    input = '';
  }
}

/**
 * @param {string} keyNames the engine's key table and shapes, "input,value,ok,…|input,value,…|…"
 * @returns {(encoded: string, callInput?: string) => unknown}
 */
export function createDecoder(keyNames) {
  const ours = [KEYS, ...SHAPES].map((keys) => keys.join(',')).join('|');
  if (keyNames !== ours) {
    throw new Error(`contactcheck: the engine's result keys (${keyNames}) are not the decoder's (${ours})`);
  }
  KEYS.forEach((name, i) => {
    const keys = Object.keys(decode(`{${String.fromCharCode(64 + i)}n}`));
    if (keys.length !== 1 || keys[0] !== name) throw new Error(`contactcheck: decoder maps key ${i} to ${keys}, not ${name}`);
  });
  SHAPES.forEach((names, i) => {
    const keys = Object.keys(decode(`(${i}${'n'.repeat(names.length)})`)).join(',');
    if (keys !== names.join(',')) throw new Error(`contactcheck: decoder builds shape ${i} as ${keys}, not ${names}`);
  });
  return decode;
}
