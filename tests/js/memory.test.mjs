// Memory (issue 9): many calls of each function leave the WASM heap size unchanged and the
// native process's RSS within 5 MB of where it started (after warm-up rounds); AsYouType objects
// are released both by dispose() and, when the caller forgets, by the FinalizationRegistry
// after garbage collection. Runs in a child process with --expose-gc (a clean heap, real gc()).
//   MEMORY_CALLS: calls per function (default 100 000), capped by MEMORY_BUDGET seconds per
//   function (default 1.5: the per-call-formatter functions run fewer; the count run is printed).
//   MEMORY_FORMATTERS: AsYouType objects left to GC (default 100 000). The full run (npm run
//   bench): MEMORY_CALLS=1000000 MEMORY_BUDGET=Infinity node --test tests/js/memory.test.mjs
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const CHILD = 'CONTACTCHECK_MEMORY_CHILD';
const MB = 1024 * 1024;

/** The workload: [name, (cc, input, i) => result], over inputs from the data files. */
function workload() {
  const col = (file) => readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8').split('\n')
    .filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')[0]).filter((s) => !s.includes('\\'));
  const emails = [...col('email_check.tsv'), ...col('email_normalize.tsv')];
  const phones = [...col('phone_parse.tsv'), '+819012345678', '0312345678', '+1 201-555-0123'];
  const pick = (list, i) => list[i % list.length];
  return [
    ['checkEmail', (cc, i) => cc.checkEmail(pick(emails, i))],
    ['checkEmail ja', (cc, i) => cc.checkEmail(pick(emails, i), { locale: 'ja' })],
    ['suggestEmail', (cc, i) => cc.suggestEmail(pick(emails, i))],
    ['normalizeEmail', (cc, i) => cc.normalizeEmail(pick(emails, i), { keepAliasesOf: ['taro@example.com'] })],
    ['parsePhone', (cc, i) => cc.parsePhone(pick(phones, i), { region: 'JP', locale: 'en' })],
    ['formatPhone', (cc, i) => cc.formatPhone(pick(['+819012345678', '+12015550123', 'x', '+44'], i), 'national')],
    ['formatAsYouType', (cc, i) => cc.formatAsYouType(pick(phones, i), 'JP', i % 12)],
    ['AsYouType+dispose', (cc, i) => { const f = new cc.AsYouType('JP'); f.inputString(pick(phones, i)); f.dispose(); }],
  ];
}

async function engineWithProbes(name) {
  const { createApi } = await import('../../js/api.mjs');
  let raw;
  if (name === 'wasm') {
    const { default: createModule } = await import('../../dist/contactcheck-wasm.mjs');
    raw = await createModule({ wasmBinary: readFileSync(new URL('../../dist/contactcheck-wasm.wasm', import.meta.url)) });
  } else {
    const { createRequire } = await import('node:module');
    raw = createRequire(import.meta.url)('../../dist/contactcheck.node');
  }
  // Count the native handles created and deleted under the API's AsYouType.
  const handles = { created: 0, deleted: 0 };
  const Base = raw.AsYouType;
  const engine = Object.create(raw);
  engine.AsYouType = function AsYouType(region) {
    const h = new Base(region);
    handles.created++;
    return {
      input: (ch) => h.input(ch),
      inputAndRemember: (ch) => h.inputAndRemember(ch),
      inputString: (text) => h.inputString(text),
      rememberedPosition: () => h.rememberedPosition(),
      clear: () => h.clear(),
      delete: () => { handles.deleted++; h.delete(); },
    };
  };
  const heap = name === 'wasm' ? () => raw.HEAP8.buffer.byteLength : () => null;
  return { cc: createApi(engine, name), handles, heap };
}

async function settle() {
  for (let k = 0; k < 4; k++) {
    global.gc();
    await new Promise((r) => setImmediate(r));
  }
}

/**
 * Runs `calls` calls of each function (fewer when `budget` seconds would not suffice at the
 * speed of the warm-up: the count run is reported), then the finalization check.
 */
export async function measure(engineName, { calls, formatters, budget = Infinity, log = () => {} }) {
  const { cc, handles, heap } = await engineWithProbes(engineName);
  const out = { engine: engineName, calls, formatters, functions: {} };
  for (const [name, fn] of workload()) {
    const probe = Math.min(calls, 2_000);
    let t = performance.now();
    for (let i = 0; i < probe; i++) fn(cc, i);
    const n = Math.min(calls, Math.max(probe, Math.floor(budget / ((performance.now() - t) / 1000 / probe))));
    // Warm-up rounds of as many calls as are measured, until a round leaves RSS within 1 MB
    // (at most 4): caches, pools, JIT, and the allocator's and V8's high-water marks. Native
    // AsYouType objects need 3-4 rounds of 40k to plateau ~20 MB up, then stay within
    // ~4 bytes per object; a leak never plateaus and shows in the measured round.
    for (let round = 0; round < 4; round++) {
      const before = process.memoryUsage().rss;
      for (let i = 0; i < n; i++) fn(cc, i);
      await settle();
      if (Math.abs(process.memoryUsage().rss - before) < MB) break;
    }
    const heap0 = heap(), rss0 = process.memoryUsage().rss;
    t = performance.now();
    for (let i = 0; i < n; i++) fn(cc, i);
    const seconds = (performance.now() - t) / 1000;
    await settle();
    const r = { calls: n, seconds: +seconds.toFixed(2), rssDeltaMB: +((process.memoryUsage().rss - rss0) / MB).toFixed(2) };
    if (heap0 !== null) r.heapDelta = heap() - heap0;
    out.functions[name] = r;
    log(`${engineName} ${name}: ${JSON.stringify(r)}`);
  }
  // Formatters never disposed: the FinalizationRegistry must free every one after gc.
  const before = { ...handles };
  const heapA = heap();
  const t = performance.now();
  const leak = () => { for (let i = 0; i < formatters; i++) new cc.AsYouType('JP').input('0'); };
  leak();
  const deadline = Date.now() + 20_000;
  while (handles.deleted - before.deleted < formatters && Date.now() < deadline) {
    await settle();
    await new Promise((r) => setTimeout(r, 20));
  }
  const heapB = heap();
  leak();  // a second round reuses the freed memory: the heap does not grow again
  while (handles.deleted - before.deleted < 2 * formatters && Date.now() < deadline + 20_000) {
    await settle();
    await new Promise((r) => setTimeout(r, 20));
  }
  out.finalization = {
    created: handles.created - before.created,
    freed: handles.deleted - before.deleted,
    seconds: +((performance.now() - t) / 1000).toFixed(2),
    heapGrowthFirstRound: heapA === null ? null : heapB - heapA,
    heapGrowthSecondRound: heapA === null ? null : heap() - heapB,
  };
  log(`${engineName} finalization: ${JSON.stringify(out.finalization)}`);
  return out;
}

export function check(result) {
  for (const [name, r] of Object.entries(result.functions)) {
    if (result.engine === 'wasm') assert.equal(r.heapDelta, 0, `wasm ${name}: heap grew by ${r.heapDelta} bytes`);
    else assert.ok(Math.abs(r.rssDeltaMB) < 5, `native ${name}: RSS moved by ${r.rssDeltaMB} MB`);
  }
  const f = result.finalization;
  assert.equal(f.created, 2 * result.formatters);
  assert.equal(f.freed, f.created, `${result.engine}: ${f.created - f.freed} AsYouType handles never freed`);
  if (result.engine === 'wasm') assert.equal(f.heapGrowthSecondRound, 0, 'wasm: freed formatters memory is reused');
}

if (process.env[CHILD]) {
  const [engineName, calls, formatters, budget] = process.env[CHILD].split(',');
  const result = await measure(engineName, { calls: +calls, formatters: +formatters, budget: +budget });
  process.stdout.write(`${JSON.stringify(result)}\n`);
} else {
  const calls = Number(process.env.MEMORY_CALLS ?? 100_000);
  const formatters = Number(process.env.MEMORY_FORMATTERS ?? 100_000);
  // Seconds per function: the slow ones (a formatter per call) run fewer calls in npm test.
  const budget = Number(process.env.MEMORY_BUDGET ?? 1.5);
  for (const engineName of ['native', 'wasm']) {
    test(`${engineName}: ${calls} calls of each function, ${formatters} AsYouType left to GC`, (t) => {
      const stdout = execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url)], {
        env: { ...process.env, [CHILD]: `${engineName},${calls},${formatters},${budget}` },
        encoding: 'utf8', maxBuffer: 64 * MB, stdio: ['ignore', 'pipe', 'inherit'],
      });
      const result = JSON.parse(stdout.trim().split('\n').at(-1));
      for (const [name, r] of Object.entries(result.functions)) t.diagnostic(`${name}: ${JSON.stringify(r)}`);
      t.diagnostic(`finalization: ${JSON.stringify(result.finalization)}`);
      check(result);
    });
  }
}
