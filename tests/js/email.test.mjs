// Email API on both engines, driven by the same data files as the C++ tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { engines } from './helpers/engines.mjs';
import { readTsv } from './helpers/tsv.mjs';

const all = await engines();
const KEYS = ['input', 'value', 'ok', 'error', 'suggestion', 'normalized', 'warnings'];

// Rows whose input is not valid UTF-8 cannot be JS strings; the C++ suite covers them.
function usable(rows, limit) {
  const ok = rows.filter((r) => !r.includes(null));
  assert.ok(rows.length - ok.length <= limit, `${rows.length - ok.length} rows not representable`);
  return ok;
}

for (const [name, cc] of all) {
  test(`${name}: checkEmail data file`, () => {
    const rows = usable(readTsv('email_check.tsv'), 20);
    assert.ok(rows.length > 200);
    for (const [input, expect, warnings = '', suggestion = '', value = ''] of rows) {
      const r = cc.checkEmail(input);
      const where = JSON.stringify(input);
      assert.deepEqual(Object.keys(r), KEYS, where);
      assert.equal(r.ok ? 'ok' : r.error, expect, where);
      assert.deepEqual(r.warnings, warnings ? warnings.split(',') : [], where);
      if (suggestion === '-') assert.equal(r.suggestion, null, where);
      else if (suggestion) assert.equal(r.suggestion, suggestion, where);
      if (value) assert.equal(r.value, value, where);
      assert.equal(r.normalized === null, !r.ok, `${where}: normalized exactly when ok`);
      assert.equal(r.input, input);
    }
  });

  test(`${name}: checkEmail messages in Japanese and English`, () => {
    const ja = cc.checkEmail('user＠example.com', { locale: 'ja' });
    assert.equal(ja.error, 'fullwidth');
    assert.match(ja.message, /全角/);
    const en = cc.checkEmail('user＠example.com', { locale: 'en' });
    assert.match(en.message, /full-width/i);
    const carrier = cc.checkEmail('taro..x@docomo.ne.jp', { locale: 'ja' });
    assert.equal(carrier.ok, true);
    assert.equal(carrier.message, null);
    assert.equal(carrier.warningMessages.length, 2);
    const table = cc.messages('ja');
    for (const code of ['empty', 'too_long', 'fullwidth', 'non_ascii', 'space', 'no_at', 'multiple_at',
      'local_empty', 'local_invalid_char', 'domain_empty', 'domain_no_dot', 'domain_invalid', 'tld_invalid']) {
      assert.ok(table[`email.${code}`]?.length > 0, `ja message for email.${code}`);
      assert.notEqual(table[`email.${code}`], cc.messages('en')[`email.${code}`]);
    }
    for (const code of ['empty', 'not_a_number', 'invalid_country_code', 'too_short', 'too_long',
      'invalid_length', 'invalid_number', 'wrong_type', 'wrong_region']) {
      assert.ok(table[`phone.${code}`]?.length > 0, `ja message for phone.${code}`);
    }
  });

  test(`${name}: suggestEmail data file`, () => {
    const rows = usable(readTsv('email_suggest.tsv'), 0);
    let right = 0, falsePositives = 0;
    for (const [domain, expected] of rows) {
      const s = cc.suggestEmail(`user@${domain}`);
      if (s === (expected === '-' ? null : `user@${expected}`)) right++;
      else if (expected === '-') falsePositives++;
    }
    assert.equal(falsePositives, 0, 'no false suggestion on a valid domain');
    assert.equal(right, rows.length);
  });

  test(`${name}: suggestions keep the local part and fill checkEmail`, () => {
    assert.equal(cc.suggestEmail('Mirai.Taro+x@gmial.com'), 'Mirai.Taro+x@gmail.com');
    assert.equal(cc.checkEmail('taro@gmal.com').suggestion, 'taro@gmail.com');
    assert.equal(cc.suggestEmail('taro@acme-intar.com'), null);
    assert.equal(cc.suggestEmail('taro@acme-intar.com', { domains: ['acme-intra.com'] }), 'taro@acme-intra.com');
    cc.setDomains(['acme-intra.com']);
    try {
      assert.equal(cc.suggestEmail('taro@acme-intar.com'), 'taro@acme-intra.com');
      assert.equal(cc.checkEmail('taro@acme-intar.com').suggestion, 'taro@acme-intra.com');
    } finally {
      cc.setDomains([]);
    }
  });

  test(`${name}: normalizeEmail data file`, () => {
    const rows = usable(readTsv('email_normalize.tsv'), 5);
    assert.ok(rows.length > 100);
    for (const row of rows) {
      const [input, normalized, base, rule, ...keep] = row;
      const r = cc.normalizeEmail(input, { keepAliasesOf: keep });
      const where = JSON.stringify(input);
      if (row.length === 2) {  // input, !error
        assert.deepEqual([r.ok, r.error, r.normalized, r.base, r.rule], [false, normalized.slice(1), null, null, null], where);
      } else {
        assert.deepEqual([r.ok, r.normalized, r.base, r.rule], [true, normalized, base, rule], where);
        if (keep.length === 0) assert.equal(cc.checkEmail(input).normalized, normalized, where);
      }
    }
  });
}
