// verifyDomain against a DNS server this test starts on 127.0.0.1: no other address is asked
// (every call passes { servers: [server.address] }).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { domainToASCII } from 'node:url';

import { verifyDomain } from '../../node/verify_domain.mjs';
import { answer, startDnsServer } from './helpers/dns_server.mjs';

const IDN = domainToASCII('お名前.test'); // xn--t8jx73hngb.test
const TABLE = {
  'example.test': { MX: [[20, 'mx2.example.test'], [10, 'mx1.example.test']], A: ['192.0.2.1'] },
  'nullmx.test': { MX: [[0, '.']], A: ['192.0.2.2'] },
  'aonly.test': { A: ['192.0.2.3'] },
  'aaaaonly.test': { AAAA: ['2001:db8::1'] },
  'nodata.test': {},
  'slow.test': { drop: true },
  'broken.test': { rcode: 2 },
  [IDN]: { MX: [[5, `mx.${IDN}`]] },
};

let server;
let opts;
before(async () => {
  server = await startDnsServer(TABLE);
  opts = { servers: [server.address], timeout: 2000 };
});
after(() => server.close());

test('the DNS server is bound to 127.0.0.1 only', () => {
  assert.match(server.address, /^127\.0\.0\.1:\d+$/);
  assert.ok(server.port > 0);
});

test('MX records: ok, exchanges by priority, no fallback, no address query', async () => {
  const before = server.queries.length;
  const r = await verifyDomain('Taro+x@Example.TEST', opts);
  assert.deepEqual(r, {
    domain: 'example.test', ok: true, reason: null, fallback: null,
    mx: [{ exchange: 'mx1.example.test', priority: 10 }, { exchange: 'mx2.example.test', priority: 20 }],
  });
  assert.deepEqual(server.queries.slice(before).map((q) => q.type), ['MX']);
});

test('null MX: the domain accepts no mail, even with an A record', async () => {
  assert.deepEqual(await verifyDomain('a@nullmx.test', opts),
    { domain: 'nullmx.test', ok: false, reason: 'null_mx', mx: [], fallback: null });
});

test('no MX: A, then AAAA stand in', async () => {
  assert.deepEqual(await verifyDomain('a@aonly.test', opts),
    { domain: 'aonly.test', ok: true, reason: null, mx: [], fallback: 'a' });
  const before = server.queries.length;
  assert.deepEqual(await verifyDomain('a@aaaaonly.test', opts),
    { domain: 'aaaaonly.test', ok: true, reason: null, mx: [], fallback: 'aaaa' });
  assert.deepEqual(server.queries.slice(before).map((q) => q.type), ['MX', 'A', 'AAAA']);
});

test('a domain without any record: no_mail_host', async () => {
  const r = await verifyDomain('a@nodata.test', opts);
  assert.equal(r.ok, false);
  assert.equal(r.reason, 'no_mail_host');
});

test('NXDOMAIN: no_domain', async () => {
  const r = await verifyDomain('taro@does-not-exist.test', opts);
  assert.deepEqual(r, { domain: 'does-not-exist.test', ok: false, reason: 'no_domain', mx: [], fallback: null });
});

test('no answer: timeout within the budget', async () => {
  const t = performance.now();
  const r = await verifyDomain('a@slow.test', { servers: [server.address], timeout: 300, tries: 2 });
  const ms = performance.now() - t;
  assert.equal(r.reason, 'timeout');
  assert.equal(r.ok, false);
  assert.ok(ms >= 250 && ms < 1500, `took ${ms} ms`);
});

test('SERVFAIL: dns_error (unknown, not "does not exist")', async () => {
  const r = await verifyDomain('a@broken.test', { ...opts, tries: 1 });
  assert.equal(r.ok, false);
  assert.equal(r.reason, 'dns_error');
});

test('international domain names are asked in punycode', async () => {
  const r = await verifyDomain('taro@お名前.test', opts);
  assert.equal(r.domain, 'xn--t8jx73hngb.test');
  assert.equal(r.ok, true);
  assert.deepEqual(r.mx, [{ exchange: 'mx.xn--t8jx73hngb.test', priority: 5 }]);
});

test('invalid domains are refused without a query', async () => {
  const before = server.queries.length;
  for (const a of ['', 'taro@', 'taro@localhost', 'taro@a..b.test', 'taro@exa mple.test', `a@${'x'.repeat(64)}.test`]) {
    const r = await verifyDomain(a, opts);
    assert.equal(r.reason, 'invalid_domain', a);
    assert.equal(r.ok, false);
  }
  assert.equal(server.queries.length, before);
});

test('wrong argument types are TypeErrors / RangeErrors', async () => {
  await assert.rejects(verifyDomain(42), TypeError);
  await assert.rejects(verifyDomain('a@b.test', 'fast'), TypeError);
  await assert.rejects(verifyDomain('a@b.test', { timeout: -1 }), RangeError);
  await assert.rejects(verifyDomain('a@b.test', { servers: '127.0.0.1' }), TypeError);
});

test('the server encodes answers the resolver can read (unit: the packet itself)', () => {
  // A query for example.test MX, id 0x1234, RD set.
  const name = Buffer.from([7, ...Buffer.from('example'), 4, ...Buffer.from('test'), 0]);
  const query = Buffer.concat([Buffer.from([0x12, 0x34, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]), name, Buffer.from([0, 15, 0, 1])]);
  const { response } = answer(query, TABLE);
  assert.equal(response.readUInt16BE(0), 0x1234);
  assert.equal(response.readUInt16BE(2) & 0x800f, 0x8000); // a response, NOERROR
  assert.equal(response.readUInt16BE(6), 2); // two answers
  const nx = answer(Buffer.concat([query.subarray(0, 12), Buffer.from([1, 0x7a, 4, ...Buffer.from('test'), 0, 0, 15, 0, 1])]), TABLE);
  assert.equal(nx.response.readUInt16BE(2) & 0xf, 3); // NXDOMAIN
});
