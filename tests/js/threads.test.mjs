// Threads (issue 9): the native addon loaded in 4 worker_threads at once, each running the same
// inputs through every function while the others do, gives the main thread's results exactly
// (JSON) and never crashes. Each worker has its own addon instance data (glue/state.h), so
// setDomains/loadDisposable in one thread must not leak into another: checked too.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

import { load } from '../../node/index.mjs';

const WORKERS = 4;
const ROUNDS = Number(process.env.THREADS_ROUNDS ?? 10);

function inputs() {
  const col = (file) => readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8').split('\n')
    .filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')[0]);
  return [...col('email_check.tsv'), ...col('email_normalize.tsv'), ...col('phone_parse.tsv'),
    'taro@gmal.com', '０９０－１２３４－５６７８', 'a\ud800@b.co', 'x'.repeat(10_000), '+81 3 1234 5678 内線 12'];
}

function runAll(cc, list, rounds) {
  const hash = createHash('sha256');
  const out = [];
  for (let round = 0; round < rounds; round++) {
    for (const s of list) {
      const r = [
        cc.checkEmail(s), cc.checkEmail(s, { locale: 'ja' }), cc.suggestEmail(s), cc.normalizeEmail(s),
        cc.parsePhone(s, { region: 'JP' }), cc.parsePhone(s, { region: 'US', locale: 'ja', types: ['mobile'] }),
        cc.formatPhone(s, 'international'), cc.formatAsYouType(s.slice(0, 40), 'JP', 3),
      ];
      const f = new cc.AsYouType('JP');
      for (const ch of s.slice(0, 30)) r.push(f.input(ch));
      f.dispose();
      const json = JSON.stringify(r);
      hash.update(json);
      if (round === 0) out.push(json);
    }
  }
  return { digest: hash.digest('hex'), first: out };
}

if (!isMainThread) {
  const cc = await load({ engine: 'native' });
  if (workerData.setDomains) cc.setDomains(['example-worker.jp']);  // per-thread state: must stay here
  parentPort.postMessage(runAll(cc, workerData.list, workerData.rounds));
} else {
  test(`native addon in ${WORKERS} worker_threads at once: identical results, no crash`, async () => {
    const cc = await load({ engine: 'native' });
    const list = inputs();
    const expected = runAll(cc, list, ROUNDS);
    const results = await Promise.all(Array.from({ length: WORKERS }, (_, i) => new Promise((resolve, reject) => {
      const w = new Worker(new URL(import.meta.url), { workerData: { list, rounds: ROUNDS, setDomains: i === 0 } });
      w.once('message', resolve);
      w.once('error', reject);
      w.once('exit', (code) => { if (code !== 0) reject(new Error(`worker ${i} exited with ${code}`)); });
    })));
    results.forEach((r, i) => {
      if (r.digest !== expected.digest) {
        const k = r.first.findIndex((json, j) => json !== expected.first[j]);
        assert.equal(r.first[k], expected.first[k], `worker ${i}, input ${JSON.stringify(list[k])}`);
      }
      assert.equal(r.digest, expected.digest, `worker ${i}`);
    });
    // Worker 0's setDomains stayed in worker 0.
    assert.equal(cc.suggestEmail('taro@example-workr.jp'), null);
  });
}
