// `contactcheck normalize`: arguments or standard input, text or JSON, --keep, both engines.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { ENGINES } from './helpers/engines.mjs';

const CLI = fileURLToPath(new URL('../../bin/contactcheck.mjs', import.meta.url));

function cli(args, input) {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [CLI, 'normalize', ...args], (error, stdout, stderr) => {
      resolve({ code: error?.code ?? 0, stdout, stderr });
    });
    child.stdin.end(input ?? '');
  });
}

for (const engine of ENGINES) {
  test(`${engine}: addresses on the command line, one line each: key, rule, input`, async () => {
    const r = await cli(['--engine', engine, 'Mirai.Taro+news@gmail.com', 'mirai.taro+shop@example.com', 'taro+1@docomo.ne.jp', 'm.i.r.a.i@example.com']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.stdout.split('\n'), [
      'miraitaro@gmail.com\tgmail\tMirai.Taro+news@gmail.com',
      'mirai.taro@example.com\tsubaddress\tmirai.taro+shop@example.com',
      'taro+1@docomo.ne.jp\texempt_carrier\ttaro+1@docomo.ne.jp',
      'm.i.r.a.i@example.com\tlowercase\tm.i.r.a.i@example.com',
      '',
    ]);
  });

  test(`${engine}: standard input (CRLF), errors, exit status 1`, async () => {
    const r = await cli(['--engine', engine], 'A+b@Example.com\r\nnot an address\r\n\r\n');
    assert.equal(r.code, 1);
    const [first, second, third] = r.stdout.split('\n');
    assert.equal(first, 'a@example.com\tsubaddress\tA+b@Example.com');
    assert.match(second, /^ERROR \w+\tnot an address$/);
    assert.equal(third, 'ERROR empty\t');
  });

  test(`${engine}: --json gives the API's result objects; --keep keeps aliases apart`, async () => {
    const r = await cli(['--engine', engine, '--json', '--keep', 'qa@example.com, dev@example.com', 'qa+1@example.com', 'other+1@example.com']);
    assert.equal(r.code, 0, r.stderr);
    const [a, b] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(a, { input: 'qa+1@example.com', ok: true, error: null, normalized: 'qa+1@example.com', base: 'qa@example.com', rule: 'allow_listed' });
    assert.equal(b.normalized, 'other@example.com');
    assert.equal(b.rule, 'subaddress');
  });
}

test('usage errors exit 2', async () => {
  for (const args of [['--engine', 'gpu', 'a@b.co'], ['--nope']]) {
    const r = await cli(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, /^contactcheck normalize: /);
  }
});
