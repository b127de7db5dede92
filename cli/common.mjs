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

// The values given on the command line, or else one per line of standard input (CRLF too).
export async function* inputs(positionals) {
  if (positionals.length > 0) {
    yield* positionals;
    return;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) yield line;
}

// Writes with back-pressure, so piping a million lines into `head` or a slow consumer
// does not buffer them all in memory.
export async function write(text) {
  if (!process.stdout.write(text)) await new Promise((resolve) => process.stdout.once('drain', resolve));
}
