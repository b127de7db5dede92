// The CLI's line-per-value commands: a bad option is a usage error (exit 2, one line on stderr,
// no stack trace), found before any input is read; a byte order mark on standard input is not
// part of the first value. (normalize and dedupe have their own files.)
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { ENGINES } from './helpers/engines.mjs';

const CLI = fileURLToPath(new URL('../../bin/contactcheck.mjs', import.meta.url));

function cli(args, input) {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [CLI, ...args], (error, stdout, stderr) => {
      resolve({ code: error?.code ?? 0, stdout, stderr });
    });
    child.stdin.end(input ?? '');
  });
}

for (const engine of ENGINES) {
  test(`${engine}: options the API refuses are usage errors`, async () => {
    for (const args of [['phone', '--region', 'JP', '--types', 'bogus', '0312345678'], ['phone', '--region', 'JP', '--types', 'mobile,cell'],
      ['phone', '--locale', 'fr', '090-1234-5678'], ['email', '--locale', 'japanese', 'a@example.com']]) {
      const r = await cli([args[0], '--engine', engine, ...args.slice(1)]);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, new RegExp(`^contactcheck ${args[0]}: contactcheck\\.\\w+: [^\\n]*\\n$`), args.join(' '));
      assert.equal(r.stdout, '');
    }
    const ok = await cli(['phone', '--engine', engine, '--region', 'JP', '--types', 'mobile', '090-1234-5678']);
    assert.equal(ok.code, 0, ok.stderr);
  });

  test(`${engine}: a byte order mark on standard input is not part of the first value`, async () => {
    const bom = '\uFEFF';
    const email = await cli(['email', '--engine', engine], `${bom}a@example.com\r\nb@example.com\r\n`);
    assert.equal(email.code, 0, email.stdout);
    assert.match(email.stdout, /^OK a@example\.com\t/);
    const phone = await cli(['phone', '--engine', engine, '--region', 'JP'], `${bom}090-1234-5678\n`);
    assert.equal(phone.code, 0, phone.stdout);
    assert.match(phone.stdout, /^\+819012345678\t/);
    // Only at the very start: a U+FEFF inside a value stays (and makes it invalid).
    const inner = await cli(['email', '--engine', engine], `a@example.com\n${bom}b@example.com\n`);
    assert.equal(inner.code, 1);
  });
}

test('--help after a command prints its usage; after -- it is a value', async () => {
  for (const command of ['email', 'phone', 'suggest', 'normalize', 'dedupe', 'countries']) {
    const r = await cli([command, '--help']);
    assert.equal(r.code, 0, `${command}: ${r.stderr}`);
    assert.match(r.stdout, new RegExp(`^usage: contactcheck ${command}[ \\n]`));
  }
  const value = await cli(['email', '--', '--help']);
  assert.equal(value.code, 1);
  assert.match(value.stdout, /^ERROR no_at\t--help/);
});
