// The package as its users reach it: ESM and CommonJS entry points, engine selection, and the
// CLI printing exactly the API's result on both engines.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { test } from 'node:test';

import { load } from 'contactcheck';

const require = createRequire(import.meta.url);
const cli = new URL('../../bin/contactcheck.mjs', import.meta.url).pathname;

// Runs the CLI; exit status 1 means "some input was invalid", like grep's.
function run(args, input = '') {
  const r = spawnSync('node', [cli, ...args], { input });
  assert.ok(r.status === 0 || r.status === 1, `${args.join(' ')}: status ${r.status}\n${r.stderr}`);
  return { status: r.status, stdout: r.stdout.toString() };
}

test('ESM: load() gives the native engine in Node, load({ engine }) forces one', async () => {
  assert.equal((await load()).engine, 'native');
  assert.equal((await load({ engine: 'wasm' })).engine, 'wasm');
  await assert.rejects(load({ engine: 'java' }), RangeError);
});

test('CommonJS: require() gives the same API', async () => {
  const cjs = require('contactcheck');
  const cc = await cjs.load({ engine: 'wasm' });
  assert.equal(cc.parsePhone('090-1234-5678', { region: 'JP' }).e164, '+819012345678');
  // Every export of the ES module, under the same names.
  const esm = await import('contactcheck');
  assert.deepEqual(Object.keys(cjs).sort(), Object.keys(esm).sort());
  assert.deepEqual(await cjs.verifyDomain('no domain'), await esm.verifyDomain('no domain'));
});

test('the API object works with its functions taken off it', async () => {
  for (const engine of ['native', 'wasm']) {
    const { countriesForLocale, listCountries, parsePhone } = await load({ engine });
    assert.equal(countriesForLocale('ja')[0].region, 'JP');
    assert.ok(listCountries().length >= 240);
    assert.equal(parsePhone('090-1234-5678', { region: 'JP' }).e164, '+819012345678');
  }
});

test('CLI: phone --json prints the API result, identical on both engines', async () => {
  const lines = {};
  for (const engine of ['native', 'wasm']) {
    const r = run(['phone', '--region', 'JP', '--json', '--engine', engine], '090-1234-5678\n03-1234-5678\nabc\n');
    assert.equal(r.status, 1);  // "abc" is not a number
    lines[engine] = r.stdout;
  }
  assert.equal(lines.native, lines.wasm);
  const [first, , third] = lines.wasm.trim().split('\n').map((l) => JSON.parse(l));
  const cc = await load({ engine: 'native' });
  assert.deepEqual(first, cc.parsePhone('090-1234-5678', { region: 'JP' }));
  assert.equal(first.e164, '+819012345678');
  assert.equal(first.national, '090-1234-5678');
  assert.equal(first.type, 'mobile');
  assert.equal(third.error, 'not_a_number');
});

test('CLI: email --json prints the API result, identical on both engines', () => {
  const out = ['native', 'wasm'].map((engine) =>
    run(['email', '--json', '--engine', engine, 'taro..x@docomo.ne.jp', 'user＠example.com']).stdout);
  assert.equal(out[0], out[1]);
  const [carrier, fullwidth] = out[0].trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(carrier.ok, true);
  assert.deepEqual(carrier.warnings, ['carrier_mail', 'rfc_nonconforming']);
  assert.equal(fullwidth.error, 'fullwidth');
  assert.equal(fullwidth.suggestion, 'user@example.com');
});

test('CLI: a wrong flag is a usage error, not a stack trace', () => {
  assert.throws(() => execFileSync('node', [cli, 'phone', '--nope'], { stdio: 'pipe' }),
    (e) => e.status === 2 && /contactcheck phone:/.test(e.stderr.toString()));
});

test('npm pack: the engines, the licence and notice; no sources, tests or build tree', () => {
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: new URL('../..', import.meta.url), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const files = pack.files.map((f) => f.path);
  for (const f of ['LICENSE', 'NOTICE', 'README.md', 'dist/contactcheck-wasm.wasm', 'dist/contactcheck-wasm.mjs',
    'dist/contactcheck.node', 'node/index.cjs', 'node/index.mjs', 'wasm/index.mjs', 'js/index.d.ts', 'bin/contactcheck.mjs']) {
    assert.ok(files.includes(f), `${f} is not packed`);
  }
  assert.deepEqual(files.filter((f) => /^(build|tests|core|deps|bench|node_modules|test-output)\//.test(f)), []);
});
