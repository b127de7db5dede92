#!/usr/bin/env node
// contactcheck CLI: one subcommand per module in ../cli/.
import { UsageError } from '../cli/common.mjs';

const commands = {
  email: () => import('../cli/email.mjs'),
  phone: () => import('../cli/phone.mjs'),
  countries: () => import('../cli/countries.mjs'),
  suggest: () => import('../cli/suggest.mjs'),
  normalize: () => import('../cli/normalize.mjs'),
  dedupe: () => import('../cli/dedupe.mjs'),
};

async function usage() {
  const lines = [];
  for (const [name, mod] of Object.entries(commands)) {
    try {
      lines.push(`  contactcheck ${(await mod()).usage}`);
    } catch {
      // a subcommand whose module is not there yet
    }
  }
  return `usage:\n${lines.join('\n')}\n`;
}

// `contactcheck ... | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

const [name, ...argv] = process.argv.slice(2);
if (!name || name === '--help' || name === '-h' || !(name in commands)) {
  process.stderr.write(await usage());
  process.exit(name === '--help' || name === '-h' ? 0 : 2);
}
const flags = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;  // after --, values
if (flags.includes('--help') || flags.includes('-h')) {
  process.stdout.write(`usage: contactcheck ${(await commands[name]()).usage}\n`);
  process.exit(0);
}
try {
  process.exitCode = await (await commands[name]()).run(argv);
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  process.stderr.write(`contactcheck ${name}: ${e.message}\n`);
  process.exitCode = 2;
}
