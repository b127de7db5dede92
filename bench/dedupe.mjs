// Benchmark of `contactcheck dedupe` on a generated CSV, with each engine.
//
//   node bench/dedupe.mjs [ROWS]          (default 1,000,000)
//   import { benchDedupe } from './dedupe.mjs'; await benchDedupe({ rows: 1e6 })
//     → [{ engine, rows, seconds, rowsPerSecond, peakRssMB, groups, duplicates, invalid, malformed }]
//
// Each engine runs in its own child process (the CLI, as a user runs it), so that peak RSS
// (process.resourceUsage().maxRSS, reported by the child) belongs to that engine alone.
// The CSV lives in os.tmpdir() and is removed afterwards.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from '../tests/js/helpers/random.mjs';

const CLI = fileURLToPath(new URL('../bin/contactcheck.mjs', import.meta.url));
const FIRST = ['taro', 'hanako', 'mirai', 'yuki', 'kenji', 'sakura', 'john', 'mary', 'li', 'ana'];
const DOMAINS = ['gmail.com', 'example.com', 'example.co.jp', 'yahoo.co.jp', 'docomo.ne.jp', 'outlook.jp', 'googlemail.com'];


/**
 * Writes a CSV of `rows` data rows: about 60% distinct people, the rest their aliases (Gmail
 * dots, +tags, upper case), 3% invalid addresses, quoted names with commas, CRLF line ends.
 * Returns its size in bytes.
 */
export function generateCsv(file, rows, seed = 1) {
  const next = prng(seed);
  const fd = fs.openSync(file, 'w');
  let buffer = 'id,email,name,note\r\n';
  let size = 0;
  const people = Math.max(1, Math.round(rows * 0.6));
  for (let i = 1; i <= rows; i++) {
    const person = i <= people ? i : 1 + Math.floor(next() * people);
    const first = FIRST[person % FIRST.length];
    const domain = DOMAINS[person % DOMAINS.length];
    let local = `${first}${person}`;
    const r = next();
    if (i > people) {
      if (domain === 'gmail.com' || domain === 'googlemail.com') local = `${local.slice(0, 2)}.${local.slice(2)}`;
      if (r < 0.5) local += `+shop${Math.floor(r * 100)}`;
      if (r > 0.8) local = local.toUpperCase();
    }
    let email = `${local}@${domain}`;
    if (r < 0.03) email = r < 0.01 ? `${local} ${domain}` : r < 0.02 ? `${local}@${domain.replace('.', '')}` : '';
    buffer += `${i},${email},"${first.toUpperCase()}, ${person}",plain\r\n`;
    if (buffer.length > 1 << 20) {
      size += fs.writeSync(fd, buffer);
      buffer = '';
    }
  }
  size += fs.writeSync(fd, buffer);
  fs.closeSync(fd);
  return size;
}

function runCli(args) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CLI, ...args], { maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${error.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

export async function benchDedupe({ rows = 1_000_000, engines = ['native', 'wasm'] } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'contactcheck-bench-dedupe-'));
  try {
    const csv = path.join(dir, 'contacts.csv');
    const bytes = generateCsv(csv, rows);
    const results = [];
    for (const engine of engines) {
      const out = path.join(dir, `groups-${engine}.csv`);
      const t = performance.now();
      const summary = JSON.parse(await runCli(['dedupe', csv, '--column', 'email', '--out', out, '--json', '--engine', engine]));
      const wall = (performance.now() - t) / 1000;
      results.push({
        engine, rows: summary.rows, fileMB: Math.round(bytes / 1048576), seconds: Number(summary.seconds.toFixed(2)),
        wallSeconds: Number(wall.toFixed(2)), rowsPerSecond: summary.rowsPerSecond, peakRssMB: summary.peakRssMB,
        groups: summary.groups, duplicates: summary.duplicates, invalid: summary.invalid, malformed: summary.malformed,
      });
    }
    return results;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = Number(process.argv[2] ?? 1_000_000);
  for (const r of await benchDedupe({ rows })) {
    console.log(`dedupe ${r.engine.padEnd(6)} ${r.rows.toLocaleString('en-US')} rows (${r.fileMB} MB): ${r.seconds} s in the worker, `
      + `${r.wallSeconds} s wall, ${r.rowsPerSecond.toLocaleString('en-US')} rows/s, peak RSS ${r.peakRssMB} MB `
      + `(${r.groups.toLocaleString('en-US')} groups, ${r.duplicates.toLocaleString('en-US')} duplicates, ${r.invalid} invalid)`);
  }
}
