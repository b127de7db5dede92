// Phone API on both engines, driven by tests/data/phone_parse.tsv and phone_as_you_type.tsv.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { engines } from './helpers/engines.mjs';
import { readTsv } from './helpers/tsv.mjs';
import google from 'google-libphonenumber';

const all = await engines();
const cases = readTsv('phone_parse.tsv');

function optionsOf(region, spec) {
  const o = {};
  if (region !== '-') o.region = region;
  for (const part of spec === '-' ? [] : spec.split(';')) {
    if (part === 'regionOnly') o.regionOnly = true;
    if (part.startsWith('types=')) o.types = part.slice(6).split(',');
  }
  return o;
}

for (const [name, cc] of all) {
  test(`${name}: parsePhone data file`, () => {
    let checked = 0;
    for (const row of cases) {
      if (row.slice(0, 3).includes(null)) continue;  // invalid UTF-8: C++ tests cover it
      const [input, region, spec, expected, e164, national, international, reg, type, ext] = row;
      const r = cc.parsePhone(input, optionsOf(region, spec));
      const where = `${JSON.stringify(input)} (${region})`;
      if (expected !== 'ok') {
        assert.equal(r.error, expected, where);
        assert.equal(r.ok, false, where);
        assert.equal(r.e164, null, `${where}: an invalid number never gets an E.164 form`);
      } else {
        assert.deepEqual(
          [r.ok, r.e164, r.national, r.international, r.region, r.type, r.extension ?? ''],
          [true, e164, national, international, reg, type, ext ?? ''], where);
      }
      assert.equal(r.input, input);
      checked++;
    }
    assert.ok(checked >= cases.length - 3, `checked ${checked} of ${cases.length}`);
  });

  test(`${name}: result shape is the contract's, in order`, () => {
    for (const input of ['090-1234-5678', 'junk']) {
      assert.deepEqual(Object.keys(cc.parsePhone(input, { region: 'JP' })),
        ['input', 'ok', 'error', 'e164', 'national', 'international', 'region', 'type', 'extension', 'expectedLengths']);
    }
    assert.deepEqual(Object.keys(cc.parsePhone('12', { region: 'JP', locale: 'ja' })).at(-1), 'message');
  });

  test(`${name}: length errors say which lengths are valid`, () => {
    const r = cc.parsePhone('12', { region: 'JP' });
    assert.equal(r.error, 'too_short');
    assert.ok(Array.isArray(r.expectedLengths) && r.expectedLengths.includes(10), JSON.stringify(r.expectedLengths));
    // A non-geographic calling code's own lengths: +800 numbers have 8 digits (ITU-T E.169.1).
    assert.deepEqual(cc.parsePhone('+800 1234').expectedLengths, [8]);
  });

  test(`${name}: formatPhone`, () => {
    assert.equal(cc.formatPhone('+819012345678', 'national'), '090-1234-5678');
    assert.equal(cc.formatPhone('+819012345678', 'international'), '+81 90-1234-5678');
    assert.equal(cc.formatPhone('+819012345678', 'rfc3966'), 'tel:+81-90-1234-5678');
    assert.equal(cc.formatPhone('+819012345678'), '+819012345678');
    assert.equal(cc.formatPhone('+8190', 'e164'), null);
    assert.throws(() => cc.formatPhone('+819012345678', 'html'), RangeError);
  });

  test(`${name}: as-you-type sequences`, () => {
    for (const [region, typed, ...expected] of readTsv('phone_as_you_type.tsv')) {
      const f = new cc.AsYouType(region);
      try {
        assert.deepEqual([...typed].map((ch) => f.input(ch)), expected, `${region} ${typed}`);
      } finally {
        f.dispose();
      }
    }
  });

  test(`${name}: formatAsYouType keeps the caret after the typed digit`, () => {
    assert.deepEqual(cc.formatAsYouType('090-12934', 'JP', 7), { text: '090-1293-4', caret: 7 });
    assert.deepEqual(cc.formatAsYouType('０９０１２３４５６７８', 'JP'), { text: '090-1234-5678', caret: 13 });
    // Over 64 digits the value is left as typed; the caret still follows its digit ("031|").
    const long = `03-1234-5678${'9'.repeat(60)}`;
    assert.deepEqual(cc.formatAsYouType(long, 'JP', 4), { text: long.replaceAll('-', ''), caret: 3 });
  });

  // google-libphonenumber's JS formatter is the oracle: its positions are JS string indices,
  // as a text field's caret is. (libphonenumber's C++ answers UTF-8 bytes: "03ー1" gave 6.)
  test(`${name}: rememberedPosition is a UTF-16 index into the output, as google-libphonenumber's`, () => {
    const typedCases = [['JP', '03ー1234'], ['JP', '03😀12'], ['JP', '090-1234-5678'], ['US', '(650) 253-0000'],
      ['JP', '+81 3 1234 5678'], ['JP', '03-ab12'], ['JP', `0312345678${'9'.repeat(60)}`], ['US', `1${'2'.repeat(70)}😀3`]];
    let compared = 0;
    for (const [region, typed] of typedCases) {
      const chars = [...typed];
      for (let k = 0; k < chars.length; k++) {
        const ours = new cc.AsYouType(region);
        const theirs = new google.AsYouTypeFormatter(region);
        let a = '', b = '';
        chars.forEach((ch, i) => {
          a = i === k ? ours.inputAndRemember(ch) : ours.input(ch);
          b = i === k ? theirs.inputDigitAndRememberPosition(ch) : theirs.inputDigit(ch);
        });
        assert.equal(a, b, `${region} ${typed}`);
        assert.equal(ours.rememberedPosition(), theirs.getRememberedPosition(), `${region} ${typed} remembered at ${k}`);
        ours.dispose();
        compared++;
      }
    }
    assert.ok(compared > 150, `${compared}`);
  });

  test(`${name}: listCountries covers the metadata`, () => {
    const list = cc.listCountries();
    assert.ok(list.length >= 240, `${list.length} regions`);
    const jp = list.find((c) => c.region === 'JP');
    assert.deepEqual(jp, { region: 'JP', callingCode: 81, example: { mobile: '090-1234-5678', fixedLine: '03-1234-5678' } });
    for (const c of list) {
      assert.match(c.region, /^[A-Z]{2}$/);
      assert.ok(Number.isInteger(c.callingCode) && c.callingCode > 0);
      // Every example must itself parse as a valid number of its region.
      for (const example of [c.example.mobile, c.example.fixedLine]) {
        if (example !== null) assert.equal(cc.parsePhone(example, { region: c.region }).ok, true, `${c.region} ${example}`);
      }
    }
    const ja = cc.countriesForLocale('ja');
    assert.equal(ja[0].region, 'JP');
    assert.equal(ja[0].name, '日本');
  });
}
