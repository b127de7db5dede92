// The JS surface on both engines: wrong types are TypeErrors with a clear message, hostile
// strings get documented error codes, and no call ever throws from C++ or hangs.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { engines } from './helpers/engines.mjs';

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
