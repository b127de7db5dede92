// js/decode.mjs against the grammar of glue/encode.h: keyed and shaped objects give the same
// objects, and text the grammar does not allow (a wrong shape, a value too many or too few,
// an unclosed object) throws. That glue/fields.h sets each shape's keys in order is checked in
// tests/core/glue_encode_test.cc.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';

import { createDecoder } from '../../js/decode.mjs';

const native = createRequire(import.meta.url)('../../dist/contactcheck.node');
const decode = createDecoder(native.keyNames());

test('a shaped object is the keyed object with the same fields', () => {
  // Key chars: input '@', ok 'B', error 'C', normalized 'E', base 'I', rule 'J'.
  const keyed = decode('{@IBtCnEs7:a@b.comIs7:A@b.comJs9:lowercase}', 'A@b.com');
  const shaped = decode('(2Itns7:a@b.coms7:A@b.coms9:lowercase)', 'A@b.com');
  assert.deepEqual(shaped, { input: 'A@b.com', ok: true, error: null, normalized: 'a@b.com', base: 'A@b.com', rule: 'lowercase' });
  assert.equal(JSON.stringify(shaped), JSON.stringify(keyed));
});

test('the engines write their hot results shaped, in the contract order', () => {
  assert.match(native.checkEmail('user@gmal.com', ''), /^\(0/);
  assert.match(native.checkEmail('user@gmal.com', 'ja'), /^\(1/);
  assert.match(native.normalizeEmail('a@b.com', null), /^\(2/);
  assert.match(native.parsePhone('090-1234-5678', 'JP', null, false, ''), /^\(3/);
  assert.match(native.parsePhone('12', 'JP', null, false, 'en'), /^\(4/);
  assert.deepEqual(Object.keys(decode(native.parsePhone('12', 'JP', null, false, 'en'))),
    ['input', 'ok', 'error', 'e164', 'national', 'international', 'region', 'type', 'extension', 'expectedLengths', 'message']);
});

test('malformed shaped text throws', () => {
  for (const bad of [
    '(2Itnnnn', //     no ')'
    '(2Itnnnnn)', //   one value too many
    '(2Itnnn)', //     one value short
    '(9n)', //         no shape 9
    '(2Itnnnn}', //    closed as a keyed object
    '(2It!nnn)', //    not a value
  ]) {
    assert.throws(() => decode(bad), /malformed engine result/, bad);
  }
});

test('a decoder refuses an engine whose shapes differ from its own', () => {
  const names = native.keyNames();
  assert.throws(() => createDecoder(names.replace('|input,ok,error,normalized,base,rule', '|input,ok,error,normalized,rule,base')),
    /are not the decoder's/);
  assert.throws(() => createDecoder(names.split('|')[0]), /are not the decoder's/);
});
