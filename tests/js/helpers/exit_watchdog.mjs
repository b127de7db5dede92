// Preloaded into every node:test process (scripts/test.sh: --import). A suite's process should
// exit as soon as its last test is done; one once stayed alive after all its tests had passed
// until the runner's 10-minute timeout cancelled it, and said nothing about why. Now a process
// still alive a minute after its last test names what holds its event loop open and fails.
// (A hang inside native teardown, with the loop already closed, is still left to the timeout.)
import { after } from 'node:test';

const GRACE_MS = 60_000;

after(() => {
  setTimeout(() => {
    process.stderr.write(`${process.argv[1]}: still running ${GRACE_MS / 1000} s after its last test; ` +
      `active resources: ${process.getActiveResourcesInfo().join(', ')}\n`);
    process.exit(1);
  }, GRACE_MS).unref();
});
