// Hostile input on both engines, for every public function (issue 9): wrong JS types are
// TypeErrors that name the function and the parameter (tests/js/api.test.mjs covers the first
// argument of the main functions; this suite covers the rest), 10 MB strings, lone surrogates,
// NUL bytes, odd region codes, and adversarial inputs of 1 kB … 1 MB. It asserts only that each
// call finishes with a documented result shape; the timings are printed by bench/linear_time.mjs.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';

import { FUNCTIONS, PATTERNS, SIZES } from '../../bench/linear_time.mjs';
import { engines } from './helpers/engines.mjs';

const all = await engines();

const EMAIL_ERRORS = new Set(['empty', 'too_long', 'fullwidth', 'non_ascii', 'space', 'no_at', 'multiple_at',
  'local_empty', 'local_invalid_char', 'domain_empty', 'domain_no_dot', 'domain_invalid', 'tld_invalid']);
const EMAIL_WARNINGS = new Set(['carrier_mail', 'rfc_nonconforming', 'disposable', 'relay']);
const NORMALIZE_RULES = new Set(['exempt_relay', 'exempt_yahoo_japan', 'exempt_carrier', 'gmail', 'subaddress',
  'lowercase', 'allow_listed']);
const PHONE_ERRORS = new Set(['empty', 'not_a_number', 'invalid_country_code', 'too_short', 'too_long',
  'invalid_length', 'invalid_number', 'wrong_type', 'wrong_region']);
const PHONE_TYPES = new Set(['fixed_line', 'mobile', 'fixed_line_or_mobile', 'toll_free', 'premium_rate',
  'shared_cost', 'voip', 'personal_number', 'pager', 'uan', 'voicemail', 'unknown']);

const nullOr = (v, check) => v === null || check(v);
const isString = (v) => typeof v === 'string';

/** Throws (AssertionError) unless `r` has the documented shape of `fn`'s result for `input`. */
export function assertShape(fn, r, input, where = fn) {
  switch (fn.split(' ')[0]) {
    case 'checkEmail':
      assert.deepEqual(Object.keys(r).filter((k) => k !== 'message' && k !== 'warningMessages'),
        ['input', 'value', 'ok', 'error', 'suggestion', 'normalized', 'warnings'], where);
      assert.equal(r.input, input, where);
      assert.ok(isString(r.value), where);
      assert.equal(r.ok, r.error === null, where);
      assert.ok(nullOr(r.error, (e) => EMAIL_ERRORS.has(e)), `${where}: error ${r.error}`);
      assert.ok(nullOr(r.suggestion, isString), where);
      assert.equal(r.normalized !== null, r.ok, where);
      assert.ok(r.warnings.every((w) => EMAIL_WARNINGS.has(w)), where);
      return;
    case 'suggestEmail':
      assert.ok(nullOr(r, isString), where);
      return;
    case 'normalizeEmail':
      assert.deepEqual(Object.keys(r), ['input', 'ok', 'error', 'normalized', 'base', 'rule'], where);
      assert.equal(r.input, input, where);
      assert.equal(r.ok, r.error === null, where);
      assert.ok(nullOr(r.error, (e) => EMAIL_ERRORS.has(e)), `${where}: error ${r.error}`);
      assert.ok(r.ok ? NORMALIZE_RULES.has(r.rule) && isString(r.normalized) && isString(r.base) : r.rule === null, where);
      return;
    case 'parsePhone':
      assert.deepEqual(Object.keys(r).filter((k) => k !== 'message'), ['input', 'ok', 'error', 'e164', 'national',
        'international', 'region', 'type', 'extension', 'expectedLengths'], where);
      assert.equal(r.input, input, where);
      assert.equal(r.ok, r.error === null, where);
      if (r.ok) {
        assert.match(r.e164, /^\+[1-9]\d{1,14}$/, where);
        assert.ok(PHONE_TYPES.has(r.type), where);
      } else {
        assert.ok(PHONE_ERRORS.has(r.error), `${where}: error ${r.error}`);
        assert.deepEqual([r.e164, r.national, r.international], [null, null, null], `${where}: no E.164 form on error`);
      }
      return;
    case 'formatPhone':
      assert.ok(nullOr(r, isString), where);
      return;
    case 'formatAsYouType':
      assert.deepEqual(Object.keys(r), ['text', 'caret'], where);
      assert.ok(isString(r.text) && Number.isInteger(r.caret) && r.caret >= 0 && r.caret <= r.text.length, where);
      return;
    case 'AsYouType.inputString':
      assert.ok(isString(r), where);
      return;
    default:
      throw new Error(`no shape for ${fn}`);
  }
}

// Every way a caller can hand over a wrong type, and how the message names it.
const WRONG = [
  [undefined, 'undefined'], [null, 'null'], [42, 'number'], [NaN, 'number'], [7n, 'bigint'], [false, 'boolean'],
  [{}, 'Object'], [[], 'Array'], [Symbol('x'), 'symbol'], [new String('a@b.co'), 'String'],
  [Object.create(null), 'object'], [() => 'a', 'function'], [new Uint8Array([97]), 'Uint8Array'],
  [{ toString: () => 'a@b.co' }, 'Object'],
];

// [label, call(cc, v), parameter name in the message] — the places api.test.mjs leaves out.
const PARAMS = [
  ['checkEmail options.locale', (cc, v) => cc.checkEmail('a@b.co', { locale: v }), 'options.locale', [undefined]],
  ['suggestEmail options.domains[0]', (cc, v) => cc.suggestEmail('a@b.co', { domains: [v] }), 'options.domains[0]'],
  ['normalizeEmail options.keepAliasesOf[0]', (cc, v) => cc.normalizeEmail('a@b.co', { keepAliasesOf: [v] }), 'options.keepAliasesOf[0]'],
  ['parsePhone options.locale', (cc, v) => cc.parsePhone('1', { locale: v }), 'options.locale', [undefined]],
  ['parsePhone options.types[0]', (cc, v) => cc.parsePhone('1', { types: [v] }), 'options.types[0]'],
  ['formatPhone format', (cc, v) => cc.formatPhone('+819012345678', v), 'format', [undefined]],
  ['formatAsYouType region', (cc, v) => cc.formatAsYouType('0312', v), 'region', [undefined]],
  ['setDomains domains[0]', (cc, v) => cc.setDomains([v]), 'domains[0]'],
  ['loadDisposable text', (cc, v) => cc.loadDisposable(v), 'text'],
  ['countriesForLocale locale', (cc, v) => cc.countriesForLocale(v), 'locale', [undefined]],
  ['messages locale', (cc, v) => cc.messages(v), 'locale', [undefined]],
  ['AsYouType.input ch', (cc, v) => withFormatter(cc, (f) => f.input(v)), 'ch'],
  ['AsYouType.inputAndRemember ch', (cc, v) => withFormatter(cc, (f) => f.inputAndRemember(v)), 'ch'],
  ['AsYouType.inputString text', (cc, v) => withFormatter(cc, (f) => f.inputString(v)), 'text'],
];
// Functions with an options object: anything but a plain object (or undefined) is a TypeError.
const OPTIONS = {
  checkEmail: (cc, o) => cc.checkEmail('a@b.co', o),
  suggestEmail: (cc, o) => cc.suggestEmail('a@b.co', o),
  normalizeEmail: (cc, o) => cc.normalizeEmail('a@b.co', o),
  parsePhone: (cc, o) => cc.parsePhone('1', o),
};
const ARRAYS = [
  ['suggestEmail options.domains', (cc, v) => cc.suggestEmail('a@b.co', { domains: v })],
  ['normalizeEmail options.keepAliasesOf', (cc, v) => cc.normalizeEmail('a@b.co', { keepAliasesOf: v })],
  ['parsePhone options.types', (cc, v) => cc.parsePhone('1', { types: v })],
  ['setDomains domains', (cc, v) => cc.setDomains(v)],
];

function withFormatter(cc, use) {
  const f = new cc.AsYouType('JP');
  try { return use(f); } finally { f.dispose(); }
}

for (const [name, cc] of all) {
  test(`${name}: wrong types in every other parameter are TypeErrors naming function and parameter`, () => {
    for (const [label, call, param, allowed = []] of PARAMS) {
      for (const [value, described] of WRONG) {
        if (allowed.includes(value)) continue;
        assert.throws(() => call(cc, value), (e) => {
          assert.ok(e instanceof TypeError, `${label}(${described}): ${e}`);
          assert.match(e.message, /^contactcheck\.[A-Za-z.]+: /, label);
          assert.ok(e.message.includes(`${param} must be`), `${label}: "${e.message}" names ${param}`);
          assert.ok(e.message.endsWith(`got ${described}`), `${label}: "${e.message}" says got ${described}`);
          return true;
        }, `${label}(${described})`);
      }
    }
    for (const [fn, call] of Object.entries(OPTIONS)) {
      for (const value of [null, 'ja', 42, Symbol('o'), [], true, 0n]) {
        assert.throws(() => call(cc, value), (e) => e instanceof TypeError && e.message.startsWith(`contactcheck.${fn}: options must be an object`),
          `${fn} options ${String(value?.toString?.() ?? value)}`);
      }
    }
    for (const [label, call] of ARRAYS) {
      for (const value of [null, 'a@b.co', 42, {}, new Set(['a']), Symbol('a'), new String('x')]) {
        assert.throws(() => call(cc, value), (e) => e instanceof TypeError && e.message.includes('must be an array'), label);
      }
    }
    // The constructor without `new`, a region of the wrong type, caret of the wrong type.
    assert.throws(() => cc.AsYouType('JP'), TypeError);
    for (const [value, described] of WRONG.filter(([v]) => v !== undefined)) {
      assert.throws(() => new cc.AsYouType(value), (e) => e instanceof TypeError && e.message.endsWith(`got ${described}`));
    }
    for (const caret of [NaN, Infinity, '3', 1.5, 3n, null, {}]) {
      assert.throws(() => cc.formatAsYouType('0312', 'JP', caret), TypeError, `caret ${String(caret)}`);
    }
    // Range errors are RangeErrors, not crashes.
    for (const locale of ['fr', '', 'x'.repeat(1000), '\u0000', '\ud800ja']) {
      assert.throws(() => cc.checkEmail('a@b.co', { locale }), RangeError);
      assert.throws(() => cc.messages(locale), RangeError);
    }
    for (const format of ['E164', '', 'e164\u0000', 'national '.repeat(1000)]) {
      assert.throws(() => cc.formatPhone('+819012345678', format), RangeError);
    }
  });

  test(`${name}: 10 MB strings through every function`, () => {
    const big = {
      letters: 'a'.repeat(10 * 1024 * 1024),
      digits: '0'.repeat(10 * 1024 * 1024),
      address: `${'a'.repeat(5 * 1024 * 1024)}@${'b.'.repeat(2.5 * 1024 * 1024)}jp`,
      cjk: '内'.repeat(10 * 1024 * 1024 / 3),
    };
    for (const [kind, s] of Object.entries(big)) {
      const where = `${kind} 10 MB`;
      assertShape('checkEmail', cc.checkEmail(s), s, where);
      assert.equal(cc.checkEmail(s).error, 'too_long', where);  // length is checked first
      assertShape('checkEmail', cc.checkEmail(s, { locale: 'ja' }), s, where);
      assertShape('suggestEmail', cc.suggestEmail(s), s, where);
      assertShape('suggestEmail', cc.suggestEmail(s, { domains: [s] }), s, where);
      assertShape('normalizeEmail', cc.normalizeEmail(s, { keepAliasesOf: [s] }), s, where);
      assertShape('parsePhone', cc.parsePhone(s, { region: 'JP', types: ['mobile'], regionOnly: true, locale: 'ja' }), s, where);
      assert.equal(cc.parsePhone(s, { region: 'JP' }).ok, false, where);
      assert.equal(cc.formatPhone(s, 'national'), null, where);
      assertShape('formatAsYouType', cc.formatAsYouType(s, 'JP', 5), s, where);
      assert.equal(typeof withFormatter(cc, (f) => f.input(s)), 'string', where);
      assert.equal(typeof withFormatter(cc, (f) => f.inputAndRemember(s)), 'string', where);
      assert.equal(typeof withFormatter(cc, (f) => f.inputString(s)), 'string', where);
      const g = new cc.AsYouType(s);  // a 10 MB region is an unknown region
      assert.equal(typeof g.input('1'), 'string', where);
      g.dispose();
    }
    // A 10 MB region is just an unknown region.
    assert.equal(cc.parsePhone('090-1234-5678', { region: big.letters }).error, 'invalid_country_code');
    assert.equal(cc.formatAsYouType('0312345678', big.letters).text.length > 0, true);
    withFormatter(cc, () => {});
    const f = new cc.AsYouType(big.letters);
    assert.equal(typeof f.inputString('0312345678'), 'string');
    f.dispose();
  });

  test(`${name}: lone surrogates and NUL bytes anywhere`, () => {
    const inputs = ['\ud800', '\udc00', 'taro\ud800@example.com', 'taro@exam\udfffple.com', '\ud83d@gmail.com',
      '090-1234-5678\ud800', '\udc00\ud800+81 90 1234 5678', '\u0000', 'taro\u0000@example.com',
      'taro@example.com\u0000', '\u0000090-1234-5678', '+81\u000090\u00001234\u00005678', '\u0000'.repeat(1000),
      '\ud800'.repeat(1000), 'a@b.co\ud800\u0000\udc00', '\uffff\ufffe@example.com'];
    for (const s of inputs) {
      const where = JSON.stringify(s.slice(0, 30));
      assertShape('checkEmail', cc.checkEmail(s), s, where);
      assert.equal(cc.checkEmail(s).ok, false, where);
      assertShape('checkEmail', cc.checkEmail(s, { locale: 'en' }), s, where);
      assertShape('suggestEmail', cc.suggestEmail(s), s, where);
      assertShape('suggestEmail', cc.suggestEmail(s, { domains: [s, 'example.com'] }), s, where);
      assertShape('normalizeEmail', cc.normalizeEmail(s), s, where);
      assertShape('normalizeEmail', cc.normalizeEmail(s, { keepAliasesOf: [s] }), s, where);
      for (const region of ['JP', '', s]) assertShape('parsePhone', cc.parsePhone(s, { region }), s, where);
      for (const format of ['e164', 'national', 'international', 'rfc3966']) assertShape('formatPhone', cc.formatPhone(s, format), s, where);
      for (const caret of [0, 1, s.length, 1e9, -5]) assertShape('formatAsYouType', cc.formatAsYouType(s, 'JP', caret), s, where);
      const f = new cc.AsYouType(s);
      for (const ch of s) assert.equal(typeof f.input(ch), 'string', where);
      assert.equal(typeof f.inputAndRemember(s), 'string', where);
      assert.ok(Number.isInteger(f.rememberedPosition()), where);
      f.clear();
      assert.equal(typeof f.inputString(s), 'string', where);
      f.dispose();
    }
    // A lone surrogate is U+FFFD to the engine, so it is not a phone digit, not a separator:
    // parsePhone refuses the number, formatAsYouType leaves the text as typed (policy: what it
    // cannot format it does not drop), its surrogate replaced.
    assert.equal(cc.parsePhone('090\ud8001234\udc005678', { region: 'JP' }).ok, false);
    assert.equal(cc.formatAsYouType('03\ud8001234', 'JP').text, '03\ufffd1234');
    assert.equal(cc.formatAsYouType('031234', 'JP').text, '03-1234');
  });

  test(`${name}: region codes lower-case, garbage, nonexistent`, () => {
    const regions = ['jp', 'Jp', 'us', 'gb', '001', 'ZZ', 'XX', 'AA', 'UK', 'EU', 'JPN', 'J', '', ' JP', 'JP ', '８１',
      'ＪＰ', '\u0000JP', 'J\u0000', '\ud800', '日本', '+81', '81', 'null', 'undefined', '__proto__', 'constructor'];
    const valid = new Set(['JP', 'US', 'GB', '001']);
    for (const region of regions) {
      const where = `region ${JSON.stringify(region)}`;
      const known = valid.has(region.toUpperCase());
      const p = cc.parsePhone('090-1234-5678', { region });
      assertShape('parsePhone', p, '090-1234-5678', where);
      if (!known) assert.equal(p.error, 'invalid_country_code', where);
      // With a +, the region does not matter.
      assert.equal(cc.parsePhone('+81 90-1234-5678', { region }).e164, '+819012345678', where);
      assert.equal(cc.parsePhone('+81 90-1234-5678', { region, regionOnly: true }).ok, region.toUpperCase() === 'JP', where);
      assertShape('formatAsYouType', cc.formatAsYouType('0312345678', region), '', where);
      assertShape('formatAsYouType', cc.formatAsYouType('+81312345678', region), '', where);
      const f = new cc.AsYouType(region);
      assert.equal(typeof f.inputString('+81312345678'), 'string', where);
      f.dispose();
    }
    assert.equal(cc.parsePhone('090-1234-5678', { region: 'jp' }).e164, '+819012345678');
    assert.equal(cc.formatAsYouType('0312345678', 'jp').text, '03-1234-5678');
    assert.equal(cc.formatAsYouType('+81312345678', 'ZZ').text, '+81 3-1234-5678');
  });

  test(`${name}: other public functions take hostile strings`, () => {
    for (const s of ['', '\u0000', '\ud800', 'x'.repeat(100_000), 'ja-JP', 'en-US-u-co-phonebk', 'und', 'root']) {
      let r;
      try { r = cc.countriesForLocale(s); } catch (e) {
        assert.ok(e instanceof RangeError, `countriesForLocale(${JSON.stringify(s.slice(0, 10))}): ${e}`);
        continue;
      }
      assert.ok(Array.isArray(r) && r.length > 200 && r.every((c) => typeof c.name === 'string'));
    }
    assert.equal(cc.listCountries().length, cc.countriesForLocale('ja').length);
    assert.equal(typeof cc.messages('ja-JP')['email.empty'], 'string');
    // Disposable lists: junk lines, NUL, surrogates, 10 MB. Then checkEmail still works.
    for (const text of ['', '\n\n\n', '\u0000\n\ud800\n#\n.\n..\n@\n', 'a.'.repeat(5 * 1024 * 1024), 'example.net\r\n']) {
      const n = cc.loadDisposable(text);
      assert.ok(Number.isInteger(n) && n >= 0, `loadDisposable → ${n}`);
    }
    assert.deepEqual(cc.checkEmail('taro@example.net').warnings, ['disposable']);
    cc.setDomains(['\u0000', '\ud800', '', '.', 'x'.repeat(100_000), 'example.org']);
    assertShape('suggestEmail', cc.suggestEmail('taro@exmaple.org'), 'taro@exmaple.org');
    assertShape('checkEmail', cc.checkEmail('taro@exmaple.org'), 'taro@exmaple.org');
  });

  test(`${name}: adversarial inputs of ${SIZES.map((s) => `${s / 1000} kB`).join(', ')} finish with a documented result`, (t) => {
    let calls = 0;
    for (const [fn, call] of Object.entries(FUNCTIONS)) {
      for (const [pattern, make] of Object.entries(PATTERNS)) {
        for (const size of SIZES) {
          const s = make(size);
          assertShape(fn, call(cc, s), s, `${fn} / ${pattern} / ${size}`);
          calls++;
        }
      }
    }
    assert.ok(calls > 500);
  });
}

// A library must not write what a person typed to its host's console or server log.
// libphonenumber wrote "Unicode value 0xfffe is not valid for interchange" to stderr for every
// noncharacter or out-of-range code point its UnicodeText met (deps/patches/libphonenumber/27-…).
test('noncharacters and replacement characters typed or pasted write nothing to stderr (both engines)', async () => {
  const child = `
    const { load } = await import(${JSON.stringify(new URL('../../node/index.mjs', import.meta.url).href)});
    const odd = ['\\uFFFE', '\\uFFFF', '\\u{10FFFF}', '\\u{1FFFE}', '\\uFDD0', '\\uFFFD', '\\uD800'];
    let answers = 0;
    for (const engine of ['native', 'wasm']) {
      const cc = await load({ engine });
      for (const ch of odd) {
        const f = new cc.AsYouType('JP');
        for (const k of ['0', '9', ch, '0', '1', ch]) if (typeof f.input(k) === 'string') answers++;
        f.dispose();
        const g = new cc.AsYouType('US');
        if (typeof g.inputString('+1 650' + ch + '253') === 'string') answers++;
        g.dispose();
        if (typeof cc.formatAsYouType('090' + ch + '1234', 'JP', 4).text === 'string') answers++;
        if (typeof cc.parsePhone('090' + ch + '1234-5678', { region: 'JP' }).ok === 'boolean') answers++;
        if (typeof cc.checkEmail('taro' + ch + '@example.com').ok === 'boolean') answers++;
      }
    }
    process.stdout.write(String(answers));`;
  const { stdout, stderr, code } = await new Promise((resolve) => {
    execFile(process.execPath, ['--input-type=module', '-e', child], (error, out, err) =>
      resolve({ stdout: out, stderr: err, code: error?.code ?? 0 }));
  });
  assert.equal(code, 0, stderr);
  assert.equal(stdout, String(2 * 7 * 10));
  assert.equal(stderr, '');
});
