// Reads tests/data/*.tsv, the case files shared with the C++ tests (format and escapes:
// tests/core/test_data.h). Fields decode to bytes; a field whose bytes are not valid UTF-8
// (written with \xHH or a surrogate \uD8xx) cannot be a JS string: it comes back as null and
// the suites leave that row to the C++ tests, counting how many they left.
import { readFileSync } from 'node:fs';

const decoder = new TextDecoder('utf-8', { fatal: true });

function utf8(cp) {
  // CESU-style for surrogates, exactly like test_data.h: those rows are then invalid UTF-8.
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
}

/** The bytes an escaped field stands for (escapes of tests/core/test_data.h). */
export function unescapeBytes(bytes) {
  const out = [];
  const hex = (from, n) => {
    if (from + n > bytes.length) return -1;
    const s = Buffer.from(bytes.slice(from, from + n)).toString('latin1');
    return /^[0-9a-fA-F]+$/.test(s) ? parseInt(s, 16) : -1;
  };
  const simple = { t: 9, n: 10, r: 13, 0: 0, s: 32, '\\': 92 };
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 92 || i + 1 === bytes.length) { out.push(bytes[i]); continue; }
    const e = String.fromCharCode(bytes[i + 1]);
    let v;
    if (e in simple) { out.push(simple[e]); i++; }
    else if (e === 'x' && (v = hex(i + 2, 2)) >= 0) { out.push(v); i += 3; }
    else if (e === 'u' && (v = hex(i + 2, 4)) >= 0) { out.push(...utf8(v)); i += 5; }
    else if (e === 'U' && (v = hex(i + 2, 6)) >= 0 && v <= 0x10ffff) { out.push(...utf8(v)); i += 7; }
    else out.push(92);
  }
  return Buffer.from(out);
}

function decode(bytes) {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/** Rows of fields (strings, or null where the bytes are not valid UTF-8). */
export function readTsv(name) {
  return readTsvBytes(name).map((fields) => fields.map(decode));
}

/** Rows of fields as the raw bytes they stand for (what the fuzz seeds are made of). */
export function readTsvBytes(name) {
  const raw = readFileSync(new URL(`../../data/${name}`, import.meta.url));
  const rows = [];
  let start = 0;
  while (start < raw.length) {
    let end = raw.indexOf(10, start);
    if (end < 0) end = raw.length;
    let line = raw.subarray(start, end);
    start = end + 1;
    if (line.length && line[line.length - 1] === 13) line = line.subarray(0, line.length - 1);
    if (!line.length || line[0] === 35 /* # */) continue;
    const fields = [];
    let from = 0;
    for (;;) {
      const tab = line.indexOf(9, from);
      fields.push(unescapeBytes([...line.subarray(from, tab < 0 ? line.length : tab)]));
      if (tab < 0) break;
      from = tab + 1;
    }
    rows.push(fields);
  }
  return rows;
}
