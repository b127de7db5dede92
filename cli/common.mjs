// Shared plumbing of the CLI subcommands: argument parsing, input lines, output.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';

import { load } from '../node/index.mjs';

export class UsageError extends Error {}

export function parse(argv, options) {
  try {
    return parseArgs({ args: argv, options: { engine: { type: 'string' }, json: { type: 'boolean' }, ...options }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(e.message);
  }
}

export function engineOf(values) {
  const engine = values.engine;
  if (engine !== undefined && engine !== 'native' && engine !== 'wasm') throw new UsageError(`--engine must be native or wasm, got ${engine}`);
  return load({ engine });
}

// The API checks its options on every call; a bad one (--types bogus, --locale fr) is a usage
// error of the command line, found by one call on an empty value before any input is read.
export function checkOptions(call) {
  try {
    call();
  } catch (e) {
    if (e instanceof TypeError || e instanceof RangeError) throw new UsageError(e.message);
    throw e;
  }
}

// The values given on the command line, or else one per line of standard input (CRLF too; the
// byte order mark of a list saved as "UTF-8 with BOM" is not part of its first value).
export async function* inputs(positionals) {
  if (positionals.length > 0) {
    yield* positionals;
    return;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let first = true;
  for await (const line of lines) {
    yield first && line.startsWith('\uFEFF') ? line.slice(1) : line;
    first = false;
  }
}

// Writes with back-pressure, so piping a million lines into `head` or a slow consumer
// does not buffer them all in memory.
export async function write(text) {
  if (!process.stdout.write(text)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}
