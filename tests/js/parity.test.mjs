// Engine parity in npm test: the first 10 000 inputs of the deterministic corpus of
// tests/js/parity.mjs (npm run bench runs all 100 000), byte-identical JSON on both engines.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { runParity } from './parity.mjs';

const COUNT = Number(process.env.PARITY_COUNT ?? 10_000);

test(`native and wasm give byte-identical JSON on ${COUNT} corpus inputs × every function`, async (t) => {
  const r = await runParity({ count: COUNT });
  t.diagnostic(`${r.count} inputs, ${r.calls} calls per engine, ${r.seconds} s`);
  assert.equal(r.count, COUNT);
  assert.deepEqual(r.mismatches.slice(0, 5), [], `${r.mismatches.length} mismatches`);
});
