// Engine parity (issue 9): a deterministic corpus (seeded PRNG) of mutations of the
// tests/data/*.tsv inputs (insert / delete / replace characters: full-width forms, NUL, lone
// surrogates, '@', '.', '+', digits, '内線', spaces, quotes) plus random strings, run through
// every function on both engines; the JSON of the results must be byte-identical.
//   node tests/js/parity.mjs [COUNT]        (default 100 000; npm test runs 10 000 of them)
import { pathToFileURL } from 'node:url';

import { load } from '../../node/index.mjs';
import { readTsv } from './helpers/tsv.mjs';
import { prng } from './helpers/random.mjs';

export const FULL_COUNT = 100_000;
const MAX_MISMATCHES = Number(process.env.PARITY_MAX_MISMATCHES ?? 50);

const PIECES = ['@', '.', '+', '-', ' ', '"', '\\', '(', ')', '0', '1', '3', '5', '8', '9', 'a', 'Z', '_', '~',
  '＠', '．', '＋', '０', '９', 'ａ', 'Ｚ', '－', '\u3000', '\u0000', '\ud800', '\udbff', '\udc00', '\udfff',
  '内線', '内', 'ext', 'x', '#', ';', ',', '..', '@@', '++', '\t', '\n', 'é', 'ß', '日本', '😀', '\u200b', '\ufeff',
  'gmail.com', 'docomo.ne.jp', 'xn--', '+81', '090', '0120', '1234', '5678'];

function seeds() {
  const list = new Set();
  for (const file of ['email_check.tsv', 'email_normalize.tsv', 'email_suggest.tsv', 'phone_parse.tsv']) {
    for (const row of readTsv(file)) {
      if (row[0] === null) continue;
      list.add(file === 'email_suggest.tsv' ? `user@${row[0]}` : row[0]);
    }
  }
  for (const row of readTsv('phone_as_you_type.tsv')) if (row[1] !== null) list.add(row[1]);
  return [...list].sort();
}

/** The corpus: `count` strings, the same on every run. */
export function* corpus(count = FULL_COUNT, seed = 0x5eed) {
  const rand = prng(seed);
  const int = (n) => Math.floor(rand() * n);
  const pick = (list) => list[int(list.length)];
  const base = seeds();
  for (let i = 0; i < count; i++) {
    if (i < base.length) { yield base[i]; continue; }
    if (int(5) === 0) {  // random string: pieces and random code units (incl. surrogates)
      let s = '';
      for (let n = int(40); n > 0; n--) s += int(3) ? pick(PIECES) : String.fromCharCode(int(0x10000));
      yield s;
      continue;
    }
    let s = pick(base);
    for (let m = 1 + int(4); m > 0; m--) {
      const at = int(s.length + 1);
      const op = int(3);
      if (op === 0) s = s.slice(0, at) + pick(PIECES) + s.slice(at);
      else if (op === 1) s = s.slice(0, at) + s.slice(at + 1 + int(3));
      else s = s.slice(0, at) + pick(PIECES) + s.slice(at + 1);
    }
    yield s;
  }
}

const REGIONS = ['JP', 'US', '', 'GB', 'jp', 'DE', 'XX'];
const FORMATS = ['e164', 'national', 'international', 'rfc3966'];

/** Every function on one input; the variant of options depends on the index. */
function results(cc, s, i) {
  const region = REGIONS[i % REGIONS.length];
  return [
    cc.checkEmail(s),
    cc.checkEmail(s, { locale: i % 2 ? 'ja' : 'en' }),
    cc.suggestEmail(s),
    // A list of strings crosses each binding its own way (N-API array, WASM pointer table).
    cc.suggestEmail(s, { domains: ['acme-intra.com', s.slice(s.lastIndexOf('@') + 1), 'ドメイン.jp'] }),
    cc.normalizeEmail(s),
    cc.normalizeEmail(s, { keepAliasesOf: ['taro@example.com', s] }),
    cc.parsePhone(s, { region: 'JP' }),
    cc.parsePhone(s, { region }),
    cc.parsePhone(s, { region: 'JP', types: ['mobile', 'fixed_line'], regionOnly: true, locale: 'ja' }),
    cc.formatPhone(s, FORMATS[i % FORMATS.length]),
    cc.formatAsYouType(s, region, i % (s.length + 1)),
  ];
}

/** Runs `count` inputs through both engines; returns { count, calls, mismatches: [...] }. */
export async function runParity({ count = FULL_COUNT, log = () => {} } = {}) {
  const native = await load({ engine: 'native' });
  const wasm = await load({ engine: 'wasm' });
  const mismatches = [];
  let n = 0, calls = 0;
  const t = performance.now();
  for (const s of corpus(count)) {
    const a = results(native, s, n);
    const b = results(wasm, s, n);
    calls += a.length;
    for (let k = 0; k < a.length; k++) {
      const ja = JSON.stringify(a[k]), jb = JSON.stringify(b[k]);
      if (ja !== jb && mismatches.length < MAX_MISMATCHES) mismatches.push({ index: n, call: k, input: s, native: ja, wasm: jb });
    }
    n++;
    if (n % 20_000 === 0) log(`parity: ${n} inputs, ${mismatches.length} mismatches, ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  return { count: n, calls, seconds: +((performance.now() - t) / 1000).toFixed(1), mismatches };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await runParity({ count: Number(process.argv[2] ?? FULL_COUNT), log: console.log });
  console.log(`parity: ${r.count} inputs, ${r.calls} calls per engine, ${r.mismatches.length} mismatches, ${r.seconds} s`);
  for (const m of r.mismatches.slice(0, 10)) console.log(JSON.stringify(m));
  process.exitCode = r.mismatches.length ? 1 : 0;
}
