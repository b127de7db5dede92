// The browser entry point (wasm/index.mjs): given a compilation the page started itself,
// load({ module }), and fetching the .wasm itself from an HTTP server, load({ wasmUrl }) (Node
// has fetch for http: URLs, not file: ones). Each test imports its own copy of the loader (a
// query string), because load() keeps the engine it made.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { test } from 'node:test';

import { load as loadNode } from '../../node/index.mjs';

const bytes = readFileSync(new URL('../../dist/contactcheck-wasm.wasm', import.meta.url));
let copies = 0;
const freshLoader = async () => (await import(`../../wasm/index.mjs?copy=${++copies}`)).load;

test('load({ module }) with a WebAssembly.Module or a promise of one answers as the wasm engine', async () => {
  const reference = await loadNode({ engine: 'wasm' });
  for (const module of [new WebAssembly.Module(bytes), WebAssembly.compile(bytes)]) {
    const cc = await (await freshLoader())({ module });
    assert.equal(cc.engine, 'wasm');
    for (const [input, region] of [['090-1234-5678', 'JP'], ['+1 650-253-0000', ''], ['12', 'JP']]) {
      assert.deepEqual(cc.parsePhone(input, { region }), reference.parsePhone(input, { region }));
    }
    for (const input of ['taro＠gmial.com', 'Taro <taro@gmail.com>', 'taro..x@docomo.ne.jp']) {
      assert.deepEqual(cc.checkEmail(input, { locale: 'ja' }), reference.checkEmail(input, { locale: 'ja' }));
    }
  }
});

test('load({ module }) refuses what is not a module, and a failed compilation rejects instead of hanging', { timeout: 30_000 }, async () => {
  const load = await freshLoader();
  for (const wrong of [42, 'contactcheck-wasm.wasm', bytes, {}, null]) {
    await assert.rejects(load({ module: wrong }), TypeError, String(wrong));
  }
  const failure = new Error('compile failed');
  await assert.rejects(load({ module: Promise.reject(failure) }), (e) => e === failure);
  // An empty module instantiates, but it is not ours: the glue finds no exports.
  const empty = new WebAssembly.Module(Uint8Array.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  await assert.rejects(load({ module: empty }));
  // Invalid bytes: compile rejects.
  await assert.rejects(load({ module: WebAssembly.compile(Uint8Array.from([1, 2, 3])) }), WebAssembly.CompileError);
  // After failures, a good module still loads: a failed load is not kept.
  const cc = await load({ module: WebAssembly.compile(bytes) });
  assert.equal(cc.parsePhone('090-1234-5678', { region: 'JP' }).e164, '+819012345678');
  // And a loaded engine is kept: a second call gives the same object.
  assert.equal(await load(), cc);
});

test('load({ wasmUrl }): HTTP errors and wrong files name the URL; any content type downloads once', { timeout: 30_000 }, async () => {
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    const [type, body] = {
      '/ok.wasm': ['application/wasm', bytes],
      '/octet.wasm': ['application/octet-stream', bytes],
      '/page.wasm': ['text/html', Buffer.from('<!doctype html><title>Not here</title>')],
    }[req.url] ?? [];
    if (!body) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': type }).end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;
  try {
    const load = await freshLoader();
    await assert.rejects(load({ wasmUrl: `${base}/missing.wasm` }),
      (e) => e.message === `contactcheck.load: ${base}/missing.wasm: HTTP 404`);
    await assert.rejects(load({ wasmUrl: new URL(`${base}/page.wasm`) }),
      (e) => e.message.startsWith(`contactcheck.load: ${base}/page.wasm is not a WebAssembly module (text/html): `));
    assert.deepEqual(requests, ['/missing.wasm', '/page.wasm'], 'each URL fetched once');
    // Streaming compilation refuses a response that is not application/wasm: its bytes are
    // compiled instead, not downloaded again.
    const cc = await load({ wasmUrl: `${base}/octet.wasm` });
    assert.equal(cc.parsePhone('090-1234-5678', { region: 'JP' }).e164, '+819012345678');
    assert.deepEqual(requests.slice(2), ['/octet.wasm']);
    const streamed = await (await freshLoader())({ wasmUrl: `${base}/ok.wasm` });
    assert.equal(streamed.checkEmail('taro@gmial.com').suggestion, 'taro@gmail.com');
    assert.deepEqual(requests.slice(3), ['/ok.wasm']);
  } finally {
    server.close();
  }
});
