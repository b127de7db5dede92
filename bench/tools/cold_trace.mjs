// Which of the module's functions V8 compiles before a cold page's first parsePhone answer, and
// how long that takes: the part of the cold start that comes after the .wasm has arrived
// (README, "Performance"). V8 compiles WebAssembly lazily, one function at its first call, on
// the main thread; a Chromium trace names each compile by function index and body size.
//   node bench/tools/cold_trace.mjs [runs]   (needs bench/tools/wasm_parts.sh's relink)
// The page loads the relink with names kept: the same functions, laid out in another order
// (Emscripten orders them differently when it keeps names), so indices resolve to names there.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sections } from './wasm_parts.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PARTS = path.join(ROOT, 'build/parts');
if (!fs.existsSync(path.join(PARTS, 'contactcheck-wasm.mjs'))) throw new Error('run bash bench/tools/wasm_parts.sh first');
const { chromium } = await import('playwright-core');
const esbuild = await import('esbuild');

const page = `import createModule from ${JSON.stringify(path.join(PARTS, 'contactcheck-wasm.mjs'))};
import { createApi } from ${JSON.stringify(path.join(ROOT, 'js/api.mjs'))};
const cc = createApi(await createModule(), 'wasm');
window.__first = cc.parsePhone('090-1234-5678', { region: 'JP' }).e164;`;
const js = (await esbuild.build({ stdin: { contents: page, resolveDir: ROOT, loader: 'js' }, bundle: true, format: 'esm', write: false })).outputFiles[0].contents;
const wasm = fs.readFileSync(path.join(PARTS, 'contactcheck-wasm.wasm'));
const files = {
  '/': ['text/html', '<!doctype html><meta charset="utf-8"><script type="module" src="/p.js"></script>'],
  '/p.js': ['text/javascript', js],
  '/contactcheck-wasm.wasm': ['application/wasm', wasm],
};
const server = http.createServer((req, res) => {
  const f = files[req.url];
  if (!f) { res.writeHead(404).end(); return; }
  res.writeHead(200, { 'content-type': f[0], 'cache-control': 'no-store' }).end(f[1]);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
// Trace events count function indices from the imported functions on, as the name section does.
const { bodies, imported } = sections(wasm);
const runs = [];
try {
  for (let i = 0; i < Number(process.argv[2] ?? 3); i++) {
    const ctx = await browser.newContext();
    const tab = await ctx.newPage();
    const trace = path.join(fs.mkdtempSync(path.join(ROOT, 'build/parts/trace-')), 'trace.json');
    await browser.startTracing(tab, { path: trace, categories: ['v8.wasm', 'disabled-by-default-v8.wasm.detailed'] });
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    await tab.waitForFunction(() => window.__first);
    await browser.stopTracing();
    await ctx.close();
    const events = JSON.parse(fs.readFileSync(trace)).traceEvents;
    fs.rmSync(path.dirname(trace), { recursive: true });
    runs.push(events.filter((e) => e.name === 'wasm.CompileBaseline'));
  }
} finally {
  await browser.close();
  server.close();
}
const compiled = runs.at(-1);
const ms = runs.map((r) => r.reduce((n, e) => n + e.dur, 0) / 1000).sort((a, b) => a - b);
const bytes = compiled.reduce((n, e) => n + e.args.bodySize, 0);
const code = bodies.reduce((n, f) => n + f.body.length, 0);
console.log(`compiled before the first answer: ${compiled.length} of ${bodies.length} functions, ${(bytes / 1000).toFixed(1)} of ${(code / 1000).toFixed(1)} kB of code; Liftoff ${ms.map((x) => x.toFixed(1)).join(' / ')} ms (traced, ${runs.length} runs)`);
for (const e of [...compiled].sort((a, b) => b.args.bodySize - a.args.bodySize).slice(0, 12)) {
  console.log(String(e.args.bodySize).padStart(7), bodies[e.args.funcIndex - imported]?.name.slice(0, 110));
}
