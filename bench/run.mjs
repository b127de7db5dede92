#!/usr/bin/env node
// `npm run bench`: contactcheck against its JavaScript peers, side by side, in one run, on the
// same inputs. Writes bench/RESULTS.md and prints it.
//
//   node bench/run.mjs [--quick] [--no-browser] [--no-cold] [--no-extra]
//
// Sections: throughput (ops/s, median of several interleaved rounds, with the spread as a
// noise figure) for parsePhone / checkEmail / suggestEmail / normalizeEmail on both engines
// against libphonenumber-js (max, min), google-libphonenumber, awesome-phonenumber, validator,
// Mailcheck and @zootools/email-spell-checker; suggestion accuracy on tests/data/email_suggest.tsv;
// bundle sizes (esbuild --minify; raw, gzip -9, brotli q11); time to the first parsePhone result
// in a fresh Node process and in headless Chromium (served from 127.0.0.1 only); then the
// other benches of bench/ (dedupe, linear time) when they exist.
//
// Fairness notes (also written into RESULTS.md): every phone contender does parse + isValid +
// E.164 on the same (input, default region) pairs; ours also fills national, international,
// region and type in that one call, the peers do not. Every contender is warmed up first.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { prng } from '../tests/js/helpers/random.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const argv = new Set(process.argv.slice(2));
const QUICK = argv.has('--quick');
const ROUNDS = QUICK ? 3 : 11;         // interleaved rounds per contender; medians reported
const ROUND_MS = QUICK ? 150 : 300;
const COLD_RUNS = QUICK ? 3 : 7;       // fresh processes / browser contexts per contender
const lines = [];                      // the Markdown report
const out = (s = '') => { lines.push(s); };
const log = (s) => process.stderr.write(`[bench] ${s}\n`);

// ---- inputs -------------------------------------------------------------------------------
// Phone: the same (text, default region) pairs for every contender; typed shapes real forms
// see (hyphens, spaces, parentheses, +CC, full-width), a few regions, a few invalid ones.
const PHONES = [
  ['090-1234-5678', 'JP'], ['03-1234-5678', 'JP'], ['０９０－１２３４－５６７８', 'JP'],
  ['+81 3-1234-5678', 'JP'], ['0120-123-456', 'JP'], ['06 6123 4567', 'JP'],
  ['(201) 555-0123', 'US'], ['+1 650-253-0000', 'US'], ['212.555.0199', 'US'],
  ['020 7946 0958', 'GB'], ['+44 7400 123456', 'GB'], ['030 123456', 'DE'],
  ['+49 1512 3456789', 'DE'], ['01 23 45 67 89', 'FR'], ['+33 6 12 34 56 78', 'FR'],
  ['+91 98765 43210', 'IN'], ['(11) 96123-4567', 'BR'], ['+86 131 2345 6789', 'CN'],
  ['0412 345 678', 'AU'], ['010-1234-5678', 'KR'],
  ['123', 'JP'], ['+81 90 1234', 'JP'], ['090-1234-56789', 'JP'], ['not a number', 'US'],
];

function readTsvColumn(name) {
  const file = path.join(ROOT, 'tests/data', name);
  if (!fs.existsSync(file)) return null;
  return fs.readFileSync(file, 'utf8').split(/\r?\n/)
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'));
}
// The TSV escapes (tests/core/test_data.h) only matter for hostile rows: those are skipped here.
const plain = (s) => typeof s === 'string' && !s.includes('\\') && s.length < 300;

const EMAILS = (() => {
  const base = ['taro.yamada@example.co.jp', 'user@gmail.com', 'Mirai.Taro+shop@gmail.com',
    'taro..yamada@docomo.ne.jp', 'o\'brien@example.ie', 'user@examplecom', 'user＠example.com',
    'john.doe@company.org', 'first_last@sub.domain.example', 'user@gmal.com', '未来太郎',
    'user @example.com', '"john doe"@example.com', 'x@y.io', 'a.b-c_d@xn--p1ai.xn--p1ai'];
  const rows = readTsvColumn('email_check.tsv') ?? [];
  return [...new Set([...base, ...rows.map((r) => r[0]).filter(plain).slice(0, 200)])];
})();
// What a signup form receives, generated (seeded: the same list every run): mostly well-formed
// addresses at the providers Japanese and US forms see, some with +tags or Gmail dots, 6 %
// mistyped domains, 4 % slips (no @, a space, a full-width ＠, a name in the field). The
// corpus above is test cases, most of them edge cases; this is the traffic a form has.
const SIGNUPS = (() => {
  const next = prng(8);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const names = ['taro', 'hanako', 'yuki', 'kenji', 'sakura', 'haruto', 'aoi', 'john', 'mary', 'emily',
    'michael', 'sarah', 'david', 'jessica', 'chris', 'ana', 'li', 'wei', 'maria', 'james'];
  const surnames = ['yamada', 'suzuki', 'sato', 'tanaka', 'watanabe', 'ito', 'smith', 'johnson',
    'brown', 'garcia', 'miller', 'davis', 'lee', 'kim', 'nguyen'];
  const domains = [['gmail.com', 30], ['yahoo.co.jp', 9], ['icloud.com', 8], ['docomo.ne.jp', 5],
    ['ezweb.ne.jp', 3], ['softbank.ne.jp', 2], ['outlook.com', 6], ['hotmail.com', 5], ['yahoo.com', 5],
    ['outlook.jp', 2], ['example.co.jp', 8], ['mail.example.com', 6], ['example.ac.jp', 3], ['aol.com', 1],
    ['protonmail.com', 1], ['me.com', 1], ['i.softbank.jp', 1], ['au.com', 1], ['nifty.com', 1], ['live.jp', 1]];
  const total = domains.reduce((n, [, w]) => n + w, 0);
  const domain = () => { let r = next() * total; for (const [d, w] of domains) if ((r -= w) < 0) return d; return 'gmail.com'; };
  const typos = ['gmial.com', 'gmail.con', 'gamil.com', 'yahoo.co.jo', 'yahooo.co.jp', 'hotmial.com',
    'outlok.com', 'icloud.co', 'docomo.ne.jo', 'ezweb.ne', 'gmail.co.jp', 'yaho.com'];
  const list = [];
  for (let i = 0; i < 400; i++) {
    const first = pick(names), last = pick(surnames), r = next();
    let local = r < 0.3 ? `${first}.${last}` : r < 0.5 ? `${first}${last}${Math.floor(next() * 100)}`
      : r < 0.65 ? `${first}_${last}` : r < 0.8 ? `${first[0]}${last}` : `${first}${Math.floor(next() * 10000)}`;
    if (next() < 0.08) local += `+${pick(['shop', 'news', 'signup', 'spam'])}`;
    const slip = next();
    let email = `${local}@${slip < 0.06 ? pick(typos) : domain()}`;
    if (slip > 0.96) email = slip < 0.97 ? email.replace('@', '') : slip < 0.98 ? email.replace('@', ' @')
      : slip < 0.99 ? email.replace('@', '＠') : `${first} ${last}`;
    list.push(email);
  }
  return list;
})();
const NORMALIZE = (() => {
  const rows = readTsvColumn('email_normalize.tsv') ?? [];
  const base = ['Mirai.Taro+news@gmail.com', 'mirai.taro+shop@example.com', 'taro+1@docomo.ne.jp',
    'm.i.r.a.i@example.com', 'User@GoogleMail.com', 'a+b@yahoo.co.jp'];
  return [...new Set([...base, ...rows.map((r) => r[0]).filter(plain).slice(0, 150)])];
})();
const SUGGEST_ROWS = (readTsvColumn('email_suggest.tsv') ?? []).filter((r) => plain(r[0]) && r.length >= 2);
const SUGGEST = SUGGEST_ROWS.length
  ? SUGGEST_ROWS.map((r) => `user@${r[0]}`)
  : ['user@gmial.com', 'user@gmail.com', 'user@yahoo.co.jp', 'user@hotmial.com', 'user@docomo.ne.jp'];

// ---- helpers ------------------------------------------------------------------------------
const median = (a) => { const s = [...a].sort((x, y) => x - y); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const fmt = (n) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(n >= 10 ? 1 : 2));
const kB = (n) => (n / 1000).toFixed(1);
const ratio = (a, b) => (b ? `${(a / b).toFixed(2)}×` : '–');
// Ours ÷ a peer from runs of the same interleaved rounds: the median of the per-round ratios.
// Neighbours on these shared cores slow whole stretches of a run down; a round's two figures
// are taken seconds apart, so their ratio keeps less of that than a ratio of the two medians.
const pairedRatio = (ours, peer) => {
  const n = Math.min(ours.length, peer.length);
  if (!n) return '–';
  return ratio(median(Array.from({ length: n }, (_, i) => ours[i] / peer[i])), 1);
};
const pkgVersion = (name) => { try { return require(`${name}/package.json`).version; } catch { return 'missing'; } };
const spread = (a) => (a.length > 1 ? `±${Math.round((Math.max(...a) - Math.min(...a)) / median(a) * 50)}%` : '');

let sink = 0;
const touch = (v) => { if (v) sink += typeof v === 'string' ? v.length : 1; };

/** ops/s of `fn` over `inputs` for each contender: warm-up, then ROUNDS interleaved rounds. */
function throughput(contenders, inputs) {
  const results = new Map(contenders.map((c) => [c.name, []]));
  for (const c of contenders) {           // warm-up: JIT, lazy metadata, wasm tier-up
    const end = performance.now() + (QUICK ? 100 : 250);
    while (performance.now() < end) for (const x of inputs) touch(c.fn(x));
  }
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 ? [...contenders].reverse() : contenders;
    for (const c of order) {
      let ops = 0;
      const t0 = performance.now();
      let t = t0;
      while (t - t0 < ROUND_MS) {
        for (const x of inputs) touch(c.fn(x));
        ops += inputs.length;
        t = performance.now();
      }
      results.get(c.name).push(ops / ((t - t0) / 1000));
    }
  }
  return contenders.map((c) => ({ name: c.name, note: c.note ?? '', runs: results.get(c.name), ops: median(results.get(c.name)) }));
}

function throughputTable(title, rows, ours) {
  out(`### ${title}`);
  out();
  const peers = rows.filter((r) => !ours.includes(r.name));
  out(`| contender | ops/s (median) | noise | ${ours.map((o) => `${o} ÷ it`).join(' | ')} | note |`);
  out(`|---|---:|---:|${ours.map(() => '---:').join('|')}|---|`);
  for (const r of rows) {
    const cells = ours.map((o) => (ours.includes(r.name) ? '' : pairedRatio(rows.find((x) => x.name === o).runs, r.runs)));
    out(`| ${r.name} | ${fmt(r.ops)} | ${spread(r.runs)} | ${cells.join(' | ')} | ${r.note} |`);
  }
  out();
  return peers;
}

// ---- engines and peers --------------------------------------------------------------------
const { load } = await import(pathToFileURL(path.join(ROOT, 'node/index.mjs')).href);
const engines = {};
for (const e of ['native', 'wasm']) {
  try { engines[e] = await load({ engine: e }); } catch (err) { log(`engine ${e} unavailable: ${err.message}`); }
}
const OURS = Object.keys(engines);
const lpnMax = await import('libphonenumber-js/max');
const lpnMin = await import('libphonenumber-js/min');
const glpn = require('google-libphonenumber');
const gUtil = glpn.PhoneNumberUtil.getInstance();
const awesome = await import('awesome-phonenumber');
const validator = require('validator');
const Mailcheck = require('mailcheck');
const zoo = require('@zootools/email-spell-checker').default;

const phoneContenders = [
  ...OURS.map((e) => ({ name: e, fn: ([t, region]) => { const r = engines[e].parsePhone(t, { region }); return r.ok && r.e164; }, note: 'also national, international, type' })),
  { name: 'libphonenumber-js/max', fn: ([t, r]) => { const p = lpnMax.parsePhoneNumberFromString(t, r); return p && p.isValid() && p.number; } },
  { name: 'libphonenumber-js/min', fn: ([t, r]) => { const p = lpnMin.parsePhoneNumberFromString(t, r); return p && p.isValid() && p.number; }, note: 'min metadata: validity by length only' },
  { name: 'google-libphonenumber', fn: ([t, r]) => { try { const n = gUtil.parse(t, r); return gUtil.isValidNumber(n) && gUtil.format(n, glpn.PhoneNumberFormat.E164); } catch { return false; } } },
  { name: 'awesome-phonenumber', fn: ([t, r]) => { const p = awesome.parsePhoneNumber(t, { regionCode: r }); return p.valid && p.number.e164; } },
];
const emailContenders = [
  ...OURS.map((e) => ({ name: e, fn: (s) => engines[e].checkEmail(s).ok, note: 'also suggestion, normalized, warnings' })),
  { name: 'validator.isEmail', fn: (s) => validator.isEmail(s) },
  // What checkEmail does, done with the JavaScript libraries: check, "did you mean", dedup key.
  {
    name: 'same work in JS: isEmail + Mailcheck + normalizeEmail',
    note: 'check, suggestion, dedup key',
    fn: (s) => {
      const ok = validator.isEmail(s);
      touch(Mailcheck.run({ email: s })?.full);
      if (ok) touch(validator.normalizeEmail(s));
      return ok;
    },
  },
];
const suggestContenders = [
  ...OURS.map((e) => ({ name: e, fn: (s) => engines[e].suggestEmail(s) })),
  { name: 'mailcheck', fn: (s) => Mailcheck.run({ email: s })?.full },
  { name: '@zootools/email-spell-checker', fn: (s) => zoo.run({ email: s })?.full },
];
const normalizeContenders = [
  ...OURS.map((e) => ({ name: e, fn: (s) => engines[e].normalizeEmail(s).normalized })),
  { name: 'validator.normalizeEmail', fn: (s) => validator.normalizeEmail(s) },
];

// As-you-type: one number typed key by key, every keystroke answered with the formatted text
// (what a form shows). Ours twice: the AsYouType object, and formatAsYouType re-formatting the
// whole field value per keystroke (what the web demo does, keeping the caret).
const TYPED = PHONES.slice(0, 20).map(([t, r]) => [t.normalize('NFKC').replace(/[^+0-9]/g, ''), r]);
const keys = (digits) => [...digits];
const typeContenders = [
  ...OURS.flatMap((e) => [
    { name: e, fn: ([d, r]) => { const f = new engines[e].AsYouType(r); let out; for (const k of keys(d)) out = f.input(k); f.dispose(); return out; }, note: 'AsYouType object' },
    { name: `${e} formatAsYouType`, fn: ([d, r]) => { let v = ''; for (const k of keys(d)) v = engines[e].formatAsYouType(v + k, r).text; return v; }, note: 'whole field value per keystroke, caret kept' },
  ]),
  { name: 'libphonenumber-js/max', fn: ([d, r]) => { const f = new lpnMax.AsYouType(r); let out; for (const k of keys(d)) out = f.input(k); return out; } },
  { name: 'google-libphonenumber', fn: ([d, r]) => { const f = new glpn.AsYouTypeFormatter(r); let out; for (const k of keys(d)) out = f.inputDigit(k); return out; } },
  { name: 'awesome-phonenumber', fn: ([d, r]) => { const f = awesome.getAsYouType(r); let out; for (const k of keys(d)) out = f.addChar(k); return out; } },
];

// ---- report header ------------------------------------------------------------------------
const cpu = os.cpus();
out('# contactcheck benchmark results');
out();
out(`Generated by \`npm run bench\` (bench/run.mjs${QUICK ? ' --quick' : ''}) on ${new Date().toISOString().replace(/\..*/, 'Z')}.`);
out();
out(`- Machine: ${cpu[0]?.model ?? '?'} × ${cpu.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}; load average at start ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} (the cores are shared: figures are medians of ${ROUNDS} interleaved rounds of ${ROUND_MS} ms; "noise" is ±half the max–min spread; a ratio is the median of the per-round ratios, each from two runs seconds apart).`);
out(`- Node ${process.version}; contactcheck ${JSON.stringify(engines.native?.versions() ?? engines.wasm?.versions())}`);
out(`- Peers: ${['libphonenumber-js', 'google-libphonenumber', 'awesome-phonenumber', 'validator', 'mailcheck', '@zootools/email-spell-checker', 'esbuild'].map((p) => `${p} ${pkgVersion(p)}`).join(', ')}`);
out();
out('## Throughput in Node (ops/s, higher is better; ratio = ours ÷ peer)');
out();

// ---- throughput ---------------------------------------------------------------------------
const valid = (c) => PHONES.filter((x) => c.fn(x)).length;
log('throughput: parsePhone');
const phoneRows = throughput(phoneContenders, PHONES);
for (const r of phoneRows) r.note = `${r.note ? `${r.note}; ` : ''}valid ${valid(phoneContenders.find((c) => c.name === r.name))}/${PHONES.length}`;
throughputTable(`parsePhone + isValid + E.164 (${PHONES.length} inputs, ${new Set(PHONES.map((p) => p[1])).size} regions)`, phoneRows, OURS);
log('throughput: checkEmail');
// Each contender's throughput on the inputs, its note saying how many of them it accepts.
const checkEmailRows = (inputs) => throughput(emailContenders, inputs).map((r) => ({ ...r,
  note: `${r.note ? `${r.note}; ` : ''}accepts ${inputs.filter((s) => emailContenders.find((c) => c.name === r.name).fn(s)).length}/${inputs.length}` }));
throughputTable(`checkEmail vs validator.isEmail (${EMAILS.length} inputs: tests/data/email_check.tsv + common shapes)`, checkEmailRows(EMAILS), OURS);
log('throughput: checkEmail, signup traffic');
throughputTable(`checkEmail on signup-form traffic (${SIGNUPS.length} generated addresses: 6 % mistyped domains, 4 % slips; same contenders)`, checkEmailRows(SIGNUPS), OURS);
log('throughput: suggestEmail');
throughputTable(`suggestEmail vs Mailcheck (${SUGGEST.length} inputs: tests/data/email_suggest.tsv)`, throughput(suggestContenders, SUGGEST), OURS);
log('throughput: normalizeEmail');
throughputTable(`normalizeEmail vs validator.normalizeEmail (${NORMALIZE.length} inputs)`, throughput(normalizeContenders, NORMALIZE), OURS);

log('throughput: as-you-type');
{
  const ref = typeContenders[0];
  const want = TYPED.map(ref.fn);
  const rows = throughput(typeContenders, TYPED);
  for (const r of rows) {
    const c = typeContenders.find((x) => x.name === r.name);
    const same = TYPED.filter((x, i) => c.fn(x) === want[i]).length;
    r.note = `${r.note ? `${r.note}; ` : ''}final text as ${ref.name}'s: ${same}/${TYPED.length}`;
  }
  throughputTable(`As-you-type: numbers typed key by key (${TYPED.length} numbers, ${TYPED.reduce((n, [d]) => n + d.length, 0)} keystrokes; ops = numbers)`, rows, [...OURS, ...OURS.map((e) => `${e} formatAsYouType`)]);
}

// ---- suggestion accuracy ------------------------------------------------------------------
out('## Suggestion accuracy on tests/data/email_suggest.tsv');
out();
if (!SUGGEST_ROWS.length) {
  out('tests/data/email_suggest.tsv: not present.');
} else {
  const typos = SUGGEST_ROWS.filter((r) => r[1] !== '-').length;
  out(`${SUGGEST_ROWS.length} typed domains (${typos} typos, ${SUGGEST_ROWS.length - typos} valid domains that must get no suggestion); input \`user@<domain>\`.`);
  out();
  out('| contender | right | right % | false suggestions on valid domains | typos missed | wrong fix |');
  out('|---|---:|---:|---:|---:|---:|');
  for (const c of suggestContenders) {
    let right = 0, falsePos = 0, missed = 0, wrong = 0;
    for (const [domain, expected] of SUGGEST_ROWS) {
      const got = c.fn(`user@${domain}`) ?? null;
      const want = expected === '-' ? null : `user@${expected}`;
      if ((got || null) === want) right++;
      else if (want === null) falsePos++;
      else if (!got) missed++;
      else wrong++;
    }
    out(`| ${c.name} | ${right}/${SUGGEST_ROWS.length} | ${(100 * right / SUGGEST_ROWS.length).toFixed(1)} | ${falsePos} | ${missed} | ${wrong} |`);
  }
  out();
}

// ---- bundle sizes -------------------------------------------------------------------------
const esbuild = await import('esbuild');
const WORK = fs.mkdtempSync(path.join(os.tmpdir(), 'contactcheck-bench-'));
process.on('exit', () => fs.rmSync(WORK, { recursive: true, force: true }));
const sizes = (buf, mode) => ({
  raw: buf.length,
  gzip: zlib.gzipSync(buf, { level: 9 }).length,
  br: zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_MODE]: mode, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length } }).length,
});
async function bundle(contents, file) {
  const r = await esbuild.build({
    stdin: { contents, resolveDir: ROOT, sourcefile: 'entry.mjs', loader: 'js' },
    bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022',
    write: false, outfile: path.join(WORK, file), logLevel: 'silent',
  });
  const js = Buffer.from(r.outputFiles[0].contents);
  fs.writeFileSync(path.join(WORK, file), js);
  return js;
}
const WASM_FILE = path.join(ROOT, 'dist/contactcheck-wasm.wasm');
// A relinked variant of the shipped module (the subset engine, the named one for the parts
// table) is stale when missing or older than the shipped module.
const staleBeside = (file) => !fs.existsSync(file) || fs.statSync(file).mtimeMs < fs.statSync(WASM_FILE).mtimeMs;
const SUBSET_DIR = path.join(ROOT, 'build/subset/dist');  // scripts/build_regions.sh, for the bench
// The subset engine is relinked (~15 s) whenever it is older than the full one, so its row
// never describes an earlier build (it once did: a morning's build measured in the evening).
const SUBSET_REGIONS = (() => {
  const file = (f) => path.join(SUBSET_DIR, f);
  const regions = fs.existsSync(file('REGIONS')) ? fs.readFileSync(file('REGIONS'), 'utf8').trim() : 'JP,US';
  if (staleBeside(file('contactcheck-wasm.wasm'))) {
    log(`relinking the region subset ${regions}`);
    const r = spawnSync('bash', [path.join(ROOT, 'scripts/build_regions.sh')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CONTACTCHECK_REGIONS: regions, CONTACTCHECK_REGIONS_OUT: SUBSET_DIR } });
    if (r.status !== 0) { log('region subset: build failed, row left out'); return null; }
  }
  return regions;
})();
const SIZE_ENTRIES = [
  { name: 'contactcheck (wasm + glue + api, everything)', code: "export { load } from './wasm/index.mjs';", wasm: true },
  ...(SUBSET_REGIONS ? [{ name: `contactcheck, region subset ${SUBSET_REGIONS} (npm run build:regions)`, code: "export { load } from './wasm/index.mjs';", wasm: path.join(SUBSET_DIR, 'contactcheck-wasm.wasm') }] : []),
  { name: 'libphonenumber-js/max (parse + AsYouType)', code: "export { parsePhoneNumberFromString, AsYouType } from 'libphonenumber-js/max';" },
  { name: 'libphonenumber-js/max (parse only)', code: "export { parsePhoneNumberFromString } from 'libphonenumber-js/max';" },
  { name: 'libphonenumber-js/min (parse + AsYouType)', code: "export { parsePhoneNumberFromString, AsYouType } from 'libphonenumber-js/min';" },
  { name: 'google-libphonenumber', code: "export { default } from 'google-libphonenumber';" },
  { name: 'awesome-phonenumber (parse + AsYouType)', code: "export { parsePhoneNumber, getAsYouType } from 'awesome-phonenumber';" },
  { name: 'validator isEmail', code: "export { default } from 'validator/es/lib/isEmail.js';" },
  { name: 'validator normalizeEmail', code: "export { default } from 'validator/es/lib/normalizeEmail.js';" },
  { name: 'mailcheck', code: "export { default } from 'mailcheck';" },
  { name: '@zootools/email-spell-checker', code: "export { default } from '@zootools/email-spell-checker';" },
  { name: 'JS stack of the same scope: lpn-js/max + validator + mailcheck', code: "export { parsePhoneNumberFromString, AsYouType } from 'libphonenumber-js/max'; export { default as isEmail } from 'validator/es/lib/isEmail.js'; export { default as normalizeEmail } from 'validator/es/lib/normalizeEmail.js'; export { default as Mailcheck } from 'mailcheck';" },
];
log('bundle sizes');
out('## Bundle size (esbuild --minify, ESM, browser; bytes → kB = 1000 B)');
out();
out('Ours: the esbuild bundle of wasm/index.mjs (glue + js/api.mjs) plus dist/contactcheck-wasm.wasm, each compressed on its own (two HTTP responses). gzip -9, brotli quality 11 (node:zlib).');
out();
out('| bundle | raw kB | gzip kB | brotli kB | of which .wasm (raw / gzip / brotli) |');
out('|---|---:|---:|---:|---|');
const bundleSizes = {};
for (const [i, e] of SIZE_ENTRIES.entries()) {
  try {
    const js = await bundle(e.code, `size-${i}.js`);
    const s = sizes(js, zlib.constants.BROTLI_MODE_TEXT);
    let extra = '';
    if (e.wasm) {
      const w = sizes(fs.readFileSync(e.wasm === true ? WASM_FILE : e.wasm), zlib.constants.BROTLI_MODE_GENERIC);
      for (const k of ['raw', 'gzip', 'br']) s[k] += w[k];
      extra = `${kB(w.raw)} / ${kB(w.gzip)} / ${kB(w.br)}`;
    }
    bundleSizes[e.name] = s;
    out(`| ${e.name} | ${kB(s.raw)} | ${kB(s.gzip)} | ${kB(s.br)} | ${extra} |`);
  } catch (err) {
    out(`| ${e.name} | failed: ${String(err.message).split('\n')[0]} | | | |`);
  }
}
out();

// What the .wasm is made of, so a size change can be traced to a part without a profiler.
{
  log('what the .wasm is made of');
  // Relinked (~11 s) only when older than the shipped module, as the subset engine above is.
  const PARTS_WASM = path.join(ROOT, 'build/parts/contactcheck-wasm.wasm');
  const relink = staleBeside(PARTS_WASM) ? spawnSync('bash', [path.join(ROOT, 'bench/tools/wasm_parts.sh')], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] }) : { status: 0 };
  if (relink.status === 0) {
    const { partsTable } = await import(pathToFileURL(path.join(ROOT, 'bench/tools/wasm_parts.mjs')).href);
    out('### What contactcheck-wasm.wasm is made of (bench/tools/wasm_parts.mjs)');
    out();
    out("Code by origin, from the function names of the same link with names kept. \"Adds\" is brotli(all code) − brotli(all code but that part): what removing the part alone would save, so the parts do not add up to the whole (patterns they share count once).");
    out();
    for (const line of partsTable(PARTS_WASM)) out(line);
    out();
  } else {
    log('wasm parts: relink failed, table left out');
  }
}

// ---- cold start in Node -------------------------------------------------------------------
const NUMBER = ['090-1234-5678', 'JP'];
const COLD = {
  'contactcheck native': `import { load } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'node/index.mjs')).href)}; const cc = await load({ engine: 'native' }); const r = cc.parsePhone(N, { region: R }).e164;`,
  'contactcheck wasm': `import { load } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'node/index.mjs')).href)}; const cc = await load({ engine: 'wasm' }); const r = cc.parsePhone(N, { region: R }).e164;`,
  'libphonenumber-js/max': "import { parsePhoneNumberFromString as p } from 'libphonenumber-js/max'; const x = p(N, R); const r = x.isValid() && x.number;",
  'libphonenumber-js/min': "import { parsePhoneNumberFromString as p } from 'libphonenumber-js/min'; const x = p(N, R); const r = x.isValid() && x.number;",
  'google-libphonenumber': "import g from 'google-libphonenumber'; const u = g.PhoneNumberUtil.getInstance(); const n = u.parse(N, R); const r = u.isValidNumber(n) && u.format(n, g.PhoneNumberFormat.E164);",
  'awesome-phonenumber': "import { parsePhoneNumber } from 'awesome-phonenumber'; const x = parsePhoneNumber(N, { regionCode: R }); const r = x.valid && x.number.e164;",
};
function coldNode(code) {
  const script = `const N = ${JSON.stringify(NUMBER[0])}, R = ${JSON.stringify(NUMBER[1])}; ${code} process.stdout.write(JSON.stringify({ r, t: performance.now() }) + '\\n');`;
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let buf = '', err = '', wall;
    child.stdout.on('data', (d) => { buf += d; if (wall === undefined && buf.includes('\n')) wall = performance.now() - t0; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('close', (status) => {
      if (status !== 0 || wall === undefined) return reject(new Error(err.trim().split('\n').slice(-3).join(' ')));
      const { r, t } = JSON.parse(buf);
      resolve({ wall, inside: t, r });
    });
  });
}
if (!argv.has('--no-cold')) {
  log('cold start: Node');
  out('## Time to first parsePhone result, cold, fresh Node process (ms, lower is better)');
  out();
  out(`spawn → import → load → first \`parsePhone(${JSON.stringify(NUMBER[0])}, ${NUMBER[1]})\` answer on stdout; median of ${COLD_RUNS} processes (interleaved). "inside" is performance.now() in the child at the answer (from its own start, without the spawn). A bare \`node -e\` is the floor.`);
  out();
  const cold = Object.fromEntries(Object.keys(COLD).map((k) => [k, []]));
  const floor = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    floor.push((await coldNode('const r = 1;')).wall);
    for (const k of Object.keys(COLD)) {
      try { cold[k].push(await coldNode(COLD[k])); } catch (err) { cold[k].error = err.message; }
    }
  }
  out('| contender | wall ms | inside ms | noise | answer |');
  out('|---|---:|---:|---:|---|');
  out(`| bare node (floor) | ${fmt(median(floor))} | | ${spread(floor)} | |`);
  for (const [k, runs] of Object.entries(cold)) {
    if (!runs.length) { out(`| ${k} | failed: ${runs.error} | | | |`); continue; }
    out(`| ${k} | ${fmt(median(runs.map((r) => r.wall)))} | ${fmt(median(runs.map((r) => r.inside)))} | ${spread(runs.map((r) => r.wall))} | ${runs[0].r} |`);
  }
  out();
}

// ---- Chromium: cold start and throughput --------------------------------------------------
const OURS_PAGE = { imp: "import { load } from './wasm/index.mjs';", init: 'const cc = await load();', parse: '(t, r) => { const x = cc.parsePhone(t, { region: r }); return x.ok && x.e164; }', wasm: true };
const BROWSER = {
  contactcheck: OURS_PAGE,
  // The same bundle, with the .wasm's compilation started by the page's <head> (README, "A faster
  // first result"): what a page that adds those two lines gets.
  'contactcheck, compiled from <head>': { ...OURS_PAGE, init: 'const cc = await load({ module: window.__contactcheckWasm });',
    head: "<script>window.__contactcheckWasm = WebAssembly.compileStreaming(fetch('/contactcheck-wasm.wasm'));</script>" },
  'libphonenumber-js/max': { imp: "import { parsePhoneNumberFromString as p } from 'libphonenumber-js/max';", init: '', parse: '(t, r) => { const x = p(t, r); return x && x.isValid() && x.number; }' },
  'libphonenumber-js/min': { imp: "import { parsePhoneNumberFromString as p } from 'libphonenumber-js/min';", init: '', parse: '(t, r) => { const x = p(t, r); return x && x.isValid() && x.number; }' },
  'google-libphonenumber': { imp: "import g from 'google-libphonenumber';", init: 'const u = g.PhoneNumberUtil.getInstance();', parse: '(t, r) => { try { const n = u.parse(t, r); return u.isValidNumber(n) && u.format(n, g.PhoneNumberFormat.E164); } catch { return false; } }' },
  'awesome-phonenumber': { imp: "import { parsePhoneNumber } from 'awesome-phonenumber';", init: '', parse: '(t, r) => { const x = parsePhoneNumber(t, { regionCode: r }); return x.valid && x.number.e164; }' },
};
async function browserBench() {
  let chromium;
  try { ({ chromium } = await import('playwright-core')); } catch { out('playwright-core: not present; Chromium section skipped.'); return; }
  const files = new Map();
  for (const [i, [name, b]] of Object.entries(BROWSER).entries()) {
    const code = `${b.imp}
const tStart = performance.now();
const INPUTS = ${JSON.stringify(PHONES)};
${b.init}
const tReady = performance.now();
const parse = ${b.parse};
const e164 = parse(${JSON.stringify(NUMBER[0])}, ${JSON.stringify(NUMBER[1])});
const tFirst = performance.now();
const w = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
window.__first = { t: tFirst, start: tStart, ready: tReady, e164, wasm: w && [w.startTime, w.responseStart, w.responseEnd] };
window.__bench = (ms) => { let ops = 0, s = 0; const t0 = performance.now(); let t = t0;
  while (t - t0 < ms) { for (const [x, r] of INPUTS) { if (parse(x, r)) s++; } ops += INPUTS.length; t = performance.now(); }
  return ops / ((t - t0) / 1000); };`;
    const js = await bundle(code, `page-${i}.js`);
    files.set(`/p${i}.js`, { type: 'text/javascript', body: js });
    files.set(`/p${i}.html`, { type: 'text/html', body: Buffer.from(`<!doctype html><meta charset="utf-8"><title>${name}</title>${b.head ?? ''}<script type="module" src="/p${i}.js"></script>`) });
    b.page = `/p${i}.html`;
  }
  // Emscripten's glue locates the .wasm next to the script (import.meta.url): serve it there.
  files.set('/contactcheck-wasm.wasm', { type: 'application/wasm', body: fs.readFileSync(WASM_FILE) });
  const server = http.createServer((req, res) => {
    const f = files.get(new URL(req.url, 'http://x').pathname);
    if (!f) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': f.type, 'cache-control': 'no-store', 'content-length': f.body.length });
    res.end(f.body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const first = Object.fromEntries(Object.keys(BROWSER).map((k) => [k, []]));
    for (let i = 0; i < COLD_RUNS; i++) {
      for (const [name, b] of Object.entries(BROWSER)) {
        const ctx = await browser.newContext();  // empty HTTP cache: a cold page
        const page = await ctx.newPage();
        try {
          await page.goto(base + b.page);
          await page.waitForFunction(() => window.__first, null, { timeout: 30000 });
          first[name].push(await page.evaluate(() => window.__first));
        } catch (err) {
          first[name].error = err.message.split('\n')[0];
        }
        await ctx.close();
      }
    }
    const ops = Object.fromEntries(Object.keys(BROWSER).map((k) => [k, []]));
    const pages = {};
    for (const [name, b] of Object.entries(BROWSER)) {
      pages[name] = await (await browser.newContext()).newPage();
      await pages[name].goto(base + b.page);
      await pages[name].waitForFunction(() => window.__first, null, { timeout: 30000 }).catch(() => {});
      await pages[name].evaluate((ms) => window.__bench?.(ms), QUICK ? 100 : 250).catch(() => {});
    }
    for (let r = 0; r < ROUNDS; r++) {
      for (const name of Object.keys(BROWSER)) {
        const v = await pages[name].evaluate((ms) => window.__bench?.(ms), ROUND_MS).catch(() => undefined);
        if (v) ops[name].push(v);
      }
    }
    out(`## Headless Chromium ${browser.version()}`);
    out();
    out(`Pages served by node:http on 127.0.0.1 (no-store), each contender's esbuild bundle; a new browser context (empty cache) per cold run. "first result" = performance.now() at the first parsePhone answer, i.e. from navigation start; "script running" = the bundle starts executing (download + parse done), "engine ready" = load() resolved / library initialised (ours: .wasm fetched, compiled, instantiated); "contactcheck, compiled from <head>" is the same bundle on a page whose <head> starts the .wasm's compilation and hands it to load({ module }); median of ${COLD_RUNS}. Throughput: same ${PHONES.length} inputs as in Node, median of ${ROUNDS} rounds.`);
    out();
    const ccFirst = first.contactcheck.length ? median(first.contactcheck.map((x) => x.t)) : 0;
    out('| contender | first result ms | noise | script running at ms | engine ready at ms | contactcheck first ÷ it | parsePhone ops/s | noise | contactcheck ÷ it | answer |');
    out('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
    for (const name of Object.keys(BROWSER)) {
      const f = first[name];
      const o = ops[name];
      if (!f.length) { out(`| ${name} | failed: ${f.error} | | | | | | | | |`); continue; }
      const t = median(f.map((x) => x.t));
      out(`| ${name} | ${fmt(t)} | ${spread(f.map((x) => x.t))} | ${fmt(median(f.map((x) => x.start)))} | ${fmt(median(f.map((x) => x.ready)))} | ${name === 'contactcheck' ? '' : ratio(ccFirst, t)} | ${o.length ? fmt(median(o)) : '–'} | ${spread(o)} | ${name === 'contactcheck' || !o.length ? '' : pairedRatio(ops.contactcheck, o)} | ${f[0].e164} |`);
    }
    out();
    // Where our cold time goes: the .wasm is a second request, made only once the script runs.
    const cc = first.contactcheck.filter((x) => x.wasm);
    if (cc.length) {
      const at = (k) => fmt(median(cc.map((x) => x.wasm[k])));
      out(`contactcheck's cold runs, medians (Resource Timing of the .wasm): script running at ${fmt(median(cc.map((x) => x.start)))} ms → .wasm requested at ${at(0)} → its first byte at ${at(1)} → its last byte at ${at(2)} → compiled, instantiated and ready at ${fmt(median(cc.map((x) => x.ready)))} → first result at ${fmt(median(cc.map((x) => x.t)))}. The first parse itself (ready → result) takes ${fmt(median(cc.map((x) => x.t - x.ready)))} ms: V8 compiles each function of the module lazily at its first call, on the main thread.`);
      out();
    }
  } finally {
    await browser.close();
    server.close();
  }
}
if (!argv.has('--no-browser')) {
  log('Chromium');
  try { await browserBench(); } catch (err) { out(`Chromium section failed: ${err.message.split('\n')[0]}`); out(); }
}

// ---- core level: Google Benchmark (native) ------------------------------------------------
function coreBench() {
  const exe = path.join(ROOT, 'build/native/bench/core/contactcheck_bench');
  if (!fs.existsSync(exe)) { out('Core benchmarks: not present (build/native/bench/core/contactcheck_bench), not run.'); out(); return Promise.resolve(); }
  return new Promise((resolve) => {
    const child = spawn(exe, ['--benchmark_format=json', `--benchmark_repetitions=${QUICK ? 3 : 5}`, '--benchmark_report_aggregates_only=true',
      '--benchmark_enable_random_interleaving=true', `--benchmark_min_time=${QUICK ? 0.05 : 0.2}`], { stdio: ['ignore', 'pipe', 'ignore'] });
    let json = '';
    child.stdout.on('data', (d) => { json += d; });
    child.on('close', () => {
      try {
        const rows = JSON.parse(json).benchmarks.filter((b) => b.aggregate_name === 'median')
          .sort((a, b) => a.family_index - b.family_index || a.per_family_instance_index - b.per_family_instance_index);
        const cv = new Map(JSON.parse(json).benchmarks.filter((b) => b.aggregate_name === 'cv').map((b) => [b.run_name, b.cpu_time]));
        out('## Core level, native (Google Benchmark, bench/core; CPU time)');
        out();
        out('Calls per CPU-second (items_per_second; median of the repetitions, random interleaving). The lpn_* rows time each libphonenumber step phone::parse runs, on its valid numbers.');
        out();
        out('| benchmark | calls/s | µs per call | cv |');
        out('|---|---:|---:|---:|');
        for (const b of rows) out(`| ${b.run_name} | ${fmt(b.items_per_second)} | ${(1e6 / b.items_per_second).toFixed(2)} | ${cv.has(b.run_name) ? `${(cv.get(b.run_name) * 100).toFixed(0)}%` : ''} |`);
        out();
      } catch (err) {
        out(`Core benchmarks: FAILED (${err.message})`); out();
      }
      resolve();
    });
  });
}
log('core (Google Benchmark)');
await coreBench();

// ---- other benches ------------------------------------------------------------------------
if (!argv.has('--no-extra')) {
  out('## Other benches');
  out();
  const dedupe = path.join(ROOT, 'bench/dedupe.mjs');
  if (fs.existsSync(dedupe)) {
    const rows = Number(process.env.CONTACTCHECK_BENCH_DEDUPE_ROWS ?? (QUICK ? 50_000 : 200_000));
    log(`dedupe (${rows} rows)`);
    try {
      const { benchDedupe } = await import(pathToFileURL(dedupe).href);
      const res = await benchDedupe({ rows });
      out(`### dedupe (bench/dedupe.mjs, ${rows.toLocaleString('en-US')} generated rows; CONTACTCHECK_BENCH_DEDUPE_ROWS to change)`);
      out();
      out('| engine | rows/s | seconds | wall s | peak RSS MB | groups | duplicates | invalid |');
      out('|---|---:|---:|---:|---:|---:|---:|---:|');
      for (const r of res) out(`| ${r.engine} | ${fmt(r.rowsPerSecond)} | ${r.seconds} | ${r.wallSeconds} | ${r.peakRssMB} | ${r.groups} | ${r.duplicates} | ${r.invalid} |`);
    } catch (err) {
      out(`dedupe: FAILED: ${err.message.split('\n')[0]}`);
    }
  } else {
    out('dedupe: not present (bench/dedupe.mjs), not run.');
  }
  out();
  const linear = path.join(ROOT, 'bench/linear_time.mjs');
  if (fs.existsSync(linear)) {
    log('linear time');
    try {
      const { run } = await import(pathToFileURL(linear).href);
      const sizesLT = QUICK ? [1_000, 100_000] : [1_000, 10_000, 100_000];  // 1 MB: node bench/linear_time.mjs
      const worst = await run({ sizes: sizesLT, log: () => {} });
      out(`### linear time (bench/linear_time.mjs, sizes ${sizesLT.join(', ')} UTF-16 units): the 8 slowest calls at the largest size`);
      out();
      out('| engine | function | pattern | ms per call by size | ratio (≈1 is linear) |');
      out('|---|---|---|---|---:|');
      for (const w of worst.slice(0, 8)) out(`| ${w.engine} | ${w.fname} | ${w.pname} | ${w.times.map((t) => t.toFixed(2)).join(' / ')} | ${w.ratio.toFixed(2)} |`);
      const superLinear = worst.filter((w) => w.ratio > 3);
      out();
      out(`${worst.length} (function, pattern, engine) cases; ${superLinear.length} with ratio > 3${superLinear.length ? `: ${superLinear.map((w) => `${w.engine} ${w.fname}/${w.pname} ${w.ratio.toFixed(1)}`).join(', ')}` : ''}.`);
    } catch (err) {
      out(`linear time: FAILED: ${err.message.split('\n')[0]}`);
    }
  } else {
    out('linear time: not present (bench/linear_time.mjs), not run.');
  }
  out();
}

out(`<!-- sink ${sink % 997} -->`);
const report = `${lines.join('\n')}\n`;
if (!QUICK || argv.has('--write')) fs.writeFileSync(path.join(ROOT, 'bench/RESULTS.md'), report);
process.stdout.write(report);
process.exit(0);
