// `contactcheck dedupe`: CSV edge cases, the groups, the accounting invariant, the bounded
// (partitioned, re-split) path, and the CLI, on both engines.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { parse } from 'csv-parse/sync';

import { generateCsv } from '../../bench/dedupe.mjs';
import { dedupeFile } from '../../cli/dedupe.mjs';
import { ENGINES } from './helpers/engines.mjs';
import { load } from '../../node/index.mjs';

const CLI = fileURLToPath(new URL('../../bin/contactcheck.mjs', import.meta.url));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'contactcheck-dedupe-test-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

// Line numbers in the comments are the file's lines (1-based).
const LINES = [
  '\uFEFFid,email,name,note', //                          1: BOM, header
  '1,Mirai.Taro+news@gmail.com,"Mirai, Taro",a', //       2: quoted comma
  '2,miraitaro@gmail.com,Taro,b', //                      3
  '3,"m.i.r.a.i.taro@googlemail.com","Multi', //          4: quoted email; a name over two lines
  'line name",c', //                                      5
  '4,hanako+shop@example.com,Hanako,d', //                6
  '5,HANAKO@example.com,"Hanako, ""H""",e', //            7: escaped quotes
  '6,taro+1@docomo.ne.jp,T1,f', //                        8: carrier mail: + is part of the name
  '7,taro@docomo.ne.jp,T2,g', //                          9
  '8,nope,N,h', //                                       10: invalid (no_at)
  '9,,Empty,i', //                                       11: invalid (empty)
  '10,taro@gmail,X,j', //                                12: invalid (domain_no_dot)
  '11,x@example.com,too,many,fields', //                 13: malformed: five fields
  '12,"  Mirai.Taro+x@GMAIL.com  ",padded,k', //         14: surrounding spaces, upper case
  '13,solo@example.org,Solo,"quoted, with comma"', //    15
  '14,"x@example.net",Quoted,l', //                      16
  '', //                                                 17: empty line: not a row
  '15,X+tag@Example.NET,Y,m', //                         18
];
const EXPECTED_GROUPS = [
  { key: 'miraitaro@gmail.com', count: 4, lines: [2, 3, 4, 14] },
  { key: 'hanako@example.com', count: 2, lines: [6, 7] },
  { key: 'x@example.net', count: 2, lines: [16, 18] },
];

function writeFixture(name, eol) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${LINES.join(eol)}${eol}`);
  return file;
}

function readGroups(file) {
  return parse(fs.readFileSync(file), { columns: true }).map((g) => ({
    key: g.key, count: Number(g.count), lines: g.lines.split(' ').map(Number), values: g.values,
  }));
}

const byKey = (a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

function assertInvariant(s) {
  assert.equal(s.rows, s.grouped + s.unique + s.invalid + s.malformed, 'rows = grouped + unique + invalid + malformed');
  assert.equal(s.duplicates, s.grouped - s.groups);
}

for (const engine of ENGINES) {
  for (const [eol, label] of [['\r\n', 'CRLF'], ['\n', 'LF']]) {
    test(`${engine}: groups, invalid rows and malformed records of a tricky CSV (${label})`, async () => {
      const file = writeFixture(`tricky-${engine}-${label}.csv`, eol);
      const out = path.join(dir, `groups-${engine}-${label}.csv`);
      const s = await dedupeFile({ file, column: 'email', out, engine });
      assert.equal(s.engine, engine);
      assert.equal(s.rows, 15);
      assert.equal(s.grouped, 8);
      assert.equal(s.unique, 3);
      assert.equal(s.invalid, 3);
      assert.deepEqual(s.invalidByCode, { no_at: 1, empty: 1, domain_no_dot: 1 });
      assert.equal(s.malformed, 1);
      assert.deepEqual(s.malformedLines, [13]);
      assert.equal(s.groups, 3);
      assert.equal(s.duplicates, 5);
      assert.equal(s.complete, true);
      assertInvariant(s);
      assert.notEqual(s.threadId, 0, 'the CSV work runs in a worker thread');

      const groups = readGroups(out);
      assert.deepEqual(groups.map(({ key, count, lines }) => ({ key, count, lines })).sort(byKey), [...EXPECTED_GROUPS].sort(byKey));
      const mirai = groups.find((g) => g.key === 'miraitaro@gmail.com');
      // The spellings as typed (trimmed), first ones first: no quote, BOM or CR left in them.
      assert.equal(mirai.values, 'Mirai.Taro+news@gmail.com miraitaro@gmail.com m.i.r.a.i.taro@googlemail.com Mirai.Taro+x@GMAIL.com');
    });
  }

  test(`${engine}: a partition with too many keys is split again, with the same result`, async () => {
    const file = writeFixture(`split-${engine}.csv`, '\r\n');
    const out = path.join(dir, `split-groups-${engine}.csv`);
    const s = await dedupeFile({ file, column: 'email', out, engine, partitions: 1, maxKeys: 2 });
    assert.ok(s.resplits >= 1, `resplits ${s.resplits}`);
    assertInvariant(s);
    assert.equal(s.groups, 3);
    assert.deepEqual(readGroups(out).map(({ key, count, lines }) => ({ key, count, lines })).sort(byKey), [...EXPECTED_GROUPS].sort(byKey));
  });

  test(`${engine}: a generated CSV gives the same groups as an in-memory reference`, async () => {
    const file = path.join(dir, `generated-${engine}.csv`);
    generateCsv(file, 20_000, 7);
    const out = path.join(dir, `generated-groups-${engine}.csv`);
    const s = await dedupeFile({ file, column: 'email', out, engine });
    assertInvariant(s);

    const cc = await load({ engine });
    const reference = new Map();
    let invalid = 0;
    parse(fs.readFileSync(file), { bom: true, columns: true }).forEach((row, i) => {
      const r = cc.normalizeEmail(row.email);
      if (!r.ok) {
        invalid++;
        return;
      }
      const g = reference.get(r.normalized) ?? { count: 0, first: i + 2 };
      g.count++;
      reference.set(r.normalized, g);
    });
    const expected = [...reference].filter(([, g]) => g.count > 1).map(([key, g]) => ({ key, count: g.count, first: g.first })).sort(byKey);
    const got = readGroups(out).map((g) => ({ key: g.key, count: g.count, first: g.lines[0] })).sort(byKey);
    assert.equal(s.rows, 20_000);
    assert.equal(s.invalid, invalid);
    assert.ok(expected.length > 1000, `${expected.length} groups`);
    assert.deepEqual(got, expected);
    assert.equal(s.unique, [...reference.values()].filter((g) => g.count === 1).length);
  });

  test(`${engine}: an unknown column is a usage error`, async () => {
    const file = writeFixture(`column-${engine}.csv`, '\n');
    await assert.rejects(dedupeFile({ file, column: 'mail', out: path.join(dir, 'never.csv'), engine }),
      (e) => e.name === 'Error' && e.constructor.name === 'UsageError' && /column "mail"/.test(e.message));
  });
}

test('memory is bounded by maxKeys, not by the file: 300k rows in a 16 MB heap, one partition re-split', async () => {
  const file = path.join(dir, 'bounded.csv');
  generateCsv(file, 300_000, 3);
  const options = { file, column: 'email', out: path.join(dir, 'bounded-groups.csv'), engine: 'native', partitions: 1, heapLimitMB: 16 };
  const s = await dedupeFile({ ...options, maxKeys: 5000 });
  assertInvariant(s);
  assert.equal(s.rows, 300_000);
  assert.ok(s.resplits > 1, `resplits ${s.resplits}`);
  // The control: the same heap without the bound runs out of memory.
  await assert.rejects(dedupeFile({ ...options, maxKeys: 1e9 }), { code: 'ERR_WORKER_OUT_OF_MEMORY' });
});

test('an unclosed quote over the record limit stops the parse and says so', async () => {
  const file = path.join(dir, 'unclosed.csv');
  fs.writeFileSync(file, `id,email\n1,a@example.com\n2,"b@example.com\n${'3,c@example.com\n'.repeat(600_000)}`);
  const s = await dedupeFile({ file, column: 'email', out: path.join(dir, 'unclosed-groups.csv'), engine: 'native' });
  assert.equal(s.complete, false);
  assert.equal(s.stoppedAtLine, 3);
  assert.equal(s.malformedByCode.CSV_MAX_RECORD_SIZE, 1);
  assertInvariant(s);
});

function cli(args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], (error, stdout, stderr) => resolve({ code: error?.code ?? 0, stdout, stderr }));
  });
}

for (const engine of ENGINES) {
  test(`${engine}: the CLI writes groups to stdout and the summary to stderr`, async () => {
    const file = writeFixture(`cli-${engine}.csv`, '\r\n');
    const r = await cli(['dedupe', file, '--column', 'email', '--engine', engine]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.split('\n')[0], 'key,count,lines,values');
    assert.equal(r.stdout.trim().split('\n').length, 4);
    assert.match(r.stderr, /15 rows/);
    assert.match(r.stderr, /grouped\s+8\s+in 3 groups \(5 duplicates\)/);
    assert.match(r.stderr, /invalid\s+3\s+\((?=.*no_at 1)(?=.*empty 1)(?=.*domain_no_dot 1)/);
    assert.match(r.stderr, /malformed\s+1\s+CSV records/);
    assert.doesNotMatch(r.stderr, /\r|\x1b\[/, 'no progress bar when stderr is not a terminal');
  });
}

test('the CLI: --json with --out, usage errors', async () => {
  const file = writeFixture('cli-json.csv', '\n');
  const out = path.join(dir, 'cli-json-groups.csv');
  const r = await cli(['dedupe', file, '--out', out, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const s = JSON.parse(r.stdout);
  assert.equal(s.groups, 3);
  assertInvariant(s);
  assert.equal(readGroups(out).length, 3);
  for (const args of [['dedupe'], ['dedupe', path.join(dir, 'missing.csv')], ['dedupe', file, '--column', 'mail'],
    ['dedupe', file, '--json'], ['dedupe', file, '--engine', 'gpu'],
    // Checked before the first pass, not when the second opens it.
    ['dedupe', file, '--out', path.join(dir, 'no-such-dir', 'groups.csv')], ['dedupe', file, '--out', dir]]) {
    const u = await cli(args);
    assert.equal(u.code, 2, `${args.join(' ')}: ${u.stderr}`);
    assert.match(u.stderr, /^contactcheck dedupe: [^\n]*\n$/);
  }
});
