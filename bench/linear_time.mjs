// Linear time: every public string function on adversarial inputs of 1 kB, 10 kB, 100 kB and
// 1 MB (long runs of dots, '@', digits, quotes, '+', '内線', …), through both engines.
//   node bench/linear_time.mjs [--engine native|wasm] [--sizes 1000,10000]
// Prints the time per call for each size and the ratio t(largest)/t(1 kB) divided by the size ratio
// (≈1 is linear; ≫1 is super-linear). tests/js/hostile.test.mjs runs the same inputs and
// asserts only that each call finishes with a documented result.
import { pathToFileURL } from 'node:url';

export const SIZES = [1_000, 10_000, 100_000, 1_000_000];

const rep = (s, n) => s.repeat(Math.max(1, Math.ceil(n / s.length))).slice(0, n);

/** name → (n) → a string of about n UTF-16 units built to be adversarial. */
export const PATTERNS = {
  dots: (n) => rep('.', n),
  'dots in local': (n) => `a${rep('.', n - 13)}a@example.com`,
  'dots in domain': (n) => `user@${rep('a.', n - 5)}com`,
  'at signs': (n) => rep('@', n),
  'a@ pairs': (n) => rep('a@', n),
  digits: (n) => rep('9', n),
  'plus digits': (n) => `+${rep('81', n - 1)}`,
  pluses: (n) => rep('+', n),
  'plus tags': (n) => `taro${rep('+a', n - 14)}@gmail.com`,
  quotes: (n) => rep('"', n),
  'quoted local': (n) => `"${rep('a\\"', n - 14)}"@example.com`,
  'hyphen digits': (n) => rep('0-', n),
  parens: (n) => `${rep('(', n / 2)}${rep('1)', n / 2)}`,
  '内線 runs': (n) => rep('内線', n),
  'extension digits': (n) => `03-1234-5678 内線${rep('1', n - 16)}`,
  'ext markers': (n) => `0312345678${rep(' ext. 1', n - 10)}`,
  'full-width digits': (n) => rep('０', n),
  spaces: (n) => `${rep(' ', n / 2)}a@b.co${rep('\u3000', n / 2)}`,
  hyphens: (n) => `user@${rep('-', n - 9)}a.com`,
};

/** name → (cc, input) → result: every public function that takes a free string. */
export const FUNCTIONS = {
  checkEmail: (cc, s) => cc.checkEmail(s),
  'checkEmail ja': (cc, s) => cc.checkEmail(s, { locale: 'ja' }),
  suggestEmail: (cc, s) => cc.suggestEmail(s),
  normalizeEmail: (cc, s) => cc.normalizeEmail(s),
  'normalizeEmail keep': (cc, s) => cc.normalizeEmail(s, { keepAliasesOf: ['taro@gmail.com'] }),
  'parsePhone JP': (cc, s) => cc.parsePhone(s, { region: 'JP' }),
  parsePhone: (cc, s) => cc.parsePhone(s),
  formatPhone: (cc, s) => cc.formatPhone(s, 'national'),
  formatAsYouType: (cc, s) => cc.formatAsYouType(s, 'JP', s.length >> 1),
  'AsYouType.inputString': (cc, s) => {
    const f = new cc.AsYouType('JP');
    try { return f.inputString(s); } finally { f.dispose(); }
  },
};

function ms(fn) {
  const t = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

export async function run({ engines = ['native', 'wasm'], sizes = SIZES, log = console.log } = {}) {
  const { load } = await import('../node/index.mjs');
  const worst = [];
  for (const engine of engines) {
    const cc = await load({ engine });
    log(`\n== linear time (${engine}): ms per call at ${sizes.map((s) => `${s / 1000} kB`).join(' / ')}; ratio = t(max)/t(min) ÷ size ratio`);
    for (const [fname, fn] of Object.entries(FUNCTIONS)) {
      for (const [pname, make] of Object.entries(PATTERNS)) {
        const times = [];
        for (const n of sizes) {
          if (times.at(-1) > 1000) break;  // super-linear: the next size would take minutes
          const s = make(n);
          if (n <= 10_000) fn(cc, s);  // warm-up
          // The fastest of three calls: one call alone can carry a GC pause several times its
          // own length (seen: 0.01 ms at 10k, 6 ms at 100k, 0.05 ms on a rerun).
          let t = ms(() => fn(cc, s));
          for (let i = 0; i < 2 && t < 200; i++) t = Math.min(t, ms(() => fn(cc, s)));
          times.push(t);
        }
        const last = times.length - 1;
        const ratio = Math.max(times[last], 0.01) / Math.max(times[0], 0.01) / (sizes[last] / sizes[0]);
        worst.push({ engine, fname, pname, times, ratio });
        const cells = sizes.map((_, i) => (i < times.length ? times[i].toFixed(2) : 'skipped').padStart(9));
        log(`${fname.padEnd(22)} ${pname.padEnd(18)} ${cells.join(' ')}  ratio ${ratio.toFixed(2)}${ratio > 5 ? '  SUPER-LINEAR' : ''}`);
      }
    }
  }
  worst.sort((a, b) => b.ratio - a.ratio);
  log('\nleast linear (ratio; ms at the largest size run):');
  for (const w of worst.slice(0, 10)) log(`  ${w.engine} ${w.fname} / ${w.pname}: ${w.ratio.toFixed(1)} (${w.times.at(-1).toFixed(1)} ms at ${sizes[w.times.length - 1] / 1000} kB)`);
  return worst;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : undefined; };
  await run({
    engines: arg('--engine') ? [arg('--engine')] : undefined,
    sizes: arg('--sizes') ? arg('--sizes').split(',').map(Number) : undefined,
  });
}
