// Seed corpora for the fuzz targets, from the first column(s) of tests/data/*.tsv, decoded to
// raw bytes with the escapes of tests/core/test_data.h (so invalid-UTF-8 rows are seeds too).
//   node tests/fuzz/make_corpus.mjs OUT_DIR   → OUT_DIR/<target>/<n> ; prints the counts
// The phone targets read a region byte (and an options/caret byte) first: see fuzz_util.h.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const data = new URL('../data/', import.meta.url);
const out = process.argv[2];
if (!out) throw new Error('usage: make_corpus.mjs OUT_DIR');

// Same order as kRegions in fuzz_util.h.
const REGIONS = ['JP', 'US', 'GB', 'DE', 'FR', 'CN', 'KR', 'IN', 'BR', 'AU', 'IT', 'AR', 'MX', 'RU',
  'SG', 'HK', 'TW', 'NZ', '001', '', 'jp', 'us', 'ZZ', 'XX'];

function utf8(cp) {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
}

function unescape(field) {
  const b = [...field];
  const out = [];
  const hex = (from, n) => {
    const s = Buffer.from(b.slice(from, from + n)).toString('latin1');
    return s.length === n && /^[0-9a-fA-F]+$/.test(s) ? parseInt(s, 16) : -1;
  };
  const simple = { t: 9, n: 10, r: 13, 0: 0, s: 32, '\\': 92 };
  for (let i = 0; i < b.length; i++) {
    if (b[i] !== 92 || i + 1 === b.length) { out.push(b[i]); continue; }
    const e = String.fromCharCode(b[i + 1]);
    let v;
    if (e in simple) { out.push(simple[e]); i++; }
    else if (e === 'x' && (v = hex(i + 2, 2)) >= 0) { out.push(v); i += 3; }
    else if (e === 'u' && (v = hex(i + 2, 4)) >= 0) { out.push(...utf8(v)); i += 5; }
    else if (e === 'U' && (v = hex(i + 2, 6)) >= 0 && v <= 0x10ffff) { out.push(...utf8(v)); i += 7; }
    else out.push(92);
  }
  return Buffer.from(out);
}

function rows(name) {
  const raw = readFileSync(new URL(name, data));
  const result = [];
  for (let line of raw.toString('latin1').split('\n')) {
    line = line.replace(/\r$/, '');
    if (!line || line.startsWith('#')) continue;
    result.push(line.split('\t').map((f) => unescape(Buffer.from(f, 'latin1'))));
  }
  return result;
}

function regionBytes(region) {
  const i = REGIONS.indexOf(region === '-' ? '' : region);
  return i >= 0 ? Buffer.from([i]) : Buffer.concat([Buffer.from([200]), Buffer.from(region, 'latin1').subarray(0, 2)]);
}

const corpora = {
  check_email: rows('email_check.tsv').map((r) => r[0]),
  normalize_email: rows('email_normalize.tsv').flatMap((r) =>
    r.length > 4 ? [r[0], Buffer.concat([r[4], Buffer.from('\n'), r[0]])] : [r[0]]),
  suggest_email: rows('email_suggest.tsv').map((r) => Buffer.concat([Buffer.from('user@'), r[0]])),
  parse_phone: rows('phone_parse.tsv').map((r) => {
    const spec = r[2]?.toString() ?? '-';
    const flags = (spec.includes('regionOnly') ? 1 : 0) | (spec.includes('mobile') ? 2 : 0) |
      (spec.includes('fixed_line') ? 4 : 0) | (spec.includes('toll_free') ? 8 : 0);
    return Buffer.concat([regionBytes(r[1]?.toString() ?? '-'), Buffer.from([flags]), r[0]]);
  }),
  as_you_type: rows('phone_as_you_type.tsv').map((r) =>
    Buffer.concat([regionBytes(r[0].toString()), Buffer.from([254]), r[1]])),
};
// The email seeds are good phone seeds too, and the other way round (a name, a number).
corpora.suggest_email.push(...corpora.check_email);

const counts = {};
for (const [target, seeds] of Object.entries(corpora)) {
  const dir = join(out, target);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const unique = [...new Map(seeds.map((s) => [s.toString('latin1'), s])).values()];
  unique.forEach((s, i) => writeFileSync(join(dir, `seed-${String(i).padStart(4, '0')}`), s));
  counts[target] = unique.length;
}
console.log(JSON.stringify(counts));
