// The JS surface on both engines: wrong types are TypeErrors with a clear message, hostile
// strings get documented error codes, and no call ever throws from C++ or hangs.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { engines } from './helpers/engines.mjs';
import { prng } from './helpers/random.mjs';

const all = await engines();
const NOT_STRINGS = [undefined, null, 42, 0n, true, {}, [], Symbol('s'), new String('a@b.co'), () => {}, Buffer.from('a')];

const calls = {
  checkEmail: (cc, v) => cc.checkEmail(v),
  suggestEmail: (cc, v) => cc.suggestEmail(v),
  normalizeEmail: (cc, v) => cc.normalizeEmail(v),
  parsePhone: (cc, v) => cc.parsePhone(v),
  'parsePhone region': (cc, v) => cc.parsePhone('090-1234-5678', { region: v === undefined ? 1 : v }),
  formatPhone: (cc, v) => cc.formatPhone(v),
  formatAsYouType: (cc, v) => cc.formatAsYouType(v, 'JP'),
  AsYouType: (cc, v) => new cc.AsYouType(v === undefined ? 1 : v),
};

for (const [name, cc] of all) {
  test(`${name}: non-strings are TypeErrors naming the function`, () => {
    for (const [fn, call] of Object.entries(calls)) {
      for (const value of NOT_STRINGS) {
        assert.throws(() => call(cc, value), (e) => e instanceof TypeError && e.message.startsWith('contactcheck.'),
          `${fn}(${typeof value})`);
      }
    }
    assert.throws(() => cc.checkEmail('a@b.co', 'ja'), TypeError);
    assert.throws(() => cc.parsePhone('1', { types: 'mobile' }), TypeError);
    assert.throws(() => cc.parsePhone('1', { types: ['cell'] }), RangeError);
    assert.throws(() => cc.parsePhone('1', { regionOnly: 'yes' }), TypeError);
    assert.throws(() => cc.checkEmail('a@b.co', { locale: 'fr' }), RangeError);
    assert.throws(() => cc.formatAsYouType('1', 'JP', 1.5), TypeError);
    // A hole in a string array is an element that is not a string, wherever it is.
    const holes = [[, 'a.com'], ['a.com', ,], new Array(3)];
    for (const h of holes) {
      const element = (e) => e instanceof TypeError && /\[\d\] must be a string, got undefined$/.test(e.message);
      assert.throws(() => cc.suggestEmail('x@gmial.com', { domains: h }), element);
      assert.throws(() => cc.normalizeEmail('x@example.com', { keepAliasesOf: h }), element);
      assert.throws(() => cc.setDomains(h), element);
      assert.throws(() => cc.parsePhone('0312345678', { region: 'JP', types: [, 'mobile'] }), element);
    }
    // Locale tags: the primary subtag decides, as in the core (core/src/locale.cc).
    for (const tag of ['japanese', 'english', 'enx', 'j', '', '-ja']) {
      assert.throws(() => cc.checkEmail('x', { locale: tag }), RangeError, tag);
      assert.throws(() => cc.parsePhone('1', { locale: tag }), RangeError, tag);
      assert.throws(() => cc.messages(tag), RangeError, tag);
    }
    for (const tag of ['ja', 'JA', 'ja-JP', 'ja_JP', 'en-GB']) assert.equal(typeof cc.checkEmail('x', { locale: tag }).message, 'string', tag);
    assert.throws(() => cc.messages(null), (e) => e instanceof TypeError && e.message === 'contactcheck.messages: locale must be a string, got null');
  });

  test(`${name}: hostile strings get error codes, not crashes`, () => {
    const tenMB = '9'.repeat(10 * 1024 * 1024);
    assert.equal(cc.parsePhone(tenMB, { region: 'JP' }).error, 'too_long');
    assert.equal(cc.checkEmail(`${'a'.repeat(10 * 1024 * 1024)}@example.com`).error, 'too_long');
    assert.equal(cc.parsePhone('090\u00001234\u00005678', { region: 'JP' }).ok, false);
    assert.equal(cc.checkEmail('taro\u0000@example.com').ok, false);
    // Lone surrogates: the engine sees U+FFFD; the caller gets its own string back.
    const lone = 'taro\ud800@example.com';
    const r = cc.checkEmail(lone);
    assert.equal(r.ok, false);
    assert.equal(r.input, lone);
    assert.equal(r.value, 'taro\ufffd@example.com');  // results are well-formed
    assert.equal(cc.checkEmail('\udfff').value, '\ufffd');
    assert.equal(cc.suggestEmail('taro@gmial.com\ud800'), null);
    assert.equal(cc.normalizeEmail('Taro+x@example.com\udc00').error, 'non_ascii');
    assert.equal(cc.parsePhone('\udc00090-1234-5678', { region: 'JP' }).input, '\udc00090-1234-5678');
    for (const region of ['', 'jp', 'XX', 'Japan', '\u0000\u0000', '日本', 'J'.repeat(1e6)]) {
      const p = cc.parsePhone('090-1234-5678', { region });
      assert.equal(p.ok, region === 'jp', `region ${JSON.stringify(region.slice(0, 10))}`);
      if (!p.ok) assert.equal(p.error, 'invalid_country_code');
    }
    // Not a phone number: left as typed (well-formed), never reformatted away.
    assert.equal(cc.formatAsYouType('\ud800'.repeat(1000), 'JP').text, '\ufffd'.repeat(1000));
    assert.deepEqual(cc.formatAsYouType('090-1234-5678 内線12', 'JP', 5), { text: '090-1234-5678 内線12', caret: 5 });
  });

  // The engines read the argument themselves (the addon as UTF-16 code units, encoding UTF-8
  // on its own; the WASM glue with Emscripten's encoder). `value` is the trimmed text, so
  // padding the input makes it come back in full rather than as "the input": it must be the
  // input made well-formed (lone surrogates U+FFFD), at every length around the addon's
  // 255-unit stack buffer and with every UTF-8 sequence length.
  test(`${name}: text reaches the engine as its UTF-8, at every length`, () => {
    const rand = prng(8);
    const pools = [[0x21, 0x7e], [0x80, 0x7ff], [0x800, 0xd7ff], [0xe000, 0xffff], [0x10000, 0x10ffff],
      [0xd800, 0xdbff], [0xdc00, 0xdfff]];
    const unit = () => {
      const [lo, hi] = pools[Math.floor(rand() * pools.length)];
      const cp = lo + Math.floor(rand() * (hi - lo + 1));
      return cp > 0xffff ? String.fromCodePoint(cp) : String.fromCharCode(cp);
    };
    const edges = ['\u007f', '\u0080', '\u07ff', '\u0800', '\uffff', '\u{10000}', '\u{10ffff}', '\ud800', '\udfff'];
    for (let length = 1; length <= 300; length += length < 240 ? 17 : 1) {
      for (const tail of ['', ...edges]) {
        let text = 'x';
        while (text.length < length - tail.length - 1) text += unit();
        text = `${text.slice(0, Math.max(1, length - tail.length - 1))}${tail}x`;
        const r = cc.checkEmail(` ${text} `);
        assert.equal(r.value, text.toWellFormed(), `length ${text.length}, tail ${escape(tail)}`);
      }
    }
  });

  test(`${name}: AsYouType cannot be used after dispose, and dispose is idempotent`, () => {
    const f = new cc.AsYouType('JP');
    assert.equal(f.input('０'), '0');
    f.dispose();
    f.dispose();
    assert.throws(() => f.input('9'), /after dispose/);
    const g = new cc.AsYouType('US');
    assert.equal(g.inputString('2015550123'), '(201) 555-0123');
    g[Symbol.dispose]();  // what `using` calls (Node 20 has the symbol, not yet the syntax)
    assert.throws(() => g.clear(), /after dispose/);
  });

  test(`${name}: versions name the engine and libphonenumber`, () => {
    const v = cc.versions();
    assert.equal(v.engine, name);
    assert.match(v.libphonenumber, /^8\.13\.\d+$/);
    assert.equal(v.metadata, v.libphonenumber);
  });
}
