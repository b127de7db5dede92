// Two copies of the native addon in one process (two installs of the package, e.g. nested
// node_modules) must each work on their own. The addon exports nothing but its N-API entry
// point (node/exports.map): with libphonenumber's symbols exported, the second copy bound to
// the first copy's PhoneNumberUtil singleton (STB_GNU_UNIQUE) and crashed on its first
// parsePhone. Run in a child process, so a crash fails this test instead of the runner.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const addon = fileURLToPath(new URL('../../dist/contactcheck.node', import.meta.url));

test('two copies of the native addon in one process answer alike', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'contactcheck-copies-'));
  try {
    const copies = ['a', 'b'].map((name) => {
      const file = path.join(dir, `${name}.node`);
      copyFileSync(addon, file);
      return file;
    });
    const script = `
      const copies = ${JSON.stringify(copies)}.map((f) => require(f));
      const out = copies.map((c) => [c.parsePhone('090-1234-5678', 'JP', [], false, ''),
        c.formatPhone('+81 3-1234-5678', 'national'), c.normalizeEmail('a.b+x@gmail.com', [])]);
      process.stdout.write(JSON.stringify(out));`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
    assert.equal(r.signal, null, `child killed by ${r.signal}: ${r.stderr}`);
    assert.equal(r.status, 0, r.stderr);
    const [first, second] = JSON.parse(r.stdout);
    assert.deepEqual(second, first);
    assert.match(first[0], /\+819012345678/);
    assert.equal(first[1], '03-1234-5678');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
