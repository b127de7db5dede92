// contactcheck dedupe FILE.csv [--column email] [--out groups.csv] [--keep a@x,b@y] [--json] [--engine native|wasm]
//
// Groups the rows of a CSV file whose email column has the same dedup key (normalizeEmail) and
// writes one line per group of two or more rows: key, count, the first line numbers, the first
// distinct spellings. A summary follows on standard error (or as JSON on standard output with
// --json), with the invariant  rows = grouped + unique + invalid + malformed.
//
// Bounded memory, whatever the size of the file: the work runs in a worker thread in two passes.
//  1. Stream the CSV (csv-parse: quotes, embedded commas and newlines, BOM, CRLF; a malformed
//     record is counted and skipped, never fatal), compute each row's key, and append
//     "key<TAB>line<TAB>value" to one of P partition files under os.tmpdir(), chosen by a hash
//     of the key. P grows with the file (4 MiB of input per partition, 16 to 512 files), so
//     every row with a given key lands in the same, small partition.
//  2. Group each partition alone with a Map (per key: a count, the first line and spelling; for
//     keys seen twice, at most MAX_LINES line numbers and MAX_VALUES spellings). A partition
//     holding more than MAX_KEYS distinct keys (a file so large that even MAX_PARTITIONS files
//     are big, or an unlucky hash) is split again with another hash seed instead of being
//     grouped in memory. Peak memory is therefore bounded by MAX_KEYS keys,
//     the partition write buffers and the parser's largest record (MAX_RECORD), not by the file.
// Groups come out partition by partition, each partition's groups by their first line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMainThread, parentPort, threadId, Worker, workerData } from 'node:worker_threads';

import { parse as parseCsv } from 'csv-parse';

import { UsageError, parse, write } from './common.mjs';
import { keepList } from './normalize.mjs';

export const usage = 'dedupe FILE.csv [--column email] [--out groups.csv] [--keep a@example.com,...] [--json] [--engine native|wasm]';

const MAX_LINES = 10;           // line numbers kept per group
const MAX_VALUES = 5;           // distinct spellings kept per group
const MAX_RECORD = 8 << 20;     // a CSV record longer than this stops the parse (an unclosed quote)
const PARTITION_BYTES = 4 << 20;   // of CSV input per partition file
const MIN_PARTITIONS = 16;
const MAX_PARTITIONS = 512;
const MAX_KEYS = 100_000;       // distinct keys grouped in memory at once
const SUB_PARTITIONS = 16;
const MAX_DEPTH = 4;
const WRITE_BUFFER = 32 << 10;
const PROGRESS_MS = 200;
const HEAP_LIMIT_MB = 128;      // the worker's old generation

// ---------------------------------------------------------------------------------------------
// Main thread: arguments, the worker, the progress bar, the summary.

function formatInt(n) {
  return n.toLocaleString('en-US');
}

function byCode(counts) {
  return Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([code, n]) => `${code} ${formatInt(n)}`).join(', ');
}

function progressLine(p, started) {
  const seconds = (Date.now() - started) / 1000;
  const rate = seconds > 0 ? Math.round(p.rows / seconds) : 0;
  if (p.phase === 'group') {
    return `grouping: partition ${p.done}/${p.partitions}  ${formatInt(p.rows)} rows`;
  }
  const fraction = p.total > 0 ? Math.min(1, p.bytes / p.total) : 1;
  const width = 30;
  const filled = Math.round(fraction * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(1).padStart(5)}%  ${formatInt(p.rows)} rows  ${formatInt(rate)} rows/s`;
}

/** The summary as text, for a person. */
export function summaryText(s) {
  const w = formatInt(s.rows).length;
  const n = (x) => formatInt(x).padStart(w);
  const lines = [
    `contactcheck dedupe: ${formatInt(s.rows)} rows in ${s.seconds.toFixed(2)} s (${formatInt(s.rowsPerSecond)} rows/s, ${s.engine} engine, peak RSS ${s.peakRssMB} MB)`,
    `  grouped    ${n(s.grouped)}  in ${formatInt(s.groups)} groups (${formatInt(s.duplicates)} duplicates)`,
    `  unique     ${n(s.unique)}`,
    `  invalid    ${n(s.invalid)}${s.invalid ? `  (${byCode(s.invalidByCode)})` : ''}`,
    `  malformed  ${n(s.malformed)}${s.malformed ? `  CSV records (${byCode(s.malformedByCode)}; first at line ${s.malformedLines.join(', ')})` : ''}`,
  ];
  if (!s.complete) lines.push(`  STOPPED: the record from line ${s.stoppedAtLine} on is over ${MAX_RECORD >> 20} MiB (an unclosed quote?); the rest of the file was not read`);
  if (s.out) lines.push(`  groups → ${s.out}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Runs the dedupe in a worker thread. Resolves to the summary (see summaryText).
 * @param {{ file: string, column?: string, out: string, keep?: string[], engine?: 'native'|'wasm', tmpdir?: string,
 *   partitions?: number, maxKeys?: number, heapLimitMB?: number }} options
 *   (partitions, maxKeys: for tests of the split path; heapLimitMB: the worker's old generation, default 128)
 * @param {{ onProgress?: (p: object) => void }} [hooks]
 */
export function dedupeFile(options, hooks = {}) {
  return new Promise((resolve, reject) => {
    // The heap cap makes V8 collect instead of growing: live memory is bounded by design (see
    // the top of this file), and without the cap V8 lets garbage pile up with the file size.
    // The main thread owns the temporary directory, so that it goes even when the worker dies.
    const workDir = fs.mkdtempSync(path.join(options.tmpdir ?? os.tmpdir(), 'contactcheck-dedupe-'));
    const worker = new Worker(new URL(import.meta.url), {
      workerData: { contactcheckDedupe: { ...options, workDir } },
      resourceLimits: { maxOldGenerationSizeMb: options.heapLimitMB ?? HEAP_LIMIT_MB },
    });
    let settled = false;
    const settle = (fn, value) => {
      if (settled) return;
      settled = true;
      worker.terminate().finally(() => {
        fs.rmSync(workDir, { recursive: true, force: true });
        fn(value);
      });
    };
    worker.on('message', (m) => {
      if (m.type === 'progress') hooks.onProgress?.(m);
      else if (m.type === 'done') settle(resolve, m.summary);
      else if (m.type === 'error') settle(reject, m.usage ? new UsageError(m.message) : Object.assign(new Error(m.message), { stack: m.stack }));
    });
    worker.on('error', (e) => settle(reject, e));
    worker.on('exit', (code) => settle(reject, new Error(`contactcheck dedupe: the worker stopped (exit code ${code}) without a result`)));
  });
}

export async function run(argv) {
  const { values, positionals } = parse(argv, {
    column: { type: 'string', default: 'email' }, out: { type: 'string' }, keep: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UsageError(`one CSV file expected, got ${positionals.length}`);
  const engine = values.engine;
  if (engine !== undefined && engine !== 'native' && engine !== 'wasm') throw new UsageError(`--engine must be native or wasm, got ${engine}`);
  if (values.json && !values.out) throw new UsageError('--json prints the summary on standard output: give --out for the groups');
  const file = positionals[0];
  try {
    if (!fs.statSync(file).isFile()) throw new UsageError(`${file} is not a file`);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot read ${file}: ${e.code ?? e.message}`);
  }

  if (values.out !== undefined) {
    // The groups are written in the second pass: an unwritable --out must not wait for the first.
    try {
      const exists = fs.existsSync(values.out);
      if (exists && !fs.statSync(values.out).isFile()) throw new UsageError(`--out ${values.out} is not a file`);
      fs.accessSync(exists ? values.out : path.dirname(path.resolve(values.out)), fs.constants.W_OK);
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw new UsageError(`cannot write --out ${values.out}: ${e.code ?? e.message}`);
    }
  }
  let tmp = null;
  const out = values.out ?? path.join((tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'contactcheck-groups-'))), 'groups.csv');
  const tty = process.stderr.isTTY === true;
  const started = Date.now();
  try {
    const summary = await dedupeFile({ file, column: values.column, out, keep: keepList(values.keep), engine }, {
      onProgress: tty ? (p) => process.stderr.write(`\r\x1b[K${progressLine(p, started)}`) : undefined,
    });
    if (tty) process.stderr.write('\r\x1b[K');
    if (tmp) {
      summary.out = null;
      for await (const chunk of fs.createReadStream(out)) await write(chunk);
    }
    if (values.json) await write(`${JSON.stringify(summary)}\n`);
    else process.stderr.write(summaryText(summary));
    return summary.complete ? 0 : 1;
  } finally {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Worker thread: the two passes.

/** 32-bit FNV-1a with a seed and a final mix, over UTF-16 code units. */
export function hashKey(key, seed) {
  let h = (0x811c9dc5 ^ Math.imul(seed + 1, 0x9e3779b1)) >>> 0;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

const ESCAPES = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const UNESCAPES = { '\\': '\\', t: '\t', n: '\n', r: '\r' };
const escapeField = (s) => (/[\\\t\n\r]/.test(s) ? s.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]) : s);
const unescapeField = (s) => (s.includes('\\') ? s.replace(/\\(.)/g, (_, c) => UNESCAPES[c] ?? c) : s);

/** A CSV field, quoted when it must be (RFC 4180). */
export function csvField(s) {
  const t = String(s);
  return /[",\r\n]/.test(t) || /^\s|\s$/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

class PartitionWriter {
  constructor(dir, prefix, count) {
    this.paths = Array.from({ length: count }, (_, i) => path.join(dir, `${prefix}${i}`));
    this.fds = this.paths.map((p) => fs.openSync(p, 'w'));
    this.buffers = new Array(count).fill('');
  }

  add(i, text) {
    const b = this.buffers[i] + text;
    if (b.length >= WRITE_BUFFER) {
      fs.writeSync(this.fds[i], b);
      this.buffers[i] = '';
    } else {
      this.buffers[i] = b;
    }
  }

  close() {
    this.fds.forEach((fd, i) => {
      if (this.buffers[i]) fs.writeSync(fd, this.buffers[i]);
      fs.closeSync(fd);
    });
    this.buffers = [];
  }
}

class OutputWriter {
  constructor(file) {
    this.fd = fs.openSync(file, 'w');
    this.buffer = '';
  }

  write(text) {
    this.buffer += text;
    if (this.buffer.length >= WRITE_BUFFER) this.flush();
  }

  flush() {
    if (this.buffer) fs.writeSync(this.fd, this.buffer);
    this.buffer = '';
  }

  close() {
    this.flush();
    fs.closeSync(this.fd);
  }
}

/** Calls fn(buf, start, end) for each '\n'-terminated line of `file`; stops when fn returns false. */
function forEachLine(file, fn) {
  const fd = fs.openSync(file, 'r');
  const chunk = Buffer.allocUnsafe(1 << 20);
  let rest = null;
  try {
    for (;;) {
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) return true;
      const buf = rest ? Buffer.concat([rest, chunk.subarray(0, n)]) : chunk.subarray(0, n);
      let start = 0;
      for (let nl = buf.indexOf(10, start); nl !== -1; nl = buf.indexOf(10, start)) {
        if (fn(buf, start, nl) === false) return false;
        start = nl + 1;
      }
      rest = start < buf.length ? Buffer.from(buf.subarray(start)) : null;
    }
  } finally {
    fs.closeSync(fd);
  }
}

function parseLineNumber(buf, start, end) {
  let n = 0;
  for (let i = start; i < end; i++) n = n * 10 + (buf[i] - 48);
  return n;
}

function partitionsFor(bytes) {
  let p = MIN_PARTITIONS;
  while (p < MAX_PARTITIONS && p * PARTITION_BYTES < bytes) p *= 2;
  return p;
}

function columnIndex(header, column) {
  const names = header.map((h) => h.trim());
  let i = names.indexOf(column);
  if (i === -1) i = names.findIndex((h) => h.toLowerCase() === column.toLowerCase());
  if (i === -1 && /^[1-9]\d*$/.test(column) && Number(column) <= header.length) i = Number(column) - 1;
  if (i === -1) {
    throw Object.assign(new Error(`column "${column}" is not in the header (${names.join(', ')}); --column takes a header name or a 1-based number`), { usage: true });
  }
  return i;
}

async function dedupeInWorker(options, post) {
  const { load } = await import('../node/index.mjs');
  const cc = await load({ engine: options.engine });
  const normalizeOptions = { keepAliasesOf: options.keep ?? [] };
  const started = performance.now();
  const total = fs.statSync(options.file).size;
  const partitions = options.partitions ?? partitionsFor(total); // a power of two
  const maxKeys = options.maxKeys ?? MAX_KEYS;
  const dir = options.workDir;
  const s = {
    file: options.file, column: options.column ?? 'email', engine: cc.engine,
    rows: 0, grouped: 0, unique: 0, invalid: 0, malformed: 0, groups: 0, duplicates: 0,
    invalidByCode: {}, malformedByCode: {}, malformedLines: [],
    complete: true, stoppedAtLine: null, partitions, resplits: 0, out: options.out, threadId,
  };
  let lastProgress = Date.now();
  try {
    // Pass 1: CSV → partitions.
    const parts = new PartitionWriter(dir, 'p', partitions);
    let written = 0;
    let column = -1;
    const input = fs.createReadStream(options.file, { highWaterMark: 1 << 20 });
    const parser = parseCsv({
      bom: true, relax_quotes: true, skip_empty_lines: true, skip_records_with_error: true,
      info: true, max_record_size: MAX_RECORD,
      on_skip: (err) => {
        if (!s.complete) return; // the parser repeats the record-size error for every later chunk
        s.malformed++;
        s.malformedByCode[err.code] = (s.malformedByCode[err.code] ?? 0) + 1;
        let line = err.lines - extraLines; // where the bad record ends
        if (err.code === 'CSV_MAX_RECORD_SIZE') { // csv-parse cannot go on after this one
          line = lastEnd + 1; // where the runaway record starts
          s.complete = false;
          s.stoppedAtLine = line;
          queueMicrotask(() => stop());
        }
        if (s.malformedLines.length < MAX_LINES) s.malformedLines.push(line);
        lastEnd = err.lines - extraLines;
      },
    });
    // Line numbers as an editor shows them (lines end at '\n'). csv-parse 6.2.1's info.lines, at the
    // end of a record, counts every '\r' and every '\n' inside quoted fields as a line of its
    // own; the record's first line is therefore info.lines − (every '\r' inside the fields of
    // this and earlier records) − (this record's '\n's). (A '\r' inside a quoted field of a
    // skipped, malformed record is not seen: lines after it may be off by one per '\r'.)
    let extraLines = 0;
    let stop = () => {};
    let lastEnd = 0;
    const onRecord = ({ record, info }) => {
      let breaks = 0;
      for (let f = 0; f < record.length; f++) {
        const field = record[f];
        if (field.length > 1 && (field.includes('\n') || field.includes('\r'))) {
          for (let i = 0; i < field.length; i++) {
            const c = field.charCodeAt(i);
            if (c === 10) breaks++;
            else if (c === 13) extraLines++;
          }
        }
      }
      lastEnd = info.lines - extraLines;
      const line = lastEnd - breaks;
      if (column === -1) {
        column = columnIndex(record, s.column);
        return;
      }
      s.rows++;
      const value = record[column];
      const r = cc.normalizeEmail(value, normalizeOptions);
      if (!r.ok) {
        s.invalid++;
        s.invalidByCode[r.error] = (s.invalidByCode[r.error] ?? 0) + 1;
      } else {
        const key = r.normalized;
        parts.add(hashKey(key, 0) & (partitions - 1), `${key}\t${line}\t${escapeField(value.trim())}\n`);
        written++;
      }
      if ((s.rows & 4095) === 0 && Date.now() - lastProgress >= PROGRESS_MS) {
        lastProgress = Date.now();
        post({ type: 'progress', phase: 'read', bytes: input.bytesRead, total, rows: s.rows + s.malformed });
      }
    };
    // Records are handled synchronously as the parser emits them ('data'): no promise per row.
    try {
      await new Promise((resolve, reject) => {
        const fail = (e) => {
          reject(e);
          input.destroy();
          parser.destroy();
        };
        stop = () => {
          input.unpipe(parser);
          input.destroy();
          resolve();
        };
        input.on('error', fail);
        parser.on('error', fail);
        parser.on('data', (row) => {
          if (!s.complete) return;
          try {
            onRecord(row);
          } catch (e) {
            fail(e);
          }
        });
        parser.on('end', resolve);
        input.pipe(parser);
      });
    } finally {
      input.destroy();
      parts.close();
    }
    s.rows += s.malformed;

    s.readSeconds = (performance.now() - started) / 1000;

    // Pass 2: each partition alone.
    const out = new OutputWriter(options.out);
    out.write('key,count,lines,values\n');
    // Per key, compactly: the Map gives a slot; a key seen once costs its string, its first
    // line and its first spelling; only keys seen twice get a { lines, values } record.
    const groupFile = (file, depth) => {
      const slots = new Map();
      const keys = [];
      const counts = [];
      const firstLines = [];
      const firstValues = [];
      const repeated = new Map(); // slot → { lines, values }
      const ok = forEachLine(file, (buf, start, end) => {
        const t1 = buf.indexOf(9, start);
        const t2 = buf.indexOf(9, t1 + 1);
        const key = buf.toString('utf8', start, t1); // a fresh string, not a slice of the chunk
        const line = parseLineNumber(buf, t1 + 1, t2);
        const slot = slots.get(key);
        if (slot === undefined) {
          if (slots.size >= maxKeys && depth < MAX_DEPTH) return false;
          slots.set(key, keys.length);
          keys.push(key);
          counts.push(1);
          firstLines.push(line);
          firstValues.push(unescapeField(buf.toString('utf8', t2 + 1, end)));
          return true;
        }
        counts[slot]++;
        let g = repeated.get(slot);
        if (g === undefined) {
          g = { lines: [firstLines[slot]], values: [firstValues[slot]] };
          repeated.set(slot, g);
        }
        if (g.lines.length < MAX_LINES) g.lines.push(line);
        if (g.values.length < MAX_VALUES) {
          const v = unescapeField(buf.toString('utf8', t2 + 1, end));
          if (!g.values.includes(v)) g.values.push(v);
        }
        return true;
      });
      if (!ok) { // too many distinct keys for memory: split this partition again
        slots.clear();
        repeated.clear();
        keys.length = counts.length = firstLines.length = firstValues.length = 0;
        s.resplits++;
        const sub = new PartitionWriter(path.dirname(file), `${path.basename(file)}.`, SUB_PARTITIONS);
        forEachLine(file, (buf, start, end) => {
          const key = buf.toString('utf8', start, buf.indexOf(9, start));
          sub.add(hashKey(key, depth + 1) % SUB_PARTITIONS, `${buf.toString('utf8', start, end)}\n`);
        });
        sub.close();
        fs.rmSync(file);
        for (const p of sub.paths) groupFile(p, depth + 1);
        return;
      }
      s.unique += keys.length - repeated.size;
      const groups = [...repeated].sort((a, b) => a[1].lines[0] - b[1].lines[0]);
      for (const [slot, g] of groups) {
        s.groups++;
        s.grouped += counts[slot];
        out.write(`${csvField(keys[slot])},${counts[slot]},${g.lines.join(' ')},${csvField(g.values.join(' '))}\n`);
      }
      fs.rmSync(file);
    };
    for (let i = 0; i < partitions; i++) {
      groupFile(parts.paths[i], 0);
      post({ type: 'progress', phase: 'group', done: i + 1, partitions, rows: s.rows });
    }
    out.close();
    s.duplicates = s.grouped - s.groups;

    // rows in = rows grouped + rows unique + rows invalid + malformed, and every valid row
    // written to a partition was read back.
    if (s.grouped + s.unique !== written || s.rows !== s.grouped + s.unique + s.invalid + s.malformed) {
      throw new Error(`contactcheck dedupe: accounting mismatch (rows ${s.rows}, grouped ${s.grouped}, unique ${s.unique}, invalid ${s.invalid}, malformed ${s.malformed}, written ${written})`);
    }
    s.seconds = (performance.now() - started) / 1000;
    s.rowsPerSecond = Math.round(s.rows / Math.max(s.seconds, 1e-9));
    s.peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
    return s;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (!isMainThread && workerData?.contactcheckDedupe) {
  const post = (m) => parentPort.postMessage(m);
  dedupeInWorker(workerData.contactcheckDedupe, post).then(
    (summary) => post({ type: 'done', summary }),
    (e) => post({ type: 'error', message: e.message, stack: e.stack, usage: e.usage === true }),
  );
}
