// The disposable-domain list on the Node API (dist/disposable.txt, built from the npm package
// mailchecker by scripts/build-data.mjs): listed domains and their subdomains warn `disposable`,
// privacy relays warn `relay` and are never on the list, and the browser build holds none of it.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { buildDisposable, isRelay, relayDomains } from '../../scripts/build-data.mjs';
import { disposableCount, DISPOSABLE_LIST, withServerChecks } from '../../node/server.mjs';
import { engines } from './helpers/engines.mjs';

const all = await engines();
const listText = fs.readFileSync(DISPOSABLE_LIST, 'utf8');
const relays = relayDomains(fs.readFileSync(new URL('../../core/data/relay_domains.txt', import.meta.url), 'utf8'));
const RELAY_ADDRESSES = ['taro@duck.com', 'x1y2@alice.mozmail.com', 'abc@privaterelay.appleid.com', 'a.b@private.icloud.com',
  'me@simplelogin.com', 'me@aleeas.com', 'me@slmail.me', 'me@addy.io', 'me@bob.anonaddy.com', 'me@passmail.net'];

for (const [name, cc] of all) {
  test(`${name}: withServerChecks loads the list once and returns the same API`, () => {
    assert.equal(withServerChecks(cc), cc);
    assert.equal(withServerChecks(cc), cc);
    assert.ok(disposableCount(cc) > 50_000, `${disposableCount(cc)} domains`);
  });

  test(`${name}: a listed domain and its subdomains warn "disposable"`, () => {
    withServerChecks(cc);
    for (const a of ['someone@mailinator.com', 'someone@eu.mailinator.com', 'x@a.b.mailinator.com', 'Taro@MAILINATOR.COM', 'x@yopmail.com']) {
      const r = cc.checkEmail(a);
      assert.equal(r.ok, true, a);
      assert.ok(r.warnings.includes('disposable'), `${a}: ${r.warnings}`);
    }
    for (const a of ['taro@gmail.com', 'taro@example.co.jp', 'x@mailinator.com.example', 'x@zmailinator.com']) {
      assert.ok(!cc.checkEmail(a).warnings.includes('disposable'), a);
    }
  });

  test(`${name}: privacy relays warn "relay", never "disposable"`, () => {
    withServerChecks(cc);
    for (const a of RELAY_ADDRESSES) {
      const w = cc.checkEmail(a).warnings;
      assert.ok(w.includes('relay'), `${a}: ${w}`);
      assert.ok(!w.includes('disposable'), `${a}: ${w}`);
    }
  });
}

test('the Node API from load() has the list already (node/index.mjs applies withServerChecks)', async () => {
  const code = "import('./node/index.mjs').then(async (m) => { for (const engine of [undefined, 'native', 'wasm']) "
    + "console.log((await m.load({ engine })).checkEmail('a@sub.mailinator.com').warnings.join(',')); })";
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const out = await new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', code], { cwd: root }, (e, stdout, stderr) => (e ? reject(new Error(stderr)) : resolve(stdout)));
  });
  assert.deepEqual(out.trim().split('\n'), ['disposable', 'disposable', 'disposable']);
});

test('dist/disposable.txt: source, version and license in its header; no relay in it', () => {
  const header = listText.split('\n').filter((l) => l.startsWith('#')).join('\n');
  assert.match(header, /mailchecker@6\.0\.21/);
  assert.match(header, /license MIT/);
  const domains = listText.split('\n').filter((l) => l && !l.startsWith('#'));
  assert.ok(domains.length > 50_000);
  assert.ok(domains.includes('mailinator.com'));
  const leaked = domains.filter((d) => isRelay(d, relays));
  assert.deepEqual(leaked, []);
  for (const d of ['duck.com', 'mozmail.com', 'simplelogin.com', 'addy.io', 'anonaddy.com', 'passmail.net', 'slmail.me', 'aleeas.com']) {
    assert.ok(!domains.includes(d), d);
  }
});

test('buildDisposable removes relays (parents and simplelogin.*/anonaddy.* too) and counts them', () => {
  const { text, kept, removed } = buildDisposable({
    domains: ['Mailinator.com', 'duck.com', 'x.mozmail.com', 'simplelogin.fr', 'anonaddy.me', 'yopmail.com', 'notduck.com'],
    version: '9.9.9', license: 'MIT', relays, stamp: 's',
  });
  assert.equal(kept, 3);
  assert.deepEqual(removed, ['anonaddy.me', 'duck.com', 'simplelogin.fr', 'x.mozmail.com']);
  assert.deepEqual(text.split('\n').filter((l) => l && !l.startsWith('#')), ['mailinator.com', 'notduck.com', 'yopmail.com']);
  assert.match(text, /mailchecker@9\.9\.9/);
});

test('the browser build holds no disposable list', () => {
  const wasm = fs.readFileSync(new URL('../../dist/contactcheck-wasm.wasm', import.meta.url));
  const glue = fs.readFileSync(new URL('../../dist/contactcheck-wasm.mjs', import.meta.url), 'utf8');
  const browser = fs.readFileSync(new URL('../../wasm/index.mjs', import.meta.url), 'utf8');
  for (const domain of ['mailinator.com', 'yopmail.com', '0-00.usa.cc']) {
    assert.equal(wasm.includes(domain), false, domain);
    assert.equal(glue.includes(domain), false, domain);
  }
  assert.doesNotMatch(browser, /disposable\.txt|server\.mjs/);
});
