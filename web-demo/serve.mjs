#!/usr/bin/env node
// A small static server for the web demo (node:http, no framework). It serves only the folders
// the page needs from the repository root — web-demo/, js/, wasm/, dist/ — with the right MIME
// types (application/wasm, so the browser can compile while downloading), never a file outside
// them. `node web-demo/serve.mjs [--port N]` (or PORT=N); default 8080, the next free port
// when that one is taken. `startServer({ port })` is the same server for tests.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVED = new Set(['web-demo', 'js', 'wasm', 'dist']);
const PAGE = '/web-demo/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/** Maps a request path to a file under an allowed folder, or null. */
async function resolveFile(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { status: 400 };
  const normal = path.posix.normalize(decoded);
  // normalize keeps a leading "/..": anything that climbs is refused, not clamped.
  if (!normal.startsWith('/') || normal.split('/').includes('..')) return { status: 403 };
  const top = normal.split('/')[1];
  if (!SERVED.has(top)) return { status: 404 };
  const base = path.join(ROOT, top);
  let file = path.join(ROOT, normal);
  let info;
  try {
    info = await stat(file);
    if (info.isDirectory()) {
      if (!normal.endsWith('/')) return { status: 301, location: `${normal}/` };
      file = path.join(file, 'index.html');
      info = await stat(file);
    }
    // No symlink may lead out of the served folder either.
    const [realFile, realBase] = await Promise.all([realpath(file), realpath(base)]);
    if (realFile !== realBase && !realFile.startsWith(realBase + path.sep)) return { status: 403 };
  } catch {
    return { status: 404 };
  }
  if (!info.isFile()) return { status: 404 };
  return { status: 200, file, info };
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    return send(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
  }
  let url;
  try {
    url = new URL(req.url, 'http://localhost');
  } catch {
    return send(res, 400, 'Bad Request\n');
  }
  if (url.pathname === '/' || url.pathname === '/index.html') {
    return send(res, 302, `See ${PAGE}\n`, { Location: PAGE + url.search });
  }
  if (url.pathname === '/favicon.ico') {
    return send(res, 301, '', { Location: '/web-demo/favicon.svg' });
  }
  const found = await resolveFile(url.pathname);
  if (found.status === 301) return send(res, 301, '', { Location: found.location + url.search });
  if (found.status !== 200) {
    const text = { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found' }[found.status];
    return send(res, found.status, `${text}\n`);
  }
  const { file, info } = found;
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const headers = {
    'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Last-Modified': info.mtime.toUTCString(),
    ETag: etag,
    // A development server: always revalidate, so a rebuilt dist/ is picked up at once.
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, { ETag: etag, 'Cache-Control': 'no-cache' });
    return res.end();
  }
  res.writeHead(200, headers);
  if (req.method === 'HEAD') return res.end();
  const stream = createReadStream(file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (err) => { server.off('listening', onListening); reject(err); };
    const onListening = () => { server.off('error', onError); resolve(server.address().port); };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Starts the demo server. Port 0 picks a free port; a taken port moves on to the next
 * ones (up to `tries`).
 * @param {{ port?: number, host?: string, tries?: number }} [options]
 * @returns {Promise<{ url: string, origin: string, port: number, close: () => Promise<void> }>}
 */
export async function startServer({ port = 8080, host = '127.0.0.1', tries = 20 } = {}) {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RangeError(`startServer: port must be an integer 0-65535, got ${port}`);
  }
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, 'Internal Server Error\n');
      else res.destroy();
    });
  });
  let bound;
  for (let attempt = 0; ; attempt++) {
    try {
      bound = await listen(server, port === 0 ? 0 : port + attempt, host);
      break;
    } catch (err) {
      if (err.code !== 'EADDRINUSE' || port === 0 || attempt + 1 >= tries || port + attempt >= 65535) throw err;
    }
  }
  const origin = `http://localhost:${bound}`;
  return {
    origin,
    url: `${origin}${PAGE}`,
    port: bound,
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections?.();
    }),
  };
}

function portFromArgs(argv, env) {
  let value = env.PORT;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port') value = argv[++i];
    else if (argv[i].startsWith('--port=')) value = argv[i].slice('--port='.length);
  }
  if (value === undefined || value === '') return 8080;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`contactcheck demo: invalid port "${value}" (use --port N or PORT=N, 0-65535)`);
    process.exit(2);
  }
  return port;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const host = process.env.HOST || '127.0.0.1';
  const { url, close } = await startServer({ port: portFromArgs(process.argv.slice(2), process.env), host });
  console.log(`contactcheck demo: ${url}`);
  const stop = () => close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
